"""Score ``tidings_times`` on a gold table of time expressions in context.

Each gold line (JSONL) gives a real sentence, the expression, where it starts in the
sentence, the publication date and the expected value (``start``/``end``/``precision``,
all null when the expression names no date). The sentence is parsed with spaCy plus
``tidings_times``; the prediction is the time mention overlapping the expression (none:
no value). A line is correct when start, end and precision all match.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from ..errors import EvalError

__all__ = ["TimeGold", "evaluate_time", "load_gold"]


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


def load_gold(path: str | Path) -> list[TimeGold]:
    """Read and validate a gold table. RETURNS (list[TimeGold]). Raises EvalError."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise EvalError(f"cannot read time gold table {path}: {e.strerror}.", "Check the path.") from e
    gold = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            gold.append(TimeGold.model_validate_json(line))
        except ValidationError as e:
            first = e.errors()[0]
            raise EvalError(f"{path}:{number}: {first['msg']}.", "Fix that line of the gold table.") from e
    return gold


def evaluate_time(path: str | Path, nlp: Any = None) -> dict[str, Any]:
    """Score time resolution on the gold table at ``path``.

    nlp (Language | None): a pipeline with ``tidings_times``; None builds spaCy + tidings_times.
    RETURNS (dict): ``n``, ``correct``, ``accuracy`` (exact value), ``by_rule`` (predicted rule
        -> n/correct/accuracy; "none" when nothing was predicted) and ``errors`` (one dict per
        wrong line: the gold line plus the predicted value and rule).
    """
    gold = load_gold(path)
    nlp = nlp if nlp is not None else _default_nlp()
    by_rule: dict[str, Counter[str]] = {}
    errors = []
    correct = 0
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
        ok = predicted == (item.start, item.end, item.precision)
        correct += ok
        by_rule.setdefault(rule, Counter()).update(n=1, correct=int(ok))
        if not ok:
            errors.append(
                item.model_dump(mode="json")
                | {"predicted": [None if v is None else str(v) for v in predicted], "rule": rule}
            )
    return {
        "n": len(gold),
        "correct": correct,
        "accuracy": correct / len(gold) if gold else 0.0,
        "by_rule": {
            rule: {"n": c["n"], "correct": c["correct"], "accuracy": c["correct"] / c["n"]}
            for rule, c in sorted(by_rule.items())
        },
        "errors": errors,
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
