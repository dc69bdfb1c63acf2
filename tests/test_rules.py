"""Unit tests of single keep/drop rules, HTML and text: the structural passes, without
the learned pass that comes after them on HTML pages (tests/test_learned.py)."""

from __future__ import annotations

import articlex
from articlex import Options, Role
from articlex.roles.passes import classify_structural

PROSE = ("The council approved the new budget on Monday, after a long debate about "
         "schools, roads and the future of the central library. ")


def roles(source: str, **kwargs) -> dict[str, tuple[Role, str]]:
    classified = classify_structural(articlex.read_page(source, **kwargs), Options())
    return {b.text: (v.role, v.reason) for b, v in zip(classified.page.blocks, classified.verdicts)}


def page(article: str, extra: str = "") -> str:
    return (f"<html><head><title>Budget passes | Town News</title></head><body>"
            f"<nav><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul></nav>"
            f"<article><h1>Budget passes</h1>{article}</article>{extra}"
            f"<footer><p>Copyright 2024 Town News</p></footer></body></html>")


def test_article_paragraphs_kept_and_navigation_dropped():
    result = roles(page(f"<p>{PROSE}</p><p>Short one-line paragraph.</p><p>{PROSE}</p>"))
    assert result[PROSE.strip()][0] is Role.BODY
    assert result["Short one-line paragraph."][0] is Role.BODY
    assert result["Home News"][0] is Role.BOILERPLATE  # the <nav>, read as one block
    assert result["Budget passes"][0] is Role.HEADLINE
    assert "footer" in result["Copyright 2024 Town News"][1] or \
        "outside" in result["Copyright 2024 Town News"][1]


def test_hinted_boxes_inside_the_article_are_dropped_with_the_class_in_the_reason():
    result = roles(page(
        f"<p>{PROSE}</p><div class='related-links'><p>{PROSE.replace('council', 'board')}</p>"
        f"</div><div class='newsletter-signup'><p>Sign up for our newsletter</p></div>"
        f"<p>{PROSE.replace('Monday', 'Friday')}</p>"))
    related = result[PROSE.replace("council", "board").strip()]
    assert related[0] is Role.BOILERPLATE and "related" in related[1]
    assert result["Sign up for our newsletter"][0] is Role.BOILERPLATE


def test_a_mostly_link_sentence_in_the_body_stays():
    sentence = "<p>Read <a href='/r'>the full report from the city auditor</a>.</p>"
    result = roles(page(f"<p>{PROSE}</p>{sentence}<p>{PROSE}</p>"))
    assert result["Read the full report from the city auditor."][0] is Role.BODY


def test_article_split_over_sibling_containers_is_kept_whole():
    first, second = PROSE, PROSE.replace("Monday", "Sunday")
    html = page(f"<div class='part'><p>{first}</p><p>{first}</p></div>"
                f"<div class='ad-slot'><p>Advertisement</p></div>"
                f"<div class='part'><p>{second}</p><p>{second}</p></div>")
    result = roles(html)
    assert result[first.strip()][0] is Role.BODY
    assert result[second.strip()][0] is Role.BODY
    assert result["Advertisement"][0] is Role.BOILERPLATE


def test_comment_lists_are_not_the_article():
    comments = "".join(f"<li><p>{PROSE.replace('council', f'reader {i}')}</p></li>"
                       for i in range(6))
    html = page(f"<p>{PROSE}</p><p>{PROSE}</p>",
                extra=f"<section class='comments'><ol>{comments}</ol></section>")
    result = roles(html)
    assert result[PROSE.strip()][0] is Role.BODY
    assert result[PROSE.replace("council", "reader 0").strip()][0] is Role.BOILERPLATE


def test_standfirst_under_the_headline_is_not_body():
    html = page(f"<p class='article-dek'>A short summary of the budget vote.</p><p>{PROSE}</p>")
    assert roles(html)["A short summary of the budget vote."][0] is Role.STANDFIRST


def test_text_page_body_run_and_phrases():
    text = ("Menu\n\nHome\n\nBudget passes after long debate\n\n"
            f"{PROSE}\n\nAdvertisement\n\n{PROSE.replace('Monday', 'Friday')}\n\n"
            "Sign up for our newsletter\n\nShow Comments\n")
    result = roles(text)
    assert result["Budget passes after long debate"][0] is Role.HEADLINE
    assert result[PROSE.strip()][0] is Role.BODY
    assert result["Advertisement"][0] is Role.BOILERPLATE
    assert result["Show Comments"][0] is Role.BOILERPLATE


def test_text_page_bio_and_tags():
    text = (f"Budget passes after long debate\n\n{PROSE}\n\n{PROSE}\n\n"
            "Jane Roe covers city politics for the Town News. Follow her on Twitter at @jroe.\n\n"
            "Tags: budget, council\n")
    article = articlex.extract(text)
    assert article.author_bio and article.author_bio.startswith("Jane Roe covers")
    assert article.authors == ("Jane Roe",)
    assert article.tags == ("budget", "council")
    assert "Jane Roe" not in article.body


def test_text_page_tags_one_per_line_under_a_label():
    text = (f"Budget passes after long debate\n\n{PROSE}\n\n{PROSE}\n\n"
            "Related Topics:\nCity Council\nLibraries\nBudget\n\nBack to top\n")
    article = articlex.extract(text)
    assert article.tags == ("City Council", "Libraries", "Budget")
    assert "Libraries" not in article.body


def _variants(n: int) -> list[str]:
    places = ["library", "harbour", "museum", "stadium", "hospital", "school", "bridge"]
    return [PROSE.replace("central library", f"old {places[i]}").strip() for i in range(n)]


def test_text_page_comments_line_opens_the_thread_only_after_the_article():
    article, thread = _variants(3), _variants(7)[3:]
    text = (
        "Budget passes after long debate\n\nFacebook\nTwitter\nComments\nPrint\n\n"
        + "\n\n".join(article)
        + "\n\nComments\n\n"
        + "\n\n".join(thread)
        + "\n"
    )
    result = roles(text)
    assert all(result[p][0] is Role.BODY for p in article)  # the share bar's "Comments"
    assert all(result[p][0] is Role.BOILERPLATE for p in thread)  # ... the thread's


def test_text_page_prose_printed_twice_apart_is_template():
    ticker = "Markets rally as rates hold steady, while oil slips on the news from abroad."
    article = _variants(3)
    text = f"{ticker}\n\nMenu\nHome\n\n" + "\n\n".join(article) + f"\n\nAbout us\n\n{ticker}\n"
    result = roles(text)
    assert result[ticker][0] is Role.BOILERPLATE
    assert all(result[p][0] is Role.BODY for p in article)


def test_text_page_lead_in_and_cited_paragraphs_are_prose():
    first, last = _variants(2)
    lead_in = ("The council listed the projects that the new budget pays for this year, in "
               "the order in which the work will start:")
    cited = "“Be just: that is nearer to piety.” [Al Maa-idah 8]"
    cited = f"The imam quoted a verse on fairness that the council often cites. {cited}"
    text = (f"Budget passes after long debate\n\n{first}\n\n{lead_in}\n\n{cited}\n\n{last}\n\n"
            "Related\nSports\nWeather\n")
    result = roles(text)
    assert result[lead_in][0] is Role.BODY and result[cited][0] is Role.BODY


def test_text_page_tab_separated_rows_are_a_table_of_the_article():
    rows = "Pos.\tDriver\tPoints\n1\tAnn Poe\t5040\n2\tBo Lee\t5035\n3\tCy Ray\t5033"
    text = (f"Final standings after the last race\n\n{_variants(1)[0]}\n\n"
            f"The standings after 36 races:\n\n{rows}\n\nHome\nNews\nSport\n")
    article, classified = articlex.explain(text)
    tables = [b for b in classified.page.blocks if b.kind is articlex.Kind.TABLE]
    assert len(tables) == 1 and tables[0].text.splitlines()[1] == "1\tAnn Poe\t5040"
    assert "2\tBo Lee\t5035" in article.body


def test_text_page_titles_run_into_their_summaries_are_teasers():
    teasers = [
        "Customers Leave Without Paying Bill At Troy SteakhouseA party of six left the "
        "restaurant without paying after a fight.",
        "Ford Recalls Trucks Over Loose CablesFord is recalling trucks because a cable can "
        "come loose and cause stalls.",
        "Mayor Says Health Benefit Move Won’t StandThe mayor says he will veto the plan that "
        "gives officials lifetime benefits.",
    ]
    article = _variants(2)
    text = "Latest Headlines\n" + "\n".join(teasers) + "\n\n" + "\n\n".join(article) + "\n"
    result = roles(text)
    assert all(result[t][0] is Role.BOILERPLATE for t in teasers)
    assert all(result[p][0] is Role.BODY for p in article)


def test_text_page_summaries_under_repeated_dates_are_teasers():
    summaries = [
        f"Our family always celebrates the {n} anniversary, but not this week, after a year "
        "that changed everything for us and for the whole of our town."
        for n in ("first", "second", "third", "fourth", "fifth")
    ]
    teasers = "\n".join(f"Story {i}\nAnn Poe\nWednesday November 20, 2019\n{s}"
                        for i, s in enumerate(summaries))
    article = _variants(2)
    text = "Budget passes\n\n" + "\n\n".join(article) + "\n\n" + teasers + "\n"
    result = roles(text)
    assert all(result[s][0] is Role.BOILERPLATE for s in summaries)
    assert all(result[p][0] is Role.BODY for p in article)
