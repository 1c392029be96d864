"""Heads of state and government 2010-2026: surnames, dated roles and offices agree."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.actors.dictionary import load_dictionary


def _find(doc, text: str):
    return next((m for m in doc._.actors if m.text == text), None)


@pytest.mark.parametrize(
    "name,date,actor_id,country",
    [
        ("Duterte", dt.date(2017, 3, 1), "rodrigo_duterte", "PHL"),
        ("Ramaphosa", dt.date(2019, 5, 1), "cyril_ramaphosa", "ZAF"),
        ("Kagame", dt.date(2015, 6, 2), "paul_kagame", "RWA"),
        ("Museveni", dt.date(2021, 1, 14), "yoweri_museveni", "UGA"),
        ("Tinubu", dt.date(2024, 2, 1), "bola_tinubu", "NGA"),
        ("Kishida", dt.date(2022, 6, 1), "fumio_kishida", "JPN"),
        ("Prabowo", dt.date(2025, 2, 1), "prabowo_subianto", "IDN"),
        ("Milei", dt.date(2024, 6, 1), "javier_milei", "ARG"),
        ("Boric", dt.date(2023, 1, 10), "gabriel_boric", "CHL"),
        ("Aliyev", dt.date(2020, 10, 1), "ilham_aliyev", "AZE"),
        ("Pashinyan", dt.date(2020, 10, 1), "nikol_pashinyan", "ARM"),
        ("Tokayev", dt.date(2022, 1, 5), "kassym_jomart_tokayev", "KAZ"),
        ("Mirziyoyev", dt.date(2018, 1, 1), "shavkat_mirziyoyev", "UZB"),
        ("Abiy", dt.date(2020, 11, 5), "abiy_ahmed", "ETH"),
        ("Bukele", dt.date(2023, 3, 1), "nayib_bukele", "SLV"),
        ("Tshisekedi", dt.date(2020, 1, 1), "felix_tshisekedi", "COD"),
        ("Prayut", dt.date(2016, 1, 1), "prayut_chan_o_cha", "THA"),
        ("Burhan", dt.date(2023, 5, 1), "abdel_fattah_al_burhan", "SDN"),
        ("Lula", dt.date(2023, 5, 1), "lula_da_silva", "BRA"),
        ("Hasina", dt.date(2020, 1, 1), "sheikh_hasina", "BGD"),
    ],
)
def test_leaders_surname_resolves_to_state_government_in_office(run, name, date, actor_id, country):
    found = _find(run(f"{name} said on Monday that the talks would continue.", date), name)
    assert found is not None and (found.actor_id, found.country, found.sector) == (actor_id, country, "GOV")


@pytest.mark.parametrize(
    "name,date,expected",
    [
        ("Zuma", dt.date(2020, 1, 1), ("ZAF", "PTY")),  # resigned 2018
        ("Piñera", dt.date(2016, 1, 1), ("CHL", "BUS")),  # between his two terms
        ("Bachelet", dt.date(2020, 1, 1), ("IGO", None)),  # UN human rights chief
        ("Ruto", dt.date(2015, 1, 1), ("KEN", "GOV")),  # deputy president
    ],
)
def test_leaders_out_of_office_take_their_other_roles(run, name, date, expected):
    found = _find(run(f"{name} criticised the deal.", date), name)
    assert found is not None and (found.country, found.sector) == expected


@pytest.mark.parametrize(
    "text,mention,date,actor_id",
    [
        ("The Philippine president warned the rebels.", "Philippine president", dt.date(2018, 1, 1), "rodrigo_duterte"),
        ("The Philippine president warned the rebels.", "Philippine president", dt.date(2023, 1, 1), "ferdinand_marcos_jr"),
        ("The Nigerian president visited the camp.", "Nigerian president", dt.date(2014, 1, 1), "goodluck_jonathan"),
        ("The Argentine president met the unions.", "Argentine president", dt.date(2024, 6, 1), "javier_milei"),
        ("The Japanese prime minister met the unions.", "Japanese prime minister", dt.date(2016, 1, 1), "shinzo_abe"),
        ("The Pakistani prime minister met the unions.", "Pakistani prime minister", dt.date(2019, 1, 1), "imran_khan"),
        ("The Kenyan president met the unions.", "Kenyan president", dt.date(2015, 6, 1), "uhuru_kenyatta"),
        ("The British queen met the envoy.", "British queen", dt.date(2019, 6, 1), "elizabeth_ii"),
        ("The British king met the envoy.", "British king", dt.date(2024, 6, 1), "charles_iii"),
    ],
)
def test_leaders_office_holder_on_the_publication_date(run, text, mention, date, actor_id):
    found = _find(run(text, date), mention)
    assert found is not None and found.actor_id == actor_id


@pytest.mark.parametrize(
    "text,mention,actor_id",
    [
        ("Ukrainian President Petro Poroshenko met the envoy.", "Ukrainian President Petro Poroshenko", "phx:petro_poroshenko"),
        ("Ethiopia's Prime Minister Abiy Ahmed rejected the calls.", "Ethiopia's Prime Minister Abiy Ahmed", "abiy_ahmed"),
        ("President Isaias Afwerki met the envoy.", "President Isaias Afwerki", "isaias_afwerki"),
        ("Daniel Noboa spoke first. Noboa then left.", "Noboa", "daniel_noboa"),  # a surname after the full name
        ("Queen Elizabeth II met the envoy.", "Queen Elizabeth II", "elizabeth_ii"),  # not a Phoenix realm (KNA)
    ],
)
def test_leaders_titled_full_names_keep_their_span(run, text, mention, actor_id):
    found = _find(run(text, dt.date(2023, 1, 1)), mention)
    assert found is not None and found.actor_id == actor_id


@pytest.mark.parametrize(
    "alias,not_id",
    [("Petro", "gustavo_petro"), ("Marcos", "ferdinand_marcos_jr"), ("Sharif", "shehbaz_sharif"),
     ("Castro", "raul_castro"), ("Jonathan", "goodluck_jonathan"), ("Moon", "moon_jae_in")],
)
def test_leaders_shared_surnames_are_no_aliases(alias, not_id):
    assert all(hit.entry.id != not_id for hit in load_dictionary().lookup(alias))


def test_leaders_office_terms_match_the_holders_roles():
    """Every curated office holder is GOV of the office's state on the first and last day
    of each term (offices.yaml and curated.yaml carry the same dates)."""
    dictionary = load_dictionary()
    wrong = []
    for (country, title), holders in dictionary.offices.items():
        for holder in holders:
            entry = dictionary.entries[holder.id]
            if entry.id.startswith("phx:"):
                continue
            days = [holder.start, *([holder.end - dt.timedelta(days=1)] if holder.end else [])]
            wrong += [(country, title, entry.id, day) for day in days if entry.role_at(day) != (country, "GOV")]
    assert not wrong
