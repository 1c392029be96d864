"""What tidings components write on a spaCy ``Doc``.

Each component reads and writes these ``Doc`` extensions (registered by
``register_extensions``; pipeline components call it on construction):

- ``doc._.doc_id`` (str) and ``doc._.pub_date`` (date | None): set by ``Tidings.__call__``.
- ``doc._.source`` (str | None): the outlet, the default source of unattributed events.
Lists are ``None`` until their component has run.

- ``doc._.actors`` (list[ActorMention]): set by ``tidings_actors``.
- ``doc._.places`` (list[PlaceMention]): set by ``tidings_places``.
- ``doc._.times`` (list[TimeMention]): set by ``tidings_times``.
- ``doc._.events`` (list[EventMention]): created by ``tidings_events``; later components
  (attribution, event dates, event locations) fill in their parts.

Mentions keep *token* offsets (``start``/``end``, end exclusive, like a ``Span``) so
components can walk the parse; ``tidings.records`` turns them into contract records
with character offsets.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span, Token

__all__ = [
    "ActorMention",
    "EventMention",
    "PlaceMention",
    "TimeMention",
    "register_extensions",
]


@dataclass
class ActorMention:
    """A span of the doc resolved to an actor.

    start/end: token offsets (end exclusive). name/country/sector: the resolution,
    each None when unknown. actor_id: dictionary key, None when not in the dictionary.
    kind: "person" | "group" | "state" | "organisation" | "sector" | "metonym".
    method: the rule that resolved it (e.g. "dict:exact", "compose:demonym+agent").
    """

    start: int
    end: int
    text: str
    name: Optional[str] = None
    country: Optional[str] = None
    sector: Optional[str] = None
    actor_id: Optional[str] = None
    kind: str = "group"
    method: str = ""


@dataclass
class PlaceMention:
    """A toponym of the doc, resolved (lat/lon set) or not.

    kind: "place" | "demonym" | "metonym" (contract geoparse ``kind``).
    feature: "country" | "admin1" | "admin2" | "city" | "region" | "point".
    coordinates: "point" | "centroid" | "capital" (what lat/lon stand for).
    """

    start: int
    end: int
    text: str
    name: Optional[str] = None
    country: Optional[str] = None
    admin1: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    feature: Optional[str] = None
    kind: str = "place"
    coordinates: Optional[str] = None
    method: str = ""


@dataclass
class TimeMention:
    """A time expression of the doc resolved against the publication date.

    value: start of the resolved interval; value_end: its end (same as value for a day).
    precision: "day" | "month" | "year".
    """

    start: int
    end: int
    text: str
    value: Optional[dt.date] = None
    value_end: Optional[dt.date] = None
    precision: Optional[str] = None
    method: str = ""


@dataclass
class EventMention:
    """An event found in the doc, filled in by successive components.

    trigger: the trigger span. parts: which rule produced each part ("type", "actor1",
    "actor2", "location", "date", "attribution"), for the record's provenance.
    source: the actor the event is attributed to (None: the outlet / narrator).
    source_chain: who reports whom, outermost first, ending with ``source``.
    responds_to: the events of this doc that this one answers (a denial of a claim).
    states: the action this event announces ("will send rockets" -> an agree event made now,
        stating the aid): the statement does not take the action's tense or date.
    location_relation: "north of", "near", ... when the place is a reference point.
    tense: "past" | "ongoing" | "future". date_reported: the date is the publication date
    standing in for a missing one (precision "reported").
    """

    trigger: Span
    event_type: str
    mode: Optional[str] = None
    cameo: Optional[str] = None
    acled_event_type: Optional[str] = None
    acled_sub_event_type: Optional[str] = None
    actor1: Optional[ActorMention] = None
    actor2: Optional[ActorMention] = None
    location: Optional[PlaceMention] = None
    location_precision: Optional[str] = None
    location_relation: Optional[str] = None
    date: Optional[TimeMention] = None
    date_reported: bool = False
    tense: Optional[str] = None
    status: str = "asserted"
    source: Optional[ActorMention] = None
    source_chain: list[ActorMention] = field(default_factory=list)
    responds_to: list["EventMention"] = field(default_factory=list)
    states: Optional["EventMention"] = None
    confidence: float = 0.5
    method: str = ""
    parts: dict[str, str] = field(default_factory=dict)

    @property
    def root(self) -> Token:
        """The trigger's syntactic head token."""
        return self.trigger.root


def register_extensions() -> None:
    """Register the ``Doc`` extensions listed in the module docstring (idempotent)."""
    for name, default in (
        ("doc_id", ""),
        ("pub_date", None),
        ("source", None),
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in ("actors", "places", "times", "events"):
        if not Doc.has_extension(name):
            # A list default would be shared by every doc: components assign a new list.
            Doc.set_extension(name, default=None)
