"""Authors: person names from the byline, the metadata, or the bio."""

from __future__ import annotations

from ..cues import bio_subject
from ..model import Classified, Role
from . import jsonld
from .names import is_person_name, person_names


def find_authors(classified: Classified, site_name: str | None, bio: str | None) -> tuple[str, ...]:
    """Visible byline first, then declared authors; with neither, the bio's subject."""
    for candidates in (
        _from_bylines(classified, site_name),
        _from_metadata(classified, site_name),
    ):
        if candidates:
            return _dedupe(candidates)
    if bio:
        subject = bio_subject(bio)
        if subject and is_person_name(subject, site_name):
            return (subject,)
    return ()


def _from_bylines(classified: Classified, site_name: str | None) -> list[str]:
    names: list[str] = []
    for block in classified.blocks_with(Role.BYLINE):
        links = [t for t in block.signals.link_texts if is_person_name(t, site_name)]
        names.extend(links or person_names(block.text, site_name))
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


def _dedupe(names: list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(" ".join(name.lower().split()), name)
    return tuple(seen.values())
