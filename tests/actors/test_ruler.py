"""tidings_actor_ruler: dictionary names in doc.ents, before ner."""

from __future__ import annotations

import pytest
from spacy.tokens import Span


@pytest.mark.parametrize(
    "text,name,label,ent_id",
    [
        ("The U.S. said it would act.", "U.S.", "GPE", "USA"),
        ("Syrian troops advanced.", "Syrian", "NORP", "SYR"),
        ("Fighters of the Islamic State took the town.", "Islamic State", "ORG", "ISIS"),
        ("ISIL fighters took the town.", "ISIL", "ORG", "ISIS"),
        ("Haider al-Abadi spoke on Monday.", "Haider al-Abadi", "PERSON", "haider_al_abadi"),
        ("Haider al Abadi spoke on Monday.", "Haider al Abadi", "PERSON", "haider_al_abadi"),
        ("The Kremlin denied it.", "Kremlin", "ORG", "RUS"),
        ("Amnesty International published a report.", "Amnesty International", "ORG", "AMNESTY"),
    ],
)
def test_ruler_marks_dictionary_names(nlp, text, name, label, ent_id):
    doc = nlp(text)
    ents = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert (name, label, ent_id) in ents


@pytest.mark.parametrize("text,word", [("The us and them.", "us"), ("A turkey dinner in Kilis.", "turkey")])
def test_ruler_single_words_are_case_sensitive(nlp, text, word):
    doc = nlp.get_pipe("tidings_actor_ruler")(nlp.make_doc(text))
    assert all(e.text != word for e in doc.ents)


def test_ruler_keeps_existing_entities(nlp):
    ruler = nlp.get_pipe("tidings_actor_ruler")
    doc = nlp.make_doc("Damascus and Aleppo were shelled.")
    doc.ents = [Span(doc, 0, 1, label="LOC")]
    doc = ruler(doc)
    assert (doc.ents[0].text, doc.ents[0].label_) == ("Damascus", "LOC")


def test_ruler_empty_doc(nlp):
    doc = nlp.get_pipe("tidings_actor_ruler")(nlp.make_doc(""))
    assert len(doc.ents) == 0


@pytest.mark.parametrize("text,name", [("President Omar Hassan al-Bashir spoke.", "Omar Hassan")])
def test_ruler_leaves_a_name_that_goes_on_to_ner(nlp, text, name):
    doc = nlp.get_pipe("tidings_actor_ruler")(nlp.make_doc(text))
    assert all(e.text != name for e in doc.ents)
