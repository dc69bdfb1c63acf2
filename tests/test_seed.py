"""The fixture pages: every tests/fixtures/<case>.{txt,html} beside <case>.expected.json.

Each field present in the expected file must match exactly; other output keys may be
anything. The seed page (000_c63893c4c637c429) is the first acceptance test. The whole
output of more pages is pinned by the golden corpus (tests/golden, tests/test_golden.py).
"""

from __future__ import annotations

import pytest

import articlex

from .conftest import FIXTURES, SEED, expected_fields

CASES = sorted(
    page for page in FIXTURES.iterdir()
    if page.suffix in (".txt", ".html") and (FIXTURES / f"{page.stem}.expected.json").exists()
)
PAIRS = [(page, field) for page in CASES for field in expected_fields(page.stem)]


def test_seed_page_is_among_the_cases():
    assert FIXTURES / f"{SEED}.txt" in CASES
    assert FIXTURES / f"{SEED}.html" in CASES


@pytest.mark.parametrize(("page", "field"), PAIRS, ids=[f"{p.name}:{f}" for p, f in PAIRS])
def test_fixture_field(page, field):
    article = articlex.extract(page)
    assert article.to_dict()[field] == expected_fields(page.stem)[field]


@pytest.mark.parametrize("page", CASES, ids=lambda p: p.name)
def test_fixture_paragraphs_match_body(page):
    article = articlex.extract(page)
    expected = expected_fields(page.stem)
    if "body" in expected:
        assert article.paragraphs == tuple(expected["body"].split("\n\n"))


def test_seed_boilerplate_is_gone(seed_text_path):
    article = articlex.extract(seed_text_path)
    everything = article.to_json()
    for junk in ("Menu", "Follow Us", "Join the newsletter", "Sign up to gain",
                 "Membership is free", "Error: Please check", "Featured", "Slideshows",
                 "EDGE 2018", "Show Comments", "‚Äč"):
        assert junk not in everything, junk
