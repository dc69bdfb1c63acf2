"""The order of the passes that give every block its role, for HTML and for text pages:
written here once. Each pass is a function of a role's module that decides on a draft
of the verdicts (:func:`articlex.model.run_pass`); it returns new verdicts, and every
verdict it sets keeps the history of the passes before it.

HTML pages (:func:`structural_html`): the article container and the judgement of each
block (:mod:`.body_html`), teasers, the headline, the byline lines by it, the standfirst
(:mod:`.front_html`), labelled tag lists (:mod:`.tags_html`), the author's bio
(:mod:`.bio_html`), then what ends the article (:mod:`.boilerplate`); after them the
learned pass (:func:`apply_model`).

Text pages (:func:`classify_text`): the fields a block's own wording shows
(:mod:`.wording_text`) and tags under a label (:mod:`.tags_text`), the body run
(:mod:`.body_text`), the front matter (:mod:`.front_text`), the bio (:mod:`.bio_text`),
the tags around the body, and boilerplate for what is left.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from ..model import (
    Block,
    Classified,
    Draft,
    Page,
    Role,
    SourceFormat,
    Verdict,
    first_verdicts,
    run_pass,
)
from ..options import Options
from .bio_html import mark_about_author, mark_author_box_text, mark_closing_note
from .bio_text import mark_author_bio, mark_author_box, mark_back, mark_run_end_bio
from .body_html import (
    CLUTTER_CAP,
    Weights,
    best_container,
    body_units,
    card_blocks,
    judge,
    teaser_runs,
    weigh,
)
from .body_text import body_run, is_prose, mark_body
from .boilerplate import cut_after_related_heading
from .front_html import mark_byline_lines, mark_headline, mark_standfirst
from .front_text import drop_far_bylines, mark_dek_in_run, mark_front
from .learned import LinearModel, mark_learned_body, packaged_model
from .page_type import type_scores
from .tags_html import mark_tag_lists
from .tags_text import mark_tag_lines, mark_tags
from .wording_text import own_wording_verdict


def classify(page: Page, options: Options) -> Classified:
    """Give every block of the page a role and a reason (its text is already repaired:
    :mod:`articlex.segment.repair`), in this order: the structural passes
    (:func:`classify_structural`), what the page is by their verdicts
    (:mod:`.page_type`), then the learned model of the page's format (HTML or text)
    decides body or boilerplate for the blocks they left as either (:mod:`.learned`),
    knowing the type."""
    structural = classify_structural(page, options)
    scores = type_scores(structural)
    verdicts = structural.verdicts
    model = packaged_model(page.source_format.value)
    if model is not None:
        verdicts = apply_model(page, verdicts, model, scores)
    return Classified(page, verdicts, type_scores=scores)


def classify_structural(page: Page, options: Options) -> Classified:
    """The roles the structural passes give (:func:`structural_html`,
    :func:`classify_text`), before the learned pass: what the page-type model reads."""
    if page.source_format is SourceFormat.HTML:
        return Classified(page, structural_html(page))
    return classify_text(page, options)


#: A body shorter than this (units) sends the page through a relaxed second pass.
MIN_BODY_UNITS = 60


def apply_model(
    page: Page, verdicts: tuple[Verdict, ...], model: LinearModel,
    scores: dict[str, float] | None, features: Sequence[dict[str, float]] | None = None,
) -> tuple[Verdict, ...]:
    """The learned pass over the structural verdicts of a page, given the page type's
    ``scores`` (the blocks' ``features`` are computed from both unless given). It
    refines a body the structural passes found; where they found none (a bot check, an
    error page), it does not make one: every page it was fitted on has an article."""
    if not any(v.role is Role.BODY for v in verdicts):
        return verdicts
    verdicts, _ = run_pass(
        "body: learned block score", verdicts,
        lambda draft: mark_learned_body(page, draft, model, scores, features))
    return verdicts


def structural_html(page: Page) -> tuple[Verdict, ...]:
    """The structural passes over an HTML page.

    A first pass counts only prose as evidence of the article. When it finds less than
    ``MIN_BODY_UNITS``, a second pass also counts plain lines of text (an article that
    is a calendar or a list of results has no prose) and is kept if it finds more.
    """
    verdicts = _classify_pass(page, relaxed=False)
    if body_units(page, verdicts) < MIN_BODY_UNITS:
        retry = _classify_pass(page, relaxed=True)
        if body_units(page, retry) > body_units(page, verdicts):
            verdicts = retry
    return verdicts


def _classify_pass(page: Page, *, relaxed: bool) -> tuple[Verdict, ...]:
    """The passes over an HTML page, in order: the article container and the judgement
    of each block, teasers, the fields around the body, then what ends the article."""
    teasers = teaser_runs(page.blocks) | card_blocks(page)
    weights = [
        Weights(0.0, CLUTTER_CAP) if block.index in teasers else weigh(block, relaxed)
        for block in page.blocks
    ]
    root = best_container(page, weights)
    where = page.containers[root].label if root is not None else "none found"
    outside = Verdict(Role.BOILERPLATE, f"outside the article container ({where})")

    def drop_teasers(draft: Draft[Verdict]) -> None:
        for i in sorted(teasers):
            if draft[i].role is Role.BODY:
                draft[i] = Verdict(Role.BOILERPLATE, "teaser: in a list of titled links or cards")

    container = "body: article container (relaxed)" if relaxed else "body: article container"
    verdicts = first_verdicts(container, (judge(page, b, root, outside) for b in page.blocks))
    verdicts, _ = run_pass("boilerplate: teasers", verdicts, drop_teasers)
    verdicts = mark_html_fields(page, verdicts)
    verdicts, _ = run_pass("boilerplate: after a related heading", verdicts,
                           lambda draft: cut_after_related_heading(page, draft))
    return verdicts


def mark_html_fields(page: Page, verdicts: tuple[Verdict, ...]) -> tuple[Verdict, ...]:
    """The passes that find the fields around the body, in order: the headline, byline
    lines by it, the standfirst under it, labelled tag lists, then the author's bio
    (the longer text of an author box, the text under "About the author", a closing
    note on the author)."""
    passes = (
        ("headline", mark_headline),
        ("byline: lines by the headline", mark_byline_lines),
        ("standfirst", mark_standfirst),
        ("tags: labelled lists", mark_tag_lists),
        ("bio: author box text", mark_author_box_text),
        ("bio: under an about-the-author heading", mark_about_author),
        ("bio: closing note on the author", mark_closing_note),
    )
    for name, mark in passes:
        verdicts, _ = run_pass(name, verdicts, functools.partial(mark, page))
    return verdicts


def classify_text(page: Page, options: Options) -> Classified:
    """Give every block of a text page a role and a reason, in passes: the fields the
    blocks' own wording shows, the body run, the fields around it,
    and boilerplate for every block still undecided."""
    blocks = page.blocks
    verdicts: tuple[Verdict | None, ...] = (None,) * len(blocks)
    verdicts = mark_text_cues(blocks, verdicts)
    prose = [is_prose(b) for b in blocks]
    start, end = body_run(blocks, verdicts, prose)
    if start < end:
        verdicts, _ = run_pass("body: the article's run of text", verdicts,
                               lambda draft: mark_body(blocks, draft, start, end))
        verdicts = mark_text_fields(blocks, verdicts, start, end, prose)

    def outside(draft: Draft[Verdict | None]) -> None:
        for i, verdict in enumerate(verdicts):
            if verdict is None:
                draft[i] = Verdict(Role.BOILERPLATE, "outside the article text")

    final, _ = run_pass("boilerplate: outside the article text", verdicts, outside)
    return Classified(page, tuple(v for v in final if v is not None))


def mark_text_cues(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None]
) -> tuple[Verdict | None, ...]:
    """Before the body is looked for: the fields a block's own wording shows ("By …",
    "Tags: …") and the tags one a line under a tag label. These blocks cost the body run."""

    def own_wording(draft: Draft[Verdict | None]) -> None:
        for i, block in enumerate(blocks):
            verdict = own_wording_verdict(block)
            if verdict is not None:
                draft[i] = verdict

    verdicts, _ = run_pass("fields: the block's own wording", verdicts, own_wording)
    verdicts, _ = run_pass("tags: lines under a tag label", verdicts,
                           lambda draft: mark_tag_lines(blocks, draft))
    return verdicts


def mark_text_fields(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], start: int, end: int,
    prose: Sequence[bool],
) -> tuple[Verdict | None, ...]:
    """Around the body run [start, end), in passes: headline, standfirst, byline and
    dateline before it, the bio at its end or after it, the tag list after it. ``prose``
    tells which blocks the body rules count as prose."""
    verdicts, headline = run_pass("front matter: headline, dateline, byline, standfirst",
                                  verdicts, lambda draft: mark_front(blocks, draft, start))
    passes: list[tuple[str, Callable[[Draft[Verdict | None]], object]]] = []
    if headline is not None:
        passes.append(("standfirst: the body run's first block",
                       lambda draft: mark_dek_in_run(blocks, draft, headline, start, end)))
    passes += [
        ("bio: the body run's end", lambda draft: mark_run_end_bio(blocks, draft, start, end)),
        ("bio: about the byline's author",
         lambda draft: mark_author_bio(blocks, draft, start, end)),
        ("bio: after the body", lambda draft: mark_back(blocks, draft, end, prose)),
        ("bio: author box", lambda draft: mark_author_box(blocks, draft, start, end)),
        ("tags: around the body", lambda draft: mark_tags(blocks, draft, start, end)),
    ]
    if headline is not None:
        passes.append(("byline: away from the headline",
                       lambda draft: drop_far_bylines(draft, headline, start, end)))
    for name, mark in passes:
        verdicts, _ = run_pass(name, verdicts, mark)
    return verdicts
