"""Making mojibake on purpose: UTF-8 bytes read through a wrong single-byte code page.

Garbling reads bytes the way careless software does: every byte becomes the character the
code page gives it, and a byte the code page leaves undefined becomes the C1 control of the
same number (as browsers do for windows-1252), so nothing is lost and each garbled string
can in principle be turned back into its bytes. :func:`ungarble` checks that; the
benchmark counts a case only when it holds, and reports how many it left out and why.

>>> garble("café", "cp1252")
'cafÃ©'
>>> garble(garble("café", "cp1252"), "cp1252")
'cafÃƒÂ©'
>>> ungarble("cafÃ©", "cp1252")
'café'
"""

from __future__ import annotations

import re
from functools import cache

# The code pages UTF-8 is mistaken for, as the issue lists them (Python codec, display name).
CODEPAGES: tuple[tuple[str, str], ...] = (
    ("cp1252", "windows-1252"),
    ("latin_1", "latin-1"),
    ("mac_roman", "mac_roman"),
    ("mac_latin2", "mac_latin2"),
    ("cp1250", "windows-1250"),
    ("cp1251", "windows-1251"),
    ("cp1253", "windows-1253"),
    ("cp1254", "windows-1254"),
    ("cp1257", "windows-1257"),
    ("iso8859_2", "iso-8859-2"),
    ("cp437", "cp437"),
    ("cp850", "cp850"),
    ("cp866", "cp866"),
    ("koi8_r", "koi8-r"),
    ("mac_cyrillic", "mac_cyrillic"),
    ("mac_greek", "mac_greek"),
)
PARTIAL_WORDS = 2  # "a few words": the first and the last word with non-ASCII letters
SPACELESS_SHARE = 4  # in text without spaces (CJK) a quarter of the characters, mid-sentence

_WORD = re.compile(r"\S+")


@cache
def _decoding_table(codec: str) -> str:
    """256 characters: what each byte becomes when read with ``codec`` (sloppily)."""
    chars = []
    for byte in range(256):
        try:
            chars.append(bytes([byte]).decode(codec))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return "".join(chars)


@cache
def _encoding_table(codec: str) -> dict[str, int]:
    return {ch: byte for byte, ch in enumerate(_decoding_table(codec))}


def garble(text: str, codec: str) -> str:
    """``text`` encoded as UTF-8 and read back with ``codec``."""
    table = _decoding_table(codec)
    return "".join(table[byte] for byte in text.encode("utf-8"))


def ungarble(text: str, codec: str) -> str | None:
    """The inverse of :func:`garble`, or None when ``text`` cannot have come from it."""
    table = _encoding_table(codec)
    try:
        return bytes(table[ch] for ch in text).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None


def garble_times(text: str, codec: str, times: int) -> str:
    for _ in range(times):
        text = garble(text, codec)
    return text


def garble_part(text: str, codec: str, times: int) -> str:
    """Garble only a few words of ``text`` (see PARTIAL_WORDS and SPACELESS_SHARE)."""
    words = [m for m in _WORD.finditer(text) if not m.group().isascii()]
    if len(words) >= PARTIAL_WORDS and " " in text:
        spans = [(words[0].start(), words[0].end()), (words[-1].start(), words[-1].end())]
    elif words and " " in text:
        spans = [(words[0].start(), words[0].end())]
    else:
        size = max(1, len(text) // SPACELESS_SHARE)
        start = (len(text) - size) // 2
        spans = [(start, start + size)]
    out, last = [], 0
    for start, end in sorted(set(spans)):
        out += [text[last:start], garble_times(text[start:end], codec, times)]
        last = end
    return "".join([*out, text[last:]])
