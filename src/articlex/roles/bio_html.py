"""The author's bio on an HTML page, where the byline rules left it as byline or body:
the longer text of an author box, the text under "About the author", a closing note
"Name is the editor of …" about the person in the byline."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Draft, Kind, Page, Role, Verdict
from .cues import NAME_PATTERN, about_heading_subject, bio_subject
from .markup import norm, quote

#: A block of an author box longer than this (units) is the bio, not the byline.
AUTHOR_BOX_BYLINE_UNITS = 15


#: A closing note about the author is at most this long (units).
CLOSING_BIO_MAX_UNITS = 60


#: Under an "About the author" heading, the bio is at most this many blocks ...
ABOUT_BIO_BLOCKS = 2


#: ... each at least this long (units): shorter text is the box's links or a name.
ABOUT_BIO_MIN_UNITS = 8


#: A closing note on the author with no job word: the byline's author named in full as
#: the subject of its first sentence ("Ann Poe is the site's deal finder …"), or a
#: column's tagline naming its writer ("Town Talk is written by Ann Poe …").
_CLOSING_NOTE = re.compile(
    r"(?P<subject>" + NAME_PATTERN + r")\s+(?:is|was|has|covers|writes|reports|joined)\b"
    r"|\bwritten by\s+(?P<writer>" + NAME_PATTERN + r")"
)


#: Meta names that declare the author, for matching a closing note to the byline.
AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "sailthru.author")


def mark_author_box_text(page: Page, verdicts: Draft[Verdict]) -> None:
    """The longer text of an author box that the byline rules left as the byline."""
    for i, block in enumerate(page.blocks):
        if (
            verdicts[i].role is Role.BYLINE
            and block.signals.units > AUTHOR_BOX_BYLINE_UNITS
            and "bio" in block.signals.hints
        ):
            verdicts[i] = Verdict(Role.BIO, f"author box text: {quote(block.text)}")


def mark_closing_note(page: Page, verdicts: Draft[Verdict]) -> None:
    """The body's last paragraph when it is a note "Name is the editor of …" about the
    person in the byline."""
    body = [i for i, v in enumerate(verdicts) if v.role is Role.BODY]
    if body:
        last = page.blocks[body[-1]]
        if last.kind is Kind.PARAGRAPH and last.signals.units <= CLOSING_BIO_MAX_UNITS:
            subject = _closing_note_subject(page, verdicts, " ".join(last.text.split()))
            if subject:
                verdicts[last.index] = Verdict(Role.BIO, f"closing note on the author {subject!r}")


def _closing_note_subject(page: Page, verdicts: Sequence[Verdict], text: str) -> str | None:
    """Whom a closing paragraph is a note on: a bio sentence about the byline's author
    ("Name covers … for …"), or a first sentence that names the author in full as its
    subject or as the column's writer."""
    subject = bio_subject(text)
    if subject:
        return subject if _names_the_author(page, verdicts, subject) else None
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    for match in _CLOSING_NOTE.finditer(first):
        name = match.group("subject") or match.group("writer")
        if " " in name and _names_the_author(page, verdicts, name, full=True):
            return name
    return None


def mark_about_author(page: Page, verdicts: Draft[Verdict]) -> None:
    """The text under a heading "About the author" or "About <the byline's author>",
    wherever the box sits (often beside the article, in a sidebar)."""
    blocks = page.blocks
    for i, block in enumerate(blocks):
        if block.kind is not Kind.HEADING or "comments" in block.signals.hints:
            continue
        subject = about_heading_subject(block.text)
        if subject is None or (subject and not _names_the_author(page, verdicts, subject)):
            continue
        for j in range(i + 1, min(len(blocks), i + 1 + ABOUT_BIO_BLOCKS)):
            after = blocks[j]
            if after.kind is Kind.HEADING or after.signals.units < ABOUT_BIO_MIN_UNITS:
                break
            if verdicts[j].role in (Role.BODY, Role.BOILERPLATE, Role.BYLINE):
                verdicts[j] = Verdict(Role.BIO, f"under the heading {quote(block.text)}")


def _names_the_author(
    page: Page, verdicts: Sequence[Verdict], name: str, *, full: bool = False
) -> bool:
    """True when the bylines or the declared author mention the name's last word (every
    word of it when ``full``)."""
    words = norm(name).split() if full else [name.split()[-1].lower()]
    bylines = [b.text for b, v in zip(page.blocks, verdicts) if v.role is Role.BYLINE]
    declared = page.metadata.meta_values(*AUTHOR_META)
    for obj in page.metadata.jsonld:
        author = obj.get("author")
        for person in author if isinstance(author, list) else [author]:
            if isinstance(person, dict) and isinstance(person.get("name"), str):
                declared.append(person["name"])
    return any(set(words) <= set(norm(text).split()) for text in [*bylines, *declared])
