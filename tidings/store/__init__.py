"""The store: an embedded DuckDB file of documents, events and toponyms; idempotent ingest; exports.

>>> from tidings.store import Store, ingest
>>> with Store("tidings.duckdb") as store:
...     report = ingest(store, documents, process)
...     store.export("events.parquet", "parquet")
"""

from __future__ import annotations

from .export import FORMATS
from .hashing import content_hash
from .ingest import IngestReport, Process, ingest
from .schema import SCHEMA_VERSION
from .store import DEFAULT_PATH, Item, Store

__all__ = [
    "DEFAULT_PATH",
    "FORMATS",
    "SCHEMA_VERSION",
    "IngestReport",
    "Item",
    "Process",
    "Store",
    "content_hash",
    "ingest",
]
