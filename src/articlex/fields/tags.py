"""Tags: the tag list the page shows, else the keywords it declares."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from ..model import Classified, Kind, Role, SourceFormat
from ..roles.cues import is_tag_label
from ..roles.tag_list import TAG_TRIM, tag_key
from ..segment import jsonld

_WORD = re.compile(r"\w+")
# Machine markers in keyword lists, not topics: "@river", "_no-apple-news", "channel_other",
# "@post-id:1913719" (a handle or private prefix, or one snake_case identifier), and
# the remains of a broken character reference ("&quot").
_MARKER = re.compile(r"^[@_]|^[a-z0-9]+(?:_[a-z0-9]+)+$|^&#?\w+;?$")
#: A declared list with more machine markers than this share (three in four) is a
#: routing list (the site's feeds and channels): the words left in it are no topics.
MARKER_LIST_SHARE = 0.75
#: A meta keywords list this long ...
SITE_KEYWORDS_MIN = 5
#: ... of which fewer than this share occurs in the article's text is the site's list,
#: set on every page ("Canada PR Visa, Justin Trudeau" under a story on deportees).
SITE_KEYWORDS_IN_TEXT = 0.25
#: Code points from here on (kana, CJK, Hangul …) belong to scripts written without
#: spaces between words; below are the alphabets.
UNSPACED_SCRIPTS_FROM = 0x3000
#: Separators of a breadcrumb trail ("Home > Nutrition > Meal Plans").
_TRAIL = re.compile(r"\s[>»›/]\s|\s?[»›]\s?")
#: Labels that make a lone category link a filing the page shows ("Posted in Science").
CATEGORY_LABELS = ("posted in", "filed in", "filed under", "category", "categories")
#: Body paragraphs with links below this density are prose: tag links in them are
#: inline, not a tag list.
INLINE_LINK_DENSITY = 0.5


def find_tags(
    classified: Classified,
    *,
    not_tags: Iterable[str] = (),
) -> tuple[str, ...]:
    """Visible tags first; then rel=tag links, article:tag, news_keywords, JSON-LD
    keywords, keywords.

    ``not_tags`` are texts that are never tags (the authors' names, the site's name:
    keyword lists often carry them), nor is the page's <title>. A tag that names the
    page's section (a segment of its URL path, "/politics/…") is the section's label
    in a declared list; a list the page shows keeps it (the page files the story there).
    """
    title = classified.page.metadata.title or ""
    excluded = {tag_key(t) for t in not_tags if t} | {tag_key(title)}
    crumbs: set[str] | None = None  # the breadcrumb trail's items, read only when needed
    for candidates, shown in _sources(classified):
        if _mostly_markers(candidates):
            continue
        tags = _usable_tags(candidates, excluded, shown, classified.page.url)
        if not tags:
            continue
        crumbs = _breadcrumb_items(classified) if crumbs is None else crumbs
        if _is_section_trail(classified, tags, crumbs):
            continue  # the section trail over the article, not its tags
        return tuple(tags)
    return ()


def _usable_tags(
    candidates: list[str], excluded: set[str], shown: bool, url: str | None
) -> list[str]:
    """The candidates once deduplicated, without the excluded texts and markers, and,
    in a list the page does not show, without the sections of the page's URL."""
    tags = [t for t in _dedupe(candidates)
            if tag_key(t) not in excluded and not _MARKER.search(t)]
    if not shown:
        tags = [t for t in tags if not _is_section(t, url)]
    return tags


def _is_section_trail(classified: Classified, tags: list[str], crumbs: set[str]) -> bool:
    """Every tag is an item of the breadcrumb trail, and no label calls them tags."""
    return all(tag_key(t) in crumbs for t in tags) and not _labelled(classified, tags)


def _sources(classified: Classified) -> Iterable[tuple[list[str], bool]]:
    """Candidate tag lists, most trusted first (computed only as far as needed), each
    with whether the page shows it."""
    metadata = classified.page.metadata
    visible = _visible_tags(classified)
    marked = {tag_key(t) for t in metadata.rel_tag}
    if visible and marked & {tag_key(t) for t in visible}:
        # The page marks its tag links: a category shown in the same line is not one.
        visible = [t for t in visible if tag_key(t) in marked]
    yield visible, True
    if classified.page.source_format is SourceFormat.TEXT:
        yield _details_categories(classified), True
    rel_tag = list(metadata.rel_tag)
    if rel_tag and not _inline_links(classified, rel_tag) and _shown_as_tags(classified, rel_tag):
        yield rel_tag, True
    article_tags = metadata.meta_values("article:tag")
    # One article:tag element per tag: a comma belongs to the tag ("Trump, Donald J").
    yield (article_tags if len(article_tags) > 1 else _split(article_tags)), False
    yield _split(metadata.meta_values("news_keywords")), False
    yield _split([v for v in jsonld.values(metadata, "keywords") if isinstance(v, str)]), False
    keywords = _split(metadata.meta_values("keywords"))
    yield ([] if _site_wide(classified, keywords) else keywords), False


def _mostly_markers(candidates: list[str]) -> bool:
    """True for a routing list: "@hp-top-stories, @mlive-river, Dear Abby, trending".

    >>> _mostly_markers(["@a-river", "@b-river", "@c-app", "@d-app", "Dear Abby"])
    True
    >>> _mostly_markers(["@river", "Sony"])
    False
    """
    markers = sum(bool(_MARKER.search(t.strip())) for t in candidates)
    return markers > MARKER_LIST_SHARE * len(candidates)


def _site_wide(classified: Classified, keywords: list[str]) -> bool:
    """True when a long keywords list is mostly absent from the article's text: the
    site's list, repeated on every page, not this article's."""
    if len(keywords) < SITE_KEYWORDS_MIN:
        return False
    text = " ".join(
        " ".join(_WORD.findall(block.text.lower()))
        for block, verdict in zip(classified.page.blocks, classified.verdicts)
        if verdict.role in (Role.BODY, Role.HEADLINE, Role.STANDFIRST)
    )
    # Phrases looked up in the text, not words in a set: scripts written without
    # spaces have no words to split.
    text = f" {text} "
    present = sum(_occurs(" ".join(_WORD.findall(k.lower())), text) for k in keywords)
    return present < SITE_KEYWORDS_IN_TEXT * len(keywords)


def _occurs(phrase: str, text: str) -> bool:
    """True when the phrase is in the text (space-padded): as whole words, or anywhere
    for scripts written without spaces.

    >>> _occurs("usa", " thousands of people "), _occurs("商標法", " 商標法違反の例 ")
    (False, True)
    """
    if not phrase:
        return False
    if any(ord(ch) >= UNSPACED_SCRIPTS_FROM for ch in phrase):
        return phrase in text
    return f" {phrase} " in text


def _shown_as_tags(classified: Classified, rel_tag: list[str]) -> bool:
    """A lone tag link is the post's category, a section label like any rubric, unless
    the page labels it as the filing ("Posted in Science", "Filed under Science")."""
    return len({tag_key(t) for t in rel_tag}) > 1 or _labelled(classified, rel_tag)


def _labelled(classified: Classified, tags: list[str]) -> bool:
    """True when a link to one of the tags follows a tag or category label, in its own
    block ("Tags: a", "Posted in a | Permalink") or in the block before ("Tags:")."""
    keys = {tag_key(t) for t in tags}
    blocks = classified.page.blocks
    for i, block in enumerate(blocks):
        linked = [tag_key(t) for t in block.signals.link_texts]
        if not keys & set(linked):
            continue
        text = block.text.lower()
        first = next(k for k in linked if k in keys)
        before = text.split(first)[0] if first in text else ""
        before = before.rstrip(" :：").split("|")[-1].strip()
        if before.endswith(CATEGORY_LABELS) or is_tag_label(before):
            return True
        if i and is_tag_label(blocks[i - 1].text):
            return True
    return False


def _breadcrumb_items(classified: Classified) -> set[str]:
    """The items of the page's breadcrumb trails (by markup, or "A > B > C" links)."""
    items: set[str] = set()
    for block in classified.page.blocks:
        links = block.signals.link_texts
        if "breadcrumb" in block.signals.hints or (len(links) > 1 and _TRAIL.search(block.text)):
            items.update(tag_key(t) for t in links)
    items.discard("")
    return items


def _split(values: list[str]) -> list[str]:
    return [t for value in values for t in re.split(r"\s*[,;]\s*", value) if t.strip()]


def _inline_links(classified: Classified, texts: Iterable[str]) -> bool:
    """True when every text is the text of a link inside a paragraph of the body."""
    inline: set[str] = set()
    for block in classified.blocks_with(Role.BODY):
        if block.kind is Kind.PARAGRAPH and block.signals.link_density < INLINE_LINK_DENSITY:
            inline.update(tag_key(t) for t in block.signals.link_texts)
    return all(tag_key(t) in inline for t in texts)


def _is_section(tag: str, url: str | None) -> bool:
    """True when the tag is a section of the page URL's path ("/nfl/news/…" and "NFL"):
    a segment before the last; the last is the story's own slug, which may well be its
    keyword ("/calendar-2018/" and "calendar 2018").

    >>> _is_section("NFL", "https://example.com/nfl/news/story-1"), _is_section("NFL", None)
    (True, False)
    >>> _is_section("Calendar 2018", "https://example.com/calendar-2018/")
    False
    """
    if not url:
        return False
    slug = "-".join(_WORD.findall(tag.lower()))
    segments = [s for s in urlsplit(url).path.lower().split("/") if s]
    return bool(slug) and slug in segments[:-1]


def _visible_tags(classified: Classified) -> list[str]:
    """The tags the article's tag list shows (:mod:`articlex.roles.tag_list`)."""
    return [tag for _, tags in classified.values_with(Role.TAGS) for tag in tags]


def _details_categories(classified: Classified) -> list[str]:
    """The categories a text page prints at the end of the post's details line, under
    the headline ("Ann Poe 27/09/2018 2 comments Health, Science")."""
    for _, credit in classified.values_with(Role.BYLINE) + classified.values_with(Role.DATELINE):
        if credit.categories:
            return list(credit.categories)
    return []


def _dedupe(tags: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for tag in tags:
        clean = " ".join(tag.strip(TAG_TRIM).split())
        if _WORD.search(clean) and len(clean) <= 80:
            seen.setdefault(clean.lower(), clean)
    return list(seen.values())
