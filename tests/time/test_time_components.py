"""tidings_times and tidings_event_dates on real parses (en_core_web_sm)."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.annotations import EventMention

D = dt.date


def _times(doc):
    return {t.text: (t.value, t.value_end, t.precision) for t in doc._.times}


def _date_events(time_nlp, doc, words):
    """Hand-built events at the first token of each word, then tidings_event_dates."""
    index = {}
    for token in doc:
        index.setdefault(token.text, token.i)
    doc._.events = [EventMention(trigger=doc[index[w] : index[w] + 1], event_type="assault") for w in words]
    time_nlp.get_pipe("tidings_event_dates")(doc)
    return {ev.trigger.text: ev for ev in doc._.events}


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        ("ISIS fighters had pushed back other insurgents north of Aleppo last Sunday.", "last Sunday",
         (D(2015, 5, 31), D(2015, 5, 31), "day")),
        ("Rebels attacked the town on Tuesday.", "Tuesday", (D(2015, 6, 2), D(2015, 6, 2), "day")),
        ("The president will visit Paris on Sunday.", "Sunday", (D(2015, 6, 7), D(2015, 6, 7), "day")),
        ("Protesters are going to march on Friday.", "Friday", (D(2015, 6, 5), D(2015, 6, 5), "day")),
        ("The army plans to withdraw on Thursday.", "Thursday", (D(2015, 6, 4), D(2015, 6, 4), "day")),
        ("The referendum is to be held in August.", "August", (D(2015, 8, 1), D(2015, 8, 31), "month")),
        ("The referendum was held in August.", "August", (D(2014, 8, 1), D(2014, 8, 31), "month")),
        ("Police arrested 71 people Friday night.", "Friday night", (D(2015, 5, 29), D(2015, 5, 29), "day")),
        ("The embassy closed in 2012.", "2012", (D(2012, 1, 1), D(2012, 12, 31), "year")),
        ("Troops entered the town yesterday.", "yesterday", (D(2015, 6, 1), D(2015, 6, 1), "day")),
    ],
)
def test_components_times_resolve_with_tense(parse, text, expression, expected):
    assert _times(parse(text))[expression] == expected


@pytest.mark.parametrize(
    "text,dropped",
    [
        ("He ruled the country for three years.", "three years"),
        ("The 73-year-old leader resigned.", "73-year-old"),
        ("Protesters gathered every day.", "every day"),
        ("He appeared in court the next day.", "the next day"),
        ("The crash happened around 8:30 p.m. BST (1930 UTC) on August 27.", "1930"),
        ("Officials said the arrests came two days after the January 7 quake.", "two days"),
    ],
)
def test_components_times_drop_what_names_no_date(parse, text, dropped):
    assert not any(dropped in t.text for t in parse(text)._.times)


@pytest.mark.parametrize(
    "text,expression,expected",
    [
        ("Attacks have increased in recent weeks.", "recent weeks", (D(2015, 5, 5), D(2015, 6, 2), "month")),
        ("He was mayor of London from 2008 to 2016.", "from 2008 to 2016", (D(2008, 1, 1), D(2016, 12, 31), "year")),
        ("The ship visited the base between November 27 and December 10.", "between November 27 and December 10",
         (D(2014, 11, 27), D(2014, 12, 10), "day")),
        ("Mr Key promoted the flag on Waitangi Day - February 6 - this year.", "February 6",
         (D(2015, 2, 6), D(2015, 2, 6), "day")),
        ("The mayor has declared tomorrow a day of mourning.", "tomorrow", (D(2015, 6, 3), D(2015, 6, 3), "day")),
        ("Power was still out two days after the January 7 quake.", "January 7", (D(2015, 1, 7), D(2015, 1, 7), "day")),
    ],
)
def test_components_times_ranges_fuzzy_and_pieces(parse, text, expression, expected):
    assert _times(parse(text))[expression] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The vote was held on 2/6/2015.", D(2015, 2, 6)),  # month first by default
        ("The vote was held on 2/6/2015. Results came on 14/6/2015.", D(2015, 6, 2)),  # day first shown
        ("On 2 June the vote was held on 2/6/2015.", D(2015, 6, 2)),  # "2 June" style
    ],
)
def test_components_times_numeric_dates_follow_the_document(parse, text, expected):
    assert _times(parse(text))["2/6/2015"][0] == expected


def test_components_times_finds_weekday_the_model_misses(parse):
    doc = parse("the rebels say they will fight on tuesday and again next wednesday")
    values = {t.text.lower(): t.value for t in doc._.times}
    assert values["tuesday"] == D(2015, 6, 2)
    assert values["next wednesday"] == D(2015, 6, 3)


def test_components_times_without_pub_date_keep_absolute_only(parse):
    doc = parse("The embassy closed in 2012 and reopened last Sunday.", pub_date=None)
    assert [t.text for t in doc._.times] == ["2012"]


@pytest.mark.parametrize("text", ["", "   ", "\u200b\u00a0", "🙂 🙂 🙂", "Sunday", "2012"])
def test_components_times_never_crash(parse, text):
    doc = parse(text)
    assert isinstance(doc._.times, list)


def test_components_times_use_token_offsets(parse):
    doc = parse("On Sunday, Syrian jets struck Aleppo.")
    (time,) = doc._.times
    assert doc[time.start : time.end].text == time.text == "Sunday"


@pytest.mark.parametrize(
    "text,trigger,expected,rule",
    [
        ("The Syrian regime carried out airstrikes last Sunday.", "airstrikes", D(2015, 5, 31),
         "parse:governing_verb"),
        ("Rebels attacked the town on Tuesday.", "attacked", D(2015, 6, 2), "parse:trigger"),
        ("Police said that Sunday's attack killed five people.", "attack", D(2015, 5, 31), "parse:trigger"),
        ("Officials said rebels shelled the market, killing five, according to reports on Monday.", "shelled",
         D(2015, 6, 1), "sentence:only"),
    ],
)
def test_components_event_dates_rules(time_nlp, parse, text, trigger, expected, rule):
    events = _date_events(time_nlp, parse(text), [trigger])
    assert (events[trigger].date.value, events[trigger].parts["date"]) == (expected, rule)


def test_components_event_dates_do_not_borrow_another_events_date(time_nlp, parse):
    doc = parse("Rebels attacked the town on Tuesday and troops withdrew.")
    events = _date_events(time_nlp, doc, ["attacked", "withdrew"])
    assert events["attacked"].date.text == "Tuesday"
    assert events["withdrew"].date is None
    assert (events["withdrew"].date_reported, events["withdrew"].parts["date"]) == (True, "reported:publication-date")


@pytest.mark.parametrize(
    "text,trigger,rule",
    [
        ("Rebels attacked the town on Tuesday and killed five soldiers.", "attacked killed", "parse:conjunct"),
        ("Police arrested a man on Friday.", "arrested", "parse:trigger"),
        ("The Senate filed a lawsuit on Sunday.", "lawsuit", "parse:governing_verb"),
        ("The ruling favoured a lawsuit filed by the Senate on Sunday.", "lawsuit", "parse:noun_clause"),
    ],
)
def test_components_event_dates_parse_links(time_nlp, parse, text, trigger, rule):
    *_, trigger = words = trigger.split()
    events = _date_events(time_nlp, parse(text), words)
    assert events[trigger].parts["date"] == rule and events[trigger].date is not None


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Yesterday, authorities announced that 337 users were arrested.", "arrested"),  # dates the announcement
        ("The court ordered a new trial, where in 2008 he was again found guilty.", "ordered"),  # its own clause
        ("Erdogan attacked the proclamation, which was made on Monday.", "attacked"),  # a relative clause
        ("Some users were convicted before yesterday's announcements.", "convicted"),  # a bound
        ("Prior to the 2011 independence he served during peace negotiations.", "negotiations"),
    ],
)
def test_components_event_dates_do_not_borrow_a_date_of_another_clause(time_nlp, parse, text, trigger):
    events = _date_events(time_nlp, parse(text), [trigger])
    assert events[trigger].date is None and events[trigger].date_reported


@pytest.mark.parametrize(
    "text,trigger,status,reported",
    [
        ("Police arrested the driver.", "arrested", "asserted", True),
        ("Police arrested the driver.", "arrested", "claimed", True),
        ("Police did not arrest the driver.", "arrest", "negated", False),
        ("Police could arrest the driver.", "arrest", "hypothetical", False),
        ("Police will arrest the driver.", "arrest", "future", False),
    ],
)
def test_components_event_dates_reported_fallback(time_nlp, parse, text, trigger, status, reported):
    doc = parse(text)
    doc._.events = [EventMention(trigger=doc[2:3], event_type="coerce", status=status)]
    time_nlp.get_pipe("tidings_event_dates")(doc)
    (event,) = doc._.events
    assert (event.date, event.date_reported) == (None, reported)
    assert event.parts["date"] == ("reported:publication-date" if reported else "none")


def test_components_event_dates_no_reported_date_without_publication_date(time_nlp, parse):
    events = _date_events(time_nlp, parse("Police arrested the driver.", pub_date=None), ["arrested"])
    assert not events["arrested"].date_reported


@pytest.mark.parametrize(
    "text,trigger,tense",
    [
        ("Rebels attacked the town.", "attacked", "past"),
        ("Rebels have attacked the town.", "attacked", "past"),
        ("Rebels had been fighting for days.", "fighting", "past"),
        ("Rebels are fighting in the town.", "fighting", "ongoing"),
        ("Rebels have been fighting in the town.", "fighting", "ongoing"),
        ("Rebels continue to fight in the town.", "fight", "ongoing"),
        ("Rebels control the town.", "control", "ongoing"),
        ("Rebels will attack the town.", "attack", "future"),
        ("Rebels plan to attack the town.", "attack", "future"),
        ("Rebels are going to attack the town.", "attack", "future"),
        ("The United States said rockets would be sent to Iraq.", "sent", "future"),
        ("The talks are taking place next week.", "taking", "future"),  # a future date makes it future
    ],
)
def test_components_event_dates_tense(time_nlp, parse, text, trigger, tense):
    assert _date_events(time_nlp, parse(text), [trigger])[trigger].tense == tense


@pytest.mark.parametrize(
    "status,expected,rule",
    [
        ("asserted", "future", "time:future-tense"),
        ("claimed", "future", "time:future-tense"),
        ("hypothetical", "hypothetical", None),
        ("negated", "negated", None),
    ],
)
def test_components_event_dates_future_tense_sets_status(time_nlp, parse, status, expected, rule):
    doc = parse("The army is going to withdraw next month.")
    doc._.events = [EventMention(trigger=doc[4:5], event_type="retreat", status=status)]
    time_nlp.get_pipe("tidings_event_dates")(doc)
    (event,) = doc._.events
    assert (event.tense, event.status, event.parts.get("status")) == ("future", expected, rule)


def test_components_event_dates_leave_other_fields(time_nlp, parse):
    doc = parse("Rebels attacked the town on Tuesday.")
    doc._.events = [EventMention(trigger=doc[1:2], event_type="assault", mode="ground", confidence=0.7)]
    time_nlp.get_pipe("tidings_event_dates")(doc)
    (event,) = doc._.events
    assert (event.event_type, event.mode, event.confidence, event.status, list(event.parts)) == (
        "assault", "ground", 0.7, "asserted", ["date"])


def test_components_event_dates_without_events(parse):
    doc = parse("Nothing happened on Sunday.")
    assert doc._.events is None


def test_components_event_dates_reference_article(time_nlp, seed_record):
    doc = time_nlp.make_doc(seed_record["text"])
    doc._.pub_date = dt.date.fromisoformat(seed_record["date"])
    doc = time_nlp(doc)
    events = _date_events(time_nlp, doc, ["pushed", "suspended", "sent"])
    pushed, suspended, sent = events["pushed"], events["suspended"], events["sent"]
    assert (pushed.date.value, pushed.date.precision) == (D(2015, 5, 31), "day")
    assert (suspended.date.value, suspended.date.value_end, suspended.date.precision) == (
        D(2012, 1, 1), D(2012, 12, 31), "year")
    assert sent.date is None and not sent.date_reported and sent.tense == "future"
