"""The all-sets benchmark reads every set folder, scores per page type and gates each
set against its own floor (on a small set made here, so it runs anywhere)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from benchmarks import all_sets

ARTICLE = ("The council approved the new library budget on Monday, after a long debate "
           "about opening hours and the cost of the roof repairs.")
PAGE = (f"<html><body><nav><a href='/'>Home</a></nav><article><h1>Budget</h1>"
        f"<p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>")


def _bench(root: Path) -> Path:
    folder = root / "mini-set"
    (folder / "html").mkdir(parents=True)
    truth, fields = {}, {}
    for i, kind in enumerate(["article", "forum"]):
        (folder / "html" / f"p{i}.html.gz").write_bytes(gzip.compress(PAGE.encode()))
        truth[f"p{i}"] = {"url": f"https://example.org/{i}",
                          "articleBody": f"{ARTICLE}\n\n{ARTICLE}"}
        fields[f"p{i}"] = {"page_type": kind, "headline": "Budget" if i == 0 else "Other",
                           "authors": None}
    (folder / "ground-truth.json").write_text(json.dumps(truth))
    (folder / "fields.json").write_text(json.dumps(fields))
    return root


def test_rows_per_set_and_page_type(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    code = all_sets.main(["--bench", str(_bench(tmp_path)), "--feeds", "html",
                          "--compare", "", "--json", str(out)])
    assert code == 0
    rows = json.loads(out.read_text())["rows"]
    assert [(r["set"], r["page_type"], r["pages"]) for r in rows] == [
        ("mini-set", None, 2), ("mini-set", "article", 1), ("mini-set", "forum", 1)]
    assert all(r["f1"] > 0.9 and r["library"] == "articlex" for r in rows)


def test_the_gate_holds_each_set_to_its_floor(tmp_path: Path, capsys) -> None:
    bench = _bench(tmp_path)
    floors = tmp_path / "floor.toml"
    floors.write_text("mini_set_html_f1 = 0.5\n")
    assert all_sets.main(["--bench", str(bench), "--feeds", "html", "--gate",
                          "--floor", str(floors)]) == 0
    floors.write_text("mini_set_html_f1 = 1.01\n")
    assert all_sets.main(["--bench", str(bench), "--feeds", "html", "--gate",
                          "--floor", str(floors)]) == 1
    assert "mini-set html F1" in capsys.readouterr().out


def test_floor_keys() -> None:
    assert all_sets.floor_key("scrapinghub", "text") == "text_f1"
    assert all_sets.floor_key("wcxb-dev", "html") == "wcxb_dev_html_f1"


def test_fields_are_scored_per_set_and_gated(tmp_path: Path, capsys) -> None:
    bench = _bench(tmp_path)
    out = tmp_path / "figures.json"
    assert all_sets.main(["--bench", str(bench), "--feeds", "html", "--compare", "",
                          "--json", str(out)]) == 0
    fields = {r["field"]: r for r in json.loads(out.read_text())["fields"]}
    assert set(fields) == {"headline", "authors"}  # published is not labelled: not scored
    assert (fields["headline"]["score"], fields["headline"]["pages"]) == (0.5, 2)
    assert (fields["authors"]["pages"], fields["authors"]["empty"]) == (0, 1.0)
    floors = tmp_path / "floor.toml"
    floors.write_text("mini_set_html_f1 = 0.5\nmini_set_html_headline = 0.6\n")
    assert all_sets.main(["--bench", str(bench), "--feeds", "html", "--gate",
                          "--floor", str(floors)]) == 1
    assert "mini-set html headline 0.500 below 0.600" in capsys.readouterr().out
