"""Turn the raw bytes of a page into text, the way a careful browser would.

Order of evidence: byte order mark, then valid UTF-8 (a fast path that also overrides a
single-byte declaration), then the declared charset if the bytes decode cleanly with it,
then statistical detection over samples of the document.

>>> decode("café".encode("utf-8"))
'café'
>>> decode_explained(b"plain").encoding
'ascii'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import charset_normalizer

from ..errors import NotAPageError
from .declared import find_declared
from .labels import UTF16_CODECS
from .oddity import oddity
from .sniff import SNIFF_BYTES, looks_binary, sniff_bom, sniff_utf16

DETECT_WHOLE_LIMIT = 65536  # up to this size the detector sees the whole document
DETECT_WINDOW = 16384  # ...beyond it, three windows (start, middle, end) of this size
FEW_BAD_BYTES = 16  # a page declared UTF-8 may carry this many stray bytes and stay UTF-8
MOSTLY_UTF8 = 4  # undeclared: valid UTF-8 characters per stray run to read it as UTF-8
# (a legacy page has valid-looking pairs by chance, "É’", and EUC-JP nearly one per
# stray run; a twingled one many), unless the stray runs are few (FEW_BAD_BYTES)
FALLBACK_CODEC = "cp1252"  # what browsers in the West fall back to; never fails on text
SPAN_CONTEXT = 60  # ASCII bytes kept around non-ASCII ones: words for the detector to read
DETECT_CHAOS_MARGIN = 0.01  # detector candidates this close in "chaos" are judged again
# Legacy encodings roughly by their share of the web (W3Techs-style surveys, most used
# first): the tie-break between detector candidates that read equally well.
WEB_PREVALENCE = (
    "utf_8", "ascii", "cp1252", "cp1251", "gb2312", "gbk", "gb18030", "shift_jis", "cp932",
    "euc_kr", "cp949", "euc_jp", "big5", "iso8859_2", "cp1250", "cp1256", "iso8859_15",
    "cp1254", "cp1253", "iso8859_9", "cp874", "tis_620", "koi8_r", "cp1257", "iso8859_7",
    "cp1255", "iso8859_5", "iso8859_4", "koi8_u", "mac_roman",
)

_SURROGATE_RUN = re.compile("[\udc80-\udcff]+")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_HIGH_BYTES = re.compile(rb"[\x80-\xff]+")
# One CJK, kana, Hangul or half-width character between Latin letters, or after one.
_LONE_WIDE = re.compile(
    "[A-Za-z][\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff\uff61-\uff9f\ue000-\uf8ff]"
    "(?![\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff])"
)
# windows-1252 leaves these five bytes undefined; they cannot be lone cp1252 characters.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


@dataclass(frozen=True)
class DecodeResult:
    """What :func:`decode_explained` found: the text and how it was obtained."""

    text: str
    encoding: str  # the Python codec used
    source: str  # "bom", "http", "meta", "xml", "utf-8", "detected" or "fallback"
    warnings: tuple[str, ...] = ()


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _decode_replacing(data: bytes, codec: str) -> tuple[str, list[str]]:
    """Decode with U+FFFD for bad bytes; return the text and a warning if any were bad."""
    text = data.decode(codec, errors="replace")
    legit = data.count(b"\xef\xbf\xbd") if codec.startswith("utf-8") else 0
    bad = text.count("\ufffd") - legit
    return text, ([f"{_plural(bad, 'undecodable byte')} replaced"] if bad > 0 else [])


def _is_truncated_utf8(raw: bytes) -> bool:
    """A lead byte followed only by continuation bytes: a cut-off UTF-8 sequence."""
    return len(raw) > 1 and 0xC2 <= raw[0] <= 0xF4 and all(0x80 <= b <= 0xBF for b in raw[1:])


def _utf8_detwingled(data: bytes) -> tuple[str, list[str]]:
    """Decode mostly-UTF-8 bytes, reading lone bytes as windows-1252 (a "twingle").

    >>> _utf8_detwingled("café ".encode() + b"\\x93ok\\x94")[0]
    'café “ok”'
    """
    text = data.decode("utf-8", errors="surrogateescape")
    counts = {"lone": 0, "bad": 0}

    def fix(match: re.Match[str]) -> str:
        raw = bytes(ord(ch) - 0xDC00 for ch in match.group())
        if _is_truncated_utf8(raw):
            counts["bad"] += len(raw)
            return "\ufffd"
        out = []
        for byte in raw:
            if byte in _CP1252_UNDEFINED:
                counts["bad"] += 1
                out.append("\ufffd")
            else:
                counts["lone"] += 1
                out.append(bytes([byte]).decode("cp1252"))
        return "".join(out)

    text = _SURROGATE_RUN.sub(fix, text)
    warnings = []
    if counts["lone"]:
        warnings.append(f"{_plural(counts['lone'], 'lone windows-1252 byte')} repaired")
    if counts["bad"]:
        warnings.append(f"{_plural(counts['bad'], 'undecodable byte')} replaced")
    return text, warnings


def _utf8_share(data: bytes) -> tuple[int, int]:
    """Return (valid non-ASCII characters, runs of invalid bytes) reading ``data`` as UTF-8."""
    text = data.decode("utf-8", errors="surrogateescape")
    runs = _SURROGATE_RUN.findall(text)
    return len(_NON_ASCII.findall(text)) - sum(len(run) for run in runs), len(runs)


def _window(data: bytes, start: int) -> bytes:
    """About DETECT_WINDOW bytes from ``start``, cut at line breaks (safe in all codecs)."""
    if start:
        newline = data.find(b"\n", start, start + DETECT_WINDOW // 2)
        start = newline + 1 if newline >= 0 else start
    chunk = data[start : start + DETECT_WINDOW]
    end = chunk.rfind(b"\n")
    return chunk[: end + 1] if end > DETECT_WINDOW // 2 else chunk


def detection_sample(data: bytes) -> bytes:
    """The bytes shown to the detector: all of a small page; else its start, then the
    non-ASCII bytes of the rest with some ASCII context (they carry all the evidence:
    a long English page may have a dozen curly quotes in 600 KB), then its end."""
    if len(data) <= DETECT_WHOLE_LIMIT:
        return data
    parts = [_window(data, 0)]
    parts += [data[start:end] for start, end in _non_ascii_spans(data)]
    parts.append(_window(data, len(data) - DETECT_WINDOW))
    return b"\n".join(parts)


def _non_ascii_spans(data: bytes) -> list[tuple[int, int]]:
    """Runs of non-ASCII bytes between the start and end windows, with SPAN_CONTEXT ASCII
    bytes on each side (overlaps merged, cut in ASCII: no multi-byte character split),
    up to twice DETECT_WINDOW bytes in all."""
    low, high = DETECT_WINDOW, len(data) - DETECT_WINDOW
    spans: list[list[int]] = []
    total = 0
    for run in _HIGH_BYTES.finditer(data, low, high):
        start, end = max(run.start() - SPAN_CONTEXT, low), min(run.end() + SPAN_CONTEXT, high)
        if spans and start <= spans[-1][1]:
            total += end - spans[-1][1]
            spans[-1][1] = end
        else:
            spans.append([start, end])
            total += end - start
        if total >= 2 * DETECT_WINDOW:
            break
    for span in spans:  # a span may end inside a later run it did not reach
        while span[1] > span[0] and data[span[1] - 1] >= 0x80:
            span[1] -= 1
    return [(start, end) for start, end in spans]


def _candidates(sample: bytes) -> list[tuple[str, float]]:
    """charset-normalizer's codecs for ``sample`` with their chaos, each followed by the
    codecs it found to give the same text (windows-1252 hides behind windows-1250)."""
    found: list[tuple[str, float]] = []
    for match in charset_normalizer.from_bytes(sample):
        for codec in (match.encoding, *match.could_be_from_charset):
            # BOM-less UTF-16/32 was already sniffed by its NUL pattern; from the
            # detector it is a guess for short 8-bit text, and would make CJK soup.
            if not codec.startswith(("utf_16", "utf_32")) and codec not in dict(found):
                found.append((codec, match.chaos))
    return found


def _oddity_of(text: str) -> int:
    """Total oddity of the words of ``text`` that hold non-ASCII characters, plus one
    for each lone wide character glued to Latin letters ("company痴", "retro梐s": a
    CJK reading of a Western page's curly quotes and dashes)."""
    words = [word for word in text.split() if not word.isascii()]
    return sum(oddity(word) for word in words) + sum(
        len(_LONE_WIDE.findall(word)) for word in words
    )


def _prevalence(codec: str) -> int:
    name = codec.replace("-", "_").lower()
    return WEB_PREVALENCE.index(name) if name in WEB_PREVALENCE else len(WEB_PREVALENCE)


def _detect(data: bytes) -> str | None:
    """The most likely codec of a sample of ``data``.

    charset-normalizer proposes; its candidates within DETECT_CHAOS_MARGIN of the best
    are judged again by how odd their words read (a windows-1250 reading of a Spanish
    page writes "Espańol", of a Japanese one "PlayˇÄand"), then by how common the
    encoding is on the web, since for a few accented letters the detector's own scores
    often tie.
    """
    sample = detection_sample(data)
    found = _candidates(sample)
    if not found:
        return None
    least = min(chaos for _, chaos in found)
    close = [codec for codec, chaos in found if chaos <= least + DETECT_CHAOS_MARGIN]
    if len(close) == 1:
        return close[0]
    judged = [
        (_oddity_of(sample.decode(codec, errors="replace")), _prevalence(codec), i)
        for i, codec in enumerate(close)
    ]
    return close[min(judged)[2]]


def _from_valid_utf8(data: bytes, text: str, declared: tuple[str, str, str] | None) -> DecodeResult:
    """Bytes that are valid UTF-8: ASCII, or UTF-8 whatever a declaration says."""
    if data.isascii():
        if declared and declared[0] == "iso2022_jp" and b"\x1b" in data:
            decoded, warnings = _decode_replacing(data, "iso2022_jp")
            return DecodeResult(decoded, "iso2022_jp", declared[1], tuple(warnings))
        return DecodeResult(text, "ascii", "utf-8")
    if declared is None:
        return DecodeResult(text, "utf-8", "utf-8")
    codec, source, label = declared
    if codec == "utf-8":
        return DecodeResult(text, "utf-8", source)
    return DecodeResult(text, "utf-8", "utf-8", (f"declared {label} but bytes are UTF-8",))


def _from_invalid_utf8(data: bytes, declared: tuple[str, str, str] | None) -> DecodeResult:
    """Bytes that are not valid UTF-8: mostly-UTF-8, the declaration, or detection."""
    if _mostly_utf8(data, declared):
        text, stray = _utf8_detwingled(data)
        source = declared[1] if declared is not None and declared[0] == "utf-8" else "utf-8"
        return DecodeResult(text, "utf-8", source, tuple(stray))
    warnings: tuple[str, ...] = ()
    if declared is not None:
        result = _as_declared(data, declared)
        if result is not None:
            return result
        warnings = (f"declared {declared[2]} but bytes do not decode with it",)
    return _as_detected(data, warnings)


def _mostly_utf8(data: bytes, declared: tuple[str, str, str] | None) -> bool:
    """Whether invalid UTF-8 is UTF-8 with a few stray bytes: by far most sequences are
    valid, or the invalid ones are few, or the page declares UTF-8 and they are not many."""
    valid, bad = _utf8_share(data)
    declared_utf8 = declared is not None and declared[0] == "utf-8"
    few_strays = bad <= FEW_BAD_BYTES and valid >= bad
    declared_and_few = declared_utf8 and bad <= max(FEW_BAD_BYTES, valid)
    return valid > bad * MOSTLY_UTF8 or few_strays or declared_and_few


def _as_declared(data: bytes, declared: tuple[str, str, str]) -> DecodeResult | None:
    """The bytes decoded with the declared encoding, when it is not UTF-8 and they decode."""
    codec, source, _ = declared
    # A UTF-16 label on bytes without UTF-16's NUL pattern is wrong (it was sniffed).
    if codec == "utf-8" or codec in UTF16_CODECS:
        return None
    try:
        return DecodeResult(data.decode(codec), codec, source)
    except UnicodeDecodeError:
        return None


def _as_detected(data: bytes, warnings: tuple[str, ...]) -> DecodeResult:
    """The bytes decoded with the detected encoding (or the fallback), replacing errors."""
    codec_found = _detect(data)
    if codec_found is not None and codec_found.replace("_", "-") in ("ascii", "utf-8"):
        text, more = _utf8_detwingled(data)
        return DecodeResult(text, "utf-8", "detected", (*warnings, *more))
    source = "detected" if codec_found is not None else "fallback"
    codec = codec_found or FALLBACK_CODEC
    text, more = _decode_replacing(data, codec)
    return DecodeResult(text, codec, source, (*warnings, *more))


def decode_explained(data: bytes, content_type: str | None = None) -> DecodeResult:
    """Decode page bytes and say which encoding was used, why, and what went wrong.

    ``content_type`` is the HTTP ``Content-Type`` header value, if known.
    Raises :class:`~articlex.errors.NotAPageError` for binary data.

    >>> r = decode_explained("Grüße".encode("utf-8"), "text/html; charset=iso-8859-1")
    >>> (r.text, r.encoding, r.source, r.warnings)
    ('Grüße', 'utf-8', 'utf-8', ('declared iso-8859-1 but bytes are UTF-8',))
    """
    if looks_binary(data):
        raise NotAPageError(
            "the input is binary data (an image, archive or executable), not a page"
        )
    bom = sniff_bom(data)
    if bom is not None:
        codec, length = bom
        text, warnings = _decode_replacing(data[length:], codec)
        return DecodeResult(text, codec, "bom", tuple(warnings))
    if b"\x00" in data[:SNIFF_BYTES]:
        utf16 = sniff_utf16(data)
        if utf16 is not None:
            text, warnings = _decode_replacing(data[: len(data) // 2 * 2], utf16)
            return DecodeResult(text, utf16, "detected", tuple(warnings))
    declared = find_declared(data, content_type)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _from_invalid_utf8(data, declared)
    return _from_valid_utf8(data, text, declared)


def decode(data: bytes, content_type: str | None = None) -> str:
    """Decode page bytes to text (see :func:`decode_explained`).

    >>> decode(b"<meta charset=windows-1251>\\xcf\\xf0\\xe8\\xe2\\xe5\\xf2")
    '<meta charset=windows-1251>Привет'
    """
    return decode_explained(data, content_type).text
