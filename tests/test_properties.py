"""Never-crash guarantees: any input gives an Article or an ArticlexError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articlex
from articlex import ArticlexError

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
_TAGS = st.sampled_from(["<p>", "</p>", "<div class='article-body'>", "</div>", "<h1>", "</h1>",
                         "<li>", "<a href='x'>", "</a>", "<br>", "<script>", "<!--", "-->",
                         "&amp;", "&#0;", "<table><tr><td>", "<pre>", "\n\n", "By ", "Tags: "])
_HTMLISH = st.lists(st.one_of(_TAGS, st.text(max_size=40)), max_size=40).map("".join)


@SETTINGS
@given(st.binary(max_size=3000))
def test_random_bytes_never_raise_anything_else(data):
    try:
        article = articlex.extract(data)
    except ArticlexError:
        return
    assert isinstance(article.body, str)


@SETTINGS
@given(st.text(max_size=3000))
def test_random_text_never_raises_anything_else(text):
    try:
        article = articlex.extract(text)
    except ArticlexError:
        return
    assert isinstance(article.to_json(), str)


@SETTINGS
@given(_HTMLISH)
def test_random_markup_never_raises_anything_else(markup):
    try:
        article = articlex.extract(markup)
    except ArticlexError:
        return
    assert article.to_markdown().endswith("\n")
