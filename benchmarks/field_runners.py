"""The structured fields of other libraries, mapped onto articlex's field names.

Each ``make_<lib>()`` imports the library and returns a function that takes the page
input (raw HTML ``bytes``, or browser text ``str`` in text mode, wrapped as a minimal
HTML page as in the body benchmark) and the page URL, and returns a dict with the keys
``headline``, ``standfirst``, ``authors``, ``author_bio``, ``tags`` and ``published``.
A field the library does not have is ``None``: it scores 0 where the page has the
field and counts as correctly empty where it has not.

The mapping (see ``MAPPING``, printed in the report):

- trafilatura: ``bare_extraction(page, url=url, with_metadata=True)``: ``title``,
  ``description``, ``author`` (names joined by "; "), ``tags`` (each entry a
  comma-joined keyword string, split at commas), ``date``; no bio field.
- newspaper4k: ``Article(url, fetch_images=False)``, ``download(input_html=…)``,
  ``parse()``: ``title``, ``meta_description``, ``authors``, ``tags``, else
  ``meta_keywords`` (its ``keywords`` are computed by ``nlp()``, which needs nltk and
  data downloaded at run time; the declared keywords stand in), ``publish_date``.
- goose3: ``Goose().extract(raw_html=…)``: ``title``, ``meta_description``, ``authors``,
  ``tags``, else ``meta_keywords`` split at commas, ``publish_date``.
- htmldate: ``find_date(page, url=url, original_date=True)``, the published date alone
  (every other field empty); ``htmldate-fast`` the same with ``extensive_search=False``,
  the mode articlex falls back on.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from benchmarks.runners import html_str, resolve_names

FieldExtractor = Callable[[bytes | str, str], dict[str, Any]]

MAPPING = {
    "trafilatura": "bare_extraction(with_metadata=True): title, description, author split "
    "at ';', tags split at ',', date; no bio",
    "newspaper4k": "Article.parse(): title, meta_description, authors, tags else "
    "meta_keywords, publish_date; no bio",
    "goose3": "Goose().extract(): title, meta_description, authors, tags else meta_keywords, "
    "publish_date; no bio",
    "htmldate": "find_date(original_date=True): the date alone",
    "htmldate-fast": "find_date(original_date=True, extensive_search=False): the date alone",
}
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def as_day(value: Any) -> str | None:
    """A date, datetime or date string as ``YYYY-MM-DD`` (None when unreadable).

    >>> as_day("2019-11-19T13:03:00.000Z"), as_day(datetime(2020, 1, 2, 3, 4))
    ('2019-11-19', '2020-01-02')
    >>> as_day(""), as_day(None)
    (None, None)

    Other strings are read with dateutil, installed with the libraries that return them.
    """
    if isinstance(value, (datetime, date)):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str) or not value.strip():
        return None
    match = _ISO_DAY.match(value.strip())
    if match:
        return match.group(0)
    try:
        from dateutil import parser
    except ImportError:  # dateutil comes with the libraries that return date strings
        return None
    try:
        with warnings.catch_warnings():  # time zone names it does not know: the day is enough
            warnings.simplefilter("ignore")
            return parser.parse(value, fuzzy=True).strftime("%Y-%m-%d")
    except (ValueError, OverflowError):
        return None


def split_list(values: Any, separator: str) -> list[str]:
    """Strings (one, or a list) split at ``separator``, stripped, empty ones dropped.

    >>> split_list(["a,b", " c "], ","), split_list("Ann Poe; Jo Roe", ";"), split_list(None, ",")
    (['a', 'b', 'c'], ['Ann Poe', 'Jo Roe'], [])
    """
    if not values:
        return []
    items = [values] if isinstance(values, str) else list(values)
    return [p.strip() for item in items for p in str(item).split(separator) if p.strip()]


def _fields(
    headline: Any, standfirst: Any, authors: list[str], tags: list[str], published: Any
) -> dict[str, Any]:
    return {
        "headline": headline or None,
        "standfirst": standfirst or None,
        "authors": authors,
        "author_bio": None,
        "tags": tags,
        "published": as_day(published),
    }


def make_trafilatura() -> FieldExtractor:
    from trafilatura import bare_extraction

    def run(source: bytes | str, url: str) -> dict[str, Any]:
        page = html_str(source) if isinstance(source, str) else source
        found = bare_extraction(page, url=url, with_metadata=True, as_dict=True) or {}
        return _fields(
            found.get("title"),
            found.get("description"),
            split_list(found.get("author"), ";"),
            split_list(found.get("tags"), ","),
            found.get("date"),
        )

    return run


def make_newspaper() -> FieldExtractor:
    from newspaper import Article

    def run(source: bytes | str, url: str) -> dict[str, Any]:
        article = Article(url, fetch_images=False)
        article.download(input_html=html_str(source))
        article.parse()
        tags = list(article.tags or ()) or split_list(article.meta_keywords, ",")
        return _fields(
            article.title,
            article.meta_description,
            list(article.authors or ()),
            tags,
            article.publish_date,
        )

    return run


def make_goose() -> FieldExtractor:
    from goose3 import Goose

    goose = Goose()

    def run(source: bytes | str, url: str) -> dict[str, Any]:
        found = goose.extract(raw_html=html_str(source))
        tags = list(found.tags or ()) or split_list(found.meta_keywords, ",")
        return _fields(
            found.title, found.meta_description, list(found.authors or ()), tags, found.publish_date
        )

    return run


def make_htmldate(extensive: bool = True) -> FieldExtractor:
    from htmldate import find_date

    def run(source: bytes | str, url: str) -> dict[str, Any]:
        page = html_str(source) if isinstance(source, str) else source
        try:
            found = find_date(page, url=url, original_date=True, extensive_search=extensive)
        except ValueError:  # a page it cannot parse
            found = None
        return _fields(None, None, [], [], found)

    return run


FIELD_RUNNERS: dict[str, Callable[[], FieldExtractor]] = {
    "trafilatura": make_trafilatura,
    "newspaper4k": make_newspaper,
    "goose3": make_goose,
    "htmldate": make_htmldate,
    "htmldate-fast": lambda: make_htmldate(extensive=False),
}


def resolve(names: str) -> list[str]:
    """Comma-separated library names (aliases allowed, ``all`` = every one of them)."""
    return resolve_names(names, FIELD_RUNNERS, FIELD_RUNNERS)
