"""Repair damaged text: mojibake, escaped entities, controls, invisibles, odd spaces.

The output is NFC.  Clean text in any language comes back unchanged (apart from NFC
and space normalisation).

>>> repair_text("New Zealanders … on Hamilton Island.‚Äč")
'New Zealanders … on Hamilton Island.'
>>> repair_text("Tom &amp;amp; Jerry’s CafÃ©")
'Tom & Jerry’s Café'
>>> repair_text("，（全角）")
'，（全角）'
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from .cleanup import fix_c1_controls, unescape_entities
from .ftfy_steps import ftfy_clean, ftfy_encoding
from .invisible import normalise_spaces, remove_invisible
from .mojibake import describe, fix_mojibake

MAX_ROUNDS = 4  # each round peels what the previous one uncovered; real text settles in 2


def _mojibake(text: str) -> tuple[str, list[str]]:
    fixed, layers = fix_mojibake(text)
    return fixed, describe(layers)


def _nfc(text: str) -> tuple[str, list[str]]:
    if unicodedata.is_normalized("NFC", text):
        return text, []
    return unicodedata.normalize("NFC", text), ["normalised to NFC"]


Step = Callable[[str], tuple[str, list[str]]]

# The repair steps, in order: each takes text and returns (text, steps taken).
STEPS: tuple[Step, ...] = (
    unescape_entities,
    _mojibake,
    ftfy_encoding,
    ftfy_clean,
    fix_c1_controls,
    remove_invisible,
    normalise_spaces,
    _nfc,
)


def repair_text_explained(text: str) -> tuple[str, tuple[str, ...]]:
    """Repair ``text`` and list the human-readable steps taken.

    >>> repair_text_explained("Island.‚Äč")
    ... # doctest: +NORMALIZE_WHITESPACE
    ('Island.', ("mojibake: UTF-8 read as mac_latin2 ('‚Äč' → U+200B)",
                 'removed 1 zero-width space'))
    """
    taken: list[str] = []
    for _ in range(MAX_ROUNDS):
        before = text
        for step in STEPS:
            text, done = step(text)
            taken += done
        if text == before:
            break
    return text, tuple(taken)


def repair_text(text: str) -> str:
    """Repair ``text`` (see :func:`repair_text_explained`) and return it."""
    return repair_text_explained(text)[0]
