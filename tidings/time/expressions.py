"""Resolve an English time expression against a publication date (pure, no spaCy).

``resolve("last Sunday", date(2015, 6, 2))`` gives 2015-05-31, day precision. Our own rules
handle the relative forms news uses (weekdays, "yesterday", "last month", "two days ago",
"in March"); dateparser only reads absolute forms our patterns miss ("2nd of June 2015").
Anything that names no placeable time ("recently", "in recent years", "for three years",
"73-year-old", "the next day") resolves to None: we do not invent a date.

A resolved expression is an interval [``start``, ``end``] with a precision:

- a week ("last week") or weekend is a day-precision range: its first and last day;
- a range ("between March and May", "from 2008 to 2016") takes the coarser precision of its ends;
- a season ("last summer") is a month-precision range of three months (winter of Y: Dec Y to Feb Y+1);
- a window back or ahead of the publication date ends (or starts) on it. A counted window
  ("the past two weeks", "the last four years") takes the precision of its unit (hours, days,
  weeks: day; months: month; years: year). A fuzzy one ("in recent weeks", "the past few
  days", "in the coming days") is a guess, so its precision is one step coarser than its unit
  (days: day over 7 days; weeks: month over 4 weeks; months: year over 6 months); fuzzy years
  ("in recent years") name no date.

Numeric dates are read month first ("6/2/2015" is June 2) unless ``day_first`` is set or the
numbers rule it out ("13/6/2015"). Relative expressions need a publication date; without one
they give None.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, Optional

__all__ = ["Resolved", "Tense", "resolve"]

Precision = Literal["day", "month", "year"]
Tense = Optional[str]  # "past" | "present" | "future" | None

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
NUMBERS = {
    word: number
    for number, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50}

# Parts of the day, hedges and prepositions: dropped before matching ("on late Sunday night").
FILLERS = frozenset(
    "morning afternoon evening night midday noon midnight overnight early late earlier later "
    "mid shortly just around about approximately end beginning start middle of the on in "
    "at during since by from over within throughout".split()
)
# Seasons (northern hemisphere, meteorological): first month; each lasts three months.
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# Windows around the publication date: unit -> (days per unit, precision when counted).
WINDOW_UNITS = {"hour": (1 / 24, "day"), "day": (1, "day"), "week": (7, "day"), "month": (None, "month"),
                "year": (None, "year")}
# A fuzzy window ("recent weeks", "the next few days"): unit -> (span in days, precision).
FUZZY_WINDOWS = {"hour": (1, "day"), "day": (7, "day"), "week": (28, "month"), "month": (182, "year")}
# Whole phrases rewritten first, because their words alone would mislead.
PHRASES = (
    (re.compile(r"\blast night\b"), "yesterday"),
    (re.compile(r"\btonight\b"), "today"),
    (re.compile(r"\bthis (morning|afternoon|evening)\b"), "today"),
    (re.compile(r"\bmid-"), "mid "),
    (re.compile(r"\bhours of\b"), " "),  # "the early hours of Sunday"
)
TIME_OF_DAY = re.compile(r"\b\d{1,2}([:.]\d{2})?\s*([ap]\.?m\.?|h)?\s*(edt|est|ast|gmt|utc|bst|cet)?\b")
WRONG_SIDE_DAYS = 90  # see _month_day
ORDINAL = r"(\d{1,2})(?:st|nd|rd|th)?"
MONTH = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
WEEKDAY = r"(" + "|".join(WEEKDAYS) + r")"
# "the past two weeks", "recent days", "the next few hours", "the coming year".
WINDOW = (
    r"(?:the )?(recent|past|last|coming|next|upcoming) (?:(few|several|couple|couple of|\d{1,3}|"
    + "|".join(NUMBERS) + r") )?(hour|day|week|month|year)(s?)"
)


@dataclass(frozen=True)
class Resolved:
    """A resolved time expression: the interval [start, end] at a precision, and the rule."""

    start: dt.date
    end: dt.date
    precision: Precision
    rule: str


def resolve(
    expression: str, pub_date: Optional[dt.date], tense: Tense = None, day_first: bool = False
) -> Optional[Resolved]:
    """Resolve ``expression`` against ``pub_date``.

    expression (str): the time expression as written ("last Sunday", "in March", "2012").
    pub_date (date | None): publication date; relative expressions need it.
    tense (str | None): tense of the governing verb, "past" | "present" | "future"; picks the
        Sunday before or after the publication date for a bare "Sunday", or the year of "March".
    day_first (bool): read an ambiguous numeric date day first ("2/6/2015" is 2 June).
    RETURNS (Resolved | None): None when the expression names no date we can place.
    """
    if not isinstance(expression, str) or len(expression) > 80:
        return None
    return _resolve(expression, pub_date, tense, day_first)


@lru_cache(maxsize=8192)
def _resolve(expression: str, pub_date: Optional[dt.date], tense: Tense, day_first: bool = False) -> Optional[Resolved]:
    text = _normalise(expression)
    if m := re.fullmatch(r"(?:(?:last|this|next|this past|this coming) )?" + WEEKDAY + r" (.*(?:\b" + MONTH + r"\b|\d[/-]\d).*)", text):
        text = m[2]  # "Friday, August 30": the date says more than the weekday
    if not text:
        return None
    return (
        _absolute(text, day_first)
        or _relative(text, pub_date, tense)
        or _range(text, pub_date, tense, day_first)
        or _dateparser(text, pub_date, tense)
    )


def _normalise(expression: str) -> str:
    text = expression.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"'s\b", "", text)
    for pattern, replacement in PHRASES:
        text = pattern.sub(replacement, text)
    text = TIME_OF_DAY.sub(lambda m: m.group(0) if _is_date_number(m) else " ", text)
    text = re.sub(r"(?<=[a-z])\.", "", text)  # "Oct." -> "oct"
    text = re.sub(r"[^\w\s/,-]", " ", text).replace(",", " ").strip(" -")
    words = text.split()
    while words and words[0] in FILLERS:
        words.pop(0)
    words = [w for w in words if w not in FILLERS or w in ("of", "the")]
    while words and words[-1] in ("of", "the"):
        words.pop()
    return " ".join(words)


def _is_date_number(match: re.Match[str]) -> bool:
    # Keep bare day numbers ("June 2") and years; drop clock times ("5 p.m.", "22:30").
    return not (match.group(1) or match.group(2) or match.group(3))


def _day(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_interval(year: int, month: int) -> tuple[dt.date, dt.date]:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, 1), following - dt.timedelta(days=1)


def _at(day: dt.date, rule: str) -> Resolved:
    return Resolved(day, day, "day", rule)


def _on(day: Optional[dt.date], rule: str) -> Optional[Resolved]:
    return _at(day, rule) if day else None


def _in_month(year: int, month: int, rule: str) -> Optional[Resolved]:
    if not 1 <= year <= 9998:
        return None
    start, end = _month_interval(year, month)
    return Resolved(start, end, "month", rule)


def _in_year(year: int, rule: str) -> Optional[Resolved]:
    if not 1000 <= year <= 2100:
        return None
    return Resolved(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", rule)


def _absolute(text: str, day_first: bool = False) -> Optional[Resolved]:
    """Dates that carry their year: ISO, numeric, "2 June 2015", "June 2015", "2012"."""
    text = re.sub(r"^" + WEEKDAY + r" (?=.*\d{4}$)(?!\d{4}$)", "", text)  # "thursday may 7 2015", not "wednesday 1885"
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        return _on(_day(int(m[1]), int(m[2]), int(m[3])), "absolute:iso")
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        return _in_month(int(m[1]), int(m[2]), "absolute:iso") if 1 <= int(m[2]) <= 12 else None
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", text):
        return _numeric(int(m[1]), int(m[2]), int(m[3]) + (2000 if len(m[3]) == 2 else 0), day_first)
    if m := re.fullmatch(MONTH + r" " + ORDINAL + r" (?:of )?(\d{4})", text):
        return _on(_day(int(m[3]), MONTHS[m[1]], int(m[2])), "absolute:day")
    if m := re.fullmatch(ORDINAL + r" (?:of )?" + MONTH + r" (\d{4})", text):
        return _on(_day(int(m[3]), MONTHS[m[2]], int(m[1])), "absolute:day")
    if m := re.fullmatch(MONTH + r" (?:of )?(\d{4})", text):
        return _in_month(int(m[2]), MONTHS[m[1]], "absolute:month")
    if m := re.fullmatch(r"(?:the )?(?:year )?(\d{4})", text):
        return _in_year(int(m[1]), "absolute:year")
    if m := re.fullmatch(r"(?:the )?(\d{3}0)s", text):
        start, end = _in_year(int(m[1]), "absolute:decade"), _in_year(int(m[1]) + 9, "absolute:decade")
        return Resolved(start.start, end.end, "year", "absolute:decade") if start and end else None
    return None


def _numeric(first: int, second: int, year: int, day_first: bool) -> Optional[Resolved]:
    """A numeric date: month first unless told otherwise or the first number is no month."""
    if first > 12 or (day_first and second <= 12):
        return _on(_day(year, second, first), "absolute:day_first_numeric")
    return _on(_day(year, first, second), "absolute:us_numeric")


def _relative(text: str, pub: Optional[dt.date], tense: Tense) -> Optional[Resolved]:
    """Expressions placed by the publication date: deictic words, weekdays, "last month"."""
    if pub is None:
        return None
    if text in ("yesterday", "today", "tomorrow"):
        return _at(pub + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[text]), "deictic")
    if m := re.fullmatch(r"(?:(last|this|next|this past|past|this coming|coming) )?" + WEEKDAY, text):
        return _weekday(WEEKDAYS[m[2]], m[1], pub, tense)
    if m := re.fullmatch(r"(last|this|next|this past|this coming) (week|weekend|month|year)", text):
        return _calendar_unit(m[2], m[1], pub, tense)
    if m := re.fullmatch(r"(?:the )?week of (.+)", text):
        return _week_of(_relative(m[1], pub, tense) or _absolute(m[1]))
    if text in ("weekend", "the weekend"):
        return _calendar_unit("weekend", "this" if tense == "future" else "this past", pub, tense)
    if m := re.fullmatch(WINDOW, text):
        return _window(m[1], m[2], m[3], m[4], pub, tense)
    if m := re.fullmatch(r"(?:(last|this|next|this past|this coming) )?(" + "|".join(SEASONS) + r")(?: (?:of )?(\d{4}))?", text):
        return _season(SEASONS[m[2]], m[1], int(m[3]) if m[3] else None, pub, tense)
    if m := re.fullmatch(r"(\d{1,2}|" + "|".join(NUMBERS) + r") (day|week|month|year)s? ago", text):
        return _ago(int(m[1]) if m[1].isdigit() else NUMBERS[m[1]], m[2], pub)
    if m := re.fullmatch(r"(?:(last|this|next|this past|this coming) )?" + MONTH + r"(?: (?:of )?(this|last|next) year)?", text):
        return _month_name(MONTHS[m[2]], m[1], m[3], pub, tense)
    year_word = r"(?: (?:of )?(this|last|next) year)?"
    day_month = re.fullmatch(MONTH + r" (?:the )?" + ORDINAL + year_word, text) or re.fullmatch(
        ORDINAL + r" (?:of )?" + MONTH + year_word, text
    )
    if day_month:
        month, day = (day_month[1], day_month[2]) if day_month[1] in MONTHS else (day_month[2], day_month[1])
        if day_month[3]:
            year = pub.year + {"last": -1, "this": 0, "next": 1}[day_month[3]]
            return _on(_day(year, MONTHS[month], int(day)), "month_day")
        return _month_day(MONTHS[month], int(day), pub, tense)
    return None


def _weekday(weekday: int, modifier: Optional[str], pub: dt.date, tense: Tense) -> Resolved:
    back_incl = pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)
    ahead_incl = pub + dt.timedelta(days=(weekday - pub.weekday()) % 7)
    if modifier in ("last", "past", "this past"):
        return _at(pub - dt.timedelta(days=(pub.weekday() - weekday - 1) % 7 + 1), "weekday:last")
    if modifier in ("next", "coming", "this coming"):
        return _at(pub + dt.timedelta(days=(weekday - pub.weekday() - 1) % 7 + 1), "weekday:next")
    if modifier == "this":
        return _at(back_incl if tense == "past" else ahead_incl, "weekday:this")
    # News mostly reports what happened: a bare weekday looks back unless the verb is future.
    return _at(ahead_incl if tense == "future" else back_incl, "weekday")


def _calendar_unit(unit: str, modifier: str, pub: dt.date, tense: Tense) -> Optional[Resolved]:
    shift = {"last": -1, "this past": -1, "this": 0, "next": 1, "this coming": 1}[modifier]
    rule = f"{unit}:{modifier.replace(' ', '_')}"
    if unit == "year":
        return _in_year(pub.year + shift, rule)
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + shift
        return _in_month(index // 12, index % 12 + 1, rule)
    monday = pub - dt.timedelta(days=pub.weekday())
    if unit == "week":
        start = monday + dt.timedelta(weeks=shift)
        return Resolved(start, start + dt.timedelta(days=6), "day", rule)
    if modifier == "this" and tense == "past" and pub.weekday() < 5:
        shift = -1  # "the protest this weekend drew thousands", written on a Tuesday
    if modifier == "this past":
        shift = 0 if pub.weekday() == 6 else -1
    saturday = monday + dt.timedelta(days=5, weeks=shift)
    return Resolved(saturday, saturday + dt.timedelta(days=1), "day", rule)


def _week_of(day: Optional[Resolved]) -> Optional[Resolved]:
    """ "the week of October 21": Monday to Sunday around a day."""
    if day is None or day.precision != "day":
        return None
    monday = day.start - dt.timedelta(days=day.start.weekday())
    return Resolved(monday, monday + dt.timedelta(days=6), "day", "week:of")


def _window(
    direction: str, count: Optional[str], unit: str, plural: str, pub: dt.date, tense: Tense
) -> Optional[Resolved]:
    """ "the past two weeks", "in recent days", "the next few hours": an interval that ends
    (or, ahead, starts) on the publication date. "the next day", "the last days of", and a
    window ahead told in the past ("over the next few weeks, it spread") name no window:
    they are relative to another time."""
    ahead = direction in ("coming", "next", "upcoming")
    if ahead and tense == "past":
        return None
    if count is None and not plural:
        if direction not in ("past", "coming") or unit not in ("week", "month", "year"):
            return None
        count = "one"  # "the past week", "the coming year"
    elif count is None and direction == "last":
        return None
    fuzzy = count in (None, "few", "several", "couple", "couple of")
    if fuzzy:
        if unit not in FUZZY_WINDOWS:
            return None  # "in recent years": no date
        days, precision = FUZZY_WINDOWS[unit]
        other = pub + dt.timedelta(days=days if ahead else -days)
        rule = "window:fuzzy"
    else:
        number = int(count) if count.isdigit() else NUMBERS[count]
        per_unit, precision = WINDOW_UNITS[unit]
        if per_unit is not None:
            other = pub + dt.timedelta(days=math.ceil(number * per_unit) * (1 if ahead else -1))
        else:
            months = number * (12 if unit == "year" else 1) * (1 if ahead else -1)
            index = pub.year * 12 + pub.month - 1 + months
            other = _day(index // 12, index % 12 + 1, min(pub.day, 28))
        rule = "window:counted"
    if other is None or not 1000 <= other.year <= 2100:
        return None
    start, end = (pub, other) if ahead else (other, pub)
    return Resolved(start, end, precision, rule)  # type: ignore[arg-type]


def _season(first_month: int, modifier: Optional[str], year: Optional[int], pub: dt.date, tense: Tense) -> Optional[Resolved]:
    """ "last summer", "spring 2015", "this winter": three months from the season's first."""
    def interval(y: int) -> tuple[dt.date, dt.date]:
        last = _month_interval(y + (first_month + 1) // 12, (first_month + 1) % 12 + 1)[1]
        return dt.date(y, first_month, 1), last

    if year is not None:
        if not 1000 <= year <= 2100:
            return None
        start, end = interval(year)
        return Resolved(start, end, "month", "season")
    candidates = [interval(y) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
    if modifier in ("last", "this past"):
        chosen = [c for c in candidates if c[1] < pub][-1]
    elif modifier in ("next", "this coming"):
        chosen = next(c for c in candidates if c[0] > pub)
    elif (modifier == "this" and tense != "past") or tense == "future":
        chosen = next(c for c in candidates if c[1] >= pub)
    else:
        chosen = [c for c in candidates if c[0] <= pub][-1]
    return Resolved(chosen[0], chosen[1], "month", "season")


def _ago(count: int, unit: str, pub: dt.date) -> Optional[Resolved]:
    if unit in ("day", "week"):
        return _at(pub - dt.timedelta(days=count * (7 if unit == "week" else 1)), "ago")
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 - count
        return _in_month(index // 12, index % 12 + 1, "ago")
    return _in_year(pub.year - count, "ago")


def _month_name(
    month: int, modifier: Optional[str], year_word: Optional[str], pub: dt.date, tense: Tense
) -> Optional[Resolved]:
    if year_word:
        year = pub.year + {"last": -1, "this": 0, "next": 1}[year_word]
    elif modifier in ("last", "this past"):
        year = pub.year if month < pub.month else pub.year - 1
    elif modifier in ("next", "this coming"):
        year = pub.year if month > pub.month else pub.year + 1
    else:
        year = _year_for(month, pub, tense) if modifier is None else pub.year
    return _in_month(year, month, "month_name")


def _month_day(month: int, day: int, pub: dt.date, tense: Tense) -> Optional[Resolved]:
    """The nearest such day to the publication date; one on the side the tense denies costs more.

    Past text still names days ahead ("ordered ballots accepted until April 13"), so a
    past verb only penalises, rather than forbids, a day after the publication date.
    """
    best: Optional[tuple[int, dt.date]] = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        day_ = _day(year, month, day)
        if day_ is None:
            continue
        delta = (day_ - pub).days
        wrong_side = (tense == "past" and delta > 0) or (tense == "future" and delta < 0)
        cost = abs(delta) + WRONG_SIDE_DAYS * wrong_side
        if best is None or cost < best[0]:
            best = (cost, day_)
    return _at(best[1], "month_day") if best else None


def _year_for(month: int, pub: dt.date, tense: Tense) -> int:
    """The year of a month named without one.

    Past text: the last such month up to the publication month; future text: the next one
    from it; otherwise the nearest one (the publication year when as near as any).
    """
    if tense == "past":
        return pub.year - 1 if month > pub.month else pub.year
    if tense == "future":
        return pub.year + 1 if month < pub.month else pub.year
    if month - pub.month > 6:
        return pub.year - 1
    if pub.month - month > 6:
        return pub.year + 1
    return pub.year


def _range(text: str, pub: Optional[dt.date], tense: Tense, day_first: bool = False) -> Optional[Resolved]:
    """ "between March and May", "from March to May", "November 20 to December 11", "1980-87"."""
    if m := re.fullmatch(r"(\d{4}) ?- ?(\d{2}|\d{4})", text):
        first, last = int(m[1]), int(m[2]) if len(m[2]) == 4 else int(m[1][:2] + m[2])
        if first < last and (a := _in_year(first, "range")) and (b := _in_year(last, "range")):
            return Resolved(a.start, b.end, "year", "range")
        return None
    m = re.fullmatch(r"between (.+) and (.+)", text) or re.fullmatch(r"(.+?) (?:to|until|till|through|-) (.+)", text)
    if not m:
        return None
    first, last = _resolve(m[1], pub, tense, day_first), _resolve(m[2], pub, tense, day_first)
    if not first or not last or last.end < first.start:
        return None
    coarse = max(first.precision, last.precision, key=("day", "month", "year").index)
    return Resolved(first.start, last.end, coarse, "range")


def _dateparser(text: str, pub: Optional[dt.date], tense: Tense) -> Optional[Resolved]:
    """Last resort for absolute forms with a month name our patterns miss ("june the 2nd 2015")."""
    words = set(re.findall(r"[a-z]+", text))
    if not words & MONTHS.keys() or words - MONTHS.keys() - {"of", "the", "st", "nd", "rd", "th"}:
        return None
    has_year = re.search(r"\b\d{4}\b", text) is not None
    has_day = re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", text) is not None
    if not has_year and pub is None:
        return None
    parts = ["day", "month"] if has_day else ["month"]
    parsed = _parse(text, pub, "future" if tense == "future" else "past", tuple(parts + ["year"] * has_year))
    if parsed is None:
        return None
    if has_day:
        return _on(parsed, "dateparser")
    return _in_month(parsed.year, parsed.month, "dateparser")


def _parse(text: str, pub: Optional[dt.date], prefer: str, parts: tuple[str, ...]) -> Optional[dt.date]:
    import dateparser  # slow to import; only the rare leftover expression needs it

    base = dt.datetime.combine(pub or dt.date.today(), dt.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer, "REQUIRE_PARTS": list(parts)}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None
