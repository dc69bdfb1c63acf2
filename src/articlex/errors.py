"""The exceptions articlex raises. Nothing else escapes the public API.

::

    ArticlexError                 base of everything articlex raises
    ├── InputError                the input cannot be read as a page at all
    │   ├── UnreadableInputError  missing file, a directory, an unreadable stream, a bad type
    │   ├── EmptyInputError       zero bytes, or only whitespace
    │   ├── NotAPageError         binary data (an image, an archive, NUL-heavy bytes)
    │   └── InputTooLargeError    larger than ``Options.max_input_bytes``
    ├── UsageError                the call itself is wrong (a file name passed as content, …)
    └── ExtractionError           an unexpected failure inside articlex (a bug: please report)

A page in which no article is found is *not* an error: ``extract`` returns an
``Article`` with an empty body.
"""

from __future__ import annotations


class ArticlexError(Exception):
    """Base class of every error raised by articlex."""


class InputError(ArticlexError):
    """The input cannot be read as a page."""


class UnreadableInputError(InputError):
    """The input could not be read: a missing file, a directory, a failing stream, a bad type."""


class EmptyInputError(InputError):
    """The input holds no content (zero bytes or only whitespace)."""


class NotAPageError(InputError):
    """The input is binary data, not text or HTML."""


class InputTooLargeError(InputError):
    """The input is larger than the configured limit (``Options.max_input_bytes``)."""


class UsageError(ArticlexError):
    """The call is wrong, e.g. a file name passed where page content was expected."""


class ExtractionError(ArticlexError):
    """An unexpected failure inside articlex. This is a bug: please report it with the page."""
