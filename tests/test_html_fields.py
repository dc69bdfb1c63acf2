"""Field blocks of HTML pages: headline, standfirst, tag lists (roles/front_html, tags_html)."""

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


DEK = "Weekend hours will stay, after a long debate about the cost"
DESCRIBED = f'<meta name="description" content="{DEK}.">'


def test_short_clutter_between_headline_and_dek_does_not_count():
    words = ("Columns", "4553", "Subscribe", "Share", "Print")
    clutter = "".join(f"<p><a href='/{w}'>{w}</a></p>" for w in words)
    header = f"<h1>Library stays open</h1>{clutter}<p class='article-lead'>{DEK}.</p>"
    article = articlex.extract(page(header))
    assert article.standfirst == f"{DEK}."
    assert DEK not in article.body


def test_a_dek_inside_the_byline_wrapper_is_the_standfirst():
    header = (
        "<h1>Library stays open</h1><div class='byline-social'><p>By Ann Poe</p>"
        f"<p class='strapline'>{DEK}.</p></div>"
    )
    assert articlex.extract(page(header)).standfirst == f"{DEK}."


def test_a_date_in_a_subhead_is_not_the_standfirst():
    header = (
        "<h1>Library stays open</h1><div class='subhead'>"
        "<div class='subhead-date'>Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.</div></div>"
    )
    assert articlex.extract(page(header)).standfirst is None


def test_the_described_summary_set_apart_in_the_header_is_the_standfirst():
    header = f"<div class='heading'><h1>Library stays open</h1><p>{DEK}.</p></div>"
    article = articlex.extract(page(header, head=DESCRIBED))
    assert article.standfirst == f"{DEK}."
    assert DEK not in article.body


def test_the_first_paragraph_the_description_repeats_stays_in_the_body():
    html = (
        f"<html><head>{DESCRIBED}</head><body><article><h1>Library stays open</h1>"
        f"<div class='article-body'><p>{DEK}.</p>{PROSE}</div></article></body></html>"
    )
    article = articlex.extract(html)
    assert article.standfirst is None
    assert article.body.startswith(DEK)


def test_a_video_title_under_the_headline_is_not_the_standfirst():
    header = (
        "<h1>Library stays open</h1><div class='video-carousel'>"
        "<h2>Mayor: the weekend hours were worth every penny</h2></div>"
    )
    assert articlex.extract(page(header)).standfirst is None


def test_a_disclaimer_is_not_the_standfirst():
    header = (
        "<h1>Library stays open</h1>"
        "<p class='blurb'>Opinions expressed by our contributors are their own.</p>"
    )
    assert articlex.extract(page(header)).standfirst is None


def test_a_labelled_line_of_tag_links_is_the_tag_list():
    links = "".join(f"<a href='/tag/{t}'>{t}</a> " for t in ("2020", "nissan", "sentra"))
    article = articlex.extract(
        page("<h1>Library stays open</h1>", after=f"<div>Tags:{links}</div>")
    )
    assert article.tags == ("2020", "nissan", "sentra")
    assert "nissan" not in article.body


def test_a_label_over_a_list_of_links_is_the_tag_list():
    items = "".join(f"<li><a href='/t/{t}'>{t}</a></li>" for t in ("Sweden", "Julian Assange"))
    after = f"<div class='related'><h2>Related Topics</h2><ul>{items}</ul></div>"
    article = articlex.extract(page("<h1>Library stays open</h1>", after=after))
    assert article.tags == ("Sweden", "Julian Assange")


def test_a_sentence_that_opens_with_a_label_word_stays_in_the_body():
    after = "<p>Topics: the <a href='/x'>council</a> discussed roads, parks and the budget.</p>"
    article = articlex.extract(page("<h1>Library stays open</h1>", after=after))
    assert article.tags == ()
    assert "discussed roads" in article.body


def test_a_topics_menu_is_not_the_tag_list():
    items = "".join(f"<li><a href='/s/{t}'>{t}</a></li>" for t in ("World", "Sport"))
    html = (
        f"<html><body><nav><p>Topics</p><ul>{items}</ul></nav><article>"
        f"<h1>Library stays open</h1>{PROSE}</article></body></html>"
    )
    assert articlex.extract(html).tags == ()


def test_tags_in_the_articles_own_footer_are_its_tag_list():
    links = "".join(f"<a href='/tag/{t}'>{t}</a>, " for t in ("budget", "library"))
    after = f"<footer class='story-footer'><p>Tags: {links}</p></footer>"
    assert articlex.extract(page("<h1>Vote</h1>", after=after)).tags == ("budget", "library")


def test_tags_in_the_site_footer_are_not_the_tag_list():
    links = "".join(f"<a href='/tag/{t}'>{t}</a>, " for t in ("budget", "library"))
    html = (
        f"<html><body><article><h1>Vote</h1>{PROSE}</article>"
        f"<footer class='site-footer'><p>Tags: {links}</p></footer></body></html>"
    )
    assert articlex.extract(html).tags == ()


def test_a_subjects_line_is_the_tag_list():
    links = ", ".join(f"<a href='/s/{t}'>{t}</a>" for t in ("Crime", "Drugs"))
    after = f"<aside><p>Subjects: {links}</p></aside>"
    assert articlex.extract(page("<h1>Vote</h1>", after=after)).tags == ("Crime", "Drugs")


def test_a_label_and_tag_set_in_one_link_are_the_tag_list():
    header = (
        "<h1>Vote</h1><div><a href='/tag/budget'><span>Filed to:</span>"
        "<span>budget</span></a></div>"
    )
    html = page(header, head="<meta name='news_keywords' content='budget, council, Town Crier'>")
    assert articlex.extract(html).tags == ("budget",)


def _labelled_list(label: str, items: list[str], tail: str = "") -> str:
    lis = "".join(f"<li><a href='/t/{n}'>{t}</a></li>" for n, t in enumerate(items))
    return f"<div><h3>{label}</h3><ul>{lis}{tail}</ul></div>"


def test_separators_between_tag_items_belong_to_the_list():
    lis = "<li><a href='/t/1'>Business</a></li><li>,</li><li><a href='/t/2'>Brexit</a></li>"
    after = f"<div><h3>Topics</h3><ul>{lis}</ul></div>"
    assert articlex.extract(page("<h1>Vote</h1>", after=after)).tags == ("Business", "Brexit")


def test_share_links_after_a_tag_list_are_not_tags():
    after = _labelled_list(
        "Topics", ["Hong Kong", "China", "Share on Facebook", "Share on Twitter"]
    )
    assert articlex.extract(page("<h1>Vote</h1>", after=after)).tags == ("Hong Kong", "China")


def test_a_letter_index_is_not_a_tag_list():
    after = _labelled_list("Tags", list("abcdefg"))
    assert articlex.extract(page("<h1>Vote</h1>", after=after)).tags == ()


def test_a_by_line_next_to_the_headline_is_a_byline_without_markup():
    html = page("<h1>Library stays open</h1><p>May 1, 2019 | by Ann Poe</p>")
    article = articlex.extract(html)
    assert article.authors == ("Ann Poe",)
    assert all("Ann Poe" not in block.text for block in article.blocks)


def test_a_by_line_inside_comments_is_not_the_byline():
    html = page(
        "<h1>Library stays open</h1>"
        "<div class='comments'><p>by Tom Roe</p></div>",
    )
    assert articlex.extract(html).authors == ()


#: Eight paragraphs of an article, for the tests of the fields around it.
COUNCIL_PROSE = "".join(f"<p>The council met on Monday to discuss item {n} of the budget, and "
                        "after a long debate it voted to keep the library open.</p>"
                        for n in range(8))

def test_a_kicker_taken_for_the_headline_gives_way_to_the_title_that_holds_it():
    head = ("<meta property='og:type' content='article'><meta property='og:title' "
            "content='Power Rankings, Week 16: the Bills are dangerous'><script type="
            "'application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": "
            "\"2023-12-19\"}</script>")
    page = (f"<html><head>{head}</head><body><nav><a href='/'>Home</a><a href='/nfl'>NFL</a>"
            f"</nav><article><h1>Power Rankings</h1><p class='byline'>By Ann Poe</p>{COUNCIL_PROSE}"
            "</article></body></html>")
    assert articlex.extract(page).headline == "Power Rankings, Week 16: the Bills are dangerous"
    kept = page.replace("Power Rankings, Week 16", "Week 16")  # the title does not hold it
    assert articlex.extract(kept).headline == "Power Rankings"


def test_a_name_under_its_byline_label_is_the_byline():
    for label in ("Written by", "Author:", "By"):
        page = (f"<html><body><article><h1>Library stays open</h1><div><p>{label}</p>"
                f"<p>Ann Poe</p></div>{COUNCIL_PROSE}</article></body></html>")
        assert articlex.extract(page).authors == ("Ann Poe",), label
    page = ("<html><body><article><h1>Library stays open</h1><div><p>Written by</p>"
            f"<p>{COUNCIL_PROSE}</p></div></article></body></html>")  # prose under it: no name
    assert articlex.extract(page).authors == ()
