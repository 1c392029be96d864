"""Score attribution (who says so, and with what standing) on the hand-annotated claims set.

Each gold line (JSONL, ``data/eval/claims_gold.jsonl``) is one event in a real sentence of a
bundled Wikinews article: the sentence, the event trigger, the expected ``status``, the
expected source span (null when the outlet narrates it) and the source ``chain`` (who reports
whom, outermost first; ``[source]`` when not nested). All spans carry character offsets into
the document text. ``cue`` says what ties the event to its source (``said``,
``according-to``, ``posted``, ``quote-after``, ``hedge``, ``none`` …), for a per-cue breakdown.
``plover_type`` is the PLOVER type of the marked event, or null for an event outside PLOVER's
16 types (a natural death, an accident, an election), which tidings by design never records;
``plover_note`` says why. These scope labels were made blind to tidings' output, from the
sentence and the PLOVER codebook alone.

Source spans follow one convention: the speaker's noun phrase without a leading lowercase
determiner or possessive pronoun, with its titles, pre-modifiers and prepositional
post-modifiers ("Hospital officials in Omsk"), without comma appositions, relative clauses
or parenthesised abbreviations. A medium (a statement, a tweet, a report) stands for its
author when the author is named ("a statement released by the Supreme Court" → "Supreme
Court") and is the source itself when not ("according to the reports" → "reports").

Scoring runs the pipeline once per document and takes the predicted event whose trigger
overlaps the gold trigger (the exact span first, then the largest overlap); no such event is
a miss, scored as a wrong status and a missed source.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, model_validator
from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import EventMention
from ..errors import EvalError
from ..events.lexicon import PLOVER_TYPES
from ..events.modality import event_modality, load_modality
from ..model import STATUSES, Document, Event, Status, TextSpan
from .gold import load_gold
from .metrics import classification_report, precision_recall_f1

__all__ = ["CUES", "ClaimGold", "evaluate_claims", "load_claims_gold"]

Cue = Literal[
    "said", "told", "claimed", "alleged", "accused", "denied", "confirmed", "according-to", "reports",
    "statement", "posted", "quote-before", "quote-after", "anonymous", "hedge", "none",
]
CUES: tuple[str, ...] = Cue.__args__  # type: ignore[attr-defined]
MISSING = "missing"
Process = Callable[[list[Document]], Iterable[Any]]


class ClaimGold(BaseModel):
    """One gold line: an event in its sentence, its expected status, source and chain."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    doc_id: str
    date: dt.date
    sentence: TextSpan
    trigger: TextSpan
    status: Status
    cue: Cue
    source: Optional[TextSpan]
    chain: list[TextSpan]
    plover_type: Optional[str]
    plover_note: str = ""
    note: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> "ClaimGold":
        sentence = self.sentence
        if not sentence.start <= self.trigger.start < self.trigger.end <= sentence.end:
            raise ValueError(f"trigger {self.trigger.text!r} is not inside the sentence")
        if self.source is None and self.chain:
            raise ValueError("a chain needs a source")
        if self.source is not None and (not self.chain or self.chain[-1] != self.source):
            raise ValueError("the chain must end with the source")
        if self.status == "asserted" and self.source is not None:
            raise ValueError("an asserted event has no source")
        if self.status == "denied" and self.source is None:
            raise ValueError("a denied event needs the source that denies it")
        if self.plover_type is not None and self.plover_type not in PLOVER_TYPES:
            raise ValueError(f"unknown PLOVER type {self.plover_type!r}")
        return self

    def spans(self) -> list[tuple[str, TextSpan]]:
        """Every span of the line with its field name."""
        named = [("sentence", self.sentence), ("trigger", self.trigger)]
        named += [("source", self.source)] if self.source is not None else []
        return named + [(f"chain[{i}]", span) for i, span in enumerate(self.chain)]


def load_claims_gold(path: str | Path, texts: Optional[Mapping[str, str]] = None) -> list[ClaimGold]:
    """Read and validate a claims gold table.

    path (str | Path): the JSONL file.
    texts (Mapping[str, str] | None): document id -> text, to check every span's offsets
        (``text[start:end] == span text``); None uses the bundled corpus.
    RETURNS (list[ClaimGold]). Raises EvalError naming the first bad line.
    """
    if texts is None:
        texts = {document.id: document.text for document in _corpus()}
    gold = load_gold(path, ClaimGold)
    numbers = [n for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1) if line.strip()]
    for number, item in zip(numbers, gold):
        problem = _offset_problem(item, texts)
        if problem:
            raise EvalError(f"{path}:{number}: {problem}.", "Fix that line of the gold table.")
    return gold


def evaluate_claims(
    path: str | Path,
    process: Process,
    limit: Optional[int] = None,
    documents: Optional[Mapping[str, Document]] = None,
    language: Optional[Language] = None,
) -> dict[str, Any]:
    """Score attribution on the gold table at ``path``.

    process (callable): list[Document] -> iterable of results with ``.document`` and ``.events``
        (e.g. ``lambda docs: nlp.pipe(docs)`` with ``nlp = tidings.load()``).
    limit (int | None): score only the first N lines.
    documents (Mapping[str, Document] | None): the documents by id; None uses the bundled corpus.
    language (Language | None): the pipeline's spaCy ``Language`` whose results ``process``
        yields (with ``.doc``), to score ``given_trigger``; None leaves it out.
    RETURNS (dict): ``n``; ``found`` / ``found_rate`` (gold events with an overlapping predicted
        trigger); ``status_accuracy`` (a missed event counts wrong) and ``status_macro_f1``;
        ``source_exact`` / ``source_overlap`` (precision, recall, f1, tp, fp, fn: a predicted
        source on an item whose gold has none is a false positive, a wrong one is both);
        ``chain_accuracy`` (exact chain, all lines; a prediction without a chain stands for
        ``[source]``) and ``chain_nested`` (the same on gold chains of two or more);
        ``on_found`` (status and exact source accuracy on the found events only: attribution
        apart from event detection); ``given_trigger`` (status accuracy on every line when its
        gold trigger is taken as an event, found or not: modality, attribution and tense on
        their own, as event factuality is scored with gold events; only with ``language``);
        ``plover`` and ``outside_plover`` (the lines whose event is of a PLOVER type, and the
        others: n, found, status accuracy, exact source accuracy); ``by_status`` and ``by_cue``
        (the same by gold status and by cue); ``confusion``
        (gold status -> predicted status -> n, ``missing`` for a missed event); ``errors``.
    """
    documents = documents if documents is not None else {d.id: d for d in _corpus()}
    gold = load_claims_gold(path, {doc_id: d.text for doc_id, d in documents.items()})
    gold = gold[:limit] if limit is not None else gold
    doc_ids = list(dict.fromkeys(item.doc_id for item in gold))
    events: dict[str, list[Event]] = {}
    docs: dict[str, Doc] = {}
    for result in process([documents[doc_id] for doc_id in doc_ids]):
        events[result.document.id] = list(result.events)
        if language is not None:
            docs[result.document.id] = result.doc

    exact: Counter[str] = Counter()
    overlap: Counter[str] = Counter()
    rows = []
    for item in gold:
        event = _matching_event(item.trigger, events.get(item.doc_id, []))
        source = event.attribution.source if event is not None else None
        status = event.attribution.status if event is not None else MISSING
        chain = _chain(event)
        source_exact = _score_source(exact, item.source, source, _same)
        _score_source(overlap, item.source, source, _overlaps)
        chain_ok = [(s.start, s.end) for s in item.chain] == chain
        rows.append((item, event, status, source_exact, chain_ok))

    statuses = classification_report([item.status for item, *_ in rows], [status for _, _, status, _, _ in rows])
    nested = [ok for item, *_, ok in rows if len(item.chain) > 1]
    found = [row for row in rows if row[1] is not None]
    return {
        "n": len(rows),
        "found": len(found),
        "found_rate": _share(len(found), len(rows)),
        "status_accuracy": round(statuses["accuracy"], 4),
        "status_macro_f1": round(statuses["macro_f1"], 4),
        "source_exact": _span_scores(exact),
        "source_overlap": _span_scores(overlap),
        "chain_accuracy": _share(sum(ok for *_, ok in rows), len(rows)),
        "chain_nested": {"n": len(nested), "accuracy": _share(sum(nested), len(nested))},
        "on_found": {
            "n": len(found),
            "status_accuracy": _share(sum(item.status == status for item, _, status, *_ in found), len(found)),
            "source_accuracy": _share(sum(ok for *_, ok, _ in found), len(found)),
        },
        "given_trigger": _given_trigger(gold, docs, language) if language is not None else {},
        "plover": _summary([row for row in rows if row[0].plover_type is not None]),
        "outside_plover": _summary([row for row in rows if row[0].plover_type is None]),
        "by_status": _breakdown(rows, lambda item: item.status),
        "by_cue": _breakdown(rows, lambda item: item.cue),
        "confusion": statuses["confusion"],
        "errors": [_error(*row) for row in rows if not (row[0].status == row[2] and row[3] and row[4])],
    }


def _given_trigger(gold: list[ClaimGold], docs: Mapping[str, Doc], language: Language) -> dict[str, Any]:
    """Status accuracy with each gold trigger taken as an event of its own (see ``evaluate_claims``):
    its wording's status, then the stages after event coding (attribution, tense)."""
    modality = load_modality()
    stages = [language.get_pipe(name) for name in ("tidings_attribution", "tidings_event_dates")]
    right = 0
    for item in gold:
        doc = docs[item.doc_id]
        span = doc.char_span(item.trigger.start, item.trigger.end, alignment_mode="expand")
        event = EventMention(trigger=span, event_type="unknown", status=event_modality(span.root, modality).status or "asserted")
        doc._.events = [event]  # the doc's records are already made: only this event is attributed
        for stage in stages:
            stage(doc)
        right += event.status == item.status
    return {"n": len(gold), "status_accuracy": _share(right, len(gold))}


def _corpus() -> Iterable[Document]:
    from ..corpus import corpus_documents

    return corpus_documents()


def _offset_problem(item: ClaimGold, texts: Mapping[str, str]) -> str:
    text = texts.get(item.doc_id)
    if text is None:
        return f"unknown document {item.doc_id!r}"
    for name, span in item.spans():
        if text[span.start : span.end] != span.text:
            return f"{name} {span.text!r} is not at {span.start}:{span.end} of {item.doc_id}"
    return ""


def _overlaps(a: Any, b: Any) -> bool:
    return a.start < b.end and b.start < a.end


def _same(a: Any, b: Any) -> bool:
    return (a.start, a.end) == (b.start, b.end)


def _matching_event(trigger: TextSpan, events: list[Event]) -> Optional[Event]:
    """The predicted event on the gold trigger: the exact span first, then the largest overlap."""
    candidates = [e for e in events if _overlaps(e.trigger, trigger)]
    if not candidates:
        return None
    return max(
        candidates,
        key=lambda e: (_same(e.trigger, trigger), min(e.trigger.end, trigger.end) - max(e.trigger.start, trigger.start)),
    )


def _chain(event: Optional[Event]) -> list[tuple[int, int]]:
    if event is None:
        return []
    chain = event.attribution.chain or ([event.attribution.source] if event.attribution.source else [])
    return [(a.start, a.end) for a in chain]


def _score_source(counts: Counter[str], gold: Optional[TextSpan], predicted: Any, match: Callable[[Any, Any], bool]) -> bool:
    """Count one item's source as tp / fp / fn. RETURNS (bool): whether it is right."""
    if gold is None and predicted is None:
        return True
    if gold is not None and predicted is not None and match(gold, predicted):
        counts["tp"] += 1
        return True
    counts["fp"] += predicted is not None
    counts["fn"] += gold is not None
    return False


def _span_scores(counts: Counter[str]) -> dict[str, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return precision_recall_f1(tp, tp + fp, tp + fn) | {"tp": tp, "fp": fp, "fn": fn}


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _breakdown(rows: list[tuple], key: Callable[[ClaimGold], str]) -> dict[str, dict[str, float]]:
    groups: dict[str, list[tuple]] = {}
    for row in rows:
        groups.setdefault(key(row[0]), []).append(row)
    order = {name: i for i, name in enumerate(STATUSES + CUES)}
    return {name: _summary(group) for name, group in sorted(groups.items(), key=lambda kv: order.get(kv[0], len(order)))}


def _summary(rows: list[tuple]) -> dict[str, float]:
    """n, found (events predicted), status accuracy and exact source accuracy of some rows."""
    return {
        "n": len(rows),
        "found": sum(event is not None for _, event, *_ in rows),
        "status_accuracy": _share(sum(item.status == status for item, _, status, *_ in rows), len(rows)),
        "source_accuracy": _share(sum(ok for *_, ok, _ in rows), len(rows)),
    }


def _error(item: ClaimGold, event: Optional[Event], status: str, source_ok: bool, chain_ok: bool) -> dict[str, Any]:
    source = event.attribution.source if event is not None else None
    return {
        "id": item.id,
        "sentence": item.sentence.text,
        "trigger": item.trigger.text,
        "predicted_trigger": event.trigger.text if event is not None else None,
        "status": [item.status, status],
        "source": [item.source.text if item.source else None, source.text if source else None],
        "chain": [[s.text for s in item.chain], [a.text for a in event.attribution.chain] if event else []],
        "rule": event.provenance.parts.get("attribution") if event is not None else None,
        "wrong": [part for part, ok in (("status", item.status == status), ("source", source_ok), ("chain", chain_ok)) if not ok],
    }
