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

# Format characters that real text carries (soft hyphen, zero-width and bidi marks,
# word joiner, BOM); other format characters (Arabic number signs, tags…) are rare.
COMMON_FORMAT = frozenset("\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u061c"
                          "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

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
ODD_SYMBOLS = frozenset("¬¦¨¯´¸¤µˆ˜ˇ˘˙˛˝ƒ‡†‰‹›√∂∑∏∫≈≠≤≥∞◊⌐⌠⌡÷±·¹")

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
COMMON_RARE_RANGE_LETTERS = frozenset(
    "Əəơ Ơư ƯǎǍǐǏǒǑǔǓǖǘǚǜǕǗǙǛȘșȚțǧǦ"
    # the dotted and underlined letters of transliteration (Arabic, Hebrew, Sanskrit)
    "ḤḥṢṣṬṭḌḍṆṇṚṛḶḷṂṃẒẓḪḫṮṯḎḏẔẕṄṅṀṁ".replace(" ", "")
)
# (start, end) code point ranges whose letters are rare in prose: Latin Extended-B,
# IPA, modifier letters, uncommon combining marks, archaic Greek and Cyrillic, phonetic
# extensions, Latin Extended Additional before Vietnamese's letters, superscript and
# subscript letters.
RARE_LETTER_RANGES = ((0x0180, 0x02FF), (0x030D, 0x0322), (0x0329, 0x036F), (0x0370, 0x0385),
                      (0x03CF, 0x03FF), (0x0460, 0x048F), (0x0500, 0x052F), (0x1D00, 0x1DBF),
                      (0x1E00, 0x1E9F), (0x2070, 0x209F))
# Letters of Latin Extended-A that only small orthographies use (Esperanto, Welsh…).
RARE_LETTERS = frozenset("ĉĈĝĜĥĤĵĴŝŜŭŬŀĿŉĸſŧŦŵŴŷŶĳĲŋŊĦħĨĩĬĭŎŏ")
# Feminine/masculine ordinals look like letters but behave like symbols ("1ª", "Nº").
ORDINALS = frozenset("ªº")


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
    if category in ("Cn", "Co", "Cs") or (category == "Cf" and ch not in COMMON_FORMAT):
        return "B", None, False
    if ch in ODD_SYMBOLS or _in_drawing_blocks(code):
        return "X", None, False
    if ch in ORDINALS:
        return "S", None, False
    head = category[0]
    if head == "L" or head == "M":
        kind = {"Lu": "U", "Ll": "L"}.get(category, "M" if head == "M" else "O")
        rare = ch in RARE_LETTERS or (
            ch not in COMMON_RARE_RANGE_LETTERS
            and any(lo <= code <= hi for lo, hi in RARE_LETTER_RANGES)
        )
        return kind, _script(ch), rare
    return {"N": "N", "P": "P", "S": "S"}.get(head, "Z"), None, False


# (kind, script, rare) of one character, as returned by profile().
Profile = tuple[str, "str | None", bool]


def _cross_script(prev: str, cur: str, pp: Profile, cp: Profile) -> bool:
    """Two letters of different scripts (ASCII letters mix freely with spaceless scripts)."""
    (pk, ps, _), (ck, cs, _) = pp, cp
    if pk not in LETTERS or ck not in LETTERS or ps is None or cs is None or ps == cs:
        return False
    if ps in SPACELESS_SCRIPTS or cs in SPACELESS_SCRIPTS:
        return not (prev.isascii() or cur.isascii())  # "iPhone手机" is fine, "н騭" is not
    return True


def _pair_oddity(prev: str, cur: str, pp: Profile, cp: Profile) -> int:
    """Oddity of two adjacent characters, given their profiles."""
    pk, ck = pp[0], cp[0]
    score = CROSS_SCRIPT_WEIGHT if _cross_script(prev, cur, pp, cp) else 0
    score += _case_flips(prev, cur, pk, ck)
    score += _symbol_glued(prev, cur, pk, ck)
    score += _capital_before_symbol(prev, cur, pk, ck)
    return score


def _case_flips(prev: str, cur: str, pk: str, ck: str) -> bool:
    """"naĂŻve", "œH": a lowercase letter, then a capital, not both ASCII."""
    return pk == "L" and ck == "U" and not (prev.isascii() and cur.isascii())


def _symbol_glued(prev: str, cur: str, pk: str, ck: str) -> bool:
    """"f√©", "╤Б": a non-ASCII symbol glued to a letter."""
    return (pk in LETTERS and ck in SYMBOLS and not cur.isascii()) or (
        pk in SYMBOLS and ck in LETTERS and not prev.isascii()
    )


def _capital_before_symbol(prev: str, cur: str, pk: str, ck: str) -> bool:
    """"Â½", "Ã©": an accented capital before a symbol, a no-break space or a soft
    hyphen, both non-ASCII."""
    return pk == "U" and not prev.isascii() and not cur.isascii() and (
        ck in "NSX" or cur in "\xa0\xad"
    )


def _triple_oddity(chars: str, kinds: str) -> int:
    """Oddity of three adjacent characters, given their kinds."""
    fk, mk, lk = kinds[0], kinds[1], kinds[2]
    middle = chars[1]
    score = 0
    if fk in LETTERS and lk in LETTERS and mk == "P" and not middle.isascii():
        score += middle not in INWORD_PUNCT  # "a‚b": punctuation wedged between letters
    if fk in LETTERS and lk in LETTERS and mk == "N" and not middle.isascii():
        score += 1  # "τ¼æ": a fraction or superscript wedged between letters
    if fk == "U" and mk == "U" and lk == "L" and not chars.isascii():
        score += 1  # "FĂĽhrt", "KDYś": two capitals, then lowercase
    return score


def _in_drawing_blocks(code: int) -> bool:
    """Box Drawing, Block Elements, Braille: pictures of bytes, never words."""
    return 0x2500 <= code <= 0x259F or 0x2800 <= code <= 0x28FF


def ordinary_script(word: str) -> str | None:
    """The script of a word of ordinary letters of one script in an ordinary case
    pattern ("Straße", "ПРИВЕТ"), else None.

    >>> ordinary_script("Straße"), ordinary_script("naĂŻve"), ordinary_script("ab1")
    ('LATIN', None, None)
    """
    if not word.isalpha() or not (word.islower() or word.isupper() or word[1:].islower()):
        return None
    profiles = [profile(ch) for ch in word]
    scripts = {prof[1] for prof in profiles}
    if len(scripts) != 1 or any(prof[2] for prof in profiles) or profiles[0][0] == "M":
        return None
    return scripts.pop()


def _stands_alone(word: str, index: int) -> bool:
    """A symbol with only ASCII digits, punctuation or nothing beside it ("≤", "√2", "±0.5").

    Such a symbol is written on purpose; beside letters or other symbols it is suspect.
    """
    if _in_drawing_blocks(ord(word[index])):
        return False
    around = word[max(index - 1, 0) : index] + word[index + 1 : index + 2]
    return all(ch.isascii() and not ch.isalpha() for ch in around)


@lru_cache(maxsize=16384)
def oddity(word: str) -> int:
    """Count the traces of mojibake in ``word`` (0 for ordinary words of any language)."""
    if word.isascii():
        return 0  # every trace involves a non-ASCII character
    if ordinary_script(word) is not None:
        return 0  # fast path: ordinary letters of one script, ordinary case pattern
    profiles = [profile(ch) for ch in word]
    kinds = "".join(prof[0] for prof in profiles)
    score = 0
    for index, (kind, _, rare) in enumerate(profiles):
        if kind != "X" or not _stands_alone(word, index):
            score += KIND_WEIGHT.get(kind, 0)
        score += RARE_LETTER_WEIGHT if rare else 0
        if index:
            pair = word[index - 1], word[index], profiles[index - 1], profiles[index]
            score += _pair_oddity(*pair)
        if index >= 2:
            score += _triple_oddity(word[index - 2 : index + 1], kinds[index - 2 : index + 1])
    return score
