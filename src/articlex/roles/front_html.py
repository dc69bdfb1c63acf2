"""The front matter of an HTML page, after the body is found: the headline, the byline
lines by it and the standfirst under it.

These rules read the blocks around the article rather than weigh prose: where the
headline sits, what its neighbours' markup says, which text the page's description
repeats. A block taken for a field leaves the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import looks_like_dateline
from ..model import Block, Draft, Kind, Page, Role, Verdict
from .boilerplate import boilerplate_phrase
from .cues import (
    byline_segment,
    byline_text,
)
from .markup import hints_below_common, norm, quote

#: A body block smaller than this (units) before a heading does not mean the article
#: has begun: a stray separator ("/"), a kicker word.
BODY_START_UNITS = 2
#: Markup that names a field on the block's own element (or near it) wins over a
#: field named by a wrapper ("byline" on the whole header, "dek" on the paragraph); on
#: one element, the narrower field wins ("subhead-date" is a date, not a dek).
OWN_FIELD_HINTS = ("date", "byline", "bio", "tags", "dek", "headline")
#: Markup of the site's own frame: a heading there is a logo or a menu's teaser.
SITE_CHROME = frozenset({"masthead", "nav"})
#: A standfirst is looked for among this many blocks after the headline; short
#: boilerplate between them (share counts, "Subscribe", photo credits) is not counted.
STANDFIRST_WINDOW = 6
#: A standfirst has at least this many units (a kicker or a label has fewer) ...
STANDFIRST_MIN_UNITS = 5
#: ... and at most this many (longer text is the article's first paragraph).
STANDFIRST_MAX_UNITS = 90
#: Markup hints saying a block under the headline belongs to something else: a video
#: player's title, a teaser, the author box.
STANDFIRST_BLOCKERS = frozenset(
    {
        "gallery",
        "related",
        "promo",
        "sidebar",
        "nav",
        "ad",
        "newsletter",
        "comments",
        "byline",
        "bio",
        "tags",
        "caption",
        "social",
        "share",
        "widget",
        "embed",
    }
)
#: A dek's own markup outranks these around it: header groups hold the byline, the
#: date and the share buttons together with the dek.
DEK_WRAPPERS = frozenset({"byline", "date", "social", "share"})

#: A byline line is looked for among this many blocks on either side of the headline.
BYLINE_WINDOW = 6
#: A byline line is short (units): names, a date, a job title ...
BYLINE_LINE_MAX_UNITS = 20
#: A byline's label standing alone ("Written by", "By:", "Author") has the name in one of
#: the next blocks, short: a name, maybe a title.
_BYLINE_LABEL = re.compile(
    r"^\s*(?:(?:written|posted|authored|words|story)\s+by|by|author|authors|writer)\s*:?\s*$",
    re.I)
LABELLED_NAME_WINDOW = 2
LABELLED_NAME_MAX_UNITS = 8
#: ... and does not sit in these (below the element it shares with the headline).
BYLINE_BLOCKERS = frozenset(
    {"comments", "related", "nav", "newsletter", "form", "login", "ad", "gallery", "caption"}
)


def mark_headline(page: Page, verdicts: Draft[Verdict]) -> None:
    """The first h1 (or the heading equal to the page title) before the body.

    Headings that say the site's name are its logo; a heading matched only by the title
    is not the headline when it sits in the site's masthead or menus (they repeat story
    titles). An h1 that a wrapper's markup put in the byline or the date (a header
    element whose class says "byline" or "date") is still the headline.
    """
    title = norm(page.metadata.title or "")
    site_names = _site_names(page)
    for i, block in enumerate(page.blocks):
        level = _heading_level(page, block)
        if not level or norm(block.text) in site_names:
            continue
        if level == 1:
            titled = True
        else:
            titled = bool(title and norm(block.text) and norm(block.text) in title)
            titled = titled and not block.signals.hints & SITE_CHROME
        if not titled or not _before_body(page.blocks, verdicts, i):
            continue
        role = verdicts[i].role
        wrapped = (
            role in (Role.BYLINE, Role.DATELINE)
            and level == 1
            and not _own_hints(page, block) & {"byline", "date"}
        )
        if role in (Role.BODY, Role.BOILERPLATE) or wrapped:
            verdicts[i] = Verdict(Role.HEADLINE, f"headline: <h{level}> before the body")
            break


def mark_byline_lines(page: Page, verdicts: Draft[Verdict]) -> None:
    """Short lines next to the headline that open with "By" (or a part of the line does:
    "May 1 | by Ann Poe"), or that are a date ("March 24, 2026"), wherever the markup did
    not name them a byline or a date: the article container often starts below its
    header, and class names may say nothing."""
    headline = next((i for i, v in enumerate(verdicts) if v.role is Role.HEADLINE), None)
    if headline is None:
        return
    blocks = page.blocks
    start = max(0, headline - BYLINE_WINDOW)
    for i in range(start, min(len(blocks), headline + BYLINE_WINDOW + 1)):
        block, role = blocks[i], verdicts[i].role
        if i > headline and role is Role.BODY and block.signals.units > BYLINE_LINE_MAX_UNITS:
            break  # the article has begun
        if (
            role not in (Role.BODY, Role.BOILERPLATE)
            or block.signals.units > BYLINE_LINE_MAX_UNITS
            or hints_below_common(page, blocks[headline], block) & BYLINE_BLOCKERS
        ):
            continue
        if byline_segment(block.text):
            verdicts[i] = Verdict(Role.BYLINE, f"byline by the headline: {quote(block.text)}")
        elif _is_byline_label(block.text):
            _mark_labelled_name(page, verdicts, i)
        elif looks_like_dateline(block.text):
            verdicts[i] = Verdict(Role.DATELINE, f"date by the headline: {quote(block.text)}")


def _is_byline_label(text: str) -> bool:
    """A label standing alone over the author's name: "Written by", "By:", "Author"."""
    return _BYLINE_LABEL.match(text) is not None


def _mark_labelled_name(page: Page, verdicts: Draft[Verdict], label: int) -> None:
    """The name in one of the blocks right after a byline label is the byline."""
    blocks = page.blocks
    for j in range(label + 1, min(len(blocks), label + 1 + LABELLED_NAME_WINDOW)):
        block = blocks[j]
        if verdicts[j].role not in (Role.BODY, Role.BOILERPLATE):
            continue
        if block.signals.units <= LABELLED_NAME_MAX_UNITS and \
                byline_segment("By " + block.text):
            verdicts[j] = Verdict(Role.BYLINE, f"byline under its label: {quote(block.text)}")
        return


def _heading_level(page: Page, block: Block) -> int:
    """The block's heading level, also for text set in an element inside the heading
    (``<h1><div>Title</div></h1>``); 0 for other blocks."""
    if block.kind is Kind.HEADING:
        return block.level
    if block.kind is not Kind.PARAGRAPH:
        return 0
    for ident in block.signals.container[-2:]:
        tag = page.containers[ident].tag
        if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
            return int(tag[1])
    return 0


def _site_names(page: Page) -> set[str]:
    """The site's name as the page declares it (OpenGraph, application name, publisher)."""
    metadata = page.metadata
    names = {norm(n) for n in metadata.meta_values("og:site_name", "application-name")}
    for obj in metadata.jsonld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.add(norm(publisher["name"]))
    names.discard("")
    return names


def _before_body(blocks: Sequence[Block], verdicts: Sequence[Verdict], index: int) -> bool:
    return not any(
        v.role is Role.BODY and b.signals.units >= BODY_START_UNITS
        for b, v in zip(blocks[:index], verdicts[:index])
    )


def _own_hints(page: Page, block: Block) -> frozenset[str]:
    """Hints of the block's own element."""
    chain = block.signals.container
    return page.containers[chain[-1]].hints if chain else frozenset()


def _own_field_hint(page: Page, block: Block) -> str | None:
    """The field named by the nearest element of the block's chain that names one."""
    for ident in reversed(block.signals.container):
        hints = page.containers[ident].hints
        for hint in OWN_FIELD_HINTS:
            if hint in hints:
                return hint
    return None


def mark_standfirst(page: Page, verdicts: Draft[Verdict]) -> None:
    """The dek right under the headline: marked as one, a sub-heading, or the described
    text set apart from the body.

    The page's meta description identifies a standfirst only outside the body text: a
    paragraph of the body that the description repeats is the article's first paragraph.
    """
    headline = next((i for i, v in enumerate(verdicts) if v.role is Role.HEADLINE), None)
    if headline is None:
        return
    blocks = page.blocks
    described = {norm(d) for d in page.metadata.meta_values("description", "og:description")}
    repeated = {norm(blocks[headline].text), norm(page.metadata.title or "")}
    counted = 0
    for i in range(headline + 1, len(blocks)):
        block, verdict = blocks[i], verdicts[i]
        if _is_small_boilerplate(block, verdict):
            continue
        counted += 1
        if counted > STANDFIRST_WINDOW:
            break
        reason = None
        if _may_be_standfirst(block, repeated):
            reason = _standfirst_reason(page, verdicts, blocks[headline], i, described)
        if reason:
            verdicts[i] = Verdict(Role.STANDFIRST, f"standfirst: {reason}")
            break
        if verdict.role is Role.BODY and block.kind is not Kind.HEADING:
            break


def _is_small_boilerplate(block: Block, verdict: Verdict) -> bool:
    """Boilerplate shorter than a standfirst: passed over under the headline."""
    return verdict.role is Role.BOILERPLATE and block.signals.units < STANDFIRST_MIN_UNITS


def _may_be_standfirst(block: Block, repeated: set[str]) -> bool:
    """Of a standfirst's size, not the headline or the page's title again, and no
    byline."""
    return STANDFIRST_MIN_UNITS <= block.signals.units <= STANDFIRST_MAX_UNITS \
        and norm(block.text) not in repeated and byline_text(block.text) is None


def _standfirst_reason(
    page: Page, verdicts: Sequence[Verdict], headline: Block, i: int, described: set[str]
) -> str | None:
    block, role = page.blocks[i], verdicts[i].role
    own = _own_field_hint(page, block)
    near = hints_below_common(page, headline, block)
    if own == "dek":
        near = near - DEK_WRAPPERS
    elif role in (Role.BYLINE, Role.DATELINE, Role.BIO, Role.TAGS):
        return None
    if near & STANDFIRST_BLOCKERS or boilerplate_phrase(block.text):
        return None
    # Inside the element marked as the article's text a "summary" paragraph is its lede
    # (speakable summaries): a dek there must at least be set as a heading.
    in_text = "body" in block.signals.hints
    if own == "dek" and (not in_text or block.kind is Kind.HEADING):
        return "dek markup under the headline"
    if block.kind is Kind.HEADING and block.level >= 2:
        return "sub-heading under the headline"
    if norm(block.text) in described and (role is not Role.BODY or _set_apart(page, verdicts, i)):
        return "the described summary"
    return None


def _set_apart(page: Page, verdicts: Sequence[Verdict], index: int) -> bool:
    """True when the block sits in another element than the body text after it (a
    summary box in the header), not among the article's paragraphs."""
    block = page.blocks[index]
    for other, verdict in zip(page.blocks[index + 1 :], verdicts[index + 1 :]):
        if verdict.role is Role.BODY and other.kind is not Kind.HEADING:
            holds = bool(block.signals.container) and block.signals.container[-1] in set(
                other.signals.container
            )
            return not holds and _parent(other) != _parent(block)
    return False


def _parent(block: Block) -> int | None:
    chain = block.signals.container
    return chain[-2] if len(chain) >= 2 else None


