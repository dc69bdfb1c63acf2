"""The public API: every accepted source type, the options, and every error."""

from __future__ import annotations

import dataclasses
import gzip
import io
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

import articlex
from articlex import (
    ArticlexError,
    EmptyInputError,
    InputTooLargeError,
    NotAPageError,
    Options,
    UnreadableInputError,
    UsageError,
)

from .conftest import FIXTURES, SEED, expected_fields

EXPECTED = expected_fields(SEED)


def _check(article: articlex.Article) -> None:
    assert article.headline == EXPECTED["headline"]
    assert article.body == EXPECTED["body"]
    assert list(article.tags) == EXPECTED["tags"]


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_path_bytes_str_and_files_give_the_same_article(suffix):
    path = FIXTURES / f"{SEED}{suffix}"
    data = path.read_bytes()
    for source in (path, str(path.read_text(encoding="utf-8")), data, io.BytesIO(data),
                   io.StringIO(data.decode("utf-8")), bytearray(data)):
        _check(articlex.extract(source))
    with path.open("rb") as binary, path.open(encoding="utf-8") as text:
        _check(articlex.extract(binary))
        _check(articlex.extract(text))


def test_beautifulsoup_input():
    soup = BeautifulSoup((FIXTURES / f"{SEED}.html").read_text(encoding="utf-8"), "html.parser")
    _check(articlex.extract(soup))


def test_input_format_override_reads_html_as_text():
    html = (FIXTURES / f"{SEED}.html").read_text(encoding="utf-8")
    article = articlex.extract(html, input_format="text")
    assert "<p>" in article.body or "<" in article.body or article.body == ""
    with pytest.raises(UsageError):
        articlex.extract(html, input_format="pdf")


def test_article_is_immutable_and_typed():
    article = articlex.extract(FIXTURES / f"{SEED}.txt")
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.headline = "x"  # type: ignore[misc]
    assert isinstance(article.authors, tuple)
    assert isinstance(article.tags, tuple)
    assert article.paragraphs == tuple(EXPECTED["body"].split("\n\n"))


def test_url_argument_is_the_fallback_url():
    text = (FIXTURES / f"{SEED}.txt").read_text(encoding="utf-8")
    assert articlex.extract(text, url="https://example.org/a").url == "https://example.org/a"
    html = (FIXTURES / f"{SEED}.html").read_text(encoding="utf-8")
    canonical = articlex.extract(html, url="https://example.org/a").url
    assert canonical and canonical != "https://example.org/a"  # the page's canonical wins


def test_a_str_naming_a_file_is_refused_with_a_hint(tmp_path, monkeypatch):
    page = tmp_path / "page.html"
    page.write_text("<p>hello</p>", encoding="utf-8")
    with pytest.raises(UsageError, match=r"Path\("):
        articlex.extract(str(page))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError, match="Path"):
        articlex.extract("page.html")


def test_a_url_string_is_refused():
    with pytest.raises(UsageError, match="does not download"):
        articlex.extract("https://example.com/article")


@pytest.mark.parametrize(
    ("source", "error"),
    [
        (b"", EmptyInputError),
        (b"   \n\t ", EmptyInputError),
        ("", EmptyInputError),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, NotAPageError),
        (gzip.compress(b"<html>hello</html>" * 50), NotAPageError),
        (b"\x00\x01\x02\x03" * 500, NotAPageError),
        (Path("/nonexistent/page.html"), UnreadableInputError),
        (12345, UsageError),
    ],
)
def test_bad_inputs_raise_one_clear_error(source, error):
    with pytest.raises(error) as raised:
        articlex.extract(source)
    assert isinstance(raised.value, ArticlexError)
    assert "\n" not in str(raised.value)


def test_zip_and_directory_inputs(tmp_path):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.txt", "hello " * 100)
    with pytest.raises(NotAPageError):
        articlex.extract(archive.getvalue())
    with pytest.raises(UnreadableInputError, match="directory"):
        articlex.extract(tmp_path)


def test_size_limit_is_enforced():
    small = Options(max_input_bytes=1000)
    with pytest.raises(InputTooLargeError, match="1,000 bytes"):
        articlex.extract(b"<p>" + b"word " * 1000 + b"</p>", options=small)
    with pytest.raises(InputTooLargeError):
        articlex.extract("word " * 1000, options=small)


def test_a_page_without_article_is_not_an_error():
    article = articlex.extract("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert article.is_empty
    assert article.body == ""
    assert article.to_dict()["body"] == ""


def test_stages_can_be_called_alone():
    page = articlex.read_page(FIXTURES / f"{SEED}.txt")
    assert page.source_format == "text"
    classified = articlex.classify(page)
    assert len(classified.verdicts) == len(page.blocks)
    assert all(v.reason for v in classified.verdicts)
    article = articlex.assemble(classified, Options())
    assert article.body == EXPECTED["body"]


def test_explain_returns_reasons_for_dropped_blocks():
    _, classified = articlex.explain(FIXTURES / f"{SEED}.txt")
    reasons = {b.text: v for b, v in zip(classified.page.blocks, classified.verdicts)}
    assert not reasons["Follow Us"].kept
    assert reasons["Error: Please check your email address."].role is articlex.Role.BOILERPLATE
