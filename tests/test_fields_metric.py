"""The field metrics of benchmarks/fields.py (no benchmark data needed)."""

from __future__ import annotations

import doctest
import json

from benchmarks import field_runners, fields
from benchmarks.fields import score_page, set_f1, token_f1

LABEL = {
    "headline": "Rates Rise",
    "standfirst": None,
    "authors": ["Ann Poe"],
    "author_bio": None,
    "tags": ["a", "b"],
    "published": "2020-01-02",
    "in_text": {"headline": True, "authors": False, "tags": True},
}


def test_doctests():
    assert doctest.testmod(fields).failed == 0
    assert doctest.testmod(field_runners).failed == 0


def test_overrides_file_is_well_formed():
    entries = json.loads(fields.OVERRIDES.read_text(encoding="utf-8"))["overrides"]
    for entry in entries:
        assert set(entry) <= {"page", "field", "value", "reason", "in_text"}
        assert entry["field"] in fields.FIELDS and entry["reason"].strip()
        assert len(entry["page"]) == 64  # a full page id, never a prefix


def test_overrides_apply_only_to_the_set_they_correct(tmp_path):
    folder = tmp_path / "some-set"
    folder.mkdir()
    (folder / "fields.json").write_text(json.dumps({"p1": dict(LABEL)}), encoding="utf-8")
    overrides = tmp_path / "overrides.json"
    entry = {"page": "p1", "field": "tags", "value": None, "reason": "a section label"}
    for name, applied in (("some-set", 1), ("other-set", 0)):
        overrides.write_text(json.dumps({"set": name, "overrides": [entry]}), encoding="utf-8")
        labels, count = fields.load_labels(folder, overrides)
        assert count == applied
        assert labels["p1"]["tags"] == (None if applied else ["a", "b"])


def test_page_scores_and_correct_emptiness():
    predicted = {
        "headline": "rates rise!",
        "standfirst": "Something",
        "authors": ["ann  poe"],
        "author_bio": None,
        "tags": ["A"],
        "published": "2020-01-03",
    }
    result = score_page(predicted, LABEL, text_mode=False)
    assert result["headline"] == ("score", 1.0)
    assert result["standfirst"] == ("empty", 0.0)  # said something where the page has none
    assert result["authors"] == ("score", 1.0)
    assert result["author_bio"] == ("empty", 1.0)
    assert result["tags"] == ("score", set_f1(["A"], ["a", "b"]))
    assert result["published"] == ("score", 0.0)


def test_text_mode_skips_fields_not_visible_in_the_text():
    result = score_page({"authors": []}, LABEL, text_mode=True)
    assert "authors" not in result
    assert "headline" in result


def test_token_f1_edges():
    assert token_f1(None, None) == 1.0
    assert token_f1("x", None) == 0.0
    assert token_f1("a b", "a b") == 1.0


def test_the_field_gate_names_each_field_below_its_floor():
    from benchmarks.fields import FIELDS, gate_failures

    totals = {f: {"score": [1.0], "empty": [1.0, 1.0]} for f in FIELDS}
    totals["headline"]["score"] = [1.0, 0.0]
    totals["tags"]["empty"] = [1.0, 0.0]
    floors = {"html_headline": 0.95, "html_empty": 0.95, "text_headline": 0.5}
    assert gate_failures(totals, "html", floors) == [
        "html headline 0.500 < 0.950", "html tags correctly empty 0.500 < 0.950"]
    assert gate_failures(totals, "text", floors) == []
