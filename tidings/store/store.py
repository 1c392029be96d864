"""The store: documents, events and toponyms in an embedded DuckDB file."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Optional

import duckdb

from ..errors import InputError, StoreError
from ..model import Document, Event, Toponym
from .export import FORMATS, export_events
from .hashing import content_hash
from .schema import (
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    SCHEMA_VERSION,
    TOPONYM_COLUMNS,
    arrow_batch,
    create_statements,
    document_row,
    event_row,
    toponym_row,
)
from .summary import count_rows, summarize

__all__ = ["DEFAULT_PATH", "Item", "Store"]

DEFAULT_PATH = "tidings.duckdb"
EVENT_ORDER = "doc_id, trigger_start, event_id"

# One processed document: the document, its events, its toponyms.
Item = tuple[Document, Sequence[Event], Sequence[Toponym]]


class Store:
    """An embedded DuckDB store; the schema is created on open. Prints nothing.

    path (str | Path): the database file (created if missing), or ":memory:".
    read_only (bool): open without writing (several readers may share a file); the schema must exist.

        >>> with Store("tidings.duckdb") as store:
        ...     store.events(event_type="assault", country="SYR")
    """

    def __init__(self, path: str | Path = DEFAULT_PATH, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as error:
            raise StoreError(*_open_error(self.path, error)) from None
        try:
            self._prepare(read_only)
        except BaseException:
            self._con.close()
            raise

    def _prepare(self, read_only: bool) -> None:
        tables = {row[0] for row in self._con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "meta" not in tables:
            if tables & {"documents", "events", "toponyms"} or read_only:
                raise StoreError(f"'{self.path}' is not a tidings store.", "Pass another store path.")
            self._con.execute("BEGIN")
            for statement in create_statements():
                self._con.execute(statement)
            self._con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            self._con.execute("COMMIT")
        found = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = int(found[0]) if found else 0
        if version != SCHEMA_VERSION:
            raise StoreError(
                f"'{self.path}' has store schema version {version}; this tidings reads version {SCHEMA_VERSION}.",
                "Use the tidings version that wrote it, or ingest into a new store.",
            )

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, for SQL queries of your own (tables: documents, events, toponyms)."""
        return self._con

    def close(self) -> None:
        """Close the database (committed data is on disk)."""
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()

    # Writing -----------------------------------------------------------------------------------

    def has(self, content_hash: str) -> bool:
        """RETURNS (bool): whether a document with this content hash is stored."""
        return bool(self.known_hashes([content_hash]))

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """RETURNS (set[str]): those of ``hashes`` already stored."""
        wanted = list(hashes)
        if not wanted:
            return set()
        rows = self._query("SELECT content_hash FROM documents WHERE content_hash IN (SELECT unnest(?))", [wanted])
        return {row[0] for row in rows}

    def add(self, document: Document, events: Sequence[Event], toponyms: Sequence[Toponym]) -> None:
        """Store one processed document (see ``add_many``)."""
        self.add_many([(document, events, toponyms)])

    def add_many(self, items: Iterable[Item]) -> int:
        """Store processed documents in one transaction: all of them, or (on error) none.

        A document replaces any stored document with the same id (and its events and toponyms),
        so adding the same or an edited document again leaves one copy.
        items (Iterable[tuple[Document, Sequence[Event], Sequence[Toponym]]]): what to store.
        RETURNS (int): the number of events written.
        """
        ingested_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        latest: dict[str, Item] = {}
        for item in items:
            latest[item[0].id] = item  # the last version of a document in the batch wins
        documents, events, toponyms = [], {}, []
        for document, doc_events, doc_toponyms in latest.values():
            digest = content_hash(document)
            documents.append(document_row(document, digest, len(doc_events), ingested_at))
            events.update((event.event_id, event_row(event, digest)) for event in doc_events)
            toponyms.extend(toponym_row(toponym, document.id, digest) for toponym in doc_toponyms)
        if not documents:
            return 0
        con = self._con
        try:
            con.execute("BEGIN")
            doc_ids = [list(latest)]
            for table in ("documents", "events", "toponyms"):
                con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", doc_ids)
            # An event id already stored for another document is taken over by this one.
            con.execute("DELETE FROM events WHERE event_id IN (SELECT unnest(?))", [list(events)])
            for table, columns, rows in (
                ("documents", DOCUMENT_COLUMNS, documents),
                ("events", EVENT_COLUMNS, list(events.values())),
                ("toponyms", TOPONYM_COLUMNS, toponyms),
            ):
                if rows:
                    con.register("_tidings_batch", arrow_batch(columns, rows))
                    con.execute(f"INSERT INTO {table} SELECT * FROM _tidings_batch")
                    con.unregister("_tidings_batch")
            con.execute("COMMIT")
        except BaseException as error:
            _rollback(con)
            if isinstance(error, duckdb.Error):
                raise StoreError(f"Cannot write to '{self.path}': {_first_line(error)}.") from None
            raise
        return len(events)

    # Reading -----------------------------------------------------------------------------------

    def events(
        self,
        event_type: Optional[str] = None,
        country: Optional[str] = None,
        actor: Optional[str] = None,
        status: Optional[str] = None,
        source: Optional[str] = None,
        doc_id: Optional[str] = None,
        since: Optional[dt.date | str] = None,
        until: Optional[dt.date | str] = None,
        min_confidence: Optional[float] = None,
        limit: Optional[int] = 100,
    ) -> list[Event]:
        """Query events; every filter given must match. Ordered by document, then position in it.

        event_type (str): PLOVER type, e.g. "assault".
        country (str): ISO alpha-3 code of actor1, actor2 or the location (case-insensitive).
        actor (str): part of actor1's or actor2's name or text (case-insensitive).
        status (str): attribution status ("asserted", "claimed", ...).
        source (str): part of the attribution source's name or text (case-insensitive).
        doc_id (str): only this document's events.
        since, until (date | "YYYY-MM-DD"): event date range, inclusive (undated events excluded).
        min_confidence (float): only events at least this sure (0..1), e.g. to leave out the
            classifier-only readings of sentences no rule codes.
        limit (int | None): at most this many events; None for all.
        RETURNS (list[Event]): the contract records.
        """
        where, params = [], []
        for column, value in (("event_type", event_type), ("status", status), ("doc_id", doc_id)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if country is not None:
            where.append("upper(?) IN (actor1_country, actor2_country, location_country)")
            params.append(country)
        for value, columns in ((actor, ("actor1_name", "actor1_text", "actor2_name", "actor2_text")),
                               (source, ("source_name", "source_text"))):  # fmt: skip
            if value is not None:
                where.append("(" + " OR ".join(f"contains(lower({c}), lower(?))" for c in columns) + ")")
                params.extend([value] * len(columns))
        for value, operator, name in ((since, ">=", "since"), (until, "<=", "until")):
            if value is not None:
                where.append(f"date {operator} ?")
                params.append(_as_date(value, name))
        if min_confidence is not None:
            where.append("confidence >= ?")
            params.append(min_confidence)
        sql = "SELECT record FROM events" + (" WHERE " + " AND ".join(where) if where else "")
        sql += f" ORDER BY {EVENT_ORDER}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [Event.model_validate_json(row[0]) for row in self._query(sql, params)]

    def event(self, event_id: str) -> Optional[Event]:
        """RETURNS (Event | None): the event with this id, or None."""
        rows = self._query("SELECT record FROM events WHERE event_id = ?", [event_id])
        return Event.model_validate_json(rows[0][0]) if rows else None

    def responses(self, event_id: str) -> list[Event]:
        """RETURNS (list[Event]): the events that answer this one (its ``responds_to`` names it):
        denials and confirmations of a claim, each with its own speaker and source."""
        sql = (
            "SELECT record FROM events WHERE doc_id = (SELECT doc_id FROM events WHERE event_id = ?) "
            "AND list_contains(from_json(json_extract(record, '$.responds_to'), '[\"VARCHAR\"]'), ?) "
            f"ORDER BY {EVENT_ORDER}"
        )
        return [Event.model_validate_json(row[0]) for row in self._query(sql, [event_id, event_id])]

    def document(self, doc_id: str) -> Optional[Document]:
        """RETURNS (Document | None): the stored document with this id, or None."""
        rows = self._query(
            "SELECT doc_id, text, title, date, url, source, lang FROM documents WHERE doc_id = ? "
            "ORDER BY ingested_at DESC LIMIT 1",
            [doc_id],
        )
        if not rows:
            return None
        fields = dict(zip(("id", "text", "title", "date", "url", "source", "lang"), rows[0]))
        return Document(**fields)

    def counts(self) -> dict[str, int]:
        """RETURNS (dict): {"documents": n, "events": n, "toponyms": n}."""
        return count_rows(self._con)

    def summary(self, top: int = 10) -> dict[str, Any]:
        """What the store holds: counts, events by type, top actors and places, example events.

        top (int): how many actors and places to list.
        RETURNS (dict): see ``tidings.store.summary.summarize``.
        """
        return summarize(self._con, top)

    def export(self, path: str | Path, format: str = "jsonl") -> int:
        """Write every event to ``path``.

        format (str): "jsonl" (full contract records, one per line), "csv" or "parquet" (the
            flattened events table).
        RETURNS (int): rows written.
        """
        if format not in FORMATS:
            raise InputError(f"Unknown export format '{format}'.", f"Use one of: {', '.join(FORMATS)}.")
        try:
            return export_events(self._con, Path(path), format, EVENT_ORDER)
        except duckdb.Error as error:
            raise StoreError(f"Cannot export to '{path}': {_first_line(error)}.") from None

    def _query(self, sql: str, params: Optional[list[Any]] = None) -> list[tuple[Any, ...]]:
        try:
            return self._con.execute(sql, params or []).fetchall()
        except duckdb.Error as error:
            raise StoreError(f"Cannot read '{self.path}': {_first_line(error)}.") from None


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:  # the failed statement already ended the transaction
        pass


def _as_date(value: dt.date | str, name: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"Invalid {name} date '{value}'.", "Use YYYY-MM-DD.") from None


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0].rstrip(".!")


def _open_error(path: str, error: duckdb.Error) -> tuple[str, str]:
    """A one-line message and next step for a store that cannot be opened."""
    text = str(error)
    if "Could not set lock" in text:
        pid = re.search(r"PID (\d+)", text)
        by = f" (PID {pid.group(1)})" if pid else ""
        return (f"The store '{path}' is in use by another process{by}.",
                "Wait for it to finish, or pass another store path.")  # fmt: skip
    if "not a valid DuckDB database" in text:
        return f"'{path}' is not a DuckDB database file.", "Pass another store path (a new one is created)."
    if "No such file or directory" in text:
        return f"Cannot create the store '{path}': its folder does not exist.", "Create the folder first."
    return f"Cannot open the store '{path}': {_first_line(error)}.", "Check the path."
