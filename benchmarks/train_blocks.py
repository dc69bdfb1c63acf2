"""Fit the learned body model of HTML pages (``src/articlex/models/body_html.json``) or
of text pages (``--feed text``: ``body_text.json``, on the sets' browser-text
renderings) on every development set together, and measure it set by set.

Run from the repository root (needs numpy: ``pip install -e '.[train]'``)::

    python -m benchmarks.train_blocks                 # fit on every set, write the model
    python -m benchmarks.train_blocks --feed text     # the text pages' model
    python -m benchmarks.train_blocks --leave-one-out # the leave-one-set-out table
    python -m benchmarks.train_blocks --check         # fit, and fail if the file differs

How it works:

1. Every page of every set is read and given its structural verdicts
   (:func:`articlex.roles.passes.classify_structural`) and its page-type probabilities,
   out of fold (:func:`benchmarks.train_page_type.out_of_fold`: by a page-type model
   that has not seen the page's site, as on a page from the web); each block gets its
   features (:func:`articlex.roles.learned.block_features`).
2. Labels come from aligning each set's gold body to the blocks: a block is body when
   at least half of its 4-token shingles (its whole token run, when shorter) occur in
   the gold text. Field blocks (headline, byline, …) are not the model's to decide
   and are left out.
3. Each block weighs its token count, scaled so that every page of a set weighs the
   same and every set weighs the same: no set's habits outweigh another's.
4. A logistic regression with an L2 penalty is fitted by full-batch gradient descent
   from zero weights (deterministic: no sampling), on the features seen on at least
   ``MIN_PAGES`` pages; the weights are rounded to ``DECIMALS`` places so that the
   file is the same wherever the arithmetic differs in the last bits.
5. The thresholds are those with the best mean body F1 over the sets among those that
   leave no set below its structural figure (the model must help across the sets, not
   buy one set's gain with another's loss), each page's body built by the real
   pipeline from the model's verdicts.
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from articlex.fields.assemble import assemble
from articlex.model import Classified, Page, Role, Verdict
from articlex.options import Options
from articlex.pipeline import read_page
from articlex.roles.learned import DECIDED, LinearModel, block_features
from articlex.roles.page_type import type_scores
from articlex.roles.passes import apply_model, classify_structural
from articlex.roles.values import read_values
from benchmarks import train_page_type
from benchmarks.all_sets import DEFAULT_BENCH, set_folders
from benchmarks.data import REPO_ROOT, load_refs, read_input
from benchmarks.metric import aggregate, score_page, shingle_sequence, tokenize
from benchmarks.training import Adam, frequent, write_or_check

MODEL_FILES = {feed: REPO_ROOT / f"src/articlex/models/body_{feed}.json"
               for feed in ("html", "text")}
OPTIONS = Options()
#: A feature must occur on this many pages to get a weight (rarer ones would fit pages).
MIN_PAGES = 20
#: L2 penalty on the weights (per unit of total sample weight). Of 1e-5, 1e-4 and 1e-3,
#: 1e-3 fits the sets a little less well and holds up best on a set left out of the fit.
L2 = 1e-3
#: Gradient steps and their size (Adam).
STEPS = 1000
LEARNING_RATE = 0.1
#: Weights are rounded to this many decimals in the file.
DECIMALS = 4
#: Share of a block's shingles found in the gold body that makes it a body block.
LABEL_SHARE = 0.5
#: Thresholds tried: below which a kept block is dropped, from which a dropped one is kept.
DROP_BELOW = (0.1, 0.2, 0.3, 0.4, 0.5)
KEEP_FROM = (0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass
class PageData:
    set_name: str
    page_id: str
    page: Page
    structural: tuple[Verdict, ...]
    type_scores: dict[str, float] | None
    features: list[dict[str, float]]
    labels: list[float]
    weights: list[float]
    gold: str


def label_blocks(page: Page, gold: str) -> tuple[list[float], list[float]]:
    """Each block's label (1.0 body) and its token count, by the gold body."""
    gold_tokens = tokenize(gold)
    full = set(shingle_sequence(gold_tokens))
    short: set[tuple[str, ...]] = set()
    for size in (1, 2, 3):
        short.update(tuple(gold_tokens[i:i + size]) for i in range(len(gold_tokens)))
    labels, sizes = [], []
    for block in page.blocks:
        tokens = tokenize(block.text)
        pieces = shingle_sequence(tokens)
        wanted = full if len(tokens) >= 4 else short
        found = sum(p in wanted for p in pieces)
        labels.append(1.0 if pieces and found >= LABEL_SHARE * len(pieces) else 0.0)
        sizes.append(float(len(tokens)))
    return labels, sizes


def load_set(folder: Path, feed: str) -> list[PageData]:
    """The pages of a set in ``feed``, read and given their structural verdicts and
    labels (their page types and features come after: :func:`load_pages`)."""
    pages = []
    for ref in load_refs(folder, feed=feed):
        page = read_page(read_input(folder, ref.id, feed), url=ref.url or None,
                         input_format=feed)
        labels, sizes = label_blocks(page, ref.gold)
        structural = classify_structural(page, OPTIONS).verdicts
        pages.append(PageData(folder.name, ref.id, page, structural, None, [],
                              labels, sizes, ref.gold))
    return pages


def load_pages(bench: Path, cache: Path | None, feed: str = "html") -> list[PageData]:
    """Every page of every set; with ``cache``, the pages read once are kept there
    (their features are computed afresh each time, so feature changes take effect).
    A page's type is its out-of-fold one, else the packaged model's (a set the
    page-type model was not fitted on)."""
    if cache is None or not cache.is_file():
        pages = [d for folder in set_folders(bench, "") for d in load_set(folder, feed)]
        known = {(d.set_name, d.page_id, feed): Classified(d.page, d.structural)
                 for d in pages}
        page_types = train_page_type.out_of_fold(train_page_type.load(bench, known), feed)
        for data in pages:
            data.type_scores = page_types.get((data.set_name, data.page_id)) or type_scores(
                known[data.set_name, data.page_id, feed])
        if cache is not None:
            cache.write_bytes(pickle.dumps(pages))
    else:
        pages = pickle.loads(cache.read_bytes())
    for data in pages:
        if not data.features:
            data.features = block_features(data.page, data.structural, data.type_scores)
    return pages


def leave_out(pages: Sequence[PageData], prefixes: tuple[str, ...]) -> None:
    """Drop the features whose names start with any of ``prefixes`` from every block."""
    for data in pages:
        data.features = [{k: v for k, v in f.items() if not k.startswith(prefixes)}
                         for f in data.features]


def decided(data: PageData) -> list[int]:
    return [i for i, v in enumerate(data.structural) if v.role in DECIDED]


def fit(pages: Sequence[PageData]) -> LinearModel:
    """The logistic model fitted on ``pages`` (threshold 0.5; see :func:`best_threshold`)."""
    vocabulary, x, y, w = _design(pages)
    theta, bias = _descend(x, y, w)
    weights_out = {n: round(float(t), DECIMALS) for n, t in zip(vocabulary, theta)}
    weights_out = {n: t for n, t in weights_out.items() if t != 0.0}
    return LinearModel(round(bias, DECIMALS), weights_out)


def _vocabulary(pages: Sequence[PageData]) -> list[str]:
    """The features seen on at least ``MIN_PAGES`` pages (in a block the model decides)."""
    return frequent(({n for i in decided(d) for n in d.features[i]} for d in pages), MIN_PAGES)


def _design(pages: Sequence[PageData]) -> tuple[list[str], Any, Any, Any]:
    """The vocabulary, the feature matrix, the labels and the sample weights."""
    import numpy as np

    vocabulary = _vocabulary(pages)
    column = {n: j for j, n in enumerate(vocabulary)}
    set_pages: dict[str, int] = {}
    for data in pages:
        set_pages[data.set_name] = set_pages.get(data.set_name, 0) + 1
    rows, cols, values, labels, weights = [], [], [], [], []
    row = 0
    for data in pages:
        index = decided(data)
        total = sum(data.weights[i] for i in index) or 1.0
        scale = 1.0 / (total * set_pages[data.set_name] * len(set_pages))
        for i in index:
            for name, value in data.features[i].items():
                if name in column:
                    rows.append(row)
                    cols.append(column[name])
                    values.append(value)
            labels.append(data.labels[i])
            weights.append(data.weights[i] * scale)
            row += 1
    x = np.zeros((row, len(vocabulary)), dtype=np.float32)
    x[np.array(rows), np.array(cols)] = np.array(values)
    y = np.array(labels, dtype=np.float32)
    w = np.array(weights, dtype=np.float64)
    return vocabulary, x, y, (w / w.sum()).astype(np.float32)


def _descend(x: Any, y: Any, w: Any) -> tuple[Any, float]:
    """Full-batch Adam on the weighted logistic loss with the L2 penalty, from zero."""
    import numpy as np

    theta = np.zeros(x.shape[1], dtype=np.float32)
    bias = 0.0
    adam = Adam(LEARNING_RATE)
    for _ in range(STEPS):
        z = np.clip(x @ theta + bias, -30, 30)
        p = 1.0 / (1.0 + np.exp(-z))
        error = ((p - y) * w).astype(np.float32)
        grad = np.concatenate([x.T @ error + L2 * theta, [error.sum()]]).astype(np.float64)
        (update,) = adam.deltas([grad])
        theta = (theta - update[:-1]).astype(np.float32)
        bias -= float(update[-1])
    return theta, bias


def body_of(data: PageData, model: LinearModel | None) -> str:
    verdicts = data.structural if model is None else apply_model(
        data.page, data.structural, model, data.type_scores, data.features)
    return assemble(read_values(Classified(data.page, verdicts), OPTIONS), OPTIONS).body


def set_f1(pages: Sequence[PageData], model: LinearModel | None,
           memo: dict[tuple[int, tuple[bool, ...]], Any] | None = None) -> dict[str, float]:
    """Body F1 per set; ``memo`` keeps each page's score by the blocks kept, so that
    trying many thresholds assembles each distinct body once."""
    memo = {} if memo is None else memo
    by_set: dict[str, list[Any]] = {}
    for data in pages:
        key = (id(data), _kept(data, model))
        if key not in memo:
            memo[key] = score_page(data.gold, body_of(data, model))
        by_set.setdefault(data.set_name, []).append(memo[key])
    return {name: aggregate(scores).f1 for name, scores in sorted(by_set.items())}


def _kept(data: PageData, model: LinearModel | None) -> tuple[bool, ...]:
    kept = tuple(v.role is Role.BODY for v in data.structural)
    if model is None:
        return kept
    return tuple(
        model.decide(data.features[i], k)[0] if v.role in DECIDED else k
        for i, (v, k) in enumerate(zip(data.structural, kept)))


def best_threshold(pages: Sequence[PageData], model: LinearModel) -> LinearModel:
    """The thresholds with the best mean body F1 over the sets, among those that leave
    every set at least at its structural figure (all of them when none does)."""
    memo: dict[tuple[int, tuple[bool, ...]], Any] = {}
    structural = set_f1(pages, None, memo)
    best: tuple[bool, float, float, float] = (False, -1.0, 0.5, 0.5)
    for drop in DROP_BELOW:
        for keep in KEEP_FROM:
            candidate = LinearModel(model.bias, model.weights, drop, keep)
            figures = set_f1(pages, candidate, memo)
            helps = all(figures[name] >= structural[name] for name in structural)
            option = (helps, statistics.mean(figures.values()), drop, keep)
            if option[:2] > best[:2]:
                best = option
    return LinearModel(model.bias, model.weights, best[2], best[3])


def describe(model: LinearModel, pages: Sequence[PageData], feed: str) -> LinearModel:
    sets = sorted({d.set_name for d in pages})
    kind = "HTML pages" if feed == "html" else "text pages (browser text)"
    option = "" if feed == "html" else " --feed text"
    about = (f"logistic model of body blocks on {kind}, fitted by "
             f"benchmarks/train_blocks.py{option} on {len(pages)} pages of {', '.join(sets)}; "
             f"{len(model.weights)} features seen on at least {MIN_PAGES} pages")
    return LinearModel(model.bias, model.weights, model.drop_below, model.keep_from, about)


def print_table(pages: Sequence[PageData], structural: dict[str, float],
                learned: dict[str, float], leave_one_out: bool) -> None:
    """Body F1 per set: structural passes alone, the model fitted on every set, and
    (with ``leave_one_out``) the model fitted on the other sets."""
    print("set            structural  learned(all sets)  left out")
    for name in sorted(structural):
        left = ""
        if leave_one_out:
            others = [d for d in pages if d.set_name != name]
            held = [d for d in pages if d.set_name == name]
            alone = best_threshold(others, fit(others))
            left = f"{set_f1(held, alone)[name]:.4f}"
        print(f"{name:14} {structural[name]:.4f}      {learned[name]:.4f}             {left}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--leave-one-out", action="store_true")
    parser.add_argument("--check", action="store_true",
                        help="fit and exit 1 if the packaged model differs")
    parser.add_argument("--feed", choices=sorted(MODEL_FILES), default="html",
                        help="the pages the model is for: HTML, or the browser-text renderings")
    parser.add_argument("--out", type=Path, help="where to write it (default: the package's)")
    parser.add_argument("--cache", type=Path,
                        help="keep the read pages in this file, to refit faster")
    parser.add_argument("--without", default="", metavar="PREFIXES",
                        help="leave out the features starting with these (comma-separated), "
                             "to measure what a group of features brings")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    pages = load_pages(args.bench, args.cache, args.feed)
    if args.without:
        leave_out(pages, tuple(args.without.split(",")))
    print(f"read in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    print(f"{len(pages)} pages, {sum(len(d.page.blocks) for d in pages)} blocks",
          file=sys.stderr)
    structural = set_f1(pages, None)
    started = time.perf_counter()
    fitted = fit(pages)
    print(f"fitted in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    model = describe(best_threshold(pages, fitted), pages, args.feed)
    print(f"threshold in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    learned = set_f1(pages, model)
    print_table(pages, structural, learned, args.leave_one_out)
    print(f"drop below {model.drop_below}, keep from {model.keep_from}, "
          f"{len(model.weights)} weights")
    return write_or_check(model.to_json(), args.out or MODEL_FILES[args.feed], args.check)


if __name__ == "__main__":
    sys.exit(main())
