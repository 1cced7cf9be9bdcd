"""The year, month or "now" a clause asks about, taken out of it ("eind 2018" -> When(2018,
"eind"))."""

from __future__ import annotations

import re

from bot.understanding.model import When

# Years the programme's figures can be about; other numbers are left alone.
_YEAR = re.compile(r"\b(20[0-3]\d)\b")

_YEAR_PART = re.compile(
    r"\b(?:(begin|eind|einde|halverwege|midden|start|end|early|late|beginning|the end of|"
    r"the beginning of|the start of)\s+(?:van\s+|of\s+)?)?(?:(?:het\s+)?jaar\s+|in\s+)?"
    r"(20[0-3]\d)\b"
)

_MONTHS = {
    "jan": 1, "feb": 2, "maa": 3, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "mrt": 3, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH_YEAR = re.compile(
    r"\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|january|february|march|may|june|july|august|october|jan|feb|mrt|apr|jun|jul|"
    r"aug|sep|sept|okt|oct|nov|dec)\.?\s+(20[0-3]\d)\b"
)

_LATEST = re.compile(
    r"\b(?:nu|momenteel|op dit moment|tegenwoordig|inmiddels|vandaag de dag|actueel|"
    r"actuele|laatste|recentste|meest recente|nieuwste|currently|right now|now|today|"
    r"these days|latest|most recent|newest|so far|tot nu toe|up to now|to date|"
    r"at the moment|at present|op het moment|for now|voor nu|until now|till now|untill now|"
    r"up till now|up until now|tot nog toe|tot dusver|tot op heden|tot nu|at this moment|"
    r"at this point|at this time|nowadays|as of now|as of today|on this moment)\b"
)

# "hoeveel fieldlabs bij de start?", "how many at the beginning?": the first figure. Not "begin
# 2015", which names a year (taken first below).
_EARLIEST = re.compile(
    r"\b(?:bij de start|bij aanvang|bij het begin|aan het begin|in het begin|in den beginne|"
    r"aanvankelijk|in eerste instantie|at the start|at the beginning|in the beginning|"
    r"initially|at first|at launch|at the outset|to begin with)\b(?! (?:van |of )?20\d\d)"
)

_YEAR_PREPOSITIONS = re.compile(
    r"\b(?:in|per|tot|sinds|vanaf|rond|around|by|until|since|of|from|van|uit|for|voor)\s*$"
)

# "tussen 2015 en 2019", "2015 tot en met 2019", "between 2015 and 2019", "2015-2019": a
# cumulative figure over a period is the figure at its end.
_YEAR_RANGE = re.compile(
    r"\b(?:(?:in )?de periode |the period |(?:over )?de jaren |tussen |between |from |van )?"
    r"(20[0-3]\d)\s*(?:-|–|/|tot en met|t/m|tm|tot|en|and|to|through|till|until|up to)?\s*"
    r"(20[0-3]\d)\b"
)


# "geïnvesteerd sinds 2014", "since 2015": everything from that year on, the latest figure.
_SINCE = re.compile(r"\b(?:sinds|since|vanaf)\s*$")
_HOW_MUCH = re.compile(r"\b(?:hoeveel|how many|how much)\b")


# "… in februari 2018, ten tijde van de Implementatieagenda": with a date said, what the
# date was the time of is the date again, not a second subject of the question
_AT_THE_TIME_OF = re.compile(
    r"\s(?:ten tijde van|in de tijd van|rond de tijd van|at the time of|around the time of)"
    r"\s(?:de |het |the )?\S+(?: \S+)?$"
)


def _take_when(text: str) -> tuple[str, When | None]:
    """Cut the year or 'now' out of a clause: ('hoeveel fieldlabs waren er', When(2017))."""
    cleaned, when = _take_date(text)
    if when is not None and (when.year is not None or when.latest or when.earliest):
        shorter = _AT_THE_TIME_OF.sub("", cleaned)
        return shorter or cleaned, when
    return cleaned, when


def when_said(text: str) -> When | None:
    """The year or 'now' a clause says in its own words (not one lent by another clause)."""
    return _take_when(text)[1]


def _take_date(text: str) -> tuple[str, When | None]:
    earliest = _EARLIEST.search(text)
    if earliest is not None and not re.search(r"\b20[0-3]\d\b", text):  # a year said wins
        cleaned = f"{text[: earliest.start()]} {text[earliest.end() :]}".strip()
        return " ".join(cleaned.split()) or text, When(earliest=True)
    if "20" not in text:  # every year pattern below is 20xx
        latest = _LATEST.search(text)
        if latest is None:
            return text, None
        cleaned = f"{text[: latest.start()]} {text[latest.end() :]}".strip()
        return cleaned or text, When(latest=True)
    span = _YEAR_RANGE.search(text)
    if span is not None and int(span.group(2)) > int(span.group(1)):
        before = _YEAR_PREPOSITIONS.sub("", text[: span.start()]).rstrip()
        cleaned = f"{before} {text[span.end() :]}".strip()
        return cleaned, When(int(span.group(2)))
    month_match = _MONTH_YEAR.search(text)
    if month_match is not None:
        month = _MONTHS[month_match.group(1)[:3]]
        before = _YEAR_PREPOSITIONS.sub("", text[: month_match.start()]).rstrip()
        cleaned = f"{before} {text[month_match.end() :]}".strip()
        return cleaned, When(int(month_match.group(2)), "", False, month)
    match = _YEAR_PART.search(text)
    if match is not None:
        part_word = (match.group(1) or "").replace("the ", "").replace(" of", "")
        part = {"begin": "begin", "start": "begin", "early": "begin", "beginning": "begin"}.get(
            part_word, "eind" if part_word in ("eind", "einde", "end", "late") else ""
        )
        before = _YEAR_PREPOSITIONS.sub("", text[: match.start()]).rstrip()
        cleaned = f"{before} {text[match.end() :]}".strip()
        if not part and _SINCE.search(text[: match.start()]) and _HOW_MUCH.search(text):
            return cleaned, When(latest=True)  # "hoeveel … sinds 2014": from then until now
        return cleaned, When(int(match.group(2)), part)
    latest = _LATEST.search(text)
    if latest is not None:
        cleaned = f"{text[: latest.start()]} {text[latest.end() :]}".strip()
        return cleaned or text, When(latest=True)
    return text, None
