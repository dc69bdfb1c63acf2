"""The decoding benchmark: the benchmark pages re-encoded in the legacy encodings of their
language, declared correctly, not at all, as UTF-8, or as another legacy encoding.

The pages are stored as UTF-8. Each page gets the legacy encodings its script was written
in (see :data:`FAMILIES`); a page whose letters do not fit an encoding is left out of it
and counted. Characters other than letters that do not fit become numeric character
references, as a legacy publishing system would write them. The expected text is the
page as those bytes mean it; a decoder scores when it returns exactly that text.
"""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import charset_normalizer
from bs4 import UnicodeDammit

import articlex
from benchmarks.data import data_present, load_refs, read_html
from benchmarks.report import table

# Script of the page's letters -> (label, Python codec, label declared when "wrong").
# Latin pages take the first Latin family whose code page holds all their letters.
FAMILIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "japanese": (("shift_jis", "cp932", "euc-kr"), ("euc-jp", "euc_jp", "gbk")),
    "korean": (("euc-kr", "euc_kr", "shift_jis"),),
    "chinese": (("gbk", "gbk", "big5"), ("big5", "big5", "gbk")),
    "cyrillic": (("windows-1251", "cp1251", "windows-1252"), ("koi8-r", "koi8_r", "windows-1251")),
    "greek": (
        ("windows-1253", "cp1253", "windows-1252"),
        ("iso-8859-7", "iso8859_7", "windows-1252"),
    ),
    "arabic": (("windows-1256", "cp1256", "windows-1252"),),
    "hebrew": (("windows-1255", "cp1255", "windows-1252"),),
    "thai": (("windows-874", "cp874", "windows-1252"),),
    "western": (("windows-1252", "cp1252", "windows-1251"),),
    "central european": (
        ("iso-8859-2", "iso8859_2", "windows-1252"),
        ("windows-1250", "cp1250", "windows-1252"),
    ),
    "turkish": (("windows-1254", "cp1254", "windows-1252"),),
    "baltic": (("windows-1257", "cp1257", "windows-1252"),),
}
LATIN_FAMILIES = ("western", "central european", "turkish", "baltic")
SCRIPT_FAMILIES = {  # first word of a letter's Unicode name -> family
    "HIRAGANA": "japanese",
    "KATAKANA": "japanese",
    "HANGUL": "korean",
    "CJK": "chinese",
    "CYRILLIC": "cyrillic",
    "GREEK": "greek",
    "ARABIC": "arabic",
    "HEBREW": "hebrew",
    "THAI": "thai",
}
CASES = ("declared", "undeclared", "declared utf-8", "declared wrongly")
MISFIT_SHARE = 0.01  # letters that do not fit (a foreign name) may become references

_DECLARATION = re.compile(
    r"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*[A-Za-z0-9_.:\-]+[^>]*>"""
    r"""|(?<=<\?xml)([^>]*?)\bencoding\s*=\s*["'][A-Za-z0-9_.:\-]+["']""",
    re.IGNORECASE,
)
_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)

Decoder = Callable[[bytes], str | None]


def _charset_normalizer(data: bytes) -> str | None:
    best = charset_normalizer.from_bytes(data).best()
    return None if best is None else str(best)


def _unicode_dammit(data: bytes) -> str | None:
    return UnicodeDammit(data, is_html=True).unicode_markup


DECODERS: dict[str, Decoder] = {
    "articlex": articlex.decode,
    "charset-normalizer": _charset_normalizer,
    "UnicodeDammit": _unicode_dammit,
}
DECODER_NOTES = {
    "articlex": "articlex.decode(data)",
    "charset-normalizer": "str(charset_normalizer.from_bytes(data).best())",
    "UnicodeDammit": "bs4.UnicodeDammit(data, is_html=True).unicode_markup",
}


def family(text: str) -> str | None:
    """The script family of the page's non-ASCII letters (None: ASCII letters only...
    which is Western too) — the most frequent family, Japanese wins over Chinese."""
    counts: Counter[str] = Counter()
    for ch in text:
        if ord(ch) > 0x7F and ch.isalpha():
            name = unicodedata.name(ch, "").split(" ", 1)[0]
            counts[SCRIPT_FAMILIES.get(name, "latin" if name == "LATIN" else "other")] += 1
    if counts["japanese"] and counts["japanese"] + counts["chinese"] >= counts.most_common(1)[0][1]:
        return "japanese"
    if not counts:
        return "latin"
    return counts.most_common(1)[0][0]


def _misfits(text: str, codec: str) -> tuple[int, int]:
    """(letters that ``codec`` cannot encode, non-ASCII letters)."""
    letters = {ch for ch in text if ord(ch) > 0x7F and ch.isalpha()}
    bad = {ch for ch in letters if not _encodes(ch, codec)}
    count = sum(1 for ch in text if ch in bad)
    return count, sum(1 for ch in text if ch in letters)


def _encodes(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def encodings_for(text: str) -> tuple[str, list[tuple[str, str, str]], list[str]]:
    """The page's family, the (label, codec, wrong label)s that fit, and why others not."""
    fam = family(text)
    if fam == "latin":
        for name in LATIN_FAMILIES:
            if all(_fits(text, codec) for _, codec, _ in FAMILIES[name]):
                return name, list(FAMILIES[name]), []
        return "latin", [], ["Latin letters of no single legacy code page"]
    if fam not in FAMILIES:
        return fam or "other", [], [f"no legacy encoding for {fam} script"]
    fits, left = [], []
    for entry in FAMILIES[fam]:
        (fits if _fits(text, entry[1]) else left).append(entry)
    return fam, fits, [f"letters do not fit {label}" for label, _, _ in left]


def _fits(text: str, codec: str) -> bool:
    bad, letters = _misfits(text, codec)
    return bad <= letters * MISFIT_SHARE


def declare(html: str, label: str | None) -> str:
    """``html`` with its charset declarations set to ``label`` (None: removed)."""

    def swap(match: re.Match[str]) -> str:
        if match.group().lower().startswith("<meta"):
            return "" if label is None else f'<meta charset="{label}">'
        return match.group(1) + ("" if label is None else f'encoding="{label}"')

    out, count = _DECLARATION.subn(swap, html)
    if count or label is None:
        return out
    head = _HEAD.search(out)
    at = head.end() if head else 0
    return out[:at] + f'<meta charset="{label}">' + out[at:]


@dataclass(frozen=True)
class Trial:
    page: str
    family: str
    label: str
    case: str
    data: bytes
    expected: str


def make_trials(html: str, page: str) -> tuple[list[Trial], list[str]]:
    fam, fits, why_not = encodings_for(html)
    trials = []
    for label, codec, wrong in fits:
        declared = {
            "declared": label,
            "undeclared": None,
            "declared utf-8": "utf-8",
            "declared wrongly": wrong,
        }
        for case in CASES:
            doc = declare(html, declared[case])
            data = doc.encode(codec, "xmlcharrefreplace")
            trials.append(Trial(page, fam, label, case, data, data.decode(codec)))
    return trials, why_not


def _run(decoder: Decoder, data: bytes) -> str | None:
    try:
        return decoder(data)
    except Exception:  # a decoder that raises on a page scores nothing there
        return None


def _pct(hits: int, total: int) -> str:
    return f"{100 * hits / total:.1f}%" if total else "-"


def report(args) -> int:
    if not data_present(args.data):
        print(f"benchmark data not found at {args.data}: skipped")
        return 0
    refs = load_refs(args.data, limit=args.limit)
    names = [n.strip() for n in args.only.split(",") if n.strip()] or list(DECODERS)
    hits: dict[tuple[str, str], Counter[str]] = {}
    totals: Counter[tuple[str, str]] = Counter()
    seconds: Counter[str] = Counter()
    left_out: Counter[str] = Counter()
    misses: list[tuple[Trial, str | None]] = []
    encodings: Counter[str] = Counter()
    for index, ref in enumerate(refs):
        raw = read_html(args.data, ref.id)
        try:
            html = raw.decode("utf-8")
        except UnicodeDecodeError:
            left_out["page not stored as UTF-8"] += 1
            continue
        trials, why_not = make_trials(html, ref.id)
        left_out.update(why_not)
        for trial in trials:
            encodings[trial.label] += trial.case == "declared"
            key = (trial.case, trial.family)
            totals[key] += 1
            for name in names:
                start = time.perf_counter()
                out = _run(DECODERS[name], trial.data)
                seconds[name] += time.perf_counter() - start
                hits.setdefault(key, Counter())[name] += out == trial.expected
                if name == "articlex" and out != trial.expected:
                    misses.append((trial, out))
        if sys.stderr.isatty():
            print(f"\r  page {index + 1}/{len(refs)}", end="", file=sys.stderr, flush=True)
    print(
        f"{len(refs)} pages from {args.data}; {sum(totals.values())} trials; "
        + ", ".join(f"{label} {n}" for label, n in encodings.most_common())
        + "\n"
    )
    _print_tables(hits, totals, names, args.markdown)
    notes = [f"{n}: {DECODER_NOTES[n]}, {seconds[n]:.1f} s in all" for n in names]
    notes += [f"left out: {n} × {why}" for why, n in left_out.most_common()]
    print("\n" + "\n".join(f"- {line}" if args.markdown else line for line in notes))
    for trial, out in misses[: args.misses]:
        print(
            f"[{trial.page[:12]} {trial.label} {trial.case}] got "
            f"{'nothing' if out is None else _first_difference(out, trial.expected)}"
        )
    return 0


def _print_tables(hits, totals, names, markdown: bool) -> None:
    cases = _share_rows(hits, totals, names, CASES, position=0)
    print("Share decoded exactly, by declaration:")
    print(table(["declaration", "n", *names], cases, markdown))
    families = _share_rows(hits, totals, names, sorted({k[1] for k in totals}), position=1)
    print("\nBy script family (all declarations):")
    print(table(["family", "n", *names], families, markdown))


def _share_rows(hits, totals, names, values, position: int) -> list[list[str]]:
    """One row per value of the key part at ``position``: trials, then each decoder's share."""
    rows = []
    for value in values:
        keys = [k for k in totals if k[position] == value]
        n = sum(totals[k] for k in keys)
        rows.append([value, str(n), *(_pct(sum(hits[k][name] for k in keys), n) for name in names)])
    return rows


def _first_difference(got: str, want: str) -> str:
    at = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
    return f"{got[max(at - 20, 0) : at + 30]!r} want {want[max(at - 20, 0) : at + 30]!r}"


if __name__ == "__main__":  # pragma: no cover - run through benchmarks.encoding
    raise SystemExit("run: python -m benchmarks.encoding decode")
