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

# Class/id words, per category: each entry is a word or a phrase of words joined by "-".
# A phrase matches the same words in a row in a class name ("read-more" in
# "btn-read-more-link") or run together ("readmore"). Plain data: extend freely.
_CLASS_WORDS: dict[str, str] = {
    "nav": "nav navbar navigation menu menubar megamenu topnav subnav sitenav toolbar tabs "
    "jump-links site-index dropdown",
    "masthead": "masthead site-header top-bar header-bar brand branding logo",
    "footer": "footer foot colophon copyright site-info bottom-bar",
    "sidebar": "sidebar side-bar aside rail right-col right-column left-col left-column "
    "secondary sidebox side-panel",
    "comments": "comment comments commentlist discussion disqus respond replies reply "
    "talkback feedback reactions",
    "share": "share shares sharing sharebar share-tools social-share sociable addthis "
    "sharethis bookmark bookmarks bookmarking tweet-this",
    "social": "social follow follow-us facebook twitter linkedin instagram whatsapp "
    "pinterest youtube",
    "related": "related recommended recommendations more-stories more-from read-more "
    "read-next up-next also-read most-read most-popular most-viewed popular trending "
    "outbrain taboola teaser teasers suggested you-may-like more-articles more-news "
    "more-posts more-videos more-on further-reading latest latest-news headlines top-stories",
    "newsletter": "newsletter subscribe subscription signup sign-up email-signup "
    "email-capture email-form optin opt-in mailing-list",
    "ad": "ad ads advert adverts advertisement advertising adslot ad-slot ad-unit "
    "ad-container ad-wrapper dfp gpt sponsor sponsored banner-ad adsense doubleclick "
    "native-ad commercial",
    "cookie": "cookie cookies consent gdpr cmp privacy-banner cookie-bar",
    "breadcrumb": "breadcrumb breadcrumbs crumb crumbs crumb-trail",
    "pagination": "pagination pager paging page-numbers prev-next post-nav post-navigation",
    "popup": "modal popup pop-up overlay lightbox interstitial dialog toast",
    "hidden": "hidden hide invisible sr-only screen-reader screen-reader-text "
    "visually-hidden visuallyhidden offscreen d-none u-hidden",
    "gallery": "gallery slideshow slideshows carousel slider swiper slick featured flickity",
    "widget": "widget widgets module-list tools utility utilities",
    "promo": "promo promotion promoted cta call-to-action marketing partner",
    "login": "login log-in signin sign-in register account user-menu",
    "skip": "skip skip-link skip-to",
    "print": "print printer print-only noprint",
    "credit": "credit credits photo-credit image-credit copyright-notice",
    "byline": "byline by-line author authors writer contributor posted-by article-author "
    "author-name meta-author",
    "bio": "bio author-bio author-info author-box about-author about-the-author "
    "author-description biography contributor-bio",
    "tags": "tag tags tag-list tag-links tagcloud keywords topics labels post-tags "
    "entry-tags article-tags filed-under categories",
    "date": "date dateline time timestamp published pubdate posted-on entry-date post-date "
    "updated",
    "dek": "dek blurb standfirst subtitle sub-title subhead sub-head sub-headline summary excerpt "
    "lede teaser-text strapline kicker-text deck description article-summary sapo chapo "
    "lead-text lead-paragraph article-lead",
    "headline": "headline title entry-title post-title article-title heading",
    "caption": "caption figcaption wp-caption-text image-caption photo-caption",
    "article": "article post entry story hentry blog-post news-item h-entry",
    "body": "article-body articlebody post-body entry-content post-content story-body "
    "story-content article-content article-text body-text content-body main-content "
    "text-body rich-text prose post-entry articletext storytext c-entry-content field-body",
    "main": "main content page-content primary",
}
#: Longest phrase in the table, in words: how far the matcher looks ahead.
_MAX_PHRASE_WORDS = 4


def _phrase_table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for category, phrases in _CLASS_WORDS.items():
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

#: HTML tags that name a category by themselves.
TAG_HINTS: dict[str, str] = {
    "nav": "nav", "footer": "footer", "aside": "sidebar", "form": "form",
    "button": "control", "select": "control", "textarea": "control", "label": "control",
    "figcaption": "caption", "address": "byline", "time": "date",
    "article": "article", "main": "main", "iframe": "embed",
}
#: ARIA roles that name a category.
ROLE_HINTS: dict[str, str] = {
    "navigation": "nav", "banner": "masthead", "contentinfo": "footer",
    "complementary": "sidebar", "search": "form", "dialog": "popup",
    "alertdialog": "popup", "menu": "nav", "menubar": "nav", "tablist": "nav",
    "main": "main", "article": "article",
}
#: itemprop values (schema.org) that name a category.
ITEMPROP_HINTS: dict[str, str] = {
    "articlebody": "body", "text": "body", "author": "byline", "creator": "byline",
    "headline": "headline", "name": "", "description": "dek", "alternativeheadline": "dek",
    "datepublished": "date", "datemodified": "date", "keywords": "tags",
    "comment": "comments", "breadcrumb": "breadcrumb", "caption": "caption",
}

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
