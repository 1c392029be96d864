"""Event exports: JSONL (full contract records), CSV and Parquet (the flattened events table)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from .schema import EXPORT_COLUMNS

__all__ = ["FORMATS", "export_events"]

FORMATS = ("jsonl", "csv", "parquet")
_COPY_OPTIONS = {"csv": "FORMAT csv, HEADER", "parquet": "FORMAT parquet"}


def export_events(con: duckdb.DuckDBPyConnection, path: Path, format: str, order: str) -> int:
    """Write all events to ``path`` in ``format`` ("jsonl", "csv" or "parquet"), ordered by ``order``.

    RETURNS (int): rows written.
    """
    if format == "jsonl":
        cursor = con.execute(f"SELECT record FROM events ORDER BY {order}")
        written = 0
        with path.open("w", encoding="utf-8") as out:
            while rows := cursor.fetchmany(1000):
                out.writelines(f"{row[0]}\n" for row in rows)
                written += len(rows)
        return written
    columns = ", ".join(f'"{name}"' for name in EXPORT_COLUMNS)
    target = str(path).replace("'", "''")
    found = con.execute(
        f"COPY (SELECT {columns} FROM events ORDER BY {order}) TO '{target}' ({_COPY_OPTIONS[format]})"
    ).fetchone()
    return int(found[0]) if found else 0
