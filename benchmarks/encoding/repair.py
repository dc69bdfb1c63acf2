"""The repair benchmark: garbled sentences in many languages, articlex beside ftfy.

Every sentence of ``sentences.txt`` is garbled through every code page of
:data:`~benchmarks.encoding.garble.CODEPAGES`, once, twice and three times, whole and in
part; each repairer must give the sentence back exactly. The clean sentences must come
back unchanged. Speed is measured on clean text: the sentences of each language as one
paragraph, and the browser text of the benchmark pages where the data folder is present.

A case is counted only if it can be undone in principle: the garbled text must turn back
into exactly the sentence's bytes (:func:`~benchmarks.encoding.garble.ungarble`). With
the sloppy reading of undefined bytes that always holds; cases left out (a sentence
without non-ASCII characters cannot be garbled) are reported with their reason.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import ftfy

import articlex
from benchmarks.encoding.garble import CODEPAGES, garble_part, garble_times, ungarble

SENTENCES = Path(__file__).with_name("sentences.txt")
# (times garbled, partial?) -> category name; the targets apply to the first four.
CATEGORIES: dict[tuple[int, bool], str] = {
    (1, False): "single, whole",
    (2, False): "double, whole",
    (1, True): "single, partial",
    (2, True): "double, partial",
    (3, False): "triple, whole",
}
SPEED_PASSES = 5  # timed passes over the clean texts; the median pass is reported

Repairer = Callable[[str], str]


def _ftfy_kept(text: str) -> str:
    return ftfy.fix_text(text, uncurl_quotes=False, fix_character_width=False)


REPAIRERS: dict[str, Repairer] = {
    "articlex": articlex.repair_text,
    "ftfy": _ftfy_kept,  # quotes and character widths kept, as articlex keeps them
    "ftfy defaults": ftfy.fix_text,
}
REPAIRER_NOTES = {
    "articlex": "articlex.repair_text",
    "ftfy": "ftfy.fix_text(text, uncurl_quotes=False, fix_character_width=False)",
    "ftfy defaults": "ftfy.fix_text(text): straight quotes, half-width punctuation",
}


@dataclass(frozen=True)
class Case:
    lang: str
    sentence: str
    codec: str
    times: int
    partial: bool
    garbled: str

    @property
    def category(self) -> str:
        return CATEGORIES[(self.times, self.partial)]


def load_sentences(path: Path = SENTENCES) -> dict[str, list[str]]:
    """Language (or group) code -> its sentences, in file order."""
    groups: dict[str, list[str]] = {}
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = groups.setdefault(line[1:-1], [])
        elif current is None:
            raise ValueError(f"{path}: sentence before the first [language] line")
        else:
            current.append(line)
    return groups


def _reversible(garbled: str, codec: str, times: int, sentence: str, partial: bool) -> bool:
    """Whether the garbling can be undone in principle (whole cases: exactly back)."""
    if partial:
        return garbled != sentence
    text: str | None = garbled
    for _ in range(times):
        text = ungarble(text, codec) if text is not None else None
    return text == sentence


def make_cases(sentences: dict[str, list[str]]) -> tuple[list[Case], Counter[str]]:
    """All garbled cases, and the count of those left out, by reason."""
    cases, left_out = [], Counter()
    for lang, group in sentences.items():
        for sentence in group:
            for codec, _ in CODEPAGES:
                for times, partial in CATEGORIES:
                    make = garble_part if partial else garble_times
                    garbled = make(sentence, codec, times)
                    if garbled == sentence:
                        left_out["not garbled (no non-ASCII)"] += 1
                    elif not _reversible(garbled, codec, times, sentence, partial):
                        left_out["not reversible"] += 1
                    else:
                        cases.append(Case(lang, sentence, codec, times, partial, garbled))
    return cases, left_out


@dataclass
class RepairResults:
    """Per repairer: the cases it repaired, the clean sentences it changed, its misses."""

    cases: list[Case]
    repaired: dict[str, list[bool]]
    clean: list[tuple[str, str]]
    changed: dict[str, list[tuple[str, str, str]]]


def run_repairs(sentences: dict[str, list[str]], names: Sequence[str]) -> RepairResults:
    cases, _ = make_cases(sentences)
    repaired = {name: [REPAIRERS[name](c.garbled) == c.sentence for c in cases] for name in names}
    clean = [(lang, s) for lang, group in sentences.items() for s in group]
    changed: dict[str, list[tuple[str, str, str]]] = {}
    for name in names:
        outputs = ((lang, s, REPAIRERS[name](s)) for lang, s in clean)
        changed[name] = [(lang, s, out) for lang, s, out in outputs if out != s]
    return RepairResults(cases, repaired, clean, changed)


def share_by(results: RepairResults, name: str, key: Callable[[Case], str]) -> dict[str, float]:
    """Share of cases repaired exactly by ``name``, grouped by ``key``."""
    hits: dict[str, list[bool]] = defaultdict(list)
    for case, ok in zip(results.cases, results.repaired[name], strict=True):
        hits[key(case)].append(ok)
    return {group: sum(oks) / len(oks) for group, oks in hits.items()}


def speed_texts(data: Path | None) -> list[tuple[str, str]]:
    """Clean texts to time: each language's sentences as a paragraph, then page texts."""
    texts = [(f"sentences:{lang}", " ".join(group)) for lang, group in load_sentences().items()]
    if data is not None and (data / "text").is_dir():
        texts += [
            (f"page:{path.stem}", path.read_text(encoding="utf-8"))
            for path in sorted((data / "text").glob("*.txt"))
        ]
    return texts


def _clear_word_caches() -> None:
    """Forget the words articlex has already judged, so no pass profits from the last."""
    from articlex.encoding import mojibake, oddity

    mojibake.word_repairs.cache_clear()
    oddity.oddity.cache_clear()


def time_clean(texts: Sequence[tuple[str, str]], names: Sequence[str]) -> dict[str, list[float]]:
    """Seconds per text for each repairer: the median of SPEED_PASSES interleaved passes."""
    passes: dict[str, list[list[float]]] = {name: [] for name in names}
    for text in texts:  # warm-up: imports, compiled patterns, character tables
        for name in names:
            REPAIRERS[name](text[1])
    for index in range(SPEED_PASSES):
        order = list(names[index % len(names) :]) + list(names[: index % len(names)])
        for name in order:
            _clear_word_caches()
            seconds = []
            for _, text in texts:
                start = time.perf_counter()
                REPAIRERS[name](text)
                seconds.append(time.perf_counter() - start)
            passes[name].append(seconds)
    return {
        name: [statistics.median(column) for column in zip(*runs, strict=True)]
        for name, runs in passes.items()
    }
