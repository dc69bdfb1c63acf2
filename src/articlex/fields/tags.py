"""Tags: the tag list the page shows, else the keywords it declares."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from ..cues import is_tag_label, tag_list_text
from ..model import Block, Classified, Kind, Role
from . import jsonld
from .tagsplit import split_spaced_tags, split_tags

_WORD = re.compile(r"\w+")
#: Tag blocks at most this many blocks apart make one list ("Tags:" label, then links).
TAG_CLUSTER_GAP = 3
# Machine markers in keyword lists, not topics: "@river", "_no-apple-news", "channel_other",
# "@post-id:1913719" (a handle or private prefix, or one snake_case identifier), and
# the remains of a broken character reference ("&quot").
_MARKER = re.compile(r"^[@_]|^[a-z0-9]+(?:_[a-z0-9]+)+$|^&#?\w+;?$")
#: Punctuation around a tag as the page prints it ("MacBook Pro," in a comma-run list).
_TAG_TRIM = " \t\n,;·•|#"
# Two words run together on a text page: a lower-case letter, then a capital.
_GLUED = re.compile(r"[^\W\d_A-Z\u00C0-\u00DE\u0400-\u042F][A-Z\u00C0-\u00DE\u0400-\u042F]")
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
    page's section (a segment of its URL path, "/politics/…") is the section's label.
    """
    excluded = {_key(t) for t in not_tags if t} | {_key(classified.page.metadata.title or "")}
    for candidates in _sources(classified, language):
        tags = [t for t in _dedupe(candidates) if _key(t) not in excluded and not _MARKER.search(t)]
        tags = [t for t in tags if not _is_section(t, classified.page.url)]
        if tags:
            return tuple(tags)
    return ()


def _sources(classified: Classified, language: str | None) -> Iterable[list[str]]:
    """Candidate tag lists, most trusted first (computed only as far as needed)."""
    metadata = classified.page.metadata
    visible = _visible_tags(classified, language)
    marked = {_key(t) for t in metadata.rel_tag}
    if visible and marked & {_key(t) for t in visible}:
        # The page marks its tag links: a category shown in the same line is not one.
        visible = [t for t in visible if _key(t) in marked]
    yield visible
    if metadata.rel_tag and not _inline_links(classified, metadata.rel_tag):
        yield list(metadata.rel_tag)
    article_tags = metadata.meta_values("article:tag")
    # One article:tag element per tag: a comma belongs to the tag ("Trump, Donald J").
    yield article_tags if len(article_tags) > 1 else _split(article_tags)
    yield _split(metadata.meta_values("news_keywords"))
    yield _split([v for v in jsonld.values(metadata, "keywords") if isinstance(v, str)])
    yield _split(metadata.meta_values("keywords"))


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
    """True when the tag is a segment of the page URL's path ("/nfl/news/…" and "NFL").

    >>> _is_section("NFL", "https://example.com/nfl/news/story-1"), _is_section("NFL", None)
    (True, False)
    """
    if not url:
        return False
    slug = "-".join(_WORD.findall(tag.lower()))
    segments = urlsplit(url).path.lower().split("/")
    return bool(slug) and slug in segments


def _visible_tags(classified: Classified, language: str | None) -> list[str]:
    tags: list[str] = []
    lexicon: set[str] | None = None  # the page's words, gathered only when needed
    tag_blocks = _nearest_tag_list(classified)
    for block in tag_blocks:
        links = [t for t in block.signals.link_texts if t.strip()]
        if links:
            tags.extend(links)
            continue
        if is_tag_label(block.text):
            continue
        text = tag_list_text(block.text)
        if text is None:
            if classified.page.source_format != "text":
                continue
            if not _GLUED.search(block.text) and (" " in block.text or len(tag_blocks) > 1):
                tags.append(block.text)  # a tag on a line of its own, under a label
                continue
            text = block.text  # tag links run together, with no label
        if lexicon is None:
            lexicon = _page_lexicon(classified)
        pieces = split_tags(text, lexicon=lexicon, language=_base_language(language))
        pieces = pieces[1:] if pieces and is_tag_label(pieces[0]) else pieces
        if len(pieces) == 1 and classified.page.source_format == "text":
            pieces = split_spaced_tags(pieces[0], _page_text(classified))  # "Tags Ann Poe budget"
        tags.extend(pieces)
    return tags


def _nearest_tag_list(classified: Classified) -> list[Block]:
    """The tag blocks nearest the article body, as one list: a page may also show the
    site's topic cloud or a teaser's tags, further away. Blocks in tag markup that hold
    no tag (an ad slot whose class says "tag") do not count."""
    text_page = classified.page.source_format == "text"
    tag_blocks = [
        b
        for b in classified.blocks_with(Role.TAGS)
        if text_page or b.signals.link_texts or tag_list_text(b.text) or is_tag_label(b.text)
    ]
    if len(tag_blocks) < 2:
        return tag_blocks
    clusters: list[list[Block]] = []
    for block in tag_blocks:
        if clusters and block.index - clusters[-1][-1].index <= TAG_CLUSTER_GAP:
            clusters[-1].append(block)
        else:
            clusters.append([block])
    body = [b.index for b in classified.blocks_with(Role.BODY)]
    if not body:
        return clusters[0]
    first, last = body[0], body[-1]

    def distance(cluster: list[Block]) -> int:
        start, end = cluster[0].index, cluster[-1].index
        return 0 if end >= first and start <= last else min(abs(start - last), abs(end - first))

    return min(clusters, key=distance)


def _page_lexicon(classified: Classified) -> set[str]:
    words: set[str] = set()
    for block, verdict in zip(classified.page.blocks, classified.verdicts):
        if verdict.role is not Role.TAGS:
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
