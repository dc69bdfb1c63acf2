"""Body quality and speed on every development set in one run, articlex beside the
libraries it is compared with, for HTML and for the sets' browser-text renderings.

Run from the repository root::

    python -m benchmarks.all_sets                        # articlex and trafilatura
    python -m benchmarks.all_sets --compare trafilatura,readability --feeds html
    python -m benchmarks.all_sets --json runs/today.json # keep the figures to compare runs
    python -m benchmarks.all_sets --gate                 # CI: articlex against floor.toml

It prints two tables. The first: per set (every folder of the bench directory that
holds a ``ground-truth.json``) and feed, each library's body precision, recall and F1
(the 4-token-shingle metric of the bench README) and its median ms/page; where a set
labels page types (wcxb-dev's ``page_type``), one row per type as well. All libraries
run in the same process, page by page, in rotating order, so their times compare. The
second: every field the set labels (``fields.json``), scored as ``benchmarks.fields``
scores it, for articlex and, beside trafilatura, trafilatura's metadata and htmldate's
fast date search.
"""

from __future__ import annotations

import argparse
import json
import logging
import platform
import statistics
import sys
import warnings
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data import REPO_ROOT, data_present, load_refs
from benchmarks.floorguard import FLOOR_FILE, check_floor_history, parse_floors
from benchmarks.harness import LibraryResult, load_extractors, run_pages
from benchmarks.metric import aggregate
from benchmarks.report import table
from benchmarks.runners import resolve

DEFAULT_BENCH = REPO_ROOT.parent / "shared/bench"
FEEDS = ("html", "text")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="folder of the sets")
    p.add_argument("--sets", default="", help="only these sets (comma-separated names)")
    p.add_argument("--feeds", default=",".join(FEEDS), help="html, text or both")
    p.add_argument("--compare", default="trafilatura", help="libraries beside articlex")
    p.add_argument("--limit", type=int, help="only the first N pages of each set")
    p.add_argument("--json", type=Path, metavar="FILE", help="write the figures as JSON")
    p.add_argument("--no-fields", action="store_true",
                   help="body only: skip the fields table (also skipped with --limit)")
    p.add_argument("--markdown", action="store_true", help="print a Markdown table")
    p.add_argument("--gate", action="store_true",
                   help="articlex only: exit 1 if a set's F1 is below its floor")
    p.add_argument("--floor", type=Path, default=FLOOR_FILE, help="floors for --gate")
    return p.parse_args(argv)


def set_folders(bench: Path, only: str) -> list[Path]:
    wanted = {name.strip() for name in only.split(",") if name.strip()}
    found = sorted(p for p in bench.iterdir() if data_present(p)) if bench.is_dir() else []
    return [p for p in found if not wanted or p.name in wanted]


def page_types(folder: Path) -> dict[str, str]:
    """Page id → its labelled page type, for the sets that label one."""
    path = folder / "fields.json"
    if not path.is_file():
        return {}
    labels = json.loads(path.read_text(encoding="utf-8"))
    return {pid: str(lab["page_type"]) for pid, lab in labels.items()
            if isinstance(lab, dict) and lab.get("page_type")}


def rows_of(name: str, feed: str, results: dict[str, LibraryResult],
            types: dict[str, str]) -> list[dict[str, Any]]:
    """One row per library: the whole set, then one per page type."""
    rows = []
    for library, result in results.items():
        groups: dict[str, list[Any]] = defaultdict(list)
        for page in result.pages:
            groups[""].append(page)
            if page.id in types:
                groups[types[page.id]].append(page)
        for group in sorted(groups, key=lambda g: (g != "", g)):
            pages = groups[group]
            summary = aggregate([p.score for p in pages])
            ms = statistics.median(p.seconds for p in pages) * 1000
            rows.append({"set": name, "feed": feed, "page_type": group or None,
                         "library": library, "pages": len(pages),
                         "precision": summary.precision, "recall": summary.recall,
                         "f1": summary.f1, "median_ms": ms,
                         "errors": sum(1 for p in pages if p.error)})
    return rows


def run_sets(
    folders: Sequence[Path], feeds: Sequence[str], names: list[str], limit: int | None = None,
    ids: list[str] | None = None, quiet: bool = False,
) -> list[dict[str, Any]]:
    """Every library on every page of the sets, for each feed: the rows of the table."""
    extractors, skipped = load_extractors(names)
    for library, why in skipped.items():
        print(f"{library}: skipped, {why}", file=sys.stderr)
    rows: list[dict[str, Any]] = []
    for folder in folders:
        types = page_types(folder)
        for feed in feeds:
            refs = load_refs(folder, ids, limit, feed=feed)
            if not refs:
                continue
            if not quiet:
                print(f"  {folder.name} {feed}: {len(refs)} pages", file=sys.stderr)
            results = run_pages(extractors, folder, refs, feed, progress=False)
            rows.extend(rows_of(folder.name, feed, results, types))
    return rows


#: The libraries whose fields are scored beside articlex's, when they are compared:
#: htmldate gives a date alone (its fast mode, the one fit for a crawl).
FIELD_LIBRARIES = {"trafilatura": ("trafilatura", "htmldate-fast")}
#: The fields a library gives, when not all of them.
ONLY_FIELDS = {"htmldate-fast": ("published",), "htmldate": ("published",)}


def field_rows(
    folders: Sequence[Path], feeds: Sequence[str], names: list[str], quiet: bool = False,
) -> list[dict[str, Any]]:
    """Every labelled field of every set with ``fields.json``, per feed and library: its
    score (``benchmarks.fields``: exact match for headline, authors and date) over the
    pages labelled with a value, and the correctly-empty share over those labelled null."""
    from benchmarks import field_runners
    from benchmarks.fields import FIELDS, OVERRIDES, articlex_predictor, evaluate, load_labels

    libraries = [n for name in names for n in FIELD_LIBRARIES.get(name, (name,))]
    rows: list[dict[str, Any]] = []
    for folder in folders:
        if not (folder / "fields.json").is_file():
            continue
        labels, _ = load_labels(folder, OVERRIDES)
        for feed in feeds:
            for library in libraries:
                if library == "articlex":
                    predictor = articlex_predictor()
                elif library in field_runners.FIELD_RUNNERS:
                    try:
                        predictor = field_runners.FIELD_RUNNERS[library]()
                    except ImportError:
                        continue
                else:
                    continue
                if not quiet:
                    print(f"  fields: {folder.name} {feed} {library}", file=sys.stderr)
                totals, _, errors = evaluate(folder, labels, predictor, feed)
                for field in ONLY_FIELDS.get(library, FIELDS):
                    scored, empty = totals[field]["score"], totals[field]["empty"]
                    if not scored and not empty:
                        continue
                    rows.append({
                        "set": folder.name, "feed": feed, "library": library, "field": field,
                        "score": statistics.fmean(scored) if scored else None,
                        "pages": len(scored),
                        "empty": statistics.fmean(empty) if empty else None,
                        "empty_pages": len(empty), "errors": errors})
    return rows


def print_field_table(rows: list[dict[str, Any]], markdown: bool) -> None:
    headers = ["set", "feed", "field", "library", "pages", "score", "null pages",
               "correctly empty"]

    def cell(value: float | None) -> str:
        return "—" if value is None else f"{value:.3f}"

    cells = [[r["set"], r["feed"], r["field"], r["library"], str(r["pages"]),
              cell(r["score"]), str(r["empty_pages"]), cell(r["empty"])]
             for r in sorted(rows, key=lambda r: (r["set"], r["feed"], r["field"]))
             if r["pages"] or r["library"] == "articlex"]
    print(table(headers, cells, markdown))


def print_table(rows: list[dict[str, Any]], markdown: bool) -> None:
    headers = ["set", "feed", "page type", "pages", "library", "P", "R", "F1", "ms/page"]
    cells = [[r["set"], r["feed"], r["page_type"] or "all", str(r["pages"]), r["library"],
              f"{r['precision']:.3f}", f"{r['recall']:.3f}", f"{r['f1']:.3f}",
              f"{r['median_ms']:.1f}"] for r in rows]
    print(table(headers, cells, markdown))


def floor_key(set_name: str, feed: str) -> str:
    """The floor.toml key of a set's body F1: ``html_f1`` / ``text_f1`` for scrapinghub
    (the set the gate began with), ``<set>_<feed>_f1`` for the others."""
    if set_name == "scrapinghub":
        return f"{feed}_f1"
    return f"{set_name.replace('-', '_')}_{feed}_f1"


def gate(
    folders: Sequence[Path], feeds: Sequence[str], floor_file: Path, limit: int | None = None,
    ids: list[str] | None = None,
) -> int:
    """Articlex alone on the sets: exit status 1 when a set's F1 is below its floor in
    ``floor_file``, a page raised, or a floor was lowered without its reason."""
    if not folders:
        print("benchmark data not found: skipped")
        return 0
    problems = check_floor_history(floor_file)
    if problems:
        print(f"benchmark gate FAILED: {'; '.join(problems)}")
        return 1
    floors = parse_floors(floor_file.read_text()) if floor_file.is_file() else {}
    rows = [r for r in run_sets(folders, feeds, ["articlex"], limit, ids, quiet=True)
            if r["page_type"] is None]
    parts, failed = [], False
    for r in rows:
        floor = floors.get(floor_key(r["set"], r["feed"]), 0.0)
        below = r["f1"] < floor
        failed = failed or below or r["errors"] > 0
        parts.append(f"{r['set']} {r['feed']} F1 {r['f1']:.4f} "
                     f"{'below' if below else '>='} {floor:.4f}"
                     + (f" ({r['errors']} errors)" if r["errors"] else ""))
    field_parts, field_failed = _gate_fields(folders, feeds, floors)
    failed = failed or field_failed
    print(f"benchmark gate {'FAILED' if failed else 'ok'}: " + "; ".join(parts + field_parts))
    return 1 if failed else 0


def field_floor_key(set_name: str, feed: str, field: str) -> str:
    """The floor.toml key of a field's score on a set: ``<set>_<feed>_<field>``
    (scrapinghub's fields have their own gate, ``benchmarks.fields --gate``)."""
    return f"{set_name.replace('-', '_')}_{feed}_{field}"


def _gate_fields(folders: Sequence[Path], feeds: Sequence[str],
                 floors: dict[str, float]) -> tuple[list[str], bool]:
    """The fields of every set but scrapinghub against the floors floor.toml gives them."""
    others = [f for f in folders if f.name != "scrapinghub"]
    parts, failed = [], False
    for r in field_rows(others, feeds, ["articlex"], quiet=True):
        floor = floors.get(field_floor_key(r["set"], r["feed"], r["field"]))
        if floor is None or r["score"] is None:
            continue
        below = r["score"] < floor
        failed = failed or below
        parts.append(f"{r['set']} {r['feed']} {r['field']} {r['score']:.3f} "
                     f"{'below' if below else '>='} {floor:.3f}")
    return parts, failed


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    folders = set_folders(args.bench, args.sets)
    feeds = [f.strip() for f in args.feeds.split(",") if f.strip()]
    if args.gate:
        return gate(folders, feeds, args.floor, args.limit)
    names = ["articlex", *resolve(args.compare)] if args.compare else ["articlex"]
    if not folders:
        print(f"benchmark data not found at {args.bench}", file=sys.stderr)
        return 2
    rows = run_sets(folders, feeds, names, args.limit)
    fields = [] if args.no_fields or args.limit else field_rows(folders, feeds, names)
    print(f"Python {platform.python_version()}; median ms/page after one warm-up page\n")
    print_table(rows, args.markdown)
    if fields:
        print("\nFields (headline, authors, published: exact match; standfirst, bio: token "
              "F1; tags: set F1), over the pages labelled with a value; correctly empty: "
              "over the pages labelled null\n")
        print_field_table(fields, args.markdown)
    if args.json:
        data = {"rows": rows, "fields": fields}
        args.json.write_text(json.dumps(data, indent=1), encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
