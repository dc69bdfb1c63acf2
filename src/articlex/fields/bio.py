"""The author bio: the page's visible text about the author, kept out of the body."""

from __future__ import annotations

from ..model import Classified, Role


def find_author_bio(classified: Classified) -> str | None:
    """The text of the blocks recognised as the author bio, joined."""
    texts = [" ".join(b.text.split()) for b in classified.blocks_with(Role.BIO)]
    texts = [t for t in texts if len(t.split()) >= 4]
    return " ".join(dict.fromkeys(texts)) if texts else None
