"""Field blocks of an HTML page, after the body is found: the headline and the
standfirst under it.

These rules read the blocks around the article rather than weigh prose: where the
headline sits, what its neighbours' markup says, which text the page's description
repeats. A block taken for a field leaves the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Block, Kind, Page, Role, Verdict

#: A body block smaller than this (units) before a heading does not mean the article
#: has begun: a stray separator ("/"), a kicker word.
BODY_START_UNITS = 2
#: Markup that names a field on the block's own element (or near it) wins over a
#: field named by a wrapper ("byline" on the whole header, "dek" on the paragraph).
OWN_FIELD_HINTS = ("dek", "byline", "bio", "date", "tags", "headline")
#: Markup of the site's own frame: a heading there is a logo or a menu's teaser.
SITE_CHROME = frozenset({"masthead", "nav"})
#: A standfirst is looked for among this many blocks after the headline.
STANDFIRST_WINDOW = 6
#: A standfirst has at least this many units (a kicker or a label has fewer) ...
STANDFIRST_MIN_UNITS = 5
#: ... and at most this many (longer text is the article's first paragraph).
STANDFIRST_MAX_UNITS = 90


def mark_fields(page: Page, verdicts: list[Verdict]) -> list[Verdict]:
    """The headline and the standfirst, marked in ``verdicts``."""
    verdicts = _mark_headline(page, verdicts)
    return _mark_standfirst(page, verdicts)


def _mark_headline(page: Page, verdicts: list[Verdict]) -> list[Verdict]:
    """The first h1 (or the heading equal to the page title) before the body.

    Headings in the site's masthead or menus, or that say the site's name, are the
    site's, not the article's. An h1 that a wrapper's markup put in the byline or the date
    (a header element whose class says "byline" or "date") is still the headline.
    """
    title = _norm(page.metadata.title or "")
    site_names = _site_names(page)
    for i, block in enumerate(page.blocks):
        if block.kind is not Kind.HEADING or block.signals.hints & SITE_CHROME:
            continue
        if _norm(block.text) in site_names:
            continue  # the site's name set as a heading: its logo
        titled = block.level == 1 or (title and _norm(block.text) and _norm(block.text) in title)
        if not titled or not _before_body(page.blocks, verdicts, i):
            continue
        role = verdicts[i].role
        wrapped = (
            role in (Role.BYLINE, Role.DATELINE)
            and block.level == 1
            and not _own_hints(page, block) & {"byline", "date"}
        )
        if role in (Role.BODY, Role.BOILERPLATE) or wrapped:
            verdicts[i] = Verdict(Role.HEADLINE, f"headline: <h{block.level}> before the body")
            break
    return verdicts


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


def _mark_standfirst(page: Page, verdicts: list[Verdict]) -> list[Verdict]:
    """The dek right under the headline: marked as one, a sub-heading, or the described text.

    The page's meta description only identifies a standfirst outside the body: inside,
    the text it repeats is the article's first paragraph.
    """
    headline = next((i for i, v in enumerate(verdicts) if v.role is Role.HEADLINE), None)
    if headline is None:
        return verdicts
    described = {_norm(d) for d in page.metadata.meta_values("description", "og:description")}
    for i in range(headline + 1, min(headline + 1 + STANDFIRST_WINDOW, len(verdicts))):
        block, verdict = page.blocks[i], verdicts[i]
        if verdict.role in (Role.BYLINE, Role.DATELINE):
            continue
        units = block.signals.units
        if STANDFIRST_MIN_UNITS <= units <= STANDFIRST_MAX_UNITS:
            # Inside the element marked as the article's text a "summary" paragraph is its
            # lede (speakable summaries): a dek there must at least be set as a heading.
            in_text = "body" in block.signals.hints
            if "dek" in block.signals.hints and (not in_text or block.kind is Kind.HEADING):
                verdicts[i] = Verdict(Role.STANDFIRST, "standfirst: dek markup under the headline")
                break
            if block.kind is Kind.HEADING and block.level >= 2:
                verdicts[i] = Verdict(Role.STANDFIRST, "standfirst: sub-heading under the headline")
                break
            if verdict.role is not Role.BODY and _norm(block.text) in described:
                verdicts[i] = Verdict(Role.STANDFIRST, "standfirst: the described summary")
                break
        if verdict.role is Role.BODY and block.kind is not Kind.HEADING:
            break
    return verdicts


_PUNCT = re.compile(r"[\W_]+")


def _norm(text: str) -> str:
    return _PUNCT.sub(" ", text.lower()).strip()
