"""Turning benchmark results into aligned text or Markdown tables, worst-page excerpts and JSON."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from benchmarks.harness import LibraryResult, PageResult
from benchmarks.memory import Memory
from benchmarks.metric import (
    TOKEN_RE,
    BootstrapSummary,
    Interval,
    Shingle,
    shingle_sequence,
    shingles,
    tokenize,
)

EXCERPT_SPANS = 3  # how many missed / extra spans to show per worst page
EXCERPT_CHARS = 90  # enough to recognise a passage, short enough for one line
ERROR_KINDS_SHOWN = 3  # most frequent exception types listed per library


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], markdown: bool) -> str:
    """Columns padded to equal width; first column left-aligned, the others right-aligned."""
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        padded = [
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return f"| {' | '.join(padded)} |" if markdown else "  ".join(padded).rstrip()

    if markdown:
        cells = ["-" * (w + 2) if i == 0 else "-" * (w + 1) + ":" for i, w in enumerate(widths)]
        rule = f"|{'|'.join(cells)}|"
    else:
        rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])


def _with_interval(value: float, interval: Interval | None) -> str:
    if interval is None:
        return f"{value:.3f}"
    return f"{value:.3f} [{interval.low:.3f}–{interval.high:.3f}]"


def milliseconds(ms: float) -> str:
    """Three significant digits or so: '0.42', '4.1', '15.2', '104'."""
    if ms < 1:
        return f"{ms:.2f}"
    return f"{ms:.1f}" if ms < 100 else f"{ms:.0f}"


def summary_table(
    results: dict[str, LibraryResult],
    summaries: dict[str, BootstrapSummary],
    memory: dict[str, Memory | str],
    markdown: bool,
) -> str:
    headers = [
        "library",
        "F1 [95% CI]",
        "precision",
        "recall",
        "accuracy",
        "median ms",
        "total s",
        "errors",
    ]
    if memory:
        headers += ["peak MB (Δ)", "peak MB (abs)"]
    rows = []
    for name, result in results.items():
        s = summaries[name]
        row = [
            name,
            _with_interval(s.point.f1, s.f1),
            _with_interval(s.point.precision, None),
            _with_interval(s.point.recall, None),
            _with_interval(s.point.accuracy, None),
            milliseconds(result.median_ms),
            f"{result.total_s:.2f}",
            str(sum(result.errors.values())),
        ]
        if memory:
            mem = memory.get(name)
            row += (
                [f"{mem.delta_mb:.0f}", f"{mem.peak_mb:.0f}"]
                if isinstance(mem, Memory)
                else ["n/a", "n/a"]
            )
        rows.append(row)
    return table(headers, rows, markdown)


def intervals_table(summaries: dict[str, BootstrapSummary], markdown: bool) -> str:
    headers = ["library", "F1", "precision", "recall", "accuracy"]
    rows = [
        [
            name,
            *(
                f"{getattr(s, f).low:.3f}–{getattr(s, f).high:.3f}"
                for f in ("f1", "precision", "recall", "accuracy")
            ),
        ]
        for name, s in summaries.items()
    ]
    return table(headers, rows, markdown)


def speed_lines(results: dict[str, LibraryResult], reference: str = "articlex") -> list[str]:
    """'articlex 4.1 ms, trafilatura 15.2 ms: 3.7× faster' for every other library."""
    if reference not in results or not results[reference].pages:
        return []
    ref_ms = results[reference].median_ms
    lines = []
    for name, result in results.items():
        if name in (reference, "baseline") or not result.pages:
            continue
        other = result.median_ms
        if ref_ms <= 0 or other <= 0:
            verdict = "n/a"
        elif other >= ref_ms:
            verdict = f"{other / ref_ms:.1f}× faster"
        else:
            verdict = f"{ref_ms / other:.1f}× slower"
        ref, oth = milliseconds(ref_ms), milliseconds(other)
        lines.append(f"{reference} {ref} ms, {name} {oth} ms: {verdict}")
    return lines


def error_lines(results: dict[str, LibraryResult]) -> list[str]:
    lines = []
    for name, result in results.items():
        errors = result.errors
        if errors:
            kinds = ", ".join(f"{k} ×{n}" for k, n in errors.most_common(ERROR_KINDS_SHOWN))
            lines.append(
                f"{name}: {sum(errors.values())} page(s) raised ({kinds}); counted as empty output"
            )
    return lines


def unmatched_spans(text: str, other: Counter[Shingle], limit: int = EXCERPT_SPANS) -> list[str]:
    """Passages of ``text`` covered by shingles that ``other`` does not have (multiset-wise)."""
    matches = list(TOKEN_RE.finditer(text))
    remaining = Counter(other)
    covered = [False] * len(matches)
    for i, sh in enumerate(shingle_sequence([m.group() for m in matches])):
        if remaining[sh] > 0:
            remaining[sh] -= 1
        else:
            covered[i : i + len(sh)] = [True] * len(sh)
    spans: list[str] = []
    i = 0
    while i < len(matches) and len(spans) < limit:
        if not covered[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(matches) and covered[j + 1]:
            j += 1
        spans.append(_excerpt(text[matches[i].start() : matches[j].end()]))
        i = j + 1
    return spans


def _excerpt(passage: str) -> str:
    flat = " ".join(passage.split())
    return flat if len(flat) <= EXCERPT_CHARS else flat[: EXCERPT_CHARS - 1] + "…"


def worst_pages(result: LibraryResult, golds: dict[str, str], count: int) -> str:
    """The ``count`` pages with the lowest F1, with what was missed and what was kept wrongly."""
    worst = sorted(result.pages, key=lambda p: (p.score.f1, p.id))[:count]
    blocks = [f"{len(worst)} worst pages for {result.name} (by page F1):"]
    for page in worst:
        blocks.append(_worst_block(page, golds[page.id]))
    return "\n\n".join(blocks)


def _worst_block(page: PageResult, gold: str) -> str:
    s = page.score
    lines = [f"{page.id}  {page.url}", f"  P {s.precision:.2f}  R {s.recall:.2f}  F1 {s.f1:.2f}"]
    if page.error:
        lines.append(f"  error: {page.error}")
    missed = unmatched_spans(gold, shingles(tokenize(page.output)))
    extra = unmatched_spans(page.output, shingles(tokenize(gold)))
    lines += [f"  missed: {span}" for span in missed] or ["  missed: (nothing)"]
    lines += [f"  extra:  {span}" for span in extra] or ["  extra:  (nothing)"]
    return "\n".join(lines)


def to_json(
    mode: str,
    data: str,
    results: dict[str, LibraryResult],
    summaries: dict[str, BootstrapSummary],
    memory: dict[str, Memory | str],
    skipped: dict[str, str],
) -> dict[str, Any]:
    libraries: dict[str, Any] = {}
    for name, result in results.items():
        mem = memory.get(name)
        libraries[name] = {
            "summary": asdict(summaries[name]),
            "median_ms": result.median_ms,
            "total_s": result.total_s,
            "errors": dict(result.errors),
            "memory": asdict(mem) if isinstance(mem, Memory) else mem,
            "pages": [_page_json(p) for p in result.pages],
        }
    return {"mode": mode, "data": data, "libraries": libraries, "skipped": skipped}


def _page_json(page: PageResult) -> dict[str, Any]:
    s = page.score
    return {
        "id": page.id,
        "url": page.url,
        "tp": s.tp,
        "fp": s.fp,
        "fn": s.fn,
        "precision": s.precision,
        "recall": s.recall,
        "f1": s.f1,
        "exact": s.exact,
        "ms": page.seconds * 1000,
        "error": page.error,
    }
