"""The trigger lexicon and modality files: bundled ones load, broken ones fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.errors import DataError
from tidings.events.lexicon import PLOVER_TYPES, load_lexicon
from tidings.events.modality import load_modality


def test_lexicon_covers_all_16_plover_types():
    lexicon = load_lexicon()
    assert {rule.type for rule in lexicon.rules} == set(PLOVER_TYPES)
    assert all(rule.id and rule.id.split(".")[0] == rule.type for rule in lexicon.rules)


@pytest.mark.parametrize(
    "key, rule_id",
    [("push back", "assault.fight"), ("call for", "request.request"), ("push for", "request.request"),
     ("deny accusation", "reject.deny_responsibility"), ("express condolence", "support.condolence"),
     ("express concern", "accuse.concern"), ("call for talk", "request.appeal_meet")],
)
def test_lexicon_multiword_verbs(key, rule_id):
    assert load_lexicon().verbs[key].id == rule_id


@pytest.mark.parametrize(
    "key, rule_id",
    [("speak on phone", "consult.phone"), ("go on strike", "protest.strike"), ("place on alert", "mobilize.alert"),
     ("use tear gas", "assault.crowd_control"), ("break off talk", "sanction.halt_talks")],
)
def test_lexicon_verb_keys_with_a_phrase(key, rule_id):
    """Three-word keys: the verb with a preposition and its object, with a modified object, or
    with its particle and object."""
    assert load_lexicon().verbs[key].id == rule_id


@pytest.mark.parametrize(
    "key, requires",
    [("leave", [{"doer": "military", "object": "place"}]), ("enter", [{"doer": "military"}, {"doer": "state", "object": "place"}])],
)
def test_lexicon_requires_one_set_or_alternatives(key, requires):
    lexicon = load_lexicon()
    rule = lexicon.verbs[key]
    assert rule.requires == requires
    assert all(name in lexicon.argument_classes for needs in rule.requires for name in needs.values())


@pytest.mark.parametrize("key, rule_id", [("air strike", "assault.aerial"), ("hunger strike", "protest.hunger")])
def test_lexicon_multiword_nouns(key, rule_id):
    assert load_lexicon().nouns[key].id == rule_id


@pytest.mark.parametrize(
    "content, message",
    [
        ("version: '1'\nrules:\n  x.y:\n    type: explode\n", "unknown PLOVER type"),
        ("version: '1'\nrules: 7\n", "Invalid trigger lexicon"),
        ("version: '1'\nrules: {}\nstated:\n  future:\n    explode: {type: agree}\n", "unknown PLOVER types in stated"),
        ("version: '1'\nrules: {}\nstated:\n  soon:\n    aid: {type: agree}\n", "Invalid trigger lexicon"),
        ("version: '1'\nrules:\n  retreat.leave:\n    type: retreat\n    requires: {doer: troops}\n", "unknown argument classes"),
        ("version: '1'\nrules:\n  mobilize.drill:\n    type: mobilize\n    joint: cooperate.drill\n", "unknown rules in joint"),
        ("version: '1'\nrules:\n  retreat.leave:\n    type: retreat\n    requires: {whom: place}\n", "Invalid trigger lexicon"),
    ],
)
def test_lexicon_invalid_file_is_a_data_error(tmp_path: Path, content: str, message: str):
    path = tmp_path / "triggers.yaml"
    path.write_text(content)
    with pytest.raises(DataError, match=message):
        load_lexicon(path)


def test_lexicon_missing_file_is_a_data_error(tmp_path: Path):
    with pytest.raises(DataError, match="Can't read file"):
        load_lexicon(tmp_path / "nope.yaml")


def test_modality_bundled_file_loads():
    modality = load_modality()
    assert "will" in modality.aux["future"] and "not" in modality.negation


CAMEO2PLOVER = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "events" / "plover" / "CAMEO2PLOVER-2021.txt"
# Rules whose PLOVER type follows the current codebook where CAMEO2PLOVER-2021 files the
# CAMEO category elsewhere: resignations are RETREAT/resign (table: CONCEDE), convictions
# SANCTION/convict (table: ACCUSE), imposed sanctions SANCTION (table: COERCE).
CODEBOOK_RECODED = {"retreat.resign", "sanction.convict", "sanction.sanction"}
# CAMEO categories without a row in the table: appeals (02) are PLOVER requests; a public
# statement (01) has no PLOVER type and is coded as the type it leans to.
STATEMENT_TYPES = {"02": "request", "01": "any"}


def _cameo_to_plover() -> dict[str, str]:
    table = {}
    for line in CAMEO2PLOVER.read_text(encoding="utf-8").splitlines():
        code, _, rest = line.partition(":")
        if code.strip().isdigit() and rest.strip():
            table[code.strip()] = rest.split(",")[0].strip().lower()
    return table


@pytest.mark.parametrize("rule", load_lexicon().rules, ids=lambda rule: rule.id)
def test_lexicon_cameo_code_maps_to_the_rule_type(rule):
    if not CAMEO2PLOVER.is_file():
        pytest.skip("shared dev data (CAMEO2PLOVER-2021.txt) not present")
    if rule.cameo is None or rule.id in CODEBOOK_RECODED:
        return
    assert _cameo_to_plover().get(rule.cameo, STATEMENT_TYPES.get(rule.cameo[:2])) in {rule.type, "any"}


@pytest.mark.parametrize(
    "status, event_type", [(status, t) for status, by_type in load_lexicon().stated.items() for t in by_type]
)
def test_lexicon_stated_cameo_code_maps_to_the_stated_type(status, event_type):
    if not CAMEO2PLOVER.is_file():
        pytest.skip("shared dev data (CAMEO2PLOVER-2021.txt) not present")
    rule = load_lexicon().stated[status][event_type]
    assert _cameo_to_plover().get(rule.cameo) == rule.type


@pytest.mark.parametrize("lemma", ["carry", "launch", "stage", "grant"])
def test_lexicon_light_verbs(lemma):
    assert lemma in load_lexicon().light_verbs


@pytest.mark.parametrize(
    "key, rule_id",
    [("expel diplomat", "sanction.expel"), ("expel", "coerce.deport"), ("share intelligence", "cooperate.intelligence")],
)
def test_lexicon_expel_and_share_keys(key, rule_id):
    assert load_lexicon().verbs[key].id == rule_id


def test_modality_noun_governors_and_transparent_verbs_load():
    modality = load_modality()
    assert "plan" in modality.noun_governors["future"] and "impose" in modality.transparent


@pytest.mark.parametrize(
    "stated, action, event_type",
    [("conditional", "assault", "threaten"), ("conditional", "aid", "agree"), ("obligation", "retreat", "request"), ("negated", "agree", "reject")],
)
def test_lexicon_stated_tables_code_statements(stated, action, event_type):
    assert load_lexicon().stated[stated][action].type == event_type
