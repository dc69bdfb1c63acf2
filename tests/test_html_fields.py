"""Field blocks of HTML pages: headline, standfirst and tag lists (boilerplate/html_fields)."""

from __future__ import annotations

import articlex

PROSE = "".join(
    f"<p>The council met on Monday to discuss item {n} of the budget, and after a long "
    f"debate about opening hours it voted to keep the library open on weekends.</p>"
    for n in range(6)
)


def page(header: str, *, head: str = "", after: str = "") -> str:
    """An article page: ``header`` above the article text, ``after`` below it."""
    return (
        f"<html><head>{head}</head><body><article>{header}"
        f"<div class='article-body'>{PROSE}</div>{after}</article></body></html>"
    )


def test_the_site_name_set_as_an_h1_is_not_the_headline():
    head = '<meta property="og:site_name" content="Town Crier">'
    html = page("<h1>Town Crier</h1><h1>Library stays open</h1>", head=head)
    assert articlex.extract(html).headline == "Library stays open"


def test_a_heading_in_the_masthead_is_not_the_headline():
    html = (
        "<html><head><title>Library stays open on weekends | Town Crier</title></head><body>"
        "<header class='masthead'><h4><a href='/x'>Library stays open on weekends</a></h4>"
        f"</header><article><h1>Library stays open on weekends, council says</h1>{PROSE}"
        "</article></body></html>"
    )
    assert articlex.extract(html).headline == "Library stays open on weekends, council says"


def test_an_h1_inside_a_byline_wrapper_is_still_the_headline():
    header = (
        "<div class='headline-byline'><h1>Library stays open</h1>"
        "<p class='author'>By Ann Poe</p></div>"
    )
    article = articlex.extract(page(header))
    assert article.headline == "Library stays open"
    assert article.authors == ("Ann Poe",)


def test_a_stray_separator_before_the_h1_does_not_start_the_body():
    header = "<ul><li><a href='/s'>Science</a></li><li>/</li></ul><h1>Library stays open</h1>"
    article = articlex.extract(page(header))
    assert article.headline == "Library stays open"
    assert "Library stays open" not in article.body
