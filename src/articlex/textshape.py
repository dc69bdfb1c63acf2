"""Language-independent measures of a piece of text: its size and whether it is prose."""

from __future__ import annotations

import re

# Han, kana and other scripts written without spaces count one unit per character;
# everything else one unit per \w+ word, so sizes compare across languages.
_UNIT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]|\w+")
#: A character of a script without spaces is worth this many words: a Chinese word is
#: about 1.5–2 characters, so a character is about half a word.
UNSPACED_CHAR_WEIGHT = 0.5
_WORDS = re.compile(r"\w+")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
# Sentence-final punctuation of many scripts (Latin, CJK full stop, Arabic, Devanagari…),
# possibly followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…。！？؟।»”’\"')\]]\s*$")
_SENTENCE_END_STRICT = re.compile(r"[.!?…。！？؟।][»”’\"')\]]*\s*$")


def has_unspaced_script(text: str) -> bool:
    """True when the text has a letter of a script written without spaces (Han, kana,
    Thai), where a run of letters is a phrase, not a word.

    >>> has_unspaced_script("immunology"), has_unspaced_script("商標法")
    (False, True)
    """
    return _UNSPACED.search(text) is not None


#: C0 control characters but tab, line feed and carriage return (lxml refuses them).
C0_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_controls(text: str) -> str:
    """The text without C0 control characters (tab, line feed and carriage return stay)."""
    return C0_CONTROLS.sub("", text)


# ASCII text: every byte that is not a word character becomes a space, and the words are
# what bytes.split() finds (the same count as \w+, several times faster).
_ASCII_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_ASCII_SPACING = bytes(c if c in _ASCII_WORD_BYTES else 32 for c in range(256))


def count_words(text: str) -> int:
    """The number of ``\\w+`` words.

    >>> count_words("It's a well-known fact_1."), count_words("Ça coûte 5 €")
    (6, 3)
    """
    if text.isascii():
        return len(text.encode("ascii").translate(_ASCII_SPACING).split())
    return len(_WORDS.findall(text))


def text_units(text: str) -> float:
    """Size of a text in word-like units, comparable across scripts.

    >>> text_units("Three little words")
    3.0
    >>> text_units("日本語の文章")
    3.0
    """
    if text.isascii() or not _UNSPACED.search(text):  # every word spaced: count words
        return float(count_words(text))
    unspaced = len(_UNSPACED.findall(text))
    words = len(_UNIT.findall(text)) - unspaced
    return words + unspaced * UNSPACED_CHAR_WEIGHT


def measure(text: str) -> tuple[int, float]:
    """The number of ``\\w+`` words and the size in units (see :func:`text_units`).

    >>> measure("Three little words")
    (3, 3.0)
    """
    words = count_words(text)
    if text.isascii() or not _UNSPACED.search(text):
        return words, float(words)
    unspaced = len(_UNSPACED.findall(text))
    return words, len(_UNIT.findall(text)) - unspaced + unspaced * UNSPACED_CHAR_WEIGHT


def ends_like_sentence(text: str) -> bool:
    """True when the text ends with sentence-final punctuation.

    >>> ends_like_sentence('He said "no."')
    True
    >>> ends_like_sentence("Read more")
    False
    """
    return bool(_SENTENCE_END_STRICT.search(text))


#: A sentence has at least this many units (words).
SENTENCE_MIN_UNITS = 4


def is_sentence_like(text: str) -> bool:
    """True for text shaped like a sentence: several words and final punctuation."""
    return text_units(text) >= SENTENCE_MIN_UNITS and ends_like_sentence(text)


_WORD_RUN = re.compile(r"\w+")


def word_run_in(part: str, whole: str) -> bool:
    """Whether the words of ``part`` are a run of the words of ``whole`` (lower-cased,
    punctuation aside): "Slate" in "Slate Magazine", "pet insurance" in "Pet Insurance
    for Dogs & Cats".

    >>> word_run_in("Pet Insurance", "Pet Insurance for Dogs & Cats")
    True
    >>> word_run_in("Insurance Pet", "Pet Insurance for Dogs")
    False
    """
    words, within = _WORD_RUN.findall(part.lower()), _WORD_RUN.findall(whole.lower())
    n = len(words)
    return n > 0 and any(within[i:i + n] == words for i in range(len(within) - n + 1))


def word_count(text: str) -> int:
    """The number of ``\\w+`` words in ``text``."""
    return len(_WORD_RUN.findall(text))
