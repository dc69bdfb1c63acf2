"""The encoding layer: bytes to text, and repair of damaged text.

* :func:`decode` / :func:`decode_explained` turn page bytes into ``str`` (BOM, declared
  charset checked against the bytes, UTF-8 fast path, detection on samples).
* :func:`looks_binary` tells images, archives and executables from text.
* :func:`repair_text` / :func:`repair_text_explained` undo mojibake (UTF-8 read through
  many code pages, also twice), double-escaped entities, stray controls, invisible
  characters and odd spaces, and return NFC text.
"""

from .decoding import DecodeResult, decode, decode_explained
from .repair import repair_text, repair_text_explained
from .sniff import looks_binary

__all__ = [
    "DecodeResult",
    "decode",
    "decode_explained",
    "looks_binary",
    "repair_text",
    "repair_text_explained",
]
