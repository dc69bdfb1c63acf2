"""Rules of the mojibake repair, one test each, and properties over the sentence corpus
of the encoding benchmark (benchmarks/encoding/sentences.txt, part of the repository)."""

from __future__ import annotations

import unicodedata
from functools import cache

import pytest
import wordfreq
from benchmarks.encoding.garble import garble, garble_part, garble_times
from benchmarks.encoding.repair import load_sentences
from hypothesis import given, settings
from hypothesis import strategies as st

from articlex.encoding import decode_explained, repair_text
from articlex.encoding.mojibake import codepages, fix_mojibake, is_complete
from articlex.encoding.oddity import oddity, ordinary_script

SENTENCES = load_sentences()
ALL_SENTENCES = [s for group in SENTENCES.values() for s in group]
# Code pages whose garbling the corpus repairs without a miss; the others (windows-1250
# against iso-8859-2, …) have byte-identical readings that only language knowledge
# tells apart, and are measured by the benchmark instead.
UNAMBIGUOUS = [
    "cp1252",
    "latin_1",
    "mac_roman",
    "cp1253",
    "cp1254",
    "cp437",
    "cp866",
    "koi8_r",
    "mac_cyrillic",
    "mac_greek",
]


def test_complete_means_every_character_of_the_page_is_in_a_sequence() -> None:
    cp1252 = codepages()[0]
    assert is_complete("cafÃ©", cp1252)
    assert not is_complete("café", cp1252)
    assert not is_complete("Ã©tÃ", cp1252)


def test_a_complete_word_with_two_sequences_is_repaired_though_not_odd() -> None:
    # Czech read as mac_latin2 looks like ordinary letters; two valid sequences say otherwise.
    assert oddity("Ňėidińć") == 0
    assert repair_text("Ňėidińć autobusu") == "Řidič autobusu"


@pytest.mark.parametrize("word", ["там", "сам.", "чем", "раз,", "рад", "РЁ"])
def test_ordinary_words_never_turn_into_another_script(word: str) -> None:
    # cp866 reads such Russian words as one valid 3-byte sequence (Braille, Samaritan…).
    assert repair_text(f"{word} {word}") == f"{word} {word}"


def test_a_word_turns_only_into_common_letters_of_its_script() -> None:
    # "ášť" is one iso-8859-2 sequence of "ṻ"; "Ôéí" one cp850 sequence of "₡".
    assert repair_text("zvlášť") == "zvlášť"
    assert repair_text("Ôéí") == "Ôéí"
    assert repair_text("Ôéô") == "Ôéô"  # not a subscript "ₓ"
    assert repair_text("Muḥammad") == "Muḥammad"


def test_ordinary_script() -> None:
    assert ordinary_script("Straße") == "LATIN"
    assert ordinary_script("ПРИВЕТ") == "CYRILLIC"
    assert ordinary_script("naĂŻve") is None


def test_the_line_agrees_on_a_code_page_for_short_words() -> None:
    # "ÂŁ12" alone could be clean; the line's "â€¦" shows windows-1250 at work.
    assert repair_text("He paid ÂŁ12 for the ticketâ€¦") == "He paid £12 for the ticket…"


def test_short_greek_words_follow_their_line() -> None:
    line = "Η βροχή σταμάτησε νωρίς το πρωί και ο ουρανός καθάρισε."
    assert repair_text(garble(line, "cp1252")) == line


def test_double_mojibake_of_a_short_word_is_peeled_twice() -> None:
    line = "« Ce n’est pas une question d’argent », a répondu le ministre."
    assert repair_text(garble_times(line, "cp1252", 2)) == line


def test_undefined_bytes_of_a_code_page_pass_through() -> None:
    # windows-1257 leaves 0xA1 undefined: "á" (C3 A1) reads as "Ć" + U+00A1.
    line = "Cena elektřiny vzrostla, což pocítí hlavně domácnosti."
    assert "Ć¡" in garble(line, "cp1257")
    assert repair_text(garble(line, "cp1257")) == line


def test_lines_end_at_newline_only() -> None:
    # U+0085 is a line break to str.splitlines, and what iso-8859-2 mojibake makes of
    # the second byte of "ą" (C4 85).
    line = "Żółty samochód zatrzymał się przed szkołą."
    garbled = garble(line, "iso8859_2")
    assert "\x85" in garbled
    assert fix_mojibake(garbled)[0] == line


@pytest.mark.parametrize("symbol", ["≤", "√2", "±0.5", "≈"])
def test_a_symbol_standing_alone_is_not_odd(symbol: str) -> None:
    assert oddity(symbol) == 0
    assert oddity("√©") > 0


def test_detection_prefers_the_reading_with_plain_words() -> None:
    page = "<p>L.A. Times en Español, Classificação e Avião — 3 € por página.</p>" * 3
    result = decode_explained(page.encode("cp1252"))
    assert result.text == page
    assert result.encoding == "cp1252"


# --------------------------------------------------------------------------- properties

#: Languages of many scripts and code pages, whose common words must come through as
#: they are. (Random strings of their letters would not do: some are real mojibake,
#: "Ňáńć" is "Ňč" read as mac_latin2.)
VOCABULARY_LANGUAGES = (
    "en fr de es pt it nl sv da nb fi pl cs sk hu ro hr lt lv tr vi id ca "
    "ru uk bg el ar he fa hi zh ja ko"
).split()
#: The most frequent words of each language taken (wordfreq's lists, a dependency).
VOCABULARY_SIZE = 1000


@cache
def vocabulary() -> tuple[str, ...]:
    words = {
        unicodedata.normalize("NFC", word)
        for language in VOCABULARY_LANGUAGES
        for word in wordfreq.top_n_list(language, VOCABULARY_SIZE)
    }
    return tuple(sorted(w for w in words if any(ch.isalpha() for ch in w)))


def test_common_words_of_many_languages_unchanged_in_any_case() -> None:
    changed = [
        (cased, repair_text(cased))
        for word in vocabulary()
        for cased in {word, word.capitalize(), word.upper()}
        if repair_text(cased) != cased
    ]
    assert changed == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.deferred(lambda: st.sampled_from(vocabulary())), min_size=1, max_size=12))
def test_lines_of_common_words_unchanged(words: list[str]) -> None:
    text = " ".join(words)
    assert repair_text(text) == text



@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ALL_SENTENCES))
def test_clean_sentences_unchanged(sentence: str) -> None:
    assert repair_text(sentence) == sentence


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(ALL_SENTENCES), min_size=2, max_size=5), st.randoms())
def test_clean_words_in_any_order_unchanged(sentences: list[str], rnd) -> None:
    words = " ".join(sentences).split(" ")
    rnd.shuffle(words)
    text = " ".join(words)
    assert repair_text(text) == text


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(ALL_SENTENCES),
    st.sampled_from(UNAMBIGUOUS),
    st.sampled_from([1, 2]),
    st.booleans(),
)
def test_garble_then_repair_round_trip(sentence: str, codec: str, times: int, part: bool) -> None:
    garbled = (garble_part if part else garble_times)(sentence, codec, times)
    assert repair_text(garbled) == sentence


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(ALL_SENTENCES), st.sampled_from([*UNAMBIGUOUS, "cp1250", "iso8859_2"]))
def test_repair_is_idempotent_on_garbled_sentences(sentence: str, codec: str) -> None:
    once = repair_text(garble(sentence, codec))
    assert repair_text(once) == once


# --------------------------------------------------------------------------- decoding


def test_detection_sees_the_non_ascii_bytes_of_a_long_page() -> None:
    filler = "<p>" + "plain words here " * 40 + "</p>\n"
    page = filler * 200 + "<p>the company’s first “strategy” — 2¢</p>\n" + filler * 200
    assert decode_explained(page.encode("cp1252")).text == page
