"""Language: declared by the page, else identified from the article's text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import articlex
from articlex import identify_language
from articlex.language import SCRIPT_LANGUAGE, SCRIPT_WORDLISTS

ENGLISH = ("The city council approved the new library budget on Monday after a long debate "
           "about opening hours, staff and the cost of repairs to the old building.")
PORTUGUESE = ("A câmara municipal aprovou na segunda-feira o novo orçamento da biblioteca, "
              "depois de um longo debate sobre o horário, os funcionários e as obras do prédio.")


@pytest.mark.parametrize(("text", "language"), [
    (ENGLISH, "en"),
    (PORTUGUESE, "pt"),
    ("Der Stadtrat hat am Montag nach einer langen Debatte über die Öffnungszeiten das neue "
     "Budget der Bibliothek beschlossen.", "de"),
    ("Le conseil municipal a approuvé lundi le nouveau budget de la bibliothèque après un "
     "long débat sur les horaires.", "fr"),
    ("El ayuntamiento aprobó el lunes el nuevo presupuesto de la biblioteca después de un "
     "largo debate sobre los horarios.", "es"),
    ("Il consiglio comunale ha approvato lunedì il nuovo bilancio della biblioteca dopo un "
     "lungo dibattito sugli orari.", "it"),
    ("Городской совет в понедельник утвердил новый бюджет библиотеки после долгих споров о "
     "часах работы.", "ru"),
    ("東京都議会は月曜日、長い議論の末に図書館の新しい予算を承認した。", "ja"),
    ("市议会星期一在经过长时间的辩论后批准了图书馆的新预算。", "zh"),
    ("시의회는 월요일 오랜 논쟁 끝에 도서관의 새 예산을 승인했다.", "ko"),
    ("สภาเมืองอนุมัติงบประมาณใหม่ของห้องสมุดเมื่อวันจันทร์", "th"),
    ("Το δημοτικό συμβούλιο ενέκρινε τη Δευτέρα τον νέο προϋπολογισμό της βιβλιοθήκης.", "el"),
    ("מועצת העיר אישרה ביום שני את התקציב החדש של הספרייה לאחר דיון ארוך.", "he"),
    ("وافق مجلس المدينة يوم الاثنين على الميزانية الجديدة للمكتبة بعد نقاش طويل حول "
     "ساعات العمل والموظفين.", "ar"),
])
def test_identify_language(text, language):
    assert identify_language(text) == language


@pytest.mark.parametrize("text", [
    "",
    "Budget approved",               # a label: too few letters
    "Council approves library budget",  # a headline of four words: too few words
    "2019-11-19 12:00 | 4 min",
    ENGLISH + "\n\n" + PORTUGUESE,  # mixed: each half in its own language
    "Характеристики бега: player.setav speedmult *100, player.setav health",  # mixed scripts
])
def test_unsure_text_has_no_language(text):
    assert identify_language(text) is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_identify_language_never_raises(text):
    language = identify_language(text)
    known = {*SCRIPT_LANGUAGE.values(), *(code for codes in SCRIPT_WORDLISTS.values()
                                          for code in codes)}
    assert language is None or language in known


TEXT_PAGE = "\n\n".join([
    "Câmara aprova o orçamento da biblioteca",
    "Por Ana Souza",
    PORTUGUESE,
    "A votação terminou tarde da noite, com a maioria dos vereadores a favor do texto "
    "apresentado pela prefeitura e apenas três votos contra.",
    "As obras devem começar no próximo ano, segundo a secretaria de cultura da cidade.",
])


def test_a_text_page_gets_the_language_of_its_text():
    assert articlex.extract(TEXT_PAGE, input_format="text").language == "pt"


def _html(lang_attribute: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in TEXT_PAGE.split("\n\n")[2:])
    return (f"<html{lang_attribute}><head><title>Câmara aprova o orçamento</title></head>"
            f"<body><article><h1>Câmara aprova o orçamento da biblioteca</h1>{paragraphs}"
            "</article></body></html>")


def test_the_declared_language_wins_on_html():
    assert articlex.extract(_html(' lang="en-GB"')).language == "en-GB"


def test_an_html_page_declaring_none_gets_the_language_of_its_text():
    assert articlex.extract(_html("")).language == "pt"
