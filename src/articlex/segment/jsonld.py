"""Reading values out of the page's JSON-LD objects, whatever their shape."""

from __future__ import annotations

from typing import Any

from ..model import Metadata


def values(metadata: Metadata, key: str) -> list[Any]:
    """Every value of ``key`` in the article-like JSON-LD objects, in page order."""
    found = []
    for obj in metadata.jsonld:
        value = obj.get(key)
        if value in (None, "", [], {}):
            continue
        found.extend(value if isinstance(value, list) else [value])
    return found


def first_text(metadata: Metadata, key: str) -> str | None:
    """The first string value of ``key`` (a dict's ``name`` or ``@value`` counts)."""
    for value in values(metadata, key):
        text = as_text(value)
        if text:
            return text
    return None


def as_text(value: Any) -> str | None:
    if isinstance(value, str):
        return " ".join(value.split()) or None
    if isinstance(value, dict):
        for key in ("name", "@value", "text"):
            if isinstance(value.get(key), str):
                return " ".join(value[key].split()) or None
    return None


#: JSON-LD types of an organisation (an author or publisher that is no person).
ORGANISATION_TYPES = ("organization", "newsmediaorganization", "corporation", "organisation")


def is_organisation(value: Any) -> bool:
    return isinstance(value, dict) and any(has_type(value, t) for t in ORGANISATION_TYPES)


def has_type(value: dict[str, Any], name: str) -> bool:
    """True when the object's ``@type`` (a string or a list) is ``name``, any case.

    >>> has_type({"@type": ["Person", "Thing"]}, "person")
    True
    """
    kind = value.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.lower() == name for k in kinds)
