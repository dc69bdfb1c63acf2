"""The last step of the roles stage: the value of every field block, read once.

A headline or standfirst block's value is its text on one line; a byline or dateline
block's a :class:`~articlex.model.Credit` (the people it names, its date, the filing a
text page's details line ends with); a bio block's the text it says about the author
(None for the author box's links, a timestamp, a comment's); a block of the article's
tag list its tags (:mod:`.tag_list`). The field stage chooses between these values and
the page's metadata and parses nothing again.

The values are read from the repaired text of the blocks: a text page is repaired
whole before segmentation, an HTML page once segmented (:mod:`articlex.segment.repair`).
"""

from __future__ import annotations

from ..dates import parse_date
from ..language import SAMPLE_CHARS, identify_language
from ..model import Block, Classified, Credit, Kind, Role, SourceFormat
from ..options import Options
from ..segment.declared import declared_language, declared_site_name
from .cues import details_categories
from .names import Credits, authorship_part, credits, person_names
from .tag_list import tag_values

#: A bio block says something: fewer words is a name, a job title or a link label.
BIO_MIN_WORDS = 4
#: A block in an author box with more of its words linked is the box's links ("View
#: More Articles", "Follow … on Twitter"), not the bio.
BIO_MAX_LINK_DENSITY = 0.5
#: A block this short that holds a date is a timestamp (of a comment, of the post).
DATE_LINE_MAX_WORDS = 8
#: A link this short closing a bio is its "Full Bio" / "Read more" link.
TRAILING_LINK_MAX_WORDS = 3


def read_values(classified: Classified, options: Options) -> Classified:
    """The classified page with the value of each field block, its language and its
    site's name."""
    page = classified.page
    site_name = declared_site_name(page.metadata)
    language = declared_language(page.metadata) or _identified_language(classified, options)
    tags = tag_values(classified, language or options.default_language)
    headline = next((b.index for b in classified.blocks_with(Role.HEADLINE)), -1)
    text_page = page.source_format is SourceFormat.TEXT
    verdicts = []
    for block, verdict in zip(page.blocks, classified.verdicts):
        role = verdict.role
        value: object = None
        if role is Role.HEADLINE:
            value = _headline_text(block)
        elif role is Role.STANDFIRST:
            value = _one_line(block)
        elif role in (Role.BYLINE, Role.DATELINE):
            value = _credit(block, site_name, role is Role.BYLINE, text_page)
        elif role is Role.BIO:
            value = _bio_text(block) if block.index > headline else None
        elif role is Role.TAGS:
            value = tags.get(block.index)
        verdicts.append(verdict if value is None else verdict._replace(value=value))
    return Classified(page, tuple(verdicts), language=language, site_name=site_name,
                      type_scores=classified.type_scores)


def _identified_language(classified: Classified, options: Options) -> str | None:
    """The language of the article's own text (headline, standfirst, body: as much of
    it as the identifier reads), for a page that declares none."""
    headline = classified.blocks_with(Role.HEADLINE)
    standfirst = classified.blocks_with(Role.STANDFIRST)
    parts = [_headline_text(headline[0]) if headline else "",
             _one_line(standfirst[0]) if standfirst else ""]
    size = sum(map(len, parts))
    for block in classified.blocks_with(Role.BODY):
        if size >= SAMPLE_CHARS:
            break  # the identifier reads no further
        if kept_in_body(block, options):
            parts.append(block.text)
            size += len(block.text)
    return identify_language("\n".join(parts))


def kept_in_body(block: Block, options: Options) -> bool:
    """Whether a body block goes into the article: it holds text, and the options keep
    its kind (tables, captions)."""
    if not block.text.strip():
        return False
    if block.kind is Kind.TABLE:
        return options.keep_tables
    return block.kind is not Kind.CAPTION or options.keep_captions


def _headline_text(block: Block) -> str:
    """A headline block's text on one line (its spacing kept)."""
    return block.text.replace("\n", " ").strip()


def _one_line(block: Block) -> str:
    """A block's text on one line, its runs of spaces made one."""
    return " ".join(block.text.split())


def _credit(block: Block, site_name: str | None, byline: bool, text_page: bool) -> Credit:
    """What a byline or a dateline says: the people a byline names in its links or its
    text, its date, and the categories closing a text page's details line."""
    credited = Credits()
    if byline:
        authorship = authorship_part(block.text)
        names = [n for t in block.signals.link_texts if t in authorship
                 for n in person_names(t, site_name)]
        credited = Credits(tuple(names)) if names else credits(block.text, site_name)
    categories = details_categories(block.text) if text_page else None
    return Credit(
        names=credited.people,
        date=parse_date(block.text),
        categories=tuple(item.strip() for item in categories.split(",")) if categories else (),
        organisations=credited.organisations,
    )


def _bio_text(block: Block) -> str | None:
    """The block's text about the author, without a closing "Full Bio" / "Read more"
    link (a link that ends the sentence, an e-mail address, stays); None for the author
    box's links, a timestamp, a comment's text, or a name alone."""
    signals = block.signals
    if signals.link_density > BIO_MAX_LINK_DENSITY or "comments" in signals.hints:
        return None
    if len(block.text.split()) <= DATE_LINE_MAX_WORDS and parse_date(block.text):
        return None
    text = _one_line(block)
    links = signals.link_texts
    if links:
        last = " ".join(links[-1].split())
        if last and len(last.split()) <= TRAILING_LINK_MAX_WORDS and text.endswith(last):
            before = text[: -len(last)].rstrip(" |·•-–—")
            if before.endswith((".", "!", "?", "…")):
                text = before
    return text if len(text.split()) >= BIO_MIN_WORDS else None
