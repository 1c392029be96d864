"""The event classifier: the shipped artefact, training maths, and how the component uses it."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from tidings.errors import DataError
from tidings.events.classifier import DEFAULT_CLASSIFIER, HEADS, Classifier, fit_softmax, load_classifier, load_coding
from tidings.events.component import EventFinder
from tidings.events.lexicon import PLOVER_TYPES

MAX_ARTEFACT_BYTES = 50 * 1024 * 1024


def test_classifier_shipped_artefact_is_complete_and_small():
    classifier = load_classifier()
    coding = load_coding()
    assert classifier.labels["type"] == list(PLOVER_TYPES)
    assert classifier.labels["acled"] == list(coding.acled) and len(coding.acled) == 30
    assert classifier.labels["penta"] == ["0", "1", "2", "3", "4"]
    assert classifier.weights.shape == (len(classifier.vocab), sum(len(classifier.labels[h]) for h in HEADS))
    assert sum(p.stat().st_size for p in DEFAULT_CLASSIFIER.iterdir()) <= MAX_ARTEFACT_BYTES
    for name in ("SOURCES.md", "MODEL_CARD.md"):
        assert (DEFAULT_CLASSIFIER / name).is_file()


@pytest.mark.parametrize("seed", [0])
def test_classifier_fit_softmax_learns_and_is_deterministic(seed: int):
    rng = np.random.default_rng(seed)
    rows, targets = [], []
    for _ in range(60):
        label = int(rng.integers(3))
        rows.append(["bias", f"cue{label}", f"noise{int(rng.integers(5))}"])
        targets.append(label)
    vocab = {f: i for i, f in enumerate(sorted({f for row in rows for f in row}))}
    first = fit_softmax(rows, targets, vocab, 3, epochs=60)
    again = fit_softmax(rows, targets, vocab, 3, epochs=60)
    assert np.array_equal(first, again)
    labels = {"type": ["a", "b", "c"], "mode": ["a:"], "penta": ["0"], "acled": ["OTHER"]}
    model = Classifier(vocab, labels, np.concatenate([first, np.zeros((len(vocab), 3), np.float32)], axis=1), {})
    predicted = model.predict(rows)["type"].argmax(axis=1)
    assert (predicted == np.asarray(targets)).all()


def test_classifier_roundtrip_to_disk(tmp_path: Path):
    shipped = load_classifier()
    shipped.to_disk(tmp_path)
    again = Classifier.from_disk(tmp_path)
    assert again.vocab == shipped.vocab and again.labels == shipped.labels and again.version == shipped.version
    rows = [["bias", "w=protest", "w=rally"], ["bias", "w=airstrike"]]
    for head, probs in shipped.predict(rows).items():
        assert np.allclose(probs, again.predict(rows)[head], atol=1e-3)


@pytest.mark.parametrize("content", ["", "{not json"])
def test_classifier_broken_artefact_is_a_data_error(tmp_path: Path, content: str):
    (tmp_path / "model.json").write_text(content)
    with pytest.raises(DataError, match="Invalid event classifier"):
        Classifier.from_disk(tmp_path)


@pytest.mark.parametrize(
    "text, sub_event_type, trigger",
    [
        ("Drug traffickers smuggled tonnes of cocaine across the border.", "Organized crime", "smuggled"),
    ],
)
def test_classifier_model_only_event_carries_non_acled_kind(tidings_nlp, text: str, sub_event_type: str, trigger: str):
    (event,) = tidings_nlp(text).events
    assert event.acled_sub_event_type == sub_event_type and event.acled_event_type is None
    assert event.trigger.text == trigger
    assert event.provenance.method.startswith("model:plover-clf@")
    assert event.provenance.parts["type"] == event.provenance.method


@pytest.mark.parametrize(
    "text, sub_event_type, source",
    [("Police seized a large cache of weapons and ammunition from a house in the town.", "Disrupted weapons use",
      "acled:DISR_WEAP (seized)")],
)  # fmt: skip
def test_classifier_acled_coder_label_overrides_rule(tidings_nlp, text: str, sub_event_type: str, source: str):
    """The sentence's label from the ACLED coder replaces the trigger rule's own ("seize": arrest)."""
    best = max(tidings_nlp(text).events, key=lambda e: e.confidence)
    assert best.provenance.method.startswith("rule:plover.")
    assert best.acled_sub_event_type == sub_event_type
    assert best.provenance.parts["acled"] == source


@pytest.mark.parametrize("text", ["Russian troops shelled the village of Krasne on Tuesday."])
def test_classifier_without_weights_rules_decide_alone(tidings_nlp, tmp_path: Path, text: str):
    shutil.copyfile(DEFAULT_CLASSIFIER / "coding.yaml", tmp_path / "coding.yaml")
    finder = EventFinder(classifier_path=tmp_path)
    assert finder.classifier is None
    doc = tidings_nlp.nlp(text)
    events = finder(doc)._.events
    assert events and all(e.method.startswith("rule:plover.") for e in events)


def test_classifier_model_event_sits_on_what_is_said_not_on_the_saying(tidings_nlp):
    events = tidings_nlp("The bomb was placed in a market, stated the information minister, and was left there.").events
    assert "stated" not in [e.trigger.text for e in events]
    assert any(e.trigger.text == "placed" and e.attribution.status == "claimed" for e in events)


@pytest.mark.parametrize("text", ["A powerful earthquake hit the city on Monday."])
def test_classifier_no_model_event_when_the_doer_is_not_an_actor(tidings_nlp, text: str):
    assert tidings_nlp(text).events == []


@pytest.mark.parametrize(
    "text, event_trigger, sub_event_type",
    [
        ("The U.S. embassy accused the Syrian regime of carrying out air strikes in support of ISIS.",
         "air strikes", "Air/drone strike"),
        ("Saudi-led coalition forces agreed a five-day ceasefire in Yemen despite air strikes on Sanaa.",
         "air strikes", "Air/drone strike"),
    ],
)  # fmt: skip
def test_classifier_acled_label_goes_to_the_event_it_fits(tidings_nlp, text, event_trigger, sub_event_type):
    """The air strikes keep their own ACLED label beside the accusation or the ceasefire around
    them (what those carry: ``tests/events/test_acled.py``)."""
    events = tidings_nlp(text).events
    assert [e.acled_sub_event_type for e in events if e.trigger.text == event_trigger] == [sub_event_type]


def test_classifier_coding_with_an_unknown_plover_type_is_a_data_error(tmp_path: Path):
    text = (DEFAULT_CLASSIFIER / "coding.yaml").read_text(encoding="utf-8")
    bad = text.replace("plover: [assault]", "plover: [assualt]", 1)
    assert bad != text
    (tmp_path / "coding.yaml").write_text(bad, encoding="utf-8")
    with pytest.raises(DataError, match="assualt"):
        load_coding(tmp_path / "coding.yaml")
