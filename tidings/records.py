"""Turn an annotated ``Doc`` into contract records (character offsets, JSON-ready models)."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Optional

from spacy.tokens import Doc

from .annotations import ActorMention, EventMention, PlaceMention
from .model import Actor, Attribution, Event, GeoparseRecord, Location, Provenance, TextSpan, Toponym
from .version import __version__

__all__ = ["event_records", "geoparse_record"]


def event_records(doc: Doc) -> list[Event]:
    """The doc's events as contract records, in text order. RETURNS (list[Event])."""
    events = doc._.events or []
    ids = {id(event): _event_id(doc._.doc_id, event) for event in events}
    return [_event(doc, event, ids) for event in events]


def geoparse_record(doc: Doc) -> GeoparseRecord:
    """Every toponym of the doc, in text order. RETURNS (GeoparseRecord)."""
    toponyms = [Toponym(**_place_fields(doc, place), kind=place.kind) for place in doc._.places or []]
    return GeoparseRecord(doc_id=doc._.doc_id, toponyms=toponyms)


def _event(doc: Doc, event: EventMention, ids: dict[int, str]) -> Event:
    trigger = event.trigger
    sentence = trigger.sent
    actor1 = _actor(doc, event.actor1)
    actor2 = _actor(doc, event.actor2)
    date, precision, date_end = _date(doc, event)
    parts = dict(event.parts)
    for name, actor in (("actor1", event.actor1), ("actor2", event.actor2)):
        if actor is not None and actor.method:
            parts[f"{name}.resolution"] = actor.method
    return Event(
        event_id=ids[id(event)],
        doc_id=doc._.doc_id,
        event_type=event.event_type,
        mode=event.mode,
        cameo=event.cameo,
        acled_event_type=event.acled_event_type,
        acled_sub_event_type=event.acled_sub_event_type,
        actor1=actor1,
        actor2=actor2,
        location=_location(doc, event),
        date=date,
        date_precision=precision,
        date_start=date,
        date_end=date_end,
        tense=event.tense,
        trigger=TextSpan(text=trigger.text, start=trigger.start_char, end=trigger.end_char),
        sentence=_stripped(doc.text, sentence.start_char, sentence.end_char),
        attribution=Attribution(
            status=event.status,
            source=_actor(doc, event.source),
            chain=[_actor(doc, m) for m in event.source_chain],
            outlet=doc._.source,
        ),
        confidence=event.confidence,
        provenance=Provenance(method=event.method, version=__version__, parts=parts),
        responds_to=[ids[id(answered)] for answered in event.responds_to if id(answered) in ids],
    )


def _date(doc: Doc, event: EventMention) -> tuple[Optional[dt.date], Optional[str], Optional[dt.date]]:
    """(date, precision, end of interval): the attached expression, else the publication
    date marked "reported" when the event has none of its own."""
    time = event.date
    if time is not None and time.value is not None:
        return time.value, time.precision, time.value_end or time.value
    if event.date_reported and doc._.pub_date is not None:
        return doc._.pub_date, "reported", doc._.pub_date
    return None, None, None


def _stripped(text: str, start: int, end: int) -> TextSpan:
    """The span without surrounding whitespace (a sentence may end in blank lines)."""
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    piece = piece.strip()
    return TextSpan(text=piece, start=start, end=start + len(piece))


def _event_id(doc_id: str, event: EventMention) -> str:
    """Same input + same version -> same id."""
    key = "|".join(
        str(part)
        for part in (
            __version__,
            doc_id,
            event.trigger.start_char,
            event.trigger.end_char,
            event.event_type,
            event.actor1.start if event.actor1 else "",
            event.actor2.start if event.actor2 else "",
        )
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def _actor(doc: Doc, mention: Optional[ActorMention]) -> Optional[Actor]:
    if mention is None:
        return None
    span = doc[mention.start : mention.end]
    return Actor(
        text=span.text,
        name=mention.name,
        country=mention.country,
        sector=mention.sector,
        start=span.start_char,
        end=span.end_char,
        actor_id=mention.actor_id,
        method=mention.method or None,
    )


def _location(doc: Doc, event: EventMention) -> Optional[Location]:
    place = event.location
    if place is None:
        return None
    return Location(
        **_place_fields(doc, place),
        precision=event.location_precision,
        relation=event.location_relation,
        method=place.method or None,
    )


def _place_fields(doc: Doc, place: PlaceMention) -> dict:
    span = doc[place.start : place.end]
    return {
        "text": span.text,
        "start": span.start_char,
        "end": span.end_char,
        "name": place.name,
        "country": place.country,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "geonameid": place.geonameid,
        "feature": place.feature,
        "coordinates": place.coordinates,
    }
