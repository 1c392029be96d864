"""The reference article (../shared/data/corpus/seed.jsonl, Aleppo, 2015-06-02) end to end.

These are the acceptance checks of the foundation issue: what a good run must find.
"""

from __future__ import annotations

import datetime as dt
import math

import jsonschema
import pytest

from tidings import event_json_schema


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _is(actor, country, sectors=None) -> bool:
    return actor is not None and actor.country == country and (sectors is None or actor.sector in sectors)


def test_reference_accuse_usa_gov_to_syr_gov(seed_result):
    assert any(
        e.event_type == "accuse" and _is(e.actor1, "USA", {"GOV"}) and _is(e.actor2, "SYR", {"GOV"})
        for e in seed_result.events
    )


def test_reference_aerial_assault_by_syria_near_aleppo_claimed_by_us(seed_result):
    found = [
        e
        for e in seed_result.events
        if e.event_type == "assault"
        and e.mode == "aerial"
        and _is(e.actor1, "SYR", {"GOV", "MIL"})
        and e.location is not None
        and e.location.lat is not None
        and _km(e.location.lat, e.location.lon, 36.20, 37.13) <= 25
        and e.attribution.status == "claimed"
        and _is(e.attribution.source, "USA")
    ]
    assert found, [(e.trigger.text, e.actor1, e.location, e.attribution) for e in seed_result.events if e.mode == "aerial"]


def test_reference_isis_pushed_back_insurgents_last_sunday(seed_result):
    found = [e for e in seed_result.events if e.trigger.text.startswith("pushed")]
    assert found
    event = found[0]
    assert event.event_type == "assault"
    assert event.actor1 is not None and "ISIS" in event.actor1.text
    assert event.date == dt.date(2015, 5, 31) and event.date_precision == "day"


def test_reference_abadi_is_actor1_iraq_government(seed_result):
    assert any(_is(e.actor1, "IRQ", {"GOV"}) for e in seed_result.events)


def test_reference_us_aid_to_iraq_is_future(seed_result):
    assert any(
        e.event_type == "aid" and _is(e.actor1, "USA") and _is(e.actor2, "IRQ") and e.attribution.status == "future"
        for e in seed_result.events
    )


def test_reference_washington_is_never_a_location(seed_result):
    assert all(e.location is None or e.location.text != "Washington" for e in seed_result.events)
    assert all(t.text != "Washington" or t.kind == "metonym" for t in seed_result.toponyms)


def test_reference_records_validate_against_the_schema(seed_result):
    schema = event_json_schema()
    assert seed_result.events
    for event in seed_result.events:
        jsonschema.validate(event.model_dump(mode="json"), schema)


def test_reference_offsets_point_at_their_text(seed_result, seed_record):
    text = seed_record["text"]
    spans = []
    for event in seed_result.events:
        spans += [event.trigger, event.sentence, event.actor1, event.actor2, event.location, event.attribution.source]
    spans += seed_result.toponyms
    checked = 0
    for span in spans:
        if span is not None:
            assert text[span.start : span.end] == span.text
            checked += 1
    assert checked > 20


@pytest.mark.parametrize("place, lat, lon", [("Aleppo", 36.20, 37.13), ("al-Bab", 36.37, 37.52), ("Damascus", 33.51, 36.29)])
def test_reference_geoparse_resolves_places(seed_result, place, lat, lon):
    found = [t for t in seed_result.toponyms if t.text == place and t.lat is not None]
    assert found and _km(found[0].lat, found[0].lon, lat, lon) <= 25


def test_reference_event_ids_are_stable(tidings_nlp, seed_record, seed_result):
    from tidings import Document

    again = next(tidings_nlp.pipe([Document.model_validate(seed_record)]))
    assert [e.event_id for e in again.events] == [e.event_id for e in seed_result.events]
    assert len({e.event_id for e in seed_result.events}) == len(seed_result.events)
