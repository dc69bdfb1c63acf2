"""Find the charset a page declares: HTTP header, ``<meta>`` tags, XML declaration.

>>> find_declared(b'<meta charset="ISO-8859-2"><p>x', None)
('iso8859_2', 'meta', 'ISO-8859-2')
>>> find_declared(b"<p>x", "text/html; charset=utf-8")
('utf-8', 'http', 'utf-8')
"""

from __future__ import annotations

import re

from .labels import UTF16_CODECS, codec_for_label

HEAD_WINDOW = 4096  # a declaration belongs near the top; most pages put it in the first 1 KB
EXTENDED_WINDOW = 65536  # pages with huge inline scripts in <head>: still cheap to scan

_LABEL = rb"""["']?\s*([A-Za-z0-9_.:\-]+)"""
# Both <meta charset=x> and <meta http-equiv=Content-Type content="text/html; charset=x">.
_META_RE = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*" + _LABEL, re.IGNORECASE)
_XML_RE = re.compile(rb"""^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""")
_HTTP_RE = re.compile(r"""charset\s*=\s*["']?\s*([^\s;"',]+)""", re.IGNORECASE)
_BODY_RE = re.compile(rb"<body\b", re.IGNORECASE)


def charset_from_content_type(content_type: str | None) -> str | None:
    """Return the raw ``charset=`` label of an HTTP Content-Type value, if any."""
    if not content_type:
        return None
    match = _HTTP_RE.search(content_type)
    return match.group(1) if match else None


def _in_document(data: bytes) -> tuple[str, str] | None:
    """Return ``(label, source)`` of the first XML or meta declaration in the document."""
    window = data[:HEAD_WINDOW]
    xml = _XML_RE.match(window)
    if xml:
        return xml.group(1).decode("ascii"), "xml"
    meta = _META_RE.search(window)
    if meta is None and len(data) > HEAD_WINDOW and not _BODY_RE.search(window):
        meta = _META_RE.search(data[:EXTENDED_WINDOW])
    if meta:
        return meta.group(1).decode("ascii"), "meta"
    return None


def find_declared(data: bytes, content_type: str | None) -> tuple[str, str, str] | None:
    """Return ``(codec, source, label)`` for the first usable declaration, else ``None``.

    Unknown labels are skipped; a UTF-16 label inside the document is read as UTF-8
    (the WHATWG rule), since the document was readable as ASCII to find it.
    """
    label = charset_from_content_type(content_type)
    if label is not None:
        codec = codec_for_label(label)
        if codec is not None:
            return codec, "http", label
    found = _in_document(data)
    if found is None:
        return None
    label, source = found
    codec = codec_for_label(label)
    if codec is None:
        return None
    return ("utf-8" if codec in UTF16_CODECS else codec), source, label
