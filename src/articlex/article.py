"""The result of extraction: an immutable :class:`Article` and its renderings.

JSON schema (``schema_version`` 1) — every key is always present; an absent field
is ``null`` (strings) or ``[]`` (lists)::

    {
      "schema_version": 1,
      "url": str | null,            canonical link, else the url given by the caller
      "headline": str | null,
      "standfirst": str | null,     the dek shown under the headline
      "authors": [str],             person names only
      "organisations": [str],       what the byline credits when it names no person
                                    ("The Associated Press", "Slate Staff")
      "author_bio": str | null,
      "published": str | null,      YYYY-MM-DD, original publication date
      "language": str | null,       as declared ("en", "pt-BR"), else identified ("pt")
      "site_name": str | null,
      "tags": [str],
      "page_type": str,             "article", or "forum", "product", "listing",
                                    "collection", "documentation", "service"
      "body": str,                  block texts separated by one blank line
      "blocks": [{"kind": "p"|"h"|"li"|"quote"|"table"|"code"|"caption",
                  "text": str, "level": int}]
    }
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .model import Kind

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class BodyBlock:
    """One block of the article body: its kind, text and level (heading level, list depth)."""

    kind: Kind
    text: str
    level: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "text": self.text, "level": self.level}


@dataclass(frozen=True, slots=True)
class Article:
    """An extracted article.

    >>> import articlex
    >>> art = articlex.extract("<html><body><article><h1>Title</h1>"
    ...                        "<p>" + "A sentence of body text, long enough. " * 8 + "</p>"
    ...                        "</article></body></html>")
    >>> art.headline
    'Title'
    >>> len(art.paragraphs)
    1
    """

    headline: str | None = None
    standfirst: str | None = None
    authors: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    author_bio: str | None = None
    published: str | None = None
    language: str | None = None
    site_name: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    blocks: tuple[BodyBlock, ...] = ()
    page_type: str = "article"

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The texts of the body blocks, in order."""
        return tuple(block.text for block in self.blocks)

    @property
    def body(self) -> str:
        """The body as plain text, one blank line between blocks."""
        return "\n\n".join(self.paragraphs)

    @property
    def is_empty(self) -> bool:
        """True when no article body was found."""
        return not self.blocks

    def to_dict(self) -> dict[str, Any]:
        """The article as plain JSON-ready data (see the module docstring for the schema)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "url": self.url,
            "headline": self.headline,
            "standfirst": self.standfirst,
            "authors": list(self.authors),
            "organisations": list(self.organisations),
            "author_bio": self.author_bio,
            "published": self.published,
            "language": self.language,
            "site_name": self.site_name,
            "tags": list(self.tags),
            "page_type": self.page_type,
            "body": self.body,
            "blocks": [block.to_dict() for block in self.blocks],
        }

    @property
    def credited(self) -> tuple[str, ...]:
        """Who the article is by: its authors, else the organisations it credits."""
        return self.authors or self.organisations

    def to_json(self, *, indent: int | None = 2) -> str:
        """The article as a JSON document (UTF-8 text, non-ASCII kept)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_text(self) -> str:
        """Headline, standfirst, byline and body as plain text."""
        parts = [p for p in (self.headline, self.standfirst) if p]
        if self.credited:
            parts.append("By " + _join_names(self.credited))
        if self.body:
            parts.append(self.body)
        if self.author_bio:
            parts.append(self.author_bio)
        if self.tags:
            parts.append("Tags: " + ", ".join(self.tags))
        return "\n\n".join(parts) + "\n"

    def to_markdown(self) -> str:
        """The article as Markdown, keeping headings, lists, quotes and code."""
        parts: list[str] = []
        if self.headline:
            parts.append("# " + _md_inline(self.headline))
        if self.standfirst:
            parts.append("*" + _md_inline(self.standfirst) + "*")
        byline = []
        if self.credited:
            byline.append("By " + _join_names(self.credited))
        if self.published:
            byline.append(self.published)
        if byline:
            parts.append(" · ".join(byline))
        parts.extend(_markdown_blocks(self.blocks))
        if self.author_bio:
            parts.append("---\n\n" + _md_inline(self.author_bio))
        if self.tags:
            parts.append("Tags: " + ", ".join(_md_inline(t) for t in self.tags))
        return "\n\n".join(parts) + "\n"


def _join_names(names: tuple[str, ...]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _md_inline(text: str) -> str:
    """Escape the characters that would start Markdown markup at a line start or inline."""
    out = text.replace("\\", "\\\\")
    for ch in ("*", "_", "`"):
        out = out.replace(ch, "\\" + ch)
    return out


def _markdown_blocks(blocks: tuple[BodyBlock, ...]) -> list[str]:
    """Render body blocks; consecutive list items form one list."""
    rendered: list[str] = []
    for block in blocks:
        if block.kind is Kind.HEADING:
            level = min(max(block.level, 2), 6)
            rendered.append("#" * level + " " + _md_inline(block.text))
        elif block.kind is Kind.LIST_ITEM:
            item = "  " * max(block.level - 1, 0) + "- " + _md_inline(block.text)
            if rendered and rendered[-1].lstrip().startswith("- ") and _is_list(rendered[-1]):
                rendered[-1] += "\n" + item
            else:
                rendered.append(item)
        elif block.kind is Kind.QUOTE:
            rendered.append("\n".join("> " + line for line in block.text.splitlines()))
        elif block.kind is Kind.CODE:
            rendered.append("```\n" + block.text + "\n```")
        elif block.kind is Kind.TABLE:
            rendered.append(_markdown_table(block.text))
        elif block.kind is Kind.CAPTION:
            rendered.append("*" + _md_inline(block.text) + "*")
        else:
            rendered.append(_md_inline(block.text))
    return rendered


def _is_list(chunk: str) -> bool:
    return all(line.lstrip().startswith("- ") for line in chunk.splitlines())


def _markdown_table(text: str) -> str:
    """Tables are stored as rows of tab-separated cells, one row a line."""
    rows = [line.split("\t") for line in text.splitlines() if line.strip()]
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]

    def cell(c: str) -> str:
        return _md_inline(c).replace("|", "\\|")

    lines = ["| " + " | ".join(cell(c) for c in rows[0]) + " |",
             "|" + "---|" * width]
    lines += ["| " + " | ".join(cell(c) for c in r) + " |" for r in rows[1:]]
    return "\n".join(lines)
