"""The actor dictionary: data files, schema validation, lookups, dated roles, overlay."""

from __future__ import annotations

import datetime as dt

import pytest

import tidings.actors.dictionary as dictionary_module
from tidings.actors.dictionary import DATA_DIR, ActorEntry, Role, load_dictionary, normalize, search
from tidings.errors import DataError


def test_dictionary_is_large_and_its_files_small():
    """Load time is a benchmark (``python bench/actors_lookup.py``), not a test."""
    dictionary_module._load.cache_clear()
    dictionary = load_dictionary()
    assert len(dictionary.entries) > 20000
    assert sum(p.stat().st_size for p in DATA_DIR.iterdir()) < 8_000_000


@pytest.mark.parametrize(
    "name,actor_id",
    [("ISIS", "ISIS"), ("Daesh", "ISIS"), ("the Islamic State", "ISIS"), ("U.S.", "USA"), ("Syrian", "SYR"),
     ("Syrians", "SYR"), ("Kyiv", "UKR"), ("Hezbollah", "HEZBOLLAH"), ("Houthis", "HOUTHIS"), ("Reuters", "REUTERS"),
     ("Boko Haram", "BOKO_HARAM"), ("al-Shabaab", "AL_SHABAAB"), ("HTS", "HTS"), ("Wagner", "WAGNER"), ("FBI", "US_FBI"),
     ("Immigration and Customs Enforcement", "US_ICE"), ("ISI", "PAK_ISI")],
)
def test_dictionary_lookup_finds_curated_first(name, actor_id):
    assert load_dictionary().lookup(name)[0].entry.id == actor_id


@pytest.mark.parametrize("name", ["Twitter", "Facebook", "weeks ago", "Champions League"])
def test_dictionary_discards_are_not_actors(name):
    dictionary = load_dictionary()
    assert dictionary.is_discarded(name) and not dictionary.lookup(name)


@pytest.mark.parametrize(
    "actor_id,date,expected",
    [
        ("haider_al_abadi", dt.date(2015, 6, 2), ("IRQ", "GOV")),
        ("haider_al_abadi", dt.date(2019, 1, 1), ("IRQ", "ELI")),
        ("antony_blinken", dt.date(2015, 6, 2), ("USA", "GOV")),
        ("antony_blinken", dt.date(2019, 6, 2), ("USA", "ELI")),
        ("antony_blinken", None, ("USA", "ELI")),  # no date: his last office ended (2025)
        ("phx:omar_hassan_ahmad_al_bashir", None, ("SDN", "GOV")),  # no date: an open role holds
        ("donald_trump", dt.date(2012, 1, 1), ("USA", "BUS")),
        ("donald_trump", dt.date(2018, 1, 1), ("USA", "GOV")),
        ("phx:sergey_lavrov", dt.date(2010, 1, 1), ("RUS", "GOV")),
    ],
)
def test_dictionary_role_at_date(actor_id, date, expected):
    assert load_dictionary().entries[actor_id].role_at(date) == expected


@pytest.mark.parametrize(
    "text,key",
    [("The U.S.", "us"), ("Bashar al-Assad’s", "bashar al assad"), ("  Mr.  Assad ", "mr assad")],
)
def test_dictionary_normalize(text, key):
    assert normalize(text) == key


def test_dictionary_search_exact_then_contains():
    found = search("Abadi")
    assert found[0].id == "haider_al_abadi" or "haider_al_abadi" in [e.id for e in found]
    assert all(isinstance(e, ActorEntry) for e in found)


def test_dictionary_overlay_adds_an_actor_without_code(tmp_path):
    overlay = tmp_path / "mine.yaml"
    overlay.write_text(
        "- {id: zz_front, name: Zeta Liberation Front, kind: group, country: SYR, sector: REB, aliases: [ZLF]}\n"
        "- {id: ISIS, name: Islamic State, kind: group, country: IMG, sector: REB, aliases: [ISIS]}\n",
        encoding="utf-8",
    )
    dictionary = load_dictionary(overlay)
    assert dictionary.lookup("ZLF")[0].entry.id == "zz_front"
    assert dictionary.entries["ISIS"].sector == "REB"


@pytest.mark.parametrize(
    "content",
    ["- {id: x, name: X, kind: planet}\n", "- {id: x, name: X, colour: red}\n", "- {name: X}\n", "{not: [a list"],
)
def test_dictionary_invalid_overlay_raises_data_error(tmp_path, content):
    overlay = tmp_path / "bad.yaml"
    overlay.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=r"^\[T300\]"):
        load_dictionary(overlay)


def test_dictionary_role_covers_open_ranges():
    role = Role(country="IRQ", sector="GOV", start=dt.date(2014, 9, 8))
    assert role.covers(dt.date(2030, 1, 1)) and not role.covers(dt.date(2014, 9, 7))
