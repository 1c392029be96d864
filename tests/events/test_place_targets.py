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
    # a named target stays
    ("Rebels attacked government troops in Aleppo on Sunday.", "attacked", ("government troops", None, "MIL")),
    # a meeting's place is its venue
    ("The two foreign ministers met in Paris on Friday.", "met", None),
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
