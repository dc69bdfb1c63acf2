"""Dates in metadata and in visible datelines, to ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import re
from datetime import date

#: Month names and abbreviations by language (lower-case), month number as value.
MONTHS: dict[str, int] = {}
_MONTH_NAMES = {
    "en": "january february march april may june july august september october november december",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
    "novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
    "december",
    "id": "januari februari maret april mei juni juli agustus september oktober november "
    "desember",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}
for _names in _MONTH_NAMES.values():
    for _number, _name in enumerate(_names.split(), start=1):
        MONTHS.setdefault(_name, _number)
        if len(_name) > 3:
            MONTHS.setdefault(_name[:3], _number)
MONTHS.update({"sept": 9, "sep": 9, "jän": 1, "mär": 3, "okt": 10, "dez": 12})

#: Years outside this range are not publication dates of web pages.
MIN_YEAR, MAX_YEAR = 1990, 2100
_MONTH_RE = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d?)-(\d\d?)(?:\b|T)")
_YMD = re.compile(r"\b((?:19|20)\d\d)[/.年](\d\d?)[/.月](\d\d?)日?")
_DMY_NUM = re.compile(r"\b(\d\d?)[./](\d\d?)[./]((?:19|20)\d\d)\b")
_DMY = re.compile(
    r"\b(\d\d?)(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(" + _MONTH_RE + r")\.?,?\s+(?:de\s+)?"
    r"((?:19|20)\d\d)\b", re.I
)
_MDY = re.compile(
    r"\b(" + _MONTH_RE + r")\.?\s+(\d\d?)(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_TIME_OF_DAY = re.compile(r"\b\d\d?:\d\d\b")


def _make(year: int, month: int, day: int) -> str | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str, *, day_first: bool = True) -> str | None:
    """The first date in ``text`` as YYYY-MM-DD, or None.

    >>> parse_date("2014-12-04T21:42:00+13:00")
    '2014-12-04'
    >>> parse_date("04 December, 2014 21:42")
    '2014-12-04'
    >>> parse_date("Published Dec. 4, 2014")
    '2014-12-04'
    >>> parse_date("4 de dezembro de 2014")
    '2014-12-04'
    """
    if not text or not _YEAR.search(text):  # every pattern below holds a year
        return None
    for pattern, order in ((_ISO, "ymd"), (_YMD, "ymd"), (_DMY, "dmy"), (_MDY, "mdy")):
        match = pattern.search(text)
        if match:
            found = _from_match(match, order)
            if found:
                return found
    match = _DMY_NUM.search(text)
    if match:
        a, b, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        day, month = (a, b) if day_first or b > 12 else (b, a)
        return _make(year, month, day)
    return None


def _from_match(match: re.Match[str], order: str) -> str | None:
    groups = match.groups()
    if order == "ymd":
        return _make(int(groups[0]), int(groups[1]), int(groups[2]))
    if order == "dmy":
        month = MONTHS.get(groups[1].lower().rstrip("."))
        return _make(int(groups[2]), month, int(groups[0])) if month else None
    month = MONTHS.get(groups[0].lower().rstrip("."))
    return _make(int(groups[2]), month, int(groups[1])) if month else None


def looks_like_dateline(text: str) -> bool:
    """A short line that is mostly a date (and maybe a time, a source, a byline).

    >>> looks_like_dateline("IDG News Service (US) | 04 December, 2014 21:42")
    True
    >>> looks_like_dateline("On 4 December 2014 the company said it would appeal the ruling.")
    False
    """
    if len(text) > 90 or not parse_date(text):
        return False
    return not text.rstrip().endswith(".") or bool(_TIME_OF_DAY.search(text))
