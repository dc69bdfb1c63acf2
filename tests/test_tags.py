"""Tags from declared metadata and marked links (fields/tags.py)."""

from __future__ import annotations

import articlex

PROSE = "".join(
    f"<p>The council met on Monday to discuss item {n} of the budget, and after a long "
    f"debate about opening hours it voted to keep the library open on weekends.</p>"
    for n in range(6)
)


def extract(head: str = "", body: str = "", url: str | None = None) -> articlex.Article:
    html = (
        f"<html><head><title>Library stays open</title>{head}</head><body><article>"
        f"<h1>Library stays open</h1>{PROSE}{body}</article></body></html>"
    )
    return articlex.extract(html, url=url)


def meta(name: str, content: str) -> str:
    return f'<meta name="{name}" content="{content}">'


def test_one_article_tag_element_per_tag_keeps_its_commas():
    head = meta("article:tag", "Trump, Donald J") + meta("article:tag", "Elections, Governors")
    assert extract(head).tags == ("Trump, Donald J", "Elections, Governors")


def test_a_single_article_tag_value_is_a_comma_separated_list():
    assert extract(meta("article:tag", "budget, library")).tags == ("budget", "library")


def test_machine_markers_are_not_tags():
    head = meta(
        "keywords", "@river, library, channel_other, _no-apple-news, &amp;quot, budget, @post-id:12"
    )
    assert extract(head).tags == ("library", "budget")


def test_the_author_the_site_and_the_title_are_not_tags():
    head = (
        meta("author", "Ann Poe")
        + '<meta property="og:site_name" content="Town Crier">'
        + meta("news_keywords", "library, Ann Poe, Town Crier, Library stays open")
    )
    assert extract(head).tags == ("library",)


def test_a_keyword_naming_the_url_section_is_not_a_tag():
    head = meta("keywords", "Politics")
    assert extract(head, url="https://example.com/politics/2019/story").tags == ()
    assert extract(head, url="https://example.com/2019/story").tags == ("Politics",)
    head = meta("keywords", "News, Horse Show, October")
    assert extract(head, url="https://example.com/news/things").tags == ("Horse Show", "October")


def test_the_headline_may_be_a_tag():
    head = meta("keywords", "Library stays open on weekends, budget")
    assert extract(head).tags == ("Library stays open on weekends", "budget")


def test_an_ad_slot_in_tag_markup_does_not_hide_the_tag_list():
    body = (
        "<div class='dfp-tag-wrapper'><p>ADVERTISEMENT</p></div>"
        + PROSE
        + "<div class='article-tags'>Tags <a href='/t/1'>budget</a> "
        + "<a href='/t/2'>library</a></div>"
    )
    assert extract(meta("keywords", "council"), body).tags == ("budget", "library")


def test_tag_links_win_over_category_links():
    body = (
        "<p><a rel='category tag' href='/c/news'>News</a></p>"
        "<p><a rel='tag' href='/t/budget'>budget</a> <a rel='tag' href='/t/lib'>library</a></p>"
    )
    assert extract(body=body).tags == ("budget", "library")


def test_tag_links_inside_sentences_are_not_a_tag_list():
    body = (
        "<p>The plan for <a rel='tag' href='/t/space'>space travel</a> was debated at "
        "length by the council on Monday, with a vote expected next week.</p>"
    )
    assert extract(body=body).tags == ()


def test_a_routing_list_of_markers_holds_no_tags():
    routing = "@hp-top, @a-river, @b-river, @c-app, @d-app, @e-app, @f-app, Dear Abby"
    head = meta("article:tag", routing)
    assert extract(head).tags == ()


SITE_KEYWORDS = "Canada visa, Rohingya, Justin Trudeau, Retro games, Cartoons, library"


def test_a_site_wide_keywords_list_absent_from_the_text_is_no_tag_list():
    assert extract(meta("keywords", SITE_KEYWORDS)).tags == ()
    present = "library, council, budget, opening hours, weekends"
    assert extract(meta("keywords", present)).tags == tuple(present.split(", "))


def test_a_lone_unlabelled_category_link_is_a_section_label():
    link = "<p><a rel='category tag' href='/c/news'>Theatre News</a></p>"
    assert extract(body=link).tags == ()
    labelled = "<p>Posted in <a rel='category tag' href='/c/news'>Theatre News</a></p>"
    assert extract(body=labelled).tags == ("Theatre News",)


def test_a_breadcrumb_trail_is_not_the_tag_list():
    trail = (
        "<p class='tags'><a href='/'>Blog</a> &gt; <a href='/n'>Nutrition</a> &gt; "
        "<a href='/n/m'>Meal Plans</a></p>"
    )
    assert extract(body=trail).tags == ()


def test_a_shown_tag_list_keeps_the_url_section():
    body = (
        "<div class='article-tags'>Tags: <a href='/t/1'>Opinion</a>, "
        "<a href='/t/2'>budget</a></div>"
    )
    url = "https://example.com/opinion/library-stays-open"
    assert extract(body=body, url=url).tags == ("Opinion", "budget")


def test_the_story_slug_is_no_section():
    head = meta("keywords", "Library hours, budget")
    url = "https://example.com/library-hours/"
    assert extract(head, url=url).tags == ("Library hours", "budget")


def test_a_lone_link_over_the_headline_is_the_rubric_not_the_tag_list():
    html = (
        "<html><head>" + meta("news_keywords", "budget, library") + "</head><body><article>"
        "<div class='tags'><a href='/s/local'>Local News</a></div><h1>Library stays open</h1>"
        + PROSE
        + "</article></body></html>"
    )
    assert articlex.extract(html).tags == ("budget", "library")


def test_a_labelled_list_below_wins_over_the_rubric_above():
    items = "".join(f"<li><a href='/t/{t}'>{t}</a></li>" for t in ("budget", "library"))
    html = (
        "<html><body><article><div class='tags'><a href='/s/local'>Local News</a></div>"
        f"<h1>Library stays open</h1>{PROSE}<div class='tags'><h4>Tags</h4><ul>{items}</ul>"
        "</div></article></body></html>"
    )
    assert articlex.extract(html).tags == ("budget", "library")
