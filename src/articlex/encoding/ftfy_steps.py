"""The parts of ftfy we use, with a check on its encoding guesses.

ftfy's cleaners for surrogates, ligatures, terminal escapes and control characters run
as they are.  Its encoding fixer runs too, but a line it rewrites is kept only when the
rewrite makes the line less odd (see :mod:`.oddity`): on its own it turns all-caps
words before a quote mark, like Portuguese "IRMÃ»", into "IRMû".
"""

from __future__ import annotations

import re

import ftfy
from ftfy import ExplanationStep
from ftfy.badness import is_bad
from ftfy.chardata import CONTROL_CHARS, LIGATURES

from .oddity import oddity

# Quotes stay curly and full-width punctuation stays full-width; entities, C1 controls,
# line breaks and normalisation are handled elsewhere (or left alone) on purpose.
CLEAN_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_encoding=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_c1_controls=False,
    fix_line_breaks=False,
    normalization=None,
    explain=True,
)
ENCODING_CONFIG = CLEAN_CONFIG._replace(fix_encoding=True)


def _plan_text(plan: list[ExplanationStep] | None) -> str:
    return ", ".join(f"{action} {arg}" for action, arg in plan or ())


# Characters ftfy's cleaners act on: its control characters and ligatures, surrogates
# and the escape that starts a terminal colour code.  Text without them skips ftfy.
_FTFY_CLEANS = re.compile(
    "["
    + "".join(re.escape(chr(code)) for code in sorted({*CONTROL_CHARS, *LIGATURES}))
    + "\ud800-\udfff\x1b]"
)


# Mojibake whose no-break space became a plain space ("Ã " for "à"), and C1 controls.
_HINTS = re.compile("[\u00c2\u00c3] |[\x80-\x9f]")


def ftfy_clean(text: str) -> tuple[str, list[str]]:
    """ftfy's non-encoding fixes: surrogates, ligatures, terminal escapes, controls."""
    if _FTFY_CLEANS.search(text) is None:
        return text, []
    fixed, plan = ftfy.fix_and_explain(text, config=CLEAN_CONFIG)
    return (fixed, [f"ftfy: {_plan_text(plan)}"]) if fixed != text else (text, [])


def _line_oddity(line: str) -> int:
    return sum(oddity(word) for word in line.split() if not word.isascii())


def ftfy_encoding(text: str) -> tuple[str, list[str]]:
    """ftfy's mojibake fixer, keeping only the lines where it lowers the oddity."""
    if text.isascii() or not _HINTS.search(text):
        return text, []  # what ftfy adds to our own repair needs one of these hints
    lines, plans = [], []
    for line in text.splitlines(keepends=True):
        if line.isascii() or not is_bad(line):
            lines.append(line)
            continue
        new, plan = ftfy.fix_encoding_and_explain(line, config=ENCODING_CONFIG)
        if new != line and _line_oddity(new) < _line_oddity(line):
            lines.append(new)
            plans.append(_plan_text(plan))
        else:
            lines.append(line)
    if not plans:
        return text, []
    return "".join(lines), [f"ftfy: {plan}" for plan in dict.fromkeys(plans)]
