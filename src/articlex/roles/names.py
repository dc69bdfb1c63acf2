"""Person names: cleaning bylines, splitting lists of names, telling people from bodies."""

from __future__ import annotations

import re

from ..tables.words import AGENCY_WORDS, NOT_NAME_WORDS, ORGANISATION_WORDS
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
# A label before "by" opens some bylines: "Analysis by Jane Doe", "Photos and text by …".
_LABELLED_BY = re.compile(r"^\s*(?:[^\W\d_]+\s+){1,3}by\s+(?=[A-Z])")
# ... and so does a date or time: "5:45 AM PST 11/19/2019 by Jane Doe".
_DATED_BY = re.compile(r"^[^\n]{0,60}?\d[^\n]{0,40}?\b(?i:by)\s+(?=[A-Z])")
# A lower-case run of three letters then a capital: two texts run together ("JamesStaff",
# "GarberFOXBusiness"); "McDonald", "DeSantis" and "MacKenzie" have shorter runs.
_RUN_TOGETHER = re.compile(r"(?<=[a-z]{3})(?=[A-Z])")
# Letters, spaces, hyphens, apostrophes, dots and commas: nothing else is in a name.
_NAME_CHARS = re.compile(r"^[^\W\d_][\w\s.'’,-]*$")


def clean_byline(text: str) -> str:
    """Strip "By", contact details, dates and job titles from a byline."""
    names = byline_segment(text) or _LABELLED_BY.sub("", _DATED_BY.sub("", text))
    names = _RUN_TOGETHER.sub(" | ", names)  # "Meg JamesStaff Writer": flattened markup
    names = byline_names_part(names)  # not the date, handle or words after the names
    names = _NOISE.sub("", names)
    names = _TITLE_TAIL.sub("", names)
    return " ".join(names.split()).strip(" ,;:-–—|")


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
    """An organisation's word in the name, or the name part of the site's name."""
    if any(w.lower().strip(".") in ORGANISATION_WORDS for w in words):
        return True
    return site_name is not None and name.lower() in site_name.lower()


def _reads_as_label(name: str, words: list[str]) -> bool:
    """A form's label, a comment's opening, or words no name has ("The …")."""
    if not _NAME_CHARS.match(name) or name.lower().endswith(" says"):
        return True  # "Name *", "Nama (wajib)": form labels; "X says": a comment
    return any(w.lower() in NOT_NAME_WORDS for w in words) or words[0].lower() == "the"


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
    return name


def _compact(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def person_names(raw: str, site_name: str | None = None, *, person: bool = False) -> list[str]:
    """The person names in a byline-like string (empty for organisations).

    A byline that says "By" names a person even with one word ("By Regan"), as does
    a source declared as a person (``person``: a JSON-LD Person, a rel=author link).
    """
    cleaned = clean_byline(raw)
    if not cleaned:
        return []
    names = [_without_site_name(n, site_name) for n in split_names(cleaned)]
    one_word = len(names) == 1 and (person or byline_segment(raw) is not None)
    people = [n for n in names if is_person_name(n, site_name, one_word=one_word)]
    return people if len(people) == len(names) else [n for n in people if " " in n]
