"""What a page declares about itself, read from its :class:`~articlex.model.Metadata`:
its language and its site's name. The roles stage needs both (to split tags run
together, to tell a byline's names from the site's), before any field is chosen."""

from __future__ import annotations

from ..model import Metadata
from . import jsonld


def declared_language(metadata: Metadata) -> str | None:
    """The language the page declares: ``<html lang>``, a locale meta tag, JSON-LD."""
    if metadata.lang:
        return metadata.lang.replace("_", "-")
    locale = metadata.first_meta("og:locale", "dc.language", "language")
    if locale:
        return locale.replace("_", "-")
    value = jsonld.first_text(metadata, "inLanguage")
    return value.replace("_", "-") if value else None


def declared_site_name(metadata: Metadata) -> str | None:
    """The site's name: og:site_name, the app's name, or the JSON-LD publisher."""
    name = metadata.first_meta("og:site_name", "application-name", "al:android:app_name")
    if name:
        return name
    for publisher in jsonld.values(metadata, "publisher"):
        text = jsonld.as_text(publisher)
        if text:
            return text
    return None
