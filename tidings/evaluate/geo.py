"""Geo scorers: toponym recognition/resolution and event location on the dev sets.

``evaluate_geoparse`` reads a geoparse JSONL (LGL, TR-News: documents with gold
``toponyms``), ``evaluate_event_locations`` an event-location JSONL (a sentence, an event
verb span, the gold location span(s) or null). Both return a dict and print nothing.
``nlp`` is a ``tidings.pipeline.Tidings``, a spaCy ``Language`` carrying the geo
components, or any callable ``list[Document] -> Iterable[Doc | TidingsDoc]``.
"""

from __future__ import annotations

import math
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Optional

import srsly
from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import EventMention, register_extensions
from ..errors import EvalError
from ..geo.gazetteer import haversine_km
from ..model import Document
from .metrics import precision_recall_f1

__all__ = ["ACCURACY_KM", "evaluate_event_locations", "evaluate_geoparse", "haversine_km"]

ACCURACY_KM = 161.0  # 100 miles, the usual geoparsing threshold
MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the largest possible error
Process = Callable[[list[Document]], Iterable[Doc]]


def _processor(nlp: Any) -> Process:
    if isinstance(nlp, Language):
        register_extensions()
        return lambda documents: nlp.pipe(d.text for d in documents)
    # Tidings.pipe and pipeline callables yield TidingsDoc results: score their spaCy ``.doc``.
    if hasattr(nlp, "pipe") and hasattr(nlp, "nlp"):
        return lambda documents: (getattr(out, "doc", out) for out in nlp.pipe(documents))
    if callable(nlp):
        return lambda documents: (getattr(out, "doc", out) for out in nlp(documents))
    raise EvalError("nlp must be a Tidings, a spaCy Language or a callable.", "Pass tidings.load().")


def _language(nlp: Any) -> Optional[Language]:
    if isinstance(nlp, Language):
        return nlp
    inner = getattr(nlp, "nlp", None)
    return inner if isinstance(inner, Language) else None


def _read(path: str | Path, limit: Optional[int], required: tuple[str, ...]) -> list[dict]:
    path = Path(path)
    if not path.exists():
        raise EvalError(f"no evaluation set at {path}.", "Check the path (shared/data/geo/...).")
    rows = []
    try:
        for row in srsly.read_jsonl(path):
            if any(key not in row for key in required):
                raise ValueError(f"a row lacks one of {required}")
            rows.append(row)
            if limit is not None and len(rows) >= limit:
                break
    except ValueError as e:
        raise EvalError(f"{path} is malformed: {e}.", "Use the files under shared/data/geo.") from e
    return rows


def evaluate_geoparse(path: str | Path, nlp: Any, limit: Optional[int] = None) -> dict:
    """Score toponym recognition and resolution against a geoparse JSONL.

    path: JSONL of documents with gold ``toponyms`` (char offsets, lat/lon or null).
    nlp: Tidings, Language or callable (see module docstring). limit: first N documents.
    RETURNS (dict): docs, gold, predicted; exact/overlap precision, recall, F1;
    accuracy_161 (gold with coordinates that were found: share resolved within 161 km),
    found_within_161 (share of all gold with coordinates found *and* within 161 km),
    median_error_km, auc (area under the curve of each found toponym's error on a log scale,
    ln(1 + km) / ln(1 + 20,039 km), unresolved counting 1: 0 is perfect, lower is better, as
    in Gritta et al. 2018), seconds.
    """
    rows = _read(path, limit, ("id", "text", "toponyms"))
    documents = [Document(id=r["id"], text=r["text"], date=r.get("date")) for r in rows]
    started = time.perf_counter()
    docs = list(_processor(nlp)(documents))
    seconds = time.perf_counter() - started
    n_gold = n_pred = tp_exact = tp_overlap = n_gold_coords = 0
    errors: list[float] = []
    found_with_coords = 0
    for row, doc in zip(rows, docs):
        gold = row["toponyms"]
        predicted = []
        for p in doc._.places or []:
            span = doc[p.start:p.end]
            predicted.append((span.start_char, span.end_char, p))
        n_gold += len(gold)
        n_pred += len(predicted)
        spans = {(s, e) for s, e, _ in predicted}
        tp_exact += sum((g["start"], g["end"]) in spans for g in gold)
        unused = list(predicted)
        for g in gold:
            match = next((x for x in unused if x[0] < g["end"] and g["start"] < x[1]), None)
            has_coords = g.get("lat") is not None and g.get("lon") is not None
            n_gold_coords += has_coords
            if match is None:
                continue
            unused.remove(match)
            tp_overlap += 1
            if not has_coords:
                continue
            found_with_coords += 1
            place = match[2]
            if place.lat is None or place.lon is None:
                errors.append(math.inf)
            else:
                errors.append(haversine_km(g["lat"], g["lon"], place.lat, place.lon))
    within = sum(e <= ACCURACY_KM for e in errors)
    return {
        "docs": len(rows),
        "gold": n_gold,
        "predicted": n_pred,
        "exact": precision_recall_f1(tp_exact, n_pred, n_gold),
        "overlap": precision_recall_f1(tp_overlap, n_pred, n_gold),
        "accuracy_161": round(within / found_with_coords, 4) if found_with_coords else 0.0,
        "found_within_161": round(within / n_gold_coords, 4) if n_gold_coords else 0.0,
        "median_error_km": round(statistics.median(errors), 1) if errors else None,
        "auc": round(statistics.fmean(min(1.0, math.log1p(e) / math.log1p(MAX_ERROR_KM)) for e in errors), 4)
        if errors
        else None,
        "seconds": round(seconds, 2),
    }


def evaluate_event_locations(path: str | Path, nlp: Any, limit: Optional[int] = None) -> dict:
    """Score event location against an event-location JSONL.

    Each row's gold verb becomes an ``EventMention`` (event_type "unknown") whose location
    the ``tidings_event_locations`` component fills. A prediction is right when it overlaps
    any gold location, or when both are null.
    RETURNS (dict): rows, accuracy, precision/recall/F1 of located predictions, exact_share
    (predictions of precision "exact"), by_rule counts {rule: [right, total]}.
    """
    from ..geo.event_location import EventLocator

    rows = _read(path, limit, ("id", "text", "event"))
    language = _language(nlp)
    locator = (
        language.get_pipe("tidings_event_locations")
        if language is not None and "tidings_event_locations" in language.pipe_names
        else EventLocator(language)
    )
    documents = [Document(id=r["id"], text=r["text"], date=r.get("date")) for r in rows]
    right = located = located_right = with_gold = n_exact = 0
    by_rule: Counter = Counter()
    by_rule_right: Counter = Counter()
    for row, doc in zip(rows, _processor(nlp)(documents)):
        gold = row.get("locations") or ([row["location"]] if row.get("location") else [])
        with_gold += bool(gold)
        trigger = doc.char_span(row["event"]["start"], row["event"]["end"], alignment_mode="expand")
        ev = None
        if trigger is not None:
            ev = EventMention(trigger=trigger, event_type="unknown")
            doc._.events = [ev]
            locator(doc)
        loc = ev.location if ev is not None else None
        if loc is None:
            right += not gold
            continue
        span = doc[loc.start:loc.end]
        ok = any(span.start_char < g["end"] and g["start"] < span.end_char for g in gold)
        right += ok
        located += 1
        located_right += ok
        n_exact += ev.location_precision == "exact"
        rule = ev.parts.get("location", "")
        by_rule[rule] += 1
        by_rule_right[rule] += ok
    result = {"rows": len(rows), "accuracy": round(right / len(rows), 4) if rows else 0.0}
    result.update(precision_recall_f1(located_right, located, with_gold))
    result["exact_share"] = round(n_exact / located, 4) if located else 0.0
    result["by_rule"] = {rule: [by_rule_right[rule], n] for rule, n in by_rule.most_common()}
    return result
