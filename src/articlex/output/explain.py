"""Why each block of a page got its role: as text for a terminal, as a JSON document
for programs (and for the HTML report, :mod:`.report`).

The JSON document::

    {
      "article": {…the Article's JSON…},
      "page": {"format": "html" | "text", "language": str, "notes": [str]},
      "blocks": [{"index": int, "kind": str, "role": str, "value": …, "text": str,
                  "history": [{"pass": str, "role": str, "reason": str}, …]}, …]
    }

``value`` is what the block gave its field (:mod:`articlex.roles.values`: the text of
a headline, a byline's names and date as an object, the tags of a tag list), ``null``
for body and boilerplate blocks; the
history lists every pass that set or changed the block's role, oldest first, the last
entry being the block's role now.
"""

from __future__ import annotations

from typing import Any

from ..article import Article
from ..model import Classified, Role, Step, Verdict
from ..segment.declared import declared_language


def explain_document(article: Article, classified: Classified) -> dict[str, Any]:
    """The article and every block of its page, with its role, value and history."""
    page = classified.page
    return {
        "article": article.to_dict(),
        "page": {
            "format": page.source_format.value,
            "language": language_origin(classified, article),
            "notes": list(page.notes),
        },
        "blocks": [
            {
                "index": block.index,
                "kind": block.kind.value,
                "role": verdict.role.value,
                "value": _plain(verdict.value),
                "text": block.text,
                "history": [step.to_dict() for step in _history(verdict)],
            }
            for block, verdict in zip(page.blocks, classified.verdicts)
        ],
    }


def explain_text(classified: Classified, article: Article | None = None) -> str:
    """One line per block: kept or dropped, its role, an excerpt and the reason.

    With ``article``, a line first tells its language and whether the page declared it.
    """
    lines = [f"page: {classified.page.source_format}, {len(classified.page.blocks)} blocks"]
    lines += [f"note: {note}" for note in classified.page.notes]
    if article is not None:
        lines.append(f"language: {language_origin(classified, article)}")
    for block, verdict in zip(classified.page.blocks, classified.verdicts):
        status = "kept   " if verdict.role is Role.BODY else "dropped"
        if verdict.role not in (Role.BODY, Role.BOILERPLATE):
            status = "field  "
        excerpt = " ".join(block.text.split())
        excerpt = excerpt if len(excerpt) <= 60 else excerpt[:59] + "…"
        lines.append(f"{block.index:4} {status} {verdict.role.value:<11} {excerpt!r:64} "
                     f"{verdict.reason}")
    return "\n".join(lines) + "\n"


def language_origin(classified: Classified, article: Article) -> str:
    """The article's language and where it came from: the page's declaration or its text."""
    if article.language is None:
        return "none (not declared; the text is too short or mixed to tell)"
    if declared_language(classified.page.metadata):
        return f"{article.language} (declared by the page)"
    return f"{article.language} (identified from the text)"


def _history(verdict: Verdict) -> tuple[Step, ...]:
    # Every verdict is set through a pass, so its history ends with its role; the
    # fallback keeps the document whole for a verdict made by hand.
    if verdict.history and verdict.history[-1].role is verdict.role:
        return verdict.history
    return (*verdict.history, Step("unknown", verdict.role, verdict.reason))


def _plain(value: object) -> Any:
    """A verdict's value as JSON: records become objects, tuples lists."""
    if hasattr(value, "_asdict"):
        return {key: _plain(item) for key, item in value._asdict().items()}
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value
