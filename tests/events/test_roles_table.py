"""The hand-checked roles table (``data/roles_gold.jsonl``): who did what to whom, per sentence.

Each row is what a careful coder records for one trigger of a real sentence (Wikinews, or
PLOVER-GSR / PETRARCH dev sentences, named in ``source``): the PLOVER type and mode, the
actors' country and sector, and the status. ``pattern`` names the role pattern the row
exercises. A row's actor is checked only as far as the row gives it: ``null`` means the
clause names no actor for that role (the pipeline must not guess one); a missing key means
the role is only reachable through a pronoun or another sentence, and is not checked; a
``null`` country or sector is not checked (an actor with neither, "Zhukovskyy", documents
the coding and is not checked). A row with ``first`` checks only the first event at its
trigger: coordinated actors give one event per actor, and the first named is the one a coder
records ("Hungarian and Romanian officials" -> HUN). Rows with ``known_gap`` are expected
failures.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tidings.events.lexicon import PLOVER_TYPES

TABLE = Path(__file__).parent / "data" / "roles_gold.jsonl"
ROWS = [json.loads(line) for line in TABLE.read_text(encoding="utf-8").splitlines() if line.strip()]
PATTERNS = {
    "active", "passive", "agentless-passive", "nominal-by", "nominal-of", "nominal-on", "nominal-possessive",
    "nominal", "nominal-modifier", "coordinated-subject", "coordinated-object", "apposition", "relative-clause", "control",
    "light-verb", "light-verb-passive", "negation", "modality", "speech-act", "purpose", "between",
    "condition", "as-phrase", "light-verb-clause", "nominal-under", "undergoer-subject", "nominal-received", "nominal-claimed",
    "nominal-answered", "stranded-subject", "stative-passive",
    "nominal-gathered-for", "participle-clause",
}


def _param(row: dict):
    marks = [pytest.mark.xfail(reason=row["known_gap"], strict=False)] if row.get("known_gap") else []
    return pytest.param(row, id=f"{row['pattern']}:{row['trigger']}:{row['sentence'][:40]}", marks=marks)


def _actor_matches(expected, actual) -> bool:
    if expected is None:
        return actual is None
    if expected["country"] is None and expected["sector"] is None:
        return True
    if actual is None:
        return False
    return all(expected[key] is None or getattr(actual, key) == expected[key] for key in ("country", "sector"))


def _problems(row: dict, event) -> list[str]:
    problems = []
    if event.event_type != row["event_type"]:
        problems.append(f"type {event.event_type}")
    if row["mode"] is not None and event.mode != row["mode"]:
        problems.append(f"mode {event.mode}")
    for role in ("actor1", "actor2"):
        actual = getattr(event, role)
        if role in row and not _actor_matches(row[role], actual):
            problems.append(f"{role} {actual and (actual.text, actual.country, actual.sector)}")
    if event.attribution.status != row["status"]:
        problems.append(f"status {event.attribution.status}")
    return problems


@pytest.mark.parametrize("row", [_param(row) for row in ROWS])
def test_roles_table_row(tidings_nlp, row):
    events = tidings_nlp(row["sentence"], date=row["date"]).events
    at_trigger = [e for e in events if row["trigger"] in (e.trigger.text, e.trigger.text.split()[0], e.trigger.text.split()[-1])]
    assert at_trigger, f"no event at {row['trigger']!r}: {[e.trigger.text for e in events]}"
    found = [_problems(row, e) for e in at_trigger[:1] if row.get("first")] or [_problems(row, e) for e in at_trigger]
    assert any(not problems for problems in found), found


def test_roles_table_covers_every_type_and_pattern():
    types = Counter(row["event_type"] for row in ROWS)
    assert len(ROWS) >= 60
    assert all(types[t] >= 2 for t in PLOVER_TYPES), types
    assert {row["pattern"] for row in ROWS} == PATTERNS
