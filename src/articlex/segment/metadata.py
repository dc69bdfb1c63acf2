"""What an HTML page declares about itself: title, lang, meta tags, JSON-LD, rel links."""

from __future__ import annotations

import json
from typing import Any

from lxml import etree

from ..model import Metadata
from .trees import selected_attributes, texts

#: JSON-LD ``@type`` values that describe the article itself.
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "techarticle",
    "scholarlyarticle", "socialmediaposting", "liveblogposting", "webpage", "report",
    "posting", "medicalwebpage", "review", "creativework", "advertisercontentarticle",
    "satiricalarticle", "itempage", "recipe", "howto", "videoobject",
})
#: JSON-LD objects larger than this are not parsed (some pages inline megabytes of data).
MAX_JSONLD_CHARS = 2_000_000


def read_metadata(root: etree._Element) -> Metadata:
    """Collect the page's declared metadata in one pass over the relevant elements."""
    title_el = root.find(".//title")
    title = _text(title_el) if title_el is not None else None
    rel_author, rel_tag = _rel_link_texts(root)
    objects, types = _jsonld_objects(root)
    return Metadata(
        title=title or None,
        lang=_declared_lang(root),
        canonical=_canonical(root),
        meta=tuple(_meta_pairs(root)),
        jsonld=tuple(objects),
        types=tuple(sorted(types)),
        rel_author=tuple(rel_author),
        rel_tag=tuple(rel_tag),
        itemprops=tuple(_itemprops(root)),
    )


def _text(el: etree._Element) -> str:
    return " ".join("".join(texts(el)).split())  # whitespace runs collapsed


def _declared_lang(root: etree._Element) -> str | None:
    for value in (root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang")):
        if value and value.strip():
            return value.strip()
    for meta in root.iter("meta"):
        name = (meta.get("http-equiv") or meta.get("name") or "").lower()
        if name in ("content-language", "language", "dc.language") and meta.get("content"):
            return meta.get("content", "").split(",")[0].strip() or None
    return None


def _canonical(root: etree._Element) -> str | None:
    for link in root.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        if "canonical" in rels and (link.get("href") or "").strip():
            return link.get("href", "").strip()
    return None


def _meta_pairs(root: etree._Element) -> list[tuple[str, str]]:
    pairs = []
    for meta in root.iter("meta"):
        content = meta.get("content")
        if content is None:
            continue
        for attr in ("name", "property", "itemprop"):
            key = meta.get(attr)
            if key:
                pairs.append((key.strip().lower(), " ".join(content.split())))
    return pairs


def _jsonld_objects(root: etree._Element) -> tuple[list[dict[str, Any]], set[str]]:
    """Article-like JSON-LD objects (``@graph`` flattened), first the most specific; and
    the types of every object the page describes itself by."""
    found: list[dict[str, Any]] = []
    types: set[str] = set()
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw or len(raw) > MAX_JSONLD_CHARS:
            continue
        data = _loads_lenient(raw)
        found.extend(_article_objects(data, types))
    return found, types


def _loads_lenient(raw: str) -> Any:
    """Parse JSON-LD, tolerating the usual breakage (CDATA wrappers, raw newlines)."""
    raw = raw.removeprefix("<![CDATA[").removesuffix("]]>").strip().rstrip(";")
    for candidate in (raw, raw.replace("\n", " ").replace("\r", " ").replace("\t", " ")):
        try:
            return json.loads(candidate, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def _article_objects(data: Any, types: set[str], depth: int = 0) -> list[dict[str, Any]]:
    """The article-like objects in ``data``; the types of every object seen go in ``types``."""
    if depth > 4 or data is None:
        return []
    if isinstance(data, list):
        return [obj for item in data for obj in _article_objects(item, types, depth + 1)]
    if not isinstance(data, dict):
        return []
    found = []
    own = _types(data)
    types |= own
    if own & ARTICLE_TYPES:
        found.append(data)
    for key in ("@graph", "mainEntity", "mainEntityOfPage", "hasPart"):
        if isinstance(data.get(key), (list, dict)):
            found.extend(_article_objects(data[key], types, depth + 1))
    return found


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.lower() for v in values if isinstance(v, str)}


# Attribute paths: libxml2 walks them faster than element paths with a predicate.
_REL = etree.XPath("descendant::a/@rel")
_ITEMPROP = etree.XPath("descendant::*/@itemprop")


def _rel_link_texts(root: etree._Element) -> tuple[list[str], list[str]]:
    """Texts of rel=author links and of rel=tag links, in one pass over the links with a
    rel. When the page marks some tag links as its categories too (rel="category tag", as
    blog software does) and others as tags only, the tags only."""
    authors: list[str] = []
    tags: list[str] = []
    categories: list[str] = []
    for value in selected_attributes(_REL, root):
        rels = value.lower().split()
        if "author" not in rels and "tag" not in rels:
            continue
        text = _text(value.getparent())
        if not text:
            continue
        if "author" in rels:
            authors.append(text)
        if "tag" in rels:
            (categories if "category" in rels else tags).append(text)
    return authors, tags or categories


def _itemprops(root: etree._Element) -> list[tuple[str, str]]:
    """Microdata values in the body: (itemprop, visible text or content attribute)."""
    body = root.find("body")
    if body is None:
        return []
    pairs = []
    for found in selected_attributes(_ITEMPROP, body):
        prop = found.strip().lower()
        if prop in ("articlebody", "text"):
            continue
        el = found.getparent()
        value = el.get("content") or el.get("datetime") or _text(el)
        if value and len(value) < 2000:
            pairs.append((prop, value))
    return pairs
