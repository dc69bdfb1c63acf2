"""The Page-of-Blocks model shared by HTML and text pages.

A page, whatever its format, becomes a :class:`Page`: an ordered tuple of
:class:`Block` (one per paragraph, heading, list item, … or, for text pages, per
paragraph of lines) plus the page's :class:`Metadata`. The roles stage gives every
block a :class:`Verdict` (its role, the reason for it and the history of the passes
that set it); the field stage
reads the page and its verdicts and builds the :class:`~articlex.article.Article`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeVar, overload

_T = TypeVar("_T")


class Kind(enum.Enum):
    """What a block is on the page."""

    PARAGRAPH = "p"
    HEADING = "h"
    LIST_ITEM = "li"
    QUOTE = "quote"
    TABLE = "table"
    CODE = "code"
    CAPTION = "caption"
    LINE = "line"  # a short text-page line whose nature is not known yet


class SourceFormat(str, enum.Enum):
    """What a page was read as. A ``str`` enum: ``SourceFormat.HTML == "html"``, so the
    public keywords (``input_format="html"``) and JSON keep their plain strings."""

    HTML = "html"
    TEXT = "text"

    def __str__(self) -> str:
        return self.value


class Role(enum.Enum):
    """What a block turned out to be."""

    BODY = "body"
    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    BYLINE = "byline"
    DATELINE = "dateline"
    BIO = "author_bio"
    TAGS = "tags"
    BOILERPLATE = "boilerplate"


class Signals(NamedTuple):
    """Evidence about a block that the classifier reads (an immutable record: a
    NamedTuple, created for every block of every page, four times cheaper to make than
    a frozen dataclass).

    ``hints`` are semantic categories (``"nav"``, ``"comments"``, ``"byline"``, …)
    derived from the markup of the block and its ancestors (tag names, class and id
    tokens, ``role``, ``itemprop``); the containers' labels say which element gave them.
    """

    words: int = 0
    units: float = 0.0  # size in word-like units, comparable across scripts (textshape)
    link_words: int = 0
    tag: str = ""  # HTML tag of the block element, "" for text pages
    container: tuple[int, ...] = ()  # ids of the ancestor elements, root first
    hints: frozenset[str] = frozenset()
    link_texts: tuple[str, ...] = ()  # texts of the links inside the block
    blank_before: int = 0  # text pages: blank lines before the block
    lines: int = 1  # lines (text pages) or pieces of text (a region read whole) it holds

    @property
    def link_density(self) -> float:
        return self.link_words / self.words if self.words else 0.0


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of page text, in page order."""

    text: str
    kind: Kind
    index: int
    level: int = 0  # heading level (1-6) or list depth
    signals: Signals = field(default_factory=Signals)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a page declares about itself (HTML head, JSON-LD, microdata)."""

    title: str | None = None
    lang: str | None = None
    canonical: str | None = None
    meta: tuple[tuple[str, str], ...] = ()  # (lower-cased name/property, content)
    jsonld: tuple[dict[str, Any], ...] = ()  # flattened article-like JSON-LD objects
    types: tuple[str, ...] = ()  # lower-cased @type of every JSON-LD object, sorted
    rel_author: tuple[str, ...] = ()  # texts of rel=author links
    rel_tag: tuple[str, ...] = ()  # texts of rel=tag links
    itemprops: tuple[tuple[str, str], ...] = ()  # (itemprop, text) outside the head

    def meta_values(self, *names: str) -> list[str]:
        """Contents of the meta tags with any of ``names`` (lower-case), in page order."""
        wanted = set(names)
        return [value for name, value in self.meta if name in wanted and value.strip()]

    def first_meta(self, *names: str) -> str | None:
        """The first non-empty meta content among ``names``, tried in the given order."""
        for name in names:
            values = self.meta_values(name)
            if values:
                return values[0].strip()
        return None


@dataclass(frozen=True, slots=True)
class Page:
    """A segmented page: its blocks in order and its metadata."""

    blocks: tuple[Block, ...]
    metadata: Metadata = field(default_factory=Metadata)
    source_format: SourceFormat = SourceFormat.HTML
    url: str | None = None
    notes: tuple[str, ...] = ()  # decoding warnings and the like, shown by --explain
    containers: dict[int, Container] = field(default_factory=dict)  # HTML pages only
    markup: str = ""  # the decoded HTML (HTML pages only), for htmldate's date search


class Step(NamedTuple):
    """One pass's decision about a block: the pass, the role it gave and why."""

    pass_name: str
    role: Role
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"pass": self.pass_name, "role": self.role.value, "reason": self.reason}


class Verdict(NamedTuple):
    """The role a block was given, why, the value read from it (a field's names, tags
    or text) and the passes that set or changed the role, oldest first."""

    role: Role
    reason: str
    value: Any = None
    history: tuple[Step, ...] = ()

    @property
    def kept(self) -> bool:
        return self.role is Role.BODY


#: A verdict of a pass's draft: text pages leave some blocks undecided (``None``) until
#: the last pass; on HTML pages the first pass decides every block.
V = TypeVar("V", Verdict, Verdict | None)


class Draft(Sequence[V]):
    """One pass's working copy of the verdicts.

    A pass is given a draft of the verdicts so far, sets the roles it decides
    (``draft[i] = Verdict(role, reason)``), and :func:`run_pass` returns :meth:`done`:
    a new tuple in which each verdict the pass set carries the history of the block so
    far plus this pass's step. The verdicts the pass was given are left as they were.
    """

    __slots__ = ("_items", "name")

    def __init__(self, verdicts: Sequence[V], name: str) -> None:
        self._items: list[V] = list(verdicts)
        self.name = name

    @overload
    def __getitem__(self, index: int) -> V: ...
    @overload
    def __getitem__(self, index: slice) -> list[V]: ...
    def __getitem__(self, index: int | slice) -> V | list[V]:
        return self._items[index]

    def __setitem__(self, index: int, verdict: Verdict) -> None:
        before = self._items[index]
        history: tuple[Step, ...] = before.history if before is not None else ()
        step = Step(self.name, verdict.role, verdict.reason)
        self._items[index] = verdict._replace(history=(*history, step))

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[V]:
        return iter(self._items)

    def done(self) -> tuple[V, ...]:
        return tuple(self._items)


def run_pass(
    name: str, verdicts: Sequence[V], mark: Callable[[Draft[V]], _T]
) -> tuple[tuple[V, ...], _T]:
    """Run one pass: ``mark`` decides on a draft of ``verdicts``; the new verdicts (each
    one it set with this pass's step added to its history) and what ``mark`` returned.
    The order of the passes is written in :mod:`articlex.roles.passes`."""
    draft = Draft(verdicts, name)
    result = mark(draft)
    return draft.done(), result


def first_verdicts(name: str, verdicts: Iterable[Verdict]) -> tuple[Verdict, ...]:
    """The verdicts of a first pass, which decides every block: each with its step."""
    return tuple(v._replace(history=(Step(name, v.role, v.reason),)) for v in verdicts)


class Credit(NamedTuple):
    """The value of a byline or dateline block: what the line says about the article."""

    names: tuple[str, ...] = ()  # the people it names ("By Ann Poe and Al Roe")
    date: str | None = None  # the date it gives, ISO 8601
    categories: tuple[str, ...] = ()  # a text page's details line ends with the filing
    organisations: tuple[str, ...] = ()  # what it credits when it names no one ("By AP")


@dataclass(frozen=True, slots=True)
class Classified:
    """A page with one verdict per block (same order), and what the roles stage knows
    of the page as a whole: its language (declared, else identified from the text of
    the blocks given the article's roles), the site's declared name, and the
    probability of each page type (None without a page-type model)."""

    page: Page
    verdicts: tuple[Verdict, ...]
    language: str | None = None
    site_name: str | None = None
    type_scores: dict[str, float] | None = None

    def blocks_with(self, role: Role) -> list[Block]:
        return [b for b, v in zip(self.page.blocks, self.verdicts) if v.role is role]

    def values_with(self, role: Role) -> list[tuple[Block, Any]]:
        """The blocks of the role that have a value, each with its value, in page order."""
        return [(b, v.value) for b, v in zip(self.page.blocks, self.verdicts)
                if v.role is role and v.value is not None]


class Container(NamedTuple):
    """An HTML element that holds blocks: what the classifier knows about it."""

    id: int
    tag: str
    parent: int | None
    hints: frozenset[str] = frozenset()
    label: str = ""  # e.g. 'div.article-body#main', for explanations

    @property
    def shape(self) -> str:
        """Its tag and classes without its id: the posts of a thread share one shape."""
        return self.label.split("#", 1)[0]
