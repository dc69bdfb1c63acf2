"""Every development page's output, written down and compared: the proof that a change
meant to keep the output (a restructuring, a speed-up) keeps it.

    python -m benchmarks.snapshot write before.jsonl        # every set, HTML and text
    python -m benchmarks.snapshot write after.jsonl
    python -m benchmarks.snapshot compare before.jsonl after.jsonl

A record per page and feed: the set, the page id, the feed (``html`` or ``text``), the
Article's JSON (or the error) and each block's role and reason. ``compare`` counts the
pages whose Article differs and, separately, those whose roles or reasons differ, and
shows the first few differences. It exits 1 when any Article differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data import REPO_ROOT, read_input

BENCH = REPO_ROOT.parent / "shared/bench"
SETS = ("scrapinghub", "wcxb-dev", "naeb", "defuddle")
FEEDS = ("html", "text")


def _jobs(bench: Path) -> Iterator[tuple[str, str, str]]:
    for name in SETS:
        data = bench / name
        truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
        for page_id in sorted(truth):
            for feed in FEEDS:
                if feed == "html" or (data / "text" / f"{page_id}.txt").is_file():
                    yield name, page_id, feed


def _record(job: tuple[str, str, str, str]) -> dict[str, Any]:
    import articlex

    bench, name, page_id, feed = job
    record: dict[str, Any] = {"set": name, "id": page_id, "feed": feed}
    source = read_input(Path(bench) / name, page_id, feed)
    try:
        article, classified = articlex.explain(
            source, input_format="text" if feed == "text" else None
        )
    except articlex.ArticlexError as error:
        record["error"] = f"{type(error).__name__}: {error}"
        return record
    record["article"] = article.to_dict()
    record["roles"] = [[v.role.value, v.reason] for v in classified.verdicts]
    return record


def write(path: Path, bench: Path, jobs: int) -> int:
    work = [(str(bench), *job) for job in _jobs(bench)]
    with ProcessPoolExecutor(jobs) as pool, path.open("w", encoding="utf-8") as out:
        for record in pool.map(_record, work, chunksize=8):
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(work)} pages written to {path}")
    return 0


def _load(path: Path) -> dict[tuple[str, str, str], dict[str, Any]]:
    records = (json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line)
    return {(r["set"], r["id"], r["feed"]): r for r in records}


def compare(before_path: Path, after_path: Path, show: int) -> int:
    before, after = _load(before_path), _load(after_path)
    missing = sorted(set(before) ^ set(after))
    articles = [k for k in sorted(set(before) & set(after))
                if (before[k].get("article"), before[k].get("error"))
                != (after[k].get("article"), after[k].get("error"))]
    roles = [k for k in sorted(set(before) & set(after))
             if before[k].get("roles") != after[k].get("roles")]
    print(f"{len(before)} pages before, {len(after)} after; {len(missing)} in one only; "
          f"{len(articles)} with another Article; {len(roles)} with other roles or reasons")
    for key in articles[:show]:
        _show(key, before[key], after[key], "article")
    for key in roles[:show]:
        _show(key, before[key], after[key], "roles")
    return 1 if articles or missing else 0


def _show(key: tuple[str, str, str], old: dict[str, Any], new: dict[str, Any], part: str) -> None:
    print(f"-- {'/'.join(key)} ({part})")
    if part == "article":
        a, b = old.get("article") or {"error": old.get("error")}, new.get("article") or {
            "error": new.get("error")}
        for field in sorted(set(a) | set(b)):
            if a.get(field) != b.get(field):
                print(f"   {field}: {str(a.get(field))[:160]!r}\n   {' ' * len(field)}  "
                      f"{str(b.get(field))[:160]!r}")
        return
    for i, (x, y) in enumerate(zip(old.get("roles") or [], new.get("roles") or [])):
        if x != y:
            print(f"   block {i}: {x} -> {y}")
            break


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    w = commands.add_parser("write", help="write every page's output to FILE")
    w.add_argument("file", type=Path)
    w.add_argument("--bench", type=Path, default=BENCH, help="the development sets' folder")
    w.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    c = commands.add_parser("compare", help="compare two snapshots")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--show", type=int, default=5, help="differences shown of each kind")
    args = parser.parse_args(argv)
    if args.command == "write":
        if not (args.bench / "scrapinghub").is_dir():
            print(f"no development sets at {args.bench}", file=sys.stderr)
            return 2
        return write(args.file, args.bench, args.jobs)
    return compare(args.before, args.after, args.show)


if __name__ == "__main__":
    sys.exit(main())
