"""``tidings_place_targets``: a place as the target of an event that names no other.

Event coders (CAMEO, PLOVER's gold records, ICEWS) code the place an act is done to or in
as its target when no actor is: "shelled Jericho" targets Jericho's people (PSE CVL),
"demonstrated in Serbia" and "lifted the curfew in Sudan" target the state (SRB, SDN). So an
event with no ``actor2`` whose location hangs off its trigger (precision "exact") takes
that place as ``actor2``, and so does one whose place hangs off the act it governs or acts on
("threatened to institute a curfew in Algiers", "shortened the curfew imposed in Sudan"):
the place's country, with the civilian sector when a town's people
suffer the act ("shelled Jericho", "retook a village in western Cambodia") and no sector
when the place stands for its state. Only for the types listed in
``data/events/place_targets.yaml``: a meeting's place is its venue, not the one met.

Coders also name an attack whose doer is a thing, not an actor ("a roadside bombing near
Samarra killed a soldier"), after the place it struck from: the place's country with the
sector of unidentified armed forces (UAF), for the types listed as ``unknown_doer_types``.

Provenance: ``parts["actor2"] = "location:target"`` (``parts["actor1"] = "location:doer"``)
and the actor's method ``place:<feature>``.

Civilians named with no state of their own ("two civilians", "residents") are of where the
event happened: they take its location's country (method suffix ``+location``; "U.S. troops
shot two civilians in Kandahar" -> AFG CVL).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..actors.resolver import CIVILIAN_SECTOR
from ..annotations import ActorMention, EventMention, PlaceMention, register_extensions
from ..datafiles import read_yaml

__all__ = ["DEFAULT_PLACE_TARGETS", "PlaceTargets", "place_doer", "place_target"]

DEFAULT_PLACE_TARGETS = Path(__file__).resolve().parent.parent / "data" / "events" / "place_targets.yaml"
RULE = "location:target"
DOER_RULE = "location:doer"
# The links from a place up to the trigger that keep it on the trigger's own act: its object,
# the action it governs ("threatened to ban voting in X"), their modifiers and phrases. A
# subject, a clause or an adverbial on the way leads elsewhere.
ACT_LINKS = {"prep", "pobj", "dobj", "xcomp", "acl", "compound", "amod", "appos"}


class PlaceTargetTypes(BaseModel):
    """The event types a place can be the target of; those whose populated place
    (``populated_features``, or a place in the phrase of a ``populated_nouns`` noun) stands
    for its civilians; those whose thing-doer is named after its place (``unknown_doer_types``,
    sector ``unknown_doer_sector``)."""

    version: str
    event_types: frozenset[str]
    civilian_types: frozenset[str]
    populated_features: frozenset[str]
    populated_nouns: frozenset[str]
    unknown_doer_types: frozenset[str]
    unknown_doer_sector: str


@lru_cache(maxsize=4)
def load_place_target_types(path: Path = DEFAULT_PLACE_TARGETS) -> PlaceTargetTypes:
    """Read and validate the place-target table. RETURNS (PlaceTargetTypes)."""
    return read_yaml(path, PlaceTargetTypes.model_validate, "place targets")


def place_target(event: EventMention, table: PlaceTargetTypes) -> ActorMention | None:
    """The actor the event's own location stands for as its target, or None when the event
    has a target already, its type takes none, or its place is not on its trigger."""
    place = _open_place(event, event.actor2, table.event_types)
    if place is None:
        return None
    doc = event.trigger.doc
    if event.location_precision != "exact" and not _on_act(doc[place.start], event.root):
        return None
    actor1 = event.actor1
    if actor1 is not None and actor1.start <= place.start < actor1.end:  # "troops in Jericho" is the doer
        return None
    populated = place.feature in table.populated_features or _phrase_noun(doc[place.start]).lemma_.lower() in table.populated_nouns
    return _place_actor(place, CIVILIAN_SECTOR if event.event_type in table.civilian_types and populated else None)


def place_doer(event: EventMention, table: PlaceTargetTypes) -> ActorMention | None:
    """The actor an event's place stands for as its doer: the subject is a thing, not an
    actor, and the place is in its phrase ("a roadside bombing near Samarra killed ..").
    None otherwise."""
    place = _open_place(event, event.actor1, table.unknown_doer_types)
    if place is None:
        return None
    doc = event.trigger.doc
    subject = next((c for c in event.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or not subject.left_edge.i <= place.start <= subject.right_edge.i:
        return None
    if any(actor.start <= t.i < actor.end for t in subject.subtree for actor in doc._.actors or []):
        return None
    return _place_actor(place, table.unknown_doer_sector)


def _open_place(event: EventMention, role: ActorMention | None, types: frozenset[str]) -> PlaceMention | None:
    """The event's place, when ``role`` is empty, the event is of ``types`` and the place is
    a named place with a country; else None."""
    place = event.location
    if role is not None or event.event_type not in types or place is None or place.country is None or place.kind != "place":
        return None
    return place


def _place_actor(place: PlaceMention, sector: str | None) -> ActorMention:
    """A place as an actor: its country, with ``sector``."""
    return ActorMention(
        start=place.start,
        end=place.end,
        text=place.text,
        name=place.name or place.text,
        country=place.country,
        sector=sector,
        kind="state" if place.feature == "country" else "group",
        method=f"place:{place.feature}",
    )


def _located(actor: ActorMention | None, place: PlaceMention | None) -> ActorMention | None:
    """Civilians with no country, given the country of the place the event happened at."""
    if actor is None or actor.country is not None or actor.sector != CIVILIAN_SECTOR:
        return actor
    if place is None or place.country is None or place.kind != "place":
        return actor
    return replace(actor, country=place.country, method=f"{actor.method}+location")


def _phrase_noun(token: Token) -> Token:
    """The common noun whose phrase a place name is in: "a village in Cambodia" -> village."""
    while token.dep_ in ("pobj", "prep", "compound") and token.head.i != token.i:
        token = token.head
        if token.pos_ == "NOUN":
            return token
    return token


def _on_act(token: Token, root: Token) -> bool:
    """Whether ``token`` hangs off the act of ``root`` through ``ACT_LINKS`` only."""
    while token.dep_ in ACT_LINKS and token.head.i != token.i:
        token = token.head
        if token.i == root.i:
            return True
    return False


class PlaceTargets:
    """Sets ``actor2`` from the event's location where the event names no target, and
    ``actor1`` where a thing, not an actor, did it."""

    def __init__(self, path: Path = DEFAULT_PLACE_TARGETS) -> None:
        register_extensions()
        self.table = load_place_target_types(Path(path))

    def __call__(self, doc: Doc) -> Doc:
        for event in doc._.events or []:
            event.actor1, event.actor2 = (_located(actor, event.location) for actor in (event.actor1, event.actor2))
            target = place_target(event, self.table)
            if target is not None:
                event.actor2 = target
                event.parts["actor2"] = RULE
            doer = place_doer(event, self.table)
            if doer is not None:
                event.actor1 = doer
                event.parts["actor1"] = DOER_RULE
        return doc


@Language.factory(
    "tidings_place_targets",
    assigns=["doc._.events"],
    requires=["doc._.events"],
    default_config={"path": str(DEFAULT_PLACE_TARGETS)},
)
def make_place_targets(nlp: Language, name: str, path: str) -> PlaceTargets:
    """Factory of ``tidings_place_targets``."""
    return PlaceTargets(Path(path))
