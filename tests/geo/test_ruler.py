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
        # A name before a place noun, with a lowercase article inside it or with the noun when capitalised.
        ("Jabhat al-Nusra launched an offensive on Tall ad-Dirrah village.", "Tall ad-Dirrah", {"GPE"}),
        ("ISIS launched another assault on the Deir Ezzor Governorate this weekend.", "Deir Ezzor Governorate",
         {"GPE"}),
        ("The Sheriff's Office and Rapides Parish Fire District 2 investigated the fire.", "Rapides Parish", {"GPE"}),
        # A city named in Latin Extended Additional letters (Vietnamese), and its spelling without them.
        ("The division protected the old imperial capital of Huế from the west.", "Huế", {"GPE"}),
        ("North Vietnamese forces captured the provincial capital of Buon Ma Thuot.", "Buon Ma Thuot", {"GPE"}),
        # A sentence opens with a word that is no first name.
        ("Metro Nashville police arrested two men.", "Nashville", {"GPE"}),
        # A capitalised "An" opens the name, it is no article ("at An Lộc").
        ("The relief column never arrived at An Lộc.", "An Lộc", {"GPE"}),
        # A name the gazetteer writes with a space, hyphenated throughout ("Mazār-e Sharīf").
        ("Five people were killed in Mazar-e-Sharif on Monday.", "Mazar-e-Sharif", {"GPE"}),
        # A proper name the gazetteer lacks with its capitalised facility noun and the nouns between.
        ("The army captured the Handarat Refugee Camp last week.", "Handarat Refugee Camp", {"FAC"}),
        ("A car bomb went off at the Nyanya Motor Park in Abuja.", "Nyanya Motor Park", {"FAC"}),
    ],
)
def test_ruler_marks_places(nlp, text, name, labels):
    doc = nlp(text)
    assert any(ent.text == name and ent.label_ in labels for ent in doc.ents)


@pytest.mark.parametrize(
    "text,word",
    [
        ("Paris Hilton arrived late.", "Paris"),
        # A first name opens the sentence: the place name after it is a surname.
        ("Andrew Trapani is a gambling man.", "Trapani"),
        # A common word before a facility noun.
        ("A boy tried to blow up a Christmas market in the town of Ludwigshafen.", "Christmas"),
        ("Workers protested outside the Nissan plant on Monday.", "Nissan"),  # a brand, no Arabic article
        ("According to an Al-Masdar field correspondent, the army advanced.", "Al-Masdar"),  # "field" modifies
        ("We live in Hope of better days.", "Hope"),
        ("Most of them stayed.", "Most"),
        ("In August 1998 the group bombed a market.", "August"),
        ("Uprisings spread in the wider Arab world.", "Arab"),
        ("Hundreds were killed in the Battle of the Somme.", "Battle"),
        # A capitalised place noun ends no name of English words, function words or joined parts.
        ("Members of Leadership Henry County met on Monday.", "Leadership Henry County"),
        ("The Region 1 Board of Education met on Monday.", "The Region"),
        ("Hotel project on, Tri-State vows.", "Tri-State"),
        # A list the place context holds ends with "and": no name after a comma alone.
        ("Russian jets struck the village of Khan Touman, Ahmed Ali said.", "Ahmed Ali"),
        # The place noun does not head the apposition.
        ("Smith, a village elder, said he saw it.", "Smith"),
        # A quote mark that a closing one answers opens a title, no transliterated name.
        ("They met at \u2018Joe\u2019s Bar\u2019 on Monday.", "\u2018Joe"),
        # A capitalised facility noun after English words alone, or after the known place it is named after.
        ("The injured were taken to the Fire Station on Monday.", "Fire Station"),
        ("She was flown to Princeton Community Hospital on Monday.", "Princeton Community Hospital"),
        # A first name and a facility noun people bear as a surname: a person.
        ("The judge sentenced Ohio man James Alex Fields to life in prison.", "James Alex Fields"),
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
        # The parser hangs it on a verb that takes people only: a dateline all the same.
        ("CORSICANA — A Henderson County woman was sentenced to 99 years in prison.", "CORSICANA"),
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


@pytest.mark.parametrize(
    "text,name",
    [
        ("U.S. forces captured two men on Friday in Tikrit, officials said.", "Tikrit"),
        ("Gunmen opened fire near Baiji on Monday.", "Baiji"),
        ("Government forces shelled the village of Sharifah in western Palmyra.", "Sharifah"),
        ("Russian jets struck the towns of Khan Touman and Aleis.", "Khan Touman"),
        ("A soldier was killed in Iraq's northern Nineveh province.", "Nineveh"),
        # An apostrophe inside the name; the place noun ends the name.
        ("ISIS launched a massive offensive inside the Dara\u2019a Governorate on Sunday.", "Dara\u2019a"),
        # Before a settlement noun, with no preposition.
        ("Boko Haram fighters attacked Huwaysis village on Monday.", "Huwaysis"),
        # An English word after "at" is no Arabic article opening the name.
        ("Crews closed the road at Douglas County Road 4 on Monday.", "Douglas County"),
        # A known name before a lowercase facility noun, past the nouns that qualify it.
        ("Gunmen killed nine people at Gamba police station on Monday.", "Gamba"),
        ("At least 29 people were killed at the maximum-security Palmasola prison.", "Palmasola"),
        # ... or a name the gazetteer lacks that an Arabic article joins.
        ("Hundreds of Palestinians protested inside the Ein el-Hilweh refugee camp in Lebanon.", "Ein el-Hilweh"),
        ("Russian jets struck the Al-Seen airbase on Monday.", "Al-Seen"),
        # An opening quote mark that transliterates an ayn starts the name.
        ("Rebels attacked an army base near the key town of \u2018Ibta on Sunday.", "\u2018Ibta"),
        # ... and makes it a place after a preposition, known to the gazetteer or not.
        ("The army planted bombs at a building outside of \u2018Ibta on Sunday.", "\u2018Ibta"),
        ("A bomber struck positions in northern \u2018Ayn \u2018Issa on Monday.", "\u2018Ayn \u2018Issa"),
        # Names a place noun introduces, and the list that holds them.
        ("In villages like Cailaco and Manapa, militias burned down entire neighborhoods.", "Cailaco"),
        ("In villages like Cailaco and Manapa, militias burned down entire neighborhoods.", "Manapa"),
        ("Rebels captured two areas known as Al-Karra\u2019a and Al-Dayyatha on Monday.", "Al-Dayyatha"),
        ("Jets struck the villages of Al-Qastal, Marj Al-Zawiyah and Beit Jinarawo.", "Marj Al-Zawiyah"),
        # An apposition that a place noun heads.
        ("Much of Pervomayskaya, a village in the southern Russian republic of Dagestan, was destroyed.",
         "Pervomayskaya"),
        # A bearing after the name is no noun it qualifies.
        ("A bomber struck a camp in the town of al-Wafa west of Ramadi on Monday.", "al-Wafa"),
        # A known name after "capital".
        ("The governor was killed as his convoy passed through his capital Diwaniyah.", "Diwaniyah"),
        ("A car bomb killed five civilians in the heart of the capital, Sana, on Tuesday.", "Sana"),
        # ... or after "stronghold of".
        ("The offensive targeted the jihadist stronghold of Mare’, a city north of Aleppo.", "Mare"),
        # A name a toponym's generic word opens.
        ("Militiamen shelled an army unit on the road near the Kfar Falous crossing.", "Kfar Falous"),
    ],
)
def test_ruler_marks_names_in_place_context(nlp, text, name):
    doc = nlp(text)
    assert any(ent.text.startswith(name) and ent.label_ == "GPE" for ent in doc.ents)


@pytest.mark.parametrize(
    "text,place",
    [
        ("U.S. troops captured six men in Tikrit on Friday.", "Tikrit"),
        ("A suicide bomber killed a tribal leader in the Diyala province.", "Diyala"),
    ],
)
def test_ruler_place_context_wins_over_a_person_guess(tidings_nlp, text, place):
    result = tidings_nlp(text, date="2007-03-10")
    assert any(p.text == place and p.kind == "place" for p in result.doc._.places)
