"""Event-coding scorers for the dev sets under ``shared/data/events``.

Each scorer runs the pipeline on the set's sentences and compares the document's main
event (the most confident one; none when nothing was found) with the gold label:

- ``plover_gsr``: PLOVER event type accuracy; actor1/actor2 country and sector accuracy.
- ``case2021``: ACLED sub-event type (accuracy, weighted F1 over the gold classes).
- ``cameo_penta``: CAMEO root mapped to the 5 PentaClasses (accuracy, macro F1).
- ``petrarch``: PLOVER type accuracy on sentences with a coded event; how many of the
  "no event" sentences got none.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Optional

from ..model import Document, Event
from .metrics import classification_report

__all__ = ["score_case2021", "score_cameo_penta", "score_petrarch", "score_plover_gsr"]

# document, its events
Extractor = Callable[[list[Document]], Iterable[tuple[Document, list[Event]]]]


def read_rows(path: Path, limit: Optional[int]) -> list[dict[str, Any]]:
    """The set's rows (each with id, text, gold), at most ``limit``."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                rows.append(json.loads(line))
            if limit is not None and len(rows) >= limit:
                break
    return rows


def main_events(rows: list[dict[str, Any]], extract: Extractor) -> list[Optional[Event]]:
    """The most confident event of each row (None when none), in row order."""
    documents = [Document(id=row["id"], text=row["text"], date=row.get("date")) for row in rows]
    best = {}
    for document, events in extract(documents):
        best[document.id] = max(events, key=lambda e: e.confidence, default=None)
    return [best.get(row["id"]) for row in rows]


def score_plover_gsr(rows: list[dict[str, Any]], extract: Extractor) -> dict[str, Any]:
    """Event type accuracy and actor country/sector accuracy on PLOVER gold records."""
    events = main_events(rows, extract)
    result = classification_report([r["gold"]["event_type"] for r in rows], [e.event_type if e else None for e in events])
    for role in ("actor1", "actor2"):
        for field in ("country", "sector"):
            pairs = [
                (r["gold"][role][field], getattr(getattr(e, role), field) if e and getattr(e, role) else None)
                for r, e in zip(rows, events)
                if r["gold"].get(role) and r["gold"][role].get(field)
            ]
            result[f"{role}_{field}_accuracy"] = sum(g == p for g, p in pairs) / len(pairs) if pairs else 0.0
    result["errors"] = _errors(rows, events, lambda r: r["gold"]["event_type"], lambda e: e.event_type)
    return result


def score_case2021(rows: list[dict[str, Any]], extract: Extractor) -> dict[str, Any]:
    """ACLED sub-event type accuracy and weighted F1 on CASE 2021 snippets."""
    events = main_events(rows, extract)
    result = classification_report(
        [r["gold"]["acled_sub_event_type"] for r in rows], [e.acled_sub_event_type if e else None for e in events]
    )
    result["errors"] = _errors(rows, events, lambda r: r["gold"]["acled_sub_event_type"], lambda e: e.acled_sub_event_type)
    return result


def score_cameo_penta(rows: list[dict[str, Any]], extract: Extractor, root_to_penta: dict[str, int]) -> dict[str, Any]:
    """PentaClass (from the predicted CAMEO root) accuracy and macro F1."""
    events = main_events(rows, extract)

    def penta(event: Optional[Event]) -> Optional[str]:
        if event is None or not event.cameo:
            return None
        value = root_to_penta.get(event.cameo[:2])
        return None if value is None else str(value)

    result = classification_report([str(r["gold"]["cameo_penta_class"]) for r in rows], [penta(e) for e in events])
    result["errors"] = _errors(rows, events, lambda r: str(r["gold"]["cameo_penta_class"]), lambda e: penta(e))
    return result


def score_petrarch(rows: list[dict[str, Any]], extract: Extractor) -> dict[str, Any]:
    """PLOVER type accuracy on coded sentences; share of no-event sentences left empty."""
    events = main_events(rows, extract)
    coded = [(r, e) for r, e in zip(rows, events) if r["gold"].get("event_type")]
    result = classification_report([r["gold"]["event_type"] for r, _ in coded], [e.event_type if e else None for _, e in coded])
    empty = [e for r, e in zip(rows, events) if r["gold"].get("noevents")]
    result["no_event_sentences"] = len(empty)
    result["no_event_kept_empty"] = sum(e is None for e in empty) / len(empty) if empty else 0.0
    result["errors"] = _errors(
        [r for r, _ in coded], [e for _, e in coded], lambda r: r["gold"]["event_type"], lambda e: e.event_type
    )
    return result


def _errors(rows: list[dict], events: list[Optional[Event]], gold: Callable, predicted: Callable) -> list[dict]:
    """The misses, for reading: id, text, gold, predicted, trigger."""
    found = []
    for row, event in zip(rows, events):
        guess = predicted(event) if event is not None else None
        if guess != gold(row):
            found.append({"id": row["id"], "text": row["text"], "gold": gold(row), "predicted": guess,
                          "trigger": event.trigger.text if event else None})  # fmt: skip
    return found
