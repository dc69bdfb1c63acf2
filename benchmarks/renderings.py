"""Text renderings of the benchmark pages, made at run time (no rendered copy is stored).

Besides the browser text kept with the data (``text/``), users feed text made by HTML
converters, each with its own conventions. Each rendering here is one of them:

- ``html2text``: Markdown with ``[links](url)``, ``**emphasis**`` and paragraphs
  hard-wrapped at 78 columns (the converter's defaults);
- ``html2text-plain``: the same converter with links, images and emphasis left out:
  plain paragraphs hard-wrapped at 78 columns, Markdown headings and list bullets;
- ``inscriptis``: a layout-preserving text rendering (indented lists, tables laid out);
- ``text-wrapped``: the stored browser text hard-wrapped at 79 columns, as a text-mode
  browser or a mail client lays out paragraphs (Python's ``textwrap``).

The converters come with the ``bench`` extra. They get the page as articlex decodes it,
so every library is fed the same text.
"""

from __future__ import annotations

from collections.abc import Callable


def _html2text(links: bool) -> Callable[[str], str]:
    import html2text

    def render(html: str) -> str:
        converter = html2text.HTML2Text()
        if not links:
            converter.ignore_links = converter.ignore_images = converter.ignore_emphasis = True
        return converter.handle(html)

    return render


def _inscriptis() -> Callable[[str], str]:
    import inscriptis

    return inscriptis.get_text


#: Column at which ``text-wrapped`` wraps lines (text-mode browsers use 79 or 80).
WRAP_COLUMNS = 79


def wrap_text(text: str) -> str:
    """Browser text with every line longer than ``WRAP_COLUMNS`` hard-wrapped."""
    import textwrap

    return "\n".join(
        textwrap.fill(line, WRAP_COLUMNS) if len(line) > WRAP_COLUMNS else line
        for line in text.splitlines()
    )


#: Renderings of the browser text rather than of the HTML.
TEXT_RENDERINGS = {"text-wrapped": wrap_text}
RENDERERS: dict[str, Callable[[], Callable[[str], str]]] = {
    "html2text": lambda: _html2text(links=True),
    "html2text-plain": lambda: _html2text(links=False),
    "inscriptis": _inscriptis,
}
_loaded: dict[str, Callable[[str], str]] = {}


def render(name: str, raw: bytes) -> str:
    """The page's raw bytes rendered as text by the converter ``name``."""
    import articlex

    if name not in _loaded:
        _loaded[name] = RENDERERS[name]()
    return _loaded[name](articlex.decode(raw))
