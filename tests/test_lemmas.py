"""The ``tidings_lemmas`` component mends the verb lemmas spaCy's rule lemmatizer gets wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.errors import DataError
from tidings.lemmas import load_lemma_fixes


@pytest.mark.parametrize(
    "sentence, word, lemma",
    [
        ("They said they hoped the talks would resume.", "hoped", "hope"),
        ("The court fined the newspaper for defamation.", "fined", "fine"),
        ("Opposition supporters staged a protest in the capital.", "staged", "stage"),
        ("The rebels waged war on the government.", "waged", "wage"),
        ("Government forces retook the town on Sunday.", "retook", "retake"),
    ],
)
def test_lemmas_mended_on_verbs(tidings_nlp, sentence, word, lemma):
    doc = tidings_nlp(sentence).doc
    assert [t.lemma_ for t in doc if t.text == word] == [lemma]


def test_lemmas_participle_read_as_adjective_is_the_verb(tidings_nlp):
    """The tagger reads "slain" after "was" as an adjective here: it is the verb's participle."""
    doc = tidings_nlp("Saudi Arabia denied all claims that Khashoggi was slain, however, a report said.").doc
    assert [(t.lemma_, t.pos_, t.tag_) for t in doc if t.text == "slain"] == [("slay", "VERB", "VBN")]


def test_lemmas_leave_nouns_alone(tidings_nlp):
    doc = tidings_nlp("Hopes for a deal faded as fines were paid.").doc
    assert [t.lemma_ for t in doc if t.lower_ in ("hopes", "fines")] == ["hope", "fine"]


def test_lemmas_mended_verb_reaches_the_events(tidings_nlp):
    """ "fined" was "fin" to the lexicon: no sanction event."""
    events = tidings_nlp("The court fined the newspaper for defamation.").events
    assert [(e.trigger.text, e.event_type) for e in events] == [("fined", "sanction")]


def test_lemmas_bad_file_is_a_data_error(tmp_path: Path):
    bad = tmp_path / "lemmas.yaml"
    bad.write_text("hope: hoped\n", encoding="utf-8")
    with pytest.raises(DataError):
        load_lemma_fixes(bad)
