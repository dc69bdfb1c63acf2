"""Loading the ScrapingHub benchmark pages from the shared data folder."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO_ROOT.parent / "shared/bench/scrapinghub"


@dataclass(frozen=True)
class PageRef:
    """One benchmark page: its id, url and gold article body (the input is loaded lazily)."""

    id: str
    url: str
    gold: str


def data_present(data: Path) -> bool:
    return (data / "ground-truth.json").is_file() and (data / "html").is_dir()


def load_refs(
    data: Path, ids: Sequence[str] | None = None, limit: int | None = None, feed: str = "html"
) -> list[PageRef]:
    """Pages in id order, optionally restricted to ``ids`` (or id prefixes), cut to ``limit``.

    Fed as browser text, pages without a ``text/<id>.txt`` file (article shown by scripts
    only) are left out, since there is no browser text to feed.
    """
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    wanted = [match_id(i, truth) for i in ids] if ids else sorted(truth)
    refs = [PageRef(i, truth[i]["url"], truth[i]["articleBody"]) for i in wanted]
    if feed in ("text", "text-wrapped"):
        refs = [r for r in refs if (data / "text" / f"{r.id}.txt").is_file()]
    return refs[:limit] if limit is not None else refs


class UnknownPageError(ValueError):
    """A page id given on the command line matches no page, or several."""


def match_id(prefix: str, known: Sequence[str] | dict[str, object]) -> str:
    """The page id that is ``prefix`` or uniquely starts with it."""
    if prefix in known:
        return prefix
    found = [k for k in known if k.startswith(prefix)]
    if len(found) != 1:
        problem = "ambiguous" if found else "unknown"
        raise UnknownPageError(f"{problem} page id {prefix!r}")
    return found[0]


def read_html(data: Path, page_id: str) -> bytes:
    """The raw page bytes, as fetched (not decoded)."""
    return gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes())


def read_text(data: Path, page_id: str) -> str:
    """The browser text of the page (``innerText`` of the body)."""
    return (data / "text" / f"{page_id}.txt").read_text(encoding="utf-8")


def read_input(data: Path, page_id: str, feed: str) -> bytes | str:
    """What a page is fed as: ``"html"`` (the raw bytes), ``"text"`` (the stored browser
    text) or the name of a rendering made at run time (see :mod:`benchmarks.renderings`)."""
    if feed == "html":
        return read_html(data, page_id)
    if feed == "text":
        return read_text(data, page_id)
    from benchmarks.renderings import TEXT_RENDERINGS, render

    if feed in TEXT_RENDERINGS:
        return TEXT_RENDERINGS[feed](read_text(data, page_id))
    return render(feed, read_html(data, page_id))


def iter_inputs(
    data: Path, refs: Sequence[PageRef], feed: str
) -> Iterator[tuple[PageRef, bytes | str]]:
    for ref in refs:
        yield ref, read_input(data, ref.id, feed)
