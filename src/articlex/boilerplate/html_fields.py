"""Field blocks of an HTML page, after the body is found: the headline, the standfirst
under it, the tag lists the page labels as such, and the author's bio.

These rules read the blocks around the article rather than weigh prose: where the
headline sits, what its neighbours' markup says, which text the page's description
repeats. A block taken for a field leaves the body.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..cues import (
    NAME_PATTERN,
    about_heading_subject,
    bio_subject,
    byline_segment,
    byline_text,
    is_tag_label,
    tag_list_text,
)
from ..model import Block, Draft, Kind, Page, Role, Verdict, run_pass
from .phrases import boilerplate_phrase

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

#: A byline line is looked for among this many blocks on either side of the headline.
BYLINE_WINDOW = 6
#: A byline line is short (units): names, a date, a job title ...
BYLINE_LINE_MAX_UNITS = 20
#: ... and does not sit in these (below the element it shares with the headline).
BYLINE_BLOCKERS = frozenset(
    {"comments", "related", "nav", "newsletter", "form", "login", "ad", "gallery", "caption"}
)

#: A block of an author box longer than this (units) is the bio, not the byline.
AUTHOR_BOX_BYLINE_UNITS = 15
#: A closing note about the author is at most this long (units).
CLOSING_BIO_MAX_UNITS = 60
#: Under an "About the author" heading, the bio is at most this many blocks ...
ABOUT_BIO_BLOCKS = 2
#: ... each at least this long (units): shorter text is the box's links or a name.
ABOUT_BIO_MIN_UNITS = 8
#: A closing note on the author with no job word: the byline's author named in full as
#: the subject of its first sentence ("Ann Poe is the site's deal finder …"), or a
#: column's tagline naming its writer ("Town Talk is written by Ann Poe …").
_CLOSING_NOTE = re.compile(
    r"(?P<subject>" + NAME_PATTERN + r")\s+(?:is|was|has|covers|writes|reports|joined)\b"
    r"|\bwritten by\s+(?P<writer>" + NAME_PATTERN + r")"
)
#: Meta names that declare the author, for matching a closing note to the byline.
AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "sailthru.author")


def mark_fields(page: Page, verdicts: Sequence[Verdict | None]) -> tuple[Verdict | None, ...]:
    """The passes that find the fields around the body, in order: the headline, byline
    lines by it, the standfirst under it, labelled tag lists, then the author's bio
    (the longer text of an author box, the text under "About the author", a closing
    note on the author)."""
    passes = (
        ("headline", _mark_headline),
        ("byline: lines by the headline", _mark_byline_lines),
        ("standfirst", _mark_standfirst),
        ("tags: labelled lists", _mark_tag_lists),
        ("bio: author box text", _mark_author_box_text),
        ("bio: under an about-the-author heading", _mark_about_author),
        ("bio: closing note on the author", _mark_closing_note),
    )
    for name, mark in passes:
        verdicts, _ = run_pass(name, verdicts, functools.partial(mark, page))
    return tuple(verdicts)


def _mark_headline(page: Page, verdicts: Draft) -> None:
    """The first h1 (or the heading equal to the page title) before the body.

    Headings that say the site's name are its logo; a heading matched only by the title
    is not the headline when it sits in the site's masthead or menus (they repeat story
    titles). An h1 that a wrapper's markup put in the byline or the date (a header
    element whose class says "byline" or "date") is still the headline.
    """
    title = _norm(page.metadata.title or "")
    site_names = _site_names(page)
    for i, block in enumerate(page.blocks):
        level = _heading_level(page, block)
        if not level or _norm(block.text) in site_names:
            continue
        if level == 1:
            titled = True
        else:
            titled = bool(title and _norm(block.text) and _norm(block.text) in title)
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


def _mark_byline_lines(page: Page, verdicts: Draft) -> None:
    """Short lines next to the headline that open with "By" (or a part of the line does:
    "May 1 | by Ann Poe"), wherever the markup did not name them a byline: the article
    container often starts below its header, and class names may say nothing."""
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
            role in (Role.BODY, Role.BOILERPLATE)
            and block.signals.units <= BYLINE_LINE_MAX_UNITS
            and byline_segment(block.text)
            and not _hints_below_common(page, blocks[headline], block) & BYLINE_BLOCKERS
        ):
            verdicts[i] = Verdict(Role.BYLINE, f"byline by the headline: {quote(block.text)}")


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
    names = {_norm(n) for n in metadata.meta_values("og:site_name", "application-name")}
    for obj in metadata.jsonld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.add(_norm(publisher["name"]))
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


def _mark_standfirst(page: Page, verdicts: Draft) -> None:
    """The dek right under the headline: marked as one, a sub-heading, or the described
    text set apart from the body.

    The page's meta description identifies a standfirst only outside the body text: a
    paragraph of the body that the description repeats is the article's first paragraph.
    """
    headline = next((i for i, v in enumerate(verdicts) if v.role is Role.HEADLINE), None)
    if headline is None:
        return
    blocks = page.blocks
    described = {_norm(d) for d in page.metadata.meta_values("description", "og:description")}
    repeated = {_norm(blocks[headline].text), _norm(page.metadata.title or "")}
    counted = 0
    for i in range(headline + 1, len(blocks)):
        block, verdict = blocks[i], verdicts[i]
        units = block.signals.units
        if verdict.role is Role.BOILERPLATE and units < STANDFIRST_MIN_UNITS:
            continue
        counted += 1
        if counted > STANDFIRST_WINDOW:
            break
        reason = None
        if (
            STANDFIRST_MIN_UNITS <= units <= STANDFIRST_MAX_UNITS
            and _norm(block.text) not in repeated
            and byline_text(block.text) is None
        ):
            reason = _standfirst_reason(page, verdicts, blocks[headline], i, described)
        if reason:
            verdicts[i] = Verdict(Role.STANDFIRST, f"standfirst: {reason}")
            break
        if verdict.role is Role.BODY and block.kind is not Kind.HEADING:
            break


def _standfirst_reason(
    page: Page, verdicts: Sequence[Verdict], headline: Block, i: int, described: set[str]
) -> str | None:
    block, role = page.blocks[i], verdicts[i].role
    own = _own_field_hint(page, block)
    near = _hints_below_common(page, headline, block)
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
    if _norm(block.text) in described and (role is not Role.BODY or _set_apart(page, verdicts, i)):
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


def _hints_below_common(page: Page, anchor: Block, block: Block) -> frozenset[str]:
    """Hints of the block's containers below the nearest element it shares with
    ``anchor``: what the markup says about where the block sits relative to it."""
    chain = block.signals.container
    start = below_shared(chain, set(anchor.signals.container))
    return frozenset().union(*(page.containers[c].hints for c in chain[start:]))


def below_shared(chain: Sequence[int], shared: set[int]) -> int:
    """Where the block's own part of its ``chain`` starts: just below the deepest
    element of it that is in ``shared``."""
    start = 0
    for depth, ident in enumerate(chain):
        if ident in shared:
            start = depth + 1
    return start


# -- tags -----------------------------------------------------------------------------
def _mark_tag_lists(page: Page, verdicts: Draft) -> None:
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


# -- author bio ------------------------------------------------------------------------
def _mark_author_box_text(page: Page, verdicts: Draft) -> None:
    """The longer text of an author box that the byline rules left as the byline."""
    for i, block in enumerate(page.blocks):
        if (
            verdicts[i].role is Role.BYLINE
            and block.signals.units > AUTHOR_BOX_BYLINE_UNITS
            and "bio" in block.signals.hints
        ):
            verdicts[i] = Verdict(Role.BIO, f"author box text: {quote(block.text)}")


def _mark_closing_note(page: Page, verdicts: Draft) -> None:
    """The body's last paragraph when it is a note "Name is the editor of …" about the
    person in the byline."""
    body = [i for i, v in enumerate(verdicts) if v.role is Role.BODY]
    if body:
        last = page.blocks[body[-1]]
        if last.kind is Kind.PARAGRAPH and last.signals.units <= CLOSING_BIO_MAX_UNITS:
            subject = _closing_note_subject(page, verdicts, " ".join(last.text.split()))
            if subject:
                verdicts[last.index] = Verdict(Role.BIO, f"closing note on the author {subject!r}")


def _closing_note_subject(page: Page, verdicts: Sequence[Verdict], text: str) -> str | None:
    """Whom a closing paragraph is a note on: a bio sentence about the byline's author
    ("Name covers … for …"), or a first sentence that names the author in full as its
    subject or as the column's writer."""
    subject = bio_subject(text)
    if subject:
        return subject if _names_the_author(page, verdicts, subject) else None
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    for match in _CLOSING_NOTE.finditer(first):
        name = match.group("subject") or match.group("writer")
        if " " in name and _names_the_author(page, verdicts, name, full=True):
            return name
    return None


def _mark_about_author(page: Page, verdicts: Draft) -> None:
    """The text under a heading "About the author" or "About <the byline's author>",
    wherever the box sits (often beside the article, in a sidebar)."""
    blocks = page.blocks
    for i, block in enumerate(blocks):
        if block.kind is not Kind.HEADING or "comments" in block.signals.hints:
            continue
        subject = about_heading_subject(block.text)
        if subject is None or (subject and not _names_the_author(page, verdicts, subject)):
            continue
        for j in range(i + 1, min(len(blocks), i + 1 + ABOUT_BIO_BLOCKS)):
            after = blocks[j]
            if after.kind is Kind.HEADING or after.signals.units < ABOUT_BIO_MIN_UNITS:
                break
            if verdicts[j].role in (Role.BODY, Role.BOILERPLATE, Role.BYLINE):
                verdicts[j] = Verdict(Role.BIO, f"under the heading {quote(block.text)}")


def _names_the_author(
    page: Page, verdicts: Sequence[Verdict], name: str, *, full: bool = False
) -> bool:
    """True when the bylines or the declared author mention the name's last word (every
    word of it when ``full``)."""
    words = _norm(name).split() if full else [name.split()[-1].lower()]
    bylines = [b.text for b, v in zip(page.blocks, verdicts) if v.role is Role.BYLINE]
    declared = page.metadata.meta_values(*AUTHOR_META)
    for obj in page.metadata.jsonld:
        author = obj.get("author")
        for person in author if isinstance(author, list) else [author]:
            if isinstance(person, dict) and isinstance(person.get("name"), str):
                declared.append(person["name"])
    return any(set(words) <= set(_norm(text).split()) for text in [*bylines, *declared])


_PUNCT = re.compile(r"[\W_]+")


def _norm(text: str) -> str:
    return _PUNCT.sub(" ", text.lower()).strip()


def quote(text: str, limit: int = 40) -> str:
    """The text for a verdict's reason: spaces collapsed, cut at ``limit`` characters."""
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
