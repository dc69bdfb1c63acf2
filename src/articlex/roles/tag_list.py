"""The value of the tag role: the tags of the tag list nearest the article body.

A page may show several tag lists (the article's, the site's topic cloud, a teaser's
tags); the blocks of the one nearest the body carry their tags as their value, and
the others none. A block's tags are its links, or the tags its text holds (after a
label, or run together on a text page), split where they run together.
"""

from __future__ import annotations

import re

from ..model import Block, Classified, Role, SourceFormat
from .cues import (
    GLUED_WORDS,
    LIST_SEPARATORS,
    TAG_LINE_MAX_UNITS,
    filing_text,
    inline_tag_text,
    is_tag_label,
    tag_list_text,
)
from .tagsplit import split_spaced_tags, split_tags

_WORD = re.compile(r"\w+")
#: Tag blocks at most this many blocks apart make one list ("Tags:" label, then links).
TAG_CLUSTER_GAP = 3
#: Punctuation around a tag as the page prints it ("MacBook Pro," in a comma-run list).
TAG_TRIM = " \t\n,;·•|#"


def tag_values(classified: Classified, language: str | None) -> dict[int, tuple[str, ...]]:
    """The tags each block of the article's tag list shows, by block index (a label
    alone shows none); ``language`` picks the word list that splits glued tags."""
    values: dict[int, tuple[str, ...]] = {}
    lexicon: set[str] | None = None  # the page's words, gathered only when needed
    tag_blocks = _nearest_tag_list(classified)
    for block in tag_blocks:
        links = [_without_label(t) for t in block.signals.link_texts if t.strip()]
        if links:
            values[block.index] = tuple(links)
            continue
        values[block.index] = ()
        if is_tag_label(block.text):
            continue
        text = _labelled_text(classified, block)
        if text is None:
            if classified.page.source_format is not SourceFormat.TEXT:
                continue
            if _is_one_tag(block) and len(tag_blocks) > 1:
                values[block.index] = (block.text,)  # a tag on a line of its own
                continue
            # Tag links run together, with no label (one block alone: the rules that
            # find tags one a line find several).
            text = block.text
        if lexicon is None:
            lexicon = _page_lexicon(classified)
        values[block.index] = tuple(_split_pieces(classified, text, lexicon, language))
    return values


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
    base = _base_language(language)
    pieces = split_tags(text, lexicon=lexicon, language=base)
    pieces = pieces[1:] if pieces and is_tag_label(pieces[0]) else pieces
    if len(pieces) == 1 and classified.page.source_format is SourceFormat.TEXT:
        pieces = split_spaced_tags(pieces[0], _page_text(classified), base)  # "Tags Ann Poe"
    return pieces


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
    """The tag blocks nearest the article body, as one list. Blocks in tag markup that
    hold no tag (an ad slot whose class says "tag") do not count, nor, on an HTML page,
    one link over the headline (the story's section, set as a kicker)."""
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
    return len(links) == 1 and tag_key(links[0]) == tag_key(cluster[0].text)


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


def tag_key(text: str) -> str:
    """A tag as compared with others: without the punctuation around it, in small
    letters, its spaces made one."""
    return " ".join(text.strip(TAG_TRIM).lower().split())
