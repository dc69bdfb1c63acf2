"""Field blocks of a text page, around the body run that :mod:`.text_rules` finds.

With markup gone, the fields show by wording and place: the headline (a title-shaped
line before the body, in the body's words, often printed twice), the standfirst between
headline and body, bylines ("By …", or a name under the headline) and datelines, the
author bio after the body ("X covers …", an author box) and the tag lines (labelled, one
a line under a label, run together, or short plain lines after the body). A block taken
for a field leaves the body.

This module sets aside what a block's own wording shows before the body run is looked
for, then calls the rules around the run in turn: :mod:`.text_front` (headline,
standfirst, bylines, datelines), :mod:`.text_bio` (the author bio) and
:mod:`.text_tags` (the tag lines).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..cues import TAG_LIST_MAX_UNITS, byline_text, filing_text, inline_tag_text, tag_list_text
from ..model import Block, Draft, Role, Verdict, run_pass
from .text_bio import mark_author_bio, mark_author_box, mark_back, mark_run_end_bio
from .text_front import drop_far_bylines, mark_dek_in_run, mark_front
from .text_tags import mark_tag_lines, mark_tags


def mark_cues(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None]
) -> tuple[Verdict | None, ...]:
    """Before the body is looked for: the fields a block's own wording shows ("By …",
    "Tags: …") and the tags one a line under a tag label. These blocks cost the body run."""

    def own_wording(draft: Draft) -> None:
        for i, block in enumerate(blocks):
            verdict = _field_cue(block)
            if verdict is not None:
                draft[i] = verdict

    verdicts, _ = run_pass("fields: the block's own wording", verdicts, own_wording)
    verdicts, _ = run_pass("tags: lines under a tag label", verdicts,
                           lambda draft: mark_tag_lines(blocks, draft))
    return verdicts


def mark_fields(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], start: int, end: int,
    prose: Sequence[bool],
) -> tuple[Verdict | None, ...]:
    """Around the body run [start, end), in passes: headline, standfirst, byline and
    dateline before it, the bio at its end or after it, the tag list after it. ``prose``
    tells which blocks the body rules count as prose."""
    verdicts, headline = run_pass("front matter: headline, dateline, byline, standfirst",
                                  verdicts, lambda draft: mark_front(blocks, draft, start))
    passes: list[tuple[str, Callable[[Draft], object]]] = []
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


def _field_cue(block: Block) -> Verdict | None:
    """Roles that a block's own wording shows, wherever it stands."""
    text = block.text
    if tag_list_text(text) is not None and block.signals.units <= TAG_LIST_MAX_UNITS:
        return Verdict(Role.TAGS, "tag list: labelled line")
    if filing_text(text) is not None:
        return Verdict(Role.TAGS, "tag list: a post's filing line ('Posted in …')")
    if byline_text(text) is not None and block.signals.units <= 20:
        return Verdict(Role.BYLINE, "byline: 'By …' line")
    if inline_tag_text(text) is not None and block.signals.units <= TAG_LIST_MAX_UNITS:
        return Verdict(Role.TAGS, "tag list: a tag label inside a line of post details")
    return None
