"""The standfirst (dek): the summary the page shows under the headline."""

from __future__ import annotations

from ..model import Classified, Role


def find_standfirst(classified: Classified) -> str | None:
    """The block the roles stage recognised as the standfirst, if any."""
    found = classified.values_with(Role.STANDFIRST)
    return str(found[0][1]) if found else None
