"""Command line of the encoding benchmarks (see the package docstring)."""

from __future__ import annotations

import argparse
import platform
import sys
import warnings
from importlib import metadata
from pathlib import Path

from benchmarks.data import DEFAULT_DATA, data_present
from benchmarks.encoding import repair as rep
from benchmarks.encoding.garble import CODEPAGES
from benchmarks.report import table

TARGETS = {  # the targets: share repaired exactly, per category
    "single, whole": 0.99,
    "double, whole": 0.99,
    "single, partial": 0.95,
    "double, partial": 0.95,
}
SPEED_TARGET = 2.0  # articlex may take at most twice ftfy.fix_text's time on clean text


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks.encoding")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("repair", help="garbled sentences: articlex.repair_text beside ftfy")
    r.add_argument("--misses", type=int, default=0, metavar="N", help="show N articlex misses")
    r.add_argument("--no-speed", action="store_true", help="skip the clean-text timing")
    d = sub.add_parser("decode", help="benchmark pages in legacy encodings: articlex.decode")
    d.add_argument("--limit", type=int, help="only the first N pages")
    d.add_argument("--misses", type=int, default=0, metavar="N", help="show N articlex misses")
    d.add_argument(
        "--only", default="", metavar="NAMES", help="only these decoders (comma-separated)"
    )
    for sp in (r, d):
        sp.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark data folder")
        sp.add_argument("--markdown", action="store_true", help="print Markdown tables")
    return p.parse_args(argv)


def _pct(share: float) -> str:
    return f"{100 * share:.1f}%"


def _versions() -> str:
    found = []
    for dist in ("ftfy", "charset-normalizer", "beautifulsoup4"):
        try:
            found.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            found.append(f"{dist} not installed")
    return f"Python {platform.python_version()}; " + ", ".join(found)


def report_repair(args: argparse.Namespace) -> int:
    sentences = rep.load_sentences()
    names = list(rep.REPAIRERS)
    cases, left_out = rep.make_cases(sentences)
    langs = len(sentences)
    print(
        f"{sum(map(len, sentences.values()))} sentences in {langs} groups, "
        f"{len(CODEPAGES)} code pages, {len(cases)} garbled cases; {_versions()}\n"
    )
    results = rep.run_repairs(sentences, names)
    counts = {cat: 0 for cat in rep.CATEGORIES.values()}
    for case in results.cases:
        counts[case.category] += 1
    by_cat = {n: rep.share_by(results, n, lambda c: c.category) for n in names}
    rows = []
    for cat, count in counts.items():
        target = f">= {_pct(TARGETS[cat])}" if cat in TARGETS else "-"
        rows.append([cat, str(count), *(_pct(by_cat[n][cat]) for n in names), target])
    total = len(results.clean)
    changed = [f"{len(results.changed[n])} of {total}" for n in names]
    rows.append(["clean sentences changed", str(total), *changed, "0"])
    md = args.markdown
    print("Share repaired exactly:")
    print(table(["cases", "n", *names, "target"], rows, md))
    print("\nBy code page (all categories):")
    by_page = {n: rep.share_by(results, n, lambda c: c.codec) for n in names}
    print(
        table(
            ["code page", *names],
            [[label, *(_pct(by_page[n][codec]) for n in names)] for codec, label in CODEPAGES],
            md,
        )
    )
    print("\nBy language (all categories):")
    by_lang = {n: rep.share_by(results, n, lambda c: c.lang) for n in names}
    print(
        table(
            ["language", *names],
            [[lang, *(_pct(by_lang[n][lang]) for n in names)] for lang in sentences],
            md,
        )
    )
    notes = [f"{n}: {rep.REPAIRER_NOTES[n]}" for n in names]
    notes += [f"left out: {count} cases {why}" for why, count in left_out.items()]
    if not left_out:
        notes.append("left out: none (every garbled case turns back into its sentence's bytes)")
    print("\n" + "\n".join(f"- {line}" if md else line for line in notes))
    if not args.no_speed:
        report_speed(args)
    _show_misses(results, args.misses)
    return 0


def report_speed(args: argparse.Namespace) -> None:
    data = args.data if data_present(args.data) else None
    texts = rep.speed_texts(data)
    names = ["articlex", "ftfy defaults"]
    seconds = rep.time_clean(texts, names)
    chars = sum(len(t) for _, t in texts)
    where = "sentences and page texts" if data else f"sentences only (no data at {args.data})"
    print(
        f"\nSpeed on clean text: {len(texts)} texts, {chars} characters ({where}), "
        f"median of {rep.SPEED_PASSES} passes"
    )
    totals = {n: sum(seconds[n]) for n in names}
    ratios = [
        (a / f if f else 1.0, name)
        for (name, _), a, f in zip(
            texts, seconds["articlex"], seconds["ftfy defaults"], strict=True
        )
    ]
    worst = max(ratios)
    ratio = totals["articlex"] / totals["ftfy defaults"]
    rows = [[n, f"{1000 * totals[n]:.1f}", f"{chars / totals[n] / 1e6:.2f}"] for n in names]
    print(table(["repairer", "total ms", "M chars/s"], rows, args.markdown))
    print(
        f"articlex / ftfy.fix_text time ratio: {ratio:.2f} (target <= {SPEED_TARGET}); "
        f"slowest text relative to ftfy: {worst[1]} at {worst[0]:.2f}"
    )


def _show_misses(results: rep.RepairResults, limit: int) -> None:
    if not limit:
        return
    print("\narticlex misses:")
    misses = [
        c for c, ok in zip(results.cases, results.repaired["articlex"], strict=True) if not ok
    ]
    for case in misses[:limit]:
        got = rep.REPAIRERS["articlex"](case.garbled)
        print(
            f"[{case.lang} {case.codec} {case.category}] {case.garbled!r}\n"
            f"   got  {got!r}\n   want {case.sentence!r}"
        )
    for lang, sentence, out in results.changed["articlex"][:limit]:
        print(f"[{lang} clean changed] {sentence!r}\n   got  {out!r}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    warnings.simplefilter("ignore")
    if args.command == "repair":
        return report_repair(args)
    from benchmarks.encoding import decode as dec

    return dec.report(args)


if __name__ == "__main__":
    sys.exit(main())
