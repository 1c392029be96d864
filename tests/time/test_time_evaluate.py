"""evaluate_time() on the bundled gold table, and its validation of gold lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tidings

from tidings.errors import EvalError
from tidings.time.evaluate import evaluate_time, load_gold

GOLD = Path(tidings.__file__).resolve().parent / "data" / "eval" / "time_gold.jsonl"


def test_evaluate_gold_table_is_valid_and_large_enough():
    gold = load_gold(GOLD)
    assert len(gold) >= 100
    assert len({(g.doc_id, g.sentence, g.offset) for g in gold}) == len(gold)


def test_evaluate_time_accuracy_on_gold(time_nlp):
    report = evaluate_time(GOLD, nlp=time_nlp)
    assert report["n"] == len(load_gold(GOLD))
    assert report["accuracy"] >= 0.95, report["errors"]
    assert sum(r["n"] for r in report["by_rule"].values()) == report["n"]
    assert len(report["errors"]) == report["n"] - report["correct"]


@pytest.mark.parametrize(
    "change,message",
    [
        ({"offset": 0}, "is not at offset"),
        ({"precision": None}, "all set or all null"),
        ({"precision": "week"}, "day, month or year"),
        ({"pub_date": "June"}, "date"),
    ],
)
def test_evaluate_rejects_bad_gold_lines(tmp_path, change, message):
    line = {"doc_id": "d", "sentence": "It fell on Sunday.", "expression": "Sunday", "offset": 11,
            "pub_date": "2015-06-02", "start": "2015-05-31", "end": "2015-05-31", "precision": "day"}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line | change) + "\n", encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        load_gold(path)


def test_evaluate_missing_table_is_an_eval_error(tmp_path):
    with pytest.raises(EvalError, match="cannot read"):
        load_gold(tmp_path / "nope.jsonl")
