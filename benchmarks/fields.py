"""Score articlex's structured fields (and other libraries') against ``fields.json``.

Run from the repository root::

    python -m benchmarks.fields            # HTML pages
    python -m benchmarks.fields --text     # browser-text pages, fields visible in the text
    python -m benchmarks.fields --render html2text   # text made by a converter at run time
    python -m benchmarks.fields --misses headline   # list the pages a field is wrong on
    python -m benchmarks.fields --compare all       # also trafilatura, newspaper4k, goose3,
                                                    # htmldate (its date alone)
    python -m benchmarks.fields --gate              # CI: fail if a field drops below floor.toml

Metrics, per field, over the pages whose label is not null:

- headline: exact match after case, space and punctuation normalisation;
- authors: exact set match (case- and space-insensitive); on the sets that label
  organisation bylines as authors (all but scrapinghub), articlex's ``organisations``
  count when it names no person;
- standfirst, author_bio: token F1 (``\\w+`` tokens, lower-cased);
- tags: set F1 (case-insensitive);
- published: exact match of ``YYYY-MM-DD``;

and, for every field, over the pages whose label is null: the share where the library
correctly returns nothing. A field a set does not label (its key absent) is not scored.
In text mode a field counts only where its label says it is visible in the browser text
(``in_text``).

Labels found wrong are corrected in ``fields_overrides.json`` (beside this file): each
entry changes one field of one page and says why, from what the page visibly shows.
The corrections are applied unless ``--no-overrides`` is given.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the `benchmarks` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data import DEFAULT_DATA, data_present, read_input
from benchmarks.floorguard import FLOOR_FILE, check_floor_history, parse_floors
from benchmarks.renderings import RENDERERS, TEXT_RENDERINGS

FIELDS = ("headline", "standfirst", "authors", "author_bio", "tags", "published")
OVERRIDES = Path(__file__).with_name("fields_overrides.json")
#: Sets whose author labels name people only (the bench README: scrapinghub's rule). The
#: others label an organisation byline ("Associated Press", "Slate Staff") as the author,
#: so there articlex's ``organisations`` count as its authors when it names no person.
PEOPLE_ONLY_SETS = frozenset({"scrapinghub"})
_TOKEN = re.compile(r"\w+")

Labels = dict[str, dict[str, Any]]
Totals = dict[str, dict[str, list[float]]]
Misses = dict[str, list[tuple[str, Any, Any]]]
Predictor = Callable[[bytes | str, str], dict[str, Any]]


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


def score_page(
    predicted: dict[str, Any], label: dict[str, Any], text_mode: bool
) -> dict[str, tuple[str, float]]:
    """Per field: ("score", value) where the label has a value, ("empty", 1.0 or 0.0)
    where it is null; fields not visible in text mode are left out."""
    result = {}
    for field in FIELDS:
        if field not in label:  # not labelled by this set (null means "the page has none")
            continue
        gold = label.get(field)
        if text_mode and gold and (label.get("in_text") or {}).get(field) is False:
            continue
        got = predicted.get(field)
        if not gold:
            result[field] = ("empty", float(not got))
        else:
            result[field] = ("score", SCORERS[field](got, gold))
    return result


def apply_overrides(labels: Labels, overrides: list[dict[str, Any]]) -> int:
    """Correct ``labels`` in place; returns how many entries were applied.

    Each override names a ``page`` (its full id), a ``field``, the corrected ``value``
    and the ``reason``; ``in_text`` optionally corrects whether the field is visible in
    the browser text.

    >>> labels = {"p1": {"tags": ["a"], "in_text": {"tags": False}}}
    >>> apply_overrides(labels, [{"page": "p1", "field": "tags", "value": None,
    ...                           "reason": "one section label, not tags"}])
    1
    >>> labels["p1"]["tags"] is None
    True
    """
    for entry in overrides:
        page, field = entry["page"], entry["field"]
        if page not in labels or field not in FIELDS or not entry.get("reason"):
            raise ValueError(f"bad override {entry!r}: unknown page or field, or no reason")
        labels[page][field] = entry["value"]
        if "in_text" in entry:
            labels[page].setdefault("in_text", {})[field] = entry["in_text"]
    return len(overrides)


def load_labels(data: Path, overrides: Path | None) -> tuple[Labels, int]:
    """The set's labels, corrected by ``overrides`` when that file corrects this set
    (its ``set`` is the set folder's name)."""
    labels = json.loads((data / "fields.json").read_text(encoding="utf-8"))
    if overrides is None or not overrides.exists():
        return labels, 0
    corrections = json.loads(overrides.read_text(encoding="utf-8"))
    if corrections["set"] != data.resolve().name:
        return labels, 0
    return labels, apply_overrides(labels, corrections["overrides"])


def with_credited_authors(predicted: dict[str, Any], set_name: str) -> dict[str, Any]:
    """The prediction as the set scores it: on a set that labels organisation bylines as
    authors, the organisations credited stand for the authors when no person is named.

    >>> with_credited_authors({"authors": [], "organisations": ["AP"]}, "naeb")["authors"]
    ['AP']
    >>> with_credited_authors({"authors": [], "organisations": ["AP"]}, "scrapinghub")["authors"]
    []
    """
    if set_name in PEOPLE_ONLY_SETS or predicted.get("authors"):
        return predicted
    return {**predicted, "authors": predicted.get("organisations") or predicted.get("authors")}


def articlex_predictor() -> Predictor:
    import articlex

    def run(source: bytes | str, url: str) -> dict[str, Any]:
        if isinstance(source, str):
            return articlex.extract(source, input_format="text").to_dict()
        return articlex.extract(source, url=url).to_dict()

    return run


def evaluate(
    data: Path, labels: Labels, predictor: Predictor, feed: str
) -> tuple[Totals, Misses, int]:
    """Scores and misses per field, and the number of pages where the library failed.

    ``feed`` is "html", "text" (the browser text) or a rendering's name; every feed but
    "html" is scored in text mode, on the pages that have browser text."""
    totals: Totals = {f: {"score": [], "empty": []} for f in FIELDS}
    misses: Misses = {f: [] for f in FIELDS}
    errors = 0
    text_mode = feed != "html"
    for page_id, label in labels.items():
        if text_mode and not (data / "text" / f"{page_id}.txt").exists():
            continue
        source = read_input(data, page_id, feed)
        try:
            predicted = predictor(source, label.get("url") or "")
        except Exception:  # another library's failure counts as returning nothing
            predicted, errors = {}, errors + 1
        predicted = with_credited_authors(predicted, data.resolve().name)
        for field, (kind, value) in score_page(predicted, label, text_mode).items():
            totals[field][kind].append(value)
            if value < 1.0:
                misses[field].append((page_id, predicted.get(field), label.get(field)))
    return totals, misses, errors


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def print_single(totals: Totals) -> None:
    print(f"{'field':<11} {'score':>6} {'pages':>5}  {'correctly empty':>15} {'pages':>5}")
    for field in FIELDS:
        scores, empties = totals[field]["score"], totals[field]["empty"]
        print(
            f"{field:<11} {_mean(scores):6.3f} {len(scores):5d}  "
            f"{_mean(empties):15.3f} {len(empties):5d}"
        )


def _cell(value: float, width: int = 0) -> str:
    """A score with three decimals, or a dash where there were no pages to score."""
    text = "—" if value != value else f"{value:.3f}"  # NaN: no pages
    return f"{text:>{width}}"


def print_comparison(results: dict[str, Totals], markdown: bool) -> None:
    """One row per field; per library its score and its correctly-empty share."""
    names = list(results)
    pages = {f: next(iter(results.values()))[f] for f in FIELDS}
    if markdown:
        head = "| field | pages (empty) | " + " | ".join(f"{n} | empty" for n in names) + " |"
        print(head)
        print("|---|---:|" + "---:|---:|" * len(names))
    else:
        print(
            f"{'field':<11} {'pages':>11}  "
            + "  ".join(f"{n[:13]:>13} {'empty':>5}" for n in names)
        )
    for field in FIELDS:
        count = f"{len(pages[field]['score'])} ({len(pages[field]['empty'])})"
        cells = [
            (_mean(results[n][field]["score"]), _mean(results[n][field]["empty"])) for n in names
        ]
        if markdown:
            print(
                f"| {field} | {count} | "
                + " | ".join(f"{_cell(s)} | {_cell(e)}" for s, e in cells)
                + " |"
            )
        else:
            print(
                f"{field:<11} {count:>11}  "
                + "  ".join(f"{_cell(s, 13)} {_cell(e, 5)}" for s, e in cells)
            )


def floor_key(feed: str, field: str) -> str:
    """The key of a field's floor in ``floor.toml``: ``text_tags``, ``html_empty`` (the
    correctly-empty share, every field alike)."""
    return f"{'html' if feed == 'html' else 'text'}_{field}"


def gate_failures(totals: Totals, feed: str, floors: dict[str, float]) -> list[str]:
    """The fields below their floors: each field's score, and its correctly-empty share.

    >>> totals = {f: {"score": [1.0], "empty": [1.0]} for f in FIELDS}
    >>> totals["tags"]["score"] = [0.5]
    >>> gate_failures(totals, "text", {"text_tags": 0.8, "text_empty": 0.9})
    ['text tags 0.500 < 0.800']
    """
    failures = []
    for field in FIELDS:
        for what, values, key in (
            (field, totals[field]["score"], floor_key(feed, field)),
            (f"{field} correctly empty", totals[field]["empty"], floor_key(feed, "empty")),
        ):
            value, floor = _mean(values), floors.get(key)
            if floor is not None and value == value and value < floor:  # NaN: no pages
                failures.append(f"{feed} {what} {value:.3f} < {floor:.3f}")
    return failures


def gate(data: Path) -> int:
    """CI: every field of the HTML and the text pages against its floor in floor.toml."""
    problems = check_floor_history(FLOOR_FILE)
    if problems:
        print(f"field gate FAILED: {'; '.join(problems)}")
        return 1
    floors = parse_floors(FLOOR_FILE.read_text())
    labels, _ = load_labels(data, OVERRIDES)
    failures = []
    for feed in ("html", "text"):
        totals, _, errors = evaluate(data, labels, articlex_predictor(), feed)
        failures += gate_failures(totals, feed, floors)
        if errors:
            failures.append(f"{feed}: {errors} pages raised")
    if failures:
        print(f"field gate FAILED (floors in {FLOOR_FILE.name}): {'; '.join(failures)}")
        return 1
    print(f"field gate ok: {len(FIELDS)} fields on HTML and text pages at or above their floors")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--text", action="store_true", help="browser-text pages")
    parser.add_argument(
        "--render",
        choices=sorted([*RENDERERS, *TEXT_RENDERINGS]),
        help="feed the page rendered as text by this converter (implies text mode)",
    )
    parser.add_argument("--misses", choices=FIELDS, help="list the pages this field misses")
    parser.add_argument(
        "--compare",
        default="",
        metavar="LIBS",
        help="also score these libraries (comma-separated, or 'all'): "
        "trafilatura, newspaper4k, goose3, htmldate, htmldate-fast (dates only)",
    )
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument(
        "--no-overrides",
        action="store_true",
        help="score against fields.json as published, uncorrected",
    )
    parser.add_argument("--gate", action="store_true",
                        help="articlex only: exit 1 if a field is below its floor in floor.toml")
    args = parser.parse_args(argv)
    if not data_present(args.data) or not (args.data / "fields.json").exists():
        print(f"field labels not found at {args.data}: skipped")
        return 0
    if args.gate:
        return gate(args.data)
    labels, applied = load_labels(args.data, None if args.no_overrides else OVERRIDES)
    print(f"labels: {len(labels)} pages, {applied} corrected by {OVERRIDES.name}")
    feed = args.render or ("text" if args.text else "html")
    totals, misses, _ = evaluate(args.data, labels, articlex_predictor(), feed)
    if args.compare:
        from benchmarks import field_runners

        logging.disable(logging.CRITICAL)  # the libraries' own warnings drown the table
        warnings.simplefilter("ignore")
        results = {"articlex": totals}
        for name in field_runners.resolve(args.compare):
            try:
                predictor = field_runners.FIELD_RUNNERS[name]()
            except ImportError:
                print(f"{name}: not installed, skipped")
                continue
            results[name], _, errors = evaluate(args.data, labels, predictor, feed)
            print(f"{name}: {field_runners.MAPPING[name]}; {errors} pages raised")
        print_comparison(results, args.markdown)
    else:
        print_single(totals)
    if args.misses:
        for page_id, got, gold in misses[args.misses]:
            print(f"{page_id[:12]}  got {str(got)[:70]!r}  gold {str(gold)[:70]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
