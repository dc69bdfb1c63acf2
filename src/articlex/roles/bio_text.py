"""The author bio of a text page, at the body's end or after it: a paragraph that opens
with someone and a bio verb ("X covers …"), prose or a first sentence naming the
byline's author, or the text of an author box (its heading or a name line over it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import looks_like_dateline
from ..model import Block, Draft, Role, Verdict
from ..tables.words import BIO_VERBS
from .boilerplate import boilerplate_phrase
from .cues import (
    alternation,
    author_box_heading,
    bio_subject,
    byline_names_part,
    byline_names_text,
    byline_text,
    invites_to_follow,
)
from .lines import role_of

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
_BIO_VERB = re.compile(r"\b(?:" + alternation(BIO_VERBS) + r")\b")
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


def mark_run_end_bio(
    blocks: Sequence[Block], verdicts: Draft[Verdict | None], start: int, end: int
) -> None:
    """The last paragraphs of the body run may be the author's bio ("X covers …")."""
    authors = _byline_authors(blocks, verdicts)
    for i in range(end - 1, start, -1):
        if role_of(verdicts[i]) is Role.BODY:
            if _opens_bio(blocks[i].text, authors) or (
                invites_to_follow(blocks[i].text) and i == end - 1
            ):
                verdicts[i] = Verdict(Role.BIO, "author bio: 'Name covers/is …' after the body")
                continue
            break


def mark_back(
    blocks: Sequence[Block], verdicts: Draft[Verdict | None], end: int, prose: Sequence[bool]
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


def mark_author_box(
    blocks: Sequence[Block], verdicts: Draft[Verdict | None], start: int, end: int
) -> None:
    """At the end of the body or after it, an author box: its heading ("About the
    author", "Sobre Ann Poe"), maybe the author's name on a line, then the text about
    the author; or a name line with the text right under it opening with that name
    ("Regan" / "Regan is a …"), or a line with a name of the byline and a paragraph
    under it ("Bruce Lee" / "I am a writer …")."""
    authors = {name.lower() for name in _byline_authors(blocks, verdicts)}

    def free(j: int) -> bool:
        return role_of(verdicts[j]) in (None, Role.BODY, Role.BOILERPLATE)

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


def mark_author_bio(
    blocks: Sequence[Block], verdicts: Draft[Verdict | None], start: int, end: int
) -> None:
    """Among the body run's last blocks or after the body, the first paragraph whose first
    sentence names the byline's author and has a bio's verb ("Pulitzer Prize-winning
    journalist Ann Poe writes …", "Dear Abby is written by Ann Poe, … and was founded …")."""
    authors = _byline_authors(blocks, verdicts)
    if not authors:
        return
    patterns = _author_patterns(blocks[start:end], authors)
    for i in range(max(start, end - BIO_RUN_TAIL), min(end + BIO_LOOKAHEAD, len(blocks))):
        if not _open_for_bio(verdicts[i], i < end) or not _bio_sized(blocks[i]):
            continue
        if _first_sentence_names_author(blocks[i].text, patterns):
            verdicts[i] = Verdict(Role.BIO, "author bio: its first sentence names the byline's "
                                            "author, with a bio's verb")
            return


def _author_patterns(body: Sequence[Block], authors: set[str]) -> list[re.Pattern[str]]:
    """A pattern for each name of the byline, but for names the body uses more than once."""
    patterns = [re.compile(r"\b" + re.escape(name) + r"\b", re.I) for name in authors]
    # A name the article talks about ("Atkins Diet" read as a byline) is no author's.
    return [p for p in patterns if sum(1 for b in body if p.search(b.text)) <= 1]


def _open_for_bio(verdict: Verdict | None, in_run: bool) -> bool:
    """A block the bio may be: in the body run, one kept or taken for boilerplate; after
    it, one not decided yet."""
    if in_run:
        return role_of(verdict) in (Role.BODY, Role.BOILERPLATE)
    return verdict is None


def _bio_sized(block: Block) -> bool:
    """Enough words for a bio, and not more than a bio's size."""
    return len(block.text.split()) >= AUTHOR_BOX_MIN_WORDS and \
        block.signals.units <= BIO_MAX_UNITS


def _first_sentence_names_author(text: str, patterns: list[re.Pattern[str]]) -> bool:
    """The first words of the first sentence name the byline's author and have a bio's
    verb."""
    sentence = _SENTENCE_END.split(text, maxsplit=1)[0]
    first = " ".join(sentence.split()[:BIO_FIRST_SENTENCE_WORDS])
    return any(p.search(first) for p in patterns) and _BIO_VERB.search(first) is not None


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
