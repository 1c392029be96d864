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
