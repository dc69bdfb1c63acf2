"""The explain document (:func:`.explain.explain_document`) as one self-contained HTML page.

:func:`render_report` reads nothing but the document: the page's blocks in order, each
coloured by its role (a legend names the colours), with its index, kind, role, value,
text and the history of the passes that set its role, and beside them the extracted
article. The page loads nothing — no scripts, style sheets, fonts or images from
anywhere; its style sheet is inline and a Content-Security-Policy forbids the rest — so
it can be saved, mailed and opened offline. Every piece of page text goes through
:func:`html.escape`: what the page said is shown, never run.

Each block is one element ``<div class="block role-ROLE" data-index="N" data-role="ROLE"
id="block-N">``, a stable marker for programs that read the report.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from html import escape
from typing import Any, NamedTuple


class RoleStyle(NamedTuple):
    """How a role is shown: its name in the legend, its colour and a light tint of it."""

    label: str
    colour: str
    tint: str


# One colour per role, in the order the legend lists them.
ROLE_STYLES: dict[str, RoleStyle] = {
    "body": RoleStyle("body", "#2e7d32", "#e8f5e9"),
    "headline": RoleStyle("headline", "#1565c0", "#e3f2fd"),
    "standfirst": RoleStyle("standfirst", "#00838f", "#e0f7fa"),
    "byline": RoleStyle("byline", "#6a1b9a", "#f3e5f5"),
    "dateline": RoleStyle("dateline", "#e65100", "#fff3e0"),
    "author_bio": RoleStyle("author bio", "#ad1457", "#fce4ec"),
    "tags": RoleStyle("tags", "#827717", "#f9fbe7"),
    "boilerplate": RoleStyle("boilerplate", "#616161", "#f1f1f1"),
}
# A role this module does not know (a document from a later version) still gets one.
OTHER_STYLE = RoleStyle("other", "#37474f", "#eceff1")

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; padding: 1.25rem 1.5rem 3rem; background: #fafafa; color: #1b1b1b;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans",
  "DejaVu Sans", sans-serif; }
h1, h2, h3 { line-height: 1.2; }
header.top h1 { margin: 0 0 .35rem; font-size: 1.35rem; }
header.top p { margin: .15rem 0; }
.muted { color: #5f6368; }
ul.notes { margin: .3rem 0 0; padding-left: 1.2rem; color: #5f6368; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem .9rem; margin: .8rem 0 .5rem;
  padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: .35rem; }
.swatch { display: inline-block; width: 1.05rem; height: 1.05rem; border-radius: 3px;
  background: var(--colour); }
.legend .count { color: #5f6368; }
.map { display: flex; flex-wrap: wrap; gap: 2px; margin: .4rem 0 1rem; }
.map a { display: block; width: 12px; height: 18px; border-radius: 2px;
  background: var(--colour); opacity: .85; }
.map a:hover { opacity: 1; outline: 2px solid #1b1b1b; }
.layout { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 1000px) {
  .layout { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); align-items: start; }
  aside.article { position: sticky; top: 1rem; max-height: calc(100vh - 2rem);
    overflow-y: auto; }
}
h2.column { margin: 0 0 .6rem; font-size: 1rem; text-transform: uppercase;
  letter-spacing: .05em; color: #5f6368; }
.block { margin: 0 0 .45rem; padding: .4rem .7rem .45rem; border-left: 6px solid
  var(--colour); border-radius: 4px; background: var(--tint); scroll-margin-top: 1rem; }
.block .head { display: flex; flex-wrap: wrap; gap: .45rem; align-items: baseline;
  font-size: .82rem; }
.block .index { font-weight: 600; font-variant-numeric: tabular-nums; color: #3c4043; }
.block .kind { padding: 0 .35rem; border: 1px solid #b0b4b8; border-radius: 3px;
  background: #fff; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.badge { padding: 0 .4rem; border-radius: 3px; background: var(--colour); color: #fff;
  font-weight: 600; }
.block .text { margin: .25rem 0 .15rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.block.role-boilerplate .text { color: #4a4a4a; }
.block .value { margin: .25rem 0 0; font-size: .88rem; }
.block .value b { color: var(--colour); }
details.history { font-size: .82rem; color: #3c4043; }
details.history summary { cursor: pointer; }
.block p.history { margin: .1rem 0 0; font-size: .82rem; }
.step-role { color: var(--colour); }
details.history ol { margin: .2rem 0 .1rem; padding-left: 1.4rem; }
.pass { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
aside.article { padding: 1rem 1.2rem; border: 1px solid #dadce0; border-radius: 6px;
  background: #fff; }
aside.article .headline { margin: 0 0 .5rem; font-size: 1.45rem; }
aside.article .standfirst { margin: 0 0 .8rem; font-size: 1.05rem; color: #3c4043; }
dl.meta { display: grid; grid-template-columns: max-content minmax(0, 1fr);
  gap: .2rem .8rem; margin: 0 0 1rem; font-size: .9rem; }
dl.meta dt { color: #5f6368; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.tag { display: inline-block; margin: 0 .25rem .2rem 0; padding: 0 .45rem;
  border-radius: 999px; background: #f9fbe7; border: 1px solid #827717; }
.body p, .body li { margin: 0 0 .7rem; }
.body blockquote { margin: 0 0 .7rem; padding-left: .8rem; border-left: 3px solid #ccc;
  color: #3c4043; }
.body pre { overflow-x: auto; padding: .5rem; background: #f5f5f5; white-space: pre-wrap; }
.body .caption { font-size: .88rem; color: #5f6368; }
.missing { color: #80868b; font-style: italic; }
"""


def render_report(document: dict[str, Any]) -> str:
    """The explain document as a self-contained HTML page (a ``str`` ending in a newline).

    ``document`` is what :func:`.explain.explain_document` returns; a key it lacks is
    shown as absent, so a trimmed or older document still gives a report.
    """
    article: dict[str, Any] = document.get("article") or {}
    page: dict[str, Any] = document.get("page") or {}
    blocks: list[dict[str, Any]] = list(document.get("blocks") or [])
    headline = article.get("headline")
    title = f"articlex report: {headline}" if headline else "articlex report"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{_css(blocks)}</style>",
        "</head>",
        "<body>",
        _header(page, blocks),
        '<main class="layout">',
        '<section class="blocks" aria-label="Blocks of the page">',
        f'<h2 class="column">Page blocks ({len(blocks)})</h2>',
        *(_block(block, position) for position, block in enumerate(blocks)),
        "</section>",
        _article(article),
        "</main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def role_class(role: str) -> str:
    """The CSS class of a role: ``role-`` and the role with anything odd made ``-``."""
    return "role-" + (re.sub(r"[^a-z0-9_]", "-", role.lower()) or "none")


def _style(role: str) -> RoleStyle:
    return ROLE_STYLES.get(role, OTHER_STYLE)


def _css(blocks: list[dict[str, Any]]) -> str:
    # The known roles, then any other role the document holds, each with its colour.
    roles = list(ROLE_STYLES)
    roles += sorted({_role(b) for b in blocks} - set(roles))
    rules = [
        f".{role_class(role)} {{ --colour: {_style(role).colour}; --tint: {_style(role).tint}; }}"
        for role in roles
    ]
    return _CSS + "\n".join(rules) + "\n"


def _role(block: dict[str, Any]) -> str:
    return str(block.get("role") or "none")


def _header(page: dict[str, Any], blocks: list[dict[str, Any]]) -> str:
    counts = Counter(_role(block) for block in blocks)
    form = page.get("format") or "unknown"
    out = [
        '<header class="top">',
        "<h1>articlex explain report</h1>",
        f'<p class="summary">{escape(str(form))} page, {len(blocks)} '
        f'block{"" if len(blocks) == 1 else "s"}</p>',
        f'<p class="language">language: {escape(str(page.get("language") or "not given"))}</p>',
    ]
    notes = [str(note) for note in page.get("notes") or ()]
    if notes:
        out.append('<ul class="notes">')
        out += [f"<li>note: {escape(note)}</li>" for note in notes]
        out.append("</ul>")
    # The legend lists every known role (with how many blocks have it), then the others.
    roles = list(ROLE_STYLES) + sorted(set(counts) - set(ROLE_STYLES))
    out.append('<ul class="legend" aria-label="Roles">')
    for role in roles:
        label = _style(role).label if role in ROLE_STYLES else role
        out.append(f'<li class="legend-item {role_class(role)}" data-role="{escape(role)}">'
                   f'<span class="swatch"></span>{escape(label)} '
                   f'<span class="count">{counts.get(role, 0)}</span></li>')
    out.append("</ul>")
    if blocks:
        # One coloured cell per block, in page order: the page's shape at a glance.
        out.append('<nav class="map" aria-label="Blocks by role">')
        for position, block in enumerate(blocks):
            index = _index(block, position)
            role = _role(block)
            out.append(f'<a class="{role_class(role)}" href="#block-{index}" '
                       f'title="{index}: {escape(role)}"></a>')
        out.append("</nav>")
    out.append("</header>")
    return "\n".join(out)


def _index(block: dict[str, Any], position: int) -> int:
    index = block.get("index")
    return index if isinstance(index, int) else position


def _block(block: dict[str, Any], position: int) -> str:
    index = _index(block, position)
    role = _role(block)
    kind = str(block.get("kind") or "?")
    out = [
        f'<div class="block {role_class(role)}" data-index="{index}" '
        f'data-role="{escape(role)}" id="block-{index}">',
        f'<div class="head"><span class="index">#{index}</span>'
        f'<span class="kind" title="kind">{escape(kind)}</span>'
        f'<span class="badge">{escape(_style(role).label if role in ROLE_STYLES else role)}'
        "</span></div>",
    ]
    value = block.get("value")
    if value is not None:
        out.append(f'<p class="value"><b>value</b> {escape(_value_text(value))}</p>')
    out.append(f'<p class="text">{escape(str(block.get("text") or ""))}</p>')
    out.append(_history(block.get("history") or []))
    out.append("</div>")
    return "\n".join(out)


def _value_text(value: object) -> str:
    """A value as a person reads it: a text, a list joined, a record's non-empty parts."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return " · ".join(value) if value else "(none)"
    if isinstance(value, dict):
        parts = [f"{key}: {_value_text(item)}" for key, item in value.items() if item]
        return "; ".join(parts) if parts else "(none)"
    return json.dumps(value, ensure_ascii=False)


def _history(history: list[dict[str, Any]]) -> str:
    if not history:
        return '<p class="history missing">no history</p>'
    last = history[-1]
    passes = len(history)
    summary = (f'{escape(str(last.get("reason") or ""))} '
               f'<span class="muted">({passes} pass{"" if passes == 1 else "es"})</span>')
    steps = [
        f'<li><span class="pass">{escape(str(step.get("pass") or "?"))}</span> → '
        f'<b class="step-role {role_class(str(step.get("role") or "none"))}">'
        f'{escape(str(step.get("role") or "?"))}</b>: '
        f'{escape(str(step.get("reason") or ""))}</li>'
        for step in history
    ]
    # A block that more than one pass decided is worth reading: its history starts open.
    opened = " open" if passes > 1 else ""
    return (f'<details class="history"{opened}><summary>' + summary + "</summary><ol>"
            + "".join(steps) + "</ol></details>")


def _article(article: dict[str, Any]) -> str:
    out = ['<aside class="article" aria-label="Extracted article">',
           '<h2 class="column">Extracted article</h2>']
    headline = article.get("headline")
    if headline:
        out.append(f'<h1 class="headline">{escape(str(headline))}</h1>')
    else:
        out.append('<p class="headline missing">no headline</p>')
    if article.get("standfirst"):
        out.append(f'<p class="standfirst">{escape(str(article["standfirst"]))}</p>')
    out.append('<dl class="meta">')
    for name, html_value in _meta_rows(article):
        shown = html_value or '<span class="missing">none</span>'
        out.append(f'<dt>{name}</dt><dd class="field-{name.replace(" ", "-")}">{shown}</dd>')
    out.append("</dl>")
    out.append('<div class="body">')
    body = _body(article)
    out.append(body or '<p class="missing">no article body found</p>')
    out.append("</div>")
    out.append("</aside>")
    return "\n".join(out)


def _meta_rows(article: dict[str, Any]) -> list[tuple[str, str]]:
    """The article's fields under the headline: (name, value as HTML, "" when none)."""
    authors = [str(name) for name in article.get("authors") or ()]
    tags = [str(tag) for tag in article.get("tags") or ()]
    return [
        ("authors", escape(", ".join(authors)) if authors else ""),
        ("published", escape(str(article.get("published") or ""))),
        ("language", escape(str(article.get("language") or ""))),
        ("site", escape(str(article.get("site_name") or ""))),
        ("url", escape(str(article.get("url") or ""))),
        ("tags", "".join(f'<span class="tag">{escape(tag)}</span>' for tag in tags)),
        ("author bio", escape(str(article.get("author_bio") or ""))),
    ]


def _body(article: dict[str, Any]) -> str:
    """The body by its blocks (headings, lists, quotes kept); else by its paragraphs."""
    blocks = article.get("blocks")
    if not blocks:
        paragraphs = [p for p in str(article.get("body") or "").split("\n\n") if p.strip()]
        return "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    out: list[str] = []
    in_list = False
    for block in blocks:
        kind = str(block.get("kind") or "p")
        if kind == "li" and not in_list:
            out.append("<ul>")
        elif kind != "li" and in_list:
            out.append("</ul>")
        in_list = kind == "li"
        out.append(_body_block(block, kind))
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def _body_block(block: dict[str, Any], kind: str) -> str:
    """One block of the body as HTML (a list item goes inside the list ``_body`` opened)."""
    text = escape(str(block.get("text") or ""))
    if kind == "li":
        return f"<li>{text}</li>"
    if kind == "h":
        level = block.get("level")
        tag = "h3" if not isinstance(level, int) or level <= 2 else "h4"
        return f"<{tag}>{text}</{tag}>"
    if kind == "quote":
        return f"<blockquote>{text}</blockquote>"
    if kind in ("code", "table"):
        return f'<pre class="{kind}">{text}</pre>'
    if kind == "caption":
        return f'<p class="caption">{text}</p>'
    return f"<p>{text}</p>"
