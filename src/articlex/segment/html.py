"""HTML → Page: parse with lxml, read the metadata, cut the visible text into Blocks.

Each block-level element (``p``, ``h1``–``h6``, ``li``, ``blockquote``, ``pre``, a data
``table``, ``figcaption``, and ``div``-like elements holding text directly) becomes a
:class:`~articlex.model.Block`; inline elements (``a``, ``em``, ``span``, …) add their
text to the block that holds them. Every block records the chain of elements above it
(as :class:`~articlex.model.Container` ids), the markup hints of that chain and how
many of its words sit inside links: the signals the roles stage reads.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from ..errors import NotAPageError
from ..model import Block, Container, Kind, Page, Signals, SourceFormat
from ..tables.markup import ITEMPROP_HINTS, ROLE_HINTS, TAG_HINTS
from ..textshape import measure, strip_controls
from .hints import token_hints
from .metadata import read_metadata
from .trees import attributes, selected_attributes, selected_elements, texts

#: Elements whose content is never visible text.
SKIPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "head", "title", "meta",
    "link", "iframe", "object", "embed", "canvas", "video", "audio", "source", "picture",
    "img", "input", "select", "option", "textarea", "button", "map", "dialog",
})
#: Skipped elements that libxml2 leaves open past their end tag while an element inside
#: them is open (``<button><div></button>``: HTML says the end tag closes both), or past
#: the place a void element ends (``<embed>``, ``<source>``): they swallow the rest of
#: the page. One that holds blocks and more text than a control shows
#: (``SWALLOWED_MIN_CHARS``) is read as a plain element.
SWALLOWING_TAGS = ("button", "select", "option", "object", "map", "canvas", "dialog", "audio",
                   "video", "embed", "source", "picture")
_HOLDS_BLOCKS = etree.XPath("boolean((" + " | ".join(
    "descendant::" + tag for tag in ("p", "div", "h1", "h2", "h3", "li", "table", "article",
                                     "section")) + ")[1])")
#: A button or a list of options shows a few words; a swallowed page shows paragraphs.
SWALLOWED_MIN_CHARS = 200
_HOLDS_TEXT = etree.XPath(f"string-length(normalize-space()) > {SWALLOWED_MIN_CHARS}")
#: React's streamed server rendering sends late parts of a page as hidden ``<div
#: id="S:n">`` at the end, which a script moves into the ``<template id="B:n">`` left
#: where they belong: a framework's convention, and the only copy of that text.
_STREAMED_PARTS = etree.XPath("descendant::div[@hidden][starts-with(@id, 'S:')]")
#: Inline elements that only style text: dissolved into their parent before the walk
#: (after hidden ones are pruned). Links and line breaks are kept: they are signals.
DISSOLVED_TAGS = (
    "span", "em", "strong", "b", "i", "u", "s", "font", "small", "big", "sup", "sub", "abbr",
    "cite", "mark", "time", "code", "q", "dfn", "kbd", "samp", "var", "tt", "strike", "del",
    "ins", "nobr", "wbr", "bdi", "bdo", "data", "label", "acronym",
)
#: Regions read as one block, without cutting them up: navigation anywhere, and page
#: footers outside any <article> (inside one, a footer holds tags or a byline). Not
#: forms: some frameworks wrap the whole page in one.
COLLAPSED_TAGS = frozenset({"nav", "menu", "footer"})
COLLAPSED_ROLES = frozenset({"navigation", "contentinfo", "search", "menubar"})
# ... unless the region holds an author box or a tag list (seen in page footers).
_HOLDS_FIELDS = etree.XPath(
    "boolean(descendant::*[@class or @id][contains(concat(@class, ' ', @id), 'author')"
    " or contains(concat(@class, ' ', @id), 'bio') or contains(concat(@class, ' ', @id),"
    " 'byline') or contains(concat(@class, ' ', @id), 'tag')])"
)
#: Elements that start a block of their own.
BLOCK_TAGS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "blockquote", "pre",
    "table", "tr", "td", "th", "caption", "figcaption", "figure", "div", "section",
    "article", "main", "aside", "header", "footer", "nav", "form", "fieldset", "ul",
    "ol", "dl", "address", "details", "summary", "center", "body", "html", "hr",
    "legend", "menu", "hgroup", "tbody", "thead", "tfoot",
})
#: Hints that do not make a quoted social-media post boilerplate.
EMBED_SAFE = frozenset({"social", "share"})
#: Elements whose classes describe the whole page ("single-post", "cookies-not-set").
PAGE_TAGS = frozenset({"html", "body"})
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: Block kinds fixed by the tag alone, with their level.
_FIXED_KINDS: dict[str, tuple[Kind, int]] = {
    "p": (Kind.PARAGRAPH, 0), "pre": (Kind.CODE, 0), "table": (Kind.TABLE, 0),
    "figcaption": (Kind.CAPTION, 0), "caption": (Kind.CAPTION, 0),
    "blockquote": (Kind.QUOTE, 0),
    **{tag: (Kind.HEADING, level) for tag, level in HEADING_TAGS.items()},
}
#: List items, whose level is the depth of lists they sit in.
_ITEM_TAGS = frozenset({"li", "dd", "dt"})
#: Kinds that other block elements inside them inherit (a div inside an li).
_INHERITED_KINDS = frozenset({Kind.LIST_ITEM, Kind.CAPTION})
_PARAGRAPH = (Kind.PARAGRAPH, 0)
#: Elements whose depth the walk tracks: lists, quotes, articles.
_DEPTH_TAGS = frozenset({"ul", "ol", "dl", "menu", "blockquote", "article"})
_NO_HINTS: frozenset[str] = frozenset()
#: Distinct (tag, class, id, role, itemprop) combinations remembered: a site repeats a
#: few hundred; more would only hold memory (labels and class strings) for pages gone by.
HINT_CACHE_SIZE = 4096
#: A table is a layout table (descended into) rather than data when a cell holds more
#: words than this: data cells are short; layout cells hold whole articles.
DATA_TABLE_MAX_CELL_WORDS = 60
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACE = re.compile(r"[ \t\r\n\f\v]+")
#: What a <br> adds to the text being collected (U+2028 LINE SEPARATOR: never confused
#: with the line breaks of the HTML source, which are plain whitespace).
_BREAK = "\u2028"
_WORD = re.compile(r"\w+")


_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, recover=True,
                           no_network=True, huge_tree=False)


def parse_html(markup: str) -> etree._Element:
    """Parse markup into an lxml tree (plain elements: faster than lxml.html's classes)."""
    markup = _XML_DECLARATION.sub("", markup, count=1)  # lxml refuses str with one
    try:
        root = etree.fromstring(markup, parser=_PARSER)
    except ValueError:  # control characters, which lxml refuses in str input
        root = _parse_or_refuse(strip_controls(markup))
    except (etree.ParserError, etree.XMLSyntaxError) as error:
        raise NotAPageError(f"cannot parse the page as HTML: {error}") from None
    if root is None:
        root = etree.fromstring("<html><body></body></html>", parser=_PARSER)
    return root


def _parse_or_refuse(markup: str) -> etree._Element | None:
    try:
        return etree.fromstring(markup, parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise NotAPageError(f"cannot parse the page as HTML: {error}") from None


def segment_html(markup: str, *, url: str | None = None, notes: tuple[str, ...] = ()) -> Page:
    """Cut an HTML page into a :class:`Page` of blocks with its metadata."""
    root = parse_html(markup)
    metadata = read_metadata(root)
    walker = _Walker()
    walker.walk(root)
    return Page(
        blocks=tuple(walker.blocks),
        metadata=metadata,
        source_format=SourceFormat.HTML,
        url=url,
        notes=notes,
        containers=walker.containers,
        markup=markup,
    )


@lru_cache(maxsize=HINT_CACHE_SIZE)
def _hints_for(
    tag: str, classes: str, ident: str, role: str, itemprop: str
) -> tuple[frozenset[str], str]:
    tokens = classes.split()
    label = tag + ("." + ".".join(tokens[:3]) if tokens else "") + ("#" + ident if ident else "")
    if tag in PAGE_TAGS:  # classes of <html> and <body> describe the page, not content
        return frozenset(), tag
    found: set[str] = set()
    if tag in TAG_HINTS:
        found.add(TAG_HINTS[tag])
    for token in (*tokens, ident):
        if token:
            found |= token_hints(token)
    if role.lower() in ROLE_HINTS:
        found.add(ROLE_HINTS[role.lower()])
    for prop in itemprop.lower().split():
        hint = ITEMPROP_HINTS.get(prop)
        if hint:
            found.add(hint)
    if tag == "blockquote":  # an embedded post (class "twitter-tweet") is quoted content
        found -= EMBED_SAFE
    return frozenset(found), label


#: The attributes that can hide an element (an attribute path: libxml2 walks it faster
#: than an element path with a predicate); the test is finished in Python.
_HIDING_ATTRIBUTES = etree.XPath("descendant::*/@hidden | descendant::*/@aria-hidden"
                                 " | descendant::*/@style")


def _prune_invisible(start: etree._Element) -> None:
    """Remove invisible subtrees before the walk, keeping the text that follows them;
    then dissolve the inline tags the walk has no use for (in C: far fewer events)."""
    for el in start.iter(*SWALLOWING_TAGS):
        if len(el) and _HOLDS_BLOCKS(el) and _HOLDS_TEXT(el):
            el.tag = "div"
    _place_streamed_parts(start)
    _show_noscript_fallback(start)
    etree.strip_elements(start, *SKIPPED_TAGS, etree.Comment, with_tail=False)
    for value in selected_attributes(_HIDING_ATTRIBUTES, start):
        if _hides(value.attrname, value):
            _detach(value.getparent())
    etree.strip_tags(start, *DISSOLVED_TAGS)


#: A page built by its scripts may give its content to readers without them in
#: ``<noscript>`` (a Discourse thread's posts): when its noscript elements hold at least
#: this much text and more than the rest of the page shows, they are read as the page.
NOSCRIPT_MIN_CHARS = 500
_VISIBLE_TEXT = etree.XPath(
    "descendant::text()[not(ancestor::script or ancestor::style or ancestor::noscript"
    " or ancestor::template)]")


def _show_noscript_fallback(start: etree._Element) -> None:
    """Read the noscript elements as plain elements when they hold the page's content
    (``NOSCRIPT_MIN_CHARS``); otherwise they stay skipped (a tracking pixel, "Please
    enable JavaScript")."""
    fallbacks = list(start.iter("noscript"))
    if not fallbacks:
        return
    inside = sum(len("".join(texts(el)).strip()) for el in fallbacks)
    if inside < NOSCRIPT_MIN_CHARS:
        return
    visible = _VISIBLE_TEXT(start)
    outside = sum(len(str(t).strip()) for t in visible) if isinstance(visible, list) else 0
    if inside > outside:
        for el in fallbacks:
            el.tag = "div"


def _detach(el: etree._Element) -> None:
    """Take an element out of the tree, leaving the text that follows it in place."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    el.tail = None
    parent.remove(el)


def _place_streamed_parts(start: etree._Element) -> None:
    """Move each streamed part of a React page to its placeholder, as its script would,
    and show it; a part without a placeholder stays hidden."""
    holders = {t.get("id"): t for t in start.iter("template")
               if t.get("id", "").startswith("B:")}
    if not holders:
        return
    for part in selected_elements(_STREAMED_PARTS, start):
        holder = holders.get("B:" + part.get("id", "")[2:])
        if holder is None or holder.getparent() is None:
            continue
        _detach(part)
        del part.attrib["hidden"]
        holder.addprevious(part)


def _hides(name: str, value: str) -> bool:
    """Whether an attribute (``hidden``, ``aria-hidden`` or ``style``) hides its element."""
    if name == "hidden":
        return True
    if name == "aria-hidden":
        return value == "true"
    return bool(_HIDDEN_STYLE.search(value))


class _Walker:
    """Walks the tree once, in document order, emitting blocks and containers.

    The inline text of the block being built collects in ``_pieces``; words inside links
    are counted as they arrive. The walk is the hot loop of the whole pipeline, hence the
    flat attributes and the inlined inline-element path.
    """

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.containers: dict[int, Container] = {}
        self._chain: list[int] = []  # open block-level elements (container ids)
        self._chain_hints: list[frozenset[str]] = []  # union of hints down the chain
        self._kinds: list[tuple[Kind, int]] = []  # kind and level of each open element
        self._pieces: list[str] = []
        self._link_words = 0
        self._link_texts: list[str] = []
        self._link_depth = 0
        self._link_start = 0
        self._list_depth = 0
        self._quote_depth = 0
        self._article_depth = 0

    def walk(self, root: etree._Element) -> None:
        body = root.find("body")
        start = body if body is not None else root
        _prune_invisible(start)
        walker = etree.iterwalk(start, events=("start", "end"))
        for event, el in walker:
            tag = el.tag
            if event == "start":
                if tag in BLOCK_TAGS:
                    if self._enter_block(el, tag):
                        walker.skip_subtree()
                    continue
                if tag == "br":
                    self._pieces.append(_BREAK)
                    continue
                if tag == "a":
                    self._start_link()
                text = el.text if isinstance(tag, str) else None
            else:
                if tag in BLOCK_TAGS:
                    self._leave_block(el, tag)
                elif tag == "a":
                    self._end_link()
                text = el.tail
            if text and (self._pieces or not text.isspace()):  # no block starts with spaces
                self._pieces.append(text)
                if self._link_depth:
                    self._link_words += len(_WORD.findall(text))
        self._flush()

    def _enter_block(self, el: etree._Element, tag: str) -> bool:
        """A block-level element starts: the block being built ends. True when the
        element's subtree was consumed whole."""
        if self._pieces:
            self._flush()
        if _is_empty(el):  # nothing to hold (a spacer, an ad slot): only a boundary
            return False
        return self._start_block(el, tag)

    def _leave_block(self, el: etree._Element, tag: str) -> None:
        """A block-level element ends: so does the block being built, and its container."""
        if self._pieces:
            self._flush()
        if not _is_empty(el):
            self._close(tag)

    def _start_block(self, el: etree._Element, tag: str) -> bool:
        """Open a block-level element; True when its subtree was consumed whole."""
        role = self._open(el, tag)
        if (tag in COLLAPSED_TAGS or role in COLLAPSED_ROLES) \
                and (tag in ("nav", "menu") or not self._article_depth) \
                and not _HOLDS_FIELDS(el):
            self._emit_region(el)
            return True
        if tag == "pre":
            self._emit_whole(_pre_text(el), Kind.CODE)
            return True
        if tag == "table" and _is_data_table(el):
            self._emit_whole(_table_text(el), Kind.TABLE)
            return True
        text = el.text
        if text and not text.isspace():
            self._pieces.append(text)
            if self._link_depth:
                self._link_words += len(_WORD.findall(text))
        return False

    def _start_link(self) -> None:
        if self._link_depth == 0:
            self._link_start = len(self._pieces)
        self._link_depth += 1

    def _end_link(self) -> None:
        if not self._link_depth:
            return
        self._link_depth -= 1
        if self._link_depth == 0:
            text = _clean_inline("".join(self._pieces[self._link_start:]))
            if text:
                self._link_texts.append(text)

    # -- structure ------------------------------------------------------------------
    def _open(self, el: etree._Element, tag: str) -> str:
        """Push a container for ``el``; returns its ``role`` attribute ("" if none)."""
        ident = len(self.containers)
        classes = element_id = role = itemprop = ""
        for name, value in attributes(el):  # one call for all attributes: cheaper than four
            if name == "class":
                classes = value
            elif name == "id":
                element_id = value
            elif name == "role":
                role = value
            elif name == "itemprop":
                itemprop = value
        hints, label = _hints_for(tag, classes, element_id, role, itemprop)
        chain = self._chain
        self.containers[ident] = Container(ident, tag, chain[-1] if chain else None, hints, label)
        chain.append(ident)
        chain_hints = self._chain_hints
        above = chain_hints[-1] if chain_hints else _NO_HINTS
        chain_hints.append(above | hints if hints else above)
        if tag in _DEPTH_TAGS:
            self._count(tag, 1)
        kinds = self._kinds
        kind = _FIXED_KINDS.get(tag)
        if kind is None:
            if tag in _ITEM_TAGS:
                kind = (Kind.LIST_ITEM, self._list_depth or 1)
            elif kinds and kinds[-1][0] in _INHERITED_KINDS:
                kind = kinds[-1]  # a div inside an li still makes list-item text
            else:
                kind = _PARAGRAPH
        kinds.append(kind)
        return role

    def _close(self, tag: str) -> None:
        if tag in _DEPTH_TAGS:
            self._count(tag, -1)
        self._chain.pop()
        self._chain_hints.pop()
        self._kinds.pop()

    def _count(self, tag: str, step: int) -> None:
        """Track how deep the walk is in lists, quotes and articles."""
        if tag == "blockquote":
            self._quote_depth += step
        elif tag == "article":
            self._article_depth += step
        else:
            self._list_depth += step

    # -- blocks ---------------------------------------------------------------------
    def _flush(self) -> None:
        if not self._pieces:
            return
        joined = "".join(self._pieces)
        link_words, link_texts = self._link_words, tuple(self._link_texts)
        self._pieces.clear()
        self._link_texts.clear()
        self._link_words = 0
        text = _clean_inline(joined) if not joined.isspace() else ""
        if not text:
            return
        kind, level = self._kinds[-1] if self._kinds else (Kind.PARAGRAPH, 0)
        if self._quote_depth and kind is Kind.PARAGRAPH:
            kind = Kind.QUOTE
        if self._chain_hints and "caption" in self._chain_hints[-1] and kind is not Kind.HEADING:
            kind = Kind.CAPTION  # <p class="wp-caption-text"> is a caption, not a paragraph
        for part in _split_on_blank_lines(text):
            self._append(part, kind, level, link_words, link_texts)

    def _emit_whole(self, text: str, kind: Kind) -> None:
        if text.strip():
            self._append(text, kind, 0, 0, ())

    def _emit_region(self, el: etree._Element) -> None:
        """A navigation region, or a page footer outside the article, as one block: its
        text is never the article's, so it is not cut up (much of a page's markup is
        menus). Its pieces of text are counted as its lines."""
        pieces = [t for t in texts(el) if not t.isspace()]
        text = _SPACE.sub(" ", " ".join(pieces)).strip()
        if text:  # counted as all links (link words are capped at the block's words)
            self._append(text, Kind.PARAGRAPH, 0, len(text), (), lines=len(pieces))

    def _append(
        self, text: str, kind: Kind, level: int, link_words: int, link_texts: tuple[str, ...],
        lines: int = 1,
    ) -> None:
        chain = tuple(self._chain)
        hints = self._chain_hints[-1] if self._chain_hints else frozenset()
        words, units = measure(text)
        self.blocks.append(
            Block(
                text=text,
                kind=kind,
                index=len(self.blocks),
                level=level,
                signals=Signals(
                    words=words,
                    units=units,
                    link_words=min(link_words, words),
                    tag=self.containers[chain[-1]].tag if chain else "",
                    container=chain,
                    hints=hints,
                    link_texts=link_texts,
                    lines=lines,
                ),
            )
        )


def _is_empty(el: etree._Element) -> bool:
    """An element without children or text: it opens no container."""
    if len(el):
        return False
    text = el.text
    return not text or text.isspace()


def _clean_inline(text: str) -> str:
    """Collapse whitespace runs; ``<br>`` marks become line breaks, two of them a blank line."""
    if text.isascii():  # the same as below, faster (no <br> mark: it is not ASCII)
        return " ".join(text.split())
    if _BREAK not in text:
        return _SPACE.sub(" ", text).strip()
    lines = [_SPACE.sub(" ", line).strip() for line in text.split(_BREAK)]
    lines = [line if line.strip() else "" for line in lines]  # U+00A0-only lines too
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _split_on_blank_lines(text: str) -> list[str]:
    """``<br><br>`` separates paragraphs in older markup: make them blocks of their own."""
    if "\n\n" not in text:
        return [text]
    parts = [p.strip() for p in text.split("\n\n")]
    return [p for p in parts if p]


def _pre_text(el: etree._Element) -> str:
    return "".join(texts(el)).strip("\n")


def _is_data_table(el: etree._Element) -> bool:
    if el.find(".//table") is not None:
        return False
    rows = el.findall(".//tr")
    if not rows:
        return False
    for cell in el.iter("td", "th"):
        if len(_WORD.findall("".join(texts(cell)))) > DATA_TABLE_MAX_CELL_WORDS:
            return False
        if cell.find(".//p") is not None and len(rows) < 2:
            return False
    return True


def _table_text(el: etree._Element) -> str:
    rows = []
    for row in el.iter("tr"):
        cells = [_SPACE.sub(" ", "".join(texts(c))).strip()
                 for c in row if c.tag in ("td", "th")]
        if any(cells):
            rows.append("\t".join(cells))
    return "\n".join(rows)
