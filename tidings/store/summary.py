"""What a store holds, in one dict: counts, event types, top actors and places, examples."""

from __future__ import annotations

from typing import Any

import duckdb

__all__ = ["count_rows", "summarize"]

_EXAMPLES = 5

_ACTORS = """
SELECT name, country, sector, count(*) AS n FROM (
    SELECT coalesce(actor1_name, actor1_text) AS name, actor1_country AS country, actor1_sector AS sector
    FROM events WHERE actor1_text IS NOT NULL
    UNION ALL
    SELECT coalesce(actor2_name, actor2_text), actor2_country, actor2_sector FROM events WHERE actor2_text IS NOT NULL
) GROUP BY ALL ORDER BY n DESC, name LIMIT ?
"""
_PLACES = """
SELECT name, country, count(*) AS n FROM (
    SELECT coalesce(location_name, location_text) AS name, location_country AS country
    FROM events WHERE location_text IS NOT NULL
    UNION ALL
    SELECT coalesce(name, text), country FROM toponyms
) GROUP BY ALL ORDER BY n DESC, name LIMIT ?
"""
# The most confident event of each of the most frequent types.
_EXAMPLES_SQL = """
SELECT event_id, doc_id, event_type, status, coalesce(actor1_name, actor1_text), coalesce(actor2_name, actor2_text),
       coalesce(location_name, location_text), date, trigger_text, sentence_text
FROM (SELECT *, row_number() OVER (PARTITION BY event_type ORDER BY confidence DESC, event_id) AS rank,
             count(*) OVER (PARTITION BY event_type) AS type_count FROM events)
WHERE rank = 1 ORDER BY type_count DESC, event_type LIMIT ?
"""
_EXAMPLE_KEYS = ("event_id", "doc_id", "event_type", "status", "actor1", "actor2", "location", "date", "trigger",
                 "sentence")  # fmt: skip


def count_rows(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """RETURNS (dict): {"documents": n, "events": n, "toponyms": n}."""
    rows = con.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), (SELECT count(*) FROM toponyms)"
    ).fetchone()
    return dict(zip(("documents", "events", "toponyms"), rows or (0, 0, 0)))


def summarize(con: duckdb.DuckDBPyConnection, top: int = 10) -> dict[str, Any]:
    """Summarize a store.

    top (int): how many actors and places to list.
    RETURNS (dict): {"documents": n, "events": n, "toponyms": n, "events_by_type": {type: n},
        "top_actors": [{"name", "country", "sector", "count"}], "top_places": [{"name", "country",
        "count"}], "examples": [{"event_id", "doc_id", "event_type", "status", "actor1", "actor2",
        "location", "date", "trigger", "sentence"}]}.
    """
    by_type = con.execute("SELECT event_type, count(*) AS n FROM events GROUP BY 1 ORDER BY n DESC, 1").fetchall()
    actors = con.execute(_ACTORS, [top]).fetchall()
    places = con.execute(_PLACES, [top]).fetchall()
    examples = con.execute(_EXAMPLES_SQL, [_EXAMPLES]).fetchall()
    return {
        **count_rows(con),
        "events_by_type": dict(by_type),
        "top_actors": [dict(zip(("name", "country", "sector", "count"), row)) for row in actors],
        "top_places": [dict(zip(("name", "country", "count"), row)) for row in places],
        "examples": [
            {**dict(zip(_EXAMPLE_KEYS, row)), "date": row[7].isoformat() if row[7] else None} for row in examples
        ],
    }
