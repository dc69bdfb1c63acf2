"""The original publication date: declared metadata first, then a visible dateline."""

from __future__ import annotations

from ..dates import parse_date
from ..model import Classified, Role
from ..segment import jsonld

#: Meta names that declare the publication date, most specific first.
PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "publishdate",
    "publish-date", "pubdate", "date", "dc.date", "dc.date.issued", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published", "og:article:published_time",
    "citation_publication_date", "release_date",
)


def find_published(classified: Classified) -> str | None:
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
    return None
