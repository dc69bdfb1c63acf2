"""Markdown input (html2text and the like) is read as the text its reader sees."""

from __future__ import annotations

from pathlib import Path

import pytest

import articlex
from articlex import Kind, segment_text
from articlex.segment.markdown import looks_like_markdown, markdown_to_text

FIXTURES = Path(__file__).parent / "fixtures"


def test_links_images_and_marks_are_removed_and_wrapped_lines_joined():
    text = (
        "[![Logo](https://example.org/images/site-\nlogo.png)](https://example.org \"Home\")\n\n"
        "  * [Home](https://example.org/)\n  * [World](https://example.org/world \"World\")\n\n"
        "# Council passes the budget\n\n"
        "The council **approved** the _new_ budget on Monday after a [long\n"
        "debate](https://example.org/debate\\(1\\)) about schools, roads and the well-\n"
        "known library.  \nA second line after a hard break.\n\n"
        "1\\. not a list item\n\n* * *\n\n"
        "Name| Votes  \n---|---  \nYes| 7  \nNo| 2  \n"
    )
    assert looks_like_markdown(text)
    lines = markdown_to_text(text).splitlines()
    assert "  - Home" in lines and "  - World" in lines
    assert "# Council passes the budget" in lines
    assert ("The council approved the new budget on Monday after a long debate about "
            "schools, roads and the well-known library.") in lines
    assert "A second line after a hard break." in lines
    assert "1. not a list item" in lines
    assert "Name\tVotes" in lines and "Yes\t7" in lines
    assert not any("http" in line or "*" in line or "](" in line for line in lines)


def test_plain_text_with_brackets_is_not_markdown():
    text = "The array a[i](x) holds the i-th value [sic] (see above) of the series.\n"
    assert not looks_like_markdown(text)
    assert segment_text(text).blocks[0].text == text.strip()


def test_markdown_page_becomes_blocks_and_a_note():
    text = "[a](/a) [b](/b) [c](/c)\n\n## Sub-heading\n\nA paragraph with [a link](/x).\n"
    page = segment_text(text)
    assert [(b.kind, b.text) for b in page.blocks] == [
        (Kind.PARAGRAPH, "a b c"),
        (Kind.HEADING, "Sub-heading"),
        (Kind.PARAGRAPH, "A paragraph with a link."),
    ]
    assert any("Markdown" in note for note in page.notes)


@pytest.mark.parametrize("wrap", [78, 0])
def test_the_seed_page_rendered_by_html2text_keeps_its_fields(wrap: int):
    html2text = pytest.importorskip("html2text", reason="html2text comes with the 'test' extra")
    html = (FIXTURES / "000_c63893c4c637c429.html").read_text(encoding="utf-8")
    converter = html2text.HTML2Text()
    converter.body_width = wrap
    article = articlex.extract(converter.handle(html), input_format="text")
    expected = articlex.extract(html)
    assert article.headline == expected.headline
    assert article.body == expected.body
    assert "http" not in article.body


def test_converter_text_without_links_is_recognised_by_its_headings_or_tables():
    wrapped = ("The council approved the new budget on Monday after a long debate about\n"
               "schools, roads and the future of the central library.\n")
    text = f"# Budget passes\n\n{wrapped}\n## What it pays for\n\n{wrapped}"
    assert looks_like_markdown(text)
    assert looks_like_markdown("Title\n\nName| Votes  \n---|---  \nYes| 7\n")
    blocks = segment_text(text).blocks
    assert [b.kind for b in blocks] == [Kind.HEADING, Kind.PARAGRAPH, Kind.HEADING, Kind.PARAGRAPH]
    assert blocks[1].text == " ".join(wrapped.split())


def test_a_heading_wrapped_by_the_converter_stays_one_heading():
    text = ("[a](/a) [b](/b) [c](/c)\n\n# Council passes the budget\n\n"
            "## A government official denied involvement as experts continued to analyze\n"
            "the attack\n\nThe council approved the new budget on Monday.\n")
    blocks = segment_text(text).blocks
    assert (blocks[2].kind, blocks[2].text) == (
        Kind.HEADING,
        "A government official denied involvement as experts continued to analyze the attack",
    )
