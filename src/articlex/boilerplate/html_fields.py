"""Field blocks of an HTML page, after the body is found: the headline and the
standfirst under it.

These rules read the blocks around the article rather than weigh prose: where the
headline sits, what its neighbours' markup says, which text the page's description
repeats. A block taken for a field leaves the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Kind, Page, Role, Verdict

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
    """The first h1 (or the heading equal to the page title) is the headline, not body."""
    title = _norm(page.metadata.title or "")
    for i, block in enumerate(page.blocks):
        if block.kind is not Kind.HEADING:
            continue
        titled = block.level == 1 or (title and _norm(block.text) and _norm(block.text) in title)
        if (
            titled
            and verdicts[i].role in (Role.BODY, Role.BOILERPLATE)
            and _before_body(verdicts, i)
        ):
            verdicts[i] = Verdict(Role.HEADLINE, f"headline: <h{block.level}> before the body")
            break
    return verdicts


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


def _before_body(verdicts: Sequence[Verdict], index: int) -> bool:
    return not any(v.role is Role.BODY for v in verdicts[:index])


_PUNCT = re.compile(r"[\W_]+")


def _norm(text: str) -> str:
    return _PUNCT.sub(" ", text.lower()).strip()
