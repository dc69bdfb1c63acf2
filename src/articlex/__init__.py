"""articlex: turn a web article page (HTML or browser text) into clean, structured data.

>>> import articlex
>>> article = articlex.extract(open("page.html", "rb").read())  # doctest: +SKIP
>>> article.headline, article.authors, article.body  # doctest: +SKIP

The pipeline runs in stages that can be called alone: :func:`decode` and
:func:`repair_text` (encoding), :func:`read_page` (→ :class:`Page` of :class:`Block`),
:func:`classify` (→ a :class:`Verdict` per block), then :func:`extract` builds the
:class:`Article`. :func:`explain` returns the verdicts alongside the article.
:func:`identify_language` tells the language of a text that declares none.
"""

from .article import SCHEMA_VERSION, Article, BodyBlock
from .encoding import decode, repair_text, repair_text_explained
from .errors import (
    ArticlexError,
    EmptyInputError,
    ExtractionError,
    InputError,
    InputTooLargeError,
    NotAPageError,
    UnreadableInputError,
    UsageError,
)
from .fields.assemble import assemble
from .language import identify_language
from .model import Block, Classified, Kind, Metadata, Page, Role, Signals, Verdict
from .options import Options
from .pipeline import classify, explain, extract, read_page
from .segment.html import segment_html
from .segment.text import segment_text

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "ArticlexError",
    "Block",
    "BodyBlock",
    "Classified",
    "EmptyInputError",
    "ExtractionError",
    "InputError",
    "InputTooLargeError",
    "Kind",
    "Metadata",
    "NotAPageError",
    "Options",
    "Page",
    "Role",
    "Signals",
    "UnreadableInputError",
    "UsageError",
    "Verdict",
    "__version__",
    "assemble",
    "classify",
    "decode",
    "explain",
    "extract",
    "identify_language",
    "read_page",
    "repair_text",
    "repair_text_explained",
    "segment_html",
    "segment_text",
]
