"""Running the libraries over the pages: interleaved page by page, timing the extract call only."""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.data import PageRef, iter_inputs, read_input
from benchmarks.metric import PageScore, score_page
from benchmarks.runners import RUNNERS, Extractor

ERROR_TEXT_LIMIT = 120  # keep error messages to one readable line


@dataclass(frozen=True)
class PageResult:
    id: str
    url: str
    score: PageScore
    seconds: float
    output: str
    error: str | None = None


@dataclass
class LibraryResult:
    name: str
    pages: list[PageResult] = field(default_factory=list)

    @property
    def scores(self) -> list[PageScore]:
        return [p.score for p in self.pages]

    @property
    def median_ms(self) -> float:
        return statistics.median(p.seconds for p in self.pages) * 1000 if self.pages else 0.0

    @property
    def total_s(self) -> float:
        return sum(p.seconds for p in self.pages)

    @property
    def errors(self) -> Counter[str]:
        """Exception type → number of pages on which it was raised."""
        return Counter(p.error.split(":", 1)[0] for p in self.pages if p.error)


def load_extractors(names: Sequence[str]) -> tuple[dict[str, Extractor], dict[str, str]]:
    """Set up each library; those that cannot be imported are returned as skipped with a reason."""
    ready: dict[str, Extractor] = {}
    skipped: dict[str, str] = {}
    for name in names:
        try:
            ready[name] = RUNNERS[name].make()
        except ImportError as exc:
            skipped[name] = f"cannot be imported ({exc})"
        except Exception as exc:
            skipped[name] = f"setup failed: {type(exc).__name__}: {exc}"
    return ready, skipped


def timed_call(extract: Extractor, source: bytes | str, url: str) -> tuple[str, float, str | None]:
    """Output, seconds spent in the call, and the error (an exception counts as empty output)."""
    error = None
    start = time.perf_counter()
    try:
        output = extract(source, url)
    except Exception as exc:
        output = ""
        error = f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - start
    if error:
        error = " ".join(error.split())[:ERROR_TEXT_LIMIT]
    return (output if isinstance(output, str) else ""), seconds, error


def warm_up(extractors: dict[str, Extractor], data: Path, ref: PageRef, feed: str) -> None:
    """One untimed call per library, so lazy imports and caches do not land on the first page."""
    source = read_input(data, ref.id, feed)
    for extract in extractors.values():
        timed_call(extract, source, ref.url)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        end = "\n" if done == total else ""
        print(f"\r  page {done}/{total}", end=end, file=sys.stderr, flush=True)


def run_pages(
    extractors: dict[str, Extractor],
    data: Path,
    refs: Sequence[PageRef],
    feed: str,
    progress: bool = True,
) -> dict[str, LibraryResult]:
    """Every library on every page; the order of libraries rotates from page to page."""
    names = list(extractors)
    results = {name: LibraryResult(name) for name in names}
    if not refs or not names:
        return results
    warm_up(extractors, data, refs[0], feed)
    for index, (ref, source) in enumerate(iter_inputs(data, refs, feed)):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            output, seconds, error = timed_call(extractors[name], source, ref.url)
            score = score_page(ref.gold, output)
            results[name].pages.append(PageResult(ref.id, ref.url, score, seconds, output, error))
        if progress:
            _progress(index + 1, len(refs))
    return results
