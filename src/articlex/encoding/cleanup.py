"""Small text clean-ups: escaped entities, C1 controls, invisible characters, odd spaces.

Each function returns the new text and a list of human-readable steps (empty if
nothing changed), so :func:`~articlex.encoding.repair.repair_text_explained` can report.

>>> unescape_entities("It&amp;rsquo;s")
('It’s', ['unescaped 1 HTML entity (1 escaped twice)'])
"""

from __future__ import annotations

import html
import re
from html.entities import html5

# An entity with its semicolon, optionally escaped again ("&amp;rsquo;", "&amp;amp;#8217;").
_ENTITY = re.compile(
    r"&((?:amp;)*)(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)"
)
# A start or end tag: text holding these is HTML source, whose entities are meant.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")


def _plural(count: int, noun: str, plural: str | None = None) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {plural or noun + 's'}"


def unescape_entities(text: str) -> tuple[str, list[str]]:
    """Decode HTML entities left in text, including doubly escaped ones.

    Text that contains tags is HTML source and is left alone; unknown names stay.
    """
    if "&" not in text or _TAG.search(text):
        return text, []
    counts = [0, 0]

    def fix(match: re.Match[str]) -> str:
        body = match.group(2)
        if not body.startswith("#") and body not in html5:
            return match.group()
        counts[0] += 1
        counts[1] += bool(match.group(1))
        return html.unescape("&" + body)

    text = _ENTITY.sub(fix, text)
    if not counts[0]:
        return text, []
    twice = f" ({counts[1]} escaped twice)" if counts[1] else ""
    return text, [f"unescaped {_plural(counts[0], 'HTML entity', 'HTML entities')}{twice}"]


_C1 = re.compile("[\x80-\x9f]")


def fix_c1_controls(text: str) -> tuple[str, list[str]]:
    """Read stray C1 controls as the windows-1252 characters they stand for, else drop them.

    >>> fix_c1_controls("\\x93quoted\\x94 \\x81")
    ('“quoted” ', ['replaced 2 C1 control characters', 'removed 1 C1 control character'])
    """
    counts = [0, 0]

    def fix(match: re.Match[str]) -> str:
        try:
            char = match.group().encode("latin-1").decode("cp1252")
        except UnicodeDecodeError:
            counts[1] += 1
            return ""
        counts[0] += 1
        return char

    text = _C1.sub(fix, text)
    steps = []
    if counts[0]:
        steps.append(f"replaced {_plural(counts[0], 'C1 control character')}")
    if counts[1]:
        steps.append(f"removed {_plural(counts[1], 'C1 control character')}")
    return text, steps
