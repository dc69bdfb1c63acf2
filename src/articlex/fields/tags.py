"""Tags: the tag list the page shows, else the keywords it declares."""

from __future__ import annotations

import re

from ..cues import is_tag_label, tag_list_text
from ..model import Block, Classified, Role
from . import jsonld
from .tagsplit import split_tags

_WORD = re.compile(r"\w+")
#: Tag blocks at most this many blocks apart make one list ("Tags:" label, then links).
TAG_CLUSTER_GAP = 3


def find_tags(classified: Classified, language: str | None) -> tuple[str, ...]:
    """Visible tags first; then article:tag, news_keywords, JSON-LD keywords, keywords."""
    visible = _visible_tags(classified, language)
    if visible:
        return _dedupe(visible)
    metadata = classified.page.metadata
    if metadata.rel_tag:
        return _dedupe(list(metadata.rel_tag))
    for source in (
        metadata.meta_values("article:tag"),
        metadata.meta_values("news_keywords"),
        [v for v in jsonld.values(metadata, "keywords") if isinstance(v, str)],
        metadata.meta_values("keywords"),
    ):
        tags = [t for value in source for t in re.split(r"\s*[,;]\s*", value) if t.strip()]
        if tags:
            return _dedupe(tags)
    return ()


def _visible_tags(classified: Classified, language: str | None) -> list[str]:
    tags: list[str] = []
    lexicon: set[str] | None = None  # the page's words, gathered only when needed
    for block in _nearest_tag_list(classified):
        links = [t for t in block.signals.link_texts if t.strip()]
        if links:
            tags.extend(links)
            continue
        if is_tag_label(block.text):
            continue
        text = tag_list_text(block.text)
        if text is None:
            if classified.page.source_format == "text":
                tags.append(block.text)  # a tag on a line of its own, under a label
            continue
        if lexicon is None:
            lexicon = _page_lexicon(classified)
        tags.extend(split_tags(text, lexicon=lexicon, language=_base_language(language)))
    return tags


def _nearest_tag_list(classified: Classified) -> list[Block]:
    """The tag blocks nearest the article body, as one list: a page may also show the
    site's topic cloud or a teaser's tags, further away."""
    tag_blocks = classified.blocks_with(Role.TAGS)
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


def _base_language(language: str | None) -> str | None:
    return language.split("-")[0].split("_")[0].lower() if language else None


def _dedupe(tags: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for tag in tags:
        clean = " ".join(tag.strip().lstrip("#").split())
        if clean and len(clean) <= 80:
            seen.setdefault(clean.lower(), clean)
    return tuple(seen.values())
