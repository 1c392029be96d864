"""evaluate_time() on the bundled gold table, and its validation of gold lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tidings

from tidings.errors import EvalError
from tidings.evaluate.gold import load_gold
from tidings.time.evaluate import AttachGold, TimeGold, evaluate_attachment, evaluate_time

GOLD = Path(tidings.__file__).resolve().parent / "data" / "eval" / "time_gold.jsonl"
ATTACH_GOLD = GOLD.with_name("time_attach_gold.jsonl")


def test_evaluate_gold_table_is_valid_and_large_enough():
    gold = load_gold(GOLD, TimeGold)
    assert len(gold) >= 200
    assert len({(g.doc_id, g.sentence, g.offset) for g in gold}) == len(gold)


def test_evaluate_time_accuracy_on_gold(time_nlp):
    report = evaluate_time(GOLD, nlp=time_nlp)
    assert report["n"] == len(load_gold(GOLD, TimeGold))
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
        load_gold(path, TimeGold)


def test_evaluate_missing_table_is_an_eval_error(tmp_path):
    with pytest.raises(EvalError, match="cannot read"):
        load_gold(tmp_path / "nope.jsonl", TimeGold)


def test_evaluate_attachment_gold_is_valid_and_large_enough():
    gold = load_gold(ATTACH_GOLD, AttachGold)
    assert len(gold) >= 60
    assert len({(g.doc_id, g.start) for g in gold}) == len(gold)
    assert {g.precision for g in gold} >= {None, "day", "month", "year", "reported"}


def test_evaluate_attachment_accuracy_on_gold(tidings_nlp):
    report = evaluate_attachment(ATTACH_GOLD, nlp=tidings_nlp)
    assert report["found"] == report["n"]
    assert report["accuracy"] >= 0.9, report["errors"]


@pytest.mark.parametrize(
    "change,message",
    [
        ({"precision": None}, "both set or both null"),
        ({"precision": "week"}, "reported"),
        ({"end": 3}, "does not span"),
    ],
)
def test_evaluate_rejects_bad_attachment_lines(tmp_path, change, message):
    line = {"doc_id": "d", "sentence": "It fell on Sunday.", "trigger": "fell", "start": 3, "end": 7,
            "pub_date": "2015-06-02", "date": "2015-05-31", "precision": "day"}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line | change) + "\n", encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        load_gold(path, AttachGold)
