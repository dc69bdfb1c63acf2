"""Text → Page: cut a browser-text page (innerText, a text-mode dump, a paste) into Blocks.

Blank lines separate chunks. A chunk whose lines look hard-wrapped (most lines long and
of similar width) is one paragraph with its lines joined; any other chunk is one block
per line, since unstyled menus, link lists and bylines come out one item per line.
List bullets, numbered items and Markdown headings are recognised, and so are tables
(lines of tab-separated cells: how browsers render a table as text).
"""

from __future__ import annotations

import re

from ..model import Block, Kind, Page, Signals
from ..textshape import text_units
from .markdown import looks_like_markdown, markdown_to_text

#: A chunk is hard-wrapped when its lines (all but the last) are at least this long:
#: text-mode browsers and mail wrap at 64–80 columns; a menu line is rarely 45 long.
WRAP_MIN_WIDTH = 45
#: ... and no longer than this (a longer line was not wrapped by a tool).
WRAP_MAX_WIDTH = 100
#: Wrapped lines (all but the last) differ in length by at most this much: a wrapping
#: tool breaks before the first word that would overflow, and words are short.
WRAP_BAND = 25
#: Consecutive lines of tab-separated cells make a table from this many rows on.
TABLE_MIN_ROWS = 2
_BULLET = re.compile(r"^\s*(?:[-*+•·◦▪►–]|\d{1,3}[.)])\s+(?=\S)")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
_WORD = re.compile(r"\w+")


def segment_text(text: str, *, url: str | None = None, notes: tuple[str, ...] = ()) -> Page:
    """Cut a text page into a :class:`Page` of blocks (no metadata: text has none).

    Markdown (a page converted by html2text and the like) is first rewritten as the
    plain text a reader of it sees.
    """
    if looks_like_markdown(text):
        text = markdown_to_text(text)
        notes = (*notes, "read as Markdown: links, images and marks removed")
    blocks: list[Block] = []
    blank_run = 0
    chunk: list[str] = []
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.strip():
            chunk.append(line)
            continue
        if chunk:
            _add_chunk(blocks, chunk, blank_run)
            chunk, blank_run = [], 0
        blank_run += 1
    if chunk:
        _add_chunk(blocks, chunk, blank_run)
    return Page(blocks=tuple(blocks), source_format="text", url=url, notes=notes)


def _add_chunk(blocks: list[Block], lines: list[str], blank_before: int) -> None:
    """Add the blocks of one chunk: its tables (rows of tab-separated cells, as browsers
    copy a table) and, between them, its paragraphs or lines."""
    start = 0
    for first, end in _table_runs(lines):
        if first > start:
            _add_lines(blocks, lines[start:first], blank_before)
            blank_before = 0
        rows = ["\t".join(cell.strip() for cell in line.strip("\t ").split("\t"))
                for line in lines[first:end]]
        _add_block(blocks, "\n".join(rows), Kind.TABLE, blank_before, end - first)
        blank_before, start = 0, end
    if start < len(lines):
        _add_lines(blocks, lines[start:], blank_before)


def _table_runs(lines: list[str]) -> list[tuple[int, int]]:
    """[first, end) ranges of at least ``TABLE_MIN_ROWS`` lines holding several cells."""
    runs: list[tuple[int, int]] = []
    first = None
    for i, line in enumerate([*lines, ""]):
        cells = [cell for cell in line.split("\t") if cell.strip()]
        if len(cells) >= 2:
            first = i if first is None else first
            continue
        if first is not None and i - first >= TABLE_MIN_ROWS:
            runs.append((first, i))
        first = None
    return runs


def _add_lines(blocks: list[Block], lines: list[str], blank_before: int) -> None:
    if _is_wrapped_paragraph(lines):
        _add_block(blocks, " ".join(line.strip() for line in lines), Kind.PARAGRAPH,
                   blank_before, len(lines))
        return
    for position, line in enumerate(lines):
        kind, level, content = _line_kind(line)
        if kind is Kind.LINE and len(lines) == 1:
            kind = Kind.PARAGRAPH  # a line standing alone between blank lines
        _add_block(blocks, content, kind, blank_before if position == 0 else 0, 1, level)


def _is_wrapped_paragraph(lines: list[str]) -> bool:
    """Lines cut by a tool at a fixed width, to be joined back into one paragraph."""
    if len(lines) < 2 or any(_BULLET.match(line) for line in lines[1:]):
        return False
    widths = [len(line.strip()) for line in lines[:-1]]
    if not all(WRAP_MIN_WIDTH <= w <= WRAP_MAX_WIDTH for w in widths):
        return False
    if len(lines[-1].strip()) > max(widths) + 1:
        return False
    if len(lines) >= 3:
        return max(widths) - min(widths) <= WRAP_BAND
    # Two lines prove little: the second must continue the first's sentence.
    second = lines[1].strip()
    return second[:1].islower() or second[:1].isdigit() or lines[0].rstrip()[-1:] in ",;-–"


def _line_kind(line: str) -> tuple[Kind, int, str]:
    heading = _MD_HEADING.match(line)
    if heading:
        return Kind.HEADING, len(heading.group(1)), heading.group(2)
    bullet = _BULLET.match(line)
    if bullet:
        indent = len(line) - len(line.lstrip())
        return Kind.LIST_ITEM, 1 + indent // 2, line[bullet.end():].strip()
    return Kind.LINE, 0, line.strip()


def _add_block(
    blocks: list[Block], text: str, kind: Kind, blank_before: int, lines: int, level: int = 0
) -> None:
    text = " ".join(text.split()) if kind not in (Kind.CODE, Kind.TABLE) else text
    if not text:
        return
    blocks.append(
        Block(
            text=text,
            kind=kind,
            index=len(blocks),
            level=level,
            signals=Signals(
                words=len(_WORD.findall(text)), units=text_units(text),
                blank_before=blank_before, lines=lines,
            ),
        )
    )
