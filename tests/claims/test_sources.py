"""Source spans: the speaker's noun phrase, cut by the convention of the claims gold set."""

from __future__ import annotations

import pytest

# (sentence, trigger, expected source span text)
CASES = [
    # titles and pre-modifiers kept, a leading lowercase determiner dropped
    ("A spokesman for the Interior Ministry said police had arrested 12 protesters.", "arrested",
     "spokesman for the Interior Ministry"),
    ("Iran's foreign ministry spokesman Abbas Mousavi said the army had attacked the tankers.", "attacked",
     "Iran's foreign ministry spokesman Abbas Mousavi"),
    ("Hospital officials in Omsk said soldiers attacked the clinic.", "attacked", "Hospital officials in Omsk"),
    # a common noun with a named comma apposition gives the name
    ("The ministry's spokesman, Ahmed Salem, said the army shelled the village.", "shelled", "Ahmed Salem"),
    ("The mayor of Paris, Anne Hidalgo, said gunmen attacked the police station.", "attacked", "Anne Hidalgo"),
    # a medium stands for its named author, and is the source when there is none
    ("The Pentagon's statement said US forces struck a weapons depot.", "struck", "Pentagon"),
    ("A report by Amnesty International said police tortured detainees.", "tortured", "Amnesty International"),
    ("The report said police tortured detainees.", "tortured", "report"),
    ("The Department issued a statement that an inmate had been stabbed.", "stabbed", "Department"),
    ("Two women were injured, according to the reports.", "injured", "reports"),
    ('Part of the judge\'s statement reads "the soldiers attacked the village without orders."', "attacked", "judge"),
    ("A statement from the ministry said police had beaten him.", "beaten", "ministry"),
    # a relative pronoun speaks for its antecedent
    ("Those who think ISIS has been defeated will soon see.", "defeated", "Those"),
    # anonymous sources and pronouns are sources too
    ("Two soldiers were killed in the attack, officials said.", "killed", "officials"),
    ("State prosecutors charged the suspect with murder, they said Sunday.", "charged", "they"),
    # a speaker the parse leaves without a subject
    ("Government forces shelled the town, the Syrian Observatory for Human Rights said.", "shelled",
     "Syrian Observatory for Human Rights"),
    # a misparse gives the verb two subjects: the nearest speaks (Wikinews, CC BY 2.5)
    ("Millions dwell in the nation's slums, and while there was no suggestion on Sunday of sabotage, local activists "
     "claimed fires have in the past been deliberately set to clear away slum buildings for redevelopment.", "set",
     "local activists"),
]


@pytest.mark.parametrize("sentence, trigger, source", CASES)
def test_sources_span_follows_the_convention(tidings_nlp, sentence, trigger, source):
    events = [e for e in tidings_nlp(sentence, date="2020-01-10").events if e.trigger.text == trigger]
    assert events, sentence
    found = events[0].attribution.source
    assert found is not None and found.text == source
    assert sentence[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "sentence, trigger, country",
    [
        ("The Pentagon's statement said US forces struck a weapons depot.", "struck", "USA"),
        ("Government forces shelled the town, the Syrian Observatory for Human Rights said.", "shelled", "SYR"),
    ],
)
def test_sources_keep_the_resolution_of_the_actor_they_hold(tidings_nlp, sentence, trigger, country):
    event = [e for e in tidings_nlp(sentence, date="2020-01-10").events if e.trigger.text == trigger][0]
    assert event.attribution.source.country == country
