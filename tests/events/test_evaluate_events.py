"""Event scorers: per-class P/R/F1, confusion matrix, errors, and the readable report."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from tidings.evaluate import events
from tidings.evaluate.metrics import classification_report

EVENT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "events"


@pytest.mark.parametrize(
    "gold, predicted",
    [(["assault", "assault", "protest", "agree"], ["assault", "protest", "protest", None])],
)
def test_evaluate_events_report_lists_classes_confusion_and_errors(gold, predicted):
    result = classification_report(gold, predicted)
    result["errors"] = [
        {"id": "x1", "text": "Rebels attacked  the town.", "gold": "assault", "predicted": "protest", "trigger": "attacked"}
    ]
    text = events.format_report("toy", result)
    lines = text.splitlines()
    assert lines[0].startswith("toy: n=4  accuracy=0.500")
    assert any(line.split()[1:] == ["assault", "1.000", "0.500", "0.667", "2"] for line in lines if line[:3].strip().isdigit())
    confusion = lines[lines.index("confusion (rows gold, columns predicted; - = no event)") + 1 :]
    # agree (1) went to no event; assault (2) once right, once protest (3).
    assert confusion[1].split() == ["1", ".", ".", ".", "1"]
    assert confusion[2].split() == ["2", ".", "1", "1", "."]
    assert "  x1 | assault -> protest | attacked | Rebels attacked the town." in lines


@pytest.mark.parametrize(
    "name, scorer, extra",
    [
        ("plover_gsr_even.jsonl", events.score_plover_gsr, ()),
        ("case2021_dev.jsonl", events.score_case2021, ()),
        ("universalpetrarch_validation.jsonl", events.score_petrarch, ()),
    ],
)
def test_evaluate_events_scorers_on_dev_rows(tidings_nlp, name, scorer, extra):
    path = EVENT_DATA / name
    if not path.is_file():
        pytest.skip(f"dev set {path} not available")
    rows = events.read_rows(path, 8)
    result = scorer(rows, lambda documents: ((r.document, r.events) for r in tidings_nlp.pipe(documents)), *extra)
    assert result["n"] == len(rows) or name.startswith("universal")
    assert 0.0 <= result["accuracy"] <= 1.0
    assert sum(sum(row.values()) for row in result["confusion"].values()) == result["n"]
    assert all({"precision", "recall", "f1", "support"} <= set(c) for c in result["per_class"].values())
    assert len(result["errors"]) == round(result["n"] * (1 - result["accuracy"]))


def test_evaluate_events_case2021_scores_the_acled_classes_apart():
    labels = [("Armed clash", "Battles", "Armed clash"), ("Attack", "Violence against civilians", "Armed clash"),
              ("Natural disaster", None, "Natural disaster")]  # fmt: skip
    rows = [{"id": f"r{i}", "text": "x", "gold": {"acled_sub_event_type": g, "acled_event_type": t}} for i, (g, t, _) in enumerate(labels)]
    predicted = {f"r{i}": p for i, (_, _, p) in enumerate(labels)}

    def extract(documents):
        for d in documents:
            yield d, [SimpleNamespace(acled_sub_event_type=predicted[d.id], confidence=1.0, trigger=SimpleNamespace(text="x"))]

    result = events.score_case2021(rows, extract)
    assert round(result["weighted_f1"], 3) == 0.556  # all three labels
    assert round(result["acled_weighted_f1"], 3) == 0.333  # the two ACLED snippets: clash right, attack missed
