"""Turn an annotated ``Doc`` into contract records (character offsets, JSON-ready models)."""

from __future__ import annotations

import hashlib
from typing import Optional

from spacy.tokens import Doc

from .annotations import ActorMention, EventMention, PlaceMention
from .model import Actor, Attribution, Event, GeoparseRecord, Location, Provenance, TextSpan, Toponym
from .version import __version__

__all__ = ["event_records", "geoparse_record"]


def event_records(doc: Doc) -> list[Event]:
    """The doc's events as contract records, in text order. RETURNS (list[Event])."""
    return [_event(doc, event) for event in doc._.events or []]


def geoparse_record(doc: Doc) -> GeoparseRecord:
    """Every toponym of the doc, in text order. RETURNS (GeoparseRecord)."""
    toponyms = [Toponym(**_place_fields(doc, place), kind=place.kind) for place in doc._.places or []]
    return GeoparseRecord(doc_id=doc._.doc_id, toponyms=toponyms)


def _event(doc: Doc, event: EventMention) -> Event:
    trigger = event.trigger
    sentence = trigger.sent
    actor1 = _actor(doc, event.actor1)
    actor2 = _actor(doc, event.actor2)
    date = event.date
    parts = dict(event.parts)
    for name, actor in (("actor1", event.actor1), ("actor2", event.actor2)):
        if actor is not None and actor.method:
            parts[f"{name}.resolution"] = actor.method
    return Event(
        event_id=_event_id(doc._.doc_id, event),
        doc_id=doc._.doc_id,
        event_type=event.event_type,
        mode=event.mode,
        cameo=event.cameo,
        acled_event_type=event.acled_event_type,
        acled_sub_event_type=event.acled_sub_event_type,
        actor1=actor1,
        actor2=actor2,
        location=_location(doc, event.location, event.location_precision),
        date=date.value if date is not None else None,
        date_precision=date.precision if date is not None and date.value is not None else None,
        trigger=TextSpan(text=trigger.text, start=trigger.start_char, end=trigger.end_char),
        sentence=_stripped(doc.text, sentence.start_char, sentence.end_char),
        attribution=Attribution(status=event.status, source=_actor(doc, event.source)),
        confidence=event.confidence,
        provenance=Provenance(method=event.method, version=__version__, parts=parts),
    )


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


def _location(doc: Doc, place: Optional[PlaceMention], precision: Optional[str]) -> Optional[Location]:
    if place is None:
        return None
    return Location(**_place_fields(doc, place), precision=precision, method=place.method or None)


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
    }
