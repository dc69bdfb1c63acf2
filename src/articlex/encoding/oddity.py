"""How unlikely a word is as real text: the yardstick of mojibake repair.

Mojibake leaves traces that real words almost never have: C1 control characters,
box-drawing and math symbols glued to letters, a lowercase letter followed by an
accented capital, Latin letters next to Cyrillic or Greek ones inside one word.
:func:`oddity` counts those traces; a repair is kept only if it lowers the count.

>>> oddity("Café"), oddity("CafÃ©") > 0, oddity("Привет"), oddity("РџСЂРёРІРµС‚") > 0
(0, True, 0, True)
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Character kinds: U/L/O upper, lower, other letter; M mark; N number; P punctuation;
# S symbol; X symbol typical of mojibake; C C1 control; B unassigned/private; Z the rest.
LETTERS = frozenset("ULOM")
SYMBOLS = frozenset("SX")

# Weight of a character kind by itself.
KIND_WEIGHT = {"C": 3, "B": 5, "X": 1}
CROSS_SCRIPT_WEIGHT = 2  # Latin next to Cyrillic inside a word: a strong sign
RARE_LETTER_WEIGHT = 1  # IPA or archaic letters: real prose hardly has them

# Symbols that code pages produce from UTF-8 bytes and prose hardly uses (besides the
# Box Drawing and Block Elements blocks, handled by range).
ODD_SYMBOLS = frozenset("¬¦¨¯´¸¤µˆ˜ˇ˘˙˛˝ƒ‡†‰‹›√∂∑∏∫≠≤≥∞◊⌐⌠⌡÷±·¹")

# Punctuation that belongs inside words: apostrophes, hyphens, middle dots, Hebrew marks.
INWORD_PUNCT = frozenset("’‘ʼ‐‑‧׳״־")

# Scripts written without spaces: next to Latin letters inside a "word" they are normal.
SPACELESS_SCRIPTS = frozenset(
    {"CJK", "HANGUL", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN", "YI"}
)
SCRIPT_ALIASES = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "IDEOGRAPHIC": "CJK", "BOPOMOFO": "CJK"}
NAME_PREFIXES_WITHOUT_SCRIPT = frozenset(
    {"COMBINING", "MODIFIER", "MICRO", "FEMININE", "MASCULINE", "FULLWIDTH", "HALFWIDTH"}
)

# Letters of real languages inside otherwise rare ranges (Latin Extended-B, IPA).
COMMON_RARE_RANGE_LETTERS = frozenset("ƏəɛɔɣƐƆƔơƠưƯǎǍǐǏǒǑǔǓǖǘǚǜǕǗǙǛȘșȚțǧǦǫǪƒɓɗƙƴŋ")
# (start, end) code point ranges whose letters are rare in prose.
RARE_LETTER_RANGES = ((0x0180, 0x02FF), (0x0370, 0x0385), (0x03CF, 0x03FF), (0x0460, 0x048F),
                      (0x0500, 0x052F))


def _script(ch: str) -> str | None:
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    if not first or first in NAME_PREFIXES_WITHOUT_SCRIPT:
        return None
    return SCRIPT_ALIASES.get(first, first)


@lru_cache(maxsize=8192)
def profile(ch: str) -> tuple[str, str | None, bool]:
    """Return ``(kind, script, rare)`` for one character (see the kinds above)."""
    code = ord(ch)
    category = unicodedata.category(ch)
    if 0x80 <= code <= 0x9F:
        return "C", None, False
    if category in ("Cn", "Co", "Cs"):
        return "B", None, False
    if ch in ODD_SYMBOLS or 0x2500 <= code <= 0x259F:
        return "X", None, False
    head = category[0]
    if head == "L" or head == "M":
        kind = {"Lu": "U", "Ll": "L"}.get(category, "M" if head == "M" else "O")
        rare = ch not in COMMON_RARE_RANGE_LETTERS and any(
            lo <= code <= hi for lo, hi in RARE_LETTER_RANGES
        )
        return kind, _script(ch), rare
    return {"N": "N", "P": "P", "S": "S"}.get(head, "Z"), None, False


def _pair_oddity(prev: str, cur: str) -> int:
    """Oddity of two adjacent characters."""
    (pk, ps, _), (ck, cs, _) = profile(prev), profile(cur)
    if pk in LETTERS and ck in LETTERS:
        score = 0
        if ps and cs and ps != cs and ps not in SPACELESS_SCRIPTS and cs not in SPACELESS_SCRIPTS:
            score += CROSS_SCRIPT_WEIGHT
        if pk == "L" and ck == "U" and not cur.isascii():
            score += 1
        return score
    if (pk in LETTERS and ck in SYMBOLS) or (pk in SYMBOLS and ck in LETTERS):
        return 1
    if pk == "U" and not prev.isascii() and (ck == "N" or cur == "\xa0") and not cur.isascii():
        return 1  # "Â½", "Ã\xa0": an accented capital before a fraction or a no-break space
    return 0


def oddity(word: str) -> int:
    """Count the traces of mojibake in ``word`` (0 for ordinary words of any language)."""
    score = 0
    for index, ch in enumerate(word):
        kind, _, rare = profile(ch)
        score += KIND_WEIGHT.get(kind, 0) + (RARE_LETTER_WEIGHT if rare else 0)
        if index:
            score += _pair_oddity(word[index - 1], ch)
        if (
            index >= 2
            and kind in LETTERS
            and profile(word[index - 1])[0] == "P"
            and not word[index - 1].isascii()
            and word[index - 1] not in INWORD_PUNCT
            and profile(word[index - 2])[0] in LETTERS
        ):
            score += 1  # "a‚b": non-ASCII punctuation wedged between letters
    return score
