"""Tests for articlex.roles.tagsplit: splitting flattened tag lines."""

from __future__ import annotations

import doctest
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlex.roles import tagsplit
from articlex.roles.tagsplit import segment_run, split_spaced_tags, split_tags

SONY_NEWS = """
The FBI said on Friday that the North Korean government was responsible for the
cyber attack on Sony Pictures. The intrusion exposed emails, salaries and unreleased
films, and Sony cancelled the release of The Interview after threats against cinemas.
Officials said the hacking was one of the most damaging attacks on a US company.
"""


def words_of(text: str) -> list[str]:
    return re.findall(r"\w+", text)


# --- The seed case -------------------------------------------------------------


def test_seed_case_with_page_lexicon() -> None:
    tags = split_tags("governmentsonyintrusionSony Pictures", lexicon=words_of(SONY_NEWS))
    assert tags == ["government", "sony", "intrusion", "Sony Pictures"]


def test_seed_case_without_lexicon() -> None:
    assert split_tags("governmentsonyintrusionSony Pictures") == [
        "government",
        "sony",
        "intrusion",
        "Sony Pictures",
    ]


def test_seed_case_with_set_lexicon_and_explicit_language() -> None:
    tags = split_tags(
        "governmentsonyintrusionSony Pictures", lexicon=set(words_of(SONY_NEWS)), language="en"
    )
    assert tags == ["government", "sony", "intrusion", "Sony Pictures"]


# --- Run-together tag lines ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "PoliticsDonald TrumpimmigrationUS news",
            ["Politics", "Donald Trump", "immigration", "US news"],
        ),
        ("climate changeenergyrenewables", ["climate change", "energy", "renewables"]),
        ("Apple iPhonesmartphonesreviews", ["Apple iPhone", "smartphones", "reviews"]),
        ("cybersecuritydata breachFacebook", ["cybersecurity", "data breach", "Facebook"]),
        ("Premier LeagueArsenalfootball", ["Premier League", "Arsenal", "football"]),
        ("Taylor SwiftmusicEras Tour", ["Taylor Swift", "music", "Eras Tour"]),
        ("Bitcoincryptocurrencyblockchain", ["Bitcoin", "cryptocurrency", "blockchain"]),
        (
            "artificial intelligencemachine learning",
            ["artificial intelligence", "machine learning"],
        ),
        (
            "Boris JohnsonBrexitConservatives",
            ["Boris Johnson", "Brexit", "Conservatives"],
        ),
        ("electionsSenateHouse", ["elections", "Senate", "House"]),
        ("NASASpaceX", ["NASA", "SpaceX"]),
        ("BBCNewsworld", ["BBC", "News", "world"]),
        ("AppleiPhone", ["Apple", "iPhone"]),
        ("eBayAmazon", ["eBay", "Amazon"]),
        ("DeSantisFlorida", ["DeSantis", "Florida"]),
        ("MPsExpenses", ["MPs", "Expenses"]),
        ("COVID19Vaccinehealth", ["COVID19", "Vaccine", "health"]),
        ("3DPrinting", ["3D", "Printing"]),
        ("U.S.Politics", ["U.S.", "Politics"]),
        ("Zelenskyyimmigration", ["Zelenskyy", "immigration"]),
        ("hacking North KoreaSony", ["hacking North Korea", "Sony"]),
    ],
)
def test_english_lines(line: str, expected: list[str]) -> None:
    assert split_tags(line) == expected


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("KlimaschutzEnergiewendePolitik", "de", ["Klimaschutz", "Energiewende", "Politik"]),
        ("klimaschutzenergiewendepolitik", "de", ["klimaschutz", "energiewende", "politik"]),
        ("BundesregierungBundestagwahlen", "de", ["Bundesregierung", "Bundestag", "wahlen"]),
        ("políticaeconomíaelecciones", "es", ["política", "economía", "elecciones"]),
        ("FútbolReal Madridliga", "es", ["Fútbol", "Real Madrid", "liga"]),
        ("futebolpolíticaeconomia", "pt-BR", ["futebol", "política", "economia"]),
        ("ПолитикаЭкономикаРоссия", "ru", ["Политика", "Экономика", "Россия"]),
        ("политикаэкономикароссия", "ru", ["политика", "экономика", "россия"]),
        ("ΠολιτικήΟικονομία", "el", ["Πολιτική", "Οικονομία"]),
    ],
)
def test_other_languages(line: str, language: str, expected: list[str]) -> None:
    assert split_tags(line, language=language) == expected


def test_unknown_language_uses_case_changes_only() -> None:
    assert split_tags("ПолитикаЭкономика", language="xx") == ["Политика", "Экономика"]
    assert split_tags("governmentsonyintrusion", language="xx") == ["governmentsonyintrusion"]


def test_unknown_language_uses_page_lexicon() -> None:
    tags = split_tags(
        "governmentsonyintrusion", language="xx", lexicon=["government", "Sony", "intrusion"]
    )
    assert tags == ["government", "sony", "intrusion"]


def test_cjk_is_not_split_without_separators() -> None:
    assert split_tags("東京オリンピックスポーツ", language="ja") == ["東京オリンピックスポーツ"]
    assert split_tags("東京オリンピック、スポーツ", language="ja") == [
        "東京オリンピック",
        "スポーツ",
    ]
    assert split_tags("กีฬาฟุตบอล", language="th") == ["กีฬาฟุตบอล"]


# --- Separators, trimming, duplicates --------------------------------------------


def test_commas() -> None:
    assert split_tags("Sony, North Korea, hacking") == ["Sony", "North Korea", "hacking"]


def test_all_explicit_separators() -> None:
    line = "Sony | hacking · North Korea • cinema;film\ttheatres\nThe Interview"
    assert split_tags(line) == [
        "Sony",
        "hacking",
        "North Korea",
        "cinema",
        "film",
        "theatres",
        "The Interview",
    ]


def test_separators_then_no_space_rules() -> None:
    assert split_tags("Sony PicturesNorth Korea, hackingcybersecurity") == [
        "Sony Pictures",
        "North Korea",
        "hacking",
        "cybersecurity",
    ]


def test_hashtags_and_trimming() -> None:
    assert split_tags("#sony #hack") == ["sony", "hack"]
    assert split_tags('  "Sony" , (video),  North   Korea ,, ;') == ["Sony", "video", "North Korea"]
    assert split_tags("C#, F#, .NET") == ["C#", "F#", ".NET"]


def test_single_tag_stays_whole() -> None:
    assert split_tags("Sony Pictures") == ["Sony Pictures"]
    assert split_tags("  Sony Pictures  ", lexicon=words_of(SONY_NEWS)) == ["Sony Pictures"]


def test_duplicates_differing_by_case() -> None:
    assert split_tags("SonysonySONY") == ["Sony"]
    assert split_tags("hacking, Hacking, HACKING, Sony") == ["hacking", "Sony"]


def test_empty_input() -> None:
    assert split_tags("") == []
    assert split_tags(" , ;; | \n") == []


# --- Brands and the page lexicon -------------------------------------------------


def test_brand_from_page_lexicon() -> None:
    page = words_of("Watch the YouTube video of the new WordPress theme on your iPhone.")
    assert split_tags("YouTubevideo", lexicon=page) == ["YouTube", "video"]
    assert split_tags("WordPressbloggingiPhone", lexicon=page) == [
        "WordPress",
        "blogging",
        "iPhone",
    ]


def test_unknown_camelcase_brand_needs_the_page() -> None:
    # wordfreq does not know "ChatGPT", so only the page keeps it whole.
    assert split_tags("AIChatGPT") == ["AI", "Chat", "GPT"]
    assert split_tags("AIChatGPT", lexicon=["ChatGPT", "AI"]) == ["AI", "ChatGPT"]


def test_page_word_beats_its_pieces() -> None:
    assert split_tags("cyberattackSony") == ["cyber", "attack", "Sony"]
    assert split_tags("cyberattackSony", lexicon=["cyberattack"]) == ["cyberattack", "Sony"]


# --- Negative cases: do not over-split ------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "cybersecurity",
        "smartphones",
        "coronavirus",
        "Facebook",
        "iPhone",
        "eBay",
        "iOS",
        "COVID19",
        "Windows10",
        "YouTube",
        "PlayStation",
        "McDonald's",
        "Blinken",
        "FAQs",
        "SpaceX",
    ],
)
def test_single_word_stays_whole(word: str) -> None:
    assert split_tags(word) == [word]
    assert segment_run(word) == [word]


def test_single_word_stays_whole_with_page_lexicon() -> None:
    page = words_of(SONY_NEWS)
    for word in ["cybersecurity", "smartphones", "iPhone", "COVID19"]:
        assert split_tags(word, lexicon=page) == [word]


def test_segment_run() -> None:
    assert segment_run("governmentsonyintrusionSony") == ["government", "sony", "intrusion", "Sony"]
    assert segment_run("") == []


def test_doctests() -> None:
    result = doctest.testmod(tagsplit)
    assert result.attempted >= 2
    assert result.failed == 0


# --- Performance ----------------------------------------------------------------


def test_200_character_line_is_fast() -> None:
    line = (
        "governmentsonyintrusionSony PicturesPoliticsDonald TrumpimmigrationUS news"
        "climate changeenergyrenewablescybersecuritydata breachFacebookPremier League"
        "Arsenalfootballhackingbitcoincryptocurrencyblockchainsmartphonesreviewsgaming"
    )[:200]
    assert len(line) == 200
    split_tags(line)  # load the wordfreq table once
    runs = 20
    start = time.perf_counter()
    for _ in range(runs):
        split_tags(line)
    per_call = (time.perf_counter() - start) / runs
    assert per_call < 0.010  # typically 2-4 ms; the brief asks for well under 10 ms


# --- Properties -----------------------------------------------------------------

_SEPARATOR_CHARS = set(",;|·•#、，；،")


def _is_subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


def _letters(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and ch not in _SEPARATOR_CHARS)


_TAGGY = st.text(
    alphabet=st.sampled_from(
        [*"abcdeSONYgovrnmtiIPhAB19 ,;|·•#\t\n.-'()\"", "É", "é", "Ж", "ж", "東", "ß"]
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), _TAGGY), st.lists(st.text(max_size=12), max_size=5))
def test_never_raises_and_invents_nothing(text: str, lexicon: list[str]) -> None:
    tags = split_tags(text, lexicon=lexicon)
    assert all(tag and tag == tag.strip() for tag in tags)
    assert len({tag.casefold() for tag in tags}) == len(tags)
    assert _is_subsequence(_letters("".join(tags)), _letters(text))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(["sony", "government", "Sony Pictures", "iPhone", "hacking"]),
        min_size=1,
        max_size=6,
        unique=True,
    )
)
def test_comma_separated_tags_round_trip(tags: list[str]) -> None:
    assert split_tags(", ".join(tags)) == tags


def test_single_words_with_no_phrase_of_the_page_between_them_stay_one_tag():
    page = "In South Dakota, Governor Noem said the budget would pass."
    assert split_spaced_tags("Kristi Lee Noem South Dakota", page) == [
        "Kristi Lee Noem", "South Dakota"]


def test_a_year_run_into_the_next_tag_is_cut_but_figures_end_a_word() -> None:
    assert split_tags("LA Auto Show 2019luxury") == ["LA Auto Show 2019", "luxury"]
    assert split_tags("covid19vaccine") == ["covid19", "vaccine"]
    assert split_tags("1080p") == ["1080p"]


def test_a_lexicon_without_some_words_keeps_their_other_spellings() -> None:
    from articlex.roles.tagsplit import Lexicon

    lexicon = Lexicon(["Biology", "biology", "biologycell", "cell"], "en")
    smaller = lexicon.without(["biology", "biologycell", "absent"])
    assert smaller.exact == {"Biology", "cell"}
    assert smaller.folded == {"biology", "cell"}
    assert lexicon.exact == {"Biology", "biology", "biologycell", "cell"}  # unchanged
    assert lexicon.without(["absent"]) is lexicon
    assert split_tags("biologycell", lexicon=smaller) == ["biology", "cell"]
    assert split_tags("biologycell", lexicon=lexicon) == ["biologycell"]
