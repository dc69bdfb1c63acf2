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
from collections.abc import Sequence
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
        return (p >= self.drop_below if kept else p >= self.keep_from), p

    def score(self, features: dict[str, float]) -> float:
        get = self.weights.get
        total = self.bias + sum([get(name, 0.0) * value for name, value in features.items()])
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))

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


@lru_cache(maxsize=1)
def packaged_model() -> LinearModel | None:
    """The model shipped in the package, or None when the package has none."""
    text = packaged_text("body_html.json")
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
    if signals.units <= 25:
        phrase = boilerplate_phrase(text)
        if phrase:
            f[f"phrase={phrase}"] = 1.0
    _add_markup(f, page, block, context)
    _add_position(f, i, context)
    _add_neighbours(f, page, i, context)
    if context.page_type is not None:
        _add_page_type(f, role, context.page_type)
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
    for group, name in ((BOILERPLATE, "boilerplate_below"), (CONTENT, "content_below"),
                        (FIELDS, "field_below")):
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


def mark_learned_body(page: Page, draft: Draft[Verdict], model: LinearModel,
                      scores: dict[str, float] | None,
                      features: Sequence[dict[str, float]] | None = None) -> None:
    """Decide body or boilerplate for every block the structural passes left as either,
    by the model's score; a verdict changes only where the model disagrees. The
    blocks' ``features`` are computed from the draft and the page type's ``scores``
    unless given."""
    verdicts = list(draft)
    if features is None:
        features = block_features(page, verdicts, scores)
    for i, verdict in enumerate(verdicts):
        if verdict.role not in DECIDED:
            continue
        body, p = model.decide(features[i], verdict.role is Role.BODY)
        role = Role.BODY if body else Role.BOILERPLATE
        if role is not verdict.role:
            why = ", ".join(model.reasons(features[i]))
            text = quote(page.blocks[i].text)
            draft[i] = Verdict(role, f"learned score {p:.2f} ({why}): {text}")
