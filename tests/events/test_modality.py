"""An event's own modality (``tidings.events.modality``) and the statements it gives: the
full pipeline on sentences written for these tests."""

from __future__ import annotations

import pytest

from tidings.events.modality import load_modality


def _events(nlp, sentence: str, trigger: str):
    return [e for e in nlp(sentence, date="2020-06-02").events if e.trigger.text.split()[0] == trigger]


@pytest.mark.parametrize(
    "sentence, trigger, status, rule",
    [
        # a condition on the event's own clause wins over would / will
        ("The senator said he would only vote for the bill if the governor signed it.", "vote", "hypothetical", "modality:condition"),
        ("Iran will attack the tankers if the embargo continues.", "attack", "hypothetical", "modality:condition"),
        ("Serbia will withdraw its troops unless the talks resume.", "withdraw", "hypothetical", "modality:condition"),
        # a preference is not a commitment
        ("The minister said he would prefer to negotiate with the rebels.", "negotiate", "hypothetical", "modality:governed-by-prefer"),
        # the noun's own modifier
        ("Police found weapons meant for a planned bombing of the station.", "bombing", "future", "modality:modifier-future"),
        ("Officials discussed the proposed sanctions against Iran.", "sanctions", "future", "modality:modifier-future"),
        ("Analysts warned of a possible attack on the port.", "attack", "hypothetical", "modality:modifier-hypothetical"),
        # a negated governor negates its content
        ("The ban is not part of any plan to increase sanctions on Iran.", "sanctions", "negated", "modality:negated-plan"),
        ("Turkey has no plan to attack the town.", "attack", "negated", "modality:negated-plan"),
        # an effort or campaign is an attempt: its content has not happened
        ("The rebels continued their effort to overthrow the government.", "overthrow", "hypothetical", "modality:governed-by-effort"),
        ("Cuba did not agree to release the prisoners.", "release", "negated", "modality:negated-agree"),
        # a verb that only carries out the noun event passes it to its governor
        ("The two sides failed to reach an agreement on Sunday.", "agreement", "negated", "modality:governed-by-fail"),
        # an obligation is hypothetical
        ("The UN said Israel must withdraw its troops from the town.", "withdraw", "hypothetical", "modality:aux-obligation"),
        # a subject that says nobody did it
        ("Nobody is conducting a formal inquiry.", "conducting", "negated", "modality:negation"),
        ("Neither side attacked the town.", "attacked", "negated", "modality:negation"),
        # the verb's negation reaches a noun it carries out, not one it only talks about
        ("The rebels did not carry out the attack.", "attack", "negated", "modality:negation"),
        ("Iran did not take part in the talks.", "talks", "negated", "modality:negation"),
        ("The ministry did not comment on the attack.", "attack", "asserted", None),
        ("No organization immediately claimed credit for the attack.", "attack", "asserted", None),
        # a "not" on what the event did or was takes the event as given; on whether it happened, undoes it
        ("The attack did not kill anyone.", "attack", "asserted", None),
        ("The protest was not violent.", "protest", "asserted", None),
        ("The talks never began.", "talks", "negated", "modality:negation"),
        ("No attack was reported.", "attack", "negated", "modality:negation"),
        ("No arrests or charges were reported.", "charges", "negated", "modality:negation"),
        # an adjunct of time, or a preposition on a noun, carries no governor's status
        ("During the meeting, the ministers agreed to lift the sanctions.", "meeting", "asserted", None),
        ("Police will open an investigation into the shooting.", "shooting", "asserted", None),
        ("Iran may have had a role in the attack.", "attack", "asserted", None),
        ("In a phone call in July, Trump might have urged Zelensky to act.", "phone", "asserted", None),
        # a "could" on what an event does takes it as given, on whether it happens does not
        ("The investigation could last as long as two years.", "investigation", "asserted", None),
        ("The talks could begin on Monday.", "talks", "hypothetical", "modality:aux-hypothetical"),
        # "would" with "sometimes" tells what used to happen; "if not" weighs a number
        ("The militias would sometimes kill the farmers.", "kill", "asserted", None),
        ("The massacres saw thousands if not tens of thousands of villagers killed.", "killed", "asserted", None),
        # the decision to do it is the doing, as "decided to" is
        ("The court upheld the decision to halt the recounts.", "halt", "asserted", None),
        # an adverbial after the auxiliary leaves the parse's negation on the auxiliary
        ("Israel had not, as of yesterday, withdrawn its troops from the town.", "withdrawn", "negated", "modality:negation"),
        # a noun with its preposition governs the event in its phrase; "a campaign of air strikes" does not
        ("Residents fled amid the threat of an attack.", "attack", "hypothetical", "modality:governed-by-threat of"),
        ("The UN renewed its call for talks with the rebels.", "talks", "hypothetical", "modality:governed-by-call for"),
        ("The plan for an offensive on the city was leaked.", "offensive", "future", "modality:governed-by-plan for"),
        ("The lack of a concession from Trump has no legal standing.", "concession", "negated",
         "modality:governed-by-lack of"),
        ("Russia launched a campaign of airstrikes in Syria.", "airstrikes", "asserted", None),
        # what the narrator forecasts is future, and nobody's stated intent; so is a scheduled event
        ("Talks are scheduled for Monday.", "Talks", "future", "modality:forecast-schedule"),
        # what someone is kept from doing does not happen
        ("Police prevented protesters from marching to parliament.", "marching", "negated",
         "modality:governed-by-prevent from"),
        # denying responsibility for an attack takes the attack as given
        ("Iran denied responsibility for the attack on the tankers.", "attack", "asserted", None),
        # a for-to clause is its governor's complement
        ("She called for the killers of Khashoggi to be brought to justice.", "brought", "hypothetical",
         "modality:governed-by-call"),
        # "'d" before a past participle is "had"
        ("He'd ordered the strike before the talks began.", "ordered", "asserted", None),
    ],
)
def test_modality_status_and_rule(tidings_nlp, sentence, trigger, status, rule):
    events = _events(tidings_nlp, sentence, trigger)
    actions = [e for e in events if "stated" not in e.provenance.method]
    assert actions, [e.trigger.text for e in tidings_nlp(sentence, date="2020-06-02").events]
    assert {(e.attribution.status, e.provenance.parts.get("status")) for e in actions} == {(status, rule)}


@pytest.mark.parametrize(
    "sentence, trigger, event_type",
    [
        # a conditional future action: an offer when cooperative, a threat when it takes something away
        ("Serbia will withdraw its troops unless the talks resume.", "withdraw", "threaten"),
        ("Iran will attack the tankers if the embargo continues.", "attack", "threaten"),
        ("The rebels said they would meet the envoy if he guaranteed their safety.", "meet", "agree"),
        # a negated intent is a refusal
        ("The two sides failed to reach an agreement on Sunday.", "agreement", "reject"),
        # "Y must / should do Z", said by X, is X's demand on Y
        ("The UN said Israel must withdraw its troops from the town.", "withdraw", "request"),
        ("Germany said Russia should release the journalists.", "release", "request"),
    ],
)
def test_modality_statement_is_the_most_confident_event(tidings_nlp, sentence, trigger, event_type):
    best = max(tidings_nlp(sentence, date="2020-06-02").events, key=lambda e: e.confidence)
    assert (best.trigger.text.split()[0], best.event_type, best.attribution.status in ("asserted", "claimed")) == (
        trigger,
        event_type,
        True,
    )


@pytest.mark.parametrize(
    "sentence, asker, asked",
    [
        ("The UN said Israel must withdraw its troops from the town.", "IGO", "ISR"),
        ("Germany said Russia should release the journalists.", "DEU", "RUS"),
    ],
)
def test_modality_demand_is_made_by_the_speaker_on_the_obliged(tidings_nlp, sentence, asker, asked):
    demands = [e for e in tidings_nlp(sentence, date="2020-06-02").events if e.event_type == "request"]
    assert [(e.actor1 and e.actor1.country, e.actor2 and e.actor2.country) for e in demands] == [(asker, asked)]


def test_modality_embedded_stated_action_ranks_below_its_statement(tidings_nlp):
    events = tidings_nlp("The United Nations will provide emergency food aid to Liberia.", date="2020-06-02").events
    assert max(events, key=lambda e: e.confidence).event_type == "agree"


@pytest.mark.parametrize("key, words", [("condition_clauses", {"if", "unless"}), ("modifiers", {"future", "hypothetical"})])
def test_modality_file_has_conditions_and_modifiers(key, words):
    value = getattr(load_modality(), key)
    assert words <= set(value)


def test_modality_condition_on_a_speech_act_leaves_it_asserted(tidings_nlp):
    events = _events(tidings_nlp, "The senator urged the minister, if he cannot govern, to resign.", "urged")
    assert events and all(e.attribution.status == "asserted" for e in events)


def test_modality_narrated_obligation_is_no_demand(tidings_nlp):
    events = tidings_nlp("For the budget to pass, it must also be approved by the Senate.", date="2020-06-02").events
    assert events and not [e for e in events if e.event_type == "request"]


def test_modality_forecast_states_no_intent(tidings_nlp):
    """ "Turkey is expected to launch an offensive" is the narrator's forecast: the offensive is
    future, and no threat is made; "Turkey plans to launch an offensive" is Turkey's."""
    expected = tidings_nlp("Turkey is expected to launch an offensive.", date="2020-06-02").events
    planned = tidings_nlp("Turkey plans to launch an offensive.", date="2020-06-02").events
    assert [(e.event_type, e.attribution.status) for e in expected] == [("assault", "future")]
    assert "threaten" in {e.event_type for e in planned}
