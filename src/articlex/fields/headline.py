"""The headline: the article's own title as displayed, without site-name decoration."""

from __future__ import annotations

import re

from ..model import Classified, Role
from ..segment import jsonld

#: Separators between a headline and the site name in <title> and og:title.
_DECORATION = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/)\s+|\s*\|\s*")


def find_headline(classified: Classified, site_name: str | None) -> str | None:
    """Visible headline first; else declared titles, cleaned of the site name."""
    visible = classified.values_with(Role.HEADLINE)
    if visible:
        return str(visible[0][1])
    metadata = classified.page.metadata
    declared = jsonld.first_text(metadata, "headline") or metadata.first_meta(
        "og:title", "twitter:title"
    )
    if declared:
        return strip_site_name(declared, site_name)
    if metadata.title:
        return strip_site_name(metadata.title, site_name)
    return None


def strip_site_name(title: str, site_name: str | None) -> str:
    """Remove " | Site", " - Site", "Site: " decorations.

    >>> strip_site_name("North Korea denies hack | Computerworld", None)
    'North Korea denies hack'
    >>> strip_site_name("Example News: Rates rise again", "Example News")
    'Rates rise again'
    """
    title = " ".join(title.split())
    if site_name:
        name = re.escape(site_name)
        for pattern in (rf"^{name}\s*[:|–—-]\s*", rf"\s*[:|–—-]\s*{name}$"):
            stripped = re.sub(pattern, "", title, flags=re.I)
            if stripped != title and stripped:
                return stripped
    parts = _DECORATION.split(title)
    if len(parts) < 2:
        return title
    # The headline is the longest part; site names and sections are short.
    return max(parts, key=len).strip()
