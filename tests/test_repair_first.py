"""An HTML page's text is repaired before any role is given, so the rules and phrase
tables judge repaired text, and dropped blocks show repaired text in --explain."""

from __future__ import annotations

import articlex
from articlex import Options
from articlex.model import Role
from articlex.roles.passes import classify_structural

PARAGRAPH = "<p>" + "The council approved the new library budget on Monday after a long " \
    "debate about the roof. " * 3 + "</p>"
TEASER = "<p>" + "Another story about the town and its new park that opened this week " \
    "with a party. " * 2 + "</p>"
# "Related" with U+200B inside it, encoded as UTF-8 and read as windows-1252.
MOJIBAKE_HEADING = "<h2>Rela\u00e2\u20ac\u2039ted stories</h2>"


def _page(heading: str) -> str:
    return (f"<html lang=en><body><article><h1>Council approves the library budget</h1>"
            f"{PARAGRAPH * 3}{heading}{TEASER}</article></body></html>")


def test_a_damaged_related_heading_still_ends_the_article():
    # the rule's own verdicts: the learned pass after it has its own tests
    classified = classify_structural(articlex.read_page(_page(MOJIBAKE_HEADING)), Options())
    roles = {block.text: verdict.role
             for block, verdict in zip(classified.page.blocks, classified.verdicts)}
    assert roles["Related stories"] is Role.BOILERPLATE
    assert roles[TEASER[3:-4].strip()] is Role.BOILERPLATE
    assert roles[PARAGRAPH[3:-4].strip()] is Role.BODY


def test_the_same_page_undamaged_gives_the_same_article():
    damaged = articlex.extract(_page(MOJIBAKE_HEADING))
    clean = articlex.extract(_page("<h2>Related stories</h2>"))
    assert damaged.body == clean.body


def test_read_page_repairs_every_block_and_link_text():
    page = articlex.read_page(
        "<html><body><nav><a href='/'>Caf\u00c3\u00a9 menu</a></nav>"
        "<p>Un caf\u00c3\u00a9 <a href='/c'>cr\u00c3\u00a8me</a>, s'il vous "
        "pla\u00c3\u00aet.</p></body></html>")
    assert [b.text for b in page.blocks] == ["Café menu", "Un café crème, s'il vous plaît."]
    assert page.blocks[1].signals.link_texts == ("crème",)


def test_no_repair_when_the_options_say_so():
    page = articlex.read_page("<p>Un caf\u00c3\u00a9 cr\u00c3\u00a8me.</p>", input_format="html",
                              options=articlex.Options(repair_encoding=False))
    assert page.blocks[0].text == "Un caf\u00c3\u00a9 cr\u00c3\u00a8me."


def test_json_ld_strings_are_repaired_but_not_the_article_text_in_them():
    ld = ('{"@type": "NewsArticle", "headline": "Houston&#39;s new library", '
          '"keywords": ["M&amp;A", "Caf\u00c3\u00a9s"], "articleBody": "Tom &amp; Jerry"}')
    page = (f"<html><head><script type='application/ld+json'>{ld}</script></head><body>"
            f"<article>{PARAGRAPH * 3}</article></body></html>")
    (obj,) = articlex.read_page(page).metadata.jsonld
    assert obj["headline"] == "Houston's new library"
    assert obj["keywords"] == ["M&A", "Cafés"]
    assert obj["articleBody"] == "Tom &amp; Jerry"
    assert articlex.extract(page).headline == "Houston's new library"
