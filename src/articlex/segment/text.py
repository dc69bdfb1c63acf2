"""Text → Page: cut a browser-text page (innerText, a text-mode dump, a paste) into Blocks.

Blank lines separate chunks. On a page hard-wrapped by a tool (a text-mode browser, a
mail client, a converter), a line joins the next one where the next one's first word
would not have fitted on it: the tool broke the line, not the author. Elsewhere a chunk
whose lines look wrapped (long and of similar width) is one paragraph; any other chunk
is one block per line, since unstyled menus, link lists and bylines come out one item
per line.
List bullets, numbered items and Markdown headings are recognised, and so are tables
(lines of tab-separated cells: how browsers render a table as text).
"""

from __future__ import annotations

import re

from ..model import Block, Kind, Page, Signals, SourceFormat
from ..textshape import text_units
from .markdown import join_wrapped, looks_like_markdown, markdown_to_text

#: A chunk is hard-wrapped when its lines (all but the last) are at least this long:
#: text-mode browsers and mail wrap at 64–80 columns; a menu line is rarely 45 long.
WRAP_MIN_WIDTH = 45
#: ... and no longer than this (a longer line was not wrapped by a tool).
WRAP_MAX_WIDTH = 100
#: Wrapped lines (all but the last) differ in length by at most this much: a wrapping
#: tool breaks before the first word that would overflow, and words are short.
WRAP_BAND = 25
#: A page is hard-wrapped when at most this share of its lines is longer than the wrap
#: width (the words a tool cannot break: long URLs) ...
WRAPPED_PAGE_MAX_OVERLONG = 0.02
#: ... and at least this many lines fill the width to within ``WRAP_SLACK`` characters
#: (pages as browsers copy them have two or three such lines at most: their paragraphs
#: are one long line each).
WRAPPED_PAGE_MIN_FULL_LINES = 4
#: A wrapped line ends at most this far short of the width.
WRAP_SLACK = 12
#: The wrap width is the line length that this share of the lines does not exceed.
WRAP_WIDTH_PERCENTILE = 0.98
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
    lines = [raw.rstrip() for raw in text.splitlines()]
    width = wrap_width(lines)
    blocks: list[Block] = []
    blank_run = 0
    chunk: list[str] = []
    for line in lines:
        if line.strip():
            chunk.append(line)
            continue
        if chunk:
            _add_chunk(blocks, chunk, blank_run, width)
            chunk, blank_run = [], 0
        blank_run += 1
    if chunk:
        _add_chunk(blocks, chunk, blank_run, width)
    return Page(blocks=tuple(blocks), source_format=SourceFormat.TEXT, url=url, notes=notes)


def wrap_width(lines: list[str]) -> int | None:
    """The width a tool hard-wrapped the page at, or None when it was not wrapped.

    >>> wrap_width(["x" * n for n in (70, 75, 79, 72, 20, 77, 3)])
    79
    >>> wrap_width(["x" * n for n in (300, 75, 20, 180, 3)]) is None
    True
    """
    lengths = sorted(len(line) for line in lines if line.strip())
    if not lengths:
        return None
    width = lengths[min(len(lengths) - 1, int(len(lengths) * WRAP_WIDTH_PERCENTILE))]
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return None
    overlong = sum(1 for n in lengths if n > width)
    full = sum(1 for n in lengths if width - WRAP_SLACK <= n <= width)
    if overlong > WRAPPED_PAGE_MAX_OVERLONG * len(lengths) or full < WRAPPED_PAGE_MIN_FULL_LINES:
        return None
    return width


def _add_chunk(
    blocks: list[Block], lines: list[str], blank_before: int, width: int | None = None
) -> None:
    """Add the blocks of one chunk: its tables (rows of tab-separated cells, as browsers
    copy a table) and, between them, its paragraphs or lines."""
    start = 0
    for first, end in _table_runs(lines):
        if first > start:
            _add_lines(blocks, lines[start:first], blank_before, width)
            blank_before = 0
        rows = ["\t".join(cell.strip() for cell in line.strip("\t ").split("\t"))
                for line in lines[first:end]]
        _add_block(blocks, "\n".join(rows), Kind.TABLE, blank_before, end - first)
        blank_before, start = 0, end
    if start < len(lines):
        _add_lines(blocks, lines[start:], blank_before, width)


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


def _add_lines(
    blocks: list[Block], lines: list[str], blank_before: int, width: int | None
) -> None:
    if width is not None and len(lines) > 1:
        for group in _unwrap(lines, width):
            if len(group) > 1:
                _add_block(blocks, _join_wrapped(group), Kind.PARAGRAPH, blank_before,
                           len(group))
            else:
                _add_lines(blocks, group, blank_before, None)
            blank_before = 0
        return
    if _is_wrapped_paragraph(lines):
        _add_block(blocks, " ".join(line.strip() for line in lines), Kind.PARAGRAPH,
                   blank_before, len(lines))
        return
    for position, line in enumerate(lines):
        kind, level, content = _line_kind(line)
        if kind is Kind.LINE and len(lines) == 1:
            kind = Kind.PARAGRAPH  # a line standing alone between blank lines
        _add_block(blocks, content, kind, blank_before if position == 0 else 0, 1, level)


def _unwrap(lines: list[str], width: int) -> list[list[str]]:
    """Lines grouped into the paragraphs a tool wrapped at ``width``: a line continues the
    previous one when its first word would not have fitted there. A list item or a
    heading starts a group of its own."""
    groups: list[list[str]] = []
    for line in lines:
        if groups and not _BULLET.match(line) and not _MD_HEADING.match(line):
            previous = groups[-1][-1]
            first_word = line.split(maxsplit=1)[0]
            if len(previous) + 1 + len(first_word) > width and not _MD_HEADING.match(previous):
                groups[-1].append(line)
                continue
        groups.append([line])
    return groups


def _join_wrapped(lines: list[str]) -> str:
    """Wrapped lines joined; a line broken after a compound's hyphen joins tight."""
    text = lines[0].strip()
    for line in lines[1:]:
        text = join_wrapped(text, line.strip())
    return text


def _is_wrapped_paragraph(lines: list[str]) -> bool:
    """Lines cut by a tool at a fixed width, to be joined back into one paragraph."""
    if len(lines) < 2 or any(_BULLET.match(line) or _MD_HEADING.match(line) for line in lines):
        return False
    widths = [len(line.strip()) for line in lines[:-1]]
    if not all(WRAP_MIN_WIDTH <= w <= WRAP_MAX_WIDTH for w in widths):
        return False
    width = max(widths)
    if len(lines[-1].strip()) > width + 1:
        return False
    if len(lines) >= 3:  # ... and every break came where the next word would not fit
        return width - min(widths) <= WRAP_BAND and len(_unwrap(lines, width)) == 1
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
