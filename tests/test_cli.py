"""The articlex command, run as a user would (a subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import FIXTURES, SEED, expected_fields

EXPECTED = expected_fields(SEED)
SIX = ("headline", "standfirst", "body", "authors", "author_bio", "tags")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "articlex", *args],
        input=stdin.decode("utf-8", "replace") if stdin is not None else None,
        capture_output=True, text=True, timeout=120, check=False,
    )


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_extract_prints_the_seed_fields_as_json(suffix):
    result = run("extract", str(FIXTURES / f"{SEED}{suffix}"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    for field in SIX:
        assert data[field] == EXPECTED[field], field


def test_text_and_markdown_formats():
    text = run("extract", "--format", "text", str(FIXTURES / f"{SEED}.txt"))
    assert text.returncode == 0
    assert text.stdout.startswith(EXPECTED["headline"] + "\n\n" + EXPECTED["standfirst"])
    assert "By Martyn Williams" in text.stdout
    markdown = run("extract", "--format", "markdown", str(FIXTURES / f"{SEED}.html"))
    assert markdown.returncode == 0
    assert markdown.stdout.startswith("# " + EXPECTED["headline"])
    assert "Tags: government, sony, intrusion, Sony Pictures" in markdown.stdout


def test_stdin_and_output_file(tmp_path):
    out = tmp_path / "out.json"
    data = (FIXTURES / f"{SEED}.txt").read_bytes()
    result = run("extract", "-o", str(out), "-", stdin=data)
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["headline"] == EXPECTED["headline"]


def test_explain_says_why_blocks_were_dropped():
    result = run("extract", "--explain", str(FIXTURES / f"{SEED}.txt"))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    follow = next(line for line in lines if "'Follow Us'" in line)
    assert "dropped" in follow
    assert any("kept" in line and "North Korea, for the first time" in line for line in lines)
    assert any("field" in line and "tags" in line for line in lines)


@pytest.mark.parametrize(("suffix", "origin"), [
    (".txt", "language: en (identified from the text)"),
    (".html", "language: en (declared by the page)"),
])
def test_explain_tells_whether_the_language_was_declared(suffix, origin):
    result = run("extract", "--explain", str(FIXTURES / f"{SEED}{suffix}"))
    assert origin in result.stdout.splitlines()


def test_batch_gives_one_record_per_input_and_exit_1_on_failure(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    good = FIXTURES / f"{SEED}.txt"
    result = run("extract", str(good), str(empty), str(tmp_path / "missing.html"))
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["input"] for r in records] == [str(good), str(empty), str(tmp_path / "missing.html")]
    assert records[0]["headline"] == EXPECTED["headline"]
    assert records[1]["error"]["type"] == "EmptyInputError"
    assert "no such file" in records[2]["error"]["message"]
    assert records[2]["error"]["type"] == "UnreadableInputError"


def test_directory_is_a_batch(tmp_path):
    (tmp_path / "a.txt").write_bytes((FIXTURES / f"{SEED}.txt").read_bytes())
    (tmp_path / "b.html").write_bytes((FIXTURES / f"{SEED}.html").read_bytes())
    result = run("extract", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.html", "no such file"),
        (lambda d: d, "no files"),
        (lambda d: _write(d / "empty.txt", b""), "empty"),
        (lambda d: _write(d / "x.png", b"\x89PNG\r\n\x1a\n" + bytes(300)), "binary"),
        (lambda d: _write(d / "x.zip", b"PK\x03\x04" + bytes(300)), "binary"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, make, message):
    result = run("extract", str(make(tmp_path)))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_directory_where_a_file_is_needed(tmp_path):
    result = run("repair", str(tmp_path))
    assert result.returncode == 2
    assert "directory" in result.stderr
    assert "Traceback" not in result.stderr


def test_url_argument_is_refused_clearly():
    result = run("extract", "https://example.com/story")
    assert result.returncode == 2
    assert "does not download" in result.stderr


def test_no_article_exits_1_and_still_prints_json(tmp_path):
    nav = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
    page = _write(tmp_path / "nav.html", nav)
    result = run("extract", str(page))
    assert result.returncode == 1
    assert json.loads(result.stdout)["body"] == ""
    assert "no article" in result.stderr


def test_repair_fixes_the_seed_mojibake():
    result = run("repair", "--explain", str(FIXTURES / f"{SEED}.txt"))
    assert result.returncode == 0
    assert "Hamilton Island.\n" in result.stdout
    assert "‚Äč" not in result.stdout
    assert "mac_latin2" in result.stderr


def test_version_and_help():
    assert run("--version").stdout.startswith("articlex ")
    helptext = run("extract", "--help").stdout
    assert "examples:" in helptext and "--explain" in helptext


def _write(path, data: bytes):
    path.write_bytes(data)
    return path
