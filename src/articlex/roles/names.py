"""Person names: cleaning bylines, splitting lists of names, telling people from bodies."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..tables.words import (
    AGENCY_WORDS,
    JOB_TITLE_WORDS,
    NOT_NAME_WORDS,
    ORGANISATION_WORDS,
)
from ..textshape import word_run_in
from .cues import byline_names_part, byline_segment

#: Job titles and trailing credits cut from a byline ("Jane Doe, Senior Reporter").
_TITLE_TAIL = re.compile(
    r"\s*[,|–—-]\s*(senior|chief|staff|deputy|associate|contributing|political|"
    r"special|foreign|technology|science|business|sports?|health|"
    r"[a-z]+ (editor|reporter|writer|correspondent)|editor|reporter|writer|"
    r"correspondent|columnist|photographer|analyst)\b.*$",
    re.I,
)
# Conjunctions between names; lower-case only, or "Sarah E. Needleman" would split at "E".
_SPLIT = re.compile(r"\s*(?:,|;|&|\b(?:and|AND|And|und|et|y|e|i|и|dan|en)\b|、|・|/)\s*")
#: Words that start the date part of a byline ("… published on May 1", "… publiziert am …").
PUBLISHED_WORDS = (
    "updated", "update", "published", "publiziert", "veröffentlicht", "aktualisiert",
    "publié", "mis à jour", "publicado", "actualizado", "atualizado", "pubblicato",
    "aggiornato", "опубликовано", "обновлено",
)
_NOISE = re.compile(r"\S+@\S+|https?://\S+|\b(?:" + "|".join(PUBLISHED_WORDS) + r")\b.*$"
                    r"|\b(?:on\s+)?\w+day\b.*$|\b\d{1,2}:\d\d\b.*$|\|.*$", re.I)
_HAS_DIGIT = re.compile(r"\d")
_WORDS = re.compile(r"\w+")
# A label before "by" opens some bylines: "Analysis by Jane Doe", "Photos and text by …".
_LABELLED_BY = re.compile(r"^\s*(?:[^\W\d_]+\s+){1,3}by\s+(?=[A-Z])")
# ... and so does a date or time: "5:45 AM PST 11/19/2019 by Jane Doe".
_DATED_BY = re.compile(r"^[^\n]{0,60}?\d[^\n]{0,40}?\b(?i:by)\s+(?=[A-Z])")
# Two texts run together where the markup between them was flattened, a name's last
# word and what followed it: three lower-case letters, then a capital ("Meg JamesStaff
# Writer", "Kent GermanDec 3, 2023", "Joe GarberFOXBusiness"). Only after a first word:
# a single word with a capital inside is one name or handle ("IndustrySelect", "GrinGEO",
# "SolutionsHub Editorial Team"); "McDonald" and "DeSantis" have shorter runs anyway.
_RUN_TOGETHER = re.compile(r"(?<=[a-z]{3})(?=[A-Z])")
# Letters, spaces, hyphens, apostrophes, dots and commas: nothing else is in a name.
_NAME_CHARS = re.compile(r"^[^\W\d_][\w\s.'’,-]*$")


# Who checked, reviewed or updated the article is not who wrote it: "Reviewed by …",
# "Medically reviewed by …", "Fact-checked by …", "Edited by …", "Updated by …".
_NOT_AUTHORSHIP = re.compile(
    r"\b(?:(?:medically\s+|expert\s+)?reviewed|fact[\s-]?checked|edited|updated)\s+by\b",
    re.I)


def clean_byline(text: str) -> str:
    """Strip "By", contact details, dates and job titles from a byline, and the credits
    after it that are not authorship ("Reviewed by …")."""
    text = authorship_part(text)
    names = byline_segment(text) or _LABELLED_BY.sub("", _DATED_BY.sub("", text))
    names = _split_run_together(names)
    names = byline_names_part(names)  # not the date, handle or words after the names
    names = _NOISE.sub("", names)
    names = _TITLE_TAIL.sub("", names)
    return " ".join(names.split()).strip(" ,;:-–—|")


def authorship_part(text: str) -> str:
    """A byline without the credits after it that are not authorship.

    >>> authorship_part("By Ann Poe | Fact-checked by Al Roe")
    'By Ann Poe | '
    """
    return _NOT_AUTHORSHIP.split(text, maxsplit=1)[0]


def _split_run_together(text: str) -> str:
    """A " | " where a name and its credit run together (``_RUN_TOGETHER``), after a
    first word: "Meg JamesStaff Writer" → "Meg James | Staff Writer".

    >>> _split_run_together("Meg JamesStaff Writer")
    'Meg James | Staff Writer'
    >>> _split_run_together("SolutionsHub Editorial Team")
    'SolutionsHub Editorial Team'
    """
    for match in _RUN_TOGETHER.finditer(text):
        if " " in text[:match.start()].strip():
            return text[:match.start()] + " | " + text[match.start():]
    return text


def split_names(text: str) -> list[str]:
    """Split "A, B and C" into names, keeping "Lastname, Firstname" together.

    >>> split_names("Jane Doe and John Roe")
    ['Jane Doe', 'John Roe']
    >>> split_names("Doe, Jane")
    ['Doe, Jane']
    """
    parts = [p for p in _SPLIT.split(text) if p and p.strip()]
    if len(parts) == 2 and "," in text and all(len(p.split()) == 1 for p in parts) \
            and " and " not in text.lower():
        return [text.strip()]
    return [" ".join(p.split()) for p in parts]


def is_person_name(name: str, site_name: str | None = None, *, one_word: bool = False) -> bool:
    """A plausible person name: 1–5 words, no digits, no organisation words; one word
    only in scripts written without spaces, or where ``one_word`` says the source
    vouches for a person ("By Regan", a JSON-LD Person).

    >>> is_person_name("Martyn Williams")
    True
    >>> is_person_name("Associated Press")
    False
    >>> is_person_name("TMZ Staff")
    False
    """
    words = name.replace(",", " ").split()
    if not _has_name_size(name, words) or _names_organisation(name, words, site_name):
        return False
    if _reads_as_label(name, words):
        return False
    if len(words) == 1 and not (one_word or _is_unspaced_script(name)):
        return False
    return _cased_as_name(words)


def _has_name_size(name: str, words: list[str]) -> bool:
    """1–5 words, at most 60 characters, no digits."""
    return 1 <= len(words) <= 5 and len(name) <= 60 and not _HAS_DIGIT.search(name)


def _names_organisation(name: str, words: list[str], site_name: str | None) -> bool:
    """An organisation's word in the name, or one word of the site's name ("Slate" on
    "Slate Magazine"). A longer name that is the site's name is a person's on a site
    named after its author ("Sam Bossley"); beside other names it is the publication's
    credit, which :func:`credits` drops."""
    if any(w.lower().strip(".") in ORGANISATION_WORDS for w in words):
        return True
    return len(words) == 1 and is_site_name(name, site_name)


def is_site_name(name: str, site_name: str | None) -> bool:
    """The name is the site's name or a run of its words ("Slate" of "Slate Magazine"),
    or is it written as one word ("usatoday")."""
    if not site_name or not _WORDS.search(name):
        return False
    return word_run_in(name, site_name) or _compact(name) == _compact(site_name)


def _reads_as_label(name: str, words: list[str]) -> bool:
    """A form's label, a comment's opening, or words no name has ("The …")."""
    if not _NAME_CHARS.match(name) or name.lower().endswith(" says"):
        return True  # "Name *", "Nama (wajib)": form labels; "X says": a comment
    if any(w.lower() in NOT_NAME_WORDS or _is_job_word(w) for w in words):
        return True
    return words[0].lower() == "the"


def _is_job_word(word: str) -> bool:
    return word.lower().strip(".,") in JOB_TITLE_WORDS


def _cased_as_name(words: list[str]) -> bool:
    """In a cased script, the first word and all but one of the others in capitals."""
    cased = [w for w in words if w[:1].isalpha() and w[:1].lower() != w[:1].upper()]
    if cased and not cased[0][0].isupper():
        return False
    return not cased or sum(w[0].isupper() for w in cased) >= len(cased) - 1


def _is_unspaced_script(text: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in text)


def _without_site_name(name: str, site_name: str | None) -> str:
    """The name without a credit run into its end: the start of the site's name
    ("Kevin McCoy USA" from "Kevin McCoy USA TODAY" cut at a case change; the site's
    name may be written as one word, "usatoday"), or an agency ("Tom Davies Associated
    Press"). At least two words stay.

    >>> _without_site_name("Elliot Brownstein Florida", "Florida Today")
    'Elliot Brownstein'
    >>> _without_site_name("Kevin McCoy USA", "usatoday")
    'Kevin McCoy'
    >>> _without_site_name("Tom Davies Associated Press", None)
    'Tom Davies'
    """
    words = name.split()
    site = _compact(site_name or "")
    for cut in range(2, len(words)):
        tail = words[cut:]
        if site and site.startswith(_compact(" ".join(tail))):
            return " ".join(words[:cut])
        if all(w.lower().strip(".") in AGENCY_WORDS for w in tail):
            return " ".join(words[:cut])
        if _is_job_word(tail[-1]) and all(w[:1].isupper() for w in tail):
            return " ".join(words[:cut])  # "Emma Ryan Writer", "Ann Poe Tech Reporter"
    return name


def _compact(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


class Credits(NamedTuple):
    """Who a byline-like string credits: people, or else organisations."""

    people: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()


def credits(raw: str, site_name: str | None = None, *, person: bool = False) -> Credits:
    """The people a byline-like string names; when it names none, the organisations it
    credits instead ("Slate Staff", "The Associated Press"). An organisation named
    beside a person ("Jane Doe, Medical Xpress") is their affiliation, not a credit.

    A byline that says "By" names a person even with one word ("By Regan"), as does
    a source declared as a person (``person``: a JSON-LD Person, a rel=author link).

    >>> credits("By Jane Doe and John Roe")
    Credits(people=('Jane Doe', 'John Roe'), organisations=())
    >>> credits("By Slate Staff")
    Credits(people=(), organisations=('Slate Staff',))
    """
    cleaned = clean_byline(raw)
    if not cleaned:
        return Credits()
    names = [_without_site_name(n, site_name) for n in split_names(cleaned)]
    if len(names) > 1:  # the publication credited beside its writers
        names = [n for n in names if not is_site_name(n, site_name)] or names
    one_word = len(names) == 1 and (person or byline_segment(raw) is not None)
    people = _people(names, site_name, one_word)
    if people:
        return Credits(tuple(people))
    return Credits((), tuple(n for n in names if is_organisation_name(n, site_name)))


def _people(names: list[str], site_name: str | None, one_word: bool) -> list[str]:
    """The names that are people's; of a list that also holds other things, only the
    names of two words or more (a lone word beside a job title is no name)."""
    people = [n for n in names if is_person_name(n, site_name, one_word=one_word)]
    return people if len(people) == len(names) else [n for n in people if " " in n]


def person_names(raw: str, site_name: str | None = None, *, person: bool = False) -> list[str]:
    """The person names in a byline-like string (empty for organisations)."""
    return list(credits(raw, site_name, person=person).people)


def is_organisation_name(name: str, site_name: str | None = None) -> bool:
    """A credit that names an organisation: a name-sized, capitalised phrase with an
    organisation's word ("EcoCult Staff", "The Upwork Team") or that is the site's name.

    >>> is_organisation_name("Associated Press")
    True
    >>> is_organisation_name("Share this article")
    False
    """
    words = name.replace(",", " ").split()
    if not _has_name_size(name, words) or not _NAME_CHARS.match(name):
        return False
    if is_site_name(name, site_name):
        return True
    rest = words[1:] if words[0].lower() == "the" else words
    if not rest or any(w.lower() in NOT_NAME_WORDS for w in rest) or not rest[0][0].isupper():
        return False
    return _names_organisation(name, rest, site_name)
