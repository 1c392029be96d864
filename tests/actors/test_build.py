"""The Phoenix build: TABARI parsing and reproducible output."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tidings.actors.build import build, parse_code, parse_tabari
from tidings.actors.dictionary import DATA_DIR

SOURCE = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "actors"


@pytest.mark.parametrize(
    "code,expected",
    [
        ("IRQGOV 140908-181025", ("IRQ", "GOV", dt.date(2014, 9, 8), dt.date(2018, 10, 25))),
        ("SYRGOV >000717", ("SYR", "GOV", dt.date(2000, 7, 17), None)),
        ("SYRELI", ("SYR", "ELI", None, None)),
        ("IGOUNO", ("IGO", None, None, None)),
        ("USAGOV 20090120-20170120", ("USA", "GOV", dt.date(2009, 1, 20), dt.date(2017, 1, 20))),
        ("SYROPP > 20120101", ("SYR", "OPP", dt.date(2012, 1, 1), None)),
        ("INTREB", (None, "REB", None, None)),  # a transnational group: no country
        ("ELI", (None, "ELI", None, None)),  # a bare sector under a person
        # CAMEO codes PLOVER renamed: the media are JRN, health is MED
        ("GBRMED", ("GBR", "JRN", None, None)),
        ("NGOHLH", ("NGO", "MED", None, None)),
        ("MNCUSAHLH", ("USA", "BUS", None, None)),
        ("MNCHLH", (None, "BUS", None, None)),  # a firm of no stated country
        ("SYRUAF", ("SYR", "REB", None, None)),  # CAMEO's unaligned armed forces: an armed group
        ("SYRMUSREB", ("SYR", "REB", None, None)),  # the role before the faith
        ("HTIOPPMED", ("HTI", "JRN", None, None)),  # opposition is secondary: an opposition newspaper
        ("SYROPPHRI", ("SYR", "HRI", None, None)),
    ],
)
def test_build_parse_code(code, expected):
    role = parse_code(code)
    assert (role.country, role.sector, role.start, role.end) == expected


def test_build_parse_tabari_blocks_share_trailing_codes():
    lines = ["UN_ [IGOUNO]", "U.N._", "", "UN_SECRETARY_GENERAL", "+UNSG", "\t[IGOUNO]", "HAMAS_ #", "+ISLAMIC_RESISTANCE_MOVEMENT", "\t[PSEREBHMS]"]
    blocks = parse_tabari(lines)
    names = [b[0] for b in blocks]
    assert names == [["UN"], ["U.N."], ["UN SECRETARY GENERAL", "UNSG"], ["HAMAS", "ISLAMIC RESISTANCE MOVEMENT"]]
    assert [b[1][0].sector for b in blocks] == [None, None, None, "REB"]


def test_build_is_reproducible(tmp_path):
    if not SOURCE.exists():
        pytest.skip("shared Phoenix dictionaries not available")
    counts = build(SOURCE, tmp_path)
    assert counts["entries"] > 20000 and counts["agents"] > 2000
    for name in ("phoenix.jsonl", "phoenix_agents.jsonl", "phoenix_discards.txt", "LICENSE.petrarch2"):
        assert (tmp_path / name).read_bytes() == (DATA_DIR / name).read_bytes(), name


def test_build_leaves_out_country_blocks_even_with_dated_codes(tmp_path):
    """A block coded only with bare country codes ("[IRQ 20030320]" ...) is the state and
    lists its cities as aliases: it is no actor entry ("Tikrit" is a place, not a person)."""
    source = tmp_path / "src"
    source.mkdir()
    lines = ["IRAQ_", "+TIKRIT", "+FALLUJAH", "\t[IRQ <20030320]", "\t[IRQ >20060520]", "HAIDER_AL-ABADI_", "\t[IRQGOV 20140908-20180915]"]
    (source / "Phoenix.Countries.actors.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt",
                 "Phoenix.discards.txt", "LICENSE.petrarch2"):  # fmt: skip
        (source / name).write_text("", encoding="utf-8")
    build(source, tmp_path / "out")
    built = (tmp_path / "out" / "phoenix.jsonl").read_text(encoding="utf-8")
    assert "Tikrit" not in built and "Haider al-Abadi" in built
