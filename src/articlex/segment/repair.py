"""Text repair for HTML pages, applied to the text of the segmented page.

Repairing the raw markup would spend most of the time on scripts and styles and risk
changing attribute values. So the repair runs on the segmented page, before any role is
given (every rule and phrase then judges repaired text): on every block's text, its link
texts and the metadata strings (JSON-LD's too), all in one call, joined by blank lines
(which blocks of an HTML page never contain), so the repair sees enough context to judge
mojibake. Plain ASCII without "&" is skipped: nothing in it can be damaged.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from ..encoding import repair_text_explained
from ..model import Block, Metadata, Page
from ..textshape import text_units

_SEPARATOR = "\n\n"


def repair_page(page: Page) -> Page:
    """The page with the text of every block, its link texts and its metadata strings
    repaired, so that every decision after it sees repaired text."""
    strings = _strings_of(page)
    repaired, steps = _repair_all(strings)
    if repaired == strings:
        return page
    it = iter(repaired)
    texts = [next(it) for _ in page.blocks]
    links = [tuple(next(it) for _ in block.signals.link_texts) for block in page.blocks]
    meta = _repaired_metadata(page.metadata, it)
    blocks = tuple(_with_text(block, text, link_texts)
                   for block, text, link_texts in zip(page.blocks, texts, links))
    notes = page.notes + tuple(f"repair: {step}" for step in steps)
    return dataclasses.replace(page, blocks=blocks, metadata=meta, notes=notes)


def _strings_of(page: Page) -> list[str]:
    """The strings to repair, in order: the blocks' texts, their link texts, then the
    metadata's title, meta values, author and tag links, itemprops and the strings of
    its JSON-LD objects."""
    meta = page.metadata
    strings: list[str] = [block.text for block in page.blocks]
    for block in page.blocks:
        strings.extend(block.signals.link_texts)
    strings.extend([meta.title or "", *(v for _, v in meta.meta), *meta.rel_author,
                    *meta.rel_tag, *(v for _, v in meta.itemprops)])
    for obj in meta.jsonld:
        strings.extend(_jsonld_strings(obj))
    return strings


#: JSON-LD keys whose strings are not repaired: the article's whole text, which the
#: page's blocks already give (repairing it would double the work for nothing read).
UNREPAIRED_JSONLD_KEYS = frozenset({"articleBody", "text"})


def _jsonld_strings(value: Any) -> Iterator[str]:
    """The strings of a JSON-LD value, depth first, keys in their order (a headline, an
    author's name, keywords: JSON-LD is often written with HTML entities in it)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in UNREPAIRED_JSONLD_KEYS:
                yield from _jsonld_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _jsonld_strings(item)


def _rebuilt_jsonld(value: Any, it: Iterator[str]) -> Any:
    """``value`` with its strings taken, in the order of :func:`_jsonld_strings`, from
    ``it``."""
    if isinstance(value, str):
        return next(it)
    if isinstance(value, dict):
        return {key: item if key in UNREPAIRED_JSONLD_KEYS else _rebuilt_jsonld(item, it)
                for key, item in value.items()}
    if isinstance(value, list):
        return [_rebuilt_jsonld(item, it) for item in value]
    return value


def _repaired_metadata(meta: Metadata, it: Iterator[str]) -> Metadata:
    """The metadata with its strings taken, in the order of :func:`_strings_of`, from
    ``it``."""
    title = next(it) or None
    return dataclasses.replace(
        meta,
        title=title,
        meta=tuple((k, next(it)) for k, _ in meta.meta),
        rel_author=tuple(next(it) for _ in meta.rel_author),
        rel_tag=tuple(next(it) for _ in meta.rel_tag),
        itemprops=tuple((k, next(it)) for k, _ in meta.itemprops),
        jsonld=tuple(_rebuilt_jsonld(obj, it) for obj in meta.jsonld),
    )


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
    signals = block.signals._replace(link_texts=link_texts, units=text_units(text))
    return dataclasses.replace(block, text=text, signals=signals)

