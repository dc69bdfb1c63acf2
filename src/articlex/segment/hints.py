"""Markup hints: what an element's tag, class, id, role and itemprop say it is.

The tables are data. Each category lists words and phrases looked up among the *words*
of a class or id token (``"article-body__text"`` → ``article``, ``body``, ``text``), so
``share`` is found in ``post-share-bar`` but not in ``shareholders``. Categories are
either *boilerplate* (the element holds no article text), *field* (it holds a field the
extractor reads: byline, tags, …) or *content*.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..tables.markup import CLASS_WORDS

#: Categories whose elements never hold article body text.
BOILERPLATE = frozenset({
    "nav", "footer", "sidebar", "comments", "share", "related", "newsletter", "ad",
    "cookie", "social", "breadcrumb", "pagination", "popup", "hidden", "gallery",
    "widget", "promo", "login", "skip", "print", "form", "masthead",
    "control", "credit",
})
#: Categories naming a field of the article (kept out of the body, read by the fields stage).
FIELDS = frozenset({"byline", "bio", "tags", "date", "dek", "headline", "caption"})
#: Categories saying "the article is in here".
CONTENT = frozenset({"article", "body", "main"})

#: Longest phrase in the table, in words: how far the matcher looks ahead.
_MAX_PHRASE_WORDS = 4


def _phrase_table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for category, phrases in CLASS_WORDS.items():
        for phrase in phrases.split():
            for key in (phrase, phrase.replace("-", "")):
                table.setdefault(key, set()).add(category)
    return {key: frozenset(categories) for key, categories in table.items()}


CLASS_PHRASES: dict[str, frozenset[str]] = _phrase_table()
# The words phrases start with (or are, run together): a token without any is skipped.
_PHRASE_STARTS = frozenset(key.split("-")[0] for key in CLASS_PHRASES)


# Words distinctive enough to be found inside run-together class names, where word
# boundaries are lost ("relatedposts", "newsletterbox"). Tried only when the word
# patterns above find nothing.
_INFIX_PATTERNS: dict[str, str] = {
    "related": r"related|recommended|youmaylike|morestories|readmore|mostread|mostpopular",
    "comments": r"comments|disqus|commentlist",
    "newsletter": r"newsletter|subscribe|signup",
    "share": r"sharebar|sharebutton|sharing|socialshare|sharethis|addthis",
    "social": r"socialmedia|socialicons|sociallinks|followus",
    "sidebar": r"sidebar",
    "breadcrumb": r"breadcrumb",
    "nav": r"navbar|navigation|menubar|megamenu",
    "footer": r"footer",
    "ad": r"advert|adslot|adunit|adcontainer|adwrapper|sponsored|dfpad|googlead",
    "cookie": r"cookie|gdpr",
    "gallery": r"slideshow|carousel",
}
# One expression, a named group per category (a class name rarely holds two); and the
# same words without groups, a quick first test (most names hold none of them).
_INFIX = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _INFIX_PATTERNS.items()))
_ANY_INFIX = re.compile("|".join(_INFIX_PATTERNS.values()))


# State classes ("has-sidebar", "no-comments") describe the page, not the element.
_STATE_PREFIX = re.compile(r"^(has|no|with|without|is|show|hide-on|enable|disable|js|"
                           r"supports)-")
# Value classes as CMSs emit them ("tag-sony", "category-slider", "format-gallery"): the
# prefix names a taxonomy, the rest is data ("category-slider" holds no slider).
_LABEL_PREFIX = re.compile(r"^(?:tag|tags|category|categories|topic|format|term|type|"
                           r"status|postid|post-type|section|single-format|post-format|field-type)-.")
_EMBED = re.compile(r"\b(embed|embedded|embed-?container|oembed)\b")
_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@lru_cache(maxsize=16384)  # class tokens recur across a site's pages; few are distinct
def token_hints(token: str) -> frozenset[str]:
    """Categories named by one class or id token.

    >>> sorted(token_hints("social-share-bar"))
    ['share', 'social']
    >>> sorted(token_hints("shareholders"))
    []
    >>> sorted(token_hints("relatedpoststitle"))
    ['related']
    >>> sorted(token_hints("articleBody"))
    ['article', 'body']
    >>> sorted(token_hints("category-slider")), sorted(token_hints("author-bio"))
    ([], ['bio', 'byline'])
    """
    parts = _token_words(token)
    if not parts:
        return frozenset()
    words = "-".join(parts)
    if len(parts) > 1 and (_STATE_PREFIX.match(words) or _LABEL_PREFIX.match(words)):
        return frozenset()
    if "embed" in words and _EMBED.search(words):  # "social-media-embed": a quoted post
        return frozenset({"embed"})
    found = _named_categories(parts, words)
    # "article-body", "entry-content": the body phrase wins over the generic words.
    if "body" in found:
        found.discard("main")
    return frozenset(found)


def _token_words(token: str) -> list[str]:
    """The lowercase words of a class or id token ("articleBody" → article, body)."""
    spaced = token if token.islower() else _CAMEL.sub("-", token).lower()
    if spaced.isalnum() and spaced.isascii():  # one word: no need to split
        return [spaced]
    return [w for w in _SPLIT.split(spaced) if w]


def _named_categories(parts: list[str], words: str) -> set[str]:
    """Categories of the table phrases among the words; else of the words found run
    together ("relatedpoststitle")."""
    found = set() if _PHRASE_STARTS.isdisjoint(parts) else _phrase_hints(parts)
    if not found and _ANY_INFIX.search(words):
        found = {m.lastgroup for m in _INFIX.finditer(words) if m.lastgroup}
    return found


def _phrase_hints(words: list[str]) -> set[str]:
    """Categories of every table phrase found as consecutive words."""
    found: set[str] = set()
    count = len(words)
    for start in range(count):
        if words[start] not in _PHRASE_STARTS:
            continue
        key = words[start]
        for end in range(start + 1, min(start + _MAX_PHRASE_WORDS, count) + 1):
            if end > start + 1:
                key += "-" + words[end - 1]
            categories = CLASS_PHRASES.get(key)
            if categories:
                found |= categories
    return found
