"""Boilerplate by wording: the category a short block's words show ("Sign up",
"Share on Facebook", "Advertisement"), from the phrase tables of
:mod:`articlex.tables.phrases`. Phrases are evidence for short blocks only, never for
a paragraph of prose.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Draft, Kind, Page, Role, Verdict
from ..tables.phrases import CONTAINS, CONTAINS_CUES, EXACT, SHARE_CATEGORIES
from .markup import quote

__all__ = [
    "SHARE_CATEGORIES",
    "boilerplate_phrase",
    "cut_after_related_heading",
]


_TRIM = re.compile(r"[\s\W_]+$|^[\s\W_]+")


def _normalise(text: str) -> str:
    return _TRIM.sub("", text.lower()).strip()


EXACT_PHRASES: dict[str, str] = {
    phrase: category for category, phrases in EXACT.items() for phrase in phrases
}
CONTAINS_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (category, re.compile(pattern, re.I))
    for category, patterns in CONTAINS.items()
    for pattern in patterns
)
#: Short texts looked up recently ("Share", "Read more", "Advertisement" recur on every
#: page of a site); the cache holds only texts, so its size bounds its memory.
PHRASE_CACHE_SIZE = 4096

# Every pattern in one expression, a named group per category: one search per block,
# over the lower-cased text (faster than a case-insensitive search).
_CONTAINS_ANY = re.compile(
    "|".join(
        f"(?P<{category}>" + "|".join(f"(?:{p})" for p in patterns) + ")"
        for category, patterns in CONTAINS.items()
    ),
)


#: Whether a text holds any cue word at all: one search, before the slower patterns.
_ANY_CUE = re.compile("|".join(re.escape(cue) for cue in CONTAINS_CUES))


@lru_cache(maxsize=PHRASE_CACHE_SIZE)
def boilerplate_phrase(text: str) -> str | None:
    """The boilerplate category a short block's wording shows, or None.

    >>> boilerplate_phrase("Show Comments")
    'comments'
    >>> boilerplate_phrase("Error: Please check your email address.")
    'newsletter'
    >>> boilerplate_phrase("The minister said on Tuesday that talks would resume.") is None
    True
    """
    lower = text.lower()
    key = _TRIM.sub("", lower).strip()
    if key in EXACT_PHRASES:
        return EXACT_PHRASES[key]
    if not _ANY_CUE.search(lower):
        return None
    match = _CONTAINS_ANY.search(lower)
    return match.lastgroup if match else None


#: A "Related" heading is at most this long (units).
RELATED_HEADING_UNITS = 8


def cut_after_related_heading(page: Page, verdicts: Draft[Verdict]) -> None:
    """A "Related" / "You may also like" heading ends the article within its container.

    Everything after such a heading that sits in the same parent element is the list
    it introduces, however much prose the teasers hold.
    """
    for i, block in enumerate(page.blocks):
        if verdicts[i].role not in (Role.BODY, Role.BOILERPLATE):
            continue
        if block.signals.units > RELATED_HEADING_UNITS or len(block.signals.container) < 2:
            continue
        own_hints = page.containers[block.signals.container[-1]].hints
        worded = block.kind is Kind.HEADING and boilerplate_phrase(block.text) == "related"
        if not worded and "related" not in own_hints:
            continue
        parent = block.signals.container[-2]
        if verdicts[i].role is Role.BODY:
            verdicts[i] = Verdict(Role.BOILERPLATE, f"related wording: {quote(block.text)}")
        for j in range(i + 1, len(page.blocks)):
            if parent not in page.blocks[j].signals.container:
                break
            if verdicts[j].role is Role.BODY:
                verdicts[j] = Verdict(Role.BOILERPLATE, f"after the heading {quote(block.text)}")
