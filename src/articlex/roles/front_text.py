"""What stands before the body of a text page: headline, standfirst, bylines and datelines.

The headline is the title-shaped line before the body that shares most words with the
body (often printed twice, or right above the byline or the date); the standfirst stands
between headline and body, or is the body run's first block when a byline or a place
line stands under it; a byline is a name line under the headline (a "By …" line is found
by its wording, :mod:`.wording_text`), and "By …" lines far from the headline are other
articles'. A block taken for one of them leaves the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import looks_like_dateline
from ..model import Block, Draft, Kind, Role, Verdict
from ..textshape import SENTENCE_MIN_UNITS, ends_like_sentence, is_sentence_like, text_units
from .boilerplate import SHARE_CATEGORIES, boilerplate_phrase
from .cues import byline_names_text, looks_like_caption
from .lines import WORDS, content_words, has_role, role_of

#: A headline is title-shaped: between these sizes in units.
HEADLINE_MIN_UNITS, HEADLINE_MAX_UNITS = 2, 40
#: A standfirst is at most this long (units); longer text after a headline is body.
STANDFIRST_MAX_UNITS = 80
#: ... and at least this long; shorter lines under the headline ("12 comments", "Share")
#: are passed over, up to this many of them.
STANDFIRST_MIN_UNITS = 5
STANDFIRST_CLUTTER_LINES = 3
#: A line with a colon and a figure is a label and its value ("Tempo de leitura: 2
#: minutos"), no summary; up to this many units it is passed over as clutter, longer
#: ones ("Updated Nov 19, 6:55 AM; Posted …") end the search ...
METADATA_MAX_UNITS = 8
#: ... and so is a line whose words are at least this share figures ("Opening Bell
#: 11.18.19", "Rockledge 14 11 6 15 — 44"), or one with this many labels ("05/10/2018 -
#: Publicado por: Ann Poe - Categoria: Saúde").
METADATA_FIGURE_SHARE = 1 / 3
METADATA_LABELS = 2
#: Title-shaped lines in a row, with no blank between, from this many on are a list of
#: teasers (the site's other stories), not a headline's dek.
TEASER_LIST_LINES = 3
# Words in parentheses placing someone in a photo: "Kevin King (left) and …". Data, in
# several languages.
_PHOTO_PLACES = (
    "left", "right", "center", "centre", "l", "r", "c", "front", "back", "top", "bottom",
    "links", "rechts", "mitte", "à gauche", "à droite", "au centre", "izquierda",
    "derecha", "centro", "esquerda", "direita", "sinistra", "destra", "слева", "справа",
)
_PHOTO_PLACE = re.compile(
    r"\((?:" + "|".join(re.escape(w) for w in _PHOTO_PLACES) + r")(?:\s+to\s+\w+)?\)", re.I)
# A photo credit after a caption's sentence: "… November 19, 2019. © Reuters / Jo Roe".
_CREDIT_TAIL = re.compile(r"[.!?…]\s*©\s*\S.{0,60}$")
#: The first block of the body run is a dek the run took in when the block under it
#: stops the text: a byline or a name, a place line in capitals ("BAAR, SWITZERLAND")
#: of up to this size (units).
PLACE_LINE_MAX_UNITS = 4
#: A dek is not printed again in this many blocks at the top of the body.
BODY_TOP_BLOCKS = 2
#: A caption printed twice in a row (a gallery's full and short text) repeats at least
#: this many words at the start.
CAPTION_REPEAT_WORDS = 6
# A credit line in parentheses under a photo: "(Reed Saxon / Associated Press)".
_PARENTHESISED = re.compile(r"\([^()]{1,60}\)")
#: How many blocks before the body the headline search looks back (bylines, dates,
#: share buttons and photo credits often stand between headline and body), share
#: buttons (lines of the share categories) not counted ...
HEADLINE_LOOKBACK = 20
#: ... and at most this many blocks in all, buttons counted.
HEADLINE_MAX_LOOKBACK = 60
#: The body's first blocks that the headline's words are looked for in.
BODY_SAMPLE = 6
#: A headline shares at least this share of its content words with the body.
HEADLINE_MIN_OVERLAP = 0.25
#: Content words of a typical headline: shorter lines are scored as if this long.
HEADLINE_TYPICAL_WORDS = 4
#: A dek is written in sentence case: at least this share of its words after the first
#: begin in lower case (a headline in title case has few).
SENTENCE_CASE_SHARE = 0.5
#: A line printed twice in a row gains this much (a common way pages show a headline).
REPEATED_HEADLINE_BONUS = 0.3
#: A standfirst summarises the article: this share of its words comes back in the body
#: (a photo caption or a promotion under the headline shares few). Swept 0.1-0.3:
#: higher values trade standfirsts found for false ones avoided.
STANDFIRST_MIN_OVERLAP = 0.1
#: A line is title-cased (not a dek) only with at least this many cased words after the
#: first: shorter lines are too few to tell case from names.
TITLE_CASE_MIN_WORDS = 3
# Where one sentence may end and the next begin (not when the next word is in lower case:
# "the U.S. border").
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])\s+(?=\S)")
# A breadcrumb trail: "Blog > Weight Loss > Tips", "News » Sport » Football".
_BREADCRUMB = re.compile(r"(?:\s[>»›]\s.*){2,}")
#: A line right above the byline or the dateline gains this much: pages print the
#: headline, then who wrote it and when (swept 0.1-0.6: 0.3 best, flat above).
ABOVE_BYLINE_BONUS = 0.3
#: ... stepping over this many lines that name a person or are kickers in capitals.
ABOVE_BYLINE_SKIPS = 2
#: The page's one top-level heading (Markdown "# …") is its title: as strong a sign as a
#: line over the byline (swept 0.1-0.6 on the Markdown renderings: 0.3 best for headline
#: and standfirst together; more takes the dek's place from under it).
TITLE_HEADING_BONUS = 0.3
#: Headlines run longer than labels: each unit (up to 15) adds this to the score
#: (swept 0-0.05 on the development pages; 0.02 best).
HEADLINE_LENGTH_BONUS = 0.02
#: A line of at most this size (units) between lines as short, with no blank between,
#: is a menu's item ("Free Articles" / "Online Business" / "Branding & Design").
MENU_ITEM_UNITS = 3
#: A line in capitals of at most this many words is a section kicker, not a headline.
KICKER_MAX_WORDS = 4
#: A line that is only a name is the byline this close under the headline (blocks); a
#: bare name further down is a caption, a tag or a menu item.
NAME_LINE_MAX_DISTANCE = 3
#: A dek under the byline and the date says something: a sentence's length at least
#: (shorter lines there are agencies and credits: "Associated Press").
DEK_UNDER_BYLINE_MIN_UNITS = SENTENCE_MIN_UNITS
#: A dek adds to the headline: a line with at least this share of its words from the
#: headline is the headline told again (a video's or a share title; the deks of the
#: development pages take at most 0.48 of their words from it, a video title 0.71).
HEADLINE_RESTATED_SHARE = 0.6
#: Candidates within this margin of the best score tie, and the earliest wins.
HEADLINE_SCORE_MARGIN = 0.15


def mark_front(
    blocks: Sequence[Block], verdicts: Draft[Verdict | None], start: int
) -> int | None:
    """Headline, standfirst, byline and dateline before the body; the headline's index."""
    window = range(_lookback_start(blocks, start), start)
    candidates = [i for i in window if verdicts[i] is None]
    title = _title_heading(blocks, verdicts, start)
    if title is not None and title not in candidates:
        candidates.insert(0, title)  # further up than the look-back reaches
    for i in candidates:
        if looks_like_dateline(blocks[i].text):
            verdicts[i] = Verdict(Role.DATELINE, "dateline before the body")
    body_words = content_words(" ".join(b.text for b in blocks[start:start + BODY_SAMPLE]))
    headline, deks = _find_headline(blocks, verdicts, candidates, body_words, title)
    if headline is None:
        return None
    headline = _completed(blocks, verdicts, headline, start)
    verdicts[headline] = Verdict(Role.HEADLINE, "headline: title-shaped line before the body, "
                                                "in the words of the body")
    for i in candidates:
        if i < headline and _same_text(blocks[i], blocks[headline]):
            verdicts[i] = Verdict(Role.BOILERPLATE, "headline printed twice")
    _mark_name_byline(blocks, verdicts, candidates, headline, start)
    mark_standfirst(blocks, verdicts, candidates, headline, start, body_words, deks)
    return headline


def _completed(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], headline: int, start: int
) -> int:
    """The line under the headline when it repeats the headline and adds to it: the
    shorter line names a series or a section ("Opening Bell" / "Opening Bell 11.18.19")."""
    below = headline + 1
    if below >= start or verdicts[below] is not None:
        return headline
    short, long = WORDS.findall(blocks[headline].text), WORDS.findall(blocks[below].text)
    if len(short) < len(long) <= HEADLINE_MAX_UNITS and long[:len(short)] == short and \
            not blocks[below].text.rstrip().endswith((".", ",", ";", ":")):
        return below
    return headline


def _lookback_start(blocks: Sequence[Block], start: int) -> int:
    """Where the headline search starts: HEADLINE_LOOKBACK blocks before the body, not
    counting share buttons (a share panel of thirty lines stands between some headlines
    and their article)."""
    counted, i = 0, start
    while i > 0 and counted < HEADLINE_LOOKBACK and start - i < HEADLINE_MAX_LOOKBACK:
        i -= 1
        if boilerplate_phrase(blocks[i].text) not in SHARE_CATEGORIES:
            counted += 1
    return i


def mark_standfirst(
    blocks: Sequence[Block], verdicts: Draft[Verdict | None], candidates: list[int],
    headline: int, start: int, body_words: set[str], deks: set[int],
) -> None:
    """The first block of some size under the headline, when it reads as a summary: it
    shares words with the body, or it is a sentence standing between the headline and the
    byline (the order of headline, dek, byline). Short clutter ("12 comments") is passed
    over, but not one of the ``deks`` that the headline search told by their place; a
    photo caption is no standfirst."""
    byline = next((i for i in range(headline + 1, start)
                   if role_of(verdicts[i]) is Role.BYLINE), None)
    passed = 0
    for i in candidates:
        if i <= headline or verdicts[i] is not None:
            continue
        block = blocks[i]
        metadata = _is_metadata(block.text)
        if metadata and block.signals.units > METADATA_MAX_UNITS:
            return
        placed = i in deks
        if _is_clutter(block, placed, metadata) and passed < STANDFIRST_CLUTTER_LINES:
            passed += 1
            continue
        if not (placed or _is_standfirst(block)) or metadata or \
                _not_a_dek(blocks, verdicts, i, headline, start):
            return
        reason = _standfirst_reason(block, i, byline, placed, body_words)
        if reason is not None:
            verdicts[i] = Verdict(Role.STANDFIRST, f"standfirst: {reason}")
        return


def _is_clutter(block: Block, placed: bool, metadata: bool) -> bool:
    """Clutter passed over under the headline: a short line ("12 comments") that is not
    a dek told by its place, or a label with its figure."""
    return (not placed and block.signals.units < STANDFIRST_MIN_UNITS) or metadata


def _not_a_dek(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], i: int, headline: int,
    start: int,
) -> bool:
    """The line under the headline is something else than a dek: a line in capitals, a
    title, a question or the headline told again, a caption, the first of a list of
    teasers, or text printed again at the top of the body."""
    text = blocks[i].text
    return _in_capitals(text) or _not_dek_wording(text, blocks[headline].text) or \
        _is_caption(blocks, i) or _opens_teaser_list(blocks, verdicts, i) or \
        _repeated_in_body(blocks, i, start)


def _not_dek_wording(text: str, headline: str) -> bool:
    """Worded as no dek is: a title in title case, a single question, or the headline
    told again."""
    return _title_cased(text) or _single_question(text) or _restates(text, headline)


def _standfirst_reason(
    block: Block, i: int, byline: int | None, placed: bool, body_words: set[str]
) -> str | None:
    """Why the line is the standfirst (a sentence above the byline, or a line sharing
    words with the body), or None when it does not read as a summary."""
    if byline is not None and i < byline and is_sentence_like(block.text):
        return "above the byline"
    if _overlap(block.text, body_words) >= STANDFIRST_MIN_OVERLAP:
        return "under the byline, over the body" if placed else "between headline and body"
    return None


def mark_dek_in_run(
    blocks: Sequence[Block], verdicts: Draft[Verdict | None], headline: int, start: int,
    end: int,
) -> None:
    """With no standfirst before the body, the body run's first block is the dek when the
    block under it stops the text before the article goes on: a byline or a name ("Nishant
    Kumar @nishant") not from the headline (that one names a photo's
    subject), a place line in capitals ("BAAR, SWITZERLAND"). The dek is a summary of
    some size, not a caption, and not printed again below."""
    if start + 2 >= end or has_role(verdicts, range(len(blocks)), Role.STANDFIRST):
        return
    dek, stop = blocks[start], blocks[start + 1]
    if role_of(verdicts[start]) is not Role.BODY or \
            not _is_standfirst(dek) or _is_metadata(dek.text) \
            or _not_dek_wording(dek.text, blocks[headline].text) \
            or _repeated_in_body(blocks, start, start + 2) \
            or not has_role(verdicts, range(start + 2, end), Role.BODY):
        return
    if _is_caption(blocks, start):
        return
    if not _stops_text(stop, verdicts[start + 1]) or \
            _words(stop.text) <= _words(blocks[headline].text):
        return
    verdicts[start] = Verdict(Role.STANDFIRST, "standfirst: the first block of the run, "
                                               "over a byline or a place line")


def _stops_text(block: Block, verdict: Verdict | None) -> bool:
    """A line that stands between a dek and the article: a byline or a name line, a place
    line in capitals. (Over a photo credit, the block is a caption.)"""
    text = block.text
    if verdict is not None and verdict.role in (Role.BYLINE, Role.DATELINE):
        return True
    if byline_names_text(text) is not None:
        return True
    return text.isupper() and block.signals.units <= PLACE_LINE_MAX_UNITS


def _is_metadata(text: str) -> bool:
    """A label and its value, or figures: a reading time, a score line, a post's details."""
    words = text.split()
    figures = sum(1 for w in words if any(ch.isdigit() for ch in w))
    labels = text.count(": ") + text.endswith(":")
    if labels >= METADATA_LABELS:
        return True
    if not figures:
        return False
    return figures >= METADATA_FIGURE_SHARE * len(words) or (
        labels >= 1 and text_units(text) <= METADATA_MAX_UNITS)


def _title_cased(text: str) -> bool:
    """Most words begin in capitals ("First Impressions: 2013 Lexus IS 350"): another
    story's headline or a section's title, not a dek (deks are written as sentences).
    Scripts without case never count."""
    words = [w for w in WORDS.findall(text)[1:] if w[0].isalpha() and w[0].lower() != w[0].upper()]
    return len(words) >= TITLE_CASE_MIN_WORDS and not _sentence_cased(text)


def _single_question(text: str) -> bool:
    """One sentence that asks ("What's new in 2.26?"): a sub-heading the body answers,
    or a headline, not a dek (a dek tells what the article says)."""
    text = text.strip()
    later = [part for part in _SENTENCE_SPLIT.split(text)[1:] if not part[0].islower()]
    return text.endswith("?") and not later


def _restates(text: str, headline: str) -> bool:
    """Most of the line's words are the headline's ("Watch: council approves library budget"
    under "Council approves the new library budget after a long debate"): the headline
    told again, a video's or a share title."""
    words, own = WORDS.findall(text.lower()), _words(headline)
    return bool(words) and sum(w in own for w in words) >= HEADLINE_RESTATED_SHARE * len(words)


def _in_capitals(text: str) -> bool:
    """A line in capitals ("CLICK FOR FULL RESULTS"): a kicker or a button, not a dek."""
    return text.isupper() and len(text.split()) >= 2


def _opens_teaser_list(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], i: int
) -> bool:
    """The line opens a run of title-shaped lines with no blank between: the site's other
    stories ("China censors a lot …" / "US blacklists 28 …" / …)."""
    run = i
    while run < len(blocks) and verdicts[run] is None and blocks[run].kind is Kind.LINE \
            and (run == i or blocks[run].signals.blank_before == 0) \
            and _title_shaped(blocks[run]) and not ends_like_sentence(blocks[run].text):
        run += 1
    return run - i >= TEASER_LIST_LINES


def _repeated_in_body(blocks: Sequence[Block], i: int, start: int) -> bool:
    """The text is printed again at the top of the body (a dek repeats the article's
    point further down, but not as its opening)."""
    own = " ".join(WORDS.findall(blocks[i].text.lower()))
    if not own:
        return False
    return any(" ".join(WORDS.findall(b.text.lower())).startswith(own)
               for b in blocks[start:start + BODY_TOP_BLOCKS] if b.index != i)


def _is_caption(blocks: Sequence[Block], i: int) -> bool:
    """A photo caption: by its own frame (a credit after it), or by what follows it: a
    credit line, or the same caption printed again (a gallery's full and short text)."""
    text = blocks[i].text
    if looks_like_caption(text) or _PHOTO_PLACE.search(text) or _CREDIT_TAIL.search(text):
        return True
    following = blocks[i + 1].text if i + 1 < len(blocks) else ""
    if boilerplate_phrase(following) == "credit" or _PARENTHESISED.fullmatch(following):
        return True
    head = " ".join(blocks[i].text.split()[:CAPTION_REPEAT_WORDS])
    return len(head.split()) == CAPTION_REPEAT_WORDS and following.startswith(head)


def _mark_name_byline(
    blocks: Sequence[Block], verdicts: Draft[Verdict | None], candidates: list[int],
    headline: int, start: int,
) -> None:
    """The line between headline and body that names a person, unless a "By …" line there
    already is the byline (then a name under it is a photo credit or a caption). A name
    with a date or "by" ("Jane Doe - May 2, 2019") outranks a bare name line, which must
    stand right under the headline and not repeat its words."""
    if has_role(verdicts, range(headline + 1, start), Role.BYLINE):
        return
    named = []
    for i in candidates:
        if i <= headline or not _open_for_byline(blocks[i], verdicts[i]):
            continue
        names = _names_not_in_headline(blocks[i], blocks[headline])
        if names:
            named.append((i, names))
    with_date = [i for i, names in named if names != blocks[i].text]
    near = [i for i, _ in named if i - headline <= NAME_LINE_MAX_DISTANCE]
    chosen = (with_date or near)[:1]
    for i in chosen:
        verdicts[i] = Verdict(Role.BYLINE, "byline: a name between headline and body")


def _open_for_byline(block: Block, verdict: Verdict | None) -> bool:
    """A line that may be the name byline: not decided yet, or a dateline (a name with its
    date), and no boilerplate phrase."""
    return role_of(verdict) in (None, Role.DATELINE) and boilerplate_phrase(block.text) is None


def _names_not_in_headline(block: Block, headline: Block) -> str | None:
    """The names the line gives as a byline, unless they are all words of the headline
    (then they name the article's subject)."""
    names = byline_names_text(block.text)
    if names and not _words(names) <= _words(headline.text):
        return names
    return None


def drop_far_bylines(
    verdicts: Draft[Verdict | None], headline: int, start: int, end: int
) -> None:
    """With a byline between headline and body, "By …" lines above the headline or after
    the article are other articles' (teasers, related stories, a site's slogan)."""
    if not has_role(verdicts, range(headline + 1, start), Role.BYLINE):
        return
    for i, verdict in enumerate(verdicts):
        if verdict is not None and verdict.role is Role.BYLINE and not headline < i < end:
            verdicts[i] = Verdict(Role.BOILERPLATE, "byline away from the article's headline")


def _title_heading(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], start: int
) -> int | None:
    """The page's one top-level heading before the body, where the text marks headings
    (Markdown's "# …", an HTML page's h1 through a converter): its title, or None when
    there are several or none."""
    tops = [i for i in range(start) if blocks[i].kind is Kind.HEADING and blocks[i].level == 1]
    return tops[0] if len(tops) == 1 and verdicts[tops[0]] is None else None


def _find_headline(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], candidates: list[int],
    body_words: set[str], title: int | None = None,
) -> tuple[int | None, set[int]]:
    """The title-shaped line before the body that shares most words with the body.

    A headline states what the article is about, so its words come back in the first
    paragraphs (in any language); menus, section labels and photo credits do not. A line
    printed twice in a row gains (pages often repeat the headline). Among near-equals the
    earliest wins: the standfirst, which also echoes the body, comes after the headline.
    """
    scored: list[tuple[float, int]] = []
    eligible = [i for i in candidates if _may_be_headline(blocks[i], verdicts[i])
                and not _in_menu(blocks, verdicts, i)]
    byline_tops, deks = _tops_above_bylines(blocks, verdicts, eligible, body_words)
    for position, i in enumerate(candidates):
        if i not in eligible or i in deks:
            continue
        score = _headline_score(blocks, candidates, position, body_words) + \
            _headline_bonus(i, byline_tops, title)
        scored.append((score, i))
    return _best_headline(_without_breadcrumbs(blocks, scored)), deks


def _headline_score(
    blocks: Sequence[Block], candidates: list[int], position: int, body_words: set[str]
) -> float:
    """A candidate's own score: its words found in the body, its length, and the bonus
    of a line printed twice in a row."""
    i = candidates[position]
    score = _overlap(blocks[i].text, body_words)
    score += HEADLINE_LENGTH_BONUS * min(blocks[i].signals.units, 15)
    if position and _same_text(blocks[candidates[position - 1]], blocks[i]):
        score += REPEATED_HEADLINE_BONUS
    return score


def _headline_bonus(i: int, byline_tops: set[int], title: int | None) -> float:
    """The bonus of a candidate's place: right above a byline, or the page's title
    heading."""
    bonus = 0.0
    if i in byline_tops:
        bonus += ABOVE_BYLINE_BONUS
    if i == title:
        bonus += TITLE_HEADING_BONUS
    return bonus


def _best_headline(scored: list[tuple[float, int]]) -> int | None:
    """The earliest candidate within the margin of the best score, when the best reaches
    the overlap a headline needs."""
    if not scored:
        return None
    best = max(score for score, _ in scored)
    if best < HEADLINE_MIN_OVERLAP:
        return None
    return next(i for score, i in scored if score >= best - HEADLINE_SCORE_MARGIN)


def _in_menu(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], i: int) -> bool:
    """A short line between short lines, with no blank between them and none a field (a
    date under the headline): a menu's item."""
    if not 0 < i < len(blocks) - 1:
        return False
    return all(b.kind is Kind.LINE and b.signals.units <= MENU_ITEM_UNITS
               and verdicts[b.index] is None for b in blocks[i - 1:i + 2]) and \
        blocks[i].signals.blank_before == blocks[i + 1].signals.blank_before == 0


def _may_be_headline(block: Block, verdict: Verdict | None) -> bool:
    return (
        verdict is None and _title_shaped(block) and not _is_kicker(block)
        and bool(content_words(block.text)) and not looks_like_caption(block.text)
        and not _BREADCRUMB.search(block.text)
    )


def _tops_above_bylines(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], eligible: list[int],
    body_words: set[str],
) -> tuple[set[int], set[int]]:
    """The title-shaped lines right above a byline or dateline, or the one above
    it when that is shorter (a headline, then its dek, then the byline); and those deks.
    A line that names a person (the byline itself, above the date) or a kicker in
    capitals between is stepped over, and so is a short label between headline and dek
    ("Editorial"). A dek is no headline when the line above it has a headline's length
    (a shorter line above may be a section's name: "Hong Kong"), nor is the dek between
    the byline and the body (:func:`_dek_under_byline`)."""
    places, tops, deks = set(eligible), set(), set()
    for j, verdict in enumerate(verdicts):
        if verdict is None or verdict.role not in (Role.BYLINE, Role.DATELINE):
            continue
        i, steps = j - 1, 0
        while i >= 0 and steps < ABOVE_BYLINE_SKIPS and verdicts[i] is None and \
                (byline_names_text(blocks[i].text) or _is_kicker(blocks[i])):
            i, steps = i - 1, steps + 1
        if i not in places:
            continue
        headline = _headline_over_dek(blocks, verdicts, places, i)
        if headline is not None:
            deks.add(i)
            i = headline
        elif i - 1 in places and blocks[i - 1].signals.units < blocks[i].signals.units:
            i -= 1
        if not byline_names_text(blocks[i].text):
            tops.add(i)
            dek = _dek_under_byline(blocks, verdicts, places, i, j, body_words)
            if dek is not None:
                deks.add(dek)
    return tops, deks


def _dek_under_byline(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], places: set[int],
    top: int, byline: int, body_words: set[str],
) -> int | None:
    """The dek in the order headline, byline or date, dek, body: the title-shaped line
    between the byline (and the dates under it) and the body's first block, when the line
    ``top`` above the byline has a headline's length and words of the body. Pages that
    print who wrote it and when under the headline put the dek there, over the article;
    the dek is no title (in title case) and no label with its figure."""
    below = byline + 1
    while below < len(verdicts) and (v := verdicts[below]) is not None and \
            v.role in (Role.BYLINE, Role.DATELINE):
        below += 1
    if below not in places or below + 1 >= len(verdicts) or \
            (v := verdicts[below + 1]) is None or v.role is not Role.BODY:
        return None
    dek, headline = blocks[below], blocks[top]
    if dek.signals.units < DEK_UNDER_BYLINE_MIN_UNITS or _title_cased(dek.text) or \
            _is_metadata(dek.text) or \
            len(content_words(headline.text)) < HEADLINE_TYPICAL_WORDS or \
            _overlap(headline.text, body_words) < HEADLINE_MIN_OVERLAP:
        return None
    return below


def _headline_over_dek(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], places: set[int], i: int
) -> int | None:
    """The headline over the dek at ``i``: a shorter title-shaped line of a headline's
    length right above it, or with a short label between ("Editorial"), when the dek is
    written in sentence case (a title-cased line under a shorter one is a headline under
    a breadcrumb)."""
    if not _sentence_cased(blocks[i].text):
        return None
    above = i - 1
    if above not in places and above - 1 in places and verdicts[above] is None and \
            len(blocks[above].text.split()) <= KICKER_MAX_WORDS and \
            not ends_like_sentence(blocks[above].text):
        above -= 1
    if above in places and blocks[above].signals.units < blocks[i].signals.units and \
            len(content_words(blocks[above].text)) >= HEADLINE_TYPICAL_WORDS:
        return above
    return None


def _sentence_cased(text: str) -> bool:
    """Most words after the first begin in lower case (a sentence, not a title)."""
    words = [w for w in WORDS.findall(text)[1:] if w[0].isalpha()]
    lower = sum(1 for w in words if w[0].islower())
    return bool(words) and lower >= SENTENCE_CASE_SHARE * len(words)


def _without_breadcrumbs(
    blocks: Sequence[Block], scored: list[tuple[float, int]]
) -> list[tuple[float, int]]:
    """A breadcrumb trail ends with the page's title ("Home News Sport Chelsea sign Kepa"):
    when a later candidate is the end of an earlier one, the later one stands for both,
    with the better score and the bonus of a line printed twice."""
    kept: dict[int, float] = dict((i, score) for score, i in scored)
    for score, i in scored:
        words = " ".join(WORDS.findall(blocks[i].text.lower()))
        for later_score, j in scored:
            tail = " ".join(WORDS.findall(blocks[j].text.lower()))
            if j > i and i in kept and len(tail.split()) >= 2 and tail != words and \
                    words.endswith(tail):
                kept[j] = max(kept.get(j, later_score), score) + REPEATED_HEADLINE_BONUS
                del kept[i]
    return sorted(((score, i) for i, score in kept.items()), key=lambda pair: pair[1])


def _overlap(text: str, body_words: set[str]) -> float:
    """The share of a line's content words that the body's first blocks use too, counting
    at least a few words: a two-word label found in the body ("United States") is weaker
    evidence than a headline's six."""
    words = content_words(text)
    return len(words & body_words) / max(len(words), HEADLINE_TYPICAL_WORDS) if words else 0.0


def _is_kicker(block: Block) -> bool:
    """A short label in capitals over a headline ("DUBAI AIRSHOW", "AUTO NEWS")."""
    text = block.text
    return len(text.split()) <= KICKER_MAX_WORDS and text.isupper()


def _words(text: str) -> set[str]:
    return set(WORDS.findall(text.lower()))


def _title_shaped(block: Block) -> bool:
    units = block.signals.units
    return (
        HEADLINE_MIN_UNITS <= units <= HEADLINE_MAX_UNITS
        and not block.text.rstrip().endswith((".", ",", ";", ":"))
        and boilerplate_phrase(block.text) is None
        and not looks_like_dateline(block.text)
    )


def _is_standfirst(block: Block) -> bool:
    units = block.signals.units
    return STANDFIRST_MIN_UNITS <= units <= STANDFIRST_MAX_UNITS and \
        boilerplate_phrase(block.text) is None


def _same_text(a: Block, b: Block) -> bool:
    return " ".join(a.text.lower().split()) == " ".join(b.text.lower().split())
