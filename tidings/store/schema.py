"""The store's tables, declared once: DDL, Arrow batch types and row flattening come from here.

Schema version 1::

    meta       key -> value (schema_version)
    documents  one row per stored document version (content_hash is the key)
    events     one row per event: flattened columns for filtering + ``record``, the full contract JSON
    toponyms   one row per place name mentioned in a document
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

import pyarrow as pa

from ..model import Actor, Document, Event, Toponym
from ..version import __version__

__all__ = [
    "DOCUMENT_COLUMNS",
    "EVENT_COLUMNS",
    "EXPORT_COLUMNS",
    "SCHEMA_VERSION",
    "TABLES",
    "TOPONYM_COLUMNS",
    "arrow_batch",
    "create_statements",
    "document_row",
    "event_row",
    "toponym_row",
]

SCHEMA_VERSION = 1

# (column, DuckDB type, Arrow type)
Columns = tuple[tuple[str, str, pa.DataType], ...]
_TEXT = ("VARCHAR", pa.string())
_INT = ("INTEGER", pa.int32())
_FLOAT = ("DOUBLE", pa.float64())
_DATE = ("DATE", pa.date32())


def _cols(*spec: tuple[str, tuple[str, pa.DataType]]) -> Columns:
    return tuple((name, sql, arrow) for name, (sql, arrow) in spec)


DOCUMENT_COLUMNS = _cols(
    ("content_hash", _TEXT), ("doc_id", _TEXT), ("title", _TEXT), ("date", _DATE), ("source", _TEXT),
    ("url", _TEXT), ("lang", _TEXT), ("text", _TEXT), ("n_events", _INT), ("tidings_version", _TEXT),
    ("ingested_at", ("TIMESTAMP", pa.timestamp("us"))),
)  # fmt: skip
_ACTOR_FIELDS = ("text", "name", "country", "sector")
EVENT_COLUMNS = _cols(
    ("event_id", _TEXT), ("doc_id", _TEXT), ("content_hash", _TEXT), ("event_type", _TEXT), ("mode", _TEXT),
    ("cameo", _TEXT), ("acled_event_type", _TEXT), ("acled_sub_event_type", _TEXT),
    *((f"actor1_{field}", _TEXT) for field in _ACTOR_FIELDS),
    *((f"actor2_{field}", _TEXT) for field in _ACTOR_FIELDS),
    ("location_text", _TEXT), ("location_name", _TEXT), ("location_country", _TEXT), ("location_lat", _FLOAT),
    ("location_lon", _FLOAT), ("location_feature", _TEXT), ("date", _DATE), ("date_precision", _TEXT),
    ("status", _TEXT), ("source_text", _TEXT), ("source_name", _TEXT), ("trigger_text", _TEXT),
    ("trigger_start", _INT), ("sentence_text", _TEXT), ("confidence", _FLOAT), ("method", _TEXT),
    ("record", ("JSON", pa.string())),
)  # fmt: skip
TOPONYM_COLUMNS = _cols(
    ("doc_id", _TEXT), ("content_hash", _TEXT), ("start", _INT), ("end", _INT), ("text", _TEXT), ("name", _TEXT),
    ("country", _TEXT), ("admin1", _TEXT), ("lat", _FLOAT), ("lon", _FLOAT), ("geonameid", ("BIGINT", pa.int64())),
    ("feature", _TEXT), ("kind", _TEXT),
)  # fmt: skip
TABLES: dict[str, tuple[Columns, str]] = {
    "documents": (DOCUMENT_COLUMNS, "PRIMARY KEY (content_hash)"),
    "events": (EVENT_COLUMNS, "PRIMARY KEY (event_id)"),
    "toponyms": (TOPONYM_COLUMNS, ""),
}
# csv/parquet exports: the flattened events table, without the JSON record.
EXPORT_COLUMNS: tuple[str, ...] = tuple(name for name, _, _ in EVENT_COLUMNS if name != "record")


def create_statements() -> list[str]:
    """RETURNS (list[str]): CREATE statements for every table (idempotent)."""
    statements = ["CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)"]
    for table, (columns, constraint) in TABLES.items():
        body = ", ".join(f'"{name}" {sql}' for name, sql, _ in columns) + (f", {constraint}" if constraint else "")
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
    statements += [
        "CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id)",
        "CREATE INDEX IF NOT EXISTS toponyms_doc ON toponyms (doc_id)",
    ]
    return statements


def arrow_batch(columns: Columns, rows: list[tuple[Any, ...]]) -> pa.Table:
    """RETURNS (pa.Table): ``rows`` (tuples in column order) as a typed Arrow table for INSERT."""
    data = list(zip(*rows)) if rows else [() for _ in columns]
    return pa.table(
        [pa.array(values, type=arrow) for values, (_, _, arrow) in zip(data, columns)],
        names=[name for name, _, _ in columns],
    )


def document_row(document: Document, content_hash: str, n_events: int, ingested_at: dt.datetime) -> tuple[Any, ...]:
    """RETURNS (tuple): one ``documents`` row, in DOCUMENT_COLUMNS order."""
    return (
        content_hash, document.id, document.title, document.date, document.source, document.url, document.lang,
        document.text, n_events, __version__, ingested_at,
    )  # fmt: skip


def _actor(actor: Optional[Actor]) -> tuple[Optional[str], ...]:
    return tuple(getattr(actor, field) for field in _ACTOR_FIELDS) if actor else (None,) * len(_ACTOR_FIELDS)


def event_row(event: Event, content_hash: str) -> tuple[Any, ...]:
    """RETURNS (tuple): one ``events`` row, in EVENT_COLUMNS order."""
    place, source = event.location, event.attribution.source
    return (
        event.event_id, event.doc_id, content_hash, event.event_type, event.mode, event.cameo,
        event.acled_event_type, event.acled_sub_event_type, *_actor(event.actor1), *_actor(event.actor2),
        place and place.text, place and place.name, place and place.country, place and place.lat,
        place and place.lon, place and place.feature, event.date, event.date_precision,
        event.attribution.status, source and source.text, source and source.name, event.trigger.text,
        event.trigger.start, event.sentence.text, event.confidence, event.provenance.method,
        event.model_dump_json(),
    )  # fmt: skip


def toponym_row(toponym: Toponym, doc_id: str, content_hash: str) -> tuple[Any, ...]:
    """RETURNS (tuple): one ``toponyms`` row, in TOPONYM_COLUMNS order."""
    return (
        doc_id, content_hash, toponym.start, toponym.end, toponym.text, toponym.name, toponym.country,
        toponym.admin1, toponym.lat, toponym.lon, toponym.geonameid, toponym.feature, toponym.kind,
    )  # fmt: skip
