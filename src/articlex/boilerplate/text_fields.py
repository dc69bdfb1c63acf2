"""Field blocks of a text page, around the body run that :mod:`.text_rules` finds.

With markup gone, the fields show by wording and place: the headline (a title-shaped
line before the body, in the body's words, often printed twice), the standfirst between
headline and body, bylines ("By …", or a name under the headline) and datelines, the
author bio after the body ("X covers …", an author box) and the tag lines (labelled, one
a line under a label, run together, or short plain lines after the body). A block taken
for a field leaves the body.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..cues import (
    BIO_VERBS,
    BYLINE_PREFIXES,
    author_box_heading,
    bio_subject,
    byline_names_part,
    byline_names_text,
    byline_text,
    filing_text,
    invites_to_follow,
    is_tag_label,
    looks_like_caption,
    tag_list_text,
)
from ..dates import looks_like_dateline
from ..fields.tagsplit import split_tags
from ..model import Block, Kind, Role, Verdict
from ..textshape import ends_like_sentence, is_sentence_like, text_units
from .phrases import SHARE_CATEGORIES, boilerplate_phrase

_WORDS = re.compile(r"\w+")
#: An author bio is looked for among this many blocks after the body.
BIO_LOOKAHEAD = 25
#: A paragraph naming the byline's author after the body is a bio up to this size.
BIO_MAX_UNITS = 120
#: The text of an author box stands within this many blocks under its heading (the
#: author's name, a job title between) ...
AUTHOR_BOX_REACH = 3
#: An author box may close the body run: its heading is looked for from this many
#: blocks before the body's end.
AUTHOR_BOX_TAIL = 4
#: An author box, whose heading or name line is a strong cue, is looked for this far
#: after the body (comments, share panels and a post's navigation come between).
AUTHOR_BOX_LOOKAHEAD = 40
#: ... and says something: at least this many words.
AUTHOR_BOX_MIN_WORDS = 6
#: Under a bare name of the byline, the box's text is a paragraph of this size at least
#: (shorter lines under a name are teasers and notes).
AUTHOR_BOX_MIN_UNITS = 15
# "… is a", "… ist", "… é": the verb after the name that opens a bio, in several languages.
_BIO_OPENING = re.compile(r"^\s+(?:is|was|has|ist|war|est|es|é|è|covers|writes|joined)\b")
# A verb of a bio ("covers", "is a", "schreibt") anywhere in a sentence.
_BIO_VERB = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in sorted(BIO_VERBS, key=len,
                                                                     reverse=True)) + r")\b")
#: The first sentence of a paragraph, for a bio's subject: at most this many words (a
#: bio names its author at once: "Pulitzer Prize-winning journalist Ann Poe writes …").
BIO_FIRST_SENTENCE_WORDS = 30
#: A bio naming the byline's author may stand among the body run's last blocks.
BIO_RUN_TAIL = 4
# The end of a sentence: a stop, then a space and a capital (not an initial: "Bruce Y. Lee").
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+(?=[A-Z\u00C0-\u00DE\u0400-\u042F\"“])")
# Words run into the next one at a capital: "HiltzikBusiness" in "By Michael HiltzikBusiness
# Columnist" (a byline and the author's title printed without a space).
_GLUED_WORD = re.compile(r"(?<=[^\W\d_A-Z])(?=[A-Z][^\W\d_A-Z])")
# Between the names of a byline: "Ann Poe, Tom Roe and Jo Doe".
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")
#: A tag printed on a line of its own is at most this long.
TAG_LINE_MAX_UNITS = 6
# A line holding only the comma between two tags (a list flattened one item a line).
_TAG_SEPARATOR_LINE = re.compile(r"\s*[,;|·•]\s*")
# Counts and brackets around a button's wording: "(42) Comments", "Post Comment (+)".
_COUNTS = re.compile(r"[\d()\[\]+]+")
#: Tag links run together on one line with no label ("arrowhead waterBPA-free bottles")
#: are looked for among this many blocks after the body (share buttons come between) ...
GLUED_TAGS_LOOKAHEAD = 12
#: ... on a line of at most this size, whose tags are at most this many words each.
GLUED_TAGS_MAX_UNITS = 30
GLUED_TAG_MAX_WORDS = 5
#: ... and at least this share of the tags has a word of the article (a run of buttons
#: or menu items, "Do not trackCommunity standards", has none).
GLUED_TAGS_IN_BODY = 0.5
# Two words run together: a lower-case letter, then a capital ("TownTelevision").
_GLUED_CASE = re.compile(r"[^\W\d_A-Z\u00C0-\u00DE\u0400-\u042F][A-Z\u00C0-\u00DE\u0400-\u042F]")
# Separators of a list or a sentence: a line with them is no run of tag links.
_SEPARATORS = re.compile(r"[,;|·•:]")
#: Tags one a line with no label start at most this many blocks after the body ...
TAG_RUN_LOOKAHEAD = 4
#: ... in a run of at least this many lines, this share of them in the article's words.
TAG_RUN_MIN_LINES = 3
TAG_RUN_IN_BODY = 0.5
#: Under a tag label, a list of at least this many lines one a line ...
MENU_LIST_MIN_ITEMS = 4
#: ... with fewer than this share in the article's words is the site's topic menu (swept
#: 0.1-0.5: 0.25-0.34 drop the menus, 0.5 drops true tags).
LABELLED_LIST_IN_BODY = 0.25
# Such a tag is plain words: no figures but a number closing a name ("Red Dead
# Redemption 2"), no colons, brackets or quotes (an address, a date, a list of results
# are not tags) and no full stop at its end.
_PLAIN_TAG = re.compile(r"[^\W\d_](?:[^\W\d_]|[ &'’.-])*(?<![. ])(?: \d{1,4})?")
# A tag has a word: two letters in a row ("438.3K" is a count).
_LETTERS = re.compile(r"[^\W\d_]{2}")
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
# A breadcrumb trail: "Blog > Weight Loss > Tips", "News » Sport » Football".
_BREADCRUMB = re.compile(r"(?:\s[>»›]\s.*){2,}")
#: A line right above the byline or the dateline gains this much: pages print the
#: headline, then who wrote it and when (swept 0.1-0.6: 0.3 best, flat above).
ABOVE_BYLINE_BONUS = 0.3
#: ... stepping over this many lines that name a person or are kickers in capitals.
ABOVE_BYLINE_SKIPS = 2
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
#: Candidates within this margin of the best score tie, and the earliest wins.
HEADLINE_SCORE_MARGIN = 0.15


def mark_cues(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """Before the body is looked for: the fields a block's own wording shows ("By …",
    "Tags: …") and the tags one a line under a tag label. These blocks cost the body run."""
    for i, block in enumerate(blocks):
        verdicts[i] = _field_cue(block)
    _mark_tag_lines(blocks, verdicts)


def mark_fields(
    blocks: Sequence[Block], verdicts: list[Verdict | None], start: int, end: int,
    prose: Sequence[bool],
) -> None:
    """Around the body run [start, end): headline, standfirst, byline and dateline before
    it, the bio at its end or after it, the tag list after it. ``prose`` tells which blocks
    the body rules count as prose."""
    headline = _mark_front(blocks, verdicts, start)
    if headline is not None:
        _mark_dek_in_run(blocks, verdicts, headline, start, end)
    _mark_run_end_bio(blocks, verdicts, start, end)
    _mark_author_bio(blocks, verdicts, start, end)
    _mark_back(blocks, verdicts, end, prose)
    _mark_author_box(blocks, verdicts, start, end)
    _mark_glued_tags(blocks, verdicts, start, end)
    _drop_labelled_menus(blocks, verdicts, start, end)
    _mark_tag_run(blocks, verdicts, start, end)
    _mark_capital_tags_above(blocks, verdicts, start, end)
    if headline is not None:
        _drop_far_bylines(verdicts, headline, start, end)


def _field_cue(block: Block) -> Verdict | None:
    """Roles that a block's own wording shows, wherever it stands."""
    text = block.text
    if tag_list_text(text) is not None and block.signals.units <= 60:
        return Verdict(Role.TAGS, "tag list: labelled line")
    if filing_text(text) is not None:
        return Verdict(Role.TAGS, "tag list: a post's filing line ('Posted in …')")
    if byline_text(text) is not None and block.signals.units <= 20:
        return Verdict(Role.BYLINE, "byline: 'By …' line")
    return None


def _mark_tag_lines(blocks: Sequence[Block], verdicts: list[Verdict | None]) -> None:
    """A tag label alone on a line, then short lines under it: one tag a line (the first
    may stand after a blank line). Lines of a lone comma between the tags mean the list
    ends at the first tag without one after it."""
    for i, block in enumerate(blocks):
        if not is_tag_label(block.text):
            continue
        j, separated = i + 1, False
        while j < len(blocks) and verdicts[j] is None and _may_be_tag_line(blocks, j) and \
                (blocks[j].signals.blank_before == 0 or j == i + 1):
            verdicts[j] = Verdict(Role.TAGS, _TAG_LINE_REASON)
            is_separator = _TAG_SEPARATOR_LINE.fullmatch(blocks[j].text) is not None
            separated = separated or is_separator
            j += 1
            following = blocks[j].text if j < len(blocks) else ""
            if separated and not is_separator and not _TAG_SEPARATOR_LINE.fullmatch(following):
                break
        if j > i + 1:
            verdicts[i] = Verdict(Role.TAGS, "tag list: label line")


_TAG_LINE_REASON = "tag: a short line under a tag label"


def _may_be_tag_line(blocks: Sequence[Block], j: int) -> bool:
    """A short line that may be a tag: not a share button, a count ("438.3K", "(42)
    Comments") or a form's wording. A "related" phrase is a tag's name ("Latest News")
    unless teaser titles follow it (then it heads them: "Popular")."""
    block = blocks[j]
    if block.signals.units > TAG_LINE_MAX_UNITS:
        return False
    if not _LETTERS.search(block.text) and not _TAG_SEPARATOR_LINE.fullmatch(block.text):
        return False
    phrase = boilerplate_phrase(block.text) or boilerplate_phrase(_COUNTS.sub(" ", block.text))
    if phrase == "related":
        return j + 1 >= len(blocks) or blocks[j + 1].signals.units <= TAG_LINE_MAX_UNITS
    return phrase is None


def _mark_front(
    blocks: Sequence[Block], verdicts: list[Verdict | None], start: int
) -> int | None:
    """Headline, standfirst, byline and dateline before the body; the headline's index."""
    window = range(_lookback_start(blocks, start), start)
    candidates = [i for i in window if verdicts[i] is None]
    for i in candidates:
        if looks_like_dateline(blocks[i].text):
            verdicts[i] = Verdict(Role.DATELINE, "dateline before the body")
    body_words = _content_words(" ".join(b.text for b in blocks[start:start + BODY_SAMPLE]))
    headline = _find_headline(blocks, verdicts, candidates, body_words)
    if headline is None:
        return None
    headline = _completed(blocks, verdicts, headline, start)
    verdicts[headline] = Verdict(Role.HEADLINE, "headline: title-shaped line before the body, "
                                                "in the words of the body")
    for i in candidates:
        if i < headline and _same_text(blocks[i], blocks[headline]):
            verdicts[i] = Verdict(Role.BOILERPLATE, "headline printed twice")
    _mark_name_byline(blocks, verdicts, candidates, headline, start)
    _mark_standfirst(blocks, verdicts, candidates, headline, start, body_words)
    return headline


def _completed(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], headline: int, start: int
) -> int:
    """The line under the headline when it repeats the headline and adds to it: the
    shorter line names a series or a section ("Opening Bell" / "Opening Bell 11.18.19")."""
    below = headline + 1
    if below >= start or verdicts[below] is not None:
        return headline
    short, long = _WORDS.findall(blocks[headline].text), _WORDS.findall(blocks[below].text)
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


def _mark_standfirst(
    blocks: Sequence[Block], verdicts: list[Verdict | None], candidates: list[int],
    headline: int, start: int, body_words: set[str],
) -> None:
    """The first block of some size under the headline, when it reads as a summary: it
    shares words with the body, or it is a sentence standing between the headline and the
    byline (the order of headline, dek, byline). Short clutter ("12 comments") is passed
    over; a photo caption is no standfirst."""
    byline = next((i for i in range(headline + 1, start)
                   if (v := verdicts[i]) is not None and v.role is Role.BYLINE), None)
    passed = 0
    for i in candidates:
        if i <= headline or verdicts[i] is not None:
            continue
        block = blocks[i]
        metadata = _is_metadata(block.text)
        if metadata and block.signals.units > METADATA_MAX_UNITS:
            return
        clutter = block.signals.units < STANDFIRST_MIN_UNITS or metadata
        if clutter and passed < STANDFIRST_CLUTTER_LINES:
            passed += 1
            continue
        if not _is_standfirst(block) or metadata or _in_capitals(block.text) or \
                _is_caption(blocks, i) or \
                _opens_teaser_list(blocks, verdicts, i) or \
                _repeated_in_body(blocks, i, start):
            return
        above_byline = byline is not None and i < byline and is_sentence_like(block.text)
        if above_byline or _overlap(block.text, body_words) >= STANDFIRST_MIN_OVERLAP:
            reason = "above the byline" if above_byline else "between headline and body"
            verdicts[i] = Verdict(Role.STANDFIRST, f"standfirst: {reason}")
        return


def _mark_dek_in_run(
    blocks: Sequence[Block], verdicts: list[Verdict | None], headline: int, start: int,
    end: int,
) -> None:
    """With no standfirst before the body, the body run's first block is the dek when the
    block under it stops the text before the article goes on: a byline or a name ("Nishant
    Kumar @nishant") not from the headline (that one names a photo's
    subject), a place line in capitals ("BAAR, SWITZERLAND"). The dek is a summary of
    some size, not a caption, and not printed again below."""
    if start + 2 >= end or _has_role(verdicts, range(len(blocks)), Role.STANDFIRST):
        return
    dek, stop = blocks[start], blocks[start + 1]
    if verdicts[start] is None or verdicts[start].role is not Role.BODY or \
            not _is_standfirst(dek) or _is_metadata(dek.text) or _is_caption(blocks, start) \
            or _repeated_in_body(blocks, start, start + 2):
        return
    if not _stops_text(stop, verdicts[start + 1]) or \
            _words(stop.text) <= _words(blocks[headline].text):
        return
    if _has_role(verdicts, range(start + 2, end), Role.BODY):
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
    own = " ".join(_WORDS.findall(blocks[i].text.lower()))
    if not own:
        return False
    return any(" ".join(_WORDS.findall(b.text.lower())).startswith(own)
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
    blocks: Sequence[Block], verdicts: list[Verdict | None], candidates: list[int],
    headline: int, start: int,
) -> None:
    """The line between headline and body that names a person, unless a "By …" line there
    already is the byline (then a name under it is a photo credit or a caption). A name
    with a date or "by" ("Jane Doe - May 2, 2019") outranks a bare name line, which must
    stand right under the headline and not repeat its words."""
    if _has_role(verdicts, range(headline + 1, start), Role.BYLINE):
        return
    named = []
    for i in candidates:
        dated = verdicts[i] is not None and verdicts[i].role is Role.DATELINE
        if i <= headline or not (verdicts[i] is None or dated) or \
                boilerplate_phrase(blocks[i].text) is not None:
            continue
        names = byline_names_text(blocks[i].text)
        if names and not _words(names) <= _words(blocks[headline].text):
            named.append((i, names))
    with_date = [i for i, names in named if names != blocks[i].text]
    near = [i for i, _ in named if i - headline <= NAME_LINE_MAX_DISTANCE]
    chosen = (with_date or near)[:1]
    for i in chosen:
        verdicts[i] = Verdict(Role.BYLINE, "byline: a name between headline and body")


def _has_role(verdicts: Sequence[Verdict | None], indexes: range, role: Role) -> bool:
    return any((v := verdicts[i]) is not None and v.role is role for i in indexes)


def _drop_far_bylines(
    verdicts: list[Verdict | None], headline: int, start: int, end: int
) -> None:
    """With a byline between headline and body, "By …" lines above the headline or after
    the article are other articles' (teasers, related stories, a site's slogan)."""
    if not _has_role(verdicts, range(headline + 1, start), Role.BYLINE):
        return
    for i, verdict in enumerate(verdicts):
        if verdict is not None and verdict.role is Role.BYLINE and not headline < i < end:
            verdicts[i] = Verdict(Role.BOILERPLATE, "byline away from the article's headline")


def _find_headline(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], candidates: list[int],
    body_words: set[str],
) -> int | None:
    """The title-shaped line before the body that shares most words with the body.

    A headline states what the article is about, so its words come back in the first
    paragraphs (in any language); menus, section labels and photo credits do not. A line
    printed twice in a row gains (pages often repeat the headline). Among near-equals the
    earliest wins: the standfirst, which also echoes the body, comes after the headline.
    """
    scored: list[tuple[float, int]] = []
    eligible = [i for i in candidates if _may_be_headline(blocks[i], verdicts[i])
                and not _in_menu(blocks, verdicts, i)]
    byline_tops, deks = _tops_above_bylines(blocks, verdicts, eligible)
    for position, i in enumerate(candidates):
        if i not in eligible or i in deks:
            continue
        score = _overlap(blocks[i].text, body_words)
        score += HEADLINE_LENGTH_BONUS * min(blocks[i].signals.units, 15)
        if position and _same_text(blocks[candidates[position - 1]], blocks[i]):
            score += REPEATED_HEADLINE_BONUS
        if i in byline_tops:
            score += ABOVE_BYLINE_BONUS
        scored.append((score, i))
    scored = _without_breadcrumbs(blocks, scored)
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
        and bool(_content_words(block.text)) and not looks_like_caption(block.text)
        and not _BREADCRUMB.search(block.text)
    )


def _tops_above_bylines(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], eligible: list[int]
) -> tuple[set[int], set[int]]:
    """The title-shaped lines right above a byline or dateline, or the one above
    it when that is shorter (a headline, then its dek, then the byline); and those deks.
    A line that names a person (the byline itself, above the date) or a kicker in
    capitals between is stepped over, and so is a short label between headline and dek
    ("Editorial"). A dek is no headline when the line above it has a headline's length
    (a shorter line above may be a section's name: "Hong Kong")."""
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
    return tops, deks


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
            len(_content_words(blocks[above].text)) >= HEADLINE_TYPICAL_WORDS:
        return above
    return None


def _sentence_cased(text: str) -> bool:
    """Most words after the first begin in lower case (a sentence, not a title)."""
    words = [w for w in _WORDS.findall(text)[1:] if w[0].isalpha()]
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
        words = " ".join(_WORDS.findall(blocks[i].text.lower()))
        for later_score, j in scored:
            tail = " ".join(_WORDS.findall(blocks[j].text.lower()))
            if j > i and i in kept and len(tail.split()) >= 2 and tail != words and \
                    words.endswith(tail):
                kept[j] = max(kept.get(j, later_score), score) + REPEATED_HEADLINE_BONUS
                del kept[i]
    return sorted(((score, i) for i, score in kept.items()), key=lambda pair: pair[1])


def _overlap(text: str, body_words: set[str]) -> float:
    """The share of a line's content words that the body's first blocks use too, counting
    at least a few words: a two-word label found in the body ("United States") is weaker
    evidence than a headline's six."""
    words = _content_words(text)
    return len(words & body_words) / max(len(words), HEADLINE_TYPICAL_WORDS) if words else 0.0


def _is_kicker(block: Block) -> bool:
    """A short label in capitals over a headline ("DUBAI AIRSHOW", "AUTO NEWS")."""
    text = block.text
    return len(text.split()) <= KICKER_MAX_WORDS and text.isupper()


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text.lower()))


def _content_words(text: str) -> set[str]:
    """Lower-cased words that carry meaning: long enough, or in a script without spaces."""
    return {w for w in _WORDS.findall(text.lower()) if len(w) >= 4 or not w.isascii()}


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


def _mark_glued_tags(
    blocks: Sequence[Block], verdicts: list[Verdict | None], start: int, end: int
) -> None:
    """A line of tag links run together, with no label, soon after the body
    ("Company TownTelevisionBusiness", "bookreview"): it splits into several short
    pieces at case changes and word boundaries, none of them a button's wording, and
    half of them in the words of the article. A tag list elsewhere on the page (a
    sidebar's categories) does not stand in its way."""
    if _has_role(verdicts, range(start, min(end + GLUED_TAGS_LOOKAHEAD, len(blocks))), Role.TAGS):
        return  # the article's tag list is found already
    counts: Counter[str] | None = None
    body_words: set[str] = set()
    for i in range(end, min(end + GLUED_TAGS_LOOKAHEAD, len(blocks))):
        block = blocks[i]
        text = block.text
        if verdicts[i] is not None or block.signals.units > GLUED_TAGS_MAX_UNITS or \
                block.kind not in (Kind.LINE, Kind.PARAGRAPH) or \
                text.rstrip().endswith((".", "!", "?", "…")) or _SEPARATORS.search(text):
            continue
        if not _GLUED_CASE.search(text) and not (text.isalpha() and text.islower()):
            continue  # neither words run into capitals nor one run of small letters
        if counts is None:
            counts = Counter(w for b in blocks for w in _WORDS.findall(b.text))
            body_words = _article_words(blocks, verdicts, start, end)
        own = Counter(_WORDS.findall(text))
        lexicon = {w for w, n in counts.items() if n > own[w]}  # words seen elsewhere
        tags = split_tags(text, lexicon=lexicon)
        if tags and is_tag_label(tags[0]):
            tags = tags[1:]  # "Topicsbanksmoney": the label run into the tags
        in_body = sum(1 for tag in tags if _content_words(tag) & body_words)
        if len(tags) >= 2 and in_body >= GLUED_TAGS_IN_BODY * len(tags) and all(
            len(tag.split()) <= GLUED_TAG_MAX_WORDS and _LETTERS.search(tag)
            and not _button_wording(tag) for tag in tags
        ):
            verdicts[i] = Verdict(Role.TAGS, "tag list: tag links run together after the body")
            return


def _article_words(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], start: int, end: int
) -> set[str]:
    """The content words of the article: its body run, headline and standfirst (a tag
    may name what the headline says and a short body does not repeat)."""
    front = [b.text for b, v in zip(blocks[:start], verdicts[:start])
             if v is not None and v.role in (Role.HEADLINE, Role.STANDFIRST)]
    return _content_words(" ".join(front + [b.text for b in blocks[start:end]]))


def _mark_tag_run(
    blocks: Sequence[Block], verdicts: list[Verdict | None], start: int, end: int
) -> None:
    """Tags one a line with no label, right after the body (a few lines on): a run of
    short lines, none a button or a sentence, enough of them in the article's words
    ("Asia / Afghanistan / United States" under a story on Afghanistan)."""
    if _has_role(verdicts, range(start, min(end + GLUED_TAGS_LOOKAHEAD, len(blocks))), Role.TAGS):
        return
    body_words = _article_words(blocks, verdicts, start, end)
    for first in range(end, min(end + TAG_RUN_LOOKAHEAD, len(blocks))):
        label = verdicts[first] is None and boilerplate_phrase(blocks[first].text) == "related"
        first += label  # "Related" over the tags
        run = first
        while run < len(blocks) and verdicts[run] is None and _may_be_tag_line(blocks, run) \
                and (run == first or blocks[run].signals.blank_before == 0) \
                and blocks[run].kind is Kind.LINE and _PLAIN_TAG.fullmatch(blocks[run].text) \
                and not _button_wording(blocks[run].text) \
                and not looks_like_dateline(blocks[run].text) \
                and blocks[run].text.lower() not in BYLINE_PREFIXES:
            run += 1
        if run - first < TAG_RUN_MIN_LINES:
            continue
        tags = [blocks[k].text for k in range(first, run)]
        in_body = sum(1 for tag in tags if _content_words(tag) & body_words)
        if in_body >= TAG_RUN_IN_BODY * len(tags):
            for k in range(first, run):
                verdicts[k] = Verdict(Role.TAGS, "tag: short lines with no label after the "
                                                 "body, in the article's words")
        return


def _drop_labelled_menus(
    blocks: Sequence[Block], verdicts: list[Verdict | None], start: int, end: int
) -> None:
    """A tag label over a list one a line of which too few are in the article's words
    is the site's topic menu or category widget ("Topics" / "Hardware" / "Gaming" / …),
    not the article's tags."""
    body_words = _article_words(blocks, verdicts, start, end)
    i = 0
    while i < len(blocks):
        v = verdicts[i]
        if v is None or v.role is not Role.TAGS or not is_tag_label(blocks[i].text):
            i += 1
            continue
        j = i + 1
        while j < len(blocks) and (w := verdicts[j]) is not None and w.role is Role.TAGS \
                and not is_tag_label(blocks[j].text) and w.reason == _TAG_LINE_REASON:
            j += 1
        items = [blocks[k].text for k in range(i + 1, j)
                 if not _TAG_SEPARATOR_LINE.fullmatch(blocks[k].text)]
        if len(items) >= MENU_LIST_MIN_ITEMS and \
                sum(1 for t in items if _content_words(t) & body_words) < \
                LABELLED_LIST_IN_BODY * len(items):
            for k in range(i, j):
                verdicts[k] = Verdict(Role.BOILERPLATE, "a labelled list of the site's topics, "
                                                        "few in the article's words")
        i = j


def _mark_capital_tags_above(
    blocks: Sequence[Block], verdicts: list[Verdict | None], start: int, end: int
) -> None:
    """Tags one a line in capitals right above the body, under the byline or the date (a
    share button may stand between): a run of short plain lines, enough of them in the
    article's words ("SHARE" / "HEALTH" / "CANNABIS" / "WEED" over a story on cannabis).
    Capitals set them apart from a menu's items."""
    if _has_role(verdicts, range(len(blocks)), Role.TAGS):
        return
    first = start
    while first > 0 and verdicts[first - 1] is None and \
            blocks[first - 1].kind is Kind.LINE and blocks[first - 1].text.isupper() \
            and _may_be_tag_line(blocks, first - 1) \
            and _PLAIN_TAG.fullmatch(blocks[first - 1].text) \
            and (first == start or blocks[first].signals.blank_before == 0):
        first -= 1
    while first < start and _button_wording(blocks[first].text):
        first += 1  # "SHARE" over the tags
    if start - first < TAG_RUN_MIN_LINES:
        return
    above = first - 1
    while above >= 0 and verdicts[above] is None and _button_wording(blocks[above].text):
        above -= 1
    if above < 0 or verdicts[above] is None or \
            verdicts[above].role not in (Role.BYLINE, Role.DATELINE):
        return
    body_words = _article_words(blocks, verdicts, start, end)
    tags = [blocks[k].text for k in range(first, start)]
    if sum(1 for tag in tags if _content_words(tag) & body_words) >= \
            TAG_RUN_IN_BODY * len(tags):
        for k in range(first, start):
            verdicts[k] = Verdict(Role.TAGS, "tag: lines in capitals between the byline "
                                             "and the body, in the article's words")


def _button_wording(text: str) -> bool:
    """Boilerplate wording in the text, or in its first or last word ("Comment via
    Facebook", "Follow on Instagram")."""
    words = text.split()
    return any(boilerplate_phrase(part) is not None
               for part in (text, words[0], words[-1]) if part)


def _mark_run_end_bio(
    blocks: Sequence[Block], verdicts: list[Verdict | None], start: int, end: int
) -> None:
    """The last paragraphs of the body run may be the author's bio ("X covers …")."""
    authors = _byline_authors(blocks, verdicts)
    for i in range(end - 1, start, -1):
        if verdicts[i] is not None and verdicts[i].role is Role.BODY:
            if _opens_bio(blocks[i].text, authors) or (
                invites_to_follow(blocks[i].text) and i == end - 1
            ):
                verdicts[i] = Verdict(Role.BIO, "author bio: 'Name covers/is …' after the body")
                continue
            break


def _mark_back(
    blocks: Sequence[Block], verdicts: list[Verdict | None], end: int, prose: Sequence[bool]
) -> None:
    """An author bio right after the body (before other prose) is the bio: a sentence
    that opens with someone and a bio verb ("X covers …", see :func:`_opens_bio`), or
    prose that
    names the author of the byline ("Als Sales Manager bildet Anna Roe …")."""
    authors = _byline_authors(blocks, verdicts)
    for i in range(end, min(end + BIO_LOOKAHEAD, len(blocks))):
        if verdicts[i] is not None:
            continue
        text = blocks[i].text
        if _opens_bio(text, authors):
            verdicts[i] = Verdict(Role.BIO, "author bio: 'Name covers/is …' after the body")
        elif prose[i] and blocks[i].signals.units <= BIO_MAX_UNITS and \
                any(name in text for name in authors) and boilerplate_phrase(text) is None:
            verdicts[i] = Verdict(Role.BIO, "author bio: prose naming the byline's author, "
                                            "after the body")


def _opens_bio(text: str, authors: set[str]) -> bool:
    """The text opens with someone and a bio verb ("X covers …"); a single word only when
    it is a name of the byline ("Nobody covers Columbus like …" is a slogan)."""
    subject = bio_subject(text)
    return subject is not None and (
        " " in subject or any(subject in name.split() for name in authors))


def _mark_author_box(
    blocks: Sequence[Block], verdicts: list[Verdict | None], start: int, end: int
) -> None:
    """At the end of the body or after it, an author box: its heading ("About the
    author", "Sobre Ann Poe"), maybe the author's name on a line, then the text about
    the author; or a name line with the text right under it opening with that name
    ("Regan" / "Regan is a …"), or a line with a name of the byline and a paragraph
    under it ("Bruce Lee" / "I am a writer …")."""
    authors = {name.lower() for name in _byline_authors(blocks, verdicts)}

    def free(j: int) -> bool:
        return verdicts[j] is None or verdicts[j].role in (Role.BODY, Role.BOILERPLATE)

    for i in range(max(start, end - AUTHOR_BOX_TAIL), min(end + AUTHOR_BOX_LOOKAHEAD, len(blocks))):
        text = blocks[i].text
        if not free(i):
            continue
        if author_box_heading(text):
            below = range(i + 1, min(i + 1 + AUTHOR_BOX_REACH, len(blocks)))
            bio = next((j for j in below if _tells_about(blocks[j])), None)
        elif i + 1 < len(blocks) and _text_under_name(blocks, i, i + 2 >= end, authors):
            bio = i + 1
        else:
            continue
        if bio is not None and free(bio):
            verdicts[i] = Verdict(Role.BOILERPLATE, "author box: heading or name")
            verdicts[bio] = Verdict(Role.BIO, "author bio: the text of an author box")
            return


def _text_under_name(
    blocks: Sequence[Block], i: int, after_body: bool, authors: set[str]
) -> bool:
    """A name line and the text of an author box right under it: the text opens with the
    name, or (at the body's end) the name is the byline's and a paragraph follows, with no
    other name under it (names and titles in turn are a list of stories)."""
    name, below = blocks[i].text, blocks[i + 1]
    if _is_name_line(name) and _opens_with_name(below.text, name):
        return True
    listed = i + 2 < len(blocks) and _is_name_line(blocks[i + 2].text)
    return after_body and name.lower() in authors and _tells_about(below) and \
        below.signals.units >= AUTHOR_BOX_MIN_UNITS and not listed


def _opens_with_name(text: str, name: str) -> bool:
    """The text opens with the name (or its first word) and a bio's verb: "Regan is a …",
    "Ann Poe joined …"."""
    for opening in (name, name.split()[0]):
        if text.startswith(opening + " ") and _BIO_OPENING.match(text[len(opening):]):
            return True
    return False


def _mark_author_bio(
    blocks: Sequence[Block], verdicts: list[Verdict | None], start: int, end: int
) -> None:
    """Among the body run's last blocks or after the body, the first paragraph whose first
    sentence names the byline's author and has a bio's verb ("Pulitzer Prize-winning
    journalist Ann Poe writes …", "Dear Abby is written by Ann Poe, … and was founded …")."""
    authors = _byline_authors(blocks, verdicts)
    if not authors:
        return
    patterns = [re.compile(r"\b" + re.escape(name) + r"\b", re.I) for name in authors]
    # A name the article talks about ("Atkins Diet" read as a byline) is no author's.
    patterns = [p for p in patterns if sum(1 for b in blocks[start:end] if p.search(b.text)) <= 1]
    for i in range(max(start, end - BIO_RUN_TAIL), min(end + BIO_LOOKAHEAD, len(blocks))):
        verdict = verdicts[i]
        if i < end and (verdict is None or verdict.role not in (Role.BODY, Role.BOILERPLATE)):
            continue
        if i >= end and verdict is not None:
            continue
        text = blocks[i].text
        if len(text.split()) < AUTHOR_BOX_MIN_WORDS or blocks[i].signals.units > BIO_MAX_UNITS:
            continue
        sentence = _SENTENCE_END.split(text, maxsplit=1)[0]
        first = " ".join(sentence.split()[:BIO_FIRST_SENTENCE_WORDS])
        if any(p.search(first) for p in patterns) and _BIO_VERB.search(first):
            verdicts[i] = Verdict(Role.BIO, "author bio: its first sentence names the byline's "
                                            "author, with a bio's verb")
            return


def _is_name_line(text: str) -> bool:
    """A line that is only a name: "Ann Poe", or one capitalised word ("Regan")."""
    return byline_names_text(text) == text or (
        text.isalpha() and text[:1].isupper() and text[1:].islower())


def _tells_about(block: Block) -> bool:
    """Text about someone: some words, not a button, a name or a date line."""
    text = block.text
    return len(text.split()) >= AUTHOR_BOX_MIN_WORDS and boilerplate_phrase(text) is None \
        and byline_names_text(text) is None and not looks_like_dateline(text)


def _byline_authors(blocks: Sequence[Block], verdicts: Sequence[Verdict | None]) -> set[str]:
    """Full names (two words or more) in the page's byline lines; a name run into the
    author's title ("Ann PoeBusiness Columnist") also without the title."""
    names: set[str] = set()
    for block, verdict in zip(blocks, verdicts):
        if verdict is None or verdict.role is not Role.BYLINE:
            continue
        raw = byline_text(block.text) or byline_names_text(block.text) or ""
        for name in _NAME_SPLIT.split(byline_names_part(raw)):
            for variant in (name, _GLUED_WORD.split(name)[0]):
                if len(variant.split()) >= 2:
                    names.add(variant.strip())
    return names
