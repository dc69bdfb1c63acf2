"""The tag lines of a text page: one tag a line under a tag label (unless the list is the
site's topic menu, few of its lines in the article's words), tag links run together after
the body, short plain lines after it, or short lines between the byline and the body (over
the lead picture), in the article's words. (A labelled line, "Tags: …", is found by its wording,
:mod:`.wording_text`.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..dates import looks_like_dateline
from ..model import Block, Draft, Kind, Role, Verdict
from ..tables.words import BYLINE_PREFIXES
from ..textshape import ends_like_sentence, has_unspaced_script
from .boilerplate import boilerplate_phrase
from .cues import (
    GLUED_WORDS,
    LIST_SEPARATORS,
    TAG_LINE_MAX_UNITS,
    TAG_LIST_MAX_UNITS,
    is_tag_label,
    looks_like_caption,
    opens_with_tag_label,
)
from .lines import WORDS, content_words, has_role, role_of
from .tagsplit import Lexicon, split_tags

# A line holding only the comma between two tags (a list flattened one item a line).
_TAG_SEPARATOR_LINE = re.compile(r"\s*[,;|·•]\s*")
# Counts and brackets around a button's wording: "(42) Comments", "Post Comment (+)".
_COUNTS = re.compile(r"[\d()\[\]+]+")
#: Tag links run together on one line with no label ("arrowhead waterBPA-free bottles")
#: are looked for among this many blocks after the body: share buttons, a recipe card or
#: a related-posts list come between (swept 12-1000: 30 finds more and nothing wrong,
#: from 45 on menus and footers far down are taken);
#: with the label run into them ("Topicsbanksmoney"), anywhere after it ...
GLUED_TAGS_LOOKAHEAD = 30
#: ... on a line of at most this size, whose tags are at most this many words each.
GLUED_TAGS_MAX_UNITS = 30
GLUED_TAG_MAX_WORDS = 5
#: ... and at least this share of the tags has a word of the article (a run of buttons
#: or menu items, "Do not trackCommunity standards", has none) ...
GLUED_TAGS_IN_BODY = 0.5
#: ... and at most this many of them are a button's or an ad's wording: a tag may be
#: one ("sponsored"), a run of buttons is all of them.
GLUED_TAGS_MAX_BUTTONS = 1
# Separators of a list or a sentence: a line with them is no run of tag links.
_SEPARATORS = re.compile(r"[,;|·•:]")
#: Tags one a line with no label start at most this many blocks after the body ...
TAG_RUN_LOOKAHEAD = 4
#: ... in a run of at least this many lines, this share of them in the article's words.
TAG_RUN_MIN_LINES = 3
TAG_RUN_IN_BODY = 0.5
#: A labelled list ending at most this many blocks above the headline files the story
#: ("Filed under:" over the headline); further up, the page's menu.
HEADLINE_NEAR_BLOCKS = 3
#: Under a tag label, a list of at least this many lines one a line ...
MENU_LIST_MIN_ITEMS = 4
#: ... with fewer than this share in the article's words is the site's topic menu (swept
#: 0.1-0.5: 0.25-0.34 drop the menus, 0.5 drops true tags).
LABELLED_LIST_IN_BODY = 0.25
# Such a tag is plain words: no figures but a number closing a name ("Red Dead
# Redemption 2"), no colons, brackets or quotes (an address, a date, a list of results
# are not tags) and no full stop at its end.
_PLAIN_TAG = re.compile(r"[^\W\d_](?:[^\W\d_]|[ &'’.-])*(?<![. ])(?: \d{1,4})?")
#: Tags one a line are lines, or list items where a converter bulleted the list.
_TAG_LINE_KINDS = (Kind.LINE, Kind.LIST_ITEM)
# A tag has a word: two letters in a row ("438.3K" is a count).
_LETTERS = re.compile(r"[^\W\d_]{2}")


def mark_tag_lines(blocks: Sequence[Block], verdicts: Draft[Verdict | None]) -> None:
    """A tag label alone on a line, then short lines under it: one tag a line (the first
    may stand after a blank line). Lines of a lone comma between the tags mean the list
    ends at the first tag without one after it. Or the whole list on the line under the
    label ("Tags" / "budget, city council, schools"). A second label may come between
    ("Tags" / "terms:")."""
    for i, block in enumerate(blocks):
        if not is_tag_label(block.text):
            continue
        first = _first_under_label(blocks, verdicts, i)
        if first < len(blocks) and verdicts[first] is None and _is_list_line(blocks[first]):
            verdicts[first] = Verdict(Role.TAGS, "tag list: the line under a tag label")
            _mark_label(verdicts, i, first)
            continue
        if _mark_lines_under_label(blocks, verdicts, first) > first:
            _mark_label(verdicts, i, first)


def _first_under_label(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], label: int
) -> int:
    """The first line of the tags under a label: the next line, or the one after a
    second label ("terms:" under "Tags")."""
    first = label + 1
    if first + 1 < len(blocks) and verdicts[first] is None and \
            _SUB_LABEL.fullmatch(blocks[first].text):
        first += 1  # "terms:" under "Tags"
    return first


def _mark_lines_under_label(
    blocks: Sequence[Block], verdicts: Draft[Verdict | None], first: int
) -> int:
    """Mark the short lines from ``first`` on as tags, one a line; where the list ends.
    Once a line of a lone comma came between two tags, the list ends at the first tag
    without one after it."""
    j, separated = first, False
    while j < len(blocks) and verdicts[j] is None and _may_be_tag_line(blocks, j) and \
            (blocks[j].signals.blank_before == 0 or j == first):
        verdicts[j] = Verdict(Role.TAGS, _TAG_LINE_REASON)
        is_separator = _TAG_SEPARATOR_LINE.fullmatch(blocks[j].text) is not None
        separated = separated or is_separator
        j += 1
        following = blocks[j].text if j < len(blocks) else ""
        if separated and not is_separator and not _TAG_SEPARATOR_LINE.fullmatch(following):
            break
    return j


def _mark_label(verdicts: Draft[Verdict | None], label: int, first: int) -> None:
    """The label over tags found, and a second label between them."""
    verdicts[label] = Verdict(Role.TAGS, "tag list: label line")
    if first > label + 1:
        verdicts[label + 1] = Verdict(Role.BOILERPLATE, "tag list: a second label")


_TAG_LINE_REASON = "tag: a short line under a tag label"
# A second label under a tag label: one or two words and a colon ("terms:").
_SUB_LABEL = re.compile(r"\s*[^\W\d_]+(?: [^\W\d_]+)?\s*[:：]\s*")


def _is_list_line(block: Block) -> bool:
    """The tags on one line: longer than one tag, not a sentence nor a button's wording,
    and where it has separators, every item of the size of a tag."""
    text = block.text
    if not TAG_LINE_MAX_UNITS < block.signals.units <= TAG_LIST_MAX_UNITS or \
            block.kind not in (Kind.LINE, Kind.PARAGRAPH) or ends_like_sentence(text) or \
            _button_wording(text):
        return False
    items = LIST_SEPARATORS.split(text)
    return len(items) == 1 or all(
        _LETTERS.search(item) and len(item.split()) <= TAG_LINE_MAX_UNITS for item in items)


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


def _mark_glued_tags(
    blocks: Sequence[Block], verdicts: Draft[Verdict | None], start: int, end: int,
    body_words: ArticleWords,
) -> None:
    """A line of tag links run together, with no label, soon after the body
    ("Company TownTelevisionBusiness", "bookreview"): it splits into several short
    pieces at case changes and word boundaries, none of them a button's wording, and
    half of them in the words of the article. A tag list elsewhere on the page (a
    sidebar's categories) does not stand in its way."""
    if has_role(verdicts, range(start, min(end + GLUED_TAGS_LOOKAHEAD, len(blocks))), Role.TAGS):
        return  # the article's tag list is found already
    page: _PageWords | None = None  # made on first use
    for i in range(end, len(blocks)):
        text = blocks[i].text
        if verdicts[i] is not None or not _may_be_glued_line(blocks[i]):
            continue
        case_change = GLUED_WORDS.search(text) is not None
        if not case_change and not _small_letters_only(text):
            continue  # neither words run into capitals nor small letters only (after one)
        far = _needs_label(text, case_change, i >= end + GLUED_TAGS_LOOKAHEAD)
        if (far and not opens_with_tag_label(text)) or boilerplate_phrase(text) is not None:
            continue  # far from the body, or one capitalised word: only a label tells
        if page is None:
            page = _page_words(blocks)
        tags = _glued_pieces(text, page)
        if tags and is_tag_label(tags[0]):
            tags = tags[1:]  # "Topicsbanksmoney": the label run into the tags
        elif far:
            continue
        if _are_glued_tags(tags, body_words):
            verdicts[i] = Verdict(Role.TAGS, "tag list: tag links run together after the body")
            return


#: The words of the page for splitting glued tags: the lexicon, each word's count, and
#: each line's count of copies.
_PageWords = tuple[Lexicon, Counter[str], Counter[str]]


def _page_words(blocks: Sequence[Block]) -> _PageWords:
    """The lexicon of the page's words, their counts and the copies of each line."""
    counts = Counter(w for b in blocks for w in WORDS.findall(b.text))
    return Lexicon(counts, None), counts, Counter(b.text for b in blocks)


def _glued_pieces(text: str, page: _PageWords) -> list[str]:
    """The tags a line of glued tag links splits into."""
    lexicon, counts, copies = page
    # Words seen elsewhere: not in this line nor in its copies (a tag line printed
    # over and under the article), whose glued runs would protect themselves.
    own = Counter(WORDS.findall(text))
    return split_tags(text, lexicon=lexicon.without(
        w for w, n in own.items() if counts[w] <= n * copies[text]))


def _may_be_glued_line(block: Block) -> bool:
    """A line of the size of glued tags, with no sentence's end and no separators."""
    text = block.text
    return block.signals.units <= GLUED_TAGS_MAX_UNITS and \
        block.kind in (Kind.LINE, Kind.PARAGRAPH) and \
        not text.rstrip().endswith((".", "!", "?", "…")) and not _SEPARATORS.search(text)


def _small_letters_only(text: str) -> bool:
    """Letters only, in small letters after the first ("bookreview")."""
    letters = text.replace(" ", "")
    return letters.isalpha() and letters[1:].islower()


def _needs_label(text: str, case_change: bool, far_down: bool) -> bool:
    """Only a tag label run into the line tells it for glued tags: far from the body, or
    one capitalised word."""
    return far_down or not (case_change or text.replace(" ", "").islower())


def _are_glued_tags(tags: list[str], body_words: ArticleWords) -> bool:
    """Two tags at least but for one button's word, half of them in the article's words,
    each of a tag's length."""
    in_body = sum(1 for tag in tags if body_words.holds(tag))
    buttons = sum(1 for tag in tags if _button_wording(tag))
    return len(tags) - buttons >= 2 and buttons <= GLUED_TAGS_MAX_BUTTONS and \
        in_body >= GLUED_TAGS_IN_BODY * len(tags) and all(
            len(tag.split()) <= GLUED_TAG_MAX_WORDS and _LETTERS.search(tag) for tag in tags)


def mark_tags(
    blocks: Sequence[Block], verdicts: Draft[Verdict | None], start: int, end: int
) -> None:
    """The tag lists no label announces, around the body run [start, end), checked
    against the article's words (read once)."""
    body_words = _article_words(blocks, verdicts, start, end)
    _mark_glued_tags(blocks, verdicts, start, end, body_words)
    _drop_labelled_menus(blocks, verdicts, start, end, body_words)
    _mark_tag_run(blocks, verdicts, start, end, body_words)
    _mark_tags_above(blocks, verdicts, start, end, body_words)


def _article_words(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], start: int, end: int
) -> ArticleWords:
    """The content words of the article: its body run, headline and standfirst (a tag
    may name what the headline says and a short body does not repeat)."""
    front = [b.text for b, v in zip(blocks[:start], verdicts[:start])
             if v is not None and v.role in (Role.HEADLINE, Role.STANDFIRST)]
    return ArticleWords(content_words(" ".join(front + [b.text for b in blocks[start:end]])))


#: A tag's word of at least this many letters also matches an article word with another
#: ending: the same letters but for the last ENDING_LETTERS, keeping this many at least
#: ("immunology" and "immunologist", "biology" and "biologists", "royals" and "royal").
#: Swept 4-6: 5 finds one more tag list than 6, 4 nothing more.
STEM_MIN_LETTERS = 5
ENDING_LETTERS = 3


class ArticleWords:
    """The article's content words, asked whether a tag is in them."""

    def __init__(self, words: set[str]) -> None:
        self.words = words
        self._stems: set[str] | None = None  # word beginnings, made on the first miss

    def holds(self, tag: str) -> bool:
        """True when a word of the tag is a word of the article, or one with another
        ending.

        >>> words = ArticleWords({"immunologist", "lungs"})
        >>> words.holds("immunology"), words.holds("lungs"), words.holds("immigrants")
        (True, True, False)
        """
        tag_words = content_words(tag)
        if tag_words & self.words:
            return True
        if self._stems is None:
            self._stems = {w[:n] for w in self.words if not has_unspaced_script(w)
                           for n in range(STEM_MIN_LETTERS, len(w) + 1)}
        return any(w[:max(STEM_MIN_LETTERS, len(w) - ENDING_LETTERS)] in self._stems
                   for w in tag_words if len(w) >= STEM_MIN_LETTERS and not has_unspaced_script(w))


def _mark_tag_run(
    blocks: Sequence[Block], verdicts: Draft[Verdict | None], start: int, end: int,
    body_words: ArticleWords,
) -> None:
    """Tags one a line with no label, right after the body (a few lines on): a run of
    short lines, none a button or a sentence, enough of them in the article's words
    ("Asia / Afghanistan / United States" under a story on Afghanistan)."""
    if has_role(verdicts, range(start, min(end + GLUED_TAGS_LOOKAHEAD, len(blocks))), Role.TAGS):
        return
    for first in range(end, min(end + TAG_RUN_LOOKAHEAD, len(blocks))):
        label = verdicts[first] is None and boilerplate_phrase(blocks[first].text) == "related"
        first += label  # "Related" over the tags
        run = first
        while run < len(blocks) and _is_plain_tag_line(blocks, verdicts, run) \
                and (run == first or blocks[run].signals.blank_before == 0):
            run += 1
        if run - first < TAG_RUN_MIN_LINES:
            continue
        if _enough_in_article([blocks[k].text for k in range(first, run)], body_words):
            for k in range(first, run):
                verdicts[k] = Verdict(Role.TAGS, "tag: short lines with no label after the "
                                                 "body, in the article's words")
        return


def _is_plain_tag_line(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], k: int
) -> bool:
    """An undecided short line that may be a tag, of plain words: no button's wording,
    no date, no byline's word."""
    block = blocks[k]
    return verdicts[k] is None and _may_be_tag_line(blocks, k) \
        and block.kind in _TAG_LINE_KINDS and _PLAIN_TAG.fullmatch(block.text) is not None \
        and not _button_wording(block.text) \
        and not looks_like_dateline(block.text) \
        and block.text.lower() not in BYLINE_PREFIXES


def _enough_in_article(tags: list[str], body_words: ArticleWords) -> bool:
    """Enough of the tags (TAG_RUN_IN_BODY) in the article's words."""
    return sum(1 for tag in tags if body_words.holds(tag)) >= TAG_RUN_IN_BODY * len(tags)


def _drop_labelled_menus(
    blocks: Sequence[Block], verdicts: Draft[Verdict | None], start: int, end: int,
    body_words: ArticleWords,
) -> None:
    """A tag label over a list one a line of which too few are in the article's words
    is the site's topic menu or category widget ("Topics" / "Hardware" / "Gaming" / …),
    not the article's tags. (The words must match exactly: with other endings allowed, a
    widget's "Research" and "Solutions" would be in most articles.) Further above the
    headline, a list of any size is the site's menu unless half of it is in the article's
    words ("Topics" / "Week's top" / "Latest news" at the top of the page); right above
    it, the story's filing ("Filed under:" / "Entertainment" / "TV Shows")."""
    headline = next((k for k in range(start) if role_of(verdicts[k]) is Role.HEADLINE), -1)
    i = 0
    while i < len(blocks):
        if role_of(verdicts[i]) is not Role.TAGS or not is_tag_label(blocks[i].text):
            i += 1
            continue
        j = i + 1
        while j < len(blocks) and _is_tag_under_label(blocks, verdicts, j):
            j += 1
        items = [blocks[k].text for k in range(i + 1, j)
                 if not _TAG_SEPARATOR_LINE.fullmatch(blocks[k].text)]
        reason = _menu_reason(items, body_words, j, headline)
        if reason is not None:
            for k in range(i, j):
                verdicts[k] = Verdict(Role.BOILERPLATE, reason)
        i = j


def _is_tag_under_label(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], j: int
) -> bool:
    """A line taken for a tag one a line under a label (not itself a label)."""
    verdict = verdicts[j]
    return verdict is not None and verdict.role is Role.TAGS \
        and not is_tag_label(blocks[j].text) and verdict.reason == _TAG_LINE_REASON


def _menu_reason(
    items: list[str], body_words: ArticleWords, end: int, headline: int
) -> str | None:
    """Why the labelled list ending at ``end`` is a menu (the site's topics, or a list
    above the headline not in the article's words), or None for the article's tags."""
    in_body = sum(1 for t in items if content_words(t) & body_words.words)
    if len(items) >= MENU_LIST_MIN_ITEMS and in_body < LABELLED_LIST_IN_BODY * len(items):
        return "a labelled list of the site's topics, few in the article's words"
    if end + HEADLINE_NEAR_BLOCKS < headline and in_body < TAG_RUN_IN_BODY * len(items):
        return "a labelled list above the headline, not in the article's words: a menu"
    return None


def _mark_tags_above(
    blocks: Sequence[Block], verdicts: Draft[Verdict | None], start: int, end: int,
    body_words: ArticleWords,
) -> None:
    """Tags one a line right above the body, under the byline or the date (a share
    button may stand between, and the lead picture under them): a run of short plain
    lines each opening with a capital, enough of them in the article's words ("SHARE" /
    "HEALTH" / "CANNABIS" over a story on cannabis, "Markets" / "Policy" / "South
    Korea" over one on Korea's solar policy). The byline above and the article's words
    set them apart from a menu's items."""
    if has_role(verdicts, range(len(blocks)), Role.TAGS):
        return
    top = _above_lead_picture(blocks, verdicts, start)
    first = top
    while first > 0 and _is_capitalised_tag_line(blocks, verdicts, first - 1) \
            and (first == top or blocks[first].signals.blank_before == 0):
        first -= 1
    while first < top and _button_wording(blocks[first].text):
        first += 1  # "SHARE" over the tags
    if top - first < TAG_RUN_MIN_LINES or not _under_byline(blocks, verdicts, first):
        return
    if _enough_in_article([blocks[k].text for k in range(first, top)], body_words):
        for k in range(first, top):
            verdicts[k] = Verdict(Role.TAGS, "tag: short lines between the byline and the "
                                             "body, in the article's words")


def _is_capitalised_tag_line(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], k: int
) -> bool:
    """An undecided short line of plain words opening with a capital: a tag over the
    body."""
    block = blocks[k]
    return verdicts[k] is None and block.kind in _TAG_LINE_KINDS \
        and block.text[:1].isupper() and _may_be_tag_line(blocks, k) \
        and _PLAIN_TAG.fullmatch(block.text) is not None


def _under_byline(blocks: Sequence[Block], verdicts: Sequence[Verdict | None], first: int) -> bool:
    """The line above ``first``, share buttons stepped over, is a byline or a dateline."""
    above = first - 1
    while above >= 0 and verdicts[above] is None and _button_wording(blocks[above].text):
        above -= 1
    return above >= 0 and role_of(verdicts[above]) in (Role.BYLINE, Role.DATELINE)


#: Between the tags above the body and the body, the lead picture takes at most this
#: many blocks: its caption, its credit and share buttons.
LEAD_PICTURE_MAX_BLOCKS = 4


def _above_lead_picture(
    blocks: Sequence[Block], verdicts: Sequence[Verdict | None], start: int
) -> int:
    """Where the blocks over the body start once its lead picture is stepped over: share
    buttons, a credit line ("Image: …") and the caption right above it."""
    top = start
    while top > max(0, start - LEAD_PICTURE_MAX_BLOCKS) and verdicts[top - 1] is None:
        text = blocks[top - 1].text
        if looks_like_caption(text):
            top -= 1
            if top > 0 and verdicts[top - 1] is None and blocks[top - 1].kind is Kind.PARAGRAPH:
                top -= 1  # the caption over its credit
        elif _button_wording(text):
            top -= 1
        else:
            break
    return top


def _button_wording(text: str) -> bool:
    """Boilerplate wording in the text, or in its first or last word ("Comment via
    Facebook", "Follow on Instagram")."""
    words = text.split()
    return any(boilerplate_phrase(part) is not None
               for part in (text, words[0], words[-1]) if part)
