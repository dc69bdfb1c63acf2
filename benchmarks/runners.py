"""One small runner per library: ``make_<lib>()`` imports the library and returns an extractor.

An extractor takes the page input (raw HTML ``bytes``, or browser text ``str`` in text mode) and
the page URL, and returns the extracted article body as plain text. ``make_*`` raises
``ImportError`` when the library is not installed; the benchmark reports it as skipped.
"""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from benchmarks.data import REPO_ROOT

Extractor = Callable[[bytes | str, str], str]

# The benchmark pages are all stored as UTF-8 (see shared/bench/README.md); libraries that want
# a str get the bytes decoded with it, which is what their users typically do with a fetched page.
PAGE_ENCODING = "utf-8"

# Elements whose boundaries become paragraph breaks when HTML output is turned into text.
BLOCK_TAGS = frozenset(
    (
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    )
)
# Elements whose text is never visible, dropped by the all-text baseline.
INVISIBLE_TAGS = ("script", "style", "noscript", "template", "head")
PARAGRAPH_SPLIT = re.compile(r"\n\s*\n")


def html_str(source: bytes | str) -> str:
    """Page bytes decoded as text; text-mode input wrapped as a minimal HTML page.

    Each line of browser text becomes a ``<p>``: inside a single ``<pre>`` the HTML extractors
    either keep everything or nothing, which says nothing about them.
    """
    if isinstance(source, str):
        lines = (line.strip() for line in source.splitlines())
        body = "".join(f"<p>{html.escape(line)}</p>" for line in lines if line)
        return f"<html><body>{body}</body></html>"
    return source.decode(PAGE_ENCODING, errors="replace")


def block_text(root: Any) -> str:
    """Text of an lxml element with a blank line between block elements and at ``<br>``."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in BLOCK_TAGS:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
        elif el.tag == "br":
            el.tail = "\n" + (el.tail or "")
    paragraphs = (" ".join(p.split()) for p in PARAGRAPH_SPLIT.split(root.text_content()))
    return "\n\n".join(p for p in paragraphs if p)


def make_articlex() -> Extractor:
    src = str(REPO_ROOT / "src")  # benchmark the working tree, not an installed copy
    if src not in sys.path:
        sys.path.insert(0, src)
    import articlex

    def run(source: bytes | str, url: str) -> str:
        if isinstance(source, str):
            return articlex.extract(source, url=url, input_format="text").body
        return articlex.extract(source, url=url).body

    return run


def make_trafilatura() -> Extractor:
    import trafilatura

    def run(source: bytes | str, url: str) -> str:
        # Defaults (fallbacks on); trafilatura decodes raw bytes itself.
        page = html_str(source) if isinstance(source, str) else source
        return trafilatura.extract(page) or ""

    return run


def make_readability() -> Extractor:
    import lxml.html
    from readability import Document

    def run(source: bytes | str, url: str) -> str:
        summary = Document(html_str(source)).summary()
        return block_text(lxml.html.fromstring(summary))

    return run


def make_newspaper() -> Extractor:
    from newspaper import Article

    def run(source: bytes | str, url: str) -> str:
        # fetch_images=False: image size checks download images; they do not change the text.
        article = Article(url, fetch_images=False)
        article.download(input_html=html_str(source))
        article.parse()
        return article.text or ""

    return run


def make_goose() -> Extractor:
    from goose3 import Goose

    goose = Goose()

    def run(source: bytes | str, url: str) -> str:
        return goose.extract(raw_html=html_str(source)).cleaned_text or ""

    return run


def make_baseline() -> Extractor:
    """Keep everything: the browser text as is, or the visible text of the HTML body."""
    import lxml.html

    parser = lxml.html.HTMLParser(encoding=PAGE_ENCODING)

    def run(source: bytes | str, url: str) -> str:
        if isinstance(source, str):
            return source
        root = lxml.html.document_fromstring(source, parser=parser)
        for el in root.iter(*INVISIBLE_TAGS):
            el.drop_tree()
        return block_text(root)

    return run


@dataclass(frozen=True)
class Runner:
    name: str
    make: Callable[[], Extractor]
    config: str  # how the library is called, shown in the report
    dist: str  # distribution name, for the version shown in the report


RUNNERS: dict[str, Runner] = {
    r.name: r
    for r in (
        Runner("articlex", make_articlex, "articlex.extract(raw bytes, url=url).body", "articlex"),
        Runner(
            "trafilatura",
            make_trafilatura,
            "trafilatura.extract(raw bytes), defaults",
            "trafilatura",
        ),
        Runner(
            "readability-lxml",
            make_readability,
            "Document(html).summary(), text with paragraph breaks",
            "readability-lxml",
        ),
        Runner(
            "newspaper4k",
            make_newspaper,
            "Article(url, fetch_images=False).download(input_html=html); .parse(); .text",
            "newspaper4k",
        ),
        Runner("goose3", make_goose, "Goose().extract(raw_html=html).cleaned_text", "goose3"),
        Runner("baseline", make_baseline, "keep everything: all visible text", "lxml"),
    )
}
ALIASES = {"readability": "readability-lxml", "newspaper": "newspaper4k", "goose": "goose3"}
COMPARISON = ("trafilatura", "readability-lxml", "newspaper4k", "goose3")


def resolve(names: str) -> list[str]:
    """Comma-separated library names (aliases allowed, ``all`` = every comparison library)."""
    return resolve_names(names, RUNNERS, COMPARISON)


def resolve_names(names: str, known: Iterable[str], everything: Iterable[str]) -> list[str]:
    """Comma-separated names among ``known`` (aliases allowed, ``all`` = ``everything``),
    in the order given, each once."""
    known, out = list(known), []
    for raw in names.split(","):
        name = ALIASES.get(raw.strip().lower(), raw.strip().lower())
        if not name:
            continue
        for n in list(everything) if name == "all" else [name]:
            if n not in known:
                raise ValueError(f"unknown library {n!r}; known: {', '.join(known)}")
            if n not in out:
                out.append(n)
    return out
