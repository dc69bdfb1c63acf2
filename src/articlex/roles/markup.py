"""What the markup of an HTML page says about where a block sits, shared by the roles
of HTML pages; and the quoting of block text in a verdict's reason."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Block, Page


def hints_below_common(page: Page, anchor: Block, block: Block) -> frozenset[str]:
    """Hints of the block's containers below the nearest element it shares with
    ``anchor``: what the markup says about where the block sits relative to it."""
    chain = block.signals.container
    start = below_shared(chain, set(anchor.signals.container))
    return frozenset().union(*(page.containers[c].hints for c in chain[start:]))


def below_shared(chain: Sequence[int], shared: set[int]) -> int:
    """Where the block's own part of its ``chain`` starts: just below the deepest
    element of it that is in ``shared``."""
    start = 0
    for depth, ident in enumerate(chain):
        if ident in shared:
            start = depth + 1
    return start


_PUNCT = re.compile(r"[\W_]+")


def norm(text: str) -> str:
    return _PUNCT.sub(" ", text.lower()).strip()


def quote(text: str, limit: int = 40) -> str:
    """The text for a verdict's reason: spaces collapsed, cut at ``limit`` characters."""
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
