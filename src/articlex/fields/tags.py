"""Tags: the tag list the page shows, else the keywords it declares."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from ..model import Block, Classified, Kind, Role, SourceFormat
from ..roles.cues import (
    GLUED_WORDS,
    LIST_SEPARATORS,
    TAG_LINE_MAX_UNITS,
    details_categories,
    filing_text,
    inline_tag_text,
    is_tag_label,
    tag_list_text,
)
from ..roles.tagsplit import split_spaced_tags, split_tags
from . import jsonld

_WORD = re.compile(r"\w+")
#: Tag blocks at most this many blocks apart make one list ("Tags:" label, then links).
TAG_CLUSTER_GAP = 3
# Machine markers in keyword lists, not topics: "@river", "_no-apple-news", "channel_other",
# "@post-id:1913719" (a handle or private prefix, or one snake_case identifier), and
# the remains of a broken character reference ("&quot").
_MARKER = re.compile(r"^[@_]|^[a-z0-9]+(?:_[a-z0-9]+)+$|^&#?\w+;?$")
#: Punctuation around a tag as the page prints it ("MacBook Pro," in a comma-run list).
_TAG_TRIM = " \t\n,;·•|#"
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
    language: str | None,
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
    excluded = {_key(t) for t in not_tags if t} | {_key(classified.page.metadata.title or "")}
    crumbs: set[str] | None = None  # the breadcrumb trail's items, read only when needed
    for candidates, shown in _sources(classified, language):
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
    tags = [t for t in _dedupe(candidates) if _key(t) not in excluded and not _MARKER.search(t)]
    if not shown:
        tags = [t for t in tags if not _is_section(t, url)]
    return tags


def _is_section_trail(classified: Classified, tags: list[str], crumbs: set[str]) -> bool:
    """Every tag is an item of the breadcrumb trail, and no label calls them tags."""
    return all(_key(t) in crumbs for t in tags) and not _labelled(classified, tags)


def _sources(classified: Classified, language: str | None) -> Iterable[tuple[list[str], bool]]:
    """Candidate tag lists, most trusted first (computed only as far as needed), each
    with whether the page shows it."""
    metadata = classified.page.metadata
    visible = _visible_tags(classified, language)
    marked = {_key(t) for t in metadata.rel_tag}
    if visible and marked & {_key(t) for t in visible}:
        # The page marks its tag links: a category shown in the same line is not one.
        visible = [t for t in visible if _key(t) in marked]
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
    return len({_key(t) for t in rel_tag}) > 1 or _labelled(classified, rel_tag)


def _labelled(classified: Classified, tags: list[str]) -> bool:
    """True when a link to one of the tags follows a tag or category label, in its own
    block ("Tags: a", "Posted in a | Permalink") or in the block before ("Tags:")."""
    keys = {_key(t) for t in tags}
    blocks = classified.page.blocks
    for i, block in enumerate(blocks):
        linked = [_key(t) for t in block.signals.link_texts]
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
            items.update(_key(t) for t in links)
    items.discard("")
    return items


def _split(values: list[str]) -> list[str]:
    return [t for value in values for t in re.split(r"\s*[,;]\s*", value) if t.strip()]


def _inline_links(classified: Classified, texts: Iterable[str]) -> bool:
    """True when every text is the text of a link inside a paragraph of the body."""
    inline: set[str] = set()
    for block in classified.blocks_with(Role.BODY):
        if block.kind is Kind.PARAGRAPH and block.signals.link_density < INLINE_LINK_DENSITY:
            inline.update(_key(t) for t in block.signals.link_texts)
    return all(_key(t) in inline for t in texts)


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


def _visible_tags(classified: Classified, language: str | None) -> list[str]:
    """The tags of the tag list nearest the body: its links, or the tags its text
    holds, split where they run together."""
    tags: list[str] = []
    lexicon: set[str] | None = None  # the page's words, gathered only when needed
    tag_blocks = _nearest_tag_list(classified)
    for block in tag_blocks:
        links = [_without_label(t) for t in block.signals.link_texts if t.strip()]
        if links:
            tags.extend(links)
            continue
        if is_tag_label(block.text):
            continue
        text = _labelled_text(classified, block)
        if text is None:
            if classified.page.source_format is not SourceFormat.TEXT:
                continue
            if _is_one_tag(block) and len(tag_blocks) > 1:
                tags.append(block.text)  # a tag on a line of its own, under a label
                continue
            # Tag links run together, with no label (one block alone: the rules that
            # find tags one a line find several).
            text = block.text
        if lexicon is None:
            lexicon = _page_lexicon(classified)
        tags.extend(_split_pieces(classified, text, lexicon, language))
    return tags


def _labelled_text(classified: Classified, block: Block) -> str | None:
    """The text of the tags after a tag label ("Tags: a, b"); on a text page also after
    a filing label or inside a line."""
    text = tag_list_text(block.text)
    if text is None and classified.page.source_format is SourceFormat.TEXT:
        text = filing_text(block.text) or inline_tag_text(block.text)
    return text


def _is_one_tag(block: Block) -> bool:
    """A line of a tag's size with no separators and no words run together."""
    return block.signals.units <= TAG_LINE_MAX_UNITS and \
        not LIST_SEPARATORS.search(block.text) and not GLUED_WORDS.search(block.text)


def _split_pieces(
    classified: Classified, text: str, lexicon: set[str], language: str | None
) -> list[str]:
    """The tags of a text, split at separators and where they run together, without a
    label first; on a text page one piece is split at spaces too."""
    pieces = split_tags(text, lexicon=lexicon, language=_base_language(language))
    pieces = pieces[1:] if pieces and is_tag_label(pieces[0]) else pieces
    if len(pieces) == 1 and classified.page.source_format is SourceFormat.TEXT:
        pieces = split_spaced_tags(  # "Tags Ann Poe budget"
            pieces[0], _page_text(classified), _base_language(language))
    return pieces


def _details_categories(classified: Classified) -> list[str]:
    """The categories a text page prints at the end of the post's details line, under
    the headline ("Ann Poe 27/09/2018 2 comments Health, Science")."""
    for block in classified.blocks_with(Role.BYLINE) + classified.blocks_with(Role.DATELINE):
        categories = details_categories(block.text)
        if categories:
            return [item.strip() for item in categories.split(",")]
    return []


def _without_label(link: str) -> str:
    """A link's text without the tag label set inside the link ("Filed to: Apple").

    >>> _without_label("Filed to: Apple"), _without_label("Topics in Science")
    ('Apple', 'Topics in Science')
    """
    rest = tag_list_text(link)
    if rest is None:
        return link
    label = link.rstrip()[: -len(rest)]
    return rest if label.rstrip().endswith((":", "：")) else link


def _nearest_tag_list(classified: Classified) -> list[Block]:
    """The tag blocks nearest the article body, as one list: a page may also show the
    site's topic cloud or a teaser's tags, further away. Blocks in tag markup that hold
    no tag (an ad slot whose class says "tag") do not count."""
    text_page = classified.page.source_format is SourceFormat.TEXT
    tag_blocks = [b for b in classified.blocks_with(Role.TAGS) if text_page or _holds_tags(b)]
    clusters = _clusters(tag_blocks)
    if not text_page:
        headline = next(iter(classified.blocks_with(Role.HEADLINE)), None)
        clusters = [c for c in clusters if not _is_rubric(c, headline)]
    if len(clusters) < 2:
        return clusters[0] if clusters else []
    body = [b.index for b in classified.blocks_with(Role.BODY)]
    if not body:
        return clusters[0]
    first, last = body[0], body[-1]

    def distance(cluster: list[Block]) -> int:
        start, end = cluster[0].index, cluster[-1].index
        return 0 if end >= first and start <= last else min(abs(start - last), abs(end - first))

    return min(clusters, key=distance)


def _holds_tags(block: Block) -> bool:
    """A block in tag markup that holds tags: links, a labelled list, or the label."""
    return bool(block.signals.link_texts or tag_list_text(block.text) or
                is_tag_label(block.text))


def _clusters(tag_blocks: list[Block]) -> list[list[Block]]:
    """The tag blocks in groups of blocks at most TAG_CLUSTER_GAP apart."""
    clusters: list[list[Block]] = []
    for block in tag_blocks:
        if clusters and block.index - clusters[-1][-1].index <= TAG_CLUSTER_GAP:
            clusters[-1].append(block)
        else:
            clusters.append([block])
    return clusters


def _is_rubric(cluster: list[Block], headline: Block | None) -> bool:
    """True for one unlabelled link above the headline: the section the story is filed
    in, set as a kicker ("Gaming" over the title), not its tag list."""
    if headline is None or len(cluster) > 1 or cluster[0].index > headline.index:
        return False
    links = [t for t in cluster[0].signals.link_texts if t.strip()]
    return len(links) == 1 and _key(links[0]) == _key(cluster[0].text)


def _page_lexicon(classified: Classified) -> set[str]:
    """The words of the page but its tag lines and their copies (a tag line printed over
    and under the article), whose glued runs would keep themselves whole."""
    pairs = list(zip(classified.page.blocks, classified.verdicts))
    tag_lines = {block.text for block, verdict in pairs if verdict.role is Role.TAGS}
    words: set[str] = set()
    for block, _ in pairs:
        if block.text not in tag_lines:
            words.update(_WORD.findall(block.text))
    return words


def _page_text(classified: Classified) -> str:
    return "\n".join(block.text for block, verdict in zip(classified.page.blocks,
                                                         classified.verdicts)
                     if verdict.role is not Role.TAGS)


def _base_language(language: str | None) -> str | None:
    return language.split("-")[0].split("_")[0].lower() if language else None


def _key(text: str) -> str:
    return " ".join(text.strip(_TAG_TRIM).lower().split())


def _dedupe(tags: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for tag in tags:
        clean = " ".join(tag.strip(_TAG_TRIM).split())
        if _WORD.search(clean) and len(clean) <= 80:
            seen.setdefault(clean.lower(), clean)
    return list(seen.values())
