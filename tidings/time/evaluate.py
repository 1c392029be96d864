"""Score ``tidings_times`` on a gold table of time expressions in context.

Each gold line (JSONL) gives a real sentence, the expression, where it starts in the
sentence, the publication date and the expected value (``start``/``end``/``precision``,
all null when the expression names no date). The sentence is parsed with spaCy plus
``tidings_times``; the prediction is the time mention overlapping the expression (none:
no value). A line is correct when start, end and precision all match.

``evaluate_attachment`` scores event dates end to end: each gold line names an event of a
bundled corpus article by its trigger's character offsets and gives the date its record
should carry (the expression the sentence dates it with, else the publication date with
precision "reported", or null for an event that may not have happened: future, negated,
hypothetical). The article runs through the full pipeline; the event whose trigger overlaps
the gold trigger is compared on ``date`` and ``date_precision``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, model_validator

from ..errors import EvalError
from ..evaluate.gold import load_gold

__all__ = ["AttachGold", "TimeGold", "evaluate_attachment", "evaluate_time"]


class TimeGold(BaseModel):
    """One gold line: an expression in its sentence and the date it names (or nulls)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    doc_id: str
    sentence: str
    expression: str
    offset: int
    pub_date: dt.date
    start: Optional[dt.date]
    end: Optional[dt.date]
    precision: Optional[str]
    note: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> "TimeGold":
        if self.sentence[self.offset : self.offset + len(self.expression)] != self.expression:
            raise ValueError(f"expression {self.expression!r} is not at offset {self.offset}")
        values = (self.start, self.end, self.precision)
        if any(v is None for v in values) and any(v is not None for v in values):
            raise ValueError("start, end and precision are all set or all null")
        if self.precision not in (None, "day", "month", "year"):
            raise ValueError(f"precision {self.precision!r} is not day, month or year")
        return self


class AttachGold(BaseModel):
    """One event of a corpus article (trigger offsets into its text) and the date its record should carry."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    doc_id: str
    sentence: str
    trigger: str
    start: int
    end: int
    pub_date: dt.date
    date: Optional[dt.date]
    precision: Optional[str]
    note: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> "AttachGold":
        if (self.date is None) != (self.precision is None):
            raise ValueError("date and precision are both set or both null")
        if self.precision not in (None, "day", "month", "year", "reported"):
            raise ValueError(f"precision {self.precision!r} is not day, month, year or reported")
        if self.end - self.start != len(self.trigger):
            raise ValueError(f"trigger {self.trigger!r} does not span {self.start}-{self.end}")
        return self


def evaluate_time(path: str | Path, nlp: Any = None) -> dict[str, Any]:
    """Score time resolution on the gold table at ``path``.

    nlp (Language | None): a pipeline with ``tidings_times``; None builds spaCy + tidings_times.
    RETURNS (dict): ``n``, ``correct``, ``accuracy`` (exact value), ``by_rule`` (predicted rule
        -> n/correct/accuracy; "none" when nothing was predicted) and ``errors`` (one dict per
        wrong line: the gold line plus the predicted value and rule).
    """
    gold = load_gold(path, TimeGold)
    nlp = nlp if nlp is not None else _default_nlp()
    tally = _Tally()
    docs = nlp.pipe(_make_doc(nlp, item) for item in gold)
    for item, doc in zip(gold, docs):
        mention = next(
            (
                t
                for t in doc._.times
                if doc[t.start].idx < item.offset + len(item.expression)
                and item.offset < doc[t.end - 1].idx + len(doc[t.end - 1])
            ),
            None,
        )
        predicted = (mention.value, mention.value_end, mention.precision) if mention else (None, None, None)
        rule = mention.method if mention else "none"
        tally.add(item, predicted, rule, predicted == (item.start, item.end, item.precision))
    return tally.report()


def evaluate_attachment(path: str | Path, nlp: Any = None) -> dict[str, Any]:
    """Score event dates on the attachment gold table at ``path`` (full pipeline).

    nlp (Tidings | None): the tidings pipeline; None loads it.
    RETURNS (dict): ``n``, ``correct``, ``accuracy`` (date and precision both right), ``found``
        (gold events the pipeline found), ``by_rule`` (the record's date rule -> n/correct/
        accuracy; "missed" when no event overlaps the trigger) and ``errors``.
    """
    from ..corpus import corpus_documents

    gold = load_gold(path, AttachGold)
    wanted = {item.doc_id for item in gold}
    documents = [d for d in corpus_documents() if d.id in wanted]
    missing = wanted - {d.id for d in documents}
    if missing:
        raise EvalError(f"{path}: no bundled article {sorted(missing)[0]!r}.", "Fix the doc_id of that line.")
    if nlp is None:
        from ..pipeline import load

        nlp = load()
    events = {result.document.id: (result.document.text, result.events) for result in nlp.pipe(documents)}
    tally = _Tally()
    found = 0
    for item in gold:
        text, records = events[item.doc_id]
        if text[item.start : item.end] != item.trigger:
            raise EvalError(f"{path}: {item.trigger!r} is not at {item.start} in {item.doc_id}.", "Fix that line.")
        overlapping = [e for e in records if e.trigger.start < item.end and item.start < e.trigger.end]
        record = min(overlapping, key=lambda e: abs(e.trigger.start - item.start), default=None)
        predicted = (record.date, record.date_precision) if record else (None, None)
        rule = record.provenance.parts.get("date", "none") if record else "missed"
        found += record is not None
        tally.add(item, predicted, rule, record is not None and predicted == (item.date, item.precision))
    return tally.report() | {"found": found}


class _Tally:
    """Counts of a scoring run: overall, per rule, and the wrong lines."""

    def __init__(self) -> None:
        self.by_rule: dict[str, Counter[str]] = {}
        self.errors: list[dict[str, Any]] = []
        self.n = self.correct = 0

    def add(self, item: BaseModel, predicted: tuple[Any, ...], rule: str, ok: bool) -> None:
        self.n += 1
        self.correct += ok
        self.by_rule.setdefault(rule, Counter()).update(n=1, correct=int(ok))
        if not ok:
            shown = [None if v is None else str(v) for v in predicted]
            self.errors.append(item.model_dump(mode="json") | {"predicted": shown, "rule": rule})

    def report(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "correct": self.correct,
            "accuracy": self.correct / self.n if self.n else 0.0,
            "by_rule": {
                rule: {"n": c["n"], "correct": c["correct"], "accuracy": c["correct"] / c["n"]}
                for rule, c in sorted(self.by_rule.items())
            },
            "errors": self.errors,
        }


def _make_doc(nlp: Any, item: TimeGold) -> Any:
    doc = nlp.make_doc(item.sentence)
    doc._.pub_date = item.pub_date
    return doc


def _default_nlp() -> Any:
    import spacy

    from ..pipeline import SPACY_MODEL
    from . import components  # noqa: F401  registers tidings_times

    nlp = spacy.load(SPACY_MODEL)
    nlp.add_pipe("tidings_times")
    return nlp
