"""Actor scorer (``tidings eval actors``): recognition spans and country + sector coding.

- Spans: ``doc._.actors`` against every gold actor span (``source_spans``,
  ``target_spans``, ``reciprocal_spans``) of the ConfliBERT CAMEO NER rows; precision,
  recall and F1, exact (same character offsets), ``exact_nodet`` (same offsets once a
  leading article or demonstrative is dropped from both sides: ConfliBERT gold keeps "the
  Syrian army" where tidings marks "Syrian army"; reported beside the strict score, never
  instead of it) and overlap (any shared character). Pronouns resolved to their
  antecedent (``alias:pronoun``, ``alias:speaker``) are left out: the gold never marks a
  pronoun as an actor span.
- Coding: for each gold actor of the PLOVER gold records (``actor1_all``/``actor2_all``
  of ``plover_gsr_even.jsonl``, next to the spans file), the predicted mention covering
  its text; accuracy of country, sector, and both (a gold ``null`` must be predicted
  ``null``). A gold text not found in the sentence is skipped (``coding_unlocated``).

Returns a dict and prints nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Optional

from ..annotations import ActorMention
from ..errors import EvalError
from ..model import Document
from .events import read_rows

__all__ = ["PLOVER_FILE", "evaluate_actors"]

PLOVER_FILE = "plover_gsr_even.jsonl"
Process = Callable[[list[Document]], Iterable[Any]]  # results with ``.doc`` (a spaCy Doc)
Span = tuple[int, int]
# Leading words ``exact_nodet`` ignores: articles and demonstratives only.
_DETERMINERS = ("the", "a", "an", "this", "that", "these", "those")
_PRONOUN_METHODS = ("alias:pronoun", "alias:speaker")


def evaluate_actors(path: Path, process: Process, limit: Optional[int] = None) -> dict[str, Any]:
    """Score actor spans on ``path`` (ConfliBERT CAMEO rows) and actor coding on the PLOVER
    gold records in the same folder.

    process (callable): list[Document] -> iterable of results with ``.doc``, in order.
    limit (int | None): at most this many rows of each file.
    RETURNS (dict): span_{exact,exact_nodet,overlap}_{precision,recall,f1}, coding_{country,sector,
        country_sector}_accuracy, counts and ``errors`` (coding misses, for reading).
    """
    rows = [r for r in _rows(path, None) if _gold_spans(r)][:limit]
    result = _score_spans(rows, _predicted(rows, process))
    plover = path.parent / PLOVER_FILE
    if plover.is_file():
        plover_rows = _rows(plover, limit)
        result.update(_score_coding(plover_rows, _predicted(plover_rows, process)))
    return result


def _rows(path: Path, limit: Optional[int]) -> list[dict[str, Any]]:
    try:
        return read_rows(path, limit)
    except (OSError, ValueError) as err:
        raise EvalError(f"Cannot read dev set {path}: {err}.", "Check the dev data folder (--data).") from None


def _gold_spans(row: dict[str, Any]) -> set[Span]:
    gold = row.get("gold") or {}
    return {(s["start"], s["end"]) for key in ("source_spans", "target_spans", "reciprocal_spans") for s in gold.get(key) or []}


def _predicted(rows: list[dict[str, Any]], process: Process) -> list[list[tuple[Span, ActorMention]]]:
    """Each row's actor mentions with their character spans, in row order."""
    documents = [Document(id=row["id"], text=row["text"], date=row.get("date")) for row in rows]
    out = []
    for result in process(documents):
        doc = result.doc
        out.append([((doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)), m) for m in doc._.actors or []])
    return out


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _prf(tp_predicted: int, n_predicted: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    precision = tp_predicted / n_predicted if n_predicted else 0.0
    recall = tp_gold / n_gold if n_gold else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def _without_determiner(text: str, span: Span) -> Span:
    """``span`` less a leading article or demonstrative and the space after it."""
    word, _, rest = text[span[0] : span[1]].partition(" ")
    return (span[1] - len(rest), span[1]) if rest and word.lower() in _DETERMINERS else span


def _score_spans(rows: list[dict[str, Any]], predicted: list[list[tuple[Span, ActorMention]]]) -> dict[str, Any]:
    n_gold = n_pred = exact = exact_nodet = overlap_pred = overlap_gold = 0
    for row, mentions in zip(rows, predicted):
        gold = _gold_spans(row)
        spans = {span for span, m in mentions if m.method not in _PRONOUN_METHODS}
        n_gold += len(gold)
        n_pred += len(spans)
        exact += len(gold & spans)
        exact_nodet += len({_without_determiner(row["text"], g) for g in gold} & {_without_determiner(row["text"], p) for p in spans})
        overlap_pred += sum(any(_overlaps(p, g) for g in gold) for p in spans)
        overlap_gold += sum(any(_overlaps(p, g) for p in spans) for g in gold)
    result: dict[str, Any] = {"span_rows": len(rows), "span_gold": n_gold, "span_predicted": n_pred}
    for name, (tp_pred, tp_gold) in (("exact", (exact, exact)), ("exact_nodet", (exact_nodet, exact_nodet)), ("overlap", (overlap_pred, overlap_gold))):
        p, r, f = _prf(tp_pred, n_pred, tp_gold, n_gold)
        result.update({f"span_{name}_precision": p, f"span_{name}_recall": r, f"span_{name}_f1": f})
    return result


def _locate(text: str, needle: str) -> Optional[Span]:
    """Where the gold actor text is in the sentence (as written, else ignoring case)."""
    at = text.find(needle)
    if at < 0:
        at = text.lower().find(needle.lower())
    return (at, at + len(needle)) if at >= 0 and needle else None


def _covering(span: Span, mentions: list[tuple[Span, ActorMention]]) -> Optional[ActorMention]:
    """The mention sharing most characters with ``span``, or None."""
    best, best_size = None, 0
    for (start, end), mention in mentions:
        size = min(end, span[1]) - max(start, span[0])
        if size > best_size:
            best, best_size = mention, size
    return best


def _score_coding(rows: list[dict[str, Any]], predicted: list[list[tuple[Span, ActorMention]]]) -> dict[str, Any]:
    pairs: list[tuple[dict[str, Any], dict[str, Any], Optional[ActorMention]]] = []
    unlocated = 0
    for row, mentions in zip(rows, predicted):
        seen = set()
        for actor in (*(row["gold"].get("actor1_all") or []), *(row["gold"].get("actor2_all") or [])):
            if not actor.get("text") or actor["text"] in seen or not (actor.get("country") or actor.get("sector")):
                continue
            seen.add(actor["text"])
            span = _locate(row["text"], actor["text"])
            if span is None:
                unlocated += 1
                continue
            pairs.append((row, actor, _covering(span, mentions)))

    def accuracy(fields: tuple[str, ...]) -> float:
        hits = sum(all(actor.get(f) == (getattr(m, f) if m else None) for f in fields) for _, actor, m in pairs)
        return hits / len(pairs) if pairs else 0.0

    errors = [
        {"id": row["id"], "text": row["text"], "gold": f"{actor['text']} {actor.get('country')} {actor.get('sector')}",
         "predicted": f"{m.text} {m.country} {m.sector} [{m.method}]" if m else None}
        for row, actor, m in pairs
        if m is None or (actor.get("country"), actor.get("sector")) != (m.country, m.sector)
    ]  # fmt: skip
    return {
        "coding_actors": len(pairs),
        "coding_unlocated": unlocated,
        "coding_found": sum(m is not None for _, _, m in pairs) / len(pairs) if pairs else 0.0,
        "coding_country_accuracy": accuracy(("country",)),
        "coding_sector_accuracy": accuracy(("sector",)),
        "coding_country_sector_accuracy": accuracy(("country", "sector")),
        "errors": errors,
    }
