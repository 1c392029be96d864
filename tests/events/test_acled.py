"""The ACLED coder: codebook criteria from ``data/events/acled.yaml``, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.errors import DataError
from tidings.events.acled import DEFAULT_ACLED, load_acled
from tidings.events.classifier import load_coding

# One or more sentences per CASE label (all but OTHER, which has no criteria of its own),
# written from the codebook's definitions.
CODEBOOK_TABLE = [
    ("Government troops clashed with rebels in the hills overnight.", "ARMED_CLASH"),
    ("Soldiers exchanged fire with militants near the border post for two hours.", "ARMED_CLASH"),
    ("The army recaptured the town from the insurgents on Sunday.", "GOV_REGAINS_TERIT"),
    ("Islamist militants seized control of the district headquarters town after a night of fighting.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("Residents said a chlorine gas attack had hit the suburb, killing dozens.", "CHEM_WEAP"),
    ("Warplanes carried out air strikes on rebel positions north of the city.", "AIR_STRIKE"),
    ("A drone strike killed three suspected militants in a vehicle.", "AIR_STRIKE"),
    ("A suicide bomber blew himself up at a checkpoint, killing five soldiers.", "SUIC_BOMB"),
    ("Separatist forces shelled residential areas of the town with heavy artillery.", "ART_MISS_ATTACK"),
    ("Two mortar rounds landed near the market, wounding four people.", "ART_MISS_ATTACK"),
    ("A roadside bomb struck a police patrol, killing two officers.", "REM_EXPLOS"),
    ("Unknown attackers hurled a hand grenade into a crowded bar, wounding twelve.", "GRENADE"),
    ("Soldiers were accused of raping women during the raid on the village.", "SEX_VIOL"),
    ("Gunmen shot dead four villagers on their farm.", "ATTACK"),
    ("Armed men kidnapped a priest and two students from the school.", "ABDUCT_DISSAP"),
    ("Thousands of teachers marched peacefully to parliament to demand higher pay.", "PEACE_PROTEST"),
    ("Police fired tear gas to disperse students protesting against the fee rise.", "PROTEST_WITH_INTER"),
    ("Security forces opened fire on protesters with live ammunition, killing six.", "FORCE_AGAINST_PROTEST"),
    ("Protesters threw stones at police and set tyres ablaze during the demonstration.", "VIOL_DEMONSTR"),
    ("An angry mob lynched a man suspected of theft in the market.", "MOB_VIOL"),
    ("The two sides signed a ceasefire agreement in the capital on Friday.", "AGREEMENT"),
    ("Police arrested eleven opposition activists overnight.", "ARREST"),
    ("The army deployed thousands of additional troops to the northern region.", "CHANGE_TO_GROUP_ACT"),
    ("Police seized a large cache of weapons and ammunition from a house in the town.", "DISR_WEAP"),
    ("Bomb disposal experts defused an explosive device found near the bridge.", "DISR_WEAP"),
    ("The rebels set up a new base in the forest east of the town.", "HQ_ESTABLISHED"),
    ("Looters ransacked shops and torched several houses in the town.", "PROPERTY_DISTRUCT"),
    ("Government forces handed over control of the town to the local council without a fight.",
     "NON_VIOL_TERRIT_TRANSFER"),
    ("Police broke up a drug trafficking ring and seized two tonnes of cocaine.", "ORG_CRIME"),
    ("Troops evacuated thousands of villagers after floods swept through the valley.", "NATURAL_DISASTER"),
    ("The government declared a day of mourning after a fire at a garment factory killed twenty workers.",
     "MAN_MADE_DISASTER"),
    ("The aircraft came down into a residential area near the airport.", "MAN_MADE_DISASTER"),
    ("The foreign minister held talks with his counterpart during a two-day visit.", "DIPLO"),
    ("The United States imposed new sanctions on the country over its missile tests.", "DIPLO"),
    ("The Islamic State group claimed responsibility for the bombing.", "ATTRIB"),
    ("A little-known militant group claimed the attack in a statement on Sunday.", "ATTRIB"),
    ("Islamic State took credit for the bombing.", "ATTRIB"),
    ("The rebels entered the town without a fight after the army withdrew.", "NON_VIOL_TERRIT_TRANSFER"),
    ("An attack by militants to capture the army base was repelled.", "ARMED_CLASH"),
    ("Police suppressed a student demonstration in the city.", "PROTEST_WITH_INTER"),
]  # fmt: skip

# Sentences a shorter cue would miscode without the longer phrase or context around it.
NOT_CODED_AS = [
    ("Riot police stood guard outside the ministry.", "VIOL_DEMONSTR"),
    ("Police used stun grenades to clear the square of protesters.", "GRENADE"),
    ("North Korea carried out a missile test on Monday.", "ART_MISS_ATTACK"),
    ("Officials said the report would be published on 3 March.", None),
    ("Several blasts shook a chemical plant after it lost power.", "CHEM_WEAP"),
    ("Seven people were wounded when a grenade exploded. Fragments of the grenade were recovered.", "DISR_WEAP"),
    ("The country withdrew from the missile treaty.", "ART_MISS_ATTACK"),
    # "according to" is no accord
    ("According to the police, the property was returned by mail.", "AGREEMENT"),
    # an armed actor's crash is no accident
    ("Rebels crashed a truck into the checkpoint, killing ten soldiers.", "MAN_MADE_DISASTER"),
]


@pytest.fixture(scope="module")
def coder():
    return load_acled()


@pytest.mark.parametrize("text, label", CODEBOOK_TABLE)
def test_acled_coder_codes_the_codebook_table(tidings_nlp, coder, text: str, label: str):
    doc = tidings_nlp.nlp(text)
    assert coder(doc[:]).label == label


# A disaster no actor did: the coder labels it, but no event comes of it (PLOVER codes none).
NO_EVENT = {"The aircraft came down into a residential area near the airport."}


@pytest.mark.parametrize("text, label", [row for row in CODEBOOK_TABLE if row[0] not in NO_EVENT])
def test_acled_pipeline_writes_the_label_on_the_main_event(tidings_nlp, text: str, label: str):
    """The most confident event carries the label, as the contract field ``acled_sub_event_type``."""
    sub_event_type = load_coding().acled[label].sub_event_type
    best = max(tidings_nlp(text).events, key=lambda e: e.confidence)
    assert best.acled_sub_event_type == sub_event_type


@pytest.mark.parametrize("text, label", NOT_CODED_AS)
def test_acled_coder_longer_phrase_or_context_wins(tidings_nlp, coder, text: str, label):
    doc = tidings_nlp.nlp(text)
    found = coder(doc[:])
    assert found.label != label if label else found.label is None


@pytest.mark.parametrize(
    "text, words, label", [("The two sides agreed a ceasefire despite air strikes on the town.", 6, "AGREEMENT")]
)
def test_acled_coder_reads_cues_in_its_focus_only(tidings_nlp, coder, text: str, words: int, label: str):
    """A clause is coded by its own cues: the air strikes outrank the ceasefire in the sentence only."""
    span = tidings_nlp.nlp(text)[:]
    assert coder(span, range(words)).label == label != coder(span).label


@pytest.mark.parametrize("text, cue", [("Warplanes carried out air strikes on the town.", "Warplanes")])
def test_acled_match_names_its_rule_and_cue(tidings_nlp, coder, text: str, cue: str):
    found = coder(tidings_nlp.nlp(text)[:])
    assert coder.rules[found.rule].label == found.label == "AIR_STRIKE" and found.cue == cue
    assert found.holding[0] == found.label


def test_acled_coder_labels_are_the_case_labels(coder):
    assert set(coder.labels) <= set(load_coding().acled)
    assert len(coder.labels) == len(load_coding().acled) - 1  # all but OTHER


@pytest.mark.parametrize("old, new, message", [("with: [protest]", "with: [protests]", "unknown contexts"),
                                               ("label: ATTRIB", "label: 7", "label")])  # fmt: skip
def test_acled_bad_rules_file_is_a_data_error(tmp_path: Path, old: str, new: str, message: str):
    text = DEFAULT_ACLED.read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "acled.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataError, match=message):
        load_acled(tmp_path / "acled.yaml")


def test_acled_rules_with_a_label_the_classifier_lacks_is_a_data_error(tmp_path: Path):
    from tidings.events.component import EventFinder

    text = DEFAULT_ACLED.read_text(encoding="utf-8").replace("label: ATTRIB", "label: CLAIM", 1)
    (tmp_path / "acled.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match="unknown labels"):
        EventFinder(acled_path=tmp_path / "acled.yaml")


@pytest.mark.parametrize(
    "text, triggers, sub_event_type",
    [("A suicide bomber blew himself up at a checkpoint, killing five soldiers.", {"blew", "killing"}, "Suicide bomb")],
)
def test_acled_label_goes_to_every_event_of_the_sentence_it_fits(tidings_nlp, text: str, triggers: set, sub_event_type: str):
    """ACLED codes the incident: the killing in a suicide bombing is the bombing, not an attack."""
    events = [e for e in tidings_nlp(text).events if e.trigger.text in triggers]
    assert {e.trigger.text for e in events} == triggers
    assert {e.acled_sub_event_type for e in events} == {sub_event_type}


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        ("Rebels recaptured the town from the army on Sunday.", "Non-state actor overtakes territory"),
        ("Government troops recaptured the town from the rebels on Sunday.", "Government regains territory"),
        ("Gunmen shot dead two policemen at a checkpoint.", "Armed clash"),
        ("Islamic militants seized two oil fields on Tuesday.", "Non-state actor overtakes territory"),
    ],
)
def test_acled_actors_tell_labels_apart(tidings_nlp, text: str, sub_event_type: str):
    """Who takes a town, and whether the target is armed, decide between the labels."""
    best = max(tidings_nlp(text).events, key=lambda e: e.confidence)
    assert best.acled_sub_event_type == sub_event_type


def _labels(tidings_nlp, text: str) -> dict[str, str]:
    return {e.trigger.text: e.acled_sub_event_type for e in tidings_nlp(text).events}


@pytest.mark.parametrize(
    "text, labels",
    [("The two sides agreed a ceasefire on Sunday despite air strikes on rebel positions.",
      {"agreed": "Agreement", "air strikes": "Air/drone strike"})],
)  # fmt: skip
def test_acled_each_incident_of_a_sentence_keeps_its_label(tidings_nlp, text: str, labels: dict):
    """A trigger the sentence's label does not fit is coded on its own clause."""
    assert labels.items() <= _labels(tidings_nlp, text).items()


@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        ("Women from the village accused security forces of molestation.", "Sexual violence"),
        ("Rights groups condemned the destruction of houses in the village.", "Looting/property destruction"),
    ],
)
def test_acled_statement_carries_the_label_of_the_incident_it_reports(tidings_nlp, text: str, sub_event_type: str):
    """The most confident event, an accusation, is coded as the incident it reports."""
    best = max(tidings_nlp(text).events, key=lambda e: e.confidence)
    assert best.acled_sub_event_type == sub_event_type


def test_acled_material_act_does_not_take_the_incident_a_word_suggests(tidings_nlp):
    """Receiving missiles is no missile attack: only statements take the sentence's incident."""
    assert _labels(tidings_nlp, "The Houthis have received missiles from Iran.") == {"received": None}


@pytest.mark.parametrize(
    "text, trigger, sub_event_type",
    [
        ("A grenade was thrown into the crowd at the concert. Gunfire followed, wounding three people.", "wounding",
         "Grenade"),
        ("Militants used mustard gas against an army unit. Twenty soldiers were injured.", "injured", "Chemical weapon"),
        ("Police fired tear gas at protesters in the capital.\nGunmen shot dead a farmer in a village.", "shot", "Attack"),
    ],
)  # fmt: skip
def test_acled_paragraph_takes_its_most_specific_label(tidings_nlp, text: str, trigger: str, sub_event_type: str):
    """One paragraph, one incident, coded by the codebook's precedence; a line break starts another."""
    assert _labels(tidings_nlp, text)[trigger] == sub_event_type
