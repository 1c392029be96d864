"""Attribution: who says an event happened, and whether it is claimed, denied or asserted."""

from __future__ import annotations

import pytest

# (sentence, trigger, status, source text or None)
CASES = [
    ("Government forces shelled the town, activists said.", "shelled", "claimed", "activists"),
    ("According to Amnesty International, police beat the protesters.", "beat", "claimed", "Amnesty International"),
    ("Reuters reported that rebels attacked a convoy near Aleppo.", "attacked", "claimed", "Reuters"),
    ("The ministry denied that soldiers had attacked the village.", "attacked", "denied", "ministry"),
    ("Militants reportedly kidnapped two aid workers.", "kidnapped", "claimed", None),
    ("Rebels attacked a convoy near Aleppo.", "attacked", "asserted", None),
    ("Iran said it will not attack its neighbours.", "attack", "negated", "Iran"),
    ("Officials said troops would be deployed to the border.", "deployed", "future", "Officials"),
]


@pytest.mark.parametrize("sentence, trigger, status, source", CASES)
def test_attribution_status_and_source(tidings_nlp, sentence, trigger, status, source):
    events = [e for e in tidings_nlp(sentence, date="2020-01-10").events if e.trigger.text == trigger]
    assert events, sentence
    event = events[0]
    assert event.attribution.status == status
    if source is None:
        assert event.attribution.source is None
    else:
        assert event.attribution.source is not None and source in event.attribution.source.text


def test_attribution_speech_act_itself_is_asserted(tidings_nlp):
    events = tidings_nlp("Iran accused Israel of attacking its nuclear site.", date="2020-01-10").events
    accuse = [e for e in events if e.event_type == "accuse"]
    attack = [e for e in events if e.trigger.text == "attacking"]
    assert accuse and accuse[0].attribution.status == "asserted" and accuse[0].attribution.source is None
    assert attack and attack[0].attribution.status == "claimed" and attack[0].attribution.source.country == "IRN"


def test_attribution_records_the_rule(tidings_nlp):
    event = [e for e in tidings_nlp("Rebels shot down a jet, the army said.").events if e.trigger.text == "shot"][0]
    assert event.provenance.parts["attribution"] == "claims:reporting-verb:say"


def test_attribution_nested_sources_form_a_chain(tidings_nlp):
    events = tidings_nlp("Reuters said Syrian officials denied that the army attacked the town.").events
    attack = [e for e in events if e.trigger.text == "attacked"][0]
    assert attack.attribution.status == "denied"
    assert [a.text for a in attack.attribution.chain] == ["Reuters", "Syrian officials"]
    assert attack.attribution.source.text == "Syrian officials"


def test_attribution_denial_responds_to_what_it_denies(tidings_nlp):
    events = tidings_nlp("The ministry denied that soldiers had attacked the village.").events
    denial = [e for e in events if e.trigger.text == "denied"][0]
    attack = [e for e in events if e.trigger.text == "attacked"][0]
    assert denial.responds_to == [attack.event_id]


def test_attribution_dismissing_the_claims_links_to_earlier_claims(tidings_nlp):
    text = "Activists said Syrian forces shelled Idlib. Syrian officials dismissed the claims."
    events = tidings_nlp(text).events
    shelling = [e for e in events if e.trigger.text == "shelled"][0]
    dismissal = [e for e in events if e.trigger.text == "dismissed"][0]
    assert shelling.attribution.status == "claimed"
    assert dismissal.responds_to == [shelling.event_id]


def test_attribution_quote_speaker_in_the_next_sentence(tidings_nlp):
    text = 'The commander spoke to reporters. "Our forces shelled the town. We will win," he said.'
    events = [e for e in tidings_nlp(text).events if e.trigger.text == "shelled"]
    assert events and events[0].attribution.status == "claimed"
    assert events[0].provenance.parts["attribution"] == "claims:quote:say"


def test_attribution_outlet_is_recorded(tidings_nlp):
    event = tidings_nlp("Rebels attacked a convoy.", source="Wikinews").events[0]
    assert event.attribution.outlet == "Wikinews" and event.attribution.status == "asserted"
