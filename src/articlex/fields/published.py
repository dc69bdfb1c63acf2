"""The original publication date: declared metadata first, then a visible dateline, then
(HTML pages that are articles or threads) htmldate's search of the markup: its date
elements, URL and patterns."""

from __future__ import annotations

from ..dates import parse_date
from ..model import Classified, Page, Role
from ..segment import jsonld

#: Meta names that declare the publication date, most specific first.
PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "publishdate",
    "publish-date", "pubdate", "date", "dc.date", "dc.date.issued", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published", "og:article:published_time",
    "citation_publication_date", "release_date",
)


#: Page types with a date of their own (a thread's is its first post's). On the others
#: (listings, products, services, …) a date found in the markup is an item's or the
#: copyright's: wcxb-dev labels a date on 7 of its 267 pages of other types.
DATED_PAGE_TYPES = frozenset({"article", "forum"})


def has_own_date(type_scores: dict[str, float] | None) -> bool:
    """Is the page more likely than not of a dated type (True without a page-type model)?

    The majority, not the page type chosen: that is "article" only from a higher
    probability, fitted for the article / not-article signal.
    """
    if type_scores is None:
        return True
    return sum(type_scores.get(kind, 0.0) for kind in DATED_PAGE_TYPES) >= 0.5


def find_published(classified: Classified, *, searched: bool = True) -> str | None:
    """The date declared or shown; then, when ``searched``, htmldate's search of the
    markup."""
    metadata = classified.page.metadata
    for value in jsonld.values(metadata, "datePublished"):
        found = parse_date(str(value))
        if found:
            return found
    for name in PUBLISHED_META:
        for value in metadata.meta_values(name):
            found = parse_date(value)
            if found:
                return found
    for prop, value in metadata.itemprops:
        if prop == "datepublished":
            found = parse_date(value)
            if found:
                return found
    for _, credit in classified.values_with(Role.DATELINE) + classified.values_with(Role.BYLINE):
        if credit.date:
            return str(credit.date)
    return search_markup(classified.page) if searched else None


def search_markup(page: Page) -> str | None:
    """htmldate's date for an HTML page, in its fast mode (no search of the free text).

    It reads what articlex does not: dates in the URL, in ``<time>`` and ``<abbr>``
    elements and in classes named for dates, and timestamps in scripts.
    """
    if not page.markup:
        return None
    from htmldate import find_date  # imported on first use: it takes 0.1-0.2 s to load

    # htmldate downloads a str that looks like a URL; a leading newline keeps any page
    # from being taken for one.
    try:
        return find_date("\n" + page.markup, url=page.url, original_date=True,
                         extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # a date it cannot find is no date, whatever the cause
        return None
