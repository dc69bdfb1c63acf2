"""Boilerplate removal for HTML pages: find the article container, then judge its blocks.

1. Every block gets a *prose weight*: its length in text units when it reads like prose
   (long enough, few links), else 0; and a *clutter weight*: the words of everything
   else (menus, link lists, buttons), and of blocks inside elements whose markup names
   boilerplate (nav, comments, related, …).
2. The article container is the element maximising ``prose − CLUTTER_COST × clutter``
   over the blocks it holds. Markup hints count only *below* the candidate, so a page
   wrapper whose class happens to say "sidebar-layout" cannot hide the article.
3. Blocks outside the container are boilerplate; inside it, each block is judged by
   its markup hints, its link density and its wording, and every verdict says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..model import Block, Container, Kind, Page, Role, Verdict
from ..segment.hints import BOILERPLATE
from ..textshape import SENTENCE_MIN_UNITS, ends_like_sentence
from .boilerplate import boilerplate_phrase
from .cues import bio_subject, opens_like_a_bio
from .markup import below_shared, quote

#: Each clutter word inside a candidate cancels this many prose units: 1.0 lets an
#: article keep a share bar or an ad label of its own, but not a whole sidebar.
CLUTTER_COST = 0.5
#: A candidate whose own markup names boilerplate ("comments", "sidebar") keeps this
#: share of its score: such lists of prose are rarely the article, but a mislabelled
#: article container must still be able to win when nothing else holds prose.
HINTED_CONTAINER_FACTOR = 0.15
#: An element holding at least this share of the page's prose is a page wrapper: its
#: class names ("has-sidebar", "comments-open") describe the layout, not its content.
WRAPPER_SHARE = 0.9
#: A non-prose block costs its words up to this many: a menu item and a long link
#: line are both one piece of clutter, and product lists in an article are long links.
CLUTTER_CAP = 4
#: A block with fewer text units than this is prose only if it ends like a sentence.
PROSE_MIN_UNITS = 12
#: ... and never below this many units (a lone "Yes." is not evidence of an article).
PROSE_FLOOR_UNITS = 5
#: Link density above which a block is link text, not prose (Readability uses 0.25–0.5).
PROSE_MAX_LINK_DENSITY = 0.5
#: Prose loses this share of its linked words' weight: links in a sentence are weak
#: evidence of a teaser, but the sentence itself is still evidence of an article.
LINKED_PROSE_DISCOUNT = 0.5
#: A data table counts for this share of its size: tables of results and figures are
#: often the point of an article, but sidebars hold tables too.
TABLE_WEIGHT = 0.5
#: Elements that hold text, not articles: a paragraph is never the article container.
TEXT_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote",
                       "dd", "dt", "figcaption", "caption", "tr", "th", "address", "summary"})
#: Teasers come in lists: this many in a row make a list of teasers.
TEASER_RUN = 3
#: A teaser's linked title has at least this many words (a linked name is not a title).
TEASER_TITLE_WORDS = 4
#: Elements that make cards in a grid or list of stories.
CARD_TAGS = frozenset({"div", "article", "section", "aside"})
#: This many sibling cards of one kind make a list of cards ...
CARD_RUN = 3
#: ... when each holds at most this many units (a teaser, not a chapter).
CARD_MAX_UNITS = 80
#: A paragraph of one link this long (units) is a line of the article ("Help shape the
#: future of public transit"), not a menu entry.
LINKED_LINE_MIN_UNITS = 6
#: Inside the article, a block with more links than this is dropped when it is short.
BODY_MAX_LINK_DENSITY = 0.6
#: Blocks up to this many units are short enough for phrase tables to decide them.
SHORT_BLOCK_UNITS = 25
#: Field hints only decide a block this short (units): a long block inside an element
#: whose class says "author" is more likely the article itself. Bios run longer.
FIELD_BLOCK_MAX_UNITS = {"bio": 150, "tags": 80, "date": 30, "byline": 40}
#: Hints that name a field of the article, most specific first ("author-bio" also
#: says "author", and the bio must win).
FIELD_ROLES = {"bio": Role.BIO, "tags": Role.TAGS, "date": Role.DATELINE, "byline": Role.BYLINE}
_FIELD_HINTS = frozenset(FIELD_ROLES)
#: Tags and bylines inside these are the site's or someone else's, not the article's.
FIELD_BLOCKERS = frozenset({"sidebar", "widget", "nav", "comments", "related", "form",
                            "newsletter", "login", "promo", "gallery", "footer"})
#: Text in author markup longer than this (units) that reads "Name is/covers …" is the
#: author's bio, not the byline.
BYLINE_MAX_UNITS = 15


class Weights(NamedTuple):
    prose: float
    clutter: float


def teaser_runs(blocks: Sequence[Block]) -> set[int]:
    """Indices of blocks in runs of teasers: blocks that open with a linked title of a few
    words and go on with unlinked summary text, several in a row."""
    found: set[int] = set()
    run: list[int] = []
    for block in [*blocks, None]:
        if block is not None and _is_teaser(block):
            run.append(block.index)
            continue
        if len(run) >= TEASER_RUN:
            found.update(run)
        run = []
    return found


def _is_teaser(block: Block) -> bool:
    links = block.signals.link_texts
    if not links or not 0.05 < block.signals.link_density < 0.7:
        return False
    title = links[0]
    if len(title.split()) < TEASER_TITLE_WORDS or not block.text.startswith(title):
        return False
    # A title stands alone; a linked first sentence runs on with its own punctuation.
    after = block.text[len(title):len(title) + 1]
    return not title.endswith((".", "!", "?", ":", "。")) and after not in {".", "!", "?", ":", ","}


def card_blocks(page: Page) -> set[int]:
    """Blocks inside lists of cards: three or more sibling elements of the same kind and
    class, each holding a heading or a link and little text (story grids, product tiles).
    """
    units, marks = _own_units_and_marks(page)
    groups = _sibling_groups(page, units, marks)
    cards: set[int] = set()
    for members in groups.values():
        if len(members) >= CARD_RUN and all(
            marks[m] and units[m] <= CARD_MAX_UNITS for m in members
        ):
            cards.update(members)
    if not cards:
        return set()
    return {b.index for b in page.blocks if not cards.isdisjoint(b.signals.container)}


def _own_units_and_marks(page: Page) -> tuple[dict[int, float], dict[int, float]]:
    """The units of the blocks each element holds directly, and their headings and title
    links."""
    units: dict[int, float] = {}
    marks: dict[int, float] = {}  # headings and title links the container holds
    for block in page.blocks:
        if block.signals.container:
            owner = block.signals.container[-1]
            units[owner] = units.get(owner, 0.0) + block.signals.units
            signal = block.kind is Kind.HEADING or _opens_with_link(block)
            marks[owner] = marks.get(owner, 0.0) + signal
    return units, marks


def _sibling_groups(
    page: Page, units: dict[int, float], marks: dict[int, float]
) -> dict[tuple[int | None, str], list[int]]:
    """Add each element's units and marks into its parent's, and group the card-like
    elements by parent and class."""
    containers = page.containers
    groups: dict[tuple[int | None, str], list[int]] = {}
    for ident in reversed(range(len(containers))):  # children first: sum up and group
        if ident not in units:
            continue
        container = containers[ident]
        parent = container.parent
        if parent is not None:
            units[parent] = units.get(parent, 0.0) + units[ident]
            marks[parent] = marks.get(parent, 0.0) + marks[ident]
        if container.tag in CARD_TAGS:
            groups.setdefault((parent, container.label), []).append(ident)
    return groups


def _sum_up(page: Page, totals: dict[int, float]) -> None:
    """Add each container's total into its parent's, so that every container holds the
    total of its whole subtree (one pass: children have larger ids than parents)."""
    containers = page.containers
    for ident in reversed(range(len(containers))):
        if ident in totals:
            parent = containers[ident].parent
            if parent is not None:
                totals[parent] = totals.get(parent, 0.0) + totals[ident]


def _opens_with_link(block: Block) -> bool:
    links = block.signals.link_texts
    return bool(links) and (block.signals.link_density > 0.8 or block.text.startswith(links[0]))


def body_units(page: Page, verdicts: Sequence[Verdict]) -> float:
    return sum(b.signals.units for b, v in zip(page.blocks, verdicts) if v.role is Role.BODY)


# -- weighing -------------------------------------------------------------------------
def weigh(block: Block, relaxed: bool = False) -> Weights:
    units = block.signals.units
    if block.kind is Kind.TABLE and block.signals.link_density < PROSE_MAX_LINK_DENSITY:
        return Weights(units * TABLE_WEIGHT, 0.0)
    if _is_prose(block, units):
        prose = units * (1.0 - LINKED_PROSE_DISCOUNT * block.signals.link_density)
        return Weights(prose, 0.0)
    if relaxed and block.signals.link_density < PROSE_MAX_LINK_DENSITY and units >= 3:
        return Weights(units, 0.0)
    # A region read as one block (a whole menu) costs as much as its lines would.
    cap = CLUTTER_CAP * max(block.signals.lines, 1)
    return Weights(0.0, float(min(max(block.signals.words, 1), cap)))


def _is_prose(block: Block, units: float) -> bool:
    if block.kind in (Kind.HEADING, Kind.CAPTION, Kind.CODE, Kind.TABLE):
        return False
    if block.signals.link_density > PROSE_MAX_LINK_DENSITY or units < PROSE_FLOOR_UNITS:
        return False
    return units >= PROSE_MIN_UNITS or _sentence_like(block, units)


def _sentence_like(block: Block, units: float) -> bool:
    """:func:`~articlex.textshape.is_sentence_like`, with the block's size already known."""
    return units >= SENTENCE_MIN_UNITS and ends_like_sentence(block.text)


def best_container(page: Page, weights: Sequence[Weights]) -> int | None:
    """The container id with the best prose-minus-clutter balance.

    A block counts for a container as prose only when no element marked as boilerplate
    lies between them; otherwise all of it counts as clutter. The sums are built bottom
    up in one pass over the containers (children have larger ids than their parents).
    """
    good: dict[int, float] = {}  # score of each container
    bad: dict[int, float] = {}  # the same blocks, all counted as clutter
    prose_in: dict[int, float] = {}
    for block, w in zip(page.blocks, weights):
        if not block.signals.container:
            continue
        owner = block.signals.container[-1]
        clutter = CLUTTER_COST * w.clutter
        good[owner] = good.get(owner, 0.0) + (w.prose - clutter if w.prose else -clutter)
        bad[owner] = bad.get(owner, 0.0) - clutter - CLUTTER_COST * w.prose
        prose_in[owner] = prose_in.get(owner, 0.0) + w.prose
    containers = page.containers
    for ident in reversed(range(len(containers))):  # children first
        parent = containers[ident].parent
        if ident not in good or parent is None:
            continue
        hinted = bool(containers[ident].hints & BOILERPLATE)
        good[parent] = good.get(parent, 0.0) + (bad[ident] if hinted else good[ident])
        bad[parent] = bad.get(parent, 0.0) + bad[ident]
    _sum_up(page, prose_in)
    scores = {i: v for i, v in good.items() if containers[i].tag not in TEXT_TAGS}
    if not scores:
        return None
    total = max(prose_in.values())
    for ident in scores:
        if scores[ident] > 0 and _in_boilerplate(page, ident, prose_in, total):
            scores[ident] *= HINTED_CONTAINER_FACTOR
    best = max(scores, key=lambda ident: (scores[ident], ident))
    return best if scores[best] > 0 else None


def _in_boilerplate(page: Page, ident: int, prose_in: dict[int, float], total: float) -> bool:
    """True when the container or an ancestor is marked as boilerplate, ignoring page
    wrappers (elements holding nearly all the prose, whatever their class says)."""
    current: int | None = ident
    while current is not None:
        container = page.containers[current]
        if container.hints & BOILERPLATE and prose_in.get(current, 0.0) < WRAPPER_SHARE * total:
            return True
        current = container.parent
    return False


# -- judging --------------------------------------------------------------------------
def judge(page: Page, block: Block, root: int | None, outside: Verdict) -> Verdict:
    """The verdict of a block: a field by its markup, else ``outside`` when the block is
    not in the article container ``root``, else boilerplate by the markup around it or by
    its own text, or the article's text."""
    chain = block.signals.container
    hints = block.signals.hints  # of the whole chain: a quick test before the exact one
    inside = root is not None and root in chain
    if hints & _FIELD_HINTS:
        field = _field_verdict(page, block, root, inside)
        if field is not None:
            return field
    if not inside:
        return outside
    if hints & BOILERPLATE:
        hinted = _hinted_boilerplate([page.containers[c] for c in chain[chain.index(root) + 1:]])
        if hinted is not None:
            return hinted
    return _judge_inside(block, block.signals.units)


def _field_verdict(page: Page, block: Block, root: int | None, inside: bool) -> Verdict | None:
    """A field by the markup of the block's own elements (below the article container,
    or below what it shares with it), or an author box's text; None for neither."""
    chain = block.signals.container
    units = block.signals.units
    start = chain.index(root) + 1 if inside else _below_shared(page, chain, root)
    below = [page.containers[c] for c in chain[start:]]
    field = _field_role(below, units)
    if field is not None:
        if field.role is Role.BYLINE and units > BYLINE_MAX_UNITS and bio_subject(block.text):
            return Verdict(Role.BIO, f"author bio in byline markup: {quote(block.text)}")
        return field
    if _author_box_text(block, below, inside):
        return Verdict(Role.BIO, f"author bio in byline markup: {quote(block.text)}")
    return None


def _hinted_boilerplate(below: Sequence[Container]) -> Verdict | None:
    """Boilerplate by the nearest element inside the article marked as boilerplate."""
    for container in reversed(below):
        hinted = sorted(container.hints & BOILERPLATE)
        if hinted:
            label = container.label
            return Verdict(Role.BOILERPLATE, f"inside <{label}> ({', '.join(hinted)})")
    return None


def _below_shared(page: Page, chain: Sequence[int], root: int | None) -> int:
    """Where the block's own part of its chain starts: below the nearest element it
    shares with the article container (the page's wrappers say nothing about it: a
    layout class "two-sidebar" on the page's frame is no sidebar around the author box)."""
    ancestors = set()
    current = root
    while current is not None:
        ancestors.add(current)
        current = page.containers[current].parent
    return below_shared(chain, ancestors)


def _author_box_text(block: Block, below: Sequence[Container], inside: bool) -> bool:
    """True for text about someone in author markup, too long for a byline: the author
    box. Outside the article "Regan is a …" is enough; inside, the text must read as a
    journalist's bio ("… is the editor of …"): the article itself may sit in an element
    whose class says "author"."""
    units = block.signals.units
    if not BYLINE_MAX_UNITS < units <= FIELD_BLOCK_MAX_UNITS["bio"]:
        return False
    hints = frozenset().union(*(c.hints for c in below))
    if "byline" not in hints or hints & FIELD_BLOCKERS:
        return False
    return bio_subject(block.text) is not None if inside else opens_like_a_bio(block.text)


def _field_role(below: Sequence[Container], units: float) -> Verdict | None:
    if not any(c.hints & _FIELD_HINTS for c in below):
        return None
    blocked = frozenset().union(*(c.hints for c in below)) & FIELD_BLOCKERS
    for container in reversed(below):
        for hint, role in FIELD_ROLES.items():
            if hint in container.hints and units <= FIELD_BLOCK_MAX_UNITS[hint]:
                if blocked and hint in ("tags", "byline"):
                    return None  # a tag cloud in a sidebar, the author of a comment
                return Verdict(role, f"{hint} markup <{container.label}>")
    return None


def _judge_inside(block: Block, units: float) -> Verdict:
    density = block.signals.link_density
    if units <= SHORT_BLOCK_UNITS:
        category = boilerplate_phrase(block.text)
        if category:
            return Verdict(Role.BOILERPLATE, f"{category} wording: {quote(block.text)}")
        if density > BODY_MAX_LINK_DENSITY and not _sentence_like(block, units) and \
                (block.kind is not Kind.PARAGRAPH or units < LINKED_LINE_MIN_UNITS):
            return Verdict(Role.BOILERPLATE, f"short link text (link density {density:.2f})")
    elif density > BODY_MAX_LINK_DENSITY and block.kind is Kind.LIST_ITEM:
        return Verdict(Role.BOILERPLATE, f"list of links (link density {density:.2f})")
    return Verdict(Role.BODY, f"in the article: {units:.0f} units, link density {density:.2f}")


