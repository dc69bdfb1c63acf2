"""Reading the caller's source (bytes, str, path, file, BeautifulSoup) into page text.

This is the front of the pipeline: it enforces the size limit, decodes bytes, repairs
the text, and decides whether the page is HTML or plain text.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol, Union

from .encoding import decode_explained, looks_binary, repair_text_explained
from .errors import (
    EmptyInputError,
    InputTooLargeError,
    NotAPageError,
    UnreadableInputError,
    UsageError,
)
from .model import SourceFormat
from .options import Options
from .textshape import C0_CONTROLS, strip_controls


class Soup(Protocol):
    """A parsed document that gives its markup back, as ``bs4.BeautifulSoup`` does
    (matched by shape: bs4 stays an optional dependency of the caller)."""

    def decode_contents(self) -> str: ...


#: What ``extract`` accepts.
Source = Union[str, bytes, bytearray, memoryview, "os.PathLike[str]", IO[bytes], IO[str], Soup]

#: Inputs with at least this share of control characters are binary data, not text.
MAX_CONTROL_SHARE = 0.1
#: ... counted over this many leading characters (enough to tell, cheap on huge pages).
CONTROL_SAMPLE_CHARS = 65536
_KNOWN_TAGS = (
    "html|head|body|div|p|span|a|br|table|tr|td|ul|ol|li|h[1-6]|meta|script|style|link|"
    "article|section|header|footer|nav|main|aside|img|form|input|blockquote|pre|em|strong|"
    "b|i|title|figure|figcaption|noscript|iframe|time|button|label|select|option|small|sup"
)
_DOCUMENT_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
                             r"<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_CLOSING_TAG = re.compile(rf"</(?:{_KNOWN_TAGS})\s*>", re.I)
_OPENING_TAG = re.compile(rf"<(?:{_KNOWN_TAGS})(?:\s[^<>]*)?/?>", re.I)
_C0_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
#: Encodings whose characters take several bytes, NUL bytes among them.
_WIDE_ENCODINGS = ("utf-16", "utf-32", "utf_16", "utf_32")
BINARY_TEXT = "the input is binary data, not a page (too many control characters)"
BINARY_DATA = "the input is binary data (an image, an archive, …), not a page"
#: An HTML fragment has at least this many tags per 1,000 characters; a text page that
#: quotes a tag or two in a sentence has far fewer.
MIN_TAGS_PER_1000_CHARS = 1.0


@dataclass(frozen=True, slots=True)
class PageText:
    """The page as clean text, its format, and what was done to get there."""

    text: str
    format: SourceFormat
    notes: tuple[str, ...] = ()


def read_source(
    source: Source,
    *,
    content_type: str | None = None,
    input_format: str | None = None,
    options: Options,
) -> PageText:
    """Turn any accepted source into clean page text and its format."""
    if input_format not in (None, "html", "text"):
        raise UsageError(f"input_format must be 'html' or 'text', not {input_format!r}")
    text, notes = _source_text(source, content_type, options)
    if not text.strip():
        raise EmptyInputError("the page is empty (no text at all)")
    page_format = SourceFormat(input_format or detect_format(text))
    # HTML is repaired once segmented, block by block (segment.repair).
    if page_format is SourceFormat.TEXT:
        text = strip_controls(text)  # HTML: the parser is given them only if it must be
    if options.repair_encoding and page_format is SourceFormat.TEXT:
        text, steps = repair_text_explained(text)
        notes += tuple(f"repair: {step}" for step in steps)
    return PageText(text, page_format, notes)


def _source_text(
    source: Source, content_type: str | None, options: Options
) -> tuple[str, tuple[str, ...]]:
    if _is_soup(source):
        return _check_str(str(source), options), ()
    if isinstance(source, str):
        _refuse_names(source)
        return _check_str(source, options), ()
    if isinstance(source, (bytes, bytearray, memoryview)):
        return _decode(bytes(source), content_type, options)
    if isinstance(source, os.PathLike):
        return _decode(_read_path(Path(source), options), content_type, options)
    if hasattr(source, "read"):
        return _read_stream(source, content_type, options)
    raise UsageError(
        f"cannot read a page from {type(source).__name__}: pass str, bytes, a Path or a file"
    )


def _is_soup(source: object) -> bool:
    return type(source).__name__ == "BeautifulSoup" and hasattr(source, "decode_contents")


def _refuse_names(source: str) -> None:
    stripped = source.strip()
    if "\n" in stripped or len(stripped) > 1024 or not stripped:
        return
    if re.match(r"^https?://\S+$", stripped):
        raise UsageError(f"articlex does not download pages: fetch {stripped} and pass its content")
    try:
        exists = os.path.exists(stripped)
    except (OSError, ValueError):
        exists = False
    if exists:
        raise UsageError(
            f"{stripped!r} is the name of a file; a str is read as page content: "
            f"pass Path({stripped!r}) to read the file"
        )


def _check_str(text: str, options: Options) -> str:
    """Refuse text that is too large or binary. Control characters are removed later,
    where the page format is known (see :func:`strip_controls`)."""
    if len(text) > options.max_input_bytes // 4 and len(text.encode("utf-8", "replace")) > \
            options.max_input_bytes:
        raise InputTooLargeError(_too_large(options))
    _refuse_controls(text)
    return text


def _refuse_controls(text: str) -> None:
    """Text whose start is mostly control characters is binary data read as text."""
    head = text[:CONTROL_SAMPLE_CHARS]
    if C0_CONTROLS.search(head) and \
            len(C0_CONTROLS.findall(head)) > MAX_CONTROL_SHARE * len(head):
        raise NotAPageError(BINARY_TEXT)


def _decode(data: bytes, content_type: str | None, options: Options) -> tuple[str, tuple[str, ...]]:
    if len(data) > options.max_input_bytes:
        raise InputTooLargeError(_too_large(options))
    if not data.strip():
        raise EmptyInputError("the page is empty (no bytes, or only whitespace)")
    if looks_binary(data):
        raise NotAPageError(BINARY_DATA)
    result = decode_explained(data, content_type)
    if result.encoding.lower().startswith(_WIDE_ENCODINGS):
        _refuse_controls(result.text)  # NUL bytes are half of every character there
    else:  # one byte a control character: counted on the bytes, much faster
        head = data[:CONTROL_SAMPLE_CHARS]
        if len(head) - len(head.translate(None, _C0_CONTROL_BYTES)) > MAX_CONTROL_SHARE * len(head):
            raise NotAPageError(BINARY_DATA)
    notes = (f"decoded as {result.encoding} ({result.source})",
             *(f"decode: {w}" for w in result.warnings))
    return result.text, notes


def _read_path(path: Path, options: Options) -> bytes:
    if path.is_dir():
        raise UnreadableInputError(f"{path} is a directory, not a page")
    try:
        size = path.stat().st_size
        if size > options.max_input_bytes:
            raise InputTooLargeError(_too_large(options))
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableInputError(f"{path}: no such file") from None
    except OSError as error:
        raise UnreadableInputError(f"{path}: cannot read ({error.strerror or error})") from None


def _read_stream(
    stream: Any, content_type: str | None, options: Options
) -> tuple[str, tuple[str, ...]]:
    try:
        data = stream.read(options.max_input_bytes + 1)
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise UnreadableInputError(f"cannot read the file object: {error}") from None
    if isinstance(data, str):
        return _check_str(data, options), ()
    if isinstance(data, (bytes, bytearray)):
        return _decode(bytes(data), content_type, options)
    raise UsageError(f"the file object returned {type(data).__name__}, not bytes or str")


def _too_large(options: Options) -> str:
    return f"the page is larger than the limit of {options.max_input_bytes:,} bytes"


def detect_format(text: str) -> str:
    """"html" when the text is markup, "text" when it is a page's visible text.

    >>> detect_format("<p>Hello</p><p>World</p>")
    'html'
    >>> detect_format("Use a <div> element to group content, then style it.")
    'text'
    """
    if _DOCUMENT_START.match(text[:4096]):
        return "html"
    sample = text[:200_000]
    closing = len(_CLOSING_TAG.findall(sample))
    if closing < 2:
        return "text"
    tags = closing + len(_OPENING_TAG.findall(sample))
    per_1000 = 1000 * tags / max(len(sample), 1)
    return "html" if per_1000 >= MIN_TAGS_PER_1000_CHARS or sample.lstrip().startswith("<") \
        else "text"
