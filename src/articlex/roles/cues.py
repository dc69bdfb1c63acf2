"""Cues of article fields in visible text: byline prefixes, tag labels, bio wording.

The word tables are data, in several languages (:mod:`articlex.tables.words`); the
functions below only match them. The role passes use them to give blocks their roles,
:mod:`.values` and :mod:`.names` to read the values out of those blocks, the field
stage to tell a tag list the page labels from a keyword list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..dates import MONTHS, looks_like_dateline, parse_date
from ..tables.words import (
    ABOUT_AUTHOR_LABELS,
    ABOUT_WORDS,
    BIO_VERBS,
    BYLINE_PREFIXES,
    CAPITALS_STOP_WORDS,
    CAPTION_LABELS,
    CAPTION_TOGGLES,
    COLON_TAG_LABELS,
    COMMENT_WORDS,
    CREDIT_WORDS,
    FILING_LABELS,
    NAME_JOINERS,
    TAG_LABELS,
    WEEKDAYS,
)
from ..textshape import ends_like_sentence


def alternation(phrases: Iterable[str]) -> str:
    """A regular-expression alternation of the phrases, escaped, longest first (so that
    "tags" is tried before "tag").

    >>> alternation(["tag", "tags", "topics"])
    'topics|tags|tag'
    """
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


#: Capital letters of the Latin (accented too) and Cyrillic alphabets.
CAPITALS = "A-Z\u00C0-\u00DE\u0400-\u042F"
# Two words run together: a lower-case letter, then a capital ("TownTelevision").
GLUED_WORDS = re.compile(rf"[^\W\d_{CAPITALS}][{CAPITALS}]")
#: Short lines remembered by the cached tests below (texts only: bounded memory).
CUE_CACHE_SIZE = 4096
#: Separators of the items of a list printed on one line ("budget, schools; roads").
LIST_SEPARATORS = re.compile(r"[,;|·•]")
#: A tag printed on a line of its own is at most this long; a longer line under a tag
#: label holds the whole list.
TAG_LINE_MAX_UNITS = 6
#: A labelled tag line ("Tags: a, b, c"), or the whole list on the line under a label, is
#: at most this long: a longer block is prose that happens to open with the word.
TAG_LIST_MAX_UNITS = 60

_COLON_LABEL_RE = re.compile(
    r"^\s*(?:" + "|".join(re.escape(label) for label in COLON_TAG_LABELS) + r")\s*[:：]\s*(?=\S)",
    re.I,
)
_LABEL_RE = re.compile(
    r"^\s*(?:" + alternation(TAG_LABELS)
    # The label ends at a separator, a space or a capital run into it ("TopicsAudi"):
    # not inside a longer word ("Temasek", "Tagline").
    + r")(?:\s*(?::|：|-|–|—)\s*|\s+|(?-i:(?=[A-Z\u00C0-\u00DE\u0400-\u042F])))(?=\S)",
    re.I,
)
_TAG_LABEL_SET = frozenset(TAG_LABELS) | frozenset(COLON_TAG_LABELS)
_LABEL_PREFIXES = tuple(sorted({label.lower() for label in _TAG_LABEL_SET}))
_LABEL_PREFIX_CHARS = max(map(len, _LABEL_PREFIXES))
_LABEL_FIRST_LETTERS = frozenset(label[0] for label in _LABEL_PREFIXES)
_BYLINE_RE = re.compile(
    r"^\s*(?:" + alternation(BYLINE_PREFIXES)
    + r")\s*:?\s+(?=\w)",
    re.I,
)
# A person's name: two to four capitalised words (initials and particles allowed).
NAME_PATTERN = (
    r"(?:[A-Z\u00C0-\u00DE\u0400-\u042F][\w'’.-]+|[A-Z]\.)"
    r"(?:\s+(?:(?:de|da|van|von|der|den|del|la|le|di|du|bin|al|dos|das)\s+)?"
    r"(?:[A-Z\u00C0-\u00DE\u0400-\u042F][\w'’.-]+|[A-Z]\.)){1,3}"
)
_BIO_VERB_RE = alternation(BIO_VERBS)
# "Name [(handle or e-mail)] covers …"; a one-word name only with a job word after it.
_BIO_RE = re.compile(
    r"^(?P<name>" + NAME_PATTERN + r"|[A-Z\u00C0-\u00DE\u0400-\u042F][\w'’.-]+)"
    r"(?:\s+\([^)]{1,60}\))?\s+(?:" + _BIO_VERB_RE + r"|joined)\b"
)
#: Words of a journalist's bio, in several languages: with one, a bio needs no
#: publication name after the verb and may start with a first name only.
_JOB_WORDS = re.compile(
    r"\b(writer|reporter|editor|journalist|author|columnist|correspondent|contributor|"
    r"covers|blogger|host|freelance|critic|producer|photographer|analyst|"
    r"journalistin|redakteur|autor|rédacteur|journaliste|periodista|redactor|"
    r"jornalista|giornalista|журналист|корреспондент|редактор|wartawan|penulis)\b", re.I)
_FOLLOW_INVITE = r"\bfollow\s+(?:\w+\s+){0,2}on\s+(?:twitter|x|facebook|instagram)\b"
_FOLLOW_INVITE_RE = re.compile(_FOLLOW_INVITE, re.I)
_FOLLOW_RE = re.compile(_FOLLOW_INVITE + r"|(?:^|\s)@\w{2,}", re.I)


def opens_with_tag_label(text: str) -> bool:
    """True when the text opens with a tag label's letters, with or without a separator
    after them: a quick test before a closer look.

    >>> opens_with_tag_label("Topicsbanksmoney"), opens_with_tag_label("Share")
    (True, False)
    """
    head = text.lstrip()[:_LABEL_PREFIX_CHARS].lower()
    return head[:1] in _LABEL_FIRST_LETTERS and head.startswith(_LABEL_PREFIXES)


def tag_list_text(text: str) -> str | None:
    """The tag text after a tag label, or None when the text is not a labelled tag list.

    >>> tag_list_text("Tags governmentsonyintrusionSony Pictures")
    'governmentsonyintrusionSony Pictures'
    >>> tag_list_text("Tagged: privacy, security")
    'privacy, security'
    >>> tag_list_text("Tags are a way to organise posts.") is None
    True
    """
    if not opens_with_tag_label(text):
        return None  # a quick test: most text opens with no label at all
    match = _LABEL_RE.match(text) or _COLON_LABEL_RE.match(text)
    if not match:
        return None
    rest = text[match.end():].strip()
    # A sentence that merely starts with the word ("Tags are …") is not a list.
    if re.match(r"^(are|is|were|was|can|should|will|help|of|and|the|a|an)\b", rest, re.I):
        return None
    return rest or None


#: A filed category has at most this many words ...
FILING_TAG_MAX_WORDS = 5
_FILING_RE = re.compile(
    r"^\s*(?:" + "|".join(re.escape(label) for label in FILING_LABELS) + r")\s*:?\s+"
    r"([^|]+?)\s*(?:\|.*)?$",
    re.I,
)


def filing_text(text: str) -> str | None:
    """The categories of a post's filing line, or None.

    >>> filing_text("Posted in Open thread | Permalink | 10 Comments")
    'Open thread'
    >>> filing_text("Posted in 2015, the video was seen by millions.") is None
    True
    """
    match = _FILING_RE.match(text)
    if not match:
        return None
    filed = match.group(1)
    items = [item.strip() for item in filed.split(",")]
    if ends_like_sentence(filed) or any(
            not item or len(item.split()) > FILING_TAG_MAX_WORDS or item[0].isdigit()
            for item in items):
        return None
    return filed


# A tag label inside a line: after a separator of the post's details, with its colon
# ("… - Categoria: Saúde - Tags: a b"), or "and tagged" after the filing in a post's
# filing sentence ("This entry was posted in News and tagged a, b. Bookmark the
# permalink.", "This article is related to: Awards and tagged a, b").
_INLINE_LABEL_RE = re.compile(
    r"(?:\s[-–—|•·]\s*(?:"
    + alternation(TAG_LABELS)
    + r")\s*[:：]|(?P<filed>\b(?:posted|filed|related to|categor)\b.*?)"
    r"\band\s+tagged(?:\s+with)?\s*:?)\s+(?P<tags>\S.*)",
    re.I,
)
# Where such tags end: at the next separator or sentence.
_INLINE_TAGS_END = re.compile(r"\s[-–—|•·]\s|\.\s")


def inline_tag_text(text: str) -> str | None:
    """The tags of a tag label inside a line of post details, or None.

    >>> inline_tag_text("05/10/2018 - By: Ann Poe - Category: Health - Tags: flu vaccine")
    'flu vaccine'
    >>> inline_tag_text("Posted in News and tagged budget, schools. Bookmark the permalink.")
    'budget, schools'
    >>> inline_tag_text("She tagged along with them and tagged the photos, as always.") is None
    True
    """
    if ":" not in text and "：" not in text and "tagged" not in text.lower():
        return None  # a quick test: each form has a colon or "tagged"
    match = _INLINE_LABEL_RE.search(text)
    if not match:
        return None
    tags = _INLINE_TAGS_END.split(match.group("tags"))[0].strip().rstrip(".")
    items = [item.strip() for item in tags.split(",")]
    if any(not item or len(item.split()) > FILING_TAG_MAX_WORDS for item in items):
        return None
    return tags


_COMMENT_COUNT_RE = re.compile(
    r"(?:\b\d+\s+|\bno\s+)?\b(?P<word>"
    + alternation(COMMENT_WORDS)
    + r")\b[!:]?",
    re.I,
)
#: A category in a post's details line opens with a capital and has at most this many
#: words; there are two at least (one alone is a section label).
DETAILS_CATEGORY_MAX_WORDS = 5


def details_categories(text: str) -> str | None:
    """The categories closing a post's details line (its author, date and comment count,
    then the categories), or None.

    >>> details_categories("Ann Poe 27/09/2018 2 comments Health, Science, Space Travel")
    'Health, Science, Space Travel'
    >>> details_categories("Ann Poe 27/09/2018 Comment! Health, Science")
    'Health, Science'
    >>> details_categories("November 19, 2019 Washington, D.C.") is None
    True
    """
    counts = list(_COMMENT_COUNT_RE.finditer(text))
    # The date before the last comment count (whose figure may follow a year: "2018 2
    # comments", "27/09/2018 Comente!").
    if not counts or parse_date(text[:counts[-1].start("word")]) is None:
        return None
    match = counts[-1]
    rest = text[match.end():].strip()
    items = [item.strip() for item in rest.split(",")]
    if len(items) < 2 or ends_like_sentence(rest) or any(
            not item[:1].isupper() or len(item.split()) > DETAILS_CATEGORY_MAX_WORDS
            for item in items):
        return None
    return rest


def is_tag_label(text: str) -> bool:
    """True for a tag label standing alone ("Tags:", "Related Topics").

    >>> is_tag_label("Related Topics:"), is_tag_label("Tags are useful")
    (True, False)
    """
    return text.strip().rstrip(":：").strip().lower() in _TAG_LABEL_SET


def byline_text(text: str) -> str | None:
    """The names part of a "By …" line, or None.

    >>> byline_text("By Jane Doe and John Roe")
    'Jane Doe and John Roe'
    >>> byline_text("By the way, this is prose.") is None
    True
    """
    match = _BYLINE_RE.match(text)
    if not match:
        return None
    rest = text[match.end():].strip()
    if not re.match(NAME_PATTERN, rest) and not re.match(r"^[^\W\d_]{2,}", rest):
        return None
    if re.match(r"^(the|a|an|this|that|way|far|then|now|all)\b", rest, re.I):
        return None
    return rest


_BY_INSIDE_RE = re.compile(r"\b(?i:by)\s+(" + NAME_PATTERN + r")")
_TIME_RE = re.compile(r"\d\d?:\d\d")
_WORD_BEFORE_RE = re.compile(r"(\w+)\W*$")
_NAME_JOIN = r"(?:\s*,\s*|\s+(?:and|und|et|y|e|i|и|dan|en|&)\s+|\s*&\s*)"
# Names joined by commas or "and", then maybe an organisation ("… Sioux Falls Argus Leader").
_NAME_LIST_RE = re.compile(
    r"(" + NAME_PATTERN + r")(?:" + _NAME_JOIN + NAME_PATTERN + r")*"
    r"(?:,?\s+[A-Z\u00C0-\u00DE\u0400-\u042F][\w'’.&-]*){0,4}")

# Separators between the parts of a meta line ("May 1 | by Ann Poe", "Text: Ann Poe·May 1").
_SEGMENT_SPLIT = re.compile(r"\s+[|–—-]\s+|\s*[|·•]\s*")


def byline_segment(text: str) -> str | None:
    """The names part of the first "By …" segment of a meta line, or None.

    >>> byline_segment("October 9, 2018 | by Olivia Larsen")
    'Olivia Larsen'
    >>> byline_segment("05/10/2018 - Publicado por: Ana Lima - Categoria: Saúde")
    'Ana Lima'
    >>> byline_segment("Photos | Video") is None
    True
    """
    for segment in _SEGMENT_SPLIT.split(text):
        names = byline_text(segment)
        if names:
            return names
    return None


#: The job word of a bio comes this early (characters) after its verb.
BIO_JOB_WINDOW = 80
#: A line naming the author is short (a name, maybe a title or a date).
BYLINE_MAX_WORDS = 12


@lru_cache(maxsize=CUE_CACHE_SIZE)  # text pages test many short lines, several times
def byline_names_text(text: str) -> str | None:
    """The part of a short line that names its author, for lines without a leading "By":
    "Tom Krisher, AP Auto Writer", "Chris Davies - Nov 19, 2019", "… 7:45 am by Joe Rossignol".
    Not a picture credit ("Photo by …"), nor a title that starts with a name ("Watch
    Jeff Goldblum Play Jazz on TV"), nor a label in mixed capitals ("Utility-scale PV").

    >>> byline_names_text("Chris Davies - Nov 19, 2019, 10:31 pm CST")
    'Chris Davies'
    >>> byline_names_text("Monday November 18, 2019 7:45 am PST by Joe Rossignol")
    'Joe Rossignol'
    >>> byline_names_text("Catherine Shu @catherineshu / 2 days")
    'Catherine Shu'
    >>> byline_names_text("Sign up for our newsletter") is None
    True
    >>> byline_names_text("Photo by Kirk Irwin/Getty Images") is None
    True
    """
    if len(text.split()) > BYLINE_MAX_WORDS:
        return None
    inside = _BY_INSIDE_RE.search(text)
    if inside:
        return None if _credits_picture(text, inside.start()) else inside.group(1)
    names = byline_names_part(text)
    match = _NAME_LIST_RE.fullmatch(names)
    if not match or not _reads_as_name(match.group(1)):
        return None
    rest = _GLUED_HANDLE.sub(" @", text)[len(names):].lstrip(" ,;:")
    if _goes_on_past_names(rest):
        return None
    return names


def _credits_picture(text: str, by: int) -> bool:
    """The word before the "by" at ``by`` credits a picture or a video ("Photo by …")."""
    before = _WORD_BEFORE_RE.search(text[:by])
    return before is not None and before.group(1).lower() in CREDIT_WORDS


def _reads_as_name(first: str) -> bool:
    """The first name of a list is a name: not a label in mixed capitals
    ("Utility-scale PV") nor the author's title."""
    letters = [w.strip(".") for w in first.split()]
    if not first.isupper() and any(w.isupper() and len(w) > 1 for w in letters):
        return False
    # "Senior Contributor": the author's title, not a name
    return not _JOB_WORDS.search(first)


def _goes_on_past_names(rest: str) -> bool:
    """What follows the names on the line is no date, handle or title of a byline."""
    if rest[:1].isalpha() and rest[:1].islower():
        return True  # the line goes on in words: a title or a sentence, not a byline
    # "Palm Bay 18 22 13 17": a score, not a name and a date
    return rest[:1].isdigit() and not (looks_like_dateline(rest) or _TIME_RE.match(rest))


def bio_subject(text: str) -> str | None:
    """The person an author-bio sentence is about, or None.

    >>> bio_subject("Martyn Williams covers mobile telecoms for The IDG News Service.")
    'Martyn Williams'
    >>> bio_subject("North Korea has been blamed for attacks before.") is None
    True
    >>> bio_subject("Zac covers Apple news for 9to5Mac.")
    'Zac'
    >>> bio_subject("Jeff Foust (jeff@example.com) is the editor of The Review.")
    'Jeff Foust'
    >>> bio_subject("Police is the main suspect here.") is None
    True
    """
    match = _BIO_RE.match(text)
    if not match:
        return None
    name = match.group("name")
    rest = text[match.end():]
    if _JOB_WORDS.search(text, len(name), match.end() + BIO_JOB_WINDOW):
        return name
    # "North Korea has been …": the name must be followed by a bio, not news. A bio
    # mentions the publication or social handles.
    if " " not in name or (not _FOLLOW_RE.search(text) and not re.search(
        r"\b(for|at|with|of|in|on|from)\s+(the\s+)?[A-Z0-9]", rest
    )):
        return None
    return name


# Characters that set a byline's names apart from what follows them.
_BYLINE_SEPARATORS = re.compile(r"\s*[|·•/]\s*|\s+[-–—]\s+|(?<=\w)[–—]\s*")
# A handle run into the name before it ("Jane Doe@janedoe"); an e-mail address has a dot.
_GLUED_HANDLE = re.compile(r"(?<=\w)@(?=\w+(?:\s|$))")


def byline_names_part(text: str) -> str:
    """The names at the start of a byline (its "By" already removed), without what follows
    them: a date or time, a handle, a separator, or words that are not names.

    >>> byline_names_part("Tess Bonn - 11/19/19 06:56 AM EST")
    'Tess Bonn'
    >>> byline_names_part("Moritz Bachmann publiziert am 25. September 2018")
    'Moritz Bachmann'
    >>> byline_names_part("Tariq Malik, Mike Wall 2019-11-18T22:05:36Z Spaceflight")
    'Tariq Malik, Mike Wall'
    >>> byline_names_part("KASHMIRA GANDER ON 11/13/19 AT 4:00 PM EST")
    'KASHMIRA GANDER'
    >>> byline_names_part("Jane Doe and John Roe")
    'Jane Doe and John Roe'
    """
    text = _GLUED_HANDLE.sub(" @", text)
    text = _BYLINE_SEPARATORS.split(text, maxsplit=1)[0]
    tokens = text.split()
    kept: list[str] = []
    for position, token in enumerate(tokens):
        word = token.strip(".,;:()[]\"'’“”").lower()
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        if _is_figure_or_link(token) or _opens_date(word, following) or \
                _ends_names(token, word):
            break
        kept.append(token)
    return " ".join(kept).strip(" ,;:")


def _is_figure_or_link(token: str) -> bool:
    """A token with a figure (a date, a time), a handle or an address."""
    return any(ch.isdigit() for ch in token) or token.startswith("@") or "://" in token


def _opens_date(word: str, following: str) -> bool:
    """A weekday, or a month with a figure after it: the date after the names."""
    return word in WEEKDAYS or (word in MONTHS and any(ch.isdigit() for ch in following))


def _ends_names(token: str, word: str) -> bool:
    """A word in lower case that joins no names, or a stop word in a byline printed in
    capitals ("JANE DOE ON 11/13/19")."""
    cased = next((ch for ch in token if ch.isalpha()), "")
    return (cased.islower() and word not in NAME_JOINERS) or \
        (token.isupper() and word in CAPITALS_STOP_WORDS)


_CAPTION_LABEL = "|".join(map(re.escape, CAPTION_LABELS))
_CAPTION_RE = re.compile(
    r"^(?:" + _CAPTION_LABEL + r")\s*:"  # "Above: …"
    r"|\b(?:" + _CAPTION_LABEL + r")s?\s*:\s*[^.:]{1,60}$"  # "… Credit: SpaceX"
    r"|\([^()]*(?:/|\b(?:" + _CAPTION_LABEL + r"|via|file)\b)[^()]*\)\W*$"  # "(AP Photo/Jo Roe)"
    r"|\([A-Z][A-Z.]+\)\W*$"  # "(AFP)"
    r"|[.!?…]\s*\([^()]{1,60}\)\W*$"  # a sentence, then a credit: "… in 2007. (NASA)"
    r"|\s/\s*[A-Z]{2,}\W*$"  # "… Jaafar ASHTIYEH / AFP"
    r"|[.!?]\s+(?:" + "|".join(CAPTION_TOGGLES) + r")$",
    re.I,
)


def looks_like_caption(text: str) -> bool:
    """True when the text reads as a photo caption by its frame: a caption label before
    it, or a credit or a gallery toggle after it.

    >>> looks_like_caption("Jo Roe celebrates a point in Madrid, Spain. (Manu Fernandez/AP)")
    True
    >>> looks_like_caption("Above: A coworking space in San Francisco.")
    True
    >>> looks_like_caption("The council approved the budget after a long debate.")
    False
    """
    return bool(_CAPTION_RE.search(text.strip()))


def opens_like_a_bio(text: str) -> bool:
    """True when the text starts with a name and a bio verb ("Regan is a …"), without
    the job words :func:`bio_subject` asks for: enough where the markup already says
    the text sits in an author box.

    >>> opens_like_a_bio("Regan is a Connecticut native living in Boston.")
    True
    >>> opens_like_a_bio("In 2019 it rained.")
    False
    """
    return _BIO_RE.match(text) is not None


def _about_rest(text: str) -> str | None:
    """For a heading over an author box: "" when it does not name the author ("About the
    author"), the words after its "about" word ("Über Moritz Bachmann"); None otherwise."""
    label = " ".join(text.split()).rstrip(":：").strip()
    lower = label.lower()
    if lower in ABOUT_AUTHOR_LABELS:
        return ""
    for word in ABOUT_WORDS:
        if lower.startswith(word + " "):
            return label[len(word) + 1:].strip()
    return None


def about_heading_subject(text: str) -> str | None:
    """For a heading over an author's bio, who it is about ("" when the heading does not
    say: "About the author"); None for other text.

    >>> about_heading_subject("Über Moritz Bachmann"), about_heading_subject("About the author")
    ('Moritz Bachmann', '')
    >>> about_heading_subject("About this report") is None
    True
    """
    rest = _about_rest(text)
    if not rest:
        return rest
    return rest if re.fullmatch(NAME_PATTERN, rest) else None


def mentions_follow(text: str) -> bool:
    """True when the text invites to follow someone on social media or gives a handle."""
    return bool(_FOLLOW_RE.search(text))


def invites_to_follow(text: str) -> bool:
    """True when the text invites to follow someone on social media ("Follow Ann on
    Twitter"); a handle alone ("… shared on the Twitter handle @senate") is not enough.

    >>> invites_to_follow("Follow Ann Poe on Twitter @annpoe.")
    True
    >>> invites_to_follow("The session was shared on the handle @senate.")
    False
    """
    return bool(_FOLLOW_INVITE_RE.search(text))


def author_box_heading(text: str) -> bool:
    """True for the heading of an author box: "About the author", "Sobre Ann Poe".

    >>> author_box_heading("ABOUT THE AUTHOR"), author_box_heading("Über Anna Roe")
    (True, True)
    >>> author_box_heading("About Us"), author_box_heading("About the budget")
    (False, False)
    """
    rest = _about_rest(text)
    return rest == "" or (bool(rest) and byline_names_text(rest) == rest)
