"""The learned judgement of an HTML page's blocks: body or boilerplate.

The structural passes (:mod:`.body_html` and the passes after it) give every block a
verdict. A linear model then reads each block's features — its size, link density,
kind, tag, punctuation, the markup hints around it, where it sits relative to the
article container and the structural body, what its neighbours were given, the
verdict the structural passes gave it, and what the page is (:mod:`.page_type`: the
posts of a thread and the entries of a listing are its content, the comments under an
article are not) — and decides body or boilerplate. Field roles (headline, byline,
tags, …) are left as the passes set them.

The model is a small data file in the package (``models/body_html.json``), fitted on
every development set together by ``benchmarks/train_blocks.py``, which says what it
was fitted on and reproduces it from the same data. Inference is a sparse dot product
per block, in plain Python.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..model import Block, Draft, Kind, Page, Role, Verdict
from ..models import bin_index as _bin
from ..models import packaged_text
from ..segment.hints import BOILERPLATE, CONTENT, FIELDS
from ..textshape import ends_like_sentence
from .boilerplate import boilerplate_phrase
from .markup import quote
from .page_type import ARTICLE

#: The roles the model decides between; every other role stays as the passes set it.
DECIDED = (Role.BODY, Role.BOILERPLATE)
#: Block tags that get a feature of their own; others are "tag=other".
KNOWN_TAGS = frozenset({
    "p", "li", "div", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
    "blockquote", "span", "dd", "dt", "figcaption", "article", "section", "a", "table",
    "header", "footer", "aside", "main", "form", "label", "button", "strong", "b", "em",
    "code", "small", "time", "address", "summary", "caption",
})
#: Bin edges of the block size in text units.
UNIT_BINS = (3, 6, 12, 25, 50, 100, 200)
#: Bin edges of the link density.
DENSITY_BINS = (0.0, 0.2, 0.5, 0.8, 0.999)
#: Bin edges of the distance (in blocks) to the nearest block the structure kept.
DISTANCE_BINS = (0, 1, 3, 10, 30)
#: Bin edges of the share of the page's units the structure kept as body.
SHARE_BINS = (0.05, 0.15, 0.3, 0.5, 0.75)
#: The block's nearest elements whose class and id words are features.
NEAR_ELEMENTS = 3
#: Neighbours on each side whose structural verdicts are counted.
WINDOW = 3
#: Bin edges of the page-type model's probability that the page is an article.
ARTICLE_BINS = (0.3, 0.7)
#: Features that are also read together with that bin: where the block sits and why
#: the passes judged it so mean different things on an article and on a thread.
CROSSED_WITH_TYPE = ("in_twin", "outside_root", "inside_root", "reason=outside",
                     "reason=inside", "reason=short_links", "hint=comments", "after_body",
                     "before_body")

#: A summed weight beyond this is clipped: the score is 0 or 1 either way, and exp()
#: cannot overflow.
MAX_TOTAL = 30.0

_WORD = re.compile(r"\w+")
_SEPARATORS = re.compile(r"[|•·»«›‹/]")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class LinearModel:
    """A logistic model over named sparse features: ``p = σ(bias + Σ wᵢ·xᵢ)``. A block
    the structural passes kept stays body unless ``p < drop_below``; a block they
    dropped becomes body when ``p ≥ keep_from``. Two thresholds, because the passes'
    verdict is itself evidence: overturning it needs a clear score."""

    bias: float
    weights: dict[str, float]
    drop_below: float = 0.5
    keep_from: float = 0.5
    about: str = ""

    def decide(self, features: dict[str, float], kept: bool) -> tuple[bool, float]:
        """Whether the block is body, and its score."""
        p = self.score(features)
        return self.keeps(p, kept), p

    def keeps(self, p: float, kept: bool) -> bool:
        """Whether a block of score ``p`` is body, given whether the passes kept it."""
        return p >= self.drop_below if kept else p >= self.keep_from

    def score(self, features: dict[str, float]) -> float:
        get = self.weights.get
        return probability(self.bias + sum([get(name, 0.0) * value
                                            for name, value in features.items()]))

    def reasons(self, features: dict[str, float], count: int = 3) -> list[str]:
        """The features that pushed the score most, strongest first."""
        pushes = [(self.weights.get(n, 0.0) * v, n) for n, v in features.items()]
        pushes.sort(key=lambda item: -abs(item[0]))
        return [f"{n} {w:+.1f}" for w, n in pushes[:count] if w]

    def to_json(self) -> str:
        data = {"about": self.about, "bias": self.bias, "drop_below": self.drop_below,
                "keep_from": self.keep_from, "weights": dict(sorted(self.weights.items()))}
        return json.dumps(data, indent=0, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> LinearModel:
        data = json.loads(text)
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return cls(float(data["bias"]), weights, float(data["drop_below"]),
                   float(data["keep_from"]), str(data["about"]))


def probability(total: float) -> float:
    """The logistic function of a block's summed weights, clipped to ±``MAX_TOTAL``."""
    return 1.0 / (1.0 + math.exp(-max(-MAX_TOTAL, min(MAX_TOTAL, total))))


@lru_cache(maxsize=2)
def packaged_model(feed: str = "html") -> LinearModel | None:
    """The model shipped in the package for HTML pages or for text pages (``feed``),
    or None when the package has none."""
    text = packaged_text(f"body_{feed}.json")
    return LinearModel.from_json(text) if text is not None else None


def load_model(path: Path) -> LinearModel:
    return LinearModel.from_json(path.read_text(encoding="utf-8"))


class _PageContext:
    """What the features of every block of a page share: the structural body, its span,
    the article container and the elements repeating it."""

    def __init__(self, page: Page, verdicts: Sequence[Verdict],
                 scores: dict[str, float] | None) -> None:
        blocks = page.blocks
        self.page_type = _page_type_names(scores)
        self.kept = [v.role is Role.BODY for v in verdicts]
        kept_at = [i for i, k in enumerate(self.kept) if k]
        self.first = kept_at[0] if kept_at else -1
        self.last = kept_at[-1] if kept_at else -1
        total = sum(b.signals.units for b in blocks) or 1.0
        kept_units = sum(b.signals.units for b, k in zip(blocks, self.kept) if k)
        self.share_bin = _bin(kept_units / total, SHARE_BINS)
        self.root = _common_container([blocks[i] for i in kept_at])
        self.twins = _twins(page, self.root)
        self.distance = _distances(self.kept)
        self.container_share = _container_shares(page, self.kept)
        self.density_bins = [_bin(b.signals.link_density, DENSITY_BINS) for b in blocks]
        self.roles = [v.role.value for v in verdicts]


def _page_type_names(scores: dict[str, float] | None) -> tuple[str, str] | None:
    """The bin of the page's probability of being an article, and its likeliest other
    type when that is not high (None without a page-type model)."""
    if not scores:
        return None
    article = _bin(scores.get(ARTICLE, 0.0), ARTICLE_BINS)
    other = max((t for t in scores if t != ARTICLE), key=lambda t: scores[t], default="")
    return f"article_p={article}", other if article < len(ARTICLE_BINS) else ""


def _common_container(blocks: Sequence[Block]) -> int | None:
    """The deepest element holding every given block (the structural article)."""
    if not blocks:
        return None
    chain: tuple[int, ...] = blocks[0].signals.container
    for block in blocks[1:]:
        other = block.signals.container
        depth = 0
        while depth < min(len(chain), len(other)) and chain[depth] == other[depth]:
            depth += 1
        chain = chain[:depth]
        if not chain:
            return None
    return chain[-1] if chain else None


_LABEL_WORD = re.compile(r"[a-z]{3,}")


@lru_cache(maxsize=4096)
def _label_tokens(label: str) -> frozenset[str]:
    """The words of an element's class names and id ("entry-content" → entry, content),
    lower-cased, without digits; its tag is not one of them."""
    _, _, names = label.partition(".") if "." in label else label.partition("#")
    return frozenset(_LABEL_WORD.findall(names.lower()))


def _twins(page: Page, root: int | None) -> frozenset[int]:
    """Elements shaped like the article container or one of its two nearest ancestors
    and sharing its parent: the other posts of a thread, entries of a listing."""
    if root is None:
        return frozenset()
    containers = page.containers
    wanted: dict[tuple[int | None, str], int] = {}
    current: int | None = root
    for _ in range(3):
        if current is None:
            break
        container = containers[current]
        if container.parent is not None:
            wanted[(container.parent, container.shape)] = current
        current = container.parent
    found = {c.id for c in containers.values()
             if wanted.get((c.parent, c.shape), c.id) != c.id}
    return frozenset(found)


def _distances(kept: Sequence[bool]) -> list[int]:
    """For each block, how many blocks away the nearest kept block is."""
    far = len(kept) + 1
    out = [far] * len(kept)
    last = -far
    for i, k in enumerate(kept):
        if k:
            last = i
        out[i] = i - last
    last = 2 * far
    for i in reversed(range(len(kept))):
        if kept[i]:
            last = i
        out[i] = min(out[i], last - i)
    return out


def _container_shares(page: Page, kept: Sequence[bool]) -> dict[int, float]:
    """For each block's own element, the share of its blocks' units kept as body."""
    units: dict[int, float] = {}
    body: dict[int, float] = {}
    for block, k in zip(page.blocks, kept):
        if block.signals.container:
            owner = block.signals.container[-1]
            units[owner] = units.get(owner, 0.0) + block.signals.units
            if k:
                body[owner] = body.get(owner, 0.0) + block.signals.units
    return {c: body.get(c, 0.0) / u for c, u in units.items() if u}


def _reason_kind(verdict: Verdict) -> str:
    """What kind of reason the first structural pass gave."""
    reason = verdict.history[0].reason if verdict.history else verdict.reason
    for prefix, kind in (("outside", "outside"), ("inside <", "hinted"),
                         ("short link", "short_links"), ("list of links", "link_list"),
                         ("in the article", "inside")):
        if reason.startswith(prefix):
            return kind
    return "wording" if "wording" in reason else "field"


def block_features(page: Page, verdicts: Sequence[Verdict],
                   scores: dict[str, float] | None = None) -> list[dict[str, float]]:
    """The features of every block of an HTML page, given the structural verdicts and
    the page type's ``scores`` (none for a block the model does not decide)."""
    context = _PageContext(page, verdicts, scores)
    return [_features(page, i, verdicts, context) if v.role in DECIDED else {}
            for i, v in enumerate(verdicts)]


def _features(page: Page, i: int, verdicts: Sequence[Verdict],
              context: _PageContext) -> dict[str, float]:
    block = page.blocks[i]
    signals = block.signals
    text = block.text
    verdict = verdicts[i]
    role = context.roles[i]
    units_bin = _bin(signals.units, UNIT_BINS)
    tag = signals.tag if signals.tag in KNOWN_TAGS else "other"
    density_bin = context.density_bins[i]
    f: dict[str, float] = {
        f"units={units_bin}": 1.0,
        "log_units": math.log1p(max(0.0, signals.units)),
        f"density={density_bin}": 1.0,
        f"kind={block.kind.value}": 1.0,
        f"tag={tag}": 1.0,
        f"role={role}": 1.0,
        f"role={role}&units={units_bin}": 1.0,
        f"role={role}&density={density_bin}": 1.0,
        f"step={verdict.history[-1].pass_name if verdict.history else ''}": 1.0,
        f"reason={_reason_kind(verdict)}": 1.0,
        f"share={context.share_bin}": 1.0,
        f"role={role}&share={context.share_bin}": 1.0,
        f"distance={_bin(context.distance[i], DISTANCE_BINS)}": 1.0,
        f"position={min(4, 5 * i // max(1, len(page.blocks)))}": 1.0,
    }
    f.update(_wording(text, signals.units, units_bin))
    _add_markup(f, page, block, context)
    _add_position(f, i, context)
    _add_neighbours(f, page, i, context)
    if context.page_type is not None:
        _add_page_type(f, role, context.page_type)
    return f


def _wording(text: str, units: float, units_bin: int) -> dict[str, float]:
    """The features of a block's own text: its final punctuation, its words, separators
    and boilerplate wording."""
    f: dict[str, float] = {}
    if ends_like_sentence(text):
        f["sentence_end"] = 1.0
        f[f"sentence_end&units={units_bin}"] = 1.0
    words = _WORD.findall(text)
    if words:
        count = len(words)
        f["starts_upper"] = float(text.lstrip()[:1].isupper())
        f["digit_share"] = len(_DIGIT.findall(text)) / max(1, len(text))
        f["comma_rate"] = min(1.0, text.count(",") / count * 5)
        f["short_words"] = len([w for w in words if len(w) <= 3]) / count
        f["upper_words"] = len([w for w in words if w[0].isupper()]) / count
    if _SEPARATORS.search(text):
        f["separators"] = min(3.0, len(_SEPARATORS.findall(text)) / max(1, len(words)) * 10)
    if units <= 25:
        phrase = boilerplate_phrase(text)
        if phrase:
            f[f"phrase={phrase}"] = 1.0
    return f


def _add_page_type(f: dict[str, float], role: str, page_type: tuple[str, str]) -> None:
    article, other = page_type
    crossed = [f"{article}&{name}" for name in CROSSED_WITH_TYPE if name in f]
    f[article] = 1.0
    f[f"{article}&role={role}"] = 1.0
    if other:
        f[f"likely={other}&role={role}"] = 1.0
    for name in crossed:
        f[name] = 1.0


def _add_markup(f: dict[str, float], page: Page, block: Block, context: _PageContext) -> None:
    """The features a block owes to the elements holding it."""
    chain = block.signals.container
    root = context.root
    inside = root is not None and root in chain
    f["inside_root" if inside else "outside_root"] = 1.0
    f[f"depth_below={min(6, len(chain) - chain.index(root) - 1 if inside else len(chain))}"] = 1.0
    for hint in block.signals.hints:
        f[f"hint={hint}"] = 1.0
    if chain:
        f.update(_element_names(page, chain[-1], root))
    if not inside and context.twins and not context.twins.isdisjoint(chain):
        f["in_twin"] = 1.0
        f[f"in_twin&units={_bin(block.signals.units, UNIT_BINS)}"] = 1.0
    if chain:
        share = context.container_share.get(chain[-1], 0.0)
        f["container_kept"] = share
        f[f"container_kept={_bin(share, (0.0, 0.5, 0.999))}"] = 1.0


#: The groups of hints that are features of their own below the article container.
_BELOW_GROUPS = ((BOILERPLATE, "boilerplate_below"), (CONTENT, "content_below"),
                 (FIELDS, "field_below"))
_NO_HINTS: frozenset[str] = frozenset()


def _element_names(page: Page, owner: int, root: int | None) -> dict[str, float]:
    """The features of the elements holding a block whose own element is ``owner``: the
    class and id words of its ``NEAR_ELEMENTS`` nearest, and the markup hints of those
    below the article container ``root`` (of all of them, outside it)."""
    containers = page.containers
    names: dict[str, float] = {}
    current: int | None = owner
    for _ in range(NEAR_ELEMENTS):
        if current is None:
            break
        for token in _label_tokens(containers[current].label):
            names[f"near={token}"] = 1.0
        current = containers[current].parent
    hints: set[str] = set()
    current = owner
    while current is not None and current != root:
        hints |= containers[current].hints
        current = containers[current].parent
    for hint in hints:
        names[f"hint_below={hint}"] = 1.0
    for group, name in _BELOW_GROUPS:
        if hints & group:
            names[name] = 1.0
    return names


def _add_position(f: dict[str, float], i: int, context: _PageContext) -> None:
    if context.first < 0:
        f["no_body"] = 1.0
    elif i < context.first:
        f["before_body"] = 1.0
    elif i > context.last:
        f["after_body"] = 1.0
    else:
        f["within_body"] = 1.0


def _add_neighbours(f: dict[str, float], page: Page, i: int, context: _PageContext) -> None:
    kept = context.kept
    n = len(kept)
    lo, hi = max(0, i - WINDOW), min(n, i + WINDOW + 1)
    if hi - lo > 1:
        f["window_kept"] = (sum(kept[lo:hi]) - kept[i]) / (hi - lo - 1)
    for side, j in (("prev", i - 1), ("next", i + 1)):
        if 0 <= j < n:
            f[f"{side}_role={context.roles[j]}"] = 1.0
            f[f"{side}_density={context.density_bins[j]}"] = 1.0
            if page.blocks[j].kind is Kind.HEADING:
                f[f"{side}_heading"] = 1.0


# -- the score, without the features ---------------------------------------------------
# Inference needs each block's score, not its features: the scorer below adds up the
# model's weights as the features are found (the same features as :func:`_features`,
# which training reads), with the sums of the features a block owes to its elements or
# to its role computed once per page. Its score is ``model.score`` of the features, up to
# the rounding of a different order of addition (a test holds the two together).


class _WeightTables:
    """A model's weights indexed by the variable part of their feature names (a bin, a
    role, a neighbour's role), so that a block's score adds up without building names."""

    def __init__(self, model: LinearModel) -> None:
        get = model.weights.get
        self.get = get
        self.units = _row(get, "units=", len(UNIT_BINS))
        self.density = _row(get, "density=", len(DENSITY_BINS))
        self.distance = _row(get, "distance=", len(DISTANCE_BINS))
        self.position = _row(get, "position=", 4)
        self.twin_units = _row(get, "in_twin&units=", len(UNIT_BINS))
        self.prev_density = _row(get, "prev_density=", len(DENSITY_BINS))
        self.next_density = _row(get, "next_density=", len(DENSITY_BINS))
        self.depth = _row(get, "depth_below=", 6)
        self.kept_bin = _row(get, "container_kept=", 3)
        self.kind = {kind: get(f"kind={kind.value}", 0.0) for kind in Kind}
        roles = [role.value for role in Role]
        self.prev_role = {role: get(f"prev_role={role}", 0.0) for role in roles}
        self.next_role = {role: get(f"next_role={role}", 0.0) for role in roles}
        self.role_units = {role: _row(get, f"role={role}&units=", len(UNIT_BINS))
                           for role in roles}
        self.role_density = {role: _row(get, f"role={role}&density=", len(DENSITY_BINS))
                             for role in roles}
        self.hint = _NamedWeights(get, "hint=")
        self.hint_below = _NamedWeights(get, "hint_below=")
        self.near = _NamedWeights(get, "near=")
        self.step = _NamedWeights(get, "step=")
        self.reason = _NamedWeights(get, "reason=")
        self.tag = _NamedWeights(get, "tag=")


def _row(get: Callable[[str, float], float], prefix: str, last: int) -> list[float]:
    """The weights of the features ``prefix0`` to ``prefix{last}``."""
    return [get(f"{prefix}{n}", 0.0) for n in range(last + 1)]


class _NamedWeights(dict[str, float]):
    """The weights of the features ``prefix + name``, looked up on first use."""

    def __init__(self, get: Callable[[str, float], float], prefix: str) -> None:
        super().__init__()
        self._get = get
        self._prefix = prefix

    def __missing__(self, name: str) -> float:
        weight = self[name] = self._get(self._prefix + name, 0.0)
        return weight


#: Weight tables kept for this many models (inference uses one; a test may use a few).
TABLES_KEPT = 4
_TABLES: dict[int, tuple[LinearModel, _WeightTables]] = {}


def _tables(model: LinearModel) -> _WeightTables:
    """The weight tables of ``model``, built on its first use (a model is not hashable:
    they are kept by its identity, with the model, so that the identity stays its own)."""
    held = _TABLES.get(id(model))
    if held is None or held[0] is not model:
        if len(_TABLES) >= TABLES_KEPT:
            _TABLES.clear()
        held = _TABLES[id(model)] = (model, _WeightTables(model))
    return held[1]


#: What the features of a block's elements depend on: the hints and the tag of the block,
#: and (for a block inside an element) the chain above its element, the element's label
#: and hints, whether it is the article container and whether it is a twin of it.
_ElementKey = tuple[frozenset[str], str,
                    tuple[tuple[int, ...], str, frozenset[str], bool, bool] | None]


class BlockScorer:
    """The model's score of the blocks of one page (:meth:`score`), and their features
    (:meth:`features`, for the reasons of a changed verdict)."""

    def __init__(self, page: Page, verdicts: Sequence[Verdict], model: LinearModel,
                 scores: dict[str, float] | None) -> None:
        self.page = page
        self.verdicts = verdicts
        self.model = model
        self.context = _PageContext(page, verdicts, scores)
        self.tables = _tables(model)
        self.crossed = _crossed_weights(self.tables.get, self.context.page_type)
        self._by_role: dict[str, float] = {}
        self._by_element: dict[_ElementKey, tuple[float, bool]] = {}
        self._below: dict[int, frozenset[str]] = {}  # hints of an element and those above
        self._by_below: dict[frozenset[str], float] = {}

    def features(self, i: int) -> dict[str, float]:
        """The features of block ``i`` (as :func:`block_features` gives them)."""
        return _features(self.page, i, self.verdicts, self.context)

    def score(self, i: int) -> float:
        """``model.score`` of the features of block ``i``, without building them."""
        block = self.page.blocks[i]
        signals = block.signals
        role = self.context.roles[i]
        units_bin = _bin(signals.units, UNIT_BINS)
        tables, get = self.tables, self.tables.get
        density_bin = self.context.density_bins[i]
        total = (tables.units[units_bin] + tables.density[density_bin]
                 + tables.kind[block.kind] + tables.role_units[role][units_bin]
                 + tables.role_density[role][density_bin]
                 + get("log_units", 0.0) * math.log1p(max(0.0, signals.units))
                 + self._role_sum(role) + self._reasons_sum(self.verdicts[i]))
        total += self._place_sum(i)
        for name, value in _wording(block.text, signals.units, units_bin).items():
            total += get(name, 0.0) * value
        element, in_twin = self._element_sum(block)
        total += element
        if in_twin:
            total += tables.twin_units[units_bin]
        return probability(self.model.bias + total)

    def _role_sum(self, role: str) -> float:
        """The weight of the features shared by the page's blocks of one role: the body's
        share of the page and the page type."""
        if role not in self._by_role:
            get, context = self.tables.get, self.context
            share = context.share_bin
            total = get(f"share={share}", 0.0) + get(f"role={role}", 0.0) \
                + get(f"role={role}&share={share}", 0.0)
            if context.page_type is not None:
                article, other = context.page_type
                total += get(article, 0.0) + get(f"{article}&role={role}", 0.0)
                if other:
                    total += get(f"likely={other}&role={role}", 0.0)
            self._by_role[role] = total
        return self._by_role[role]

    def _reasons_sum(self, verdict: Verdict) -> float:
        """The weight of the pass that last set the block's verdict and of the kind of
        reason the first one gave."""
        tables = self.tables
        reason = _reason_kind(verdict)
        step = verdict.history[-1].pass_name if verdict.history else ""
        return tables.step[step] + tables.reason[reason] \
            + self.crossed.get("reason=" + reason, 0.0)

    def _place_sum(self, i: int) -> float:
        """The weight of where the block sits: its position on the page, towards the
        structural body and among its neighbours."""
        context, tables, get = self.context, self.tables, self.tables.get
        kept, roles, density_bins = context.kept, context.roles, context.density_bins
        n = len(kept)
        total = tables.distance[_bin(context.distance[i], DISTANCE_BINS)] \
            + tables.position[min(4, 5 * i // max(1, n))]
        if context.first < 0:
            total += get("no_body", 0.0)
        elif i < context.first:
            total += get("before_body", 0.0) + self.crossed.get("before_body", 0.0)
        elif i > context.last:
            total += get("after_body", 0.0) + self.crossed.get("after_body", 0.0)
        else:
            total += get("within_body", 0.0)
        lo, hi = max(0, i - WINDOW), min(n, i + WINDOW + 1)
        if hi - lo > 1:
            total += get("window_kept", 0.0) * ((sum(kept[lo:hi]) - kept[i]) / (hi - lo - 1))
        blocks = self.page.blocks
        if i > 0:
            total += tables.prev_role[roles[i - 1]] + tables.prev_density[density_bins[i - 1]]
            if blocks[i - 1].kind is Kind.HEADING:
                total += get("prev_heading", 0.0)
        if i + 1 < n:
            total += tables.next_role[roles[i + 1]] + tables.next_density[density_bins[i + 1]]
            if blocks[i + 1].kind is Kind.HEADING:
                total += get("next_heading", 0.0)
        return total

    def _element_sum(self, block: Block) -> tuple[float, bool]:
        """The weight of the features a block owes to the elements holding it, and
        whether it sits in a twin of the article. The same for the blocks of sibling
        elements alike (the paragraphs of one article, the items of one menu): the key
        holds all the features read of the block's own element, and its ancestors."""
        signals = block.signals
        chain = signals.container
        key: _ElementKey = (signals.hints, signals.tag, None)
        if chain:
            own = chain[-1]
            container = self.page.containers[own]
            key = (signals.hints, signals.tag, (chain[:-1], container.label, container.hints,
                                                own == self.context.root,
                                                own in self.context.twins))
        found = self._by_element.get(key)
        if found is None:
            found = self._by_element[key] = self._element_weights(block)
        return found[0] + self._kept_sum(chain), found[1]

    def _kept_sum(self, chain: tuple[int, ...]) -> float:
        """The weight of the share of the block's own element kept as body."""
        if not chain:
            return 0.0
        share = self.context.container_share.get(chain[-1], 0.0)
        return self.tables.get("container_kept", 0.0) * share \
            + self.tables.kept_bin[_bin(share, (0.0, 0.5, 0.999))]

    def _element_weights(self, block: Block) -> tuple[float, bool]:
        tables, get, crossed, context = self.tables, self.tables.get, self.crossed, self.context
        signals = block.signals
        chain, root = signals.container, context.root
        inside = root is not None and root in chain
        place = "inside_root" if inside else "outside_root"
        total = tables.tag[signals.tag if signals.tag in KNOWN_TAGS else "other"] \
            + get(place, 0.0) + crossed.get(place, 0.0) \
            + tables.depth[min(6, len(chain) - chain.index(root) - 1 if inside else len(chain))]
        for hint in signals.hints:
            total += tables.hint[hint]
        if "comments" in signals.hints:
            total += crossed.get("hint=comments", 0.0)
        in_twin = not inside and bool(context.twins) and not context.twins.isdisjoint(chain)
        if in_twin:
            total += get("in_twin", 0.0) + crossed.get("in_twin", 0.0)
        if chain:
            total += self._names_sum(chain[-1])
        return total, in_twin

    def _names_sum(self, owner: int) -> float:
        """The weight of the features :func:`_element_names` gives a block of ``owner``:
        the class and id words of the nearest elements, the hints below the article."""
        containers, near = self.page.containers, self.tables.near
        words: set[str] = set()
        current: int | None = owner
        for _ in range(NEAR_ELEMENTS):
            if current is None:
                break
            words |= _label_tokens(containers[current].label)
            current = containers[current].parent
        total = 0.0
        for word in words:
            total += near[word]
        return total + self._below_sum(self._hints_below(owner))

    def _hints_below(self, ident: int | None) -> frozenset[str]:
        """The hints of an element and its ancestors below the article container (all
        of them outside it), each element's found once per page."""
        containers, below = self.page.containers, self._below
        path: list[int] = []
        while ident is not None and ident != self.context.root and ident not in below:
            path.append(ident)
            ident = containers[ident].parent
        hints = below.get(ident, _NO_HINTS) if ident is not None else _NO_HINTS
        for step in reversed(path):
            hints = below[step] = hints | containers[step].hints
        return hints

    def _below_sum(self, hints: frozenset[str]) -> float:
        """The weight of the hints below the article container, and of their groups."""
        if hints not in self._by_below:
            hint_below, get = self.tables.hint_below, self.tables.get
            total = 0.0
            for hint in hints:
                total += hint_below[hint]
            for group, name in _BELOW_GROUPS:
                if hints & group:
                    total += get(name, 0.0)
            self._by_below[hints] = total
        return self._by_below[hints]


def _crossed_weights(get: Callable[[str, float], float],
                     page_type: tuple[str, str] | None) -> dict[str, float]:
    """The weights of the features crossed with the page type's bin, by the feature."""
    if page_type is None:
        return {}
    article = page_type[0]
    return {name: get(f"{article}&{name}", 0.0) for name in CROSSED_WITH_TYPE}


def mark_learned_body(page: Page, draft: Draft[Verdict], model: LinearModel,
                      scores: dict[str, float] | None,
                      features: Sequence[dict[str, float]] | None = None) -> None:
    """Decide body or boilerplate for every block the structural passes left as either,
    by the model's score; a verdict changes only where the model disagrees. The blocks
    are scored from the draft and the page type's ``scores`` (:class:`BlockScorer`),
    or from their ``features`` when given."""
    verdicts = list(draft)
    features_of: Callable[[int], dict[str, float]]
    if features is None:
        scorer = BlockScorer(page, verdicts, model, scores)
        scored = [scorer.score(i) if v.role in DECIDED else 0.0 for i, v in enumerate(verdicts)]
        features_of = scorer.features
    else:
        scored = [model.score(f) for f in features]
        features_of = features.__getitem__
    for i, verdict in enumerate(verdicts):
        if verdict.role not in DECIDED:
            continue
        p = scored[i]
        role = Role.BODY if model.keeps(p, verdict.role is Role.BODY) else Role.BOILERPLATE
        if role is not verdict.role:
            why = ", ".join(model.reasons(features_of(i)))
            text = quote(page.blocks[i].text)
            draft[i] = Verdict(role, f"learned score {p:.2f} ({why}): {text}")
