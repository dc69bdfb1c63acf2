"""The author bio: the page's visible text about the author, kept out of the body."""

from __future__ import annotations

from ..dates import parse_date
from ..model import Block, Classified, Role

#: A bio block says something: fewer words is a name, a job title or a link label.
BIO_MIN_WORDS = 4
#: A block in an author box with more of its words linked is the box's links ("View
#: More Articles", "Follow … on Twitter"), not the bio.
BIO_MAX_LINK_DENSITY = 0.5
#: A block this short that holds a date is a timestamp (of a comment, of the post).
DATE_LINE_MAX_WORDS = 8
#: A link this short closing a bio is its "Full Bio" / "Read more" link.
TRAILING_LINK_MAX_WORDS = 3


def find_author_bio(classified: Classified) -> str | None:
    """The text of the blocks recognised as the author bio, joined.

    Only blocks after the headline count (a text about the publisher in the masthead is
    not the author's), and only those that read as text about someone: not the author
    box's links, not a timestamp, not inside a comment.
    """
    headline = next(iter(classified.blocks_with(Role.HEADLINE)), None)
    start = headline.index if headline is not None else -1
    texts = [
        _bio_text(block)
        for block in classified.blocks_with(Role.BIO)
        if block.index > start and _tells_about_someone(block)
    ]
    texts = [t for t in texts if len(t.split()) >= BIO_MIN_WORDS]
    return " ".join(dict.fromkeys(texts)) if texts else None


def _tells_about_someone(block: Block) -> bool:
    signals = block.signals
    if signals.link_density > BIO_MAX_LINK_DENSITY or "comments" in signals.hints:
        return False
    return not (len(block.text.split()) <= DATE_LINE_MAX_WORDS and parse_date(block.text))


def _bio_text(block: Block) -> str:
    """The block's text without a closing "Full Bio" / "Read more" link: a short link
    after the last sentence (a link that ends the sentence, an e-mail address, stays)."""
    text = " ".join(block.text.split())
    links = block.signals.link_texts
    if links:
        last = " ".join(links[-1].split())
        if last and len(last.split()) <= TRAILING_LINK_MAX_WORDS and text.endswith(last):
            before = text[: -len(last)].rstrip(" |·•-–—")
            if before.endswith((".", "!", "?", "…")):
                text = before
    return text
