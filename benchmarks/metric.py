"""The ScrapingHub article-extraction metric, as pure functions.

Definition (see ``shared/bench/README.md``): tokenise with ``\\w+`` (Unicode), compare the
multisets of 4-token shingles, normalise each page's tp/fp/fn by their sum, average precision
and recall over the pages where they are defined, and take F1 of those two means.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

SHINGLE_SIZE = 4  # the benchmark's published numbers use 4-token shingles
BOOTSTRAP_RESAMPLES = 1000  # enough for a stable 95% interval on ~180 pages
BOOTSTRAP_SEED = 20240501  # fixed so that two runs print the same interval
CONFIDENCE = 0.95  # two-sided interval width

TOKEN_RE = re.compile(r"\w+")

Shingle = tuple[str, ...]


def tokenize(text: str) -> list[str]:
    """Split ``text`` into ``\\w+`` tokens (Unicode word characters)."""
    return TOKEN_RE.findall(text)


def shingle_sequence(tokens: Sequence[str], size: int = SHINGLE_SIZE) -> list[Shingle]:
    """Runs of ``size`` consecutive tokens, in text order.

    A text shorter than ``size`` tokens is one shingle of all its tokens; an empty text has none.
    """
    if not tokens:
        return []
    if len(tokens) < size:
        return [tuple(tokens)]
    return [tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)]


def shingles(tokens: Sequence[str], size: int = SHINGLE_SIZE) -> Counter[Shingle]:
    """Multiset of the shingles of ``tokens`` (see ``shingle_sequence``)."""
    return Counter(shingle_sequence(tokens, size))


@dataclass(frozen=True)
class PageScore:
    """Normalised tp/fp/fn of one page plus whether its token list matched exactly."""

    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def precision(self) -> float:
        return page_precision_recall(self.tp, self.fp, self.fn)[0]

    @property
    def recall(self) -> float:
        return page_precision_recall(self.tp, self.fp, self.fn)[1]

    @property
    def f1(self) -> float:
        return f1_score(self.precision, self.recall)


def page_counts(gold: str, predicted: str) -> tuple[float, float, float]:
    """tp, fp, fn of one page, each divided by tp+fp+fn (all zero when both texts are empty)."""
    gold_sh = shingles(tokenize(gold))
    pred_sh = shingles(tokenize(predicted))
    tp = sum((gold_sh & pred_sh).values())
    fp = sum((pred_sh - gold_sh).values())
    fn = sum((gold_sh - pred_sh).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def page_precision_recall(tp: float, fp: float, fn: float) -> tuple[float, float]:
    """Per-page precision and recall with the benchmark's edge cases."""
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = 0.0 if tp == 0 and fp == 0 else tp / (tp + fp)
    recall = 0.0 if tp == 0 and fn == 0 else tp / (tp + fn)
    return precision, recall


def f1_score(precision: float, recall: float) -> float:
    """Harmonic mean, 0 when both are 0."""
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def score_page(gold: str, predicted: str) -> PageScore:
    """Score one page: normalised counts and exact token-list equality."""
    tp, fp, fn = page_counts(gold, predicted)
    return PageScore(tp, fp, fn, exact=tokenize(gold) == tokenize(predicted))


@dataclass(frozen=True)
class Summary:
    """Aggregate scores over a set of pages."""

    f1: float
    precision: float
    recall: float
    accuracy: float
    pages: int


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def aggregate(scores: Sequence[PageScore]) -> Summary:
    """Precision averaged over pages with tp+fp > 0, recall over pages with tp+fn > 0."""
    precisions = [s.precision for s in scores if s.tp + s.fp > 0]
    recalls = [s.recall for s in scores if s.tp + s.fn > 0]
    precision, recall = _mean(precisions), _mean(recalls)
    accuracy = _mean([1.0 if s.exact else 0.0 for s in scores])
    return Summary(f1_score(precision, recall), precision, recall, accuracy, len(scores))


@dataclass(frozen=True)
class Interval:
    low: float
    high: float


@dataclass(frozen=True)
class BootstrapSummary:
    """Point estimates plus percentile bootstrap intervals over pages."""

    point: Summary
    f1: Interval
    precision: Interval
    recall: Interval
    accuracy: Interval


def _percentile(sorted_values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile of already sorted values, ``q`` in [0, 1]."""
    if not sorted_values:
        return 0.0
    pos = q * (len(sorted_values) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def bootstrap(
    scores: Sequence[PageScore],
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = BOOTSTRAP_SEED,
    confidence: float = CONFIDENCE,
) -> BootstrapSummary:
    """Aggregate ``scores`` and add percentile intervals from resampling pages with replacement."""
    point = aggregate(scores)
    rng = random.Random(seed)
    samples: list[Summary] = []
    if scores:
        for _ in range(resamples):
            samples.append(aggregate(rng.choices(scores, k=len(scores))))
    tail = (1 - confidence) / 2

    def interval(field: str) -> Interval:
        values = sorted(getattr(s, field) for s in samples)
        if not values:
            value = getattr(point, field)
            return Interval(value, value)
        return Interval(_percentile(values, tail), _percentile(values, 1 - tail))

    return BootstrapSummary(
        point, interval("f1"), interval("precision"), interval("recall"), interval("accuracy")
    )
