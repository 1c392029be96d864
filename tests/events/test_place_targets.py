"""A place as the target of an event that names no other (``tidings_place_targets``)."""

from __future__ import annotations

import pytest

# (sentence, trigger, expected actor2 as (text, country, sector) or None)
CASES = [
    # a town's people suffer the act: civilians of the town's country
    ("Israeli tanks fired four shells at targets in Jericho on Monday.", "fired", ("Jericho", "PSE", "CVL")),
    ("The authorities imposed a curfew in Algiers after the riots.", "imposed a curfew", ("Algiers", "DZA", "CVL")),
    # a country stands for its state
    ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", "demonstrated", ("Serbia", "SRB", None)),
    # the place of the act the trigger governs: a threat to impose a curfew in a town
    ("President Bouteflika threatened to institute a curfew in Algiers.", "threatened", ("Algiers", "DZA", "CVL")),
    # a place in the phrase of a populated noun stands for its civilians
    ("Government forces retook a village in western Cambodia on Monday.", "retook", ("Cambodia", "KHM", "CVL")),
    # a place reached through an adverbial clause is no target
    ("Speaking in Algiers, the president threatened to resign.", "threatened", None),
    # a named target stays
    ("Rebels attacked government troops in Aleppo on Sunday.", "attacked", ("government troops", None, "MIL")),
    # a meeting's place is its venue
    ("The two foreign ministers met in Paris on Friday.", "met", None),
    # civilians with no state of their own are of where it happened, not of the forces around them
    ("U.S. troops shot two civilians at a checkpoint in Kandahar.", "shot", ("two civilians", "AFG", "CVL")),
]


@pytest.mark.parametrize("sentence, trigger, actor2", CASES)
def test_place_targets_stand_for_the_missing_target(tidings_nlp, sentence, trigger, actor2):
    event = next(e for e in tidings_nlp(sentence, date="2020-01-10").events if e.trigger.text == trigger)
    got = (event.actor2.text, event.actor2.country, event.actor2.sector) if event.actor2 else None
    assert got == actor2


def test_place_targets_say_so_in_provenance(tidings_nlp):
    event = next(e for e in tidings_nlp("Militants shelled Jericho on Monday.").events if e.trigger.text == "shelled")
    assert event.provenance.parts["actor2"] == "location:target"
    assert event.provenance.parts["actor2.resolution"] == "place:city"


# (sentence, trigger, expected actor1 as (text, country, sector))
DOERS = [
    # a thing did it: the place it struck from, as unidentified armed forces
    ("A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier.", "killed", ("Samarra", "IRQ", "UAF")),
    # an actor did it: the place stays a place
    ("Rebels near Samarra killed a soldier on Sunday.", "killed", ("Rebels", None, "REB")),
]


@pytest.mark.parametrize("sentence, trigger, actor1", DOERS)
def test_place_targets_name_a_thing_doer_after_its_place(tidings_nlp, sentence, trigger, actor1):
    event = next(e for e in tidings_nlp(sentence, date="2020-01-10").events if e.trigger.text == trigger)
    assert (event.actor1.text, event.actor1.country, event.actor1.sector) == actor1
    assert (event.provenance.parts.get("actor1") == "location:doer") == (actor1[2] == "UAF")
