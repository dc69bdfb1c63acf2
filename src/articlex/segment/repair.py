"""Text repair for HTML pages, applied to what the page shows rather than to its markup.

Repairing the raw markup would spend most of the time on scripts and styles and risk
changing attribute values; the visible text is a tenth of the size. All block texts
and metadata strings are repaired in one call, joined by blank lines (which blocks of
an HTML page never contain), so the repair sees enough context to judge mojibake.
"""

from __future__ import annotations

import dataclasses

from ..encoding import repair_text_explained
from ..model import Block, Page
from ..textshape import text_units

_SEPARATOR = "\n\n"


def repair_page(page: Page) -> Page:
    """The page with every block text, link text and metadata string repaired."""
    meta = page.metadata
    strings: list[str] = [block.text for block in page.blocks]
    for block in page.blocks:
        strings.extend(block.signals.link_texts)
    strings.extend([meta.title or "", *(v for _, v in meta.meta), *meta.rel_author,
                    *meta.rel_tag, *(v for _, v in meta.itemprops)])
    repaired, steps = _repair_all(strings)
    if repaired == strings:
        return page
    it = iter(repaired)
    blocks = [next(it) for _ in page.blocks]
    links = [tuple(next(it) for _ in b.signals.link_texts) for b in page.blocks]
    title = next(it) or None
    meta = dataclasses.replace(
        meta,
        title=title,
        meta=tuple((k, next(it)) for k, _ in meta.meta),
        rel_author=tuple(next(it) for _ in meta.rel_author),
        rel_tag=tuple(next(it) for _ in meta.rel_tag),
        itemprops=tuple((k, next(it)) for k, _ in meta.itemprops),
    )
    new_blocks = tuple(
        dataclasses.replace(block, index=index)
        for index, block in enumerate(
            _with_text(block, text, link_texts)
            for block, text, link_texts in zip(page.blocks, blocks, links)
            if text.strip()  # a block of invisible characters only is no block
        )
    )
    notes = page.notes + tuple(f"repair: {step}" for step in steps)
    return dataclasses.replace(page, blocks=new_blocks, metadata=meta, notes=notes)


def _repair_all(strings: list[str]) -> tuple[list[str], tuple[str, ...]]:
    text, steps = repair_text_explained(_SEPARATOR.join(s.replace("\n\n", "\n") for s in strings))
    parts = text.split(_SEPARATOR)
    if len(parts) == len(strings):
        return parts, steps
    # The repair merged or split lines at a boundary: repair one string at a time.
    one_by_one = [repair_text_explained(s) for s in strings]
    return [t for t, _ in one_by_one], tuple(s for _, st in one_by_one for s in st)


def _with_text(block: Block, text: str, link_texts: tuple[str, ...]) -> Block:
    if text == block.text and link_texts == block.signals.link_texts:
        return block
    signals = dataclasses.replace(block.signals, link_texts=link_texts, units=text_units(text))
    return dataclasses.replace(block, text=text, signals=signals)

