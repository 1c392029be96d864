"""``tidings.evaluate.actors``: span and coding scores on a few hand-made rows."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from tidings.evaluate.actors import PLOVER_FILE, evaluate_actors

SPAN_ROWS = [
    {"id": "s1", "text": "Iraqi forces attacked ISIS near Mosul.",
     "gold": {"source_spans": [{"start": 0, "end": 12, "text": "Iraqi forces"}],
              "target_spans": [{"start": 22, "end": 26, "text": "ISIS"}], "reciprocal_spans": []}},
    {"id": "s2", "text": "The weather was fine.", "gold": {"source_spans": [], "target_spans": [], "reciprocal_spans": []}},
    {"id": "s3", "text": "The Syrian army shelled the town.",
     "gold": {"source_spans": [{"start": 0, "end": 15, "text": "The Syrian army"}], "target_spans": [], "reciprocal_spans": []}},
]  # fmt: skip
PLOVER_ROWS = [
    {"id": "p1", "text": "Syrian officials accused Turkey of lying.",
     "gold": {"actor1_all": [{"text": "Syrian officials", "country": "SYR", "sector": "GOV"}],
              "actor2_all": [{"text": "Turkey", "country": "TUR", "sector": None}]}},
    {"id": "p2", "text": "Police arrested them.",
     "gold": {"actor1_all": [{"text": "Police", "country": "EGY", "sector": "COP"}, {"text": "Greek-Cypriot", "country": "CYP"}],
              "actor2_all": []}},
]  # fmt: skip


@pytest.fixture
def dev_dir(tmp_path):
    for name, rows in (("spans.jsonl", SPAN_ROWS), (PLOVER_FILE, PLOVER_ROWS)):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return tmp_path


def test_evaluate_actors_scores_spans_and_coding(nlp, dev_dir):
    def process(documents):
        for document in documents:
            doc = nlp.make_doc(document.text)
            yield SimpleNamespace(doc=nlp(doc))

    result = evaluate_actors(dev_dir / "spans.jsonl", process)
    assert (result["span_rows"], result["span_gold"]) == (2, 3)  # the row without spans is left out
    assert result["span_overlap_recall"] == 1.0 and result["span_exact_recall"] == pytest.approx(2 / 3)
    assert result["span_exact_nodet_recall"] == 1.0  # "The Syrian army" ~ "Syrian army": the article alone differs
    assert (result["coding_actors"], result["coding_unlocated"]) == (3, 1)
    assert result["coding_country_sector_accuracy"] == pytest.approx(2 / 3)  # Police: no country in the text
    assert [e["id"] for e in result["errors"]] == ["p2"]
