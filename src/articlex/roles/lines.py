"""What the field rules of a text page share: the words of a line, and whether some
blocks already have a role.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Role, Verdict

# A word: a run of letters, figures or underscores.
WORDS = re.compile(r"\w+")


def content_words(text: str) -> set[str]:
    """Lower-cased words that carry meaning: long enough, or in a script without spaces."""
    return {w for w in WORDS.findall(text.lower()) if len(w) >= 4 or not w.isascii()}


def has_role(verdicts: Sequence[Verdict | None], indexes: range, role: Role) -> bool:
    return any(role_of(verdicts[i]) is role for i in indexes)


def role_of(verdict: Verdict | None) -> Role | None:
    """The role of a verdict, or None for a block not decided yet."""
    return None if verdict is None else verdict.role
