"""Undo mojibake: UTF-8 bytes that were decoded with a single-byte code page.

For each candidate code page we look for runs of characters that code page can encode,
turn them back into bytes, and decode those bytes as UTF-8 where they form valid
sequences.  A word is rewritten only if the result is less odd (see :mod:`.oddity`),
or equally odd but reached through 3- or 4-byte sequences, which do not occur by chance.
Layers are peeled one by one, so double and triple mojibake come out too.

>>> fix_mojibake("New Zealanders on Hamilton Island.‚Äč")[0]
'New Zealanders on Hamilton Island.\\u200b'
>>> fix_mojibake("CafÃ© and naÃ¯ve")[0]
'Café and naïve'
"""

from __future__ import annotations

import re
import string
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .oddity import oddity, ordinary_script, profile

# Code pages UTF-8 gets mistaken for, most common first (ties go to the earlier one),
# with the name shown in explanations.
CODEPAGES: tuple[tuple[str, str], ...] = (
    ("cp1252", "windows-1252"),
    ("latin_1", "latin-1"),
    ("mac_roman", "mac_roman"),
    ("cp1250", "windows-1250"),
    ("cp1251", "windows-1251"),
    ("iso8859_2", "iso-8859-2"),
    ("mac_latin2", "mac_latin2"),
    ("cp1253", "windows-1253"),
    ("cp1254", "windows-1254"),
    ("cp1257", "windows-1257"),
    ("cp437", "cp437"),
    ("cp850", "cp850"),
    ("cp866", "cp866"),
    ("koi8_r", "koi8-r"),
    ("mac_cyrillic", "mac_cyrillic"),
    ("mac_greek", "mac_greek"),
)
MAX_LAYERS = 3  # triple mojibake is seen in the wild; more layers is noise
WORD_CACHE_SIZE = 4096  # words repeat; repairs of a page's vocabulary stay cached
STRONG_SEQUENCE_BYTES = 3  # 3- and 4-byte UTF-8 sequences almost never arise by chance
EVIDENT_SEQUENCES = 2  # two valid sequences filling all of a word's odd characters: not chance
# An equally odd repair is still taken when it yields only characters of this range
# (General Punctuation, currency, letterlike: "‚Äč" → U+200B, "â€”" → "—") from 3- or
# 4-byte sequences: what a typesetting program emits and mojibake mangles.
TYPOGRAPHIC_FIRST, TYPOGRAPHIC_LAST = 0x2000, 0x214F


@dataclass(frozen=True)
class CodePage:
    """How one code page maps characters back to bytes, plus regexes to find them."""

    codec: str
    label: str
    # str.translate table: character -> chr(byte)
    to_bytes: dict[int, str] = field(repr=False)
    # surrogate-escaped byte -> the character it came from
    from_escape: dict[int, str] = field(repr=False)
    # 2+ non-ASCII characters this code page can encode
    run: re.Pattern[str] = field(repr=False)
    # a UTF-8 lead byte's character, then a continuation's
    pair: re.Pattern[str] = field(repr=False)
    # what U+2000–U+2FFF (lead byte E2) looks like: the only repairs of clean-looking words
    typographic: re.Pattern[str] = field(repr=False)
    # str.translate table for :func:`is_complete`: characters of the page to their byte,
    # ASCII to itself, any other character to a space (it cuts a UTF-8 sequence short)
    strict: dict[int, int] = field(repr=False)


def _char_class(chars: list[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in chars) + "]"


def _upper_half(codec: str) -> dict[int, str]:
    """Byte -> character for 0x80–0xFF; undefined bytes pass through as U+0080–U+00FF
    (sloppy, as browsers and many programs read them)."""
    by_byte: dict[int, str] = {}
    for byte in range(0x80, 0x100):
        try:
            by_byte[byte] = bytes([byte]).decode(codec)
        except UnicodeDecodeError:
            by_byte[byte] = chr(byte)
    return by_byte


def _leads_and_conts(by_byte: dict[int, str]) -> tuple[list[str], list[str]]:
    """Characters standing for UTF-8 lead bytes (C2–F4) and continuation bytes (80–BF)."""
    leads = [ch for byte, ch in by_byte.items() if 0xC2 <= byte <= 0xF4]
    return leads, [ch for byte, ch in by_byte.items() if 0x80 <= byte <= 0xBF]


class _StrictTable(dict[int, int]):
    """Byte of each character of a code page; ASCII stays, anything else becomes a space."""

    def __missing__(self, code: int) -> int:
        self[code] = value = code if code < 0x80 else 0x20
        return value


def _build(codec: str, label: str) -> CodePage:
    """Tabulate the upper half of ``codec`` and compile its regexes."""
    by_byte = _upper_half(codec)
    leads, conts = _leads_and_conts(by_byte)
    return CodePage(
        codec=codec,
        label=label,
        to_bytes={ord(ch): chr(byte) for byte, ch in by_byte.items()},
        from_escape={0xDC00 + byte: ch for byte, ch in by_byte.items()},
        run=re.compile(_char_class(list(by_byte.values())) + "{2,}"),
        pair=re.compile(_char_class(leads) + _char_class(conts)),
        typographic=re.compile(re.escape(by_byte[0xE2]) + _char_class(conts) + "{2}"),
        strict=_StrictTable({ord(ch): byte for byte, ch in by_byte.items()}),
    )


@cache
def codepages() -> tuple[CodePage, ...]:
    """All candidate code pages, built once on first use."""
    return tuple(_build(codec, label) for codec, label in CODEPAGES)


@cache
def any_typographic() -> re.Pattern[str]:
    """What U+2000–U+2FFF looks like in any code page: a prefilter."""
    conts = {ch for page in codepages() for ch in _leads_and_conts(_upper_half(page.codec))[1]}
    e2 = sorted({bytes([0xE2]).decode(page.codec) for page in codepages()})
    return re.compile(_char_class(e2) + _char_class(sorted(conts)) + "{2}")


@cache
def any_pair() -> re.Pattern[str]:
    """A lead character of any code page followed by a continuation of any: a prefilter."""
    leads: set[str] = set()
    conts: set[str] = set()
    for codec, _ in CODEPAGES:
        page_leads, page_conts = _leads_and_conts(_upper_half(codec))
        leads.update(page_leads)
        conts.update(page_conts)
    return re.compile(_char_class(sorted(leads)) + _char_class(sorted(conts)))


@dataclass(frozen=True)
class Layer:
    """One peeled layer: the code page, the (garbled, restored) pieces, and whether every
    character of the page in the word took part in a valid UTF-8 sequence."""

    codepage: CodePage
    pieces: tuple[tuple[str, str], ...]
    complete: bool = False

    @property
    def evident(self) -> bool:
        """Complete, and more than one sequence or a long one: chance does not do this."""
        return self.complete and (
            len(self.pieces) >= EVIDENT_SEQUENCES
            or any(len(bad) >= STRONG_SEQUENCE_BYTES for bad, _ in self.pieces)
        )


def is_complete(word: str, page: CodePage) -> bool:
    """Whether the characters of ``word`` that ``page`` can encode are all valid UTF-8.

    >>> page = codepages()[0]
    >>> is_complete("cafÃ©", page), is_complete("café", page), is_complete("Ã©tÃ", page)
    (True, False, False)
    """
    try:
        word.translate(page.strict).encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def peel(word: str, page: CodePage) -> tuple[str, Layer] | None:
    """Re-encode the runs of ``word`` with ``page`` and decode valid UTF-8 inside them.

    Returns None when nothing decodes or a decoded character is unassigned/private.
    """
    out, pieces, last = [], [], 0
    for match in page.run.finditer(word):
        run = match.group()
        decoded = run.translate(page.to_bytes).encode("latin-1").decode("utf-8", "surrogateescape")
        if len(decoded) == len(run):
            continue  # nothing but escaped bytes: no valid sequence here
        pos = 0
        for ch in decoded:
            if "\udc80" <= ch <= "\udcff":
                pos += 1
                continue
            if profile(ch)[0] == "B":
                return None
            size = len(ch.encode("utf-8"))
            pieces.append((run[pos : pos + size], ch))
            pos += size
        out += [word[last : match.start()], decoded.translate(page.from_escape)]
        last = match.end()
    if not pieces:
        return None
    out.append(word[last:])
    return "".join(out), Layer(page, tuple(pieces), is_complete(word, page))


Chain = tuple[tuple[Layer, ...], str]  # the layers peeled, and what the last was peeled from


def _chains(word: str, depth: int) -> dict[str, list[Chain]]:
    """Every rewrite of ``word`` reachable by peeling up to ``depth`` layers.

    Maps each rewrite to the shortest ways of reaching it (several code pages often
    give the same rewrite: each is kept, so the words of a line can vote on them).
    """
    found: dict[str, list[Chain]] = {}

    def add(fixed: str, chain: Chain) -> None:
        known = found.setdefault(fixed, [chain])
        if known[0] is chain:
            return
        if len(chain[0]) < len(known[0][0]):
            known[:] = [chain]
        elif len(chain[0]) == len(known[0][0]):
            known.append(chain)

    for page in codepages():
        if page.pair.search(word) is None:
            continue
        peeled = peel(word, page)
        if peeled is None:
            continue
        fixed, layer = peeled
        add(fixed, ((layer,), word))
        if depth > 1 and (oddity(fixed) > 0 or layer.complete):
            for deeper, chains in _chains(fixed, depth - 1).items():
                for layers, parent in chains:
                    add(deeper, ((layer, *layers), parent))
    return found


def _is_strong(layers: tuple[Layer, ...]) -> bool:
    return all(len(bad) >= STRONG_SEQUENCE_BYTES for layer in layers for bad, _ in layer.pieces)


def _is_typographic(ch: str) -> bool:
    """Punctuation, spaces, format and currency/letterlike symbols of U+2000–U+214F."""
    return TYPOGRAPHIC_FIRST <= ord(ch) <= TYPOGRAPHIC_LAST and profile(ch)[0] not in "NULOM"


def _accepted(before: str, after: str, layers: tuple[Layer, ...]) -> bool:
    """Is ``after`` (peeled from ``before`` through ``layers``) a real improvement?

    Less odd; or no odder and every layer evident (see :attr:`Layer.evident`); or
    equally odd and made of typographic characters from long sequences. In each case a
    word of ordinary letters must stay letters of its script ("Ôéí" is a word, not
    cp850's reading of "₡").
    """
    if not _same_kind(before, after):
        return False
    old, new = oddity(before), oddity(after)
    if new < old:
        return True
    if new == old and all(layer.evident for layer in layers):
        return True
    return (
        new == old
        and _is_strong(layers)
        and all(_is_typographic(ch) for _, ch in layers[-1].pieces)
    )


_ASCII_PUNCTUATION = string.punctuation


def _script(word: str) -> str | None:
    return ordinary_script(word.strip(_ASCII_PUNCTUATION))


def _same_kind(before: str, after: str, allowed: frozenset[str | None] = frozenset()) -> bool:
    """A word that reads as ordinary letters of one script ("там") is taken as mojibake
    on evidence alone only if it turns into letters of that script ("Ňėidińć" → "Řidič"),
    or of a script in ``allowed``, not into a sign of another ("там" read as cp866 is a
    Braille pattern)."""
    script = _script(before)
    return script is None or _script(after) in {script, *allowed}


def _evident_chain(before: str, after: str, layers: tuple[Layer, ...]) -> bool:
    """Every layer complete, the outermost evident, and no odder: double mojibake of
    a short word, whose inner layer alone would be too short to judge."""
    return (
        layers[0].evident
        and all(layer.complete for layer in layers)
        and oddity(after) <= oddity(before)
        and _same_kind(before, after)
    )


def _could_be_mojibake(word: str) -> bool:
    """Cheap test before the search: odd, typographic-looking, or complete in some page."""
    if any_typographic().search(word) is not None or oddity(word) > 0:
        return True
    for page in codepages():
        if page.pair.search(word) is not None and is_complete(word, page):
            return True
    return False


@dataclass(frozen=True)
class Repair:
    """An accepted rewrite of a word: the text, its layers, and how it ranks."""

    fixed: str
    layers: tuple[Layer, ...]
    # oddity, incomplete layers, whether the last page would peel it again, layers, length
    rank: tuple[int, int, int, int, int]

    @property
    def chain(self) -> tuple[str, ...]:
        return tuple(layer.codepage.codec for layer in self.layers)


def _peels_again(text: str, page: CodePage) -> int:
    """1 when ``page`` would peel ``text`` completely once more: a layer is left."""
    return int(page.pair.search(text) is not None and is_complete(text, page))


@lru_cache(maxsize=WORD_CACHE_SIZE)
def word_repairs(word: str) -> tuple[Repair, ...]:
    """The accepted rewrites of one whitespace-free ``word``, best first.

    The last layer peeled must improve on its own input, the result must improve on
    ``word``, and a clean-looking intermediate is peeled further only when complete.
    """
    if not _could_be_mojibake(word):
        return ()
    found = []
    for fixed, chains in _chains(word, MAX_LAYERS).items():
        for layers, parent in chains:
            if not (
                _evident_chain(word, fixed, layers)
                or (_accepted(parent, fixed, layers[-1:]) and _accepted(word, fixed, layers))
            ):
                continue
            incomplete = sum(not layer.complete for layer in layers)
            unfinished = _peels_again(fixed, layers[-1].codepage)
            rank = (oddity(fixed), incomplete, unfinished, len(layers), len(fixed))
            found.append(Repair(fixed, layers, rank))
    return tuple(sorted(found, key=lambda repair: repair.rank))


def repair_word(word: str) -> tuple[str, tuple[Layer, ...]] | None:
    """The best mojibake repair of one word taken alone, or None to keep it.

    >>> repair_word("RÃ©sumÃ©")[0]
    'Résumé'
    >>> repair_word("‚Ärger‘") is None
    True
    """
    repairs = word_repairs(word)
    return (repairs[0].fixed, repairs[0].layers) if repairs else None


def peel_chain(
    word: str, chain: tuple[str, ...], scripts: frozenset[str | None] = frozenset()
) -> Repair | None:
    """Peel ``word`` through the code pages of ``chain``, each layer complete, no odder;
    a word of ordinary letters may turn only into its own script or one of ``scripts``."""
    pages = {page.codec: page for page in codepages()}
    text, layers = word, []
    for codec in chain:
        peeled = peel(text, pages[codec])
        if peeled is None or not peeled[1].complete:
            return None
        text = peeled[0]
        layers.append(peeled[1])
    if oddity(text) > oddity(word) or not _same_kind(word, text, scripts):
        return None
    unfinished = _peels_again(text, layers[-1].codepage)
    return Repair(text, tuple(layers), (oddity(text), 0, unfinished, len(layers), len(text)))


_WORD = re.compile(r"[^ \t\n\r\f\v]+")


def _candidate_words(line: str) -> list[re.Match[str]]:
    """Words of ``line`` holding a lead/continuation pair of some code page."""
    prefilter = any_pair()
    if prefilter.search(line) is None:
        return []
    return [
        match
        for match in _WORD.finditer(line)
        if not match.group().isascii() and prefilter.search(match.group())
    ]


def _line_repairs(words: list[str]) -> list[Repair | None]:
    """Choose a repair for each word of one line, letting the words agree on a chain.

    Each word's own best repairs vote for their chains.  A word with several equally
    good repairs takes the one the line votes for most; a word with no repair of its
    own is peeled through the line's chains when that is complete and no odder.
    """
    options = [word_repairs(word) for word in words]
    if not any(options):
        return [None] * len(words)
    votes: Counter[tuple[str, ...]] = Counter()
    scripts: set[str | None] = set()  # what the line's repairs turned into
    for repairs in options:
        if repairs:
            votes.update({r.chain for r in repairs if r.rank[:3] == repairs[0].rank[:3]})
            scripts.add(_script(repairs[0].fixed))
    ranked = [chain for chain, _ in votes.most_common()]
    chosen: list[Repair | None] = []
    for word, repairs in zip(words, options, strict=True):
        if repairs:
            chosen.append(min(repairs, key=lambda r: (r.rank[:3], -votes[r.chain], r.rank[3:])))
            continue
        agreed = None
        for chain in ranked:
            agreed = peel_chain(word, chain, frozenset(scripts))
            if agreed is not None:
                break
        chosen.append(agreed)
    return chosen


def fix_mojibake(text: str) -> tuple[str, list[Layer]]:
    """Repair mojibake word by word, line by line; return the text and the layers peeled."""
    if text.isascii() or any_pair().search(text) is None:
        return text, []
    out: list[str] = []
    layers: list[Layer] = []
    # Lines end at "\n" only: str.splitlines would also cut at U+0085, which mojibake
    # makes of the byte 0x85 in the middle of words.
    for line in text.split("\n"):
        matches = [] if line.isascii() else _candidate_words(line)
        repairs = _line_repairs([m.group() for m in matches]) if matches else []
        last = 0
        for match, repair in zip(matches, repairs, strict=True):
            if repair is not None:
                out += [line[last : match.start()], repair.fixed]
                layers += repair.layers
                last = match.end()
        out.append(line[last:] + "\n")
    return ("".join(out)[:-1], layers) if layers else (text, [])


def _show(text: str) -> str:
    if len(text) == 1 and (not text.isprintable() or text.isspace()):
        return f"U+{ord(text):04X}"
    shown = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in text)
    return f"'{shown}'"


def describe(layers: list[Layer]) -> list[str]:
    """Human-readable steps, one per code page: first example and how many places.

    >>> describe(fix_mojibake("on Hamilton Island.‚Äč")[1])
    ["mojibake: UTF-8 read as mac_latin2 ('‚Äč' → U+200B)"]
    """
    examples: dict[str, tuple[str, str, int]] = {}
    for layer in layers:
        bad, good = layer.pieces[0]
        label = layer.codepage.label
        first = examples.get(label, (bad, good, 0))
        examples[label] = (first[0], first[1], first[2] + len(layer.pieces))
    steps = []
    for label, (bad, good, count) in examples.items():
        more = f", {count} places" if count > 1 else ""
        steps.append(f"mojibake: UTF-8 read as {label} ({_show(bad)} → {_show(good)}){more}")
    return steps
