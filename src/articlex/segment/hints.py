"""Markup hints: what an element's tag, class, id, role and itemprop say it is.

The tables are data. Each category maps to a regular expression matched against
the *words* of a class or id token (``"article-body__text"`` → ``article``, ``body``,
``text``) joined by single dashes, so ``\\bshare\\b`` finds ``post-share-bar`` but not
``shareholders``. Categories are either *boilerplate* (the element holds no article
text), *field* (it holds a field the extractor reads: byline, tags, …) or *content*.
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

# Class/id word patterns, per category. Words are joined by "-", lower-case.
_CLASS_PATTERNS: dict[str, str] = {
    "nav": r"\b(nav|navbar|navigation|menu|menubar|megamenu|topnav|subnav|sitenav|"
    r"toolbar|tabs|jump-?links|site-?index|dropdown)\b",
    "masthead": r"\b(masthead|site-?header|top-?bar|header-?bar|brand(ing)?|logo)\b",
    "footer": r"\b(footer|foot|colophon|copyright|site-?info|bottom-?bar)\b",
    "sidebar": r"\b(sidebar|side-?bar|aside|rail|right-?col(umn)?|left-?col(umn)?|"
    r"secondary|sidebox|side-?panel)\b",
    "comments": r"\b(comments?|commentlist|discussion|disqus|respond|replies|reply|"
    r"talkback|feedback|reactions)\b",
    "share": r"\b(share|shares|sharing|sharebar|share-?tools|social-?share|sociable|"
    r"addthis|sharethis|bookmark(s|ing)?|tweet-?this)\b",
    "social": r"\b(social|follow(-?us)?|facebook|twitter|linkedin|instagram|whatsapp|"
    r"pinterest|youtube)\b",
    "related": r"\b(related|recommended|recommendations|more-?stories|more-?from|"
    r"read-?more|read-?next|readnext|up-?next|also-?read|most-?(read|popular|viewed)|"
    r"popular|trending|outbrain|taboola|teasers?|suggested|you-?may-?like|"
    r"more-?articles|more-?(news|posts|videos|on)|further-?reading|latest(-?news)?|headlines|top-?stories)\b",
    "newsletter": r"\b(newsletter|subscribe|subscription|signup|sign-?up|"
    r"email-?(signup|capture|form)|optin|opt-?in|mailing-?list)\b",
    "ad": r"\b(ad|ads|advert|adverts|advertisement|advertising|adslot|ad-?slot|"
    r"ad-?unit|ad-?container|ad-?wrapper|dfp|gpt|sponsor(ed)?|banner-?ad|"
    r"adsense|doubleclick|native-?ad|commercial)\b",
    "cookie": r"\b(cookies?|consent|gdpr|cmp|privacy-?banner|cookie-?bar)\b",
    "breadcrumb": r"\b(breadcrumbs?|crumbs?|crumb-?trail)\b",
    "pagination": r"\b(pagination|pager|paging|page-?numbers|prev-?next|post-?nav(igation)?)\b",
    "popup": r"\b(modal|popup|pop-?up|overlay|lightbox|interstitial|dialog|toast)\b",
    "hidden": r"\b(hidden|hide|invisible|sr-?only|screen-?reader(-?text)?|visually-?hidden|"
    r"visuallyhidden|offscreen|d-?none|u-?hidden)\b",
    "gallery": r"\b(gallery|slideshow|slideshows|carousel|slider|swiper|slick|"
    r"featured|flickity)\b",
    "widget": r"\b(widget|widgets|module-?list|tools|utility|utilities)\b",
    "promo": r"\b(promo|promotion|promoted|cta|call-?to-?action|marketing|partner)\b",
    "login": r"\b(login|log-?in|signin|sign-?in|register|account|user-?menu)\b",
    "skip": r"\b(skip|skip-?link|skip-?to)\b",
    "print": r"\b(print|printer|print-?only|noprint)\b",
    "credit": r"\b(credit|credits|photo-?credit|image-?credit|copyright-?notice)\b",
    "byline": r"\b(byline|by-?line|author|authors|writer|contributor|posted-?by|"
    r"article-?author|author-?name|meta-?author)\b",
    "bio": r"\b(bio|author-?bio|author-?info|author-?box|about-?(the-?)?author|"
    r"author-?description|biography|contributor-?bio)\b",
    "tags": r"\b(tags?|tag-?list|tag-?links|tagcloud|keywords|topics|labels|"
    r"post-?tags|entry-?tags|article-?tags|filed-?under|categories)\b",
    "date": r"\b(date|dateline|time|timestamp|published|pubdate|posted-?on|"
    r"entry-?date|post-?date|updated)\b",
    "dek": r"\b(dek|standfirst|subtitle|sub-?title|subhead|sub-?head|sub-?headline|"
    r"summary|excerpt|lede|teaser-?text|strapline|kicker-?text|deck|"
    r"description|article-?summary|sapo|chapo)\b",
    "headline": r"\b(headline|title|entry-?title|post-?title|article-?title|heading)\b",
    "caption": r"\b(caption|figcaption|wp-?caption-?text|image-?caption|photo-?caption)\b",
    "article": r"\b(article|post|entry|story|hentry|blog-?post|news-?item|h-?entry)\b",
    "body": r"\b(article-?body|articlebody|post-?body|entry-?content|post-?content|"
    r"story-?body|story-?content|article-?content|article-?text|body-?text|"
    r"content-?body|main-?content|text-?body|rich-?text|prose|post-?entry|"
    r"articletext|storytext|article__body|c-?entry-?content|field-?body)\b",
    "main": r"\b(main|content|page-?content|primary)\b",
}
CLASS_PATTERNS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern) for name, pattern in _CLASS_PATTERNS.items()
}
# All the patterns at once: one search tells whether any category can match.
_ANY_CLASS_PATTERN = re.compile("|".join(f"(?:{p})" for p in _CLASS_PATTERNS.values()))

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
INFIX_PATTERNS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern) for name, pattern in _INFIX_PATTERNS.items()
}

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
                           r"status|postid|post-type|section|single-format|post-format)-.")
_EMBED = re.compile(r"\b(embed|embedded|embed-?container|oembed)\b")
_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


@lru_cache(maxsize=65536)
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
    words = "-".join(w for w in _SPLIT.split(_CAMEL.sub("-", token).lower()) if w)
    if not words or _STATE_PREFIX.match(words) or _LABEL_PREFIX.match(words):
        return frozenset()
    if not _ANY_CLASS_PATTERN.search(words):
        found: set[str] = set()  # most tokens ("row", "col-md-6", "clearfix") name nothing
    else:
        found = {name for name, pattern in CLASS_PATTERNS.items() if pattern.search(words)}
    if _EMBED.search(words):  # "social-media-embed": a post quoted in the article
        return frozenset({"embed"})
    if not found:  # run-together names: "relatedpoststitle", "sharebuttons"
        found = {name for name, pattern in INFIX_PATTERNS.items() if pattern.search(words)}
    # "article-body", "entry-content": the body pattern wins over the generic words.
    if "body" in found:
        found.discard("main")
    return frozenset(found)
