"""Field extractors: names, dates, headlines, cues."""

from __future__ import annotations

import pytest

import articlex
from articlex.dates import parse_date
from articlex.fields.authors import poster_name
from articlex.fields.headline import strip_site_name
from articlex.roles.cues import bio_subject, byline_text, tag_list_text
from articlex.roles.names import Credits, credits, is_person_name, person_names


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Jane Doe, John Roe & Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]),
        ("Doe, Jane", ["Doe, Jane"]),
        ("By Jane Doe, Senior Reporter", ["Jane Doe"]),
        ("By Jane Doe | Nov 19, 2019", ["Jane Doe"]),
        ("Our Foreign Staff", []),
        ("Associated Press", []),
        ("TMZ Staff", []),
        ("jane@example.com", []),
        ("https://example.com/authors/jane", []),
        ("Von Anna Schmidt und Jonas Weber", ["Anna Schmidt", "Jonas Weber"]),
        ("Analysis by Chris Doe, CNN Editor-at-large", ["Chris Doe"]),
        ("May 1, 2019 | by Ann Poe", ["Ann Poe"]),
        ("Von Anna Schmidt publiziert am 25. September 2018", ["Anna Schmidt"]),
        ("Текст: Анна Петрова·24 сентября 2018", ["Анна Петрова"]),
        ("Written by Rachel Link, MS, RD on May 1, 2019", ["Rachel Link"]),
        ("By Regan", ["Regan"]),
        ("Regan", []),
        ("By Admin", []),
        ("Tom Doe Associated Press", ["Tom Doe"]),
        ("Ann Poe Editorial Staff", []),
        ("European Space Agency", []),
    ],
)
def test_person_names(raw, names):
    assert person_names(raw) == names


def test_the_site_name_run_into_a_byline_is_cut():
    assert person_names("Kevin Roe USA", site_name="USA Today") == ["Kevin Roe"]
    assert person_names("Kevin Roe USA TODAY", site_name="usatoday") == ["Kevin Roe"]
    assert person_names("Eli Roe Florida Today", site_name="floridatoday") == ["Eli Roe"]
    assert person_names("Ann Poe", site_name="Poe Daily") == ["Ann Poe"]


def test_site_name_is_not_an_author():
    assert not is_person_name("Town News", site_name="Town News")
    assert not is_person_name("Slate", site_name="Slate Magazine", one_word=True)


def test_a_site_named_after_its_author_is_the_authors():
    assert person_names("Sam Roe", site_name="Sam Roe") == ["Sam Roe"]
    assert person_names("by Ann Poe, Medical Wire", site_name="Medical Wire") == ["Ann Poe"]


@pytest.mark.parametrize(
    ("raw", "site", "expected"),
    [
        ("By Slate Staff", None, Credits((), ("Slate Staff",))),
        ("Associated Press", None, Credits((), ("Associated Press",))),
        ("The Upwork Team", None, Credits((), ("The Upwork Team",))),
        ("By Ann Poe, Associated Press", None, Credits(("Ann Poe",))),
        ("Town Herald", "Town Herald", Credits((), ("Town Herald",))),
        ("E", "Example Shop", Credits()),
        ("Share this article", None, Credits()),
    ],
)
def test_credits_name_organisations_only_without_people(raw, site, expected):
    assert credits(raw, site) == expected


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Meg JamesStaff Writer", ["Meg James"]),
        ("By Ed KeenanCity Columnist", ["Ed Keenan"]),
        ("Kent GermanDec 3, 2023", ["Kent German"]),
        ("Joe GarberFOXBusiness", ["Joe Garber"]),
        ("By GrinGEO", ["GrinGEO"]),
        ("Posted by Ann McDonald", ["Ann McDonald"]),
    ],
)
def test_a_capital_inside_a_word_splits_only_a_credit_run_into_a_name(raw, names):
    assert person_names(raw) == names


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2019-11-19T13:03:00Z", "2019-11-19"),
        ("Nov. 19, 2019 8:03 am ET", "2019-11-19"),
        ("19 November 2019", "2019-11-19"),
        ("19. November 2019", "2019-11-19"),
        ("19 de noviembre de 2019", "2019-11-19"),
        ("19.11.2019", "2019-11-19"),
        ("2019年11月19日", "2019-11-19"),
        ("19 ноября 2019", "2019-11-19"),
        ("no date here", None),
        ("2019-02-30", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("title", "site", "headline"),
    [
        ("Rates rise again | Example News", None, "Rates rise again"),
        ("Rates rise again - Example News", None, "Rates rise again"),
        ("Example News: Rates rise again", "Example News", "Rates rise again"),
        ("Rates rise again", None, "Rates rise again"),
    ],
)
def test_strip_site_name(title, site, headline):
    assert strip_site_name(title, site) == headline


def test_cues():
    assert tag_list_text("Topics: Energy, Climate") == "Energy, Climate"
    assert tag_list_text("Filed under Politics") == "Politics"
    assert byline_text("By Ann Poe") == "Ann Poe"
    assert byline_text("By far the biggest change") is None
    assert bio_subject("Ann Poe is a reporter at the Daily Planet.") == "Ann Poe"


def test_jsonld_authors_and_organisation_bylines():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": '
            '[{"@type": "Person", "givenName": "Ann", "familyName": "Poe"}, '
            '{"@type": "Organization", "name": "Wire Service"}], "datePublished": '
            '"2020-01-02T03:04:05Z"}</script>')
    prose = "<p>" + "The river rose overnight and the town prepared for floods. " * 5 + "</p>"
    html = f"<html><head>{head}</head><body><article><h1>Flood</h1>{prose}</article></body></html>"
    article = articlex.extract(html)
    assert article.authors == ("Ann Poe",)
    assert article.organisations == ()  # beside a person, an organisation is not listed
    assert article.published == "2020-01-02"
    alone = html.replace('{"@type": "Person", "givenName": "Ann", "familyName": "Poe"}, ', "")
    article = articlex.extract(alone)
    assert (article.authors, article.organisations) == ((), ("Wire Service",))
    assert article.to_text().splitlines()[2] == "By Wire Service"


def _article_page(header: str, *, head: str = "", footer: str = "") -> str:
    prose = "".join(
        f"<p>The council met on Monday to discuss item {n} of the budget, and after a "
        f"long debate it voted to keep the library open on weekends.</p>"
        for n in range(6)
    )
    return (
        f"<html><head>{head}</head><body><article><header>{header}</header>"
        f"<div class='article-body'>{prose}</div></article>{footer}</body></html>"
    )


def test_a_one_word_name_needs_a_by_or_a_declared_person():
    assert articlex.extract(_article_page("<h1>Jam</h1><p>written by Regan</p>")).authors == (
        "Regan",
    )
    person = '{"@type": "BlogPosting", "author": {"@type": "Person", "name": "Regan"}}'
    head = f'<script type="application/ld+json">{person}</script>'
    assert articlex.extract(_article_page("<h1>Jam</h1>", head=head)).authors == ("Regan",)
    head = '<meta name="author" content="Regan">'
    assert articlex.extract(_article_page("<h1>Jam</h1>", head=head)).authors == ()


def test_the_site_account_is_no_author():
    html = _article_page(
        "<h1>Jam</h1><p>Posted by Vortex</p>",
        footer="<footer><p>© 2019 Vortex Cannon Entertainment</p></footer>",
    )
    assert articlex.extract(html).authors == ()
    html = _article_page("<h1>Jam</h1><p>Posted by Vortex</p>")
    assert articlex.extract(html, url="https://vortexgames.example/jam").authors == ()


def test_co_authors_in_a_confirmed_byline_stay():
    head = '<meta name="author" content="Ann Poe">'
    html = _article_page("<h1>Jam</h1><p class='byline'>By Ann Poe, Tom Roe</p>", head=head)
    assert articlex.extract(html).authors == ("Ann Poe", "Tom Roe")


# --------------------------------------------------------------------------- dates


def test_a_date_only_in_the_markup_is_found_by_htmldate() -> None:
    # No metadata and no date in the text: it sits in a <time> element's attribute.
    prose = "".join(
        f"<p>The council met on Monday to discuss item {n} of the budget, and after a long "
        f"debate it voted {n * 3} to {n} to keep the library open on weekends.</p>"
        for n in range(6)
    )
    page = (  # declared an article, so that the date is searched for whatever the model
        "<html><head><meta property='og:type' content='article'></head><body><nav>"
        "<a href='/'>Home</a><a href='/news'>News</a></nav><article>"
        "<h1>Library stays open</h1><p>By Ann Poe <time datetime='2021-03-04T10:00'>"
        f"Thursday</time></p>{prose}</article></body></html>"
    )
    url = "https://example.com/news/library-stays-open"
    assert articlex.extract(page, url=url).published == "2021-03-04"


def test_the_markup_is_searched_only_on_pages_of_a_dated_type() -> None:
    from articlex.fields.published import has_own_date

    assert has_own_date(None)  # no page-type model: every page may have a date
    assert has_own_date({"article": 0.3, "forum": 0.25, "listing": 0.45})
    assert not has_own_date({"article": 0.2, "forum": 0.1, "listing": 0.7})


def test_the_date_search_never_fetches_a_page_that_looks_like_a_url() -> None:
    import socket

    from articlex.fields.published import search_markup
    from articlex.model import Page

    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        server.settimeout(0.5)
        markup = f"http://127.0.0.1:{server.getsockname()[1]}/2021/03/04/page"
        search_markup(Page(blocks=(), markup=markup))
        with pytest.raises(TimeoutError):
            server.accept()


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("By Ann Poe, DVM. Reviewed by Al Roe, DVM", ["Ann Poe"]),
        ("By Ann Poe | Fact-checked by Al Roe", ["Ann Poe"]),
        ("Medically reviewed by Al Roe", []),
        ("Updated by Al Roe", []),
        ("Ann Poe, Content Marketing Coordinator", ["Ann Poe"]),
        ("Emma Roe Writer", ["Emma Roe"]),
        ("Tech Reporter", []),
    ],
)
def test_reviewers_and_job_titles_are_not_authors(raw, names):
    assert person_names(raw) == names


def test_a_reviewers_link_in_the_byline_is_not_an_author():
    header = ("<h1>Jam</h1><p class='byline'>By <a href='/a'>Ann Poe</a> | Fact-checked by "
              "<a href='/r'>Al Roe</a></p>")
    assert articlex.extract(_article_page(header)).authors == ("Ann Poe",)


@pytest.mark.parametrize(
    ("line", "poster"),
    [
        ("Post by galitsyn » 11. Sep 2024, 18:36", "galitsyn"),
        ("Originally Posted by HOSTLAR", "HOSTLAR"),
        ("By thanosmano, April 18, 2024 in Princess Cruises", "thanosmano"),
        ("user447274", "user447274"),
        ("J", None),
        ("1,655 gold badges 14 silver badges", None),
    ],
)
def test_the_poster_of_a_thread_post_is_read_as_a_handle(line, poster):
    assert poster_name(line) == poster
