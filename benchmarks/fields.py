"""Score articlex's structured fields against the labels in ``fields.json``.

Run from the repository root::

    python -m benchmarks.fields            # HTML pages
    python -m benchmarks.fields --text     # browser-text pages, fields visible in the text
    python -m benchmarks.fields --misses headline   # list the pages a field is wrong on

Metrics, per field, over the pages whose label is not null:

- headline: exact match after case, space and punctuation normalisation;
- authors: exact set match (case- and space-insensitive);
- standfirst, author_bio: token F1 (``\\w+`` tokens, lower-cased);
- tags: set F1 (case-insensitive);
- published: exact match of ``YYYY-MM-DD``;

and, for every field, over the pages whose label is null: the share where articlex
correctly returns nothing. In text mode a field counts only where its label says it is
visible in the browser text (``in_text``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the `benchmarks` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data import DEFAULT_DATA, data_present, read_html, read_text

FIELDS = ("headline", "standfirst", "authors", "author_bio", "tags", "published")
_TOKEN = re.compile(r"\w+")


def normalise(text: str | None) -> str:
    """Lower-cased ``\\w+`` tokens joined by single spaces.

    >>> normalise("  Rates  Rise, Again! ")
    'rates rise again'
    """
    return " ".join(_TOKEN.findall((text or "").lower()))


def token_f1(predicted: str | None, gold: str | None) -> float:
    """F1 of the token multisets (1.0 when both are empty).

    >>> token_f1("a b c", "a b d")
    0.6666666666666666
    """
    p = Counter(_TOKEN.findall((predicted or "").lower()))
    g = Counter(_TOKEN.findall((gold or "").lower()))
    if not p and not g:
        return 1.0
    common = sum((p & g).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def set_f1(predicted: list[str] | None, gold: list[str] | None) -> float:
    """F1 of two sets of strings compared case-insensitively.

    >>> set_f1(["Sony", "hack"], ["sony", "North Korea"])
    0.5
    """
    p = {x.strip().lower() for x in predicted or ()}
    g = {x.strip().lower() for x in gold or ()}
    if not p and not g:
        return 1.0
    common = len(p & g)
    return 0.0 if not common else 2 * common / (len(p) + len(g))


def _same_names(predicted: list[str] | None, gold: list[str] | None) -> float:
    return float({normalise(n) for n in predicted or ()} == {normalise(n) for n in gold or ()})


SCORERS: dict[str, Callable[[Any, Any], float]] = {
    "headline": lambda p, g: float(normalise(p) == normalise(g)),
    "standfirst": token_f1,
    "authors": _same_names,
    "author_bio": token_f1,
    "tags": set_f1,
    "published": lambda p, g: float(p == g),
}


def score_page(predicted: dict[str, Any], label: dict[str, Any], text_mode: bool
               ) -> dict[str, tuple[str, float]]:
    """Per field: ("score", value) where the label has a value, ("empty", 1.0 or 0.0)
    where it is null; fields not visible in text mode are left out."""
    result = {}
    for field in FIELDS:
        gold = label.get(field)
        if text_mode and gold and (label.get("in_text") or {}).get(field) is False:
            continue
        got = predicted.get(field)
        if not gold:
            result[field] = ("empty", float(not got))
        else:
            result[field] = ("score", SCORERS[field](got, gold))
    return result


def evaluate(data: Path, text_mode: bool) -> tuple[dict[str, dict[str, list[float]]],
                                                     dict[str, list[tuple[str, Any, Any]]]]:
    import articlex

    labels = json.loads((data / "fields.json").read_text(encoding="utf-8"))
    totals: dict[str, dict[str, list[float]]] = {f: {"score": [], "empty": []} for f in FIELDS}
    misses: dict[str, list[tuple[str, Any, Any]]] = {f: [] for f in FIELDS}
    for page_id, label in labels.items():
        if text_mode:
            if not (data / "text" / f"{page_id}.txt").exists():
                continue
            article = articlex.extract(read_text(data, page_id), input_format="text")
        else:
            article = articlex.extract(read_html(data, page_id), url=label.get("url"))
        predicted = article.to_dict()
        for field, (kind, value) in score_page(predicted, label, text_mode).items():
            totals[field][kind].append(value)
            if value < 1.0:
                misses[field].append((page_id, predicted.get(field), label.get(field)))
    return totals, misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--text", action="store_true", help="browser-text pages")
    parser.add_argument("--misses", choices=FIELDS, help="list the pages this field misses")
    args = parser.parse_args(argv)
    if not data_present(args.data) or not (args.data / "fields.json").exists():
        print(f"field labels not found at {args.data}: skipped")
        return 0
    totals, misses = evaluate(args.data, args.text)
    print(f"{'field':<11} {'score':>6} {'pages':>5}  {'correctly empty':>15} {'pages':>5}")
    for field in FIELDS:
        scores, empties = totals[field]["score"], totals[field]["empty"]
        mean = sum(scores) / len(scores) if scores else float("nan")
        empty = sum(empties) / len(empties) if empties else float("nan")
        print(f"{field:<11} {mean:6.3f} {len(scores):5d}  {empty:15.3f} {len(empties):5d}")
    if args.misses:
        for page_id, got, gold in misses[args.misses]:
            print(f"{page_id[:12]}  got {str(got)[:70]!r}  gold {str(gold)[:70]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
