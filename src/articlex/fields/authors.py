"""Authors: person names from the byline, the metadata, or the bio."""

from __future__ import annotations

from ..cues import bio_subject
from ..model import Classified, Role
from . import jsonld
from .names import is_person_name, person_names

#: Byline blocks at most this many blocks apart belong to one byline ("By A" / "and B").
BYLINE_CLUSTER_GAP = 3


def find_authors(classified: Classified, site_name: str | None, bio: str | None) -> tuple[str, ...]:
    """Visible byline first, then declared authors; with neither, the bio's subject.

    When the page both shows and declares its authors, the shown names that are also
    declared win: a byline element often holds more than names (share links, "Follow").
    """
    visible = _dedupe(_from_bylines(classified, site_name))
    declared = _dedupe(_from_metadata(classified, site_name))
    if visible and declared:
        known = {_key(name) for name in declared}
        confirmed = tuple(name for name in visible if _key(name) in known)
        return confirmed or visible
    if visible or declared:
        return visible or declared
    if bio:
        subject = bio_subject(bio)
        if subject and is_person_name(subject, site_name):
            return (subject,)
    return ()


def _from_bylines(classified: Classified, site_name: str | None) -> list[str]:
    """Names of the first byline on the page and of the byline blocks right after it
    (a second byline further down is a comment's, a teaser's or an author list's)."""
    names: list[str] = []
    last = -1
    for block in classified.blocks_with(Role.BYLINE):
        if names and block.index - last > BYLINE_CLUSTER_GAP:
            break
        found = [n for t in block.signals.link_texts for n in person_names(t, site_name)]
        found = found or person_names(block.text, site_name)
        if found:
            names.extend(found)
            last = block.index
    return names


def _from_metadata(classified: Classified, site_name: str | None) -> list[str]:
    metadata = classified.page.metadata
    names: list[str] = []
    for value in jsonld.values(metadata, "author") + jsonld.values(metadata, "creator"):
        if jsonld.is_organisation(value):
            continue
        text = _jsonld_person(value)
        if text:
            names.extend(person_names(text, site_name))
    if names:
        return names
    raw = metadata.meta_values("author", "article:author", "dc.creator", "byl", "sailthru.author")
    raw += list(metadata.rel_author) + [v for k, v in metadata.itemprops if k == "author"]
    for value in raw:
        if "://" not in value:
            names.extend(person_names(value, site_name))
    return names


def _jsonld_person(value: object) -> str | None:
    if isinstance(value, dict) and not value.get("name"):
        given, family = value.get("givenName"), value.get("familyName")
        if isinstance(given, str) and isinstance(family, str):
            return f"{given} {family}"
    return jsonld.as_text(value)


def _key(name: str) -> str:
    return " ".join(name.lower().replace(".", " ").split())


def _dedupe(names: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(" ".join(name.lower().split()), name)
    return tuple(seen.values())
