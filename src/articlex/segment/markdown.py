"""Markdown text (html2text and similar converters) → the plain text a browser would show.

A page converted to Markdown carries the marks of its markup: ``[link text](url)``,
``![image](src)``, ``**bold**``, ``\\-`` escapes, ``| table | rows |``, ``* * *`` rules,
and paragraphs wrapped at a fixed width. Left in, URLs add words no reader sees and the
wrapping cuts paragraphs into lines. This module rewrites such text into the form the
text segmenter reads: paragraphs on one line between blank lines, list items and
headings on lines of their own, table rows as tab-separated cells.
"""

from __future__ import annotations

import re

#: A text is read as Markdown when it holds at least this many inline links or images
#: (one bracket-parenthesis pair could be prose: "[sic](…)" is rare, three are not).
MARKDOWN_MIN_LINKS = 3
#: ... or at least this many "#" headings (a line opening "# " is rare in plain text; two
#: such lines at the start of a line are a converter's headings).
MARKDOWN_MIN_HEADINGS = 2
#: How much of a page the test looks at: converters mark up the whole page, so its first
#: part is evidence enough.
MARKDOWN_SAMPLE_CHARS = 200_000

# Link and image targets: anything up to the closing parenthesis, escaped parentheses
# ("\(" as html2text writes them) and line breaks (long URLs are wrapped) included.
_TARGET = r"\((?:[^()\\]|\\.)*\)"
_IMAGE = re.compile(r"!\[[^\[\]]*\]" + _TARGET)
_LINK = re.compile(r"\[([^\[\]]*)\]" + _TARGET)
_REFERENCE_LINK = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_REFERENCE_DEFINITION = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s+\S+.*$", re.M)
_LINK_MARK = re.compile(r"\[[^\[\]\n]*\]\(")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*\\])([*_])(?=[^\s*_])([^*_\n]+?)(?<=[^\s\\])\1(?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_QUOTE_MARK = re.compile(r"^\s{0,3}>\s?")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$", re.M)
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(?=\S)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s", re.M)
_HYPHEN_END = re.compile(r"[^\W\d_]-$")


def looks_like_markdown(text: str) -> bool:
    """True when the text carries Markdown links or images, a pipe table's separator row,
    or several ``#`` headings.

    >>> looks_like_markdown("See [a](/a), [b](/b) and ![c](/c.png).")
    True
    >>> looks_like_markdown("An array a[i] (the i-th item) is read as a[i](x) once.")
    False
    """
    sample = text[:MARKDOWN_SAMPLE_CHARS]
    return (
        len(_LINK_MARK.findall(sample)) >= MARKDOWN_MIN_LINKS
        or _TABLE_SEPARATOR.search(sample) is not None
        or len(_HEADING.findall(sample)) >= MARKDOWN_MIN_HEADINGS
    )


def markdown_to_text(text: str) -> str:
    """The text a reader of the rendered Markdown sees, laid out as a browser copies it.

    >>> markdown_to_text("# Title\\n\\nA [wrapped](http://x.org/a) well-\\nknown line "
    ...                  "**in bold**.\\n\\n  * [Home](/)\\n  * [News](/n)").splitlines()
    ['# Title', '', 'A wrapped well-known line in bold.', '', '  - Home', '  - News']
    """
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _REFERENCE_DEFINITION.sub("", text)
    text = _REFERENCE_LINK.sub(lambda m: m.group(1), text)
    out: list[str] = []
    for chunk in _chunks(text.splitlines()):
        out.extend(_chunk_lines(chunk))
        out.append("")
    return "\n".join(out).strip("\n") + "\n"


def _chunks(lines: list[str]) -> list[list[str]]:
    """Runs of lines between blank lines; a fenced code block is one chunk, blanks and all."""
    chunks: list[list[str]] = []
    current: list[str] = []
    fenced = False
    for line in lines:
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            current.append("    " + line)
            continue
        if not line.strip() or _RULE.match(line):
            if current:
                chunks.append(current)
            current = []
            continue
        current.append(line)
    if current:
        chunks.append(current)
    return chunks


def _chunk_lines(chunk: list[str]) -> list[str]:
    """Join soft-wrapped lines; keep list items, headings, table rows and hard breaks apart."""
    if any(_TABLE_SEPARATOR.match(line) for line in chunk):
        return [_table_row(line) for line in chunk if not _TABLE_SEPARATOR.match(line)]
    if all(line.startswith("    ") for line in chunk):  # indented code: as it is
        return [line[4:] for line in chunk]
    return _prose_lines(chunk)


def _prose_lines(chunk: list[str]) -> list[str]:
    """A chunk of prose, list items and headings: soft-wrapped lines joined."""
    lines: list[str] = []
    joinable = False  # whether the next plain line continues the last one
    for raw in chunk:
        line = _QUOTE_MARK.sub("", raw)
        starts_item = bool(_BULLET.match(line) or _HEADING.match(line))
        if joinable and not starts_item:
            lines[-1] = join_wrapped(lines[-1], _inline(line.strip()))
        elif _BULLET.match(line):
            lines.append(_list_item(line))
        else:
            lines.append(_inline(line.strip()))
        # Converters wrap long headings too: a line under a heading in the same chunk
        # continues it (they set a blank line after a heading).
        joinable = not raw.endswith("  ")
    return [line for line in lines if line.strip()]


def _list_item(line: str) -> str:
    """A list item as a browser copies it: its indent, "- " and its text."""
    indent = line[: len(line) - len(line.lstrip())]
    item = line
    while bullet := _BULLET.match(item):  # "*   * item": a list opened in a list
        item = item[bullet.end():]
    return f"{indent}- {_inline(item.strip())}"


def join_wrapped(head: str, line: str) -> str:
    """A wrapped line joined to the text before it; a line broken after the hyphen of a
    compound ("well-" "known") joins tight.

    >>> join_wrapped("a well-", "known line"), join_wrapped("a long", "line")
    ('a well-known line', 'a long line')
    """
    return head + ("" if _HYPHEN_END.search(head) else " ") + line


def _table_row(line: str) -> str:
    cells = [_inline(cell.strip()) for cell in line.strip().strip("|").split("|")]
    return "\t".join(cells)


def _inline(text: str) -> str:
    """Emphasis marks and backslash escapes removed."""
    text = _STRONG.sub(lambda m: m.group(2), text)
    text = _EMPHASIS.sub(lambda m: m.group(2), text)
    return _ESCAPE.sub(lambda m: m.group(1), text)
