"""Tunables of the pipeline, in one frozen dataclass passed down explicitly."""

from __future__ import annotations

from dataclasses import dataclass

#: Inputs above this size are refused: real article pages are well under 5 MB, and
#: parsing cost grows with size; 50 MB leaves room for pages with inlined assets.
DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Options:
    """Options of :func:`articlex.extract`.

    >>> Options(keep_tables=False).keep_tables
    False
    """

    #: Largest input accepted, in bytes (UTF-8 length for str input).
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES
    #: Repair mojibake, double escaping and invisible characters after decoding.
    repair_encoding: bool = True
    #: Keep tables that sit inside the article body.
    keep_tables: bool = True
    #: Keep image captions that sit inside the article body (off: a caption describes a
    #: picture, not the story, and readers of the text do not see the picture).
    keep_captions: bool = False
    #: Language to assume for word lists when the page declares none and its text does not
    #: tell (too short or mixed; e.g. "en"). Never reported as the article's language.
    default_language: str | None = None
