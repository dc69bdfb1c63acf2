"""The golden corpus: every case folder of tests/golden, its page's whole output pinned.

For each case the Article JSON (``expected.json``) and the explain document
(``expected.explain.json``) must equal what articlex gives today. A mismatch fails with
the differing Article fields, each as a unified diff, and a unified diff of the explain
document. After an intended change of output, regenerate the expected files and review
``git diff tests/golden`` (name cases to update only those)::

    python -m benchmarks.golden update [CASE ...]

A new case: ``python -m benchmarks.golden add SET:ID NAME --format html|text`` copies a
development page in; then give it a row in tests/golden/README.md, which tells what each
case covers.
"""

from __future__ import annotations

import difflib
import json
import shutil
from pathlib import Path

import pytest
from benchmarks import golden

CASES = golden.case_dirs()
#: The most diff lines a failure shows, per field or document, and the longest line.
DIFF_LINES = 60
LINE_CHARS = 240
UPDATE = "if the change is intended: python -m benchmarks.golden update {}"


def _diff(expected: str, actual: str, label: str) -> str:
    """A unified diff of two texts, cut to ``DIFF_LINES`` lines of ``LINE_CHARS``."""
    lines = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(),
                                      f"{label} (expected)", f"{label} (now)", lineterm=""))
    if len(lines) > DIFF_LINES:
        lines = [*lines[:DIFF_LINES], f"... {len(lines) - DIFF_LINES} more diff lines"]
    return "\n".join(line if len(line) <= LINE_CHARS else line[:LINE_CHARS - 1] + "…"
                     for line in lines)


def _field_text(value: object) -> str:
    """A field to diff: a string as its own lines (the body: a block a paragraph), else
    its JSON."""
    return value if isinstance(value, str) else golden.dumps(value)


def article_report(case: Path) -> str | None:
    """What differs between the case's ``expected.json`` and the Article now, field by
    field; None when nothing does."""
    text = (case / golden.ARTICLE_FILE).read_text(encoding="utf-8")
    expected, actual = json.loads(text), golden.article_document(case)
    if actual == expected:
        if text != golden.dumps(actual):
            return f"{case.name}/{golden.ARTICLE_FILE} is not written as the update writes it"
        return None
    fields = [k for k in dict.fromkeys([*expected, *actual]) if expected.get(k) != actual.get(k)]
    report = [f"{case.name}: Article field(s) differ: {', '.join(fields)}"]
    report += [_diff(_field_text(expected.get(k)), _field_text(actual.get(k)), k)
               for k in fields]
    return "\n".join([*report, UPDATE.format(case.name)])


def explain_report(case: Path) -> str | None:
    """A diff of the case's ``expected.explain.json`` and the explain document now; None
    when they are the same."""
    text = (case / golden.EXPLAIN_FILE).read_text(encoding="utf-8")
    now = golden.dumps(golden.explain_json(case))
    if text == now:
        return None
    return "\n".join([f"{case.name}: the explain document differs",
                      _diff(text, now, golden.EXPLAIN_FILE), UPDATE.format(case.name)])


def test_there_are_cases():
    assert len(CASES) >= 32


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_article(case):
    report = article_report(case)
    if report:
        pytest.fail(report, pytrace=False)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_explain(case):
    report = explain_report(case)
    if report:
        pytest.fail(report, pytrace=False)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_case_folder(case):
    spec = golden.read_case(case)
    assert set(spec) <= {"source", "licence", "input_format", "url"}
    assert spec["input_format"] in (None, "text")
    if spec["source"] != "made here":
        assert spec["licence"] == golden.LICENCES[spec["source"].split(":")[0]]
    files = {p.name for p in case.iterdir()}
    assert files == {"case.json", golden.page_file(case).name, golden.ARTICLE_FILE,
                     golden.EXPLAIN_FILE}


def test_readme_lists_every_case():
    readme = (golden.GOLDEN / "README.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip().strip("`") for line in readme.splitlines()
            if line.startswith("| `")}
    assert rows == {case.name for case in CASES}


def test_every_licence_is_beside_the_pages():
    sets = {golden.read_case(case)["source"].split(":")[0] for case in CASES}
    for name in sets - {"made here"}:
        assert (golden.GOLDEN / "LICENSES" / f"{name}-LICENSE").is_file(), name


def test_an_edited_expected_file_is_reported(tmp_path):
    case = tmp_path / "edited"
    shutil.copytree(min(CASES, key=lambda c: golden.page_file(c).stat().st_size), case)
    assert article_report(case) is None and explain_report(case) is None
    article = json.loads((case / golden.ARTICLE_FILE).read_text(encoding="utf-8"))
    article["body"] += "\n\nAn edited paragraph."
    (case / golden.ARTICLE_FILE).write_text(golden.dumps(article), encoding="utf-8")
    report = article_report(case)
    assert report is not None and "field(s) differ: body" in report
    assert "-An edited paragraph." in report
    explain = (case / golden.EXPLAIN_FILE).read_text(encoding="utf-8")
    (case / golden.EXPLAIN_FILE).write_text(explain.replace("\n", "\n ", 1), encoding="utf-8")
    assert explain_report(case) is not None


def test_diff_is_cut_to_a_readable_length():
    text = _diff("\n".join(map(str, range(500))), "x" * 1000, "x")
    assert len(text.splitlines()) == DIFF_LINES + 1
    assert text.endswith("more diff lines")
    assert max(len(line) for line in text.splitlines()) <= LINE_CHARS
