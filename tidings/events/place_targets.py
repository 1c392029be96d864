"""``tidings_place_targets``: a place as the target of an event that names no other.

Event coders (CAMEO, PLOVER's gold records, ICEWS) code the place an act is done to or in
as its target when no actor is: "shelled Jericho" targets Jericho's people (PSE CVL),
"demonstrated in Serbia" and "lifted the curfew in Sudan" target the state (SRB, SDN). So an
event with no ``actor2`` whose location hangs off its trigger (precision "exact") takes
that place as ``actor2``: the place's country, with the civilian sector when a town's people
suffer the act ("shelled Jericho") and no sector when the place stands for its state. Only
for the types listed in ``data/events/place_targets.yaml``: a meeting's place is its venue,
not the one met.
Provenance: ``parts["actor2"] = "location:target"`` and the actor's method
``place:<feature>``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import ActorMention, EventMention, register_extensions
from ..datafiles import read_yaml

__all__ = ["DEFAULT_PLACE_TARGETS", "PlaceTargets", "place_target"]

DEFAULT_PLACE_TARGETS = Path(__file__).resolve().parent.parent / "data" / "events" / "place_targets.yaml"
RULE = "location:target"
CIVILIANS = "CVL"


class PlaceTargetTypes(BaseModel):
    """The event types a place can be the target of; those whose populated place
    (``populated_features``) stands for its civilians."""

    version: str
    event_types: frozenset[str]
    civilian_types: frozenset[str]
    populated_features: frozenset[str]


@lru_cache(maxsize=4)
def load_place_target_types(path: Path = DEFAULT_PLACE_TARGETS) -> PlaceTargetTypes:
    """Read and validate the place-target table. RETURNS (PlaceTargetTypes)."""
    return read_yaml(path, PlaceTargetTypes.model_validate, "place targets")


def place_target(event: EventMention, table: PlaceTargetTypes) -> ActorMention | None:
    """The actor the event's own location stands for as its target, or None when the event
    has a target already, its type takes none, or its place is not on its trigger."""
    place = event.location
    if event.actor2 is not None or event.event_type not in table.event_types or event.location_precision != "exact":
        return None
    if place is None or place.country is None or place.kind != "place":
        return None
    actor1 = event.actor1
    if actor1 is not None and actor1.start <= place.start < actor1.end:  # "troops in Jericho" is the doer
        return None
    civilians = event.event_type in table.civilian_types and place.feature in table.populated_features
    return ActorMention(
        start=place.start,
        end=place.end,
        text=place.text,
        name=place.name or place.text,
        country=place.country,
        sector=CIVILIANS if civilians else None,
        kind="state" if place.feature == "country" else "group",
        method=f"place:{place.feature}",
    )


class PlaceTargets:
    """Sets ``actor2`` from the event's location where the event names no target."""

    def __init__(self, path: Path = DEFAULT_PLACE_TARGETS) -> None:
        register_extensions()
        self.table = load_place_target_types(Path(path))

    def __call__(self, doc: Doc) -> Doc:
        for event in doc._.events or []:
            target = place_target(event, self.table)
            if target is not None:
                event.actor2 = target
                event.parts["actor2"] = RULE
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
