"""The headline: the article's own title as displayed, without site-name decoration."""

from __future__ import annotations

import re

from ..model import Classified, Role
from ..roles.page_type import ARTICLE
from ..segment import jsonld
from ..textshape import word_count, word_run_in

#: Separators between a headline and the site name in <title> and og:title.
_DECORATION = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/)\s+|\s*\|\s*")


#: A visible headline of at most this many words may be a section's label or a short
#: form of the page's title ("Pet Insurance" on "Pet Insurance for Dogs & Cats").
SHORT_HEADLINE_WORDS = 3


def find_headline(classified: Classified, site_name: str | None,
                  page_type: str = ARTICLE) -> str | None:
    """Visible headline first, unless the page is an article (``page_type``) and the
    headline a few words that the declared title holds and says more than
    (:func:`_fuller_title`); else declared titles, cleaned of the site name."""
    declared = _declared_title(classified, site_name)
    visible = classified.values_with(Role.HEADLINE)
    if visible:
        shown = str(visible[0][1])
        if page_type != ARTICLE:
            return shown  # a shop's or a section's own label ("Hiking Boots") is its title
        return _fuller_title(shown, declared) or shown
    return declared


def _declared_title(classified: Classified, site_name: str | None) -> str | None:
    metadata = classified.page.metadata
    declared = jsonld.first_text(metadata, "headline") or metadata.first_meta(
        "og:title", "twitter:title"
    ) or metadata.title
    return strip_site_name(declared, site_name) if declared else None


def _fuller_title(shown: str, declared: str | None) -> str | None:
    """The declared title, when the visible headline is a short run of its words.

    >>> _fuller_title("Pet Insurance", "Pet Insurance for Dogs & Cats")
    'Pet Insurance for Dogs & Cats'
    >>> _fuller_title("Blog", "Ten ways to fix a bike") is None
    True
    """
    words = word_count(shown)
    if not declared or not words or words > SHORT_HEADLINE_WORDS:
        return None
    if word_count(declared) <= words or not word_run_in(shown, declared):
        return None
    return declared


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
