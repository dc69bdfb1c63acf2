"""Classified page → :class:`~articlex.article.Article`: every field, then the body."""

from __future__ import annotations

from ..article import Article, BodyBlock
from ..model import Classified, Kind, Role
from ..options import Options
from ..roles.page_type import choose_type, type_scores
from ..roles.values import kept_in_body
from .authors import find_authors, find_organisations
from .bio import find_author_bio
from .headline import find_headline
from .published import find_published, has_own_date
from .site import find_url
from .standfirst import find_standfirst
from .tags import find_tags


def assemble(classified: Classified, options: Options) -> Article:
    """Read the fields and the body out of a classified page."""
    page = classified.page
    site_name = classified.site_name
    scores = classified.type_scores
    if scores is None:  # a Classified made without the roles stage
        scores = type_scores(classified)
    page_type = choose_type(scores)
    bio = find_author_bio(classified)
    headline = find_headline(classified, site_name, page_type)
    standfirst = find_standfirst(classified)
    authors = find_authors(classified, site_name, bio, page_type)
    body = _body_blocks(classified, options)
    return Article(
        headline=headline,
        standfirst=standfirst,
        authors=authors,
        organisations=() if authors else find_organisations(classified, site_name),
        author_bio=bio,
        published=find_published(classified, searched=has_own_date(scores)),
        language=classified.language,
        site_name=site_name,
        url=find_url(page),
        tags=find_tags(classified, not_tags=(*authors, site_name or "")),
        blocks=body,
        page_type=page_type,
    )


def _body_blocks(classified: Classified, options: Options) -> tuple[BodyBlock, ...]:
    blocks = []
    for block, verdict in zip(classified.page.blocks, classified.verdicts):
        if verdict.role is not Role.BODY or not kept_in_body(block, options):
            continue
        kind = Kind.PARAGRAPH if block.kind is Kind.LINE else block.kind
        blocks.append(BodyBlock(kind, block.text, block.level))
    return tuple(blocks)
