"""The hand-annotated attribution set (data/eval/claims_gold.jsonl) and its scorer."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import tidings
from tidings import Document
from tidings.errors import EvalError
from tidings.evaluate.claims import CUES, evaluate_claims, load_claims_gold
from tidings.model import STATUSES

GOLD = Path(tidings.__file__).resolve().parent / "data" / "eval" / "claims_gold.jsonl"
SEED_GOLD = Path(__file__).resolve().parent / "data" / "seed_claims.jsonl"

TEXT = "Government forces shelled the town, activists said. Rebels attacked a convoy near Aleppo."
DOCS = {"t1": Document(id="t1", text=TEXT, date="2020-01-10")}


def span(text: str, nth: int = 0) -> dict:
    start = TEXT.index(text) if not nth else TEXT.index(text, TEXT.index(text) + 1)
    return {"text": text, "start": start, "end": start + len(text)}


def line(trigger: str, status: str, source: str | None, sentence: str = TEXT[:51], change: dict | None = None) -> dict:
    src = span(source) if source else None
    return {"id": f"x-{trigger}", "doc_id": "t1", "date": "2020-01-10", "sentence": span(sentence),
            "trigger": span(trigger), "status": status, "cue": "said" if source else "none",
            "source": src, "chain": [src] if src else [], "plover_type": "assault"} | (change or {})


def write(tmp_path: Path, *lines: dict) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def nlp_process(nlp):
    return lambda documents: nlp.pipe(documents)


def test_claims_gold_is_valid_and_covers_the_issue():
    gold = load_claims_gold(GOLD)
    statuses = Counter(item.status for item in gold)
    assert len(gold) >= 170
    assert len({item.id for item in gold}) == len(gold)
    assert all(statuses[s] >= 8 for s in STATUSES), statuses
    assert 0.2 <= statuses["asserted"] / len(gold) <= 0.3
    assert {item.cue for item in gold} == set(CUES)
    assert sum(len(item.chain) > 1 for item in gold) >= 5


@pytest.mark.parametrize(
    "change, message",
    [
        ({"trigger": {"text": "shelled", "start": 0, "end": 7}}, "trigger 'shelled' is not at 0:7"),
        ({"doc_id": "nowhere"}, "unknown document 'nowhere'"),
        ({"status": "rumoured"}, "Input should be 'asserted'"),
        ({"status": "asserted"}, "an asserted event has no source"),
        ({"chain": []}, "the chain must end with the source"),
        ({"cue": "whispered"}, "Input should be 'said'"),
        ({"plover_type": "election"}, "unknown PLOVER type 'election'"),
    ],
)
def test_claims_gold_rejects_bad_lines(tmp_path, change, message):
    path = write(tmp_path, line("attacked", "asserted", None, TEXT[52:]), line("shelled", "claimed", "activists", change=change))
    with pytest.raises(EvalError, match=rf"gold.jsonl:2: .*{message}"):
        load_claims_gold(path, {"t1": TEXT})


def test_claims_gold_denied_needs_a_source(tmp_path):
    with pytest.raises(EvalError, match="gold.jsonl:1: .*needs the source"):
        load_claims_gold(write(tmp_path, line("shelled", "denied", None)), {"t1": TEXT})


def test_claims_gold_missing_file_is_an_eval_error(tmp_path):
    with pytest.raises(EvalError, match="cannot read"):
        load_claims_gold(tmp_path / "none.jsonl", {})


def test_claims_evaluate_scores_the_real_pipeline(tmp_path, tidings_nlp):
    path = write(
        tmp_path,
        line("shelled", "claimed", "activists"),
        line("attacked", "asserted", None, TEXT[52:]),
        line("town", "asserted", None, change={"plover_type": None}),  # no event there: a miss, counted wrong
    )
    report = evaluate_claims(path, nlp_process(tidings_nlp), documents=DOCS)
    assert (report["n"], report["found"]) == (3, 2)
    assert report["status_accuracy"] == pytest.approx(2 / 3, abs=1e-3)
    assert report["source_exact"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert report["confusion"]["asserted"] == {"asserted": 1, "missing": 1}
    assert [e["trigger"] for e in report["errors"]] == ["town"]
    assert report["plover"] == {"n": 2, "found": 2, "status_accuracy": 1.0, "source_accuracy": 1.0}
    assert report["outside_plover"] == {"n": 1, "found": 0, "status_accuracy": 0.0, "source_accuracy": 1.0}


def test_claims_evaluate_given_trigger_scores_events_not_found(tmp_path, tidings_nlp):
    # "town" is no event, so end to end it is a miss; taken as the event it is the activists' claim.
    path = write(tmp_path, line("shelled", "claimed", "activists"), line("town", "claimed", "activists"))
    report = evaluate_claims(path, nlp_process(tidings_nlp), documents=DOCS, language=tidings_nlp.nlp)
    assert (report["found"], report["status_accuracy"]) == (1, 0.5)
    assert report["given_trigger"] == {"n": 2, "status_accuracy": 1.0}
    assert evaluate_claims(path, nlp_process(tidings_nlp), documents=DOCS)["given_trigger"] == {}


def test_claims_evaluate_bundled_set_with_limit(tidings_nlp):
    report = evaluate_claims(GOLD, nlp_process(tidings_nlp), limit=10)
    gold = load_claims_gold(GOLD)[:10]
    exact = report["source_exact"]
    assert report["n"] == 10 and 0 <= report["found"] <= 10
    assert exact["tp"] + exact["fn"] == sum(item.source is not None for item in gold)
    assert sum(sum(row.values()) for row in report["confusion"].values()) == 10
    assert sum(row["n"] for row in report["by_cue"].values()) == 10
    assert all(0.0 <= report[k] <= 1.0 for k in ("found_rate", "status_accuracy", "chain_accuracy"))


def test_claims_evaluate_seed_items_run(tidings_nlp, seed_record):
    document = Document.model_validate(seed_record)
    report = evaluate_claims(SEED_GOLD, nlp_process(tidings_nlp), documents={document.id: document})
    assert report["n"] == len(load_claims_gold(SEED_GOLD, {document.id: document.text})) >= 10
    assert report["found"] >= report["n"] - 2
