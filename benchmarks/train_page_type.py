"""Fit the page-type model (``src/articlex/models/page_type.json``) and measure it.

Run from the repository root (needs numpy: ``pip install -e '.[train]'``)::

    python -m benchmarks.train_page_type           # cross-validate, fit, write the model
    python -m benchmarks.train_page_type --check   # fit, and fail if the file differs

wcxb-dev is the one set that labels page types; every page of scrapinghub and naeb
(news articles) counts as an article. The figure reported is cross-validated on
wcxb-dev: its sites are cut into ``FOLDS`` groups by a hash of the domain, and each
group is predicted by a model fitted without it (the other groups and the article
sets), so no site is predicted by a model that saw it. The model reads the page as the
structural passes classify it (:func:`articlex.roles.passes.classify_structural`), before
the learned body pass, which reads the page type in turn (``train_blocks`` takes its
page types from :func:`out_of_fold`). Every set weighs the same; within
wcxb-dev every page the same. A softmax regression with an L2 penalty is fitted by
full-batch gradient descent from zero weights (no random numbers), on the features seen
on at least ``MIN_PAGES`` pages; the weights are rounded to ``DECIMALS`` places.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from articlex.model import Classified
from articlex.options import Options
from articlex.pipeline import read_page
from articlex.roles.page_type import ARTICLE, PageTypeModel, choose, page_features
from articlex.roles.passes import classify_structural
from benchmarks.all_sets import DEFAULT_BENCH
from benchmarks.data import REPO_ROOT, load_refs, read_input
from benchmarks.training import Adam, frequent, write_or_check

MODEL_FILE = REPO_ROOT / "src/articlex/models/page_type.json"
#: The sets read, the page type of their pages when the set gives none, and the share of
#: the fit each weighs.
#: The article sets teach what news articles look like on sites wcxb-dev does not
#: have; weighed more, they make the model call too many other pages articles.
SETS = {"wcxb-dev": (None, 1.0), "scrapinghub": (ARTICLE, 0.05), "naeb": (ARTICLE, 0.05)}
#: Every page is read as HTML and as its browser text (when the set has it), both with
#: the page's URL. (Text read without its URL was tried: the text figure falls from
#: 0.89 to 0.84 and the HTML one by 0.01; the URL's words are much of the evidence.)
FEEDS = ("html", "text")
#: A feature must occur on this many pages to get a weight.
MIN_PAGES = 20
#: L2 penalty on the weights (per unit of total sample weight).
L2 = 1e-3
#: Gradient steps and their size (Adam).
STEPS = 600
LEARNING_RATE = 0.05
DECIMALS = 4
#: Cross-validation groups of wcxb-dev's sites.
FOLDS = 5
#: The options every page is read and classified with (the defaults, as users get them).
OPTIONS = Options()
#: The thresholds of the probability of "article" tried.
ARTICLE_FROM = (0.4, 0.5, 0.6, 0.7, 0.8)


@dataclass
class Sample:
    set_name: str
    page_id: str
    feed: str
    domain: str
    features: dict[str, float]
    label: str


def load(bench: Path, known: Mapping[tuple[str, str], Classified] | None = None
         ) -> list[Sample]:
    """Every labelled page of the sets, as HTML and as browser text; ``known`` holds
    pages already read and classified by the structural passes, by (set, page id,
    feed), so that a caller who has them does not read them again."""
    known = known or {}
    samples = []
    for name, (default, _) in SETS.items():
        folder = bench / name
        if not folder.is_dir():
            continue
        labelled = folder / "fields.json"
        fields = json.loads(labelled.read_text(encoding="utf-8")) if labelled.is_file() else {}
        for ref in load_refs(folder):
            label = fields.get(ref.id, {}).get("page_type") or default
            if not label:
                continue
            domain = urlsplit(ref.url or "").netloc.removeprefix("www.")
            for feed in FEEDS:
                if feed == "text" and not (folder / "text" / f"{ref.id}.txt").is_file():
                    continue
                classified = known.get((name, ref.id, feed))
                if classified is None:
                    page = read_page(read_input(folder, ref.id, feed), url=ref.url or None)
                    classified = classify_structural(page, OPTIONS)
                samples.append(Sample(name, ref.id, feed, domain, page_features(classified),
                                      str(label)))
    return samples


def fold_of(domain: str) -> int:
    return int(hashlib.sha256(domain.encode()).hexdigest(), 16) % FOLDS


def fit(samples: Sequence[Sample]) -> PageTypeModel:
    import numpy as np

    types = sorted({s.label for s in samples}, key=lambda t: (t != ARTICLE, t))
    vocabulary, x = _matrix(samples)
    y = np.zeros((len(samples), len(types)))
    y[np.arange(len(samples)), [types.index(s.label) for s in samples]] = 1.0
    per_set = Counter((s.set_name, s.feed) for s in samples)
    w = np.array([SETS[s.set_name][1] / per_set[s.set_name, s.feed] for s in samples])
    w /= w.sum()
    theta, bias = _descend(x, y, w)
    weights: dict[str, dict[str, float]] = {}
    for j, name in enumerate(vocabulary):
        row = {t: round(float(theta[j, k]), DECIMALS) for k, t in enumerate(types)}
        row = {t: v for t, v in row.items() if v}
        if row:
            weights[name] = row
    return PageTypeModel(tuple(types), {t: round(float(bias[k]), DECIMALS)
                                        for k, t in enumerate(types)}, weights, 0.5)


def _matrix(samples: Sequence[Sample]) -> tuple[list[str], Any]:
    """The features seen on at least ``MIN_PAGES`` pages, and the samples' values of them."""
    import numpy as np

    vocabulary = frequent((s.features for s in samples), MIN_PAGES)
    column = {n: j for j, n in enumerate(vocabulary)}
    x = np.zeros((len(samples), len(vocabulary)), dtype=np.float64)
    for i, s in enumerate(samples):
        for n, v in s.features.items():
            if n in column:
                x[i, column[n]] = v
    return vocabulary, x


def _descend(x: Any, y: Any, w: Any) -> tuple[Any, Any]:
    """Full-batch Adam on the weighted softmax loss with the L2 penalty, from zero."""
    import numpy as np

    theta = np.zeros((x.shape[1], y.shape[1]))
    bias = np.zeros(y.shape[1])
    adam = Adam(LEARNING_RATE)
    for _ in range(STEPS):
        z = x @ theta + bias
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        error = (p - y) * w[:, None]
        delta_theta, delta_bias = adam.deltas([x.T @ error + L2 * theta, error.sum(axis=0)])
        theta -= delta_theta
        bias -= delta_bias
    return theta, bias


Scored = list[tuple[str, dict[str, float], str]]


def cross_validate(samples: Sequence[Sample]) -> Scored:
    """(label, type probabilities, feed) of every wcxb-dev page, each by a model fitted
    without its site."""
    pairs = []
    for fold in range(FOLDS):
        held = [s for s in samples if s.set_name == "wcxb-dev" and fold_of(s.domain) == fold]
        model = fit([s for s in samples if s not in held])
        pairs.extend((s.label, model.scores(s.features), s.feed) for s in held)
    return pairs


def out_of_fold(samples: Sequence[Sample], feed: str = "html"
                ) -> dict[tuple[str, str], dict[str, float]]:
    """The type probabilities of every page of every set in ``feed``, each by a model
    fitted without the sites of its fold (of every set): what a model trained on these
    pages may read of the page type without having seen the page."""
    scores = {}
    for fold in range(FOLDS):
        model = fit([s for s in samples if fold_of(s.domain) != fold])
        for s in samples:
            if s.feed == feed and fold_of(s.domain) == fold:
                scores[s.set_name, s.page_id] = model.scores(s.features)
    return scores


def best_article_from(scored: Scored) -> float:
    """The least probability of "article" that makes a page an article, with the best
    article / not-article agreement over the cross-validated pages."""
    def agreement(threshold: float) -> float:
        return sum((label == ARTICLE) == (scores[ARTICLE] >= threshold)
                   for label, scores, _ in scored) / len(scored)
    return max(ARTICLE_FROM, key=lambda t: (agreement(t), -abs(t - 0.5)))


def report(scored: Scored, article_from: float) -> None:
    for feed in FEEDS:
        pairs = [(label, choose(scores, article_from)) for label, scores, f in scored
                 if f == feed]
        if pairs:
            _report_feed(feed, pairs, article_from)


def _report_feed(feed: str, pairs: Sequence[tuple[str, str]], article_from: float) -> None:
    exact = sum(a == b for a, b in pairs) / len(pairs)
    binary = sum((a == ARTICLE) == (b == ARTICLE) for a, b in pairs) / len(pairs)
    print(f"wcxb-dev {feed}, cross-validated by site ({len(pairs)} pages), article from "
          f"p ≥ {article_from}: type {exact:.3f}, article / not article {binary:.3f}")
    for label in sorted({a for a, _ in pairs}):
        mine = [b for a, b in pairs if a == label]
        said = sum(b == label for _, b in pairs)
        hit = sum(b == label for b in mine)
        print(f"  {label:14} {len(mine):4} pages, recall {hit / len(mine):.2f}, "
              f"precision {hit / said if said else 0:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--check", action="store_true",
                        help="fit and exit 1 if the packaged model differs")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    args = parser.parse_args(argv)
    samples = load(args.bench)
    if not samples:
        print(f"no labelled development set under {args.bench}", file=sys.stderr)
        return 2
    print(f"{len(samples)} pages: " + ", ".join(
        f"{k} {v}" for k, v in sorted(Counter(s.label for s in samples).items())))
    scored = cross_validate(samples)
    article_from = best_article_from(scored)
    report(scored, article_from)
    model = fit(samples)
    model = PageTypeModel(model.types, model.bias, model.weights, article_from, (
        f"softmax model of page types, fitted by benchmarks/train_page_type.py on "
        f"{len(samples)} pages of {', '.join(sorted({s.set_name for s in samples}))}; "
        f"{len(model.weights)} features seen on at least {MIN_PAGES} pages"))
    return write_or_check(model.to_json(), args.out, args.check)


if __name__ == "__main__":
    sys.exit(main())
