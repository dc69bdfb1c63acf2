"""Split a flattened tag line back into its tags.

When a page is flattened to text, a list of tag links loses its separators:
``"governmentsonyintrusionSony Pictures"`` was four links.  A space never splits
a tag (it was inside a link text); a boundary is where one tag ends and the next
begins with no space between them.  Evidence for a boundary is

* a case change (``"intrusionSony"``), or an acronym followed by a capitalised
  word (``"NASASpaceX"``), and
* a word boundary inside a run of letters, found by a least-cost segmentation
  over a lexicon: the page's own words plus wordfreq's list for the language.

A piece is kept whole when it is itself a known word ("cybersecurity") or a
CamelCase word seen on the page or in wordfreq ("YouTube", "iPhone").

>>> split_tags("governmentsonyintrusionSony Pictures")
['government', 'sony', 'intrusion', 'Sony Pictures']
"""

from __future__ import annotations

import copy
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

__all__ = ["Lexicon", "segment_run", "split_spaced_tags", "split_tags"]

# --- Tunable numbers --------------------------------------------------------

# Longest piece the segmentation tries (capped further by the longest word in
# the lexicon, 21 for English): German compounds reach ~30 letters, and the cap
# bounds the work to O(n * MAX_WORD_LEN).
MAX_WORD_LEN = 30
# Below this Zipf value a wordfreq entry is mostly noise (typos, fragments such
# as "ony"), so the string does not count as a known word.
MIN_ZIPF = 2.5
# Pieces this short ("en", "is", "de") hide inside many words and names, so they
# only count as words when written as an acronym ("US", "UK", "TV").
SHORT_WORD_LEN = 2
# A CamelCase string spanning a case change stays whole if wordfreq knows it at
# least this well ("spacex" 3.41, "wordpress" 3.57, "macos" 3.02).
CAMEL_MIN_ZIPF = 3.0
# A word seen on the page is treated as at least this frequent.
PAGE_WORD_ZIPF = 4.0
# A CamelCase word seen on the page exactly as written is strong evidence.
PAGE_CAMEL_ZIPF = 6.0
# Costs are -log10 probabilities: a word's cost is ZIPF_CEILING - zipf.
ZIPF_CEILING = 9.0
# Added per piece, so that a split must pay for itself ("facebook" vs "face book").
PIECE_COST = 1.0
# Cost of a piece that is not a known word, so an unknown name is only carved
# off when the known remainder is long ("Zelenskyyimmigration")...
UNKNOWN_PIECE_COST = 14.0
# ...plus a per-character cost above a known word's (~0.5-1 per character), so
# a long unknown run loses to a chain of known words.
UNKNOWN_CHAR_COST = 1.0
# Shortest CamelCase whole ("iOS"): shorter ones ("tG") are chance matches.
CAMEL_MIN_LEN = 3
# Cost of an all-digit piece ("2024"): years and numbers are plausible tags.
NUMBER_ZIPF = 4.0

# --- Patterns ---------------------------------------------------------------

# Explicit separators: always split.  "#" only where it starts a hashtag.
_SEPARATORS = re.compile(r"[,;|·•\n\r\t\u3001\uff0c\uff1b\u060c]|#(?=\w)")
_SUBTOKEN = re.compile(r"[^\W_]+")
# Punctuation after which a capitalised word starts a new tag ("U.S.Politics").
_CLOSERS = frozenset('.!?:)]»"”')
# Characters trimmed from both ends of a tag ("#" and "@" only from the start,
# so "C#" survives).
_TRIM = "*\"'“”‘’«»„,;:|·•-–—_/\\ \u00a0"


class Lexicon:
    """Page words (exact and casefolded) plus the wordfreq language.

    Build one per page and pass it to :func:`split_tags` for every line of that page:
    making one reads every word.

    >>> lexicon = Lexicon(["cybersecurity", "Sony"], "en")
    >>> split_tags("hackingcybersecurity", lexicon=lexicon)
    ['hacking', 'cybersecurity']
    """

    def __init__(self, words: Iterable[str], language: str | None) -> None:
        self.exact = frozenset(w.strip() for w in words if w and w.strip())
        self.folded = frozenset(w.casefold() for w in self.exact)
        self.language = _wordfreq_language(language or "en")  # None: unknown
        longest = max(map(len, self.folded), default=0)
        if self.language:
            longest = max(longest, _longest_word(self.language))
        self.max_word_len = min(MAX_WORD_LEN, longest)
        self._spellings: Counter[str] | None = None

    def without(self, words: Iterable[str]) -> Lexicon:
        """The same lexicon less some words, for a line whose own words must not count
        (set differences over the few words dropped: the page is not read again)."""
        drop = frozenset(words) & self.exact
        if not drop:
            return self
        lexicon = copy.copy(self)
        lexicon.exact = self.exact - drop
        spellings = Counter(w.casefold() for w in self.exact) if self._spellings is None \
            else self._spellings
        self._spellings = spellings  # how many spellings fold to each key, made once
        gone = Counter(w.casefold() for w in drop)
        lexicon.folded = self.folded - {k for k, n in gone.items() if spellings[k] <= n}
        return lexicon

    @property
    def can_split_words(self) -> bool:
        return bool(self.folded) or self.language is not None


# --- wordfreq ---------------------------------------------------------------


@lru_cache(maxsize=8)
def _wordfreq_language(language: str) -> str | None:
    """Return the wordfreq code for ``language`` ("en-US" -> "en"), or None."""
    try:
        from wordfreq import available_languages
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return None
    code = language.strip().lower().replace("_", "-")
    langs = available_languages(wordlist=WORDLIST)
    for candidate in (code, code.split("-")[0]):
        if candidate in langs:
            return candidate
    return None


#: wordfreq's "small" lists hold the words used at least once per million (zipf >= 3):
#: every word a tag is likely made of, in a tenth of the memory and load time of the
#: full lists (29 thousand English words: ~1 MB and 15 ms instead of ~37 MB and 200 ms).
WORDLIST = "small"


@lru_cache(maxsize=8)
def _frequency_dict(language: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict(language, wordlist=WORDLIST)


@lru_cache(maxsize=8)
def _longest_word(language: str) -> int:
    """Length of the longest word wordfreq knows well enough (21 for "en")."""
    min_freq = 10 ** (MIN_ZIPF - 9.0)
    return max((len(w) for w, f in _frequency_dict(language).items() if f >= min_freq), default=0)


@lru_cache(maxsize=65536)
def _zipf(word: str, language: str) -> float:
    """Zipf frequency of a casefolded word, like ``wordfreq.zipf_frequency``.

    Reading wordfreq's frequency table directly is ~100x faster than
    ``zipf_frequency``, which re-tokenizes its argument on every call.
    """
    freq = _frequency_dict(language).get(word, 0.0)
    return math.log10(freq) + 9.0 if freq > 0 else 0.0


# --- Costs ------------------------------------------------------------------


@lru_cache(maxsize=1 << 18)
def _word_cost(word: str, language: str | None) -> tuple[str, float]:
    """Page-lexicon key and wordfreq-only cost of one alphanumeric word.

    The key is "" for strings that never count as words (single letters...).
    """
    key = word.casefold()
    if key.isdigit():
        return key, ZIPF_CEILING - NUMBER_ZIPF
    # Figures stick to the end of a word ("covid19"), not to its start: "2019luxury" is
    # a year and a word.
    letters = key.rstrip("0123456789")
    if not letters.isalpha() or (
        len(letters) <= SHORT_WORD_LEN and not (len(letters) > 1 and word.isupper())
    ):
        return "", UNKNOWN_PIECE_COST + UNKNOWN_CHAR_COST * len(word)
    zipf = _zipf(letters, language) if language else 0.0
    if zipf < MIN_ZIPF:
        return letters, UNKNOWN_PIECE_COST + UNKNOWN_CHAR_COST * len(word)
    return letters, ZIPF_CEILING - zipf


def _plain_cost(piece: str, lex: Lexicon) -> float:
    """Cost of a piece that spans no case change: one per piece plus its words."""
    cost = PIECE_COST
    for sub in [piece] if piece.isalnum() else _SUBTOKEN.findall(piece):
        key, sub_cost = _word_cost(sub, lex.language)
        if key in lex.folded:
            sub_cost = min(sub_cost, ZIPF_CEILING - PAGE_WORD_ZIPF)
        cost += sub_cost
    return cost


def _camel_cost(piece: str, lex: Lexicon) -> float:
    """Cost of a piece spanning a case change; ``math.inf`` unless a known whole."""
    zipf = _camel_zipf(piece, lex)
    return PIECE_COST + ZIPF_CEILING - zipf if zipf else math.inf


def _camel_zipf(piece: str, lex: Lexicon) -> float:
    """Frequency of a CamelCase piece that may stay whole, 0 if it must split."""
    if piece in lex.exact:
        return PAGE_CAMEL_ZIPF
    if len(piece) < CAMEL_MIN_LEN or not piece.isalnum():
        return 0.0
    key = piece.casefold()
    zipf = _zipf(key, lex.language) if lex.language else 0.0
    if key in lex.folded:
        zipf = max(zipf, PAGE_WORD_ZIPF)
    return zipf if zipf >= CAMEL_MIN_ZIPF else 0.0


# --- Boundaries -------------------------------------------------------------


def _word_start(run: str, i: int) -> bool:
    """True if position ``i`` starts a word inside ``run`` (apostrophes join)."""
    return i == 0 or not (run[i - 1].isalnum() or run[i - 1] in "'’")


def _forced_cut(run: str, p: int) -> bool:
    """True if the run must split before ``run[p]`` unless a known whole spans it."""
    prev, cur = run[p - 1], run[p]
    if not cur.isupper():
        return False
    starts_word = p + 1 < len(run) and run[p + 1].islower()
    if prev.islower():
        return _cut_after_lower(run, p)
    if prev.isdigit():
        return starts_word  # "COVID19Vaccine" but not "3DPrinting"
    if prev.isupper():  # "NASASpaceX": acronym, then a capitalised word
        return _cut_after_acronym(run, p)
    return prev in _CLOSERS and starts_word  # "U.S.Politics"


def _cut_after_lower(run: str, p: int) -> bool:
    """A capital after a small letter starts a word, but in a name spelt so."""
    if _word_start(run, p - 1):
        return False  # "iPhone", "eBay": one lowercase letter then uppercase
    if p >= 2 and run[p - 2].isupper() and _word_start(run, p - 2):
        return False  # "McDonald", "DeSantis", "LeBron": a name particle
    return p + 1 < len(run)  # "SpaceX": a trailing lone capital stays


def _cut_after_acronym(run: str, p: int) -> bool:
    """A capital after capitals starts a word when two small letters follow it and an
    acronym of two letters or figures at least stands before it ("NASASpaceX")."""
    two_lower = p + 2 < len(run) and run[p + 1].islower() and run[p + 2].islower()
    return two_lower and p >= 2 and (run[p - 2].isupper() or run[p - 2].isdigit())


def _optional_cut(run: str, p: int) -> bool:
    """True if a lexical word boundary may fall before ``run[p]``."""
    prev, cur = run[p - 1], run[p]
    return cur.isalpha() and (prev.isalpha() or prev.isdigit())


def _has_uncased_letters(run: str) -> bool:
    """True for CJK, Thai, Arabic...: scripts whose words we do not split."""
    return any(c.isalpha() and c.lower() == c.upper() for c in run)


# --- Segmentation -----------------------------------------------------------


def _run_cuts(run: str, lex: Lexicon) -> list[int]:
    """Cut positions inside a whitespace-free ``run`` (least-cost segmentation)."""
    n = len(run)
    if n < 2 or _has_uncased_letters(run):
        return []
    forced = [p for p in range(1, n) if _forced_cut(run, p)]
    optional = [p for p in range(1, n) if lex.can_split_words and _optional_cut(run, p)]
    if not optional:
        return forced  # nothing to weigh: every forced cut is taken
    points = sorted({0, n, *forced, *optional})
    forced_upto = [0] * (n + 1)  # forced_upto[p]: number of forced cuts <= p
    for p in forced:
        forced_upto[p] = 1
    for p in range(1, n + 1):
        forced_upto[p] += forced_upto[p - 1]
    back = _best_path(run, points, forced_upto, lex)
    cuts, k = [], back[-1]
    while k > 0:
        cuts.append(points[k])
        k = back[k]
    return cuts[::-1]


def _best_path(run: str, points: list[int], forced_upto: list[int], lex: Lexicon) -> list[int]:
    """Dynamic programming over cut ``points``; returns back-pointers (indices).

    A piece spanning a forced cut must be a known CamelCase whole ("YouTube").
    Pieces are at most ``lex.max_word_len`` long, except one that starts at the
    last forced cut, so a long unknown stretch can stay whole.
    """
    camel_costs: dict[str, float] = {}
    word_cost, language, page_words = _word_cost, lex.language, lex.folded
    page_cost = ZIPF_CEILING - PAGE_WORD_ZIPF
    best = [0.0]
    back = [-1]
    chunk = 0  # index in points of the last forced cut
    for k in range(1, len(points)):
        i = points[k]
        start = bisect_left(points, i - lex.max_word_len, 0, k)
        best_cost, best_m = math.inf, -1
        for m in range(start, k) if chunk >= start else (chunk, *range(start, k)):
            j = points[m]
            piece = run[j:i]
            camel = forced_upto[i - 1] > forced_upto[j]
            if camel:
                cost = camel_costs.get(piece)
                if cost is None:
                    cost = camel_costs[piece] = _camel_cost(piece, lex)
            elif piece.isalnum():  # inlined _plain_cost: this loop is the hot path
                key, cost = word_cost(piece, language)
                if key in page_words:
                    cost = min(cost, page_cost)
                cost += PIECE_COST
            else:
                cost = _plain_cost(piece, lex)
            cost += best[m]
            if cost < best_cost:
                best_cost, best_m = cost, m
        best.append(best_cost)
        back.append(best_m)
        if forced_upto[i] > forced_upto[i - 1]:
            chunk = k
    return back


def segment_run(
    word: str, lexicon: Iterable[str] | Lexicon = (), language: str | None = None
) -> list[str]:
    """Split one run of characters without spaces into its pieces.

    >>> segment_run("governmentsonyintrusionSony")
    ['government', 'sony', 'intrusion', 'Sony']
    """
    lex = lexicon if isinstance(lexicon, Lexicon) else Lexicon(lexicon, language)
    bounds = [0, *_run_cuts(word, lex), len(word)]
    return [word[a:b] for a, b in pairwise(bounds) if a < b]


# --- Tag line ---------------------------------------------------------------


def _trim(tag: str) -> str:
    """Collapse inner whitespace and trim surrounding punctuation."""
    tag = " ".join(tag.split()).strip(_TRIM).lstrip("#@").strip(_TRIM)
    if tag.startswith("(") and tag.endswith(")"):
        tag = tag[1:-1].strip(_TRIM)
    if tag.endswith((".", "…")) and tag.count(".") < 2:
        tag = tag.rstrip(".…").strip(_TRIM)  # keep "U.S." but not "news."
    return tag


def _split_piece(piece: str, lex: Lexicon) -> list[str]:
    """Split one separator-free piece at the no-space boundaries of its runs."""
    cuts = [0]
    for match in re.finditer(r"\S+", piece):
        cuts.extend(match.start() + c for c in _run_cuts(match.group(), lex))
    cuts.append(len(piece))
    return [piece[a:b] for a, b in pairwise(cuts)]


def split_tags(
    text: str, *, lexicon: Iterable[str] | Lexicon = (), language: str | None = None
) -> list[str]:
    """Split a flattened tag line (without its "Tags" label) into tags.

    ``lexicon`` holds words seen on the page (any case; exact spellings protect
    CamelCase names), or is a :class:`Lexicon` made once for the page (its language
    is then the lexicon's); ``language`` is a language code for wordfreq ("en" when
    None).  Duplicates are removed case-insensitively, keeping the first.

    >>> split_tags("governmentsonyintrusionSony Pictures")
    ['government', 'sony', 'intrusion', 'Sony Pictures']
    """
    lex = lexicon if isinstance(lexicon, Lexicon) else Lexicon(lexicon, language)
    tags: list[str] = []
    seen: set[str] = set()
    for piece in _SEPARATORS.split(text):
        for raw in _split_piece(piece, lex):
            tag = _trim(raw)
            key = tag.casefold()
            if tag and key not in seen:
                seen.add(key)
                tags.append(tag)
    return tags


# --- Tags flattened with plain spaces ------------------------------------------

#: A lower-case word this short ("and", "de", "of") joins the words of one tag; it
#: marks no boundary between tags.
JOINER_MAX_LEN = 3
#: A tag line is taken apart at spaces only from this many words on.
SPACED_MIN_WORDS = 3
_PAGE_TOKEN_TRIM = "\"'“”‘’«»()[]{},;:!?.…"


def split_spaced_tags(text: str, page_text: str, language: str | None = None) -> list[str]:
    """Split tags that a flattened page separated by plain spaces, where the page shows
    the boundaries: a lower-case word then a capitalised one ("… pirro Ilhan Omar"), two
    capitalised words then a lower-case one ("Ilhan Omar death threat"), and inside
    those stretches the phrases the page's own text uses. Without such evidence the
    text stays one tag, but for a line in small letters only with no word that joins
    others ("and", "de"): its words are the tags ("flu vaccine clinics").

    >>> split_spaced_tags("Ann Poe library budget Tom Roe", "Ann Poe said")
    ['Ann Poe', 'library budget', 'Tom Roe']
    >>> split_spaced_tags("Kristi Noem South Dakota", "In South Dakota, Kristi Noem said")
    ['Kristi Noem', 'South Dakota']
    >>> split_spaced_tags("Kristi Lee Noem South Dakota", "In South Dakota, Noem said")
    ['Kristi Lee Noem', 'South Dakota']
    >>> split_spaced_tags("Trump impeachment inquiry", "The inquiry went on")
    ['Trump impeachment inquiry']
    >>> split_spaced_tags("flu vaccine clinics", "The clinics open")
    ['flu', 'vaccine', 'clinics']
    >>> split_spaced_tags("bread and butter", "Bread")
    ['bread and butter']
    """
    words = text.split()
    if len(words) < SPACED_MIN_WORDS:
        return [text]
    page = " " + " ".join(t.strip(_PAGE_TOKEN_TRIM) for t in page_text.casefold().split()) + " "
    if f" {text.casefold()} " in page:
        return [text]
    tags: list[str] = []
    for a, b in pairwise([0, *_case_boundaries(words), len(words)]):
        tags.extend(_page_phrases(words[a:b], page))
    if len(tags) == 1 and all(w.isalpha() and w.islower() and not _joins(w, language)
                              for w in words):
        return words
    return tags


#: A word of three letters this frequent (Zipf) is a function word that joins the words
#: of one tag ("and" 7.4, "the" 7.7, "for" 7.0 in English; "sad" 4.8, "car" 5.5, "jam"
#: 4.2 are tags of their own).
JOINER_MIN_ZIPF = 6.5


def _joins(word: str, language: str | None) -> bool:
    """True for a word that joins others into one tag: two letters at most ("de", "of"),
    or a function word of three in English or the page's language ("and", "und", "com")."""
    if len(word) < JOINER_MAX_LEN:
        return True
    if len(word) > JOINER_MAX_LEN:
        return False
    languages = {"en", *filter(None, [_wordfreq_language(language or "en")])}
    return any(_zipf(word, lang) >= JOINER_MIN_ZIPF for lang in languages)


def _case_boundaries(words: list[str]) -> list[int]:
    """Where one tag ends and the next begins, by the case of the words."""
    cased = [_case_of(w) for w in words]
    return [
        i for i in range(1, len(words))
        if (cased[i - 1], cased[i]) == ("lower", "upper")
        or (i >= 2 and (cased[i - 2], cased[i - 1], cased[i]) == ("upper", "upper", "lower"))
    ]


def _page_phrases(words: list[str], page: str) -> list[str]:
    """The words cut into the fewest pieces of which those of several words occur in the
    page's text; the words whole when the page holds none of their phrases."""
    best: list[tuple[int, int]] = [(0, 0)]  # (pieces so far, start of the last piece)
    for end in range(1, len(words) + 1):
        best.append(min(
            (best[start][0] + 1, start)
            for start in range(end)
            if end - start == 1 or f" {' '.join(words[start:end]).casefold()} " in page
        ))
    cuts, end = [], len(words)
    while end > 0:
        cuts.append(end)
        end = best[end][1]
    bounds = [0, *cuts[::-1]]
    if all(b - a == 1 for a, b in pairwise(bounds)):
        return [" ".join(words)]
    # Single words side by side, none in a phrase the page uses, are one tag: the page
    # shows no boundary between them ("Kristi Noem" beside "South Dakota").
    pieces: list[tuple[int, int, bool]] = []  # (start, end, of single words only)
    for a, b in pairwise(bounds):
        if b - a == 1 and pieces and pieces[-1][2]:
            pieces[-1] = (pieces[-1][0], b, True)
        else:
            pieces.append((a, b, b - a == 1))
    return [" ".join(words[a:b]) for a, b, _ in pieces]


def _case_of(word: str) -> str:
    """"upper" for a capitalised word, "lower" for a lower-case one (not a short joiner),
    "" otherwise (figures, a joiner)."""
    first = next((ch for ch in word if ch.isalpha()), "")
    if not first or first.lower() == first.upper():
        return ""
    if first.isupper():
        return "upper"
    return "lower" if len(word) > JOINER_MAX_LEN else ""
