"""Boilerplate removal for text pages, where markup is gone and only wording and shape remain.

1. Blocks whose own wording makes them a field ("By …", "Tags: …") are set aside
   (:mod:`.wording_text`).
2. Each block gets a gain: prose (long, sentence-shaped) is worth its size; short lines,
   call-to-action wording and link-list shapes cost. The body is the run of blocks with
   the largest total gain (a maximum-sum segment), so an article survives a stray
   "Advertisement" line inside it but not a newsletter block after it.
3. Inside the run, lines that are boilerplate by wording are dropped one by one.
4. Around the run, the fields (:mod:`.front_text`, :mod:`.bio_text` and
   :mod:`.tags_text`, in the order of :mod:`.passes`): headline, standfirst, bylines
   and datelines, the author bio and the tag lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import looks_like_dateline
from ..model import Block, Draft, Kind, Role, Verdict
from ..textshape import ends_like_sentence, is_sentence_like
from .boilerplate import SHARE_CATEGORIES, boilerplate_phrase
from .cues import bio_subject

#: Blocks at least this long and shaped like a sentence are prose.
PROSE_MIN_UNITS = 10
#: A line ending with a colon is prose (leading into a list or a quote) from this size.
LEAD_IN_MIN_UNITS = 20
# A reference in square brackets after a sentence ("… takwa.” [Al Maa-idah 8]", "[3]").
# Not one in parentheses: "… (Image credit: NASA)" ends a photo caption.
_CITATION = re.compile(r"(?<=[.!?…”\"'])\s*\[[^\[\]]{1,40}\]$")
#: Cost of a non-prose line, on top of its size: a menu item of one word costs as much
#: as a short sentence is worth, so runs of menu lines separate articles from junk.
LINE_COST = 4.0
# A teaser as a browser copies it: a title in title case run into its summary, with no
# space between ("… Bill At Troy SteakhouseA party of …"). Found on lines only: an
# article's paragraphs stand between blank lines.
_GLUED_TEASER = re.compile(
    r"(?:^|\s)(?:[A-Z0-9$][\w'’$%.&:-]*\s+){2,}"  # two or more capitalised words, then
    r"[A-Z0-9][\w'’-]*[a-z]{3}[A-Z][a-z]*\s"  # a word run into the next one's capital
)
#: A table counts for this share of its size: results and figures are often the point
#: of an article, but sidebars hold tables too.
TABLE_WEIGHT = 0.5
#: Cost of a line whose wording is boilerplate ("Sign up", "Show Comments").
PHRASE_COST = 25.0
#: An earlier run worth this share of the best one is the article (swept 0.2-0.7: flat
#: at and under 0.35 on the development pages) if it holds at least this many units
#: (a lone paragraph above a long article is a teaser).
EARLIER_RUN_SHARE = 0.35
MIN_EARLIER_RUN = 80.0
#: A line opening the comments is at most this long, and cuts the run this hard ...
COMMENTS_HEADING_UNITS = 8
COMMENTS_HEADING_COST = 200.0
#: ... and prose after it counts for this share of its size.
COMMENT_PROSE_SHARE = 0.2
#: Comments follow an article: a comments line counts as opening them only after this
#: much prose, and not among share buttons (above the article, "Comments" is an item of
#: a share bar).
COMMENTS_AFTER_UNITS = 50
#: A short line with a time of day or a relative date ("2 days ago at 07:52 am") costs
#: this much: comment threads and teaser lists repeat them, articles do not.
DATE_LINE_COST = 30.0
DATE_LINE_MAX_UNITS = 12
#: So does a date line when the page has at least this many (an article has one or two:
#: published and updated).
LISTED_DATES = 3
# ... not counting the dated signature of a quoted post ("— Ann Poe (@ann) May 2, 2019").
_ATTRIBUTION_DASHES = ("—", "–", "-", "―")
_TIMESTAMP = re.compile(
    r"\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\b|\b\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?|"
    r"weeks?|months?|years?)\s+ago\b", re.I)


def is_prose(block: Block) -> bool:
    """Prose, whether it stood alone or among other lines: shaped like a sentence, or
    leading into a list or quote (ending with a colon), or long enough to be prose
    whatever its last character (a citation after the full stop, a line cut short)."""
    units = block.signals.units
    if units < PROSE_MIN_UNITS:
        return False
    text = _CITATION.sub("", block.text.rstrip())
    if text.endswith(":"):  # "… said:" under a comment is short; a list's lead-in is not
        return units >= LEAD_IN_MIN_UNITS
    return is_sentence_like(text)


def _gain(block: Block, phrase: str | None, prose: bool) -> float:
    units = block.signals.units
    if block.kind is Kind.TABLE:
        return units * TABLE_WEIGHT
    if block.kind is Kind.LINE and _GLUED_TEASER.search(block.text):
        return -(units * 0.5 + LINE_COST)
    if prose:
        return units
    if phrase:
        return -(units + PHRASE_COST)
    if units <= DATE_LINE_MAX_UNITS and _TIMESTAMP.search(block.text):
        return -DATE_LINE_COST  # one per comment or teaser; an article has one at most
    return -(units * 0.5 + LINE_COST)


def body_run(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], prose: Sequence[bool]
) -> tuple[int, int]:
    """The run of blocks that is the article: the best run, or an earlier one nearly as
    good (pages put the article first and longer teasers or threads after it)."""
    gains = _gains(blocks, verdicts, prose)
    best, (start, end) = _best_run(gains, 0, len(gains))
    earlier, (e_start, e_end) = _best_run(gains, 0, start)
    if earlier >= EARLIER_RUN_SHARE * best and earlier >= MIN_EARLIER_RUN:
        return e_start, e_end
    return start, end


def _best_run(gains: Sequence[float], lo: int, hi: int) -> tuple[float, tuple[int, int]]:
    """The [start, end) range within [lo, hi) with the largest total gain (Kadane)."""
    best, best_range = 0.0, (lo, lo)
    total, start = 0.0, lo
    for i in range(lo, hi):
        if total <= 0:
            total, start = 0.0, i
        total += gains[i]
        if total > best:
            best, best_range = total, (start, i + 1)
    return best, best_range


def _gains(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], prose: Sequence[bool]
) -> list[float]:
    """What each block adds to a run: its size if prose, a cost otherwise.

    After a line that opens the comments ("12 Comments", "Leave a reply"), prose counts
    for little: a long thread must not outweigh the article above it.
    """
    phrases = [None if p else boilerplate_phrase(b.text) for b, p in zip(blocks, prose)]
    repeated = _repeated_apart(blocks)
    listed_dates = _listed_dates(blocks)
    gains = []
    in_comments = False
    prose_seen = 0.0
    for i, block in enumerate(blocks):
        gain = _own_gain(block, phrases[i], prose[i], verdicts[i] is None,
                         i in repeated, i in listed_dates)
        prose_seen += max(gain, 0.0)
        if _opens_comments(block, phrases, i, prose_seen):
            in_comments = True
            gain = -COMMENTS_HEADING_COST
        elif in_comments and gain > 0:
            gain *= COMMENT_PROSE_SHARE
        gains.append(gain)
    return gains


def _listed_dates(blocks: Sequence[Block]) -> set[int]:
    """The date lines of the page when it has LISTED_DATES of them or more (a list of
    teasers or comments), else none."""
    dates = [i for i, b in enumerate(blocks)
             if b.signals.units <= DATE_LINE_MAX_UNITS and looks_like_dateline(b.text)
             and not b.text.startswith(_ATTRIBUTION_DASHES)]
    return set(dates) if len(dates) >= LISTED_DATES else set()


def _own_gain(
    block: Block, phrase: str | None, prose: bool, undecided: bool, repeated: bool,
    listed_date: bool,
) -> float:
    """What the block adds by itself: a decided block, prose printed again apart, or one
    of listed dates costs."""
    gain = _gain(block, phrase, prose) if undecided else -(LINE_COST + PHRASE_COST)
    if repeated and gain > 0:
        gain = -LINE_COST  # a ticker or notice printed by the template
    elif listed_date and undecided:
        gain = -DATE_LINE_COST  # one of the dates of a list of teasers or comments
    return gain


def _opens_comments(
    block: Block, phrases: Sequence[str | None], i: int, prose_seen: float
) -> bool:
    """A short line of the comments wording after enough prose, not among share
    buttons: the comments start here."""
    return block.signals.units <= COMMENTS_HEADING_UNITS and phrases[i] == "comments" \
        and prose_seen >= COMMENTS_AFTER_UNITS and not _in_share_bar(phrases, i)


def _repeated_apart(blocks: Sequence[Block]) -> set[int]:
    """Prose printed more than once, not in a row: the page template repeats it (a news
    ticker, a disclaimer at the top and the bottom); an article says things once."""
    seen: dict[str, list[int]] = {}
    for block in blocks:
        if block.signals.units >= PROSE_MIN_UNITS:
            seen.setdefault(" ".join(block.text.lower().split()), []).append(block.index)
    return {
        i
        for places in seen.values()
        if len(places) > 1 and places[-1] - places[0] >= len(places)
        for i in places
    }


def _in_share_bar(phrases: Sequence[str | None], i: int) -> bool:
    """A comments link among share buttons ("Facebook", "Twitter", "Comments", "Print")."""
    return any(phrases[j] in SHARE_CATEGORIES for j in (i - 1, i + 1) if 0 <= j < len(phrases))


def mark_body(
    blocks: Sequence[Block], verdicts: Draft[Verdict | None], start: int, end: int
) -> None:
    for i in range(start, end):
        if verdicts[i] is not None:
            continue
        block = blocks[i]
        short = block.signals.units <= 25 and not bio_subject(block.text)
        category = boilerplate_phrase(block.text) if short else None
        if category:
            verdicts[i] = Verdict(Role.BOILERPLATE, f"{category} wording inside the article")
        elif block.kind is Kind.LINE and not ends_like_sentence(block.text):
            verdicts[i] = Verdict(Role.BOILERPLATE, "menu-like line inside the article")
        else:
            units = block.signals.units
            verdicts[i] = Verdict(Role.BODY, f"article text: {units:.0f} units")
