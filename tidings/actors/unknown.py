"""Actors the dictionary does not know, counted in a store (``tidings actors unknown``).

A name found by NER but not in the dictionary is kept as an actor with ``actor_id`` null
and method ``ner:unknown`` (``+appos``/``+link`` when context gave it a country). Listing
the most frequent ones tells a user which to add to the overlay.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import duckdb

from ..errors import StoreError
from ..store import Store

__all__ = ["UnknownActor", "unknown_actors"]

# Every actor slot of a stored record: actor1, actor2 and the attribution source.
_QUERY = """
WITH slots AS (
    SELECT record -> '$.actor1' AS actor FROM events
    UNION ALL SELECT record -> '$.actor2' FROM events
    UNION ALL SELECT record -> '$.attribution.source' FROM events
), unknown AS (
    SELECT coalesce(actor ->> '$.name', actor ->> '$.text') AS name, actor ->> '$.text' AS text,
           actor ->> '$.country' AS country, actor ->> '$.sector' AS sector
    FROM slots
    WHERE json_type(actor) = 'OBJECT' AND actor ->> '$.actor_id' IS NULL
      AND starts_with(coalesce(actor ->> '$.method', ''), 'ner:unknown')
)
SELECT name, count(*) AS n, mode(text), mode(country), mode(sector)
FROM unknown GROUP BY name ORDER BY n DESC, name LIMIT ?
"""


@dataclass(frozen=True)
class UnknownActor:
    """A name not in the dictionary: how often events in the store use it, a text it was
    written as, and the country/sector context gave it most often (None: none)."""

    name: str
    count: int
    text: str
    country: Optional[str]
    sector: Optional[str]


def unknown_actors(store: Store, limit: int = 20) -> list[UnknownActor]:
    """The most frequent unknown actors of a store's events, most frequent first.

    limit (int): at most this many. RETURNS (list[UnknownActor]).
    """
    try:
        rows = store.connection.execute(_QUERY, [limit]).fetchall()
    except duckdb.Error as error:
        raise StoreError(f"Cannot read {store.path}: {str(error).splitlines()[0]}.") from None
    return [UnknownActor(*row) for row in rows]
