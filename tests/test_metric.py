"""Unit tests of the benchmark metric (benchmarks/metric.py); no benchmark data needed."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.metric import (
    PageScore,
    aggregate,
    bootstrap,
    f1_score,
    page_counts,
    page_precision_recall,
    score_page,
    shingles,
    tokenize,
)

GOLD = "one two three four five six"  # 6 tokens → 3 shingles


def test_tokenize_unicode_words() -> None:
    assert tokenize("Héllo, wörld! 東京 don't 42") == ["Héllo", "wörld", "東京", "don", "t", "42"]
    assert tokenize("  ,;! ") == []


def test_shingles_of_long_text_are_overlapping_runs() -> None:
    assert shingles(["a", "b", "c", "d", "e"]) == Counter(
        {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    )


def test_shingles_count_repeats() -> None:
    assert shingles(["a", "b", "c", "d", "a", "b", "c", "d"])[("a", "b", "c", "d")] == 2


def test_short_text_is_one_shingle_and_empty_text_has_none() -> None:
    assert shingles(["a", "b", "c"]) == Counter({("a", "b", "c"): 1})
    assert shingles(["a", "b", "c", "d"]) == Counter({("a", "b", "c", "d"): 1})
    assert shingles([]) == Counter()


def test_case_matters() -> None:
    assert not score_page(GOLD, GOLD.title()).exact


def test_exact_match() -> None:
    score = score_page(GOLD, "\n\n" + GOLD.replace(" ", ", ") + "!")  # punctuation ignored
    assert (score.tp, score.fp, score.fn) == (1.0, 0.0, 0.0)
    assert score.exact
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)


def test_disjoint_texts() -> None:
    score = score_page(GOLD, "alpha beta gamma delta epsilon")
    assert score.tp == 0.0
    assert score.fp == pytest.approx(2 / 5)  # 2 predicted shingles, 3 gold ones
    assert score.fn == pytest.approx(3 / 5)
    assert (score.precision, score.recall, score.f1) == (0.0, 0.0, 0.0)
    assert not score.exact


def test_counts_are_normalised_by_their_sum() -> None:
    # gold: 3 shingles; predicted keeps the first 5 tokens (2 shingles) and adds 4 tokens.
    tp, fp, fn = page_counts(GOLD, "one two three four five x y z w")
    # predicted shingles: 6, of which 2 are gold ones → tp 2, fp 4, fn 1, total 7
    assert (tp, fp, fn) == pytest.approx((2 / 7, 4 / 7, 1 / 7))
    assert tp + fp + fn == pytest.approx(1.0)


def test_normalisation_keeps_precision_and_recall() -> None:
    tp, fp, fn = page_counts(GOLD, "one two three four five x y z w")
    precision, recall = page_precision_recall(tp, fp, fn)
    assert precision == pytest.approx(2 / 6)
    assert recall == pytest.approx(2 / 3)


def test_multiset_counts_use_min_of_counts() -> None:
    tp, fp, fn = page_counts("a b c d a b c d", "a b c d")
    # gold: abcd ×2, bcda, cdab, dabc; predicted: abcd ×1 → tp 1, fp 0, fn 4
    assert (tp, fp, fn) == pytest.approx((1 / 5, 0.0, 4 / 5))


def test_short_texts_compare_as_single_shingles() -> None:
    assert page_counts("a b", "a b") == (1.0, 0.0, 0.0)
    assert page_counts("a b", "a b c") == (0.0, 0.5, 0.5)  # ("a","b") vs ("a","b","c")


def test_empty_prediction() -> None:
    score = score_page(GOLD, "")
    assert (score.tp, score.fp, score.fn) == (0.0, 0.0, 1.0)
    assert (score.precision, score.recall) == (0.0, 0.0)  # tp = fp = 0 → precision 0


def test_empty_gold() -> None:
    score = score_page("", GOLD)
    assert (score.tp, score.fp, score.fn) == (0.0, 1.0, 0.0)
    assert (score.precision, score.recall) == (0.0, 0.0)  # tp = fn = 0 → recall 0


def test_both_empty() -> None:
    score = score_page("", "  ... ")
    assert (score.tp, score.fp, score.fn) == (0.0, 0.0, 0.0)
    assert (score.precision, score.recall) == (1.0, 1.0)  # fp = fn = 0
    assert score.exact


def test_precision_recall_edge_cases() -> None:
    assert page_precision_recall(0.0, 0.0, 0.0) == (1.0, 1.0)
    assert page_precision_recall(1.0, 0.0, 0.0) == (1.0, 1.0)
    assert page_precision_recall(0.0, 0.0, 1.0) == (0.0, 0.0)
    assert page_precision_recall(0.0, 1.0, 0.0) == (0.0, 0.0)
    assert page_precision_recall(0.5, 0.5, 0.0) == (0.5, 1.0)


def test_f1_score() -> None:
    assert f1_score(0.0, 0.0) == 0.0
    assert f1_score(1.0, 0.5) == pytest.approx(2 / 3)


def test_aggregate_averages_over_the_stated_subsets() -> None:
    scores = [
        PageScore(0.5, 0.5, 0.0, exact=False),  # P 0.5, R 1
        PageScore(0.0, 0.0, 1.0, exact=False),  # empty output: no precision, R 0
        PageScore(0.0, 1.0, 0.0, exact=False),  # empty gold: P 0, no recall
        PageScore(0.0, 0.0, 0.0, exact=True),  # both empty: in neither mean
        PageScore(1.0, 0.0, 0.0, exact=True),  # perfect
    ]
    summary = aggregate(scores)
    assert summary.precision == pytest.approx((0.5 + 0.0 + 1.0) / 3)
    assert summary.recall == pytest.approx((1.0 + 0.0 + 1.0) / 3)
    assert summary.f1 == pytest.approx(f1_score(0.5, 2 / 3))  # F1 of the means
    assert summary.accuracy == pytest.approx(2 / 5)
    assert summary.pages == 5


def test_aggregate_of_nothing() -> None:
    summary = aggregate([])
    assert (summary.f1, summary.precision, summary.recall, summary.accuracy) == (0, 0, 0, 0)


def test_bootstrap_is_seeded_and_brackets_the_point() -> None:
    scores = [
        score_page(GOLD, GOLD),
        score_page(GOLD, "one two three four"),
        score_page(GOLD, ""),
        score_page(GOLD, GOLD + " seven eight"),
    ] * 5
    first = bootstrap(scores, resamples=200, seed=1)
    assert first == bootstrap(scores, resamples=200, seed=1)
    assert first.point == aggregate(scores)
    for field in ("f1", "precision", "recall", "accuracy"):
        interval = getattr(first, field)
        assert interval.low <= getattr(first.point, field) <= interval.high
        assert interval.low < interval.high


def test_bootstrap_of_identical_pages_has_no_width() -> None:
    result = bootstrap([score_page(GOLD, GOLD)] * 4, resamples=50)
    assert (result.f1.low, result.f1.high) == (1.0, 1.0)
