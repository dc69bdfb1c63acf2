"""Author bios (fields/bio.py and the bio rules of roles/bio_html.py and roles/bio_text.py)."""

from __future__ import annotations

import articlex

PROSE = "".join(
    f"<p>The council met on Monday to discuss item {n} of the budget, and after a long "
    f"debate about opening hours it voted to keep the library open on weekends.</p>"
    for n in range(6)
)
BIO = "Ann Poe is a reporter at the Daily Planet who covers city hall and the courts."


def extract(before: str = "", after: str = "", byline: str = "By Ann Poe") -> articlex.Article:
    html = (
        f"<html><body>{before}<article><h1>Library stays open</h1>"
        f"<p class='byline'>{byline}</p>{PROSE}{after}</article></body></html>"
    )
    return articlex.extract(html)


def test_the_author_box_text_is_the_bio():
    after = f"<div class='author-bio'><p>{BIO}</p></div>"
    article = extract(after=after)
    assert article.author_bio == BIO
    assert "city hall" not in article.body


def test_the_author_box_links_are_not_the_bio():
    after = (
        "<div class='author-bio'><p><a href='/a'>Ann Poe</a> <a href='/all'>View More Articles"
        "</a></p><p><a href='/t'>Follow Ann Poe on Twitter</a></p></div>"
    )
    assert extract(after=after).author_bio is None


def test_a_closing_full_bio_link_is_cut():
    after = f"<div class='author-bio'><p>{BIO} <a href='/bio'>Full Bio</a></p></div>"
    assert extract(after=after).author_bio == BIO


def test_timestamps_in_author_markup_are_not_the_bio():
    after = "<div class='author-info'><p>August 8, 2018 at 3:17 pm</p></div>"
    assert extract(after=after).author_bio is None


def test_text_about_the_publisher_above_the_headline_is_not_the_bio():
    before = (
        "<div class='hat-bio'><p>Planet Corp is a network of leading companies in the "
        "worlds of media, news and information services.</p></div>"
    )
    assert extract(before=before).author_bio is None


def test_a_long_text_in_author_box_byline_markup_is_the_bio():
    text = (
        "Ann joined the Daily Planet in March 2017. She has been reporting on city hall since 2009."
    )
    after = f"<div class='entry-author-bio'><div class='author-text'>{text}</div></div>"
    assert extract(after=after).author_bio == text


def test_a_closing_note_on_the_author_is_the_bio():
    article = extract(after=f"<p>{BIO}</p>")
    assert article.author_bio == BIO
    assert "city hall" not in article.body


def test_a_closing_note_naming_the_author_in_full_needs_no_job_word():
    note = "Ann Poe is the Planet's deal finder and spends half her pay on what she posts."
    article = extract(after=f"<p>{note}</p>")
    assert article.author_bio == note
    assert "deal finder" not in article.body


def test_a_column_tagline_naming_its_writer_is_the_bio():
    note = "Town Talk is written by Ann Poe, who has lived in the town since 1990."
    assert extract(after=f"<p>{note}</p>").author_bio == note


def test_a_closing_sentence_on_the_authors_namesake_stays_in_the_body():
    closing = "Ann Roe is the mayor's sister and spends her weekends at the library."
    article = extract(after=f"<p>{closing}</p>")
    assert article.author_bio is None
    assert article.body.endswith(closing)


def test_a_closing_paragraph_about_someone_else_stays_in_the_body():
    closing = "Bob Roe is a librarian at the Central Library and chairs the readers' group."
    article = extract(after=f"<p>{closing}</p>")
    assert article.author_bio is None
    assert article.body.endswith(closing)


def test_a_closing_link_that_ends_the_sentence_stays():
    text = f"{BIO} Her e-mail address is <a href='mailto:ann@example.com'>ann@example.com</a>"
    after = f"<div class='author-bio'><p>{text}</p></div>"
    assert extract(after=after).author_bio.endswith("address is ann@example.com")


LONG_BIO = (
    "Regan is a Connecticut native now living in Massachusetts with her husband, two "
    "sons and two cats. After six years in Colorado she and her family moved back east, "
    "and she loves travelling, taking day trips with the boys, reading old novels, cooking "
    "for friends on Sundays and strong coffee."
)


TEASERS = "".join(
    f"<div class='card'><h3><a href='/p{n}'>Another recipe for the winter, number {n}</a></h3>"
    f"<p>A short teaser of the recipe.</p></div>"
    for n in range(20)
)


def test_a_long_text_in_an_author_box_outside_the_article_is_the_bio():
    html = (
        "<html><body><div class='post'><article><h1>Pear jam</h1>"
        f"<p>written by Regan</p><div class='entry-content'>{PROSE}</div></article>"
        f"<div class='post-author'><h5>Regan</h5><p>{LONG_BIO}</p></div>{TEASERS}</div>"
        "</body></html>"
    )
    article = articlex.extract(html)
    assert article.author_bio == LONG_BIO
    assert article.authors == ("Regan",)


def test_the_text_under_an_about_the_author_heading_is_the_bio():
    about = (
        "Als Vertriebsleiter verbindet Ann Poe seit vielen Jahren das Marketing mit dem "
        "Vertrieb und schreibt über Software im Gesundheitswesen."
    )
    html = (
        f"<html><body><article><h1>Library stays open</h1><p>Von Ann Poe</p>{PROSE}"
        f"</article><div class='sidebar'><h3>Über Ann Poe</h3><p>{about}</p>"
        "<h3>Weitere Beiträge</h3><p><a href='/x'>Another post on the library</a></p>"
        "</div></body></html>"
    )
    assert articlex.extract(html).author_bio == about


def test_an_about_heading_on_someone_else_is_not_the_bio():
    html = (
        f"<html><body><article><h1>Library stays open</h1><p>By Ann Poe</p>{PROSE}"
        "</article><div class='sidebar'><h3>About Tom Roe</h3><p>Tom Roe is a painter who "
        "lives by the sea and paints the harbour every morning.</p></div></body></html>"
    )
    assert articlex.extract(html).author_bio is None
