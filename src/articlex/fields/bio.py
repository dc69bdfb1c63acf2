"""The author bio: the page's visible text about the author, kept out of the body."""

from __future__ import annotations

from ..model import Classified, Role


def find_author_bio(classified: Classified) -> str | None:
    """The texts the bio blocks say about the author, each once, joined.

    Only blocks after the headline have one (a text about the publisher in the masthead
    is not the author's), and only those that read as text about someone: not the
    author box's links, not a timestamp, not inside a comment (:mod:`articlex.roles.values`).
    """
    texts = [str(text) for _, text in classified.values_with(Role.BIO)]
    return " ".join(dict.fromkeys(texts)) if texts else None
