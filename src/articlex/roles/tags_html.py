"""Tag lists of an HTML page that its markup does not name: the lists it labels as
tags ("Tags: a, b", "Related Topics" over a list of links), kept out of the body.
(Tag lists the markup names are found with the body, :mod:`.body_html`.)"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Block, Draft, Page, Role, Verdict
from .boilerplate import boilerplate_phrase
from .cues import is_tag_label, tag_list_text
from .markup import quote

#: A tag list is at most this long (units): longer text under a "Topics" label is prose.
TAG_LIST_MAX_UNITS = 80


#: Labelled tag lists are read only outside these (a site menu's "Topics", a comment's tags).
TAG_LIST_BLOCKERS = frozenset(
    {"nav", "footer", "comments", "breadcrumb", "masthead", "newsletter", "form", "login"}
)


#: One item of a tag list set one a line under its label: a short link.
TAG_ITEM_MAX_UNITS = 8


#: Share of an item's words that are linked for it to be a tag link.
TAG_LINK_SHARE = 0.8


#: The linked words of a labelled line ("Tags: a, b, c") are at least this share of it
#: after the label: a sentence that starts with "Topics" has few links.
TAG_LINE_LINK_SHARE = 0.5


def mark_tag_lists(page: Page, verdicts: Draft[Verdict]) -> None:
    """Lists the page labels as tags ("Tags: a, b", "Related Topics" over a list of
    links), wherever the markup did not name them: kept out of the body, read as tags."""
    blocks = page.blocks
    i = 0
    while i < len(blocks):
        block, role = blocks[i], verdicts[i].role
        if role not in (Role.BODY, Role.BOILERPLATE) or block.signals.units > TAG_LIST_MAX_UNITS:
            i += 1
            continue
        labelled = _is_labelled_tag_line(block)
        if (not labelled and not is_tag_label(block.text)) or _tag_list_blockers(page, block):
            i += 1
            continue
        if labelled:
            verdicts[i] = Verdict(Role.TAGS, f"tag list: {quote(block.text)}")
        else:
            items = _tag_items_after(page, i)
            if items:
                label = quote(block.text)
                for j in [i, *items]:
                    verdicts[j] = Verdict(Role.TAGS, f"tag list under the label {label}")
                i = items[-1]
        i += 1


def _is_labelled_tag_line(block: Block) -> bool:
    rest = tag_list_text(block.text)
    if rest is None:
        return False
    linked = sum(len(t.split()) for t in block.signals.link_texts)
    if not linked and block.signals.link_density >= TAG_LINK_SHARE:
        linked = len(rest.split())  # the line is one link, label and all ("Filed to: Apple")
    return bool(linked) and linked >= TAG_LINE_LINK_SHARE * len(rest.split())


def without_article_footer(page: Page, chain: Sequence[int]) -> frozenset[str]:
    """The hints of the elements of ``chain``, but "footer" from a footer inside an
    <article> element: that is the article's own footer, where its tags sit (a footer
    belongs to its nearest sectioning element), not the site's."""
    hints: set[str] = set()
    in_article = False
    for ident in chain:
        container = page.containers[ident]
        hints |= container.hints - {"footer"} if in_article else container.hints
        in_article = in_article or container.tag == "article"
    return frozenset(hints)


def _tag_list_blockers(page: Page, block: Block) -> frozenset[str]:
    """The markup around the block that keeps a tag list out (a site menu's "Topics"),
    but for the article's own footer."""
    if not block.signals.hints & TAG_LIST_BLOCKERS:
        return frozenset()
    return without_article_footer(page, block.signals.container) & TAG_LIST_BLOCKERS


def _tag_items_after(page: Page, label: int) -> list[int]:
    """The short links right after a label, one a block (list items, pills); separators
    between them ("," or "|" set apart) belong to the list. An index of single letters
    (A, B, C …) is a directory, not tags."""
    blocks = page.blocks
    items = []
    for block in blocks[label + 1 :]:
        signals = block.signals
        if not signals.units:
            items.append(block.index)  # a separator
            continue
        if (
            not signals.link_texts
            or signals.units > TAG_ITEM_MAX_UNITS
            or signals.link_density < TAG_LINK_SHARE
            or _tag_list_blockers(page, block)
            or boilerplate_phrase(block.text)
        ):
            break
        items.append(block.index)
    while items and not blocks[items[-1]].signals.units:
        items.pop()
    if all(len(blocks[i].text.strip()) <= 1 for i in items):
        return []
    return items
