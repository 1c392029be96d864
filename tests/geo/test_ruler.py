import pytest
from spacy.tokens import Span


@pytest.mark.parametrize(
    "text,name,labels",
    [
        ("ISIS fighters advanced around the city of Aleppo.", "Aleppo", {"GPE"}),
        ("The army shelled the town of al-Bab in the northeast.", "al-Bab", {"GPE"}),
        ("Rebels fled to Al-Bab on Monday.", "Al-Bab", {"GPE"}),
        ("They moved closer to the Turkish province of Kilis.", "Kilis", {"GPE"}),
        ("They moved closer to the Bab al-Salam crossing.", "Bab al-Salam crossing", {"FAC"}),
    ],
)
def test_ruler_marks_places(nlp, text, name, labels):
    doc = nlp(text)
    assert any(ent.text == name and ent.label_ in labels for ent in doc.ents)


@pytest.mark.parametrize(
    "text,word",
    [
        ("Paris Hilton arrived late.", "Paris"),
        ("We live in Hope of better days.", "Hope"),
        ("Most of them stayed.", "Most"),
    ],
)
def test_ruler_skips_names_and_common_words(nlp, text, word):
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser", "attribute_ruler", "tidings_place_ruler"]):
        doc = nlp(text)
    assert not any(ent.text == word for ent in doc.ents)


def test_ruler_keeps_existing_entities(nlp):
    ruler = nlp.get_pipe("tidings_place_ruler")
    doc = nlp.make_doc("The Levant Front fought near Aleppo.")
    for name, proc in nlp.pipeline[:4]:
        doc = proc(doc)
    doc.ents = [Span(doc, 1, 4, label="ORG")]
    doc = ruler(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Levant Front fought", "ORG"), ("Aleppo", "GPE")]


@pytest.mark.parametrize("text", ["", "   ", "🙂🙂", "\u200b\n\n"])
def test_ruler_odd_text(nlp, text):
    assert nlp(text)._.places == []


@pytest.mark.parametrize(
    "text,name",
    [
        ("MANSFIELD, Ohio -- Police arrested two men on Friday.", "MANSFIELD"),
        ("TORRINGTON — The city council met on Monday.", "TORRINGTON"),
    ],
)
def test_ruler_marks_all_caps_dateline(nlp, text, name):
    doc = nlp(text)
    assert any(ent.text == name and ent.label_ == "GPE" for ent in doc.ents)
    assert any(p.text == name and p.country == "USA" for p in doc._.places)


def test_ruler_skips_all_caps_words_that_are_not_places(nlp):
    doc = nlp("BREAKING -- The council voted on Monday.")
    assert not any(ent.text == "BREAKING" for ent in doc.ents)


def test_ruler_marks_county_names(nlp):
    doc = nlp("Deputies searched Kanawha County on Monday.")
    assert any(ent.text == "Kanawha County" and ent.label_ == "GPE" for ent in doc.ents)
