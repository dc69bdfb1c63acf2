"""Tests of articlex.encoding: decoding page bytes and repairing damaged text."""

from __future__ import annotations

import contextlib
import gzip
import io
import time
import unicodedata
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlex.encoding import (
    DecodeResult,
    decode,
    decode_explained,
    looks_binary,
    repair_text,
    repair_text_explained,
)
from articlex.errors import NotAPageError

FRENCH = "Où est le café ? Déjà vu, naïve façade — « voilà »."
RUSSIAN = "Съешь же ещё этих мягких французских булок, да выпей чаю."


def html_page(body: str, head: str = "") -> str:
    return (
        f"<!doctype html><html><head>{head}<title>t</title></head>"
        f"<body><p>{body}</p></body></html>"
    )


# --------------------------------------------------------------------------- decode


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-32-le", b"\xff\xfe\x00\x00"),
        ("utf-32-be", b"\x00\x00\xfe\xff"),
    ],
)
def test_decode_bom(codec: str, bom: bytes) -> None:
    result = decode_explained(bom + FRENCH.encode(codec))
    assert result == DecodeResult(FRENCH, codec, "bom", ())


def test_decode_bom_wins_over_declaration() -> None:
    data = b"\xef\xbb\xbf" + html_page(FRENCH, '<meta charset="windows-1251">').encode()
    assert decode_explained(data).source == "bom"


def test_decode_http_header() -> None:
    data = html_page(RUSSIAN).encode("cp1251")
    result = decode_explained(data, "text/html; charset=Windows-1251")
    assert (result.encoding, result.source) == ("cp1251", "http")
    assert RUSSIAN in result.text


def test_decode_meta_charset() -> None:
    text = "Zażółć gęślą jaźń"
    data = html_page(text, '<meta charset="ISO-8859-2">').encode("iso8859_2")
    result = decode_explained(data)
    assert (result.encoding, result.source) == ("iso8859_2", "meta")
    assert text in result.text


def test_decode_meta_http_equiv() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    data = html_page("“Déjà vu” – €5", head).encode("cp1252")
    result = decode_explained(data)
    assert (result.encoding, result.source) == ("cp1252", "meta")
    assert "“Déjà vu” – €5" in result.text


def test_decode_xml_declaration() -> None:
    data = f'<?xml version="1.0" encoding="koi8-r"?><doc>{RUSSIAN}</doc>'.encode("koi8_r")
    result = decode_explained(data)
    assert (result.encoding, result.source) == ("koi8_r", "xml")
    assert RUSSIAN in result.text


def test_decode_latin1_label_means_windows_1252() -> None:
    data = html_page("“quoted”", '<meta charset="iso-8859-1">').encode("cp1252")
    result = decode_explained(data)
    assert result.encoding == "cp1252"
    assert "“quoted”" in result.text


def test_decode_unknown_label_is_ignored() -> None:
    data = html_page(RUSSIAN * 5, '<meta charset="x-no-such-charset">').encode("cp1251")
    result = decode_explained(data)
    assert result.source == "detected"
    assert RUSSIAN in result.text


def test_decode_lying_latin1_declaration_on_utf8() -> None:
    data = html_page(FRENCH, '<meta charset="iso-8859-1">').encode("utf-8")
    result = decode_explained(data, "text/html; charset=ISO-8859-1")
    assert (result.encoding, result.source) == ("utf-8", "utf-8")
    assert FRENCH in result.text
    assert result.warnings == ("declared ISO-8859-1 but bytes are UTF-8",)


def test_decode_windows_1251_detected() -> None:
    data = html_page(" ".join([RUSSIAN] * 8)).encode("cp1251")
    result = decode_explained(data)
    assert (result.encoding, result.source) == ("cp1251", "detected")
    assert RUSSIAN in result.text


def test_decode_shift_jis_declared() -> None:
    text = "日本語のテキストです。これはテストです。"
    data = html_page(text, '<meta charset="shift_jis">').encode("shift_jis")
    result = decode_explained(data)
    assert (result.encoding, result.source) == ("cp932", "meta")
    assert text in result.text
    assert result.warnings == ()


def test_decode_utf8_with_lone_windows_1252_bytes() -> None:
    data = "Grüße aus München, ".encode() + b"\x93quoted\x94 and caf\xe9."
    result = decode_explained(data)
    assert result.text == "Grüße aus München, “quoted” and café."
    assert result.encoding == "utf-8"
    assert result.warnings == ("3 lone windows-1252 bytes repaired",)


def test_decode_invalid_bytes_replaced_with_warning() -> None:
    data = "Grüße aus München ".encode() + b"\x81\x8d and \xe2\x80 end"
    result = decode_explained(data)
    assert result.text == "Grüße aus München \ufffd\ufffd and \ufffd end"
    assert result.warnings == ("4 undecodable bytes replaced",)


def test_decode_declared_utf8_with_stray_byte() -> None:
    data = html_page("plain ascii \x81 text", '<meta charset="utf-8">').encode("latin-1")
    result = decode_explained(data)
    assert (result.encoding, result.source) == ("utf-8", "meta")
    assert "\ufffd" in result.text


def test_decode_ascii_fast_path() -> None:
    result = decode_explained(html_page("plain").encode())
    assert (result.encoding, result.source, result.warnings) == ("ascii", "utf-8", ())


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-32"])
def test_pages_in_utf16_and_utf32_are_pages_not_binary(codec: str) -> None:
    """Their NUL bytes are no control characters once decoded."""
    import articlex

    article = articlex.extract(html_page(FRENCH).encode(codec))
    assert article.body.startswith(FRENCH.split()[0])


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_decode_utf16_without_bom(codec: str) -> None:
    page = html_page(FRENCH)
    assert not looks_binary(page.encode(codec))
    result = decode_explained(page.encode(codec))
    assert result.text == page
    assert result.encoding == codec


def test_decode_large_utf8_page_is_fast() -> None:
    data = html_page(FRENCH * 9000).encode()
    assert len(data) > 500_000
    decode(data)
    start = time.perf_counter()
    for _ in range(10):
        decode(data)
    assert (time.perf_counter() - start) / 10 < 0.02  # ~1 ms in practice


def test_decode_large_legacy_page_is_sampled() -> None:
    data = html_page(" ".join([RUSSIAN] * 40_000)).encode("cp1251")
    start = time.perf_counter()
    result = decode_explained(data)
    assert time.perf_counter() - start < 2.0
    assert result.encoding == "cp1251"


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "hello")
    return buffer.getvalue()


BINARIES = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40),
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "gif": b"GIF89a\x01\x00\x01\x00",
    "webp": b"RIFF\x10\x00\x00\x00WEBPVP8 ",
    "ico": b"\x00\x00\x01\x00\x01\x00\x10\x10",
    "zip": _zip_bytes(),
    "gzip": gzip.compress(b"<html>hello</html>"),
    "bzip2": b"BZh91AY&SY" + bytes(20),
    "xz": b"\xfd7zXZ\x00\x00\x04",
    "7z": b"7z\xbc\xaf\x27\x1c\x00\x04",
    "rar": b"Rar!\x1a\x07\x01\x00",
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    "elf": b"\x7fELF\x02\x01\x01\x00" + bytes(8),
    "exe": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00",
    "nul-heavy": b"abc\x00\x00\x01\x00\x00def\x00\x00\x00" * 50,
}


@pytest.mark.parametrize("name", sorted(BINARIES))
def test_binary_input_raises(name: str) -> None:
    data = BINARIES[name]
    assert looks_binary(data)
    with pytest.raises(NotAPageError):
        decode(data)


@pytest.mark.parametrize(
    "data",
    [b"MZ Dance is a band", b"BZh is not bzip2", b"% PDF notes", b"one stray \x00 NUL"],
)
def test_text_is_not_binary(data: bytes) -> None:
    assert not looks_binary(data)
    assert isinstance(decode(data), str)


# --------------------------------------------------------------------------- repair

SEED = "New Zealanders … on Hamilton Island.\u201a\u00c4\u010d"


def test_seed_case() -> None:
    assert repair_text(SEED) == "New Zealanders … on Hamilton Island."
    text, steps = repair_text_explained(SEED)
    assert text == "New Zealanders … on Hamilton Island."
    assert steps == (
        "mojibake: UTF-8 read as mac_latin2 ('‚Äč' → U+200B)",
        "removed 1 zero-width space",
    )


# One sentence per code page family, in a fitting language; each garbles losslessly.
MOJIBAKE_CASES = [
    ("cp1252", "Grüße aus München, schön!"),
    ("latin_1", "Él está aquí, señor; ¿qué tal?"),
    ("mac_roman", "Voilà – naïve résumé “quoted”"),
    ("mac_latin2", "Příliš žluťoučký kůň úpěl ďábelské ódy"),
    ("mac_latin2", "Zażółć gęślą jaźń"),
    ("cp1250", "Zażółć gęślą jaźń, proszę"),
    ("cp1251", RUSSIAN),
    ("cp1253", "Él está aquí, señor"),
    ("cp1254", "Pijamalı hasta yağız şoföre çabucak güvendi"),
    ("cp1257", "Ačiū, labai gražu"),
    ("iso8859_2", "Árvíztűrő tükörfúrógép"),
    ("cp437", "Señor, el niño está aquí"),
    ("cp850", "Grüße aus München"),
    ("cp866", RUSSIAN),
    ("koi8_r", RUSSIAN),
    ("mac_cyrillic", RUSSIAN),
    ("mac_greek", "Καλημέρα κόσμε"),
]


@pytest.mark.parametrize(("codec", "sentence"), MOJIBAKE_CASES)
def test_repair_mojibake(codec: str, sentence: str) -> None:
    garbled = sentence.encode("utf-8").decode(codec)
    assert garbled != sentence
    assert repair_text(garbled) == sentence


def test_repair_mojibake_explains_code_page() -> None:
    _, steps = repair_text_explained("Příliš žluťoučký".encode().decode("mac_latin2"))
    assert any(step.startswith("mojibake: UTF-8 read as mac_latin2") for step in steps)


@pytest.mark.parametrize("layers", [2, 3])
def test_repair_repeated_mojibake(layers: int) -> None:
    sentence = "Déjà vu – ‘naïve’ café"  # stays inside windows-1252 through 3 layers
    garbled = sentence
    for _ in range(layers):
        garbled = garbled.encode("utf-8").decode("cp1252", errors="strict")
    assert repair_text(garbled) == sentence


def test_repair_double_mojibake_through_two_code_pages() -> None:
    sentence = "Grüße aus München"
    garbled = sentence.encode().decode("cp1252").encode().decode("mac_roman")
    assert repair_text(garbled) == sentence


def test_repair_partial_mojibake() -> None:
    text = "The hotel was lovely and the rÃ©sumÃ© of our stay is “très bien”."
    assert repair_text(text) == "The hotel was lovely and the résumé of our stay is “très bien”."


def test_repair_double_escaped_entities() -> None:
    assert repair_text("It&amp;rsquo;s a &amp;quot;test&amp;quot; &amp;#8212; ok") == (
        "It’s a \"test\" — ok"
    )
    assert repair_text("Fish &amp;amp; chips") == "Fish & chips"


def test_repair_leaves_entities_in_html_source_and_unknown_names() -> None:
    source = '<p class="x">Fish &amp;amp; chips</p>'
    assert repair_text(source) == source
    assert repair_text("AT&T; &nosuch; & more") == "AT&T; &nosuch; & more"


def test_repair_c1_controls() -> None:
    assert repair_text("\x93Quoted\x94 text\x85") == "“Quoted” text…"
    assert repair_text("stray\x81 control") == "stray control"


def test_repair_invisible_characters() -> None:
    text = "\ufeffin\u200bvis\u00adible\u2060 word\u200c join\u200d \u200eLatin\u200f"
    assert repair_text(text) == "invisible word join Latin"


def test_repair_keeps_bidi_marks_in_rtl_text() -> None:
    text = "שלום \u200eABC\u200f עולם"
    assert repair_text(text) == text


def test_repair_spaces() -> None:
    assert repair_text("a\u00a0b\u2009c\u202fd\u205fe\u2003f") == "a b c d e f"
    assert repair_text("東京\u3000大阪") == "東京\u3000大阪"


def test_repair_nfc() -> None:
    assert repair_text("Cafe\u0301") == "Café"


def test_repair_thai_keeps_zwsp() -> None:
    thai = "ภาษาไทย\u200bเป็น\u200bภาษา"
    assert repair_text(thai) == thai


def test_repair_persian_keeps_zwnj() -> None:
    persian = "می\u200cخواهم کتاب\u200cها را بخوانم"
    assert repair_text(persian) == persian


def test_repair_emoji_keeps_zwj() -> None:
    family = "Family: 👨\u200d👩\u200d👧 and 🏳️\u200d🌈"
    assert repair_text(family) == family


CLEAN_SENTENCES = [
    "„‚Ärger‘ ist ein deutsches Wort“, sagte sie.",
    "Příliš žluťoučký kůň úpěl ďábelské ódy.",
    "Zażółć gęślą jaźń, proszę państwa.",
    "Árvíztűrő tükörfúrógép és öt szép szűzlány.",
    "Pijamalı hasta yağız şoföre çabucak güvendi.",
    RUSSIAN,
    "Сёма и Юля поехали в Італію.",
    "Ξεσκεπάζω την ψυχοφθόρα βδελυγμία.",
    "Tiếng Việt có nhiều dấu thanh: ả, ẫ, ộ, ự.",
    "Grüße aus München! Die Straße ist schön.",
    "Où est le café ? Déjà vu, naïve façade — « voilà ».",
    "«CAFÉ» e «MAÇÃ» são palavras; IRMÃ» também.",
    "我们今天去北京，（很好）！",
    "日本語のテキスト、「引用」です。",
    "한국어 문장입니다. 감사합니다!",
    "Math: √2 ≈ 1.414, x² + y² = z², ∑ aᵢ ≥ 0, 5 °C, ±3 µm.",
    "The ‚quote‘ and the Ä and √ are real.",
    "def f(x):\n    return x ** 2  # “comment” — ok\n",
    "Full-width ，（）：；！？ stays.",
    "Lietuvių kalba: ąčęėįšųūž. Latviešu: āčēģīķļņšūž.",
    "Română: șțăîâ. Català: col·lecció.",
    "Ελληνικά: Άλφα, Έψιλον, Ήτα.",
    "Српски: Ђорђе, Љубав, Њива, Џеп.",
]


@pytest.mark.parametrize("sentence", CLEAN_SENTENCES)
def test_clean_text_unchanged(sentence: str) -> None:
    assert repair_text(sentence) == unicodedata.normalize("NFC", sentence)


def test_full_width_punctuation_kept() -> None:
    assert repair_text("你好，世界（测试）") == "你好，世界（测试）"


def test_repair_is_fast_on_clean_text() -> None:
    text = ("The quick brown fox — “jumps” over the lazy dog’s back. " * 900)[:50_000]
    repair_text(text)
    start = time.perf_counter()
    assert repair_text(text) == text
    assert time.perf_counter() - start < 0.5


# --------------------------------------------------------------------------- hypothesis


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_repair_never_raises_and_is_idempotent(text: str) -> None:
    once = repair_text(text)
    assert isinstance(once, str)
    assert repair_text(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aÃ©Â€™šœ‚Äč√ ‡¬ÐÑРСѓ╨╤\x81\x93\xa0\u200b&;#amp"))
def test_repair_idempotent_on_mojibake_alphabet(text: str) -> None:
    once = repair_text(text)
    assert repair_text(once) == once


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_arbitrary_bytes(data: bytes) -> None:
    try:
        result = decode(data)
    except NotAPageError:
        return
    assert isinstance(result, str)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([None, "text/html; charset=utf-8",
                                                 "text/html; charset=shift_jis"]))
def test_decode_arbitrary_bytes_with_header(data: bytes, content_type: str | None) -> None:
    with contextlib.suppress(NotAPageError):
        assert isinstance(decode(b"<meta charset=euc-kr>" + data, content_type), str)


