"""The golden corpus: whole pages in ``tests/golden/<case>/`` beside the Article and the
explain document articlex gives for them, compared by ``tests/test_golden.py``.

Run from the repository root::

    python -m benchmarks.golden update                    # rewrite every case's expected files
    python -m benchmarks.golden update CASE ...           # only these cases
    python -m benchmarks.golden add SET:ID NAME --format html|text [--url URL]

``update`` writes ``expected.json`` (``articlex.extract(...).to_dict()``) and
``expected.explain.json`` (:func:`articlex.output.explain.explain_document`) for each
case and prints which of them changed, so an intended change of output shows in review
as ``git diff tests/golden``. ``add`` copies one page of a development set
(``../shared/bench/SET``, beside the repository) into a new case folder: ``page.html``
(the page's bytes, gzip removed) or ``page.txt`` (its browser text), a ``case.json``
saying where it came from, then its expected files. The new case still wants its row in
``tests/golden/README.md`` (the test checks that every case has one).

A case folder holds ``case.json``::

    {"source": "SET:ID" | "made here", "licence": str, "input_format": "text" | null,
     "url": str}                                   # url only where the case needs one

and exactly one of ``page.html`` (read as bytes, ``input_format`` null) or ``page.txt``
(read as UTF-8, ``input_format`` ``"text"``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data import REPO_ROOT, UnknownPageError, match_id

GOLDEN = REPO_ROOT / "tests/golden"
BENCH = REPO_ROOT.parent / "shared/bench"
ARTICLE_FILE = "expected.json"
EXPLAIN_FILE = "expected.explain.json"
PAGE_FILES = {"html": "page.html", "text": "page.txt"}
#: The licence of each development set's pages (their texts are in tests/golden/LICENSES).
LICENCES = {
    "scrapinghub": "MIT",
    "defuddle": "MIT",
    "naeb": "Apache-2.0",
    "wcxb-dev": "CC-BY-4.0",
}
_NAME = re.compile(r"[a-z0-9][a-z0-9._-]*\Z")


def case_dirs(root: Path = GOLDEN) -> list[Path]:
    """Every case folder (one holding a ``case.json``), in name order."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if (p / "case.json").is_file())


def read_case(case: Path) -> dict[str, Any]:
    return json.loads((case / "case.json").read_text(encoding="utf-8"))


def page_file(case: Path) -> Path:
    """The case's input page: ``page.html`` or ``page.txt``, whichever its format says."""
    spec = read_case(case)
    return case / PAGE_FILES["text" if spec.get("input_format") == "text" else "html"]


def case_input(case: Path) -> tuple[bytes | str, dict[str, Any]]:
    """The source to feed (HTML bytes as given, or the text) and the keyword arguments."""
    spec = read_case(case)
    page = page_file(case)
    source: bytes | str = page.read_bytes()
    if spec.get("input_format") == "text":
        source = source.decode("utf-8")  # as stored: no newline translation
    kwargs = {"input_format": spec.get("input_format"), "url": spec.get("url")}
    return source, kwargs


def article_document(case: Path) -> dict[str, Any]:
    """What ``expected.json`` holds: the Article's JSON."""
    import articlex

    source, kwargs = case_input(case)
    return articlex.extract(source, **kwargs).to_dict()


def explain_json(case: Path) -> dict[str, Any]:
    """What ``expected.explain.json`` holds: the explain document."""
    import articlex
    from articlex.output.explain import explain_document

    source, kwargs = case_input(case)
    article, classified = articlex.explain(source, **kwargs)
    return explain_document(article, classified)


def dumps(document: Any) -> str:
    """The JSON text of an expected file."""
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def expected_texts(case: Path) -> dict[str, str]:
    """The expected files' texts as articlex makes them today, by file name."""
    return {ARTICLE_FILE: dumps(article_document(case)),
            EXPLAIN_FILE: dumps(explain_json(case))}


def update(cases: list[Path]) -> int:
    """Rewrite the expected files of ``cases``; print which changed."""
    changed = 0
    for case in cases:
        wrote = []
        for name, text in expected_texts(case).items():
            path = case / name
            old = path.read_text(encoding="utf-8") if path.is_file() else None
            if old != text:
                path.write_text(text, encoding="utf-8")
                wrote.append(name if old is not None else f"{name} (new)")
        if wrote:
            changed += 1
            print(f"{case.name}: {', '.join(wrote)}")
    print(f"{len(cases)} cases, {changed} changed")
    return 0


def add(spec: str, name: str, fmt: str, url: str | None, bench: Path) -> int:
    """Copy page ``SET:ID`` of the development sets into a new case ``name``."""
    set_name, _, prefix = spec.partition(":")
    if set_name not in LICENCES or not prefix:
        print(f"expected SET:ID with SET one of {', '.join(LICENCES)}, got {spec!r}",
              file=sys.stderr)
        return 2
    if not _NAME.match(name):
        print(f"case name {name!r}: lower-case letters, digits, '.', '_', '-'",
              file=sys.stderr)
        return 2
    data = bench / set_name
    truth_file = data / "ground-truth.json"
    if not truth_file.is_file():
        print(f"no development set at {data}", file=sys.stderr)
        return 2
    try:
        page_id = match_id(prefix, json.loads(truth_file.read_text(encoding="utf-8")))
    except UnknownPageError as error:
        print(error, file=sys.stderr)
        return 2
    if fmt == "html":
        content = gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes())
    else:
        text_file = data / "text" / f"{page_id}.txt"
        if not text_file.is_file():
            print(f"{set_name}:{page_id} has no browser text", file=sys.stderr)
            return 2
        content = text_file.read_bytes()
    case = GOLDEN / name
    if case.exists():
        print(f"{case.relative_to(REPO_ROOT)} exists already", file=sys.stderr)
        return 2
    case.mkdir(parents=True)
    (case / PAGE_FILES[fmt]).write_bytes(content)
    record: dict[str, Any] = {
        "source": f"{set_name}:{page_id}",
        "licence": LICENCES[set_name],
        "input_format": "text" if fmt == "text" else None,
    }
    if url:
        record["url"] = url
    (case / "case.json").write_text(dumps(record), encoding="utf-8")
    try:
        update([case])
    except BaseException:
        shutil.rmtree(case)  # no half-made case left behind
        raise
    print(f"added {case.relative_to(REPO_ROOT)} ({len(content):,} bytes); "
          "give it a row in tests/golden/README.md")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    u = commands.add_parser("update", help="rewrite the expected files (every case, or CASE)")
    u.add_argument("cases", nargs="*", metavar="CASE", help="case folder names")
    a = commands.add_parser("add", help="copy a development page into a new case")
    a.add_argument("page", metavar="SET:ID", help="set and page id (or a unique id prefix)")
    a.add_argument("name", help="the new case folder's name")
    a.add_argument("--format", choices=sorted(PAGE_FILES), required=True,
                   help="copy the page's HTML or its browser text")
    a.add_argument("--url", help="the url to extract with, kept in case.json")
    a.add_argument("--bench", type=Path, default=BENCH, help="the development sets' folder")
    args = parser.parse_args(argv)
    if args.command == "add":
        return add(args.page, args.name, args.format, args.url, args.bench)
    known = {case.name: case for case in case_dirs()}
    unknown = [name for name in args.cases if name not in known]
    if unknown:
        print(f"no such case: {', '.join(unknown)}", file=sys.stderr)
        return 2
    return update([known[name] for name in args.cases] if args.cases else list(known.values()))


if __name__ == "__main__":
    sys.exit(main())
