"""Authors: person names from the byline, the metadata, or the bio; and, for a page
that credits no person, the organisations it credits instead."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from ..model import Classified, Role
from ..roles.cues import bio_subject
from ..roles.names import (
    credits,
    is_organisation_name,
    is_person_name,
    is_site_name,
    person_names,
)
from ..roles.page_type import ARTICLE
from ..segment import jsonld

#: Byline blocks at most this many blocks apart belong to one byline ("By A" / "and B").
BYLINE_CLUSTER_GAP = 3


#: The page type whose author is the first poster's name, handle or not.
THREAD = "forum"
#: A poster's name: a handle or a name of at most this many words, of at least this
#: many characters (a lone letter is an avatar's initial).
POSTER_MAX_WORDS = 3
POSTER_MIN_CHARS = 2
#: What opens a post's credit line: "Post by", "Posted by", "Originally Posted by", "By".
_POSTED_BY = re.compile(r"^\s*(?:(?:originally\s+)?posted\s+by|post\s+by|by)\s*:?\s*", re.I)
#: What ends the poster's name in a post's credit line: a quote mark, a separator, a
#: comma, a line break, "on"/"in" before a date or a board, or a date's first figure.
_POSTER_END = re.compile(r"\s*(?:[»|·•,\n]|\s(?:on|in)\s|\s\d).*$", re.S)
_HANDLE = re.compile(r"^[\w][\w.'’-]*$")


def find_authors(classified: Classified, site_name: str | None, bio: str | None,
                 page_type: str = ARTICLE) -> tuple[str, ...]:
    """Visible byline first, then declared authors; with neither, the bio's subject.
    A thread's author is its first poster (:func:`thread_starter`).

    When the page both shows and declares its authors, the byline blocks that name a
    declared author win: a byline element often holds more than names (share links,
    "Follow"), but the co-authors in a confirmed line stay (the metadata often declares
    only the first of them).
    """
    if page_type == THREAD:
        starter = thread_starter(classified)
        if starter:
            return (starter,)
    groups = _from_bylines(classified, site_name)
    declared_names = _from_metadata(classified, site_name)
    if any(" " not in n for n in [*declared_names, *(n for g in groups for n in g)]):
        groups, declared_names = _without_accounts(classified, groups, declared_names)
    visible = _dedupe(n for group in groups for n in group)
    declared = _dedupe(declared_names)
    if visible and declared:
        return _confirmed(groups, declared) or visible
    if visible or declared:
        return visible or declared
    return _bio_author(bio, site_name)


def thread_starter(classified: Classified) -> str | None:
    """The name on a thread's first post: the first byline's poster, a handle as much as
    a person's name ("drat", "Mr_Enigmatic", "Post by galitsyn » 11 Sep 2024")."""
    for block, verdict in zip(classified.page.blocks, classified.verdicts):
        if verdict.role is Role.BYLINE:
            return poster_name(block.text)
    return None


def poster_name(text: str) -> str | None:
    """The poster named by a post's credit line, or None when it names none.

    >>> poster_name("Post by galitsyn » 11. Sep 2024, 18:36")
    'galitsyn'
    >>> poster_name("By Mr_Enigmatic\\nMay 22, 2024 in New Builds")
    'Mr_Enigmatic'
    >>> poster_name("1,655 gold badges") is None, poster_name("M") is None
    (True, True)
    """
    name = _POSTER_END.sub("", _POSTED_BY.sub("", text, count=1)).strip()
    words = name.split()
    if not words or len(words) > POSTER_MAX_WORDS or not all(_HANDLE.match(w) for w in words):
        return None
    if len(name) < POSTER_MIN_CHARS or words[0][0].isdigit():
        return None  # an avatar's initial, a count of posts or badges
    return name


def _without_accounts(
    classified: Classified, groups: list[list[str]], declared: list[str]
) -> tuple[list[list[str]], list[str]]:
    """The byline groups and the declared names without the site's own accounts."""
    site = _site_evidence(classified)
    return ([[n for n in group if not _is_account(n, *site)] for group in groups],
            [n for n in declared if not _is_account(n, *site)])


def _confirmed(groups: list[list[str]], declared: tuple[str, ...]) -> tuple[str, ...]:
    """The names of the byline blocks that name a declared author."""
    known = {_key(name) for name in declared}
    return _dedupe(
        n for group in groups if any(_key(m) in known for m in group) for n in group
    )


def _bio_author(bio: str | None, site_name: str | None) -> tuple[str, ...]:
    """The bio's subject, when it is a person's name."""
    if bio:
        subject = bio_subject(bio)
        if subject and is_person_name(subject, site_name):
            return (subject,)
    return ()


def find_organisations(classified: Classified, site_name: str | None) -> tuple[str, ...]:
    """What a page that names no author credits instead: the organisations of its first
    byline, else those it declares as its author (a JSON-LD Organization, a meta author
    such as "The Investopedia Team"). Declared, the site's own name is the publisher
    filling in the author field, which says no more than the site name; shown in the
    byline, it is the credit."""
    for _, credit in classified.values_with(Role.BYLINE):
        if credit.organisations:
            return _dedupe(credit.organisations)
        if credit.names:
            break
    metadata = classified.page.metadata
    found: list[str] = []
    for value in jsonld.values(metadata, "author") + jsonld.values(metadata, "creator"):
        text = jsonld.as_text(value) if jsonld.is_organisation(value) else None
        if text and is_organisation_name(text, site_name):
            found.append(text)
    if not found:
        for value in metadata.meta_values("author", "article:author", "dc.creator"):
            if "://" not in value:
                found.extend(credits(value, site_name).organisations)
    return _dedupe(n for n in found if not is_site_name(n, site_name))


def _from_bylines(classified: Classified, site_name: str | None) -> list[list[str]]:
    """Names of the first byline on the page and of the byline blocks right after it
    (a second byline further down is a comment's, a teaser's or an author list's), one
    list per block."""
    groups: list[list[str]] = []
    last = -1
    for block, credit in classified.values_with(Role.BYLINE):
        if groups and block.index - last > BYLINE_CLUSTER_GAP:
            break
        if credit.names:
            groups.append(list(credit.names))
            last = block.index
    return groups


def _from_metadata(classified: Classified, site_name: str | None) -> list[str]:
    metadata = classified.page.metadata
    names: list[str] = []
    for value in jsonld.values(metadata, "author") + jsonld.values(metadata, "creator"):
        if jsonld.is_organisation(value):
            continue
        text = _jsonld_person(value)
        if text:
            person = isinstance(value, dict) and jsonld.has_type(value, "person")
            names.extend(person_names(text, site_name, person=person))
    if names:
        return names
    raw = metadata.meta_values("author", "article:author", "dc.creator", "byl", "sailthru.author")
    raw += [v for k, v in metadata.itemprops if k == "author"]
    for value in raw:
        if "://" not in value:
            names.extend(person_names(value, site_name))
    for value in metadata.rel_author:  # a link the page marks as its author's
        names.extend(person_names(value, site_name, person=True))
    return names


def _jsonld_person(value: object) -> str | None:
    if isinstance(value, dict) and not value.get("name"):
        given, family = value.get("givenName"), value.get("familyName")
        if isinstance(given, str) and isinstance(family, str):
            return f"{given} {family}"
    return jsonld.as_text(value)


def _site_evidence(classified: Classified) -> tuple[str, list[str]]:
    """The site's host name and its copyright lines ("© 2019 Vortex Cannon Entertainment")."""
    url = classified.page.url
    host = (urlsplit(url).hostname or "").lower() if url else ""
    lines = [b.text for b in classified.page.blocks if "©" in b.text or "opyright" in b.text]
    return host, lines


def _is_account(name: str, host: str, copyright_lines: list[str]) -> bool:
    """True for a one-word name that is part of the site's host name, or the first word
    of a longer name in its copyright line: the site's own account ("Posted by Vortex"
    on a page "© Vortex Cannon Entertainment"), not a person ("© Regan" is one).

    >>> _is_account("Vortex", "", ["© 2019 Vortex Cannon Entertainment"])
    True
    >>> _is_account("Regan", "example.com", ["© Regan"])
    False
    """
    if " " in name.strip() or len(name) <= 2:
        return False
    if name.lower() in host:
        return True
    longer = re.compile(r"\b" + re.escape(name) + r"\s+[^\W\d_]")
    return any(longer.search(line) for line in copyright_lines)


def _key(name: str) -> str:
    return " ".join(name.lower().replace(".", " ").split())


def _dedupe(names: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(" ".join(name.lower().split()), name)
    return tuple(seen.values())
