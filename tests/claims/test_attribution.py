"""Attribution: who says an event happened, and whether it is claimed, denied or asserted."""

from __future__ import annotations

import pytest

# (sentence, trigger, status, source text or None)
CASES = [
    ("Government forces shelled the town, activists said.", "shelled", "claimed", "activists"),
    ("According to Amnesty International, police beat the protesters.", "beat", "claimed", "Amnesty International"),
    ("Reuters reported that rebels attacked a convoy near Aleppo.", "attacked", "claimed", "Reuters"),
    ("The ministry denied that soldiers had attacked the village.", "attacked", "denied", "ministry"),
    # what a denial says of an event it takes as given denies no event
    ("The FSB denies the two explosions are related.", "explosions", "claimed", "FSB"),
    ("Saudi Arabia denied the attack was carried out by its forces.", "attack", "denied", "Saudi Arabia"),
    ("Militants reportedly kidnapped two aid workers.", "kidnapped", "claimed", None),
    ("Police are investigating the alleged poisoning of the opposition leader.", "poisoning", "claimed", None),
    # a hedge on who did it: the attack is a claim; without the hedge, a fact
    ("The bombing, allegedly carried out by the rebels, killed five.", "bombing", "claimed", None),
    ("The bombing, carried out by the rebels, killed five.", "bombing", "asserted", None),
    # who a participle charges is no speaker
    ("Police arrested the man accused of the attack.", "attack", "claimed", None),
    ("The law allows China to extradite anyone accused of a crime to be prosecuted on the mainland.", "prosecuted",
     "claimed", None),
    ("Rebels attacked a convoy near Aleppo.", "attacked", "asserted", None),
    ("Iran said it will not attack its neighbours.", "attack", "negated", "Iran"),
    ("Officials said troops would be deployed to the border.", "deployed", "future", "Officials"),
    # quotes, speaker after or before
    ('"The militants attacked the checkpoint at dawn," said Colonel Ahmed Hassan.', "attacked", "claimed",
     "Colonel Ahmed Hassan"),
    ('The minister wrote on Twitter: "Our forces destroyed the convoy."', "destroyed", "claimed", "minister"),
    ('"Our citizens have been injured during violent incidents," Lam continued in the statement.', "injured",
     "claimed", "Lam"),
    # a speaker in the sentence after a quote, a quote going on after its speaker, a colon across a paragraph
    ('"Our house is burning. The rebels attacked the town!" Macron told reporters on Thursday.', "attacked",
     "claimed", "Macron"),
    ('"We will not give in," Pompeo told the press. "The militants attacked the embassy."', "attacked", "claimed",
     "Pompeo"),
    ('The bishop called the ruling "dangerous":\n\n"The police arrested the priests."', "arrested", "claimed",
     "bishop"),
    # "according to" anywhere in the sentence, and what it cites
    ("Police arrested the gunman minutes after the shooting according to police.", "arrested", "claimed", "police"),
    ("Twenty people were arrested, according to a report citing the mayor's office.", "arrested", "claimed",
     "mayor's office"),
    # a denial governing the event: denied, not merely negated
    ("Russia has repeatedly denied targeting civilians in Syria.", "targeting", "denied", "Russia"),
    # claims of responsibility and coordinated acts are narrated by the outlet
    ("The Taliban claimed responsibility for the bombing.", "bombing", "asserted", None),
    ("The attack was claimed by the Houthi movement.", "attack", "asserted", None),
    ("No group claimed credit, but militias had made threats against US personnel.", "threats", "asserted", None),
    ("Pompeo posted a message on Twitter blaming Iran for the attacks.", "blaming", "asserted", None),
    ("ISIS claimed the attack on the police station.", "attack", "asserted", None),
    # an object is reported by an object verb, not when it is what the verb does
    ("Saudi Arabia denied the attack on the consulate.", "attack", "denied", "Saudi Arabia"),
    ("The United States has accused the Syria of launching air strikes to help ISIS.", "air strikes", "claimed",
     "United States"),
    ("Iraq blamed the bombing on Islamic State.", "bombing", "claimed", "Iraq"),
    ("The governor announced his resignation on Wednesday.", "resignation", "asserted", None),
    # the speaker says they themselves did not do or suffer it: a denial
    ("Hamas said it did not fire the rockets.", "fire", "denied", "Hamas"),
    ("The Russian defence ministry said it did not strike civilian targets.", "strike", "denied", "ministry"),
    ('"We never attacked the convoy," the commander told reporters.', "attacked", "denied", "commander"),
    ("Obama said he did not order the strike.", "order", "denied", "Obama"),
    # ... but not someone else's, a habit, or what an outlet reports (a refusal: "Iran said it will not")
    ("Hamas said Israel did not fire the rockets.", "fire", "negated", "Hamas"),
    ('"I never threaten anybody," he said.', "threaten", "negated", "he"),
    ("Reuters reported that it did not attack anyone.", "attack", "negated", "Reuters"),
    # a source finding no sign of it denies it
    ("The ministry said there was no evidence of torture in the prison.", "torture", "denied", "ministry"),
    ("Police said there was no suggestion of a threat to the public.", "threat", "denied", "Police"),
    # a reporting clause set aside by commas, or after what it reports and before its speaker
    ("Government troops, the activists said, shelled the town overnight.", "shelled", "claimed", "activists"),
    ("Troops shelled the town, killing five, and the rebels said they would retaliate.", "shelled", "asserted", None),
    ("Rebels shelled the market, stated Minister of Information Moammar al-Eryani, and fled.", "shelled", "claimed",
     "Minister of Information Moammar al-Eryani"),
    # a reporting verb misparsed as a participle of the main clause's subject; a true
    # participle of a thing reports nothing
    ("The security chief, Abdullah al-Jahafi, announced on Facebook on Tuesday there were suspects in custody.",
     "custody", "claimed", "Abdullah al-Jahafi"),
    ("The measures announced on Tuesday were a response to the attacks.", "attacks", "asserted", None),
    # a speaker the tagger reads as a verb is still the subject
    ('"The army has shelled the town for three days," wrote Human Rights Watch researcher Lama Fakih on Twitter.',
     "shelled", "claimed", "Fakih"),
    # what a relative clause does with a claim is not part of the claim
    ("Iran's foreign minister accused Israel of carrying out the attack, a claim Israel denied.", "denied",
     "asserted", None),
    # what a claim noun holds is claimed: by its owner, by reports themselves, or by no one named
    ("There were reports of shelling in the area.", "shelling", "claimed", "reports"),
    ("Amnesty's allegations of torture were widely reported.", "torture", "claimed", "Amnesty"),
    ("The government denied allegations of torture.", "torture", "denied", "government"),
    ("Human Rights Watch documented the killing of 20 civilians by security forces.", "killing", "claimed",
     "Human Rights Watch"),
    # what a source will not confirm is a claim, not theirs, and not undone
    ("Officials would not confirm that the army attacked the town.", "attacked", "claimed", None),
    ("Police did not confirm the attack.", "attack", "claimed", None),
    ("Police declined to confirm that the suspect had been shot.", "shot", "claimed", None),
    ("The UN said it had not been able to verify reports that chemical weapons were used.", "chemical weapons",
     "claimed", "reports"),
    # what the speaker's own side did not do, the speaker denies
    ('"Our forces did not target civilians," the minister said.', "target", "denied", "minister"),
    # reports a source denies are denied by it; reports it will not comment on are nobody's
    ("The ministry denied reports that troops shelled the village.", "shelled", "denied", "ministry"),
    ("The ministry declined to comment on reports that troops shelled the village.", "shelled", "claimed", "reports"),
    # what a passive says of an event claims it, with no one named ("yesterday" is no source)
    ("A bombing was yesterday reported to have killed a photojournalist in Mokha.", "bombing", "claimed", None),
    ("A bombing was yesterday reported to have killed a photojournalist in Mokha.", "killed", "claimed", None),
    ("The attack was claimed by the Houthis.", "attack", "asserted", None),
    # footage from a place is no one's statement
    ("Footage from the scene showed soldiers firing on the crowd.", "firing", "claimed", "Footage"),
    # what an inquiry or a report concludes is its claim
    ("The inquiry concluded that police had shot the man.", "shot", "claimed", "inquiry"),
    # ", however," starts a new clause the parse joins to the denial: the conclusion is not
    # denied; "slain" read as an adjective after "was" is still the killing
    ("Saudi Arabia initially denied all claims that Khashoggi was slain, however, a UN report eventually "
     "concluded evidence supported his murder.", "murder", "claimed", "UN report"),
    ("Saudi Arabia initially denied all claims that Khashoggi was slain, however, a UN report eventually "
     "concluded evidence supported his murder.", "slain", "denied", "Saudi Arabia"),
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


@pytest.mark.parametrize(
    "sentence, trigger, chain",
    [
        ("Reuters said Syrian officials denied that the army attacked the town.", "attacked", ["Reuters", "Syrian officials"]),
        ("Activists, citing witnesses, reported that security forces fired on protesters.", "fired", ["Activists", "witnesses"]),
        ("Witnesses, according to The Telegraph, said a man attacked a group of men.", "attacked", ["The Telegraph", "Witnesses"]),
        ("Police said gunmen attacked the bank, adding that guards shot two of them.", "shot", ["Police"]),
        ("The minister was quoted by Reuters as saying troops attacked the village.", "attacked", ["Reuters", "minister"]),
        # "I" and "we" inside a quote are its speaker
        ('The minister said: "We believe the rebels attacked the convoy."', "attacked", ["minister"]),
        ('"I strongly reject claims that our troops attacked the village," the minister said.', "attacked", ["minister"]),
        # what follows a semicolon does not report the quote before it
        ('"Rebels attacked the convoy," said Colonel Ali Hassan; he described the attack as cowardly.', "attacked",
         ["Colonel Ali Hassan"]),
        # a reporting verb joined to the clause above speaks for itself, not for its speaker
        ("Bolsonaro has said the rainforest should be opened up to agriculture, and his critics blame him for "
         "encouraging farmers to set fires.", "set", ["critics"]),
        ("President Andrzej Duda said the victims were joyful girls while Interior Minister Joachim Brudzinski "
         "wrote he had ordered fire safety checks.", "ordered", ["Interior Minister Joachim Brudzinski"]),
        # the parse leaves "according to" without its object and makes it the verb's subject
        ("According to state media IRNA, the foreign minister, Javad Zarif, said the army had attacked the convoy.",
         "attacked", ["state media IRNA", "Javad Zarif"]),
    ],
)
def test_attribution_chain_outermost_first(tidings_nlp, sentence, trigger, chain):
    event = [e for e in tidings_nlp(sentence, date="2020-01-10").events if e.trigger.text == trigger][0]
    assert [a.text for a in event.attribution.chain] == chain
    assert event.attribution.source.text == chain[-1]


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


@pytest.mark.parametrize(
    "text,confirmed,answered",
    [
        ("Activists said government forces shelled Douma. The Russian defence ministry later confirmed the shelling.",
         "shelling", "shelled"),
        # the nearest earlier claim of the type is the one confirmed
        ("Activists said Syrian forces shelled Douma. Rebels also attacked an army post, the army said. "
         "The ministry confirmed the attack.", "attack", "attacked"),
    ],
)
def test_attribution_confirmation_links_to_the_claim_it_confirms(tidings_nlp, text, confirmed, answered):
    events = tidings_nlp(text, date="2020-01-10").events
    confirmation = [e for e in events if e.trigger.text == confirmed][0]
    claim = [e for e in events if e.trigger.text == answered][0]
    assert (claim.attribution.status, confirmation.attribution.status) == ("claimed", "claimed")
    assert confirmation.responds_to == [claim.event_id]


def test_attribution_quote_speaker_in_the_next_sentence(tidings_nlp):
    text = 'The commander spoke to reporters. "Our forces shelled the town. We will win," he said.'
    events = [e for e in tidings_nlp(text).events if e.trigger.text == "shelled"]
    assert events and events[0].attribution.status == "claimed"
    assert events[0].provenance.parts["attribution"] == "claims:quote:say"


def test_attribution_outlet_is_recorded(tidings_nlp):
    event = tidings_nlp("Rebels attacked a convoy.", source="Wikinews").events[0]
    assert event.attribution.outlet == "Wikinews" and event.attribution.status == "asserted"


@pytest.mark.parametrize(
    "sentence, trigger",
    [
        ("Parliament rejected the peace deal.", "peace deal"),
        ("The government rejected the rebels' request for talks.", "request"),
    ],
)
def test_attribution_refusal_is_no_denial(tidings_nlp, sentence, trigger):
    events = [e for e in tidings_nlp(sentence, date="2020-01-10").events if e.trigger.text == trigger]
    assert events, sentence
    assert events[0].attribution.status != "denied" and events[0].attribution.source is None


def test_attribution_quotes_do_not_pair_across_paragraphs(tidings_nlp):
    text = 'The commander said: "We held the line.\n\nRebels attacked the convoy near the bridge on Monday.\n\n"We won," he said.'
    events = [e for e in tidings_nlp(text).events if e.trigger.text == "attacked"]
    assert events and events[0].attribution.status == "asserted" and events[0].attribution.source is None
