"""Event-coding scorers for the dev sets under ``shared/data/events``.

Each scorer runs the pipeline on the set's sentences and compares the document's main
event (the most confident one; none when nothing was found) with the gold label:

- ``plover_gsr``: PLOVER event type accuracy; actor1/actor2 country and sector accuracy.
- ``case2021``: ACLED sub-event type (accuracy, weighted F1 over the gold classes; also on
  the snippets of the 25 ACLED classes alone).
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

__all__ = ["format_report", "score_case2021", "score_cameo_penta", "score_petrarch", "score_plover_gsr"]

# Errors listed by ``format_report``; the full list is in the result.
REPORT_ERRORS = 25
# Characters of each error's text shown by ``format_report``.
REPORT_TEXT = 110

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
    """ACLED sub-event type accuracy and weighted F1 on CASE 2021 snippets: on all of them
    (the 30 labels of subtask 3), and ``acled_weighted_f1`` on the snippets of the 25 ACLED
    classes alone (subtask 1; the five other kinds, disasters and the like, left out)."""
    events = main_events(rows, extract)
    gold = [r["gold"]["acled_sub_event_type"] for r in rows]
    predicted = [e.acled_sub_event_type if e else None for e in events]
    result = classification_report(gold, predicted)
    acled = [i for i, r in enumerate(rows) if r["gold"]["acled_event_type"] is not None]
    result["acled_weighted_f1"] = classification_report([gold[i] for i in acled], [predicted[i] for i in acled])["weighted_f1"]
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


def format_report(name: str, result: dict[str, Any], errors: int = REPORT_ERRORS) -> str:
    """A scorer's result as text to read: the summary, per-class precision/recall/F1, the
    confusion matrix (rows gold, columns predicted, numbered as in the per-class table,
    "-" for no event) and the first ``errors`` misses. RETURNS (str)."""
    lines = [f"{name}: n={result['n']}  accuracy={result['accuracy']:.3f}  macro-F1={result['macro_f1']:.3f}  "
             f"weighted-F1={result['weighted_f1']:.3f}"]  # fmt: skip
    lines += [f"  {key}={value:.3f}" for key, value in result.items() if key.endswith(("_accuracy", "_kept_empty", "acled_weighted_f1"))]
    per_class = result["per_class"]
    predicted = {p for row in result["confusion"].values() for p in row}
    labels = sorted(per_class) + sorted(predicted - set(per_class) - {"None"})
    width = max([len(label) for label in labels] + [5])
    lines.append(f"\n{'#':>3} {'label':<{width}} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
    for i, label in enumerate(labels, 1):
        c = per_class.get(label, {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0})
        lines.append(f"{i:>3} {label:<{width}} {c['precision']:>6.3f} {c['recall']:>6.3f} {c['f1']:>6.3f} {c['support']:>5}")
    columns = [*labels, "None"]
    lines.append("\nconfusion (rows gold, columns predicted; - = no event)")
    lines.append("    " + "".join(f"{('-' if c == 'None' else i):>4}" for i, c in enumerate(columns, 1)))
    for i, gold in enumerate(labels, 1):
        row = result["confusion"].get(gold, {})
        lines.append(f"{i:>3} " + "".join(f"{row.get(c, 0) or '.':>4}" for c in columns))
    misses = result.get("errors", [])
    lines.append(f"\nerrors ({min(errors, len(misses))} of {len(misses)}): id | gold -> predicted | trigger | text")
    for miss in misses[:errors]:
        text = " ".join(miss["text"].split())
        lines.append(f"  {miss['id']} | {miss['gold']} -> {miss['predicted']} | {miss['trigger']} | {text[:REPORT_TEXT]}")
    return "\n".join(lines)
