"""Identify the language of an article's text: its script, then its most frequent words.

A page that declares no language (every text page, some HTML pages) still has one, and
the stages that use word lists need it. The text's script decides where one language
writes it (Hangul, kana, Thai, Greek, Hebrew, …); otherwise the words do: each language
that writes the script scores the text's words by their Zipf frequency in its own list
(wordfreq's, the lists the tag splitter already uses), and the best language wins when
it leads clearly. Short or mixed text gets None: saying nothing beats a guess.

>>> identify_language("The council approved the new library budget after a long debate.")
'en'
>>> identify_language("A câmara aprovou o novo orçamento da biblioteca depois de um longo debate.")
'pt'
>>> identify_language("東京都は新しい図書館の予算を長い議論の末に承認した。")
'ja'
>>> identify_language("Budget approved") is None
True
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

__all__ = ["identify_language"]

# --- Tunable numbers --------------------------------------------------------
# Chosen on the bench (158 pages that declare a language; their gold bodies, the text
# pages' extracted articles, and the bodies cut to 150 and 60 characters and the
# headlines as short texts), and on 32 mixed texts made of two pages' halves.

# Only the start of the text is read: a few sentences decide the language, and the cap
# bounds the work on long pages (bodies cut to 150 characters are told as well as whole
# ones; 1000 and 2000 give the same answers, 1000 at two thirds of the time).
SAMPLE_CHARS = 1000
# Fewer letters than this is a label or a name, not a text (a headline of four words
# has some 25).
MIN_LETTERS = 20
# The main script must hold this share of the letters, else the text is mixed (the
# bench's pages in one script hold 86% or more; 0.6 let a Russian paragraph beside an
# English one pass as English).
MIN_SCRIPT_SHARE = 0.75
# A Han text is Japanese when this share of its letters is kana (Japanese prose has
# 30-60%; Chinese has none).
MIN_KANA_SHARE = 0.05
# Fewer words than this do not tell related languages apart (Indonesian and Malay
# headlines, Portuguese and Catalan).
MIN_WORDS = 8
# Words taken from each language's list, most frequent first: the function words and
# common vocabulary that tell languages apart (1000 misses two bodies; 2000 and 5000
# tell every body, 5000 leaves 4 instead of 11 of the 60-character cuts unsure but
# takes twice the memory, +32 MB against +14 MB while the Latin table is built).
TOP_WORDS = 2000
# Zipf value of a word missing from a language's top list (the 2000th word of a
# language is at about 3.5; 1.0 with 2000 words, 2.0 with 5000 scored best).
UNKNOWN_ZIPF = 1.0
# The winner's summed Zipf values above UNKNOWN_ZIPF must lead the runner-up's by this
# much, about one common word the runner-up lacks (3.0 leaves six more 60-character cuts
# unsure and makes none right; 1.0 makes three right answers wrong, "bg" for "ru").
MIN_LEAD = 2.0
# A half of the text whose own winner leads the whole text's winner by this much per
# word is in another language: the text is mixed (the mixed texts' halves lead by 0.8
# per word or more; an Italian article's half of English film titles by 0.16; 0.3 also
# takes one text page for mixed).
MIXED_LEAD = 0.5
# Zipf values are kept in tenths (a word's Zipf is known to about that).
ZIPF_STEPS = 10

# --- Data -------------------------------------------------------------------

#: Unicode ranges of the scripts told apart (start, end, script).
SCRIPT_RANGES = (
    ("A-Za-z\u00c0-\u024f\u1e00-\u1eff", "Latn"),
    ("\u0370-\u03ff\u1f00-\u1fff", "Grek"),
    ("\u0400-\u052f", "Cyrl"),
    ("\u0590-\u05ff", "Hebr"),
    ("\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff", "Arab"),
    ("\u0900-\u097f", "Deva"),
    ("\u0980-\u09ff", "Beng"),
    ("\u0b80-\u0bff", "Taml"),
    ("\u0e00-\u0e7f", "Thai"),
    ("\u1100-\u11ff\u3130-\u318f\uac00-\ud7af", "Hang"),
    ("\u3040-\u30ff\u31f0-\u31ff", "Kana"),
    ("\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff", "Hani"),
)
#: Scripts that one language writes, as far as articles go.
SCRIPT_LANGUAGE = {
    "Grek": "el", "Hebr": "he", "Deva": "hi", "Beng": "bn", "Taml": "ta", "Thai": "th",
    "Hang": "ko", "Kana": "ja", "Hani": "zh",
}
#: Scripts that several languages write: wordfreq's lists of each, to score words on.
SCRIPT_WORDLISTS = {
    "Latn": (
        "ca", "cs", "da", "de", "en", "es", "fi", "fil", "fr", "hu", "id", "is", "it", "lt",
        "lv", "ms", "nb", "nl", "pl", "pt", "ro", "sh", "sk", "sl", "sv", "tr", "vi",
    ),
    "Cyrl": ("bg", "mk", "ru", "uk"),
    "Arab": ("ar", "fa", "ur"),
}
WORDLIST = "small"

_SCRIPTS = tuple((re.compile(f"[{chars}]"), script) for chars, script in SCRIPT_RANGES)
_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")


def identify_language(text: str) -> str | None:
    """Return the primary language code of ``text`` ("en", "pt", "ja", …), or None.

    None when the text is too short or mixed to tell, or written in a script none of
    the known languages uses.

    >>> identify_language("Der Stadtrat hat das neue Budget der Bibliothek beschlossen.")
    'de'
    >>> identify_language("Совет утвердил новый бюджет библиотеки после долгих споров.")
    'ru'
    """
    sample = text[:SAMPLE_CHARS]
    script = _main_script(sample)
    if script is None:
        return None
    if script in SCRIPT_LANGUAGE:
        return SCRIPT_LANGUAGE[script]
    return _by_words(sample, script)


def _main_script(sample: str) -> str | None:
    """The script of most of the sample's letters; None when too few or mixed."""
    letters = len(_LETTER.findall(sample))
    if letters < MIN_LETTERS:
        return None
    counts: Counter[str] = Counter()
    for pattern, script in _SCRIPTS:
        counts[script] = len(pattern.findall(sample))
        if script == "Latn" and counts[script] >= MIN_SCRIPT_SHARE * letters:
            return script  # most pages: the other scripts need not be counted
    if counts["Kana"] >= MIN_KANA_SHARE * letters and (
        counts["Kana"] + counts["Hani"] >= MIN_SCRIPT_SHARE * letters
    ):
        return "Kana"  # Japanese: kana with kanji
    script, count = counts.most_common(1)[0]
    return script if count >= MIN_SCRIPT_SHARE * letters else None


def _by_words(sample: str, script: str) -> str | None:
    """The language whose frequent words the sample's words are, when it leads clearly."""
    words = [word.casefold() for word in _WORD.findall(sample)]
    languages, table = _word_table(script)
    if len(words) < MIN_WORDS or not languages:
        return None
    half = len(words) // 2
    halves = (_gains(words[:half], table, len(languages)),
              _gains(words[half:], table, len(languages)))
    gains = [first + second for first, second in zip(*halves)]
    best = max(range(len(languages)), key=gains.__getitem__)
    runner_up = max((gain for index, gain in enumerate(gains) if index != best), default=0.0)
    if len(languages) > 1 and gains[best] - runner_up < MIN_LEAD:
        return None
    if half >= MIN_WORDS and any(
        max(part) - part[best] >= MIXED_LEAD * half for part in halves
    ):
        return None  # one half is in another language
    return languages[best]


def _gains(words: list[str], table: dict[str, bytes], size: int) -> list[float]:
    """Each language's sum of the words' Zipf values above UNKNOWN_ZIPF."""
    gains = [0.0] * size
    for word, count in Counter(words).items():
        entry = table.get(word, b"")
        for at in range(0, len(entry), 2):
            gains[entry[at]] += count * (entry[at + 1] / ZIPF_STEPS - UNKNOWN_ZIPF)
    return gains


@cache  # one table per script: three at most
def _word_table(script: str) -> tuple[tuple[str, ...], dict[str, bytes]]:
    """The languages of ``script`` and, for each word, its (language index, Zipf) pairs.

    The pairs are packed in bytes, the Zipf value in tenths: a fifth of the memory of
    tuples of numbers.
    """
    from wordfreq import available_languages, read_cBpack

    files = available_languages(WORDLIST)  # language -> its list's file
    languages = tuple(lang for lang in SCRIPT_WORDLISTS.get(script, ()) if lang in files)
    entries: dict[str, bytearray] = {}
    for index, language in enumerate(languages):
        # Read the file, not get_frequency_list(): that one keeps every whole list cached.
        for word, zipf in _top_words(read_cBpack(files[language])):
            entries.setdefault(word, bytearray()).extend((index, round(zipf * ZIPF_STEPS)))
    return languages, {word: bytes(pairs) for word, pairs in entries.items()}


def _top_words(buckets: list[list[str]]) -> list[tuple[str, float]]:
    """The TOP_WORDS most frequent words with their Zipf values.

    wordfreq's list is bucketed by frequency: bucket ``i`` holds the words of frequency
    10 ** (-i / 100), Zipf 9 - i / 100.
    """
    top: list[tuple[str, float]] = []
    for index, bucket in enumerate(buckets):
        zipf = 9 - index / 100
        top.extend((word, zipf) for word in bucket)
        if len(top) >= TOP_WORDS:
            return top[:TOP_WORDS]
    return top
