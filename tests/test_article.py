"""The Article and its renderings."""

from __future__ import annotations

import json

from articlex import SCHEMA_VERSION, Article, BodyBlock, Kind


def sample() -> Article:
    return Article(
        headline="A *bold* claim", standfirst="Dek", authors=("Ann Poe", "Bo Li"),
        published="2020-01-02", tags=("x", "y"),
        blocks=(BodyBlock(Kind.PARAGRAPH, "Intro."), BodyBlock(Kind.HEADING, "Part", 2),
                BodyBlock(Kind.LIST_ITEM, "one", 1), BodyBlock(Kind.LIST_ITEM, "two", 1),
                BodyBlock(Kind.QUOTE, "Said."), BodyBlock(Kind.CODE, "x = 1"),
                BodyBlock(Kind.TABLE, "a\tb\n1\t2")),
    )


def test_dict_schema_has_every_key_and_absent_values():
    data = Article().to_dict()
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["headline"] is None and data["authors"] == [] and data["tags"] == []
    assert data["body"] == "" and data["blocks"] == []
    assert set(data) == {"schema_version", "url", "headline", "standfirst", "authors",
                         "organisations",
                         "author_bio", "published", "language", "site_name", "tags",
                         "page_type", "body", "blocks"}


def test_json_round_trip_and_body():
    article = sample()
    data = json.loads(article.to_json())
    assert data["body"] == "Intro.\n\nPart\n\none\n\ntwo\n\nSaid.\n\nx = 1\n\na\tb\n1\t2"
    assert data["blocks"][1] == {"kind": "h", "text": "Part", "level": 2}


def test_markdown_keeps_structure():
    md = sample().to_markdown()
    assert md.startswith("# A \\*bold\\* claim\n\n*Dek*\n\nBy Ann Poe and Bo Li · 2020-01-02")
    assert "## Part" in md and "- one\n- two" in md and "> Said." in md
    assert "```\nx = 1\n```" in md and "| a | b |\n|---|---|\n| 1 | 2 |" in md


def test_text_rendering():
    text = sample().to_text()
    assert text.startswith("A *bold* claim\n\nDek\n\nBy Ann Poe and Bo Li\n\nIntro.")
    assert text.rstrip().endswith("Tags: x, y")
