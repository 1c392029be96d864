"""resolve(): time expressions against a publication date, no spaCy."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.time.expressions import resolve

D = dt.date
PUB = D(2015, 6, 2)  # the reference article: a Tuesday


@pytest.mark.parametrize(
    "expression,pub,start,end,precision",
    [
        ("2 June 2015", None, D(2015, 6, 2), D(2015, 6, 2), "day"),
        ("June 2, 2015", PUB, D(2015, 6, 2), D(2015, 6, 2), "day"),
        ("2nd of June, 2015", PUB, D(2015, 6, 2), D(2015, 6, 2), "day"),
        ("2015-06-02", None, D(2015, 6, 2), D(2015, 6, 2), "day"),
        ("6/2/2015", None, D(2015, 6, 2), D(2015, 6, 2), "day"),
        ("13/6/2015", None, D(2015, 6, 13), D(2015, 6, 13), "day"),  # no month 13: day first
        ("6/2/15", None, D(2015, 6, 2), D(2015, 6, 2), "day"),
        ("Thursday, May 7, 2015", None, D(2015, 5, 7), D(2015, 5, 7), "day"),
        ("June 2015", None, D(2015, 6, 1), D(2015, 6, 30), "month"),
        ("in 2012", None, D(2012, 1, 1), D(2012, 12, 31), "year"),
        ("mid-2012", PUB, D(2012, 1, 1), D(2012, 12, 31), "year"),
        ("the 1990s", None, D(1990, 1, 1), D(1999, 12, 31), "year"),
        ("1980\u20131987", None, D(1980, 1, 1), D(1987, 12, 31), "year"),
        ("June the 2nd 2015", None, D(2015, 6, 2), D(2015, 6, 2), "day"),
    ],
)
def test_expressions_absolute_dates(expression, pub, start, end, precision):
    resolved = resolve(expression, pub)
    assert (resolved.start, resolved.end, resolved.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "expression,tense,start,end,precision",
    [
        ("yesterday", None, D(2015, 6, 1), D(2015, 6, 1), "day"),
        ("today", "past", PUB, PUB, "day"),
        ("tomorrow", "future", D(2015, 6, 3), D(2015, 6, 3), "day"),
        ("last night", "past", D(2015, 6, 1), D(2015, 6, 1), "day"),
        ("late yesterday", None, D(2015, 6, 1), D(2015, 6, 1), "day"),
        ("two days ago", None, D(2015, 5, 31), D(2015, 5, 31), "day"),
        ("a week ago", None, D(2015, 5, 26), D(2015, 5, 26), "day"),
        ("three months ago", None, D(2015, 3, 1), D(2015, 3, 31), "month"),
        ("seventeen years ago", None, D(1998, 1, 1), D(1998, 12, 31), "year"),
        ("earlier this month", "past", D(2015, 6, 1), D(2015, 6, 30), "month"),
        ("last month", "past", D(2015, 5, 1), D(2015, 5, 31), "month"),
        ("next month", "future", D(2015, 7, 1), D(2015, 7, 31), "month"),
        ("last year", "past", D(2014, 1, 1), D(2014, 12, 31), "year"),
        ("this year", None, D(2015, 1, 1), D(2015, 12, 31), "year"),
        ("earlier this year", "past", D(2015, 1, 1), D(2015, 12, 31), "year"),
        ("next week", "future", D(2015, 6, 8), D(2015, 6, 14), "day"),
        ("last week", "past", D(2015, 5, 25), D(2015, 5, 31), "day"),
        ("this past weekend", "past", D(2015, 5, 30), D(2015, 5, 31), "day"),
        ("January of last year", "past", D(2014, 1, 1), D(2014, 1, 31), "month"),
        ("March 20 last year", "past", D(2014, 3, 20), D(2014, 3, 20), "day"),
        ("the weekend", "past", D(2015, 5, 30), D(2015, 5, 31), "day"),
        ("the weekend", "future", D(2015, 6, 6), D(2015, 6, 7), "day"),
        ("the week of May 18", "past", D(2015, 5, 18), D(2015, 5, 24), "day"),
        ("earlier this week", "past", D(2015, 6, 1), D(2015, 6, 7), "day"),
    ],
)
def test_expressions_relative_to_publication(expression, tense, start, end, precision):
    resolved = resolve(expression, PUB, tense)
    assert (resolved.start, resolved.end, resolved.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "expression,pub,tense,expected",
    [
        ("last Sunday", PUB, None, D(2015, 5, 31)),
        ("Sunday", PUB, "past", D(2015, 5, 31)),
        ("on Sunday", PUB, None, D(2015, 5, 31)),
        ("on Sunday", PUB, "future", D(2015, 6, 7)),
        ("Sunday morning", PUB, "past", D(2015, 5, 31)),
        ("late Sunday night", PUB, "past", D(2015, 5, 31)),
        ("Tuesday", PUB, "past", PUB),  # the publication day itself
        ("last Tuesday", PUB, "past", D(2015, 5, 26)),
        ("this Sunday", PUB, "future", D(2015, 6, 7)),
        ("this past Friday", PUB, "past", D(2015, 5, 29)),
        ("next Wednesday", PUB, "future", D(2015, 6, 3)),
        ("this coming Saturday", D(2020, 4, 8), None, D(2020, 4, 11)),
        ("Monday", D(2019, 1, 4), "past", D(2018, 12, 31)),  # across a year boundary
    ],
)
def test_expressions_weekdays_by_tense(expression, pub, tense, expected):
    resolved = resolve(expression, pub, tense)
    assert (resolved.start, resolved.end, resolved.precision) == (expected, expected, "day")


@pytest.mark.parametrize(
    "expression,pub,tense,year",
    [
        ("in March", PUB, "past", 2015),
        ("in August", PUB, "past", 2014),  # after the publication month, said in the past
        ("in August", PUB, "future", 2015),
        ("in March", PUB, "future", 2016),
        ("in March", PUB, None, 2015),
        ("November", D(2020, 1, 11), None, 2019),  # no tense: the nearest November
        ("last March", D(2019, 7, 1), "past", 2019),
        ("last October", D(2019, 1, 16), "past", 2018),
    ],
)
def test_expressions_month_names_pick_the_year(expression, pub, tense, year):
    resolved = resolve(expression, pub, tense)
    assert (resolved.start.year, resolved.precision) == (year, "month")


@pytest.mark.parametrize(
    "expression,pub,tense,expected",
    [
        ("February 22", D(2020, 3, 2), "past", D(2020, 2, 22)),
        ("December 31", D(2020, 1, 5), "present", D(2019, 12, 31)),
        ("April 13", D(2020, 4, 7), "past", D(2020, 4, 13)),  # "ordered ... until April 13"
        ("October 31st", D(2019, 9, 11), None, D(2019, 10, 31)),
        ("Oct. 31", D(2019, 9, 11), None, D(2019, 10, 31)),
        ("February 29", D(2020, 2, 14), "past", D(2020, 2, 29)),
        ("the night of June 21", D(2019, 6, 23), "past", D(2019, 6, 21)),
        ("March 17", D(2020, 3, 15), "future", D(2020, 3, 17)),
    ],
)
def test_expressions_month_day_nearest_year(expression, pub, tense, expected):
    resolved = resolve(expression, pub, tense)
    assert (resolved.start, resolved.precision) == (expected, "day")


@pytest.mark.parametrize(
    "expression,start,end,precision",
    [
        ("between March and May", D(2015, 3, 1), D(2015, 5, 31), "month"),
        ("from 1977 to 1995", D(1977, 1, 1), D(1995, 12, 31), "year"),
        ("from 2012 to 2014", D(2012, 1, 1), D(2014, 12, 31), "year"),
        ("between November 27 and December 10", D(2014, 11, 27), D(2014, 12, 10), "day"),
        ("Monday to Tuesday", D(2015, 6, 1), D(2015, 6, 2), "day"),
        ("November 20 to December 11", D(2014, 11, 20), D(2014, 12, 11), "day"),
    ],
)
def test_expressions_ranges(expression, start, end, precision):
    resolved = resolve(expression, PUB, "past")
    assert (resolved.start, resolved.end, resolved.precision, resolved.rule) == (start, end, precision, "range")


@pytest.mark.parametrize(
    "expression,day_first,expected,rule",
    [
        ("6/2/2015", False, D(2015, 6, 2), "absolute:us_numeric"),
        ("2/6/2015", True, D(2015, 6, 2), "absolute:day_first_numeric"),
        ("6/13/2015", True, D(2015, 6, 13), "absolute:us_numeric"),  # no month 13: month first
        ("13/6/2015", False, D(2015, 6, 13), "absolute:day_first_numeric"),
    ],
)
def test_expressions_numeric_dates_by_locale(expression, day_first, expected, rule):
    resolved = resolve(expression, None, day_first=day_first)
    assert (resolved.start, resolved.precision, resolved.rule) == (expected, "day", rule)


@pytest.mark.parametrize(
    "expression,tense,start,end,precision,rule",
    [
        ("in recent weeks", "past", D(2015, 5, 5), PUB, "month", "window:fuzzy"),
        ("in recent days", None, D(2015, 5, 26), PUB, "day", "window:fuzzy"),
        ("the past few days", "past", D(2015, 5, 26), PUB, "day", "window:fuzzy"),
        ("over the last several months", "past", D(2014, 12, 2), PUB, "year", "window:fuzzy"),
        ("in the coming days", "future", PUB, D(2015, 6, 9), "day", "window:fuzzy"),
        ("the next few hours", "future", PUB, D(2015, 6, 3), "day", "window:fuzzy"),
        ("the past two weeks", "past", D(2015, 5, 19), PUB, "day", "window:counted"),
        ("the last 24 hours", "past", D(2015, 6, 1), PUB, "day", "window:counted"),
        ("the past week", "past", D(2015, 5, 26), PUB, "day", "window:counted"),
        ("the past three months", "past", D(2015, 3, 2), PUB, "month", "window:counted"),
        ("over the last four years", "past", D(2011, 6, 2), PUB, "year", "window:counted"),
        ("the coming week", "future", PUB, D(2015, 6, 9), "day", "window:counted"),
    ],
)
def test_expressions_windows_around_publication(expression, tense, start, end, precision, rule):
    resolved = resolve(expression, PUB, tense)
    assert (resolved.start, resolved.end, resolved.precision, resolved.rule) == (start, end, precision, rule)


@pytest.mark.parametrize("expression", ["the next few weeks", "the coming days", "the next two days"])
def test_expressions_window_ahead_told_in_the_past_is_relative_to_another_time(expression):
    assert resolve(expression, PUB, "past") is None


@pytest.mark.parametrize(
    "expression,pub,tense,start,end",
    [
        ("last summer", D(2019, 3, 15), "past", D(2018, 6, 1), D(2018, 8, 31)),
        ("this summer", PUB, "future", D(2015, 6, 1), D(2015, 8, 31)),
        ("last winter", PUB, "past", D(2014, 12, 1), D(2015, 2, 28)),
        ("next spring", PUB, "future", D(2016, 3, 1), D(2016, 5, 31)),
        ("the summer of 2014", PUB, None, D(2014, 6, 1), D(2014, 8, 31)),
        ("autumn", D(2019, 12, 1), "past", D(2019, 9, 1), D(2019, 11, 30)),
    ],
)
def test_expressions_seasons_are_three_months(expression, pub, tense, start, end):
    resolved = resolve(expression, pub, tense)
    assert (resolved.start, resolved.end, resolved.precision, resolved.rule) == (start, end, "month", "season")


def test_expressions_weekday_then_a_number_is_not_a_year():
    assert resolve("Wednesday, 1885", PUB, "past") is None  # "as of Wednesday, 1885 aftershocks"


@pytest.mark.parametrize(
    "expression",
    [
        "recently", "in recent years", "the last few years", "the next day", "the last days", "for three years", "73-year-old", "every day",
        "daily", "the next day", "the same day", "two days later", "a few weeks ago", "5 p.m.",
        "morning", "14", "decades", "the 21st century", "", "   ", "\u00a0\u200b", "x" * 500,
    ],
)
def test_expressions_vague_resolve_to_none(expression):
    assert resolve(expression, PUB, "past") is None


@pytest.mark.parametrize("expression", ["yesterday", "last Sunday", "Sunday", "in March", "last year", "June 2"])
def test_expressions_relative_need_a_publication_date(expression):
    assert resolve(expression, None, "past") is None


def test_expressions_rule_is_recorded():
    assert resolve("last Sunday", PUB).rule == "weekday:last"
    assert resolve("2015-06-02", None).rule == "absolute:iso"
