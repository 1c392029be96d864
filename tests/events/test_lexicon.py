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


@pytest.mark.parametrize("key, rule_id", [("push back", "assault.fight"), ("call for", "request.request")])
def test_lexicon_multiword_verbs(key, rule_id):
    assert load_lexicon().verbs[key].id == rule_id


@pytest.mark.parametrize("key, rule_id", [("air strike", "assault.aerial"), ("hunger strike", "protest.hunger")])
def test_lexicon_multiword_nouns(key, rule_id):
    assert load_lexicon().nouns[key].id == rule_id


@pytest.mark.parametrize(
    "content, message",
    [
        ("version: '1'\nrules:\n  x.y:\n    type: explode\n", "unknown PLOVER type"),
        ("version: '1'\nrules: 7\n", "Invalid trigger lexicon"),
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
