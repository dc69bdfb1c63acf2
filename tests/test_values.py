"""The value of each field block is read once, in the roles stage, and the field stage
chooses between those values and the metadata without reading the blocks' text again."""

from __future__ import annotations

import articlex
from articlex.fields.assemble import assemble
from articlex.model import Classified, Credit, Role
from articlex.options import Options

PAGE = """<html lang="en"><head><title>Rates rise | Example News</title>
<meta property="og:site_name" content="Example News"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Council raises the rates again</h1>
<p class="byline">By <a href="/ann">Ann Poe</a> and <a href="/al">Al Roe</a></p>
<time class="date">March 30, 2015</time>
<p>The council raised the rates on Monday, the third rise this year, after a debate
that ran late into the evening and ended with a narrow vote of the members.</p>
<p>Residents will see the change on their next bill, the council said, and the money
will pay for the repairs to the roof of the public library in the town centre.</p>
<div class="tags">Tags: <a href="/t/council">Council</a> <a href="/t/rates">Rates</a></div>
<div class="author-bio"><p>Ann Poe covers local government and the council for the paper.
</p></div>
</article>
<footer>© 2015 Example News</footer>
</body></html>"""


def _values(classified: Classified) -> dict[Role, list[object]]:
    found: dict[Role, list[object]] = {}
    for verdict in classified.verdicts:
        if verdict.value is not None:
            found.setdefault(verdict.role, []).append(verdict.value)
    return found


def test_field_blocks_carry_their_values():
    article, classified = articlex.explain(PAGE)
    values = _values(classified)
    assert values[Role.HEADLINE] == ["Council raises the rates again"]
    assert values[Role.BYLINE][0].names == ("Ann Poe", "Al Roe")
    assert values[Role.TAGS] == [("Council", "Rates")]
    assert values[Role.BIO] == ["Ann Poe covers local government and the council for the paper."]
    assert classified.site_name == "Example News"
    assert classified.language == "en"
    assert article.authors == ("Ann Poe", "Al Roe")
    assert article.tags == ("Council", "Rates")


def test_body_and_boilerplate_blocks_have_no_value():
    _, classified = articlex.explain(PAGE)
    for verdict in classified.verdicts:
        if verdict.role in (Role.BODY, Role.BOILERPLATE):
            assert verdict.value is None


def test_the_field_stage_reads_the_values_not_the_text():
    """A value set by hand wins over what the block's text says: the fields stage
    does not parse the text again."""
    _, classified = articlex.explain(PAGE)
    verdicts = list(classified.verdicts)
    for i, verdict in enumerate(verdicts):
        if verdict.role is Role.BYLINE:
            verdicts[i] = verdict._replace(value=Credit(names=("Zed Quill",), date="2001-02-03"))
        elif verdict.role is Role.TAGS and verdict.value is not None:
            verdicts[i] = verdict._replace(value=("Elsewhere",))
        elif verdict.role is Role.HEADLINE:
            verdicts[i] = verdict._replace(value="Another headline")
    changed = Classified(classified.page, tuple(verdicts), language="en",
                         site_name=classified.site_name)
    article = assemble(changed, Options())
    assert article.authors == ("Zed Quill",)
    assert article.tags == ("Elsewhere",)
    assert article.headline == "Another headline"


def test_the_language_identified_from_the_article_text_splits_its_tags():
    """A page that declares no language: the roles stage identifies it from the
    headline, standfirst and body, and the article reports the same."""
    page = PAGE.replace(' lang="en"', "")
    article, classified = articlex.explain(page)
    assert classified.language == article.language == "en"


def test_explain_json_gives_records_as_objects():
    from articlex.output.explain import explain_document

    article, classified = articlex.explain(PAGE)
    document = explain_document(article, classified)
    bylines = [b for b in document["blocks"] if b["role"] == "byline"]
    assert bylines[0]["value"]["names"] == ["Ann Poe", "Al Roe"]
