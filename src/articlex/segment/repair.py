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
        _with_text(block, text, link_texts)
        for block, text, link_texts in zip(page.blocks, blocks, links)
        if text.strip()  # a block of invisible characters only is no block
    )
    if len(new_blocks) != len(page.blocks):
        new_blocks = tuple(dataclasses.replace(b, index=i) for i, b in enumerate(new_blocks))
    notes = page.notes + tuple(f"repair: {step}" for step in steps)
    return dataclasses.replace(page, blocks=new_blocks, metadata=meta, notes=notes)


def _repair_all(strings: list[str]) -> tuple[list[str], tuple[str, ...]]:
    # Plain ASCII without "&" has nothing to repair: no mojibake, no entity, no
    # invisible or odd character can hide in it. Most menus and many paragraphs are so.
    todo = [i for i, s in enumerate(strings) if not s.isascii() or "&" in s]
    if not todo:
        return strings, ()
    joined = _SEPARATOR.join(strings[i].replace("\n\n", "\n") for i in todo)
    text, steps = repair_text_explained(joined)
    parts = text.split(_SEPARATOR)
    if len(parts) != len(todo):
        # The repair merged or split lines at a boundary: repair one string at a time.
        one_by_one = [repair_text_explained(strings[i]) for i in todo]
        parts = [t for t, _ in one_by_one]
        steps = tuple(step for _, done in one_by_one for step in done)
    repaired = list(strings)
    for i, part in zip(todo, parts):
        repaired[i] = part
    return repaired, steps


def _with_text(block: Block, text: str, link_texts: tuple[str, ...]) -> Block:
    if text == block.text and link_texts == block.signals.link_texts:
        return block
    signals = dataclasses.replace(block.signals, link_texts=link_texts, units=text_units(text))
    return dataclasses.replace(block, text=text, signals=signals)

