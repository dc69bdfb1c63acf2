"""Invisible characters and odd spaces: remove what the script does not need.

Zero-width space is how Thai, Khmer, Lao, Burmese (and a few more) mark word breaks;
ZWNJ/ZWJ shape Arabic-script and Indic text, and ZWJ glues emoji sequences.  Elsewhere
they are debris, as are soft hyphens, a BOM inside the text, and bidi marks in text
without any right-to-left script.

>>> remove_invisible("ครับ\\u200bค่ะ")[0] == "ครับ\\u200bค่ะ"
True
>>> normalise_spaces("a\\u00a0b\\u3000c")
('a b\\u3000c', ['normalised 1 non-breaking or odd space'])
"""

from __future__ import annotations

import re

ZWSP, ZWNJ, ZWJ, WORD_JOINER = "\u200b", "\u200c", "\u200d", "\u2060"
SOFT_HYPHEN, BOM = "\u00ad", "\ufeff"
BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# Scripts that use ZWSP (and word joiner) as a word-break hint: Thai, Lao, Tibetan,
# Myanmar, Khmer, Tai Le/New Tai Lue/Khmer symbols, Tai Tham, Balinese, Javanese,
# Myanmar extensions.
ZWSP_SCRIPTS = ((0x0E00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x1950, 0x19FF),
                (0x1A20, 0x1AAF), (0x1B00, 0x1B7F), (0xA980, 0xA9FF), (0xAA60, 0xAA7F))
# Scripts whose shaping uses ZWNJ/ZWJ: Hebrew to NKo (Arabic, Syriac, Thaana…), the Indic
# scripts to Sinhala, Myanmar, Khmer, Mongolian, Arabic presentation forms.
JOINER_SCRIPTS = ((0x0590, 0x07FF), (0x0840, 0x08FF), (0x0900, 0x0DFF), (0x1000, 0x109F),
                  (0x1780, 0x18AF), (0xA8E0, 0xA8FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
# Emoji and what joins them: symbols, pictographs, variation selector 16, skin tones,
# tag characters, the male/female/medical signs used in ZWJ sequences.
EMOJI_RANGES = ((0x2190, 0x21FF), (0x2300, 0x23FF), (0x2600, 0x27BF), (0x2B00, 0x2BFF),
                (0xFE0F, 0xFE0F), (0x1F000, 0x1FAFF), (0xE0020, 0xE007F))
# Right-to-left scripts: their presence makes bidi marks meaningful.
RTL_RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF), (0x10800, 0x10FFF),
              (0x1E800, 0x1EFFF))
# Spaces that become a plain space: no-break, the en/em/thin family, narrow no-break,
# medium mathematical.  U+3000 (ideographic space) belongs to CJK text and stays.
ODD_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"

NAMES = {ZWSP: "zero-width space", ZWNJ: "zero-width non-joiner", ZWJ: "zero-width joiner",
         WORD_JOINER: "word joiner", SOFT_HYPHEN: "soft hyphen", BOM: "byte order mark"}
_INVISIBLE = re.compile(f"[{ZWSP}{ZWNJ}{ZWJ}{WORD_JOINER}{SOFT_HYPHEN}{BOM}]")
_BIDI = re.compile(f"[{BIDI_MARKS}]")
_SPACES_TABLE = str.maketrans(dict.fromkeys(ODD_SPACES, " "))
_SPACES = re.compile(f"[{ODD_SPACES}]")


def _in(ch: str, ranges: tuple[tuple[int, int], ...]) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in ranges)


def _neighbours(text: str, start: int, end: int) -> str:
    """The visible characters just before ``start`` and just after ``end``."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return before + after


def _needed(text: str, match: re.Match[str]) -> bool:
    """Whether the invisible character at ``match`` does a job for its neighbours."""
    char, around = match.group(), _neighbours(text, match.start(), match.end())
    if char in (ZWSP, WORD_JOINER):
        return any(_in(ch, ZWSP_SCRIPTS) for ch in around)
    if char in (ZWNJ, ZWJ):
        scripts = JOINER_SCRIPTS + EMOJI_RANGES if char == ZWJ else JOINER_SCRIPTS
        return any(_in(ch, scripts) for ch in around)
    return False  # soft hyphen, BOM


def remove_invisible(text: str) -> tuple[str, list[str]]:
    """Drop invisible characters where the surrounding script does not use them."""
    removed: dict[str, int] = {}
    if _INVISIBLE.search(text):

        def fix(match: re.Match[str]) -> str:
            if _needed(text, match):
                return match.group()
            removed[match.group()] = removed.get(match.group(), 0) + 1
            return ""

        text = _INVISIBLE.sub(fix, text)
    steps = [f"removed {n} {NAMES[ch]}{'' if n == 1 else 's'}" for ch, n in removed.items()]
    if _BIDI.search(text) and not any(_in(ch, RTL_RANGES) for ch in text if ord(ch) >= 0x590):
        count = len(_BIDI.findall(text))
        text = _BIDI.sub("", text)
        steps.append(f"removed {count} bidi mark{'' if count == 1 else 's'} from text without "
                     "right-to-left script")
    return text, steps


def normalise_spaces(text: str) -> tuple[str, list[str]]:
    """Turn no-break and typographic spaces into plain spaces (U+3000 stays)."""
    count = len(_SPACES.findall(text))
    if not count:
        return text, []
    noun = "non-breaking or odd space" + ("" if count == 1 else "s")
    return text.translate(_SPACES_TABLE), [f"normalised {count} {noun}"]
