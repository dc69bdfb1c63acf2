"""What the page is: an article, or a forum thread, a product, a listing, a collection,
documentation or a service page (the page types wcxb-dev labels).

A multinomial logistic model reads page-level features — the types the page declares
(JSON-LD ``@type``, ``og:type``), the words of its URL path, how much of the page the
body holds and what it is made of (list items, headings, tables, code), whether a
headline, a byline and a date were found, and how often one element shape repeats
(posts of a thread, entries of a listing) — and gives the most likely type.

The model is a data file in the package (``models/page_type.json``), fitted by
``benchmarks/train_page_type.py``. The page type describes the page; it does not decide
the body, and an empty body ("no article found") is a different matter.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from ..model import Classified, Kind, Role
from ..models import bin_index as _bin
from ..models import packaged_text

#: The answer when the package holds no model.
ARTICLE = "article"

_PATH_WORD = re.compile(r"[a-z]{2,}")
_LABEL_WORD = re.compile(r"[^\W\d_]{3,}")
_PRICE = re.compile(r"[$€£¥]\s?\d|\d\s?(?:[$€£¥]|USD|EUR|GBP)\b")
_DATE_TEXT = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[:/.]\d{2}\b|\bago\b")
#: Blocks of at most this many words are labels and buttons ("Reply", "Add to cart"):
#: their words are features.
LABEL_WORDS = 3
#: Any digit: one quick scan before the two patterns above, which every block passes.
_DIGIT = re.compile(r"\d")
_DATE_PATH = re.compile(r"/(?:19|20)\d\d/(?:[01]?\d/)?")


@dataclass(frozen=True, slots=True)
class PageTypeModel:
    """``p(type) ∝ exp(bias[type] + Σ weights[feature][type]·value)``. A page is an
    article when ``p(article) ≥ article_from``, else the likeliest other type: the
    threshold is fitted for the article / not-article signal."""

    types: tuple[str, ...]
    bias: dict[str, float]
    weights: dict[str, dict[str, float]]  # feature → type → weight
    article_from: float = 0.5
    about: str = ""

    def scores(self, features: dict[str, float]) -> dict[str, float]:
        """The probability of each type."""
        totals = dict(self.bias)
        for name, value in features.items():
            for kind, weight in self.weights.get(name, {}).items():
                totals[kind] += weight * value
        top = max(totals.values())
        exp = {k: math.exp(v - top) for k, v in totals.items()}
        norm = sum(exp.values())
        return {k: v / norm for k, v in exp.items()}

    def predict(self, features: dict[str, float]) -> str:
        return self.choose(self.scores(features))

    def choose(self, scores: dict[str, float]) -> str:
        """The type given the probabilities."""
        return choose(scores, self.article_from)

    def to_json(self) -> str:
        data = {"about": self.about, "types": list(self.types), "bias": self.bias,
                "article_from": self.article_from,
                "weights": {n: self.weights[n] for n in sorted(self.weights)}}
        return json.dumps(data, indent=0, ensure_ascii=False, sort_keys=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> PageTypeModel:
        data = json.loads(text)
        return cls(tuple(data["types"]), {str(k): float(v) for k, v in data["bias"].items()},
                   {str(n): {str(k): float(w) for k, w in row.items()}
                    for n, row in data["weights"].items()}, float(data["article_from"]),
                   str(data["about"]))


def choose(scores: dict[str, float], article_from: float) -> str:
    """The type given each type's probability: an article from ``article_from``, else
    the likeliest other type."""
    if scores.get(ARTICLE, 0.0) >= article_from:
        return ARTICLE
    return max((k for k in scores if k != ARTICLE), key=lambda k: scores[k])


@lru_cache(maxsize=1)
def packaged_page_model() -> PageTypeModel | None:
    """The page-type model shipped in the package, or None when it has none."""
    text = packaged_text("page_type.json")
    return PageTypeModel.from_json(text) if text is not None else None


def find_page_type(classified: Classified, model: PageTypeModel | None = None) -> str:
    """The page's type by the model (the packaged one unless given); "article" without one."""
    return choose_type(type_scores(classified, model), model)


def type_scores(
    classified: Classified, model: PageTypeModel | None = None
) -> dict[str, float] | None:
    """The probability of each page type by the model (the packaged one unless given);
    None without one."""
    model = model or packaged_page_model()
    return model.scores(page_features(classified)) if model is not None else None


def choose_type(scores: dict[str, float] | None, model: PageTypeModel | None = None) -> str:
    """The page type given :func:`type_scores`."""
    model = model or packaged_page_model()
    return model.choose(scores) if model is not None and scores is not None else ARTICLE


def page_features(classified: Classified) -> dict[str, float]:
    """The page-level features the model reads."""
    page = classified.page
    f: dict[str, float] = {"format=" + page.source_format.value: 1.0}
    for kind in page.metadata.types:
        f["type=" + kind] = 1.0
    og = page.metadata.first_meta("og:type")
    if og:
        f["og=" + og.lower()[:30]] = 1.0
    _add_url(f, page.metadata.canonical or page.url or "")
    _add_body(f, classified)
    roles = {v.role for v in classified.verdicts}
    for role in (Role.HEADLINE, Role.BYLINE, Role.DATELINE, Role.TAGS, Role.STANDFIRST):
        if role in roles:
            f["has_" + role.value] = 1.0
    _add_repeats(f, classified)
    _add_wording(f, classified)
    return f


def _add_wording(f: dict[str, float], classified: Classified) -> None:
    """The words of the page's labels and buttons, and how many prices and dates it shows."""
    prices = dates = 0
    for block in classified.page.blocks:
        text = block.text
        if block.signals.words <= LABEL_WORDS:
            for word in _LABEL_WORD.findall(text.lower()):
                f["label=" + word] = 1.0
        if _DIGIT.search(text):  # a price holds a digit, and so does a date but "ago"
            prices += bool(_PRICE.search(text))
            dates += bool(_DATE_TEXT.search(text))
        elif "ago" in text:
            dates += bool(_DATE_TEXT.search(text))
    f[f"prices={_bin(prices, (0, 2, 6, 15))}"] = 1.0
    f[f"dates={_bin(dates, (0, 2, 6, 15, 40))}"] = 1.0


def _add_url(f: dict[str, float], url: str) -> None:
    path = urlsplit(url).path.lower() if url else ""
    if not url:
        f["url=none"] = 1.0
        return
    for word in set(_PATH_WORD.findall(path)):
        f["url=" + word] = 1.0
    parts = [p for p in path.split("/") if p]
    f[f"url_depth={min(5, len(parts))}"] = 1.0
    if _DATE_PATH.search(path):
        f["url_date"] = 1.0
    if parts and parts[-1].count("-") >= 3:
        f["url_slug"] = 1.0  # a title made into a path: an article or a thread


def _add_body(f: dict[str, float], classified: Classified) -> None:
    blocks, verdicts = classified.page.blocks, classified.verdicts
    total = sum(b.signals.units for b in blocks) or 1.0
    links = sum(b.signals.link_words for b in blocks)
    words = sum(b.signals.words for b in blocks) or 1
    body = [b for b, v in zip(blocks, verdicts) if v.role is Role.BODY]
    units = sum(b.signals.units for b in body)
    f[f"body_share={_bin(units / total, (0.05, 0.15, 0.3, 0.5, 0.75))}"] = 1.0
    f[f"body_units={_bin(units, (20, 100, 300, 1000, 3000))}"] = 1.0
    f[f"page_links={_bin(links / words, (0.1, 0.25, 0.4, 0.6))}"] = 1.0
    f["log_blocks"] = math.log1p(len(blocks)) / 5
    if body:
        count = len(body)
        for kind in (Kind.LIST_ITEM, Kind.HEADING, Kind.TABLE, Kind.CODE, Kind.QUOTE):
            f["body_" + kind.value] = sum(b.kind is kind for b in body) / count
        f[f"body_mean={_bin(units / count, (8, 15, 30, 60))}"] = 1.0
        f["body_sentences"] = sum(b.text.rstrip()[-1:] in ".!?" for b in body) / count


def _add_repeats(f: dict[str, float], classified: Classified) -> None:
    """How often one element shape holding text repeats under one parent."""
    page = classified.page
    owners = {b.signals.container[-2] for b in page.blocks if len(b.signals.container) > 1}
    groups: dict[tuple[int | None, str], int] = {}
    for ident in owners:
        container = page.containers.get(ident)
        if container is None:
            continue
        key = (container.parent, container.shape)
        groups[key] = groups.get(key, 0) + 1
    largest = max(groups.values(), default=0)
    f[f"repeats={_bin(largest, (2, 4, 8, 16, 32))}"] = 1.0
