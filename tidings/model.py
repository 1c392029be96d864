"""The data model: documents in, event and geoparse records out.

These pydantic models *are* the outside contract (CONTRACT.md). Every field the
contract names is always present in the JSON (unknown values are ``null``);
fields beyond the contract are extensions and never replace a contract field.
``event_json_schema()`` generates the JSON Schema printed by ``tidings schema``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "Actor",
    "Attribution",
    "Document",
    "Event",
    "GeoparseRecord",
    "Location",
    "Place",
    "Provenance",
    "STATUSES",
    "TextSpan",
    "Toponym",
    "event_json_schema",
]

Status = Literal["asserted", "claimed", "denied", "negated", "future", "hypothetical"]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]
DatePrecision = Literal["day", "month", "year", "reported"]
Tense = Literal["past", "ongoing", "future"]
ToponymKind = Literal["place", "demonym", "metonym"]


class Document(BaseModel):
    """One input article (a JSONL line, or a .txt/.html file)."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    text: str
    title: Optional[str] = None
    date: Optional[dt.date] = Field(None, description="Publication date; relative dates resolve against it.")
    url: Optional[str] = None
    source: Optional[str] = Field(None, description="Outlet name.")
    lang: str = "en"

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_string(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value

    @field_validator("date", mode="before")
    @classmethod
    def _date_from_datetime(cls, value: object) -> object:
        # Accept "2015-06-02T10:00:00Z": the publication *day* is what matters.
        if isinstance(value, str) and len(value) > 10 and value[4:5] == "-":
            return value[:10]
        return value


class TextSpan(BaseModel):
    """A piece of the document's text; ``start``/``end`` are character offsets, end exclusive."""

    text: str
    start: int
    end: int


class Actor(BaseModel):
    """Who: a resolved actor mention."""

    text: str
    name: Optional[str] = None
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-3, or IGO/NGO-style code.")
    sector: Optional[str] = Field(None, description="CAMEO/PLOVER sector code: GOV, MIL, REB, ...")
    start: int
    end: int
    actor_id: Optional[str] = Field(None, description="Dictionary key; null when not in the dictionary.")
    method: Optional[str] = Field(None, description="Rule or model that resolved this actor.")


class Place(BaseModel):
    """A place name in the text and where it is (WGS84); lat/lon null when unresolved."""

    text: str
    name: Optional[str] = None
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-3.")
    admin1: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    feature: Optional[str] = Field(None, description="country | admin1 | admin2 | city | region | point")
    start: int
    end: int
    coordinates: Optional[Literal["point", "centroid", "capital"]] = Field(
        None, description="What lat/lon stand for: the place itself, the centre of an area, or its capital."
    )


class Location(Place):
    """Where an event happened."""

    precision: Optional[Literal["exact", "sentence", "document"]] = Field(
        None, description="How the place was tied to the event."
    )
    relation: Optional[str] = Field(None, description='Where relative to the place: "north of", "near", ...')
    method: Optional[str] = None


class Toponym(Place):
    """One place name mentioned in a document (``tidings geoparse``)."""

    kind: ToponymKind = "place"


class Attribution(BaseModel):
    """According to whom, and with what standing."""

    status: Status = "asserted"
    source: Optional[Actor] = None
    chain: list[Actor] = Field(
        default_factory=list,
        description="Who reports whom, outermost first: [Reuters, Syrian officials]; the last is `source`.",
    )
    outlet: Optional[str] = Field(None, description="The document's outlet: the narrator of asserted events.")


class Provenance(BaseModel):
    """Which rule or model produced the record, and of which version."""

    method: str
    version: str
    parts: dict[str, str] = Field(
        default_factory=dict, description="Rule or model behind each part (actor1, location, date, ...)."
    )


class Event(BaseModel):
    """One event record: who did what to whom, where, when, according to whom."""

    event_id: str
    doc_id: str
    event_type: str = Field(description="PLOVER event type, lowercase.")
    mode: Optional[str] = None
    cameo: Optional[str] = None
    acled_event_type: Optional[str] = None
    acled_sub_event_type: Optional[str] = None
    actor1: Optional[Actor] = None
    actor2: Optional[Actor] = None
    location: Optional[Location] = None
    date: Optional[dt.date] = None
    date_precision: Optional[DatePrecision] = Field(
        None, description='"reported": no date in the text; the publication date stands in.'
    )
    date_start: Optional[dt.date] = Field(None, description="Start of the resolved interval (= date).")
    date_end: Optional[dt.date] = Field(None, description="End of the resolved interval (a range or a week).")
    tense: Optional[Tense] = None
    trigger: TextSpan
    sentence: TextSpan
    attribution: Attribution = Field(default_factory=Attribution)
    confidence: float = Field(ge=0.0, le=1.0)
    provenance: Provenance
    responds_to: list[str] = Field(
        default_factory=list, description="Ids of the events this one answers (a denial of a claim)."
    )


class GeoparseRecord(BaseModel):
    """One line of ``tidings geoparse``: every place name in a document."""

    doc_id: str
    toponyms: list[Toponym]


def event_json_schema() -> dict:
    """RETURNS (dict): the JSON Schema of an event record."""
    schema = Event.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "tidings event record"
    return schema
