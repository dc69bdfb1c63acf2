"""Benchmark articlex (and other extractors) on the ScrapingHub article-extraction pages.

Run from the repository root::

    python benchmarks/run.py                          # articlex, HTML pages
    python benchmarks/run.py --compare all            # plus trafilatura, readability, ...
    python benchmarks/run.py --libraries trafilatura  # any set of libraries, without articlex
    python benchmarks/run.py --text                   # browser-text input, with the baseline
    python benchmarks/run.py --render html2text       # text made by a converter at run time
    python benchmarks/run.py --gate [--text]          # fail if F1 drops below floor.toml
"""

from __future__ import annotations

import argparse
import json
import logging
import platform
import sys
import warnings
from importlib import metadata
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the `benchmarks` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import all_sets, memory, report
from benchmarks.data import DEFAULT_DATA, UnknownPageError, data_present, load_refs
from benchmarks.floorguard import FLOOR_FILE
from benchmarks.harness import LibraryResult, load_extractors, run_pages
from benchmarks.metric import BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED, bootstrap
from benchmarks.renderings import RENDERERS, TEXT_RENDERINGS
from benchmarks.runners import RUNNERS, resolve

TEXT_MODE_NOTE = (
    "text mode: articlex gets the text with input_format='text', the baseline keeps it all, "
    "the HTML libraries get it as <html><body> with one <p> per line"
)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark data folder")
    p.add_argument(
        "--compare",
        default="",
        metavar="LIBS",
        help="also run these libraries (comma-separated, or 'all'): "
        + ", ".join(n for n in RUNNERS if n != "articlex"),
    )
    p.add_argument(
        "--libraries",
        default="",
        metavar="LIBS",
        help="run exactly these libraries instead of articlex (+ --compare)",
    )
    p.add_argument("--text", action="store_true", help="feed browser text instead of HTML")
    p.add_argument(
        "--render",
        choices=sorted([*RENDERERS, *TEXT_RENDERINGS]),
        help="feed the HTML rendered as text by this converter (implies text mode)",
    )
    p.add_argument("--limit", type=int, help="only the first N pages")
    p.add_argument("--ids", default="", help="only these page ids or id prefixes (comma-separated)")
    p.add_argument("--worst", type=int, default=0, metavar="N", help="list the N worst pages")
    p.add_argument("--json", type=Path, metavar="FILE", help="write per-page scores as JSON")
    p.add_argument("--markdown", action="store_true", help="print Markdown tables")
    p.add_argument("--no-memory", action="store_true", help="skip the peak-memory subprocesses")
    p.add_argument("--resamples", type=int, default=BOOTSTRAP_RESAMPLES, help="bootstrap resamples")
    p.add_argument("--seed", type=int, default=BOOTSTRAP_SEED, help="bootstrap seed")
    p.add_argument(
        "--gate",
        action="store_true",
        help="articlex only: exit 1 if F1 is below the floor in benchmarks/floor.toml",
    )
    p.add_argument("--floor", type=Path, default=FLOOR_FILE, help="F1 floors for --gate")
    p.add_argument("--verbose", action="store_true", help="let the libraries log warnings")
    return p.parse_args(argv)


def feed_of(args: argparse.Namespace) -> str:
    """What the pages are fed as: "html", "text" or the name of a rendering."""
    return args.render or ("text" if args.text else "html")


def selected_libraries(args: argparse.Namespace) -> list[str]:
    names = resolve(args.libraries) if args.libraries else ["articlex", *resolve(args.compare)]
    if feed_of(args) != "html" and "baseline" not in names:
        names.append("baseline")
    return names


def gate(args: argparse.Namespace) -> int:
    """Fast check for CI: articlex F1 on the --data set against its floors (the gate of
    :mod:`benchmarks.all_sets`, on one set), no bootstrap, no memory."""
    folders = [args.data] if data_present(args.data) else []
    feeds = ["html", "text"] if args.text else ["html"]
    return all_sets.gate(folders, feeds, args.floor, args.limit, _ids(args))


def _ids(args: argparse.Namespace) -> list[str] | None:
    return [i.strip() for i in args.ids.split(",") if i.strip()] or None


def _version(name: str) -> str:
    """'trafilatura 2.3.1', or 'baseline (lxml 6.1.3)' when the distribution is another."""
    dist = RUNNERS[name].dist
    try:
        version = metadata.version(dist)
    except metadata.PackageNotFoundError:
        version = "source tree" if name == "articlex" else "version unknown"
    return f"{name} {version}" if dist == name else f"{name} ({dist} {version})"


def measure_memory(
    names: list[str], args: argparse.Namespace, pages: list[tuple[str, str]]
) -> dict[str, memory.Memory | str]:
    out: dict[str, memory.Memory | str] = {}
    for name in names:
        print(f"  measuring peak memory of {name} in a subprocess", file=sys.stderr)
        out[name] = memory.measure(name, args.data, pages, feed_of(args))
    return out


def print_report(
    args: argparse.Namespace,
    results: dict[str, LibraryResult],
    mem: dict[str, memory.Memory | str],
    skipped: dict[str, str],
    golds: dict[str, str],
) -> None:
    summaries = {n: bootstrap(r.scores, args.resamples, args.seed) for n, r in results.items()}
    md = args.markdown
    print(report.summary_table(results, summaries, mem, md))
    print(f"\n95% bootstrap intervals over pages ({args.resamples} resamples, seed {args.seed}):")
    print(report.intervals_table(summaries, md))
    notes = [*report.speed_lines(results), *report.error_lines(results)]
    notes += [f"{n}: skipped, {why}" for n, why in skipped.items()]
    notes += [f"{n}: {m}" for n, m in mem.items() if isinstance(m, str)]
    notes += [f"{_version(n)}: {RUNNERS[n].config}" for n in results]
    if feed_of(args) != "html":
        notes.append(TEXT_MODE_NOTE)
    print("\n" + "\n".join(f"- {line}" if md else line for line in notes))
    if args.worst and results:
        worst_of = "articlex" if "articlex" in results else next(iter(results))
        print("\n" + report.worst_pages(results[worst_of], golds, args.worst))
    if args.json:
        payload = report.to_json(
            feed_of(args), str(args.data), results, summaries, mem, skipped
        )
        args.json.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"\nper-page scores written to {args.json}")


def benchmark(args: argparse.Namespace) -> int:
    if not data_present(args.data):
        print(f"benchmark data not found at {args.data}", file=sys.stderr)
        return 2
    feed = feed_of(args)
    refs = load_refs(args.data, _ids(args), args.limit, feed=feed)
    names = selected_libraries(args)
    # Memory first, while this process is small: where only ru_maxrss is available, a worker
    # may inherit its parent's peak (see memory.max_rss_mb).
    pages = [(r.id, r.url) for r in refs]
    mem = {} if args.no_memory else measure_memory(names, args, pages)
    extractors, skipped = load_extractors(names)
    mode = {"html": "raw HTML bytes", "text": "browser text"}.get(feed, f"rendered by {feed}")
    print(
        f"{len(refs)} pages ({mode}) from {args.data}; Python {platform.python_version()}; "
        f"median time per page after one warm-up page\n"
    )
    results = run_pages(extractors, args.data, refs, feed)
    mem = {n: m for n, m in mem.items() if n in extractors}
    print_report(args, results, mem, skipped, {r.id: r.gold for r in refs})
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.verbose:  # the libraries log and warn about many pages
        logging.disable(logging.CRITICAL)
        warnings.simplefilter("ignore")
    try:
        return gate(args) if args.gate else benchmark(args)
    except UnknownPageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
