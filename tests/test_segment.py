"""Segmentation: HTML and text pages become the same Page of Blocks."""

from __future__ import annotations

from articlex import Kind, segment_html, segment_text
from articlex.inputs import detect_format


def test_html_blocks_kinds_levels_and_links():
    page = segment_html(
        "<html lang='de'><head><title>T</title></head><body><article>"
        "<h2>Sub</h2><p>Some <a href='#'>linked words</a> here.</p>"
        "<ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul>"
        "<blockquote><p>Quoted.</p></blockquote><pre>  code\n  more</pre>"
        "<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>"
        "<script>var x = 1;</script><div hidden>secret</div><p style='display:none'>no</p>"
        "</article></body></html>"
    )
    kinds = [(b.kind, b.text, b.level) for b in page.blocks]
    assert kinds == [
        (Kind.HEADING, "Sub", 2),
        (Kind.PARAGRAPH, "Some linked words here.", 0),
        (Kind.LIST_ITEM, "one", 1),
        (Kind.LIST_ITEM, "two", 1),
        (Kind.LIST_ITEM, "nested", 2),
        (Kind.QUOTE, "Quoted.", 0),
        (Kind.CODE, "  code\n  more", 0),
        (Kind.TABLE, "a\tb\n1\t2", 0),
    ]
    linked = page.blocks[1].signals
    assert (linked.words, linked.link_words, linked.link_texts) == (4, 2, ("linked words",))
    assert page.metadata.lang == "de"
    assert "article" in page.blocks[0].signals.hints


def test_an_element_left_open_by_the_parser_does_not_swallow_the_page():
    # libxml2 keeps <button> open past its end tag while a div inside it is open, and
    # lets void <embed> and <source> hold what follows them; browsers do neither.
    sentences = "The article, in full sentences, goes on for a while. " * 4
    article = f"<p>{sentences.strip()}</p><p>And more of it.</p>"
    for opening in ("<button>Menu<div><div></button>", "<embed src=x.swf>",
                    "<video><source src=a.mp4>", "<select><option>One<div>"):
        page = segment_html(f"<body><header>{opening}</header><main>{article}</main></body>")
        texts = [b.text for b in page.blocks]
        assert texts[-2:] == [sentences.strip(), "And more of it."], opening
    page = segment_html("<body><button>Menu <span>Open</span></button><p>Text.</p></body>")
    assert [b.text for b in page.blocks] == ["Text."]


def test_streamed_parts_of_a_react_page_are_read_where_they_belong():
    page = segment_html(
        "<body><article><h1>Title</h1><div><template id='B:0'></template>"
        "<div class='skeleton'></div></div><p>Last line.</p></article>"
        "<div hidden id='S:0'><p>The streamed paragraph.</p></div>"
        "<div hidden id='S:1'><p>No placeholder: stays hidden.</p></div>"
        "<script>$RC('B:0','S:0')</script></body>"
    )
    assert [b.text for b in page.blocks] == ["Title", "The streamed paragraph.", "Last line."]


def test_a_page_built_by_scripts_is_read_from_its_noscript_content():
    post = "<p>" + "A post of the thread, shown to readers without scripts. " * 12 + "</p>"
    app = ("<html><body><div id='app'>Loading…</div><noscript><h1>Thread title</h1>"
           f"{post}{post}</noscript></body></html>")
    texts = [b.text for b in segment_html(app).blocks]
    assert texts[0] == "Loading…" and texts[1] == "Thread title" and len(texts) == 4
    article = (f"<html><body><article>{post}{post}{post}</article>"
               "<noscript><p>Please enable JavaScript to see the comments, "
               "which need it.</p><img src='pixel.gif'></noscript></body></html>")
    assert all("JavaScript" not in b.text for b in segment_html(article).blocks)
    shown = article.replace("<article>", "<noscript>").replace("</article>", "</noscript>")
    assert len(segment_html(shown).blocks) == 4  # noscript text outweighs the rest


def test_double_br_splits_paragraphs_and_single_br_is_a_line_break():
    page = segment_html("<div>First line<br>second line<br><br>New paragraph</div>")
    assert [b.text for b in page.blocks] == ["First line\nsecond line", "New paragraph"]


def test_layout_tables_are_descended_into():
    long_cell = "word " * 80
    page = segment_html(f"<table><tr><td><p>{long_cell}</p><p>Second.</p></td></tr></table>")
    assert [b.kind for b in page.blocks] == [Kind.PARAGRAPH, Kind.PARAGRAPH]


def test_metadata_jsonld_graph_and_meta():
    page = segment_html(
        '<html><head><meta property="og:site_name" content="Site">'
        '<link rel="canonical" href="https://x.org/a">'
        '<script type="application/ld+json">{"@graph": [{"@type": "WebSite"},'
        '{"@type": "NewsArticle", "headline": "H"}]}</script></head>'
        '<body><a rel="tag" href="/t">Tag One</a></body></html>'
    )
    meta = page.metadata
    assert meta.first_meta("og:site_name") == "Site"
    assert meta.canonical == "https://x.org/a"
    assert [obj["headline"] for obj in meta.jsonld] == ["H"]
    assert meta.rel_tag == ("Tag One",)


def test_text_lines_paragraphs_lists_and_headings():
    page = segment_text(
        "Menu\nHome\nNews\n\n# A heading\n\nA paragraph on one line.\n\n"
        "- first item\n- second item\n"
    )
    assert [(b.kind, b.text) for b in page.blocks] == [
        (Kind.LINE, "Menu"), (Kind.LINE, "Home"), (Kind.LINE, "News"),
        (Kind.HEADING, "A heading"),
        (Kind.PARAGRAPH, "A paragraph on one line."),
        (Kind.LIST_ITEM, "first item"), (Kind.LIST_ITEM, "second item"),
    ]


def test_hard_wrapped_text_is_joined_back():
    wrapped = (
        "The committee met on Tuesday to discuss the proposal, which would\n"
        "change how the city pays for road repairs over the next ten years,\n"
        "and agreed to publish a report.\n\nNext paragraph."
    )
    page = segment_text(wrapped)
    assert page.blocks[0].text.startswith("The committee met") and page.blocks[0].text.endswith(
        "publish a report.")
    assert page.blocks[0].signals.lines == 3
    assert page.blocks[1].text == "Next paragraph."


def test_two_title_lines_are_not_joined():
    page = segment_text("EDGE 2018: Kiwis assess key customer priorities through NZ research\n"
                        "Show Comments")
    assert [b.text for b in page.blocks] == [
        "EDGE 2018: Kiwis assess key customer priorities through NZ research", "Show Comments"]


def test_format_detection():
    assert detect_format("<!DOCTYPE html><html><body>x</body></html>") == "html"
    assert detect_format("<div><p>fragment</p><p>two</p></div>") == "html"
    assert detect_format("Wrap it in a <div> and close it with </div>, then add text.") == "text"
    assert detect_format("Plain text page\n\nwith paragraphs.") == "text"


def test_a_hard_wrapped_page_gets_its_paragraphs_back():
    import textwrap

    paragraphs = [
        "The committee met on Tuesday to discuss the budget for the coming year, and after "
        "a long debate it agreed to fund the library, the pool and two new bus routes.",
        "Opponents said the plan was too expensive. Supporters answered that the town had "
        "put off these repairs for a decade, and that waiting would only add to the cost.",
        "A final vote is expected next month, after a public hearing in the town hall.",
    ]
    menu = "Home\nNews\nSport\nWeather"
    wrapped = "\n".join(textwrap.fill(p, 72) for p in paragraphs)  # one chunk, no blanks
    page = segment_text(f"{menu}\n\n{wrapped}\n\nAbout us\nContact\n")
    texts = [b.text for b in page.blocks]
    assert texts == ["Home", "News", "Sport", "Weather", *paragraphs, "About us", "Contact"]


def test_lines_of_a_page_copied_from_a_browser_stay_apart():
    lines = [
        "Michigan couple finds newspapers dating back to the 1940s during renovation",
        "Customers leave without paying their bill at a steakhouse in Troy",
        "Mayor says the move for lifetime health benefits will not stand",
    ]
    prose = "A paragraph as a browser copies it, on one long line. " * 6
    page = segment_text("\n".join(lines) + f"\n\n{prose.strip()}\n")
    assert [b.text for b in page.blocks][:3] == lines
