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
        ("Attacks have increased in recent weeks.", "recent weeks"),
    ],
)
def test_components_times_drop_what_names_no_date(parse, text, dropped):
    assert not any(dropped in t.text for t in parse(text)._.times)


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
    assert events["withdrew"].parts["date"] == "none"


def test_components_event_dates_leave_other_fields(time_nlp, parse):
    doc = parse("Rebels attacked the town on Tuesday.")
    doc._.events = [EventMention(trigger=doc[1:2], event_type="assault", mode="ground", confidence=0.7)]
    time_nlp.get_pipe("tidings_event_dates")(doc)
    (event,) = doc._.events
    assert (event.event_type, event.mode, event.confidence, list(event.parts)) == ("assault", "ground", 0.7, ["date"])


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
    assert sent.date is None
