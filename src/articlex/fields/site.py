"""Page-level fields: the canonical URL."""

from __future__ import annotations

from ..model import Page


def find_url(page: Page) -> str | None:
    """The canonical URL the page declares, else the URL it was fetched from."""
    metadata = page.metadata
    for candidate in (metadata.canonical, metadata.first_meta("og:url")):
        if candidate and candidate.startswith(("http://", "https://")):
            return candidate
    return page.url
