"""The pipeline, one direction: source → clean text → Page → verdicts → Article."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from .article import Article
from .errors import ArticlexError, ExtractionError
from .fields.assemble import assemble
from .inputs import Source, read_source
from .model import Classified, Page, SourceFormat
from .options import Options
from .roles.passes import classify as give_roles
from .roles.values import read_values
from .segment.html import segment_html
from .segment.repair import repair_page
from .segment.text import segment_text

_P = ParamSpec("_P")
_T = TypeVar("_T")


def _guarded(function: Callable[_P, _T]) -> Callable[_P, _T]:
    """Let only ArticlexError out of the public API (the signature stays the function's)."""

    @functools.wraps(function)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _T:
        try:
            return function(*args, **kwargs)
        except ArticlexError:
            raise
        except RecursionError:
            raise ExtractionError("the page is nested too deeply to process") from None
        except Exception as error:  # a bug: report it as ours, with its cause
            raise ExtractionError(f"internal error: {type(error).__name__}: {error}") from error

    return wrapper


@_guarded
def read_page(
    source: Source,
    *,
    url: str | None = None,
    content_type: str | None = None,
    input_format: str | None = None,
    options: Options | None = None,
) -> Page:
    """Stages 1 and 2: decode and repair the source, then cut it into a Page of Blocks."""
    options = options or Options()
    page_text = read_source(
        source, content_type=content_type, input_format=input_format, options=options
    )
    if page_text.format is SourceFormat.HTML:
        page = segment_html(page_text.text, url=url, notes=page_text.notes)
        return repair_page(page) if options.repair_encoding else page
    return segment_text(page_text.text, url=url, notes=page_text.notes)


@_guarded
def classify(page: Page, options: Options | None = None) -> Classified:
    """Stage 3: give every block a role (body, headline, byline, boilerplate, …) and a reason.

    Then the value of each field block (its names, date, tags, …) is read from its text,
    once. The text was repaired before (:func:`read_page`).
    """
    options = options or Options()
    return read_values(give_roles(page, options), options)


@_guarded
def extract(
    source: Source,
    *,
    url: str | None = None,
    content_type: str | None = None,
    input_format: str | None = None,
    options: Options | None = None,
) -> Article:
    """Extract the article from a page.

    ``source`` is page content as ``str`` (HTML or text, told apart automatically) or
    ``bytes`` (decoded, with ``content_type`` as the HTTP header if you have one), a
    ``pathlib.Path``, a binary or text file object, or a ``bs4.BeautifulSoup``.

    >>> import articlex
    >>> page = ("Menu\\n\\nCouncil approves the library budget\\n\\n"
    ...         "The council approved the new library budget on Monday, after a long "
    ...         "debate about opening hours and the cost of the roof repairs.\\n")
    >>> articlex.extract(page).headline
    'Council approves the library budget'
    """
    return explain(
        source, url=url, content_type=content_type, input_format=input_format, options=options
    )[0]


@_guarded
def explain(
    source: Source,
    *,
    url: str | None = None,
    content_type: str | None = None,
    input_format: str | None = None,
    options: Options | None = None,
) -> tuple[Article, Classified]:
    """Like :func:`extract`, and also every block with its role and the reason for it."""
    options = options or Options()
    page = read_page(
        source, url=url, content_type=content_type, input_format=input_format, options=options
    )
    classified = classify(page, options)
    return assemble(classified, options), classified
