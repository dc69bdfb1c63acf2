"""The HTML explain report: one element per block, coloured by role, self-contained, escaped."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from typing import Any

import pytest

import articlex
from articlex.output.explain import explain_document
from articlex.output.report import ROLE_STYLES, render_report, role_class

from .conftest import FIXTURES, SEED, expected_fields

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class ReportReader(HTMLParser):
    """The elements of a report as a browser would see them: tags, attributes, text."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.blocks: list[dict[str, str]] = []
        self.block_text: dict[str, str] = {}  # data-index → the text inside that block
        self.texts: dict[str, str] = {}  # class → text of the first element with it
        self._open: list[tuple[str, dict[str, str], list[str]]] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self.tags.append((tag, attributes))
        if "block" in attributes.get("class", "").split():
            self.blocks.append(attributes)
        if tag not in VOID:
            self._open.append((tag, attributes, []))

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            name, attributes, text = self._open.pop()
            joined = "".join(text)
            if self._open:
                self._open[-1][2].append(joined)
            classes = attributes.get("class", "").split()
            if "block" in classes:
                self.block_text[attributes["data-index"]] = joined
            for cls in classes:
                self.texts.setdefault(cls, joined)
            if name == tag:
                return

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1][2].append(data)


def seed_document(suffix: str) -> dict[str, Any]:
    input_format = "text" if suffix == ".txt" else "html"
    article, classified = articlex.explain(FIXTURES / f"{SEED}{suffix}",
                                           input_format=input_format)
    return explain_document(article, classified)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "articlex", *args], capture_output=True,
                          text=True, timeout=120, check=False)


@pytest.mark.parametrize("suffix", [".html", ".txt"])
def test_one_block_element_per_block_in_page_order(suffix):
    document = seed_document(suffix)
    reader = ReportReader(render_report(document))
    assert len(reader.blocks) == len(document["blocks"]) > 20
    assert [b["data-index"] for b in reader.blocks] == [str(b["index"]) for b in
                                                        document["blocks"]]
    for element, block in zip(reader.blocks, document["blocks"]):
        assert element["class"].split() == ["block", role_class(block["role"])]
        assert element["data-role"] == block["role"]
        shown = reader.block_text[element["data-index"]]
        assert " ".join(block["text"].split()) in " ".join(shown.split())
        assert block["kind"] in shown
        for step in block["history"]:
            assert step["reason"] in shown


@pytest.mark.parametrize("suffix", [".html", ".txt"])
def test_every_role_present_has_a_colour_and_a_legend_entry(suffix):
    document = seed_document(suffix)
    report = render_report(document)
    reader = ReportReader(report)
    legend = {attrs["data-role"] for tag, attrs in reader.tags
              if "legend-item" in attrs.get("class", "").split()}
    roles = {block["role"] for block in document["blocks"]}
    assert {"body", "boilerplate", "headline", "standfirst", "tags", "author_bio"} <= roles
    assert roles <= legend
    assert set(ROLE_STYLES) <= legend
    for role in roles:
        assert re.search(rf"\.{role_class(role)} \{{ --colour: #[0-9a-f]{{6}};", report), role
    colours = [style.colour for style in ROLE_STYLES.values()]
    assert len(set(colours)) == len(colours)


@pytest.mark.parametrize("suffix", [".html", ".txt"])
def test_the_article_is_shown_beside_the_blocks(suffix):
    document = seed_document(suffix)
    expected = expected_fields(SEED)
    reader = ReportReader(render_report(document))
    aside = " ".join(reader.texts["article"].split())
    assert " ".join(reader.texts["headline"].split()) == expected["headline"]
    for field in ("standfirst", "author_bio"):
        assert " ".join(expected[field].split()) in aside
    shown = document["article"]
    assert shown["language"] == "en"
    for value in (*expected["authors"], *expected["tags"], shown["published"] or "none",
                  shown["site_name"] or "none", shown["language"]):
        assert value in aside
    for paragraph in document["article"]["body"].split("\n\n"):
        assert " ".join(paragraph.split()) in aside
    page = document["page"]
    assert reader.texts["language"] == f"language: {page['language']}"
    notes = reader.texts["notes"]
    assert all(note in notes for note in page["notes"])


@pytest.mark.parametrize("suffix", [".html", ".txt"])
def test_the_report_loads_nothing(suffix):
    report = render_report(seed_document(suffix))
    lowered = report.lower()
    for needle in ("src=", "<link", "@import", "url(", "<script", "<img", "<iframe",
                   "<object", "<embed"):
        assert needle not in lowered, needle
    for tag, attrs in ReportReader(report).tags:
        for name, value in attrs.items():
            assert "http" not in value.lower(), (tag, name, value)
            assert not name.startswith("on"), (tag, name)
            if name == "href":
                assert value.startswith("#"), value


def test_page_text_never_becomes_markup(tmp_path):
    body = ("The council met on Tuesday and agreed the new library budget after a long "
            "debate about opening hours and staff. ")
    page = ("<html><head><title>Budget &lt;b&gt;news&lt;/b&gt;</title></head><body><article>"
            "<h1>Budget &lt;img src=x onerror=alert(2)&gt; passed</h1>"
            f"<p>{body * 3}</p>"
            f"<p>{body}&lt;script&gt;alert(1)&lt;/script&gt; {body}</p>"
            f"<p>{body * 2}</p></article></body></html>")
    article, classified = articlex.explain(page)
    document = explain_document(article, classified)
    assert any("<script>alert(1)</script>" in block["text"] for block in document["blocks"])
    report = render_report(document)
    assert "<script" not in report.lower()
    assert "<img" not in report.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report
    reader = ReportReader(report)
    assert [tag for tag, _ in reader.tags if tag in ("script", "img", "style")] == ["style"]
    assert "<script>alert(1)</script>" in reader.texts["body"]


def test_values_odd_roles_and_histories_are_shown_and_escaped():
    document = {
        "article": {"headline": 'A "quoted" <headline>', "authors": ["Jane Doe"]},
        "page": {"format": "html", "language": "en (declared by the page)", "notes": []},
        "blocks": [
            {"index": 0, "kind": "p", "role": "byline",
             "value": {"names": ["Jane Doe", "<Ann>"], "date": "2020-01-02", "categories": []},
             "text": "By Jane Doe and <Ann>",
             "history": [{"pass": "containers", "role": "body", "reason": "in the article"},
                         {"pass": "bylines", "role": "byline", "reason": "'By' and names"}]},
            {"index": 1, "kind": "p", "role": 'new" onclick="x', "value": [1, 2],
             "text": "t", "history": []},
        ],
    }
    report = render_report(document)
    reader = ReportReader(report)
    assert len(reader.blocks) == 2
    first = reader.block_text["0"]
    assert "names: Jane Doe · <Ann>; date: 2020-01-02" in first
    assert "categories" not in first  # an empty part of a record is left out
    for text in ("containers", "bylines", "in the article", "'By' and names"):
        assert text in first
    assert "(2 passes)" in first
    odd = reader.blocks[1]
    assert odd["class"] == "block role-new--onclick--x"
    assert "onclick" not in {name for _, attrs in reader.tags for name in attrs}
    assert "[1, 2]" in reader.block_text["1"]
    assert reader.texts["headline"] == 'A "quoted" <headline>'


def test_any_document_gives_a_report():
    empty = ReportReader(render_report({}))
    assert empty.blocks == []
    assert empty.texts["headline"] == "no headline"
    blocks = [{"index": i, "kind": "p", "role": list(ROLE_STYLES)[i % len(ROLE_STYLES)],
               "value": None, "text": f"block {i}",
               "history": [{"pass": "p", "role": "body", "reason": "r"}]} for i in range(600)]
    large = ReportReader(render_report({"article": {}, "page": {}, "blocks": blocks}))
    assert len(large.blocks) == 600


def test_cli_writes_the_report_to_the_output_file(tmp_path):
    out = tmp_path / "report.html"
    result = run("extract", "--explain", "--explain-format", "html", "-o", str(out),
                 str(FIXTURES / f"{SEED}.html"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    reader = ReportReader(out.read_text(encoding="utf-8"))
    assert len(reader.blocks) == len(seed_document(".html")["blocks"])
    assert reader.texts["headline"] == expected_fields(SEED)["headline"]


@pytest.mark.parametrize("extra", [(), ("second",)])
def test_cli_refuses_html_to_a_terminal_or_for_a_batch(tmp_path, extra):
    page = str(FIXTURES / f"{SEED}.html")
    out = tmp_path / "report.html"
    pages = [page, str(FIXTURES / f"{SEED}.txt")] if extra else [page]
    args = ["-o", str(out)] if extra else []
    result = run("extract", "--explain", "--explain-format", "html", *args, *pages)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("articlex: error: ")
    assert ("one page" if extra else "-o FILE") in lines[0]
    assert not out.exists()


def test_cli_help_names_the_html_format():
    result = run("extract", "--help")
    assert "html (the same as a self-contained report page" in " ".join(result.stdout.split())

