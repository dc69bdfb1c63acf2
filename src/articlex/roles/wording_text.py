"""Field blocks of a text page that their own wording shows, wherever they stand.

With markup gone, the fields show by wording and place: the headline (a title-shaped
line before the body, in the body's words, often printed twice), the standfirst between
headline and body, bylines ("By …", or a name under the headline) and datelines, the
author bio after the body ("X covers …", an author box) and the tag lines (labelled, one
a line under a label, run together, or short plain lines after the body). A block taken
for a field leaves the body.

This module sets aside what a block's own wording shows ("By …", "Tags: …") before the
body run (:mod:`.body_text`) is looked for; the rules around the run are in
:mod:`.front_text` (headline, standfirst, bylines, datelines), :mod:`.bio_text` (the
author bio) and :mod:`.tags_text` (the tag lines), run in the order of :mod:`.passes`.
"""

from __future__ import annotations

from ..model import Block, Role, Verdict
from .cues import TAG_LIST_MAX_UNITS, byline_text, filing_text, inline_tag_text, tag_list_text


def own_wording_verdict(block: Block) -> Verdict | None:
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
