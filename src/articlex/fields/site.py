"""Page-level fields: language, site name, canonical URL."""

from __future__ import annotations

from ..model import Page
from . import jsonld


def find_language(page: Page) -> str | None:
    metadata = page.metadata
    if metadata.lang:
        return metadata.lang.replace("_", "-")
    locale = metadata.first_meta("og:locale", "dc.language", "language")
    if locale:
        return locale.replace("_", "-")
    value = jsonld.first_text(metadata, "inLanguage")
    return value.replace("_", "-") if value else None


def find_site_name(page: Page) -> str | None:
    metadata = page.metadata
    name = metadata.first_meta("og:site_name", "application-name", "al:android:app_name")
    if name:
        return name
    for publisher in jsonld.values(metadata, "publisher"):
        text = jsonld.as_text(publisher)
        if text:
            return text
    return None


def find_url(page: Page) -> str | None:
    metadata = page.metadata
    for candidate in (metadata.canonical, metadata.first_meta("og:url")):
        if candidate and candidate.startswith(("http://", "https://")):
            return candidate
    return page.url
