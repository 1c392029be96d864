"""The command line, run in-process with Typer's CliRunner: exit codes, messages, files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings import Document
from tidings.cli import app
from tidings.evaluate.sets import SETS, select_sets
from tidings.store import Store

runner = CliRunner()
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

GOOD = [
    {"id": "good-1", "text": "Syrian forces shelled the town of al-Bab on Sunday.", "date": "2015-06-02"},
    {"id": "good-2", "text": "Protesters rallied in Paris against the new law.", "date": "2019-01-05"},
]


def _write_jsonl(path: Path, lines: list[str | bytes]) -> Path:
    with path.open("wb") as handle:
        for line in lines:
            handle.write((line if isinstance(line, bytes) else line.encode("utf-8")) + b"\n")
    return path


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    return _write_jsonl(tmp_path / "good.jsonl", [json.dumps(d) for d in GOOD])


def test_cli_extract_writes_one_record_per_line(good_file: Path, tmp_path: Path):
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["extract", str(good_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert {r["doc_id"] for r in records} == {"good-1", "good-2"}
    shelling = [r for r in records if r["trigger"]["text"] == "shelled"]
    assert shelling and shelling[0]["event_type"] == "assault"
    assert not (tmp_path / "events.jsonl.quarantine.jsonl").exists()


def test_cli_extract_reads_stdin(good_file: Path):
    result = runner.invoke(app, ["extract", "-"], input=good_file.read_text())
    assert result.exit_code == 0, result.output
    assert any(json.loads(line)["doc_id"] == "good-1" for line in result.stdout.splitlines())


def test_cli_extract_bad_input_is_reported_quarantined_and_the_rest_processed(tmp_path: Path):
    bad = _write_jsonl(
        tmp_path / "mixed.jsonl",
        [
            json.dumps(GOOD[0]),
            '{"id": "broken", "text": ',
            json.dumps({"id": "no-text"}),
            b'{"id": "latin1", "text": "caf\xe9"}',
            json.dumps(GOOD[1]),
        ],
    )
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Soldiers fired on protesters in Bogot\xe1.".encode("latin-1"))
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["extract", str(bad), str(latin1), "-o", str(out)])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert any("mixed.jsonl:2" in line and "not valid JSON" in line for line in errors)
    assert any("mixed.jsonl:3" in line and '"text"' in line for line in errors)
    assert any("mixed.jsonl:4" in line and "UTF-8" in line for line in errors)
    assert any("latin1.txt" in line and "UTF-8" in line for line in errors)
    assert "Traceback" not in result.output
    quarantined = [json.loads(line) for line in (tmp_path / "events.jsonl.quarantine.jsonl").read_text().splitlines()]
    expected = [str(bad) + ":2", str(bad) + ":3", str(bad) + ":4", str(latin1)]
    assert [q["where"] for q in quarantined] == expected
    doc_ids = {json.loads(line)["doc_id"] for line in out.read_text().splitlines()}
    assert doc_ids == {"good-1", "good-2"}


def test_cli_missing_file_is_one_line_exit_2(tmp_path: Path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "nope.jsonl" in result.stderr and "Traceback" not in result.output


def test_cli_geoparse_lists_places(good_file: Path):
    result = runner.invoke(app, ["geoparse", str(good_file)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["doc_id"] for line in lines] == ["good-1", "good-2"]
    paris = [t for t in lines[1]["toponyms"] if t["text"] == "Paris"]
    assert paris and paris[0]["country"] == "FRA"


def test_cli_ingest_is_idempotent_and_queryable(good_file: Path, tmp_path: Path):
    db = tmp_path / "t.duckdb"
    first = runner.invoke(app, ["ingest", str(good_file), "--db", str(db)])
    assert first.exit_code == 0, first.output
    with Store(db) as store:
        counts = store.counts()
    second = runner.invoke(app, ["ingest", str(good_file), "--db", str(db)])
    assert second.exit_code == 0 and "skipped 2" in second.stderr
    with Store(db) as store:
        assert store.counts() == counts
        event = store.events(event_type="assault")[0]
    listed = runner.invoke(app, ["events", "--db", str(db), "--type", "assault", "--json"])
    assert event.event_id in listed.stdout
    surer = runner.invoke(app, ["events", "--db", str(db), "--type", "assault", "--json", "--min-confidence", str(event.confidence)])
    assert event.event_id in surer.stdout
    none = runner.invoke(app, ["events", "--db", str(db), "--json", "--min-confidence", "1"])
    assert none.exit_code == 0 and all(json.loads(line)["confidence"] >= 1 for line in none.stdout.splitlines())
    shown = runner.invoke(app, ["show", event.event_id, "--db", str(db)])
    assert shown.exit_code == 0 and "shelled" in shown.stdout and "rule:plover" in shown.stdout
    missing = runner.invoke(app, ["show", "no-such-id", "--db", str(db)])
    assert missing.exit_code == 1 and "No event" in missing.stderr


def test_cli_show_lists_who_denies_a_claim(seed_result, tmp_path: Path):
    db = tmp_path / "seed.duckdb"
    with Store(db) as store:
        store.add(seed_result.document, seed_result.events, seed_result.toponyms)
        claimed = store.events(event_type="assault", status="claimed", source="embassy")
        assert claimed, "the reference article's air strikes are claimed by the US embassy"
        denials = store.responses(claimed[0].event_id)
        assert store.responses("no-such-id") == []
    assert denials and all(d.event_type == "reject" and d.actor1.country == "SYR" for d in denials)
    shown = runner.invoke(app, ["show", claimed[0].event_id, "--db", str(db)], env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    denied_rows = [line for line in shown.stdout.splitlines() if "denied by" in line]
    assert denied_rows and all("Syrian officials" in row and "Reuters" in row for row in denied_rows)


def test_cli_show_lists_who_confirms_a_claim(tidings_nlp, tmp_path: Path):
    text = "Activists said government forces shelled Douma. The Russian defence ministry later confirmed the shelling."
    result = next(tidings_nlp.pipe([Document(id="confirm", text=text, date="2020-01-10")]))
    db = tmp_path / "confirm.duckdb"
    with Store(db) as store:
        store.add(result.document, result.events, result.toponyms)
        claim = [e for e in store.events(status="claimed") if e.trigger.text == "shelled"][0]
    shown = runner.invoke(app, ["show", claim.event_id, "--db", str(db)], env={"COLUMNS": "200"})
    assert shown.exit_code == 0
    rows = [line for line in shown.stdout.splitlines() if "confirmed by" in line]
    assert len(rows) == 1 and "Russian defence ministry" in rows[0] and "shelling" in rows[0]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_cli_export_formats(good_file: Path, tmp_path: Path, fmt: str):
    db = tmp_path / "t.duckdb"
    runner.invoke(app, ["ingest", str(good_file), "--db", str(db)])
    out = tmp_path / f"events.{fmt}"
    result = runner.invoke(app, ["export", "--format", fmt, "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0


def test_cli_schema_is_the_event_json_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert {"event_id", "event_type", "actor1", "trigger", "attribution"} <= set(schema["properties"])


def test_cli_every_command_has_help():
    for command in ("extract", "geoparse", "ingest", "events", "show", "export", "schema", "eval", "bench", "demo"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.stdout, command


def test_cli_eval_unknown_set_lists_the_sets():
    result = runner.invoke(app, ["eval", "nope"])
    assert result.exit_code == 5 and "plover-gsr" in result.stderr


@pytest.mark.parametrize(
    ("name", "set_name", "sets"),
    [("plover-gsr", None, ["plover-gsr"]), ("events", "cameo", ["cameo"]), ("geo", None, ["lgl", "trnews", "eventloc", "eventloc-relabel"]),
     ("claims", None, ["claims"]), ("time", "time-attach", ["time-attach"]), ("all", None, list(SETS))],
)  # fmt: skip
def test_cli_eval_names_a_set_or_an_area(name, set_name, sets):
    assert select_sets(name, set_name) == sets


@pytest.mark.parametrize("args", [["events", "--set", "lgl"], ["nope"], ["nope", "--set", "cameo"]])
def test_cli_eval_wrong_set_or_area_is_one_line_exit_5(args):
    result = runner.invoke(app, ["eval", *args])
    assert result.exit_code == 5 and len(result.stderr.strip().splitlines()) == 1 and "areas events" in result.stderr


def test_cli_eval_an_area_scores_each_of_its_sets():
    if not SHARED_DATA.is_dir():
        pytest.skip("dev data ../shared/data not available")
    result = runner.invoke(app, ["eval", "events", "--limit", "2", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert list(scores) == ["plover-gsr", "case2021", "cameo", "petrarch"] and all(s["n"] == 2 for s in scores.values())


@pytest.mark.parametrize("name", sorted(SETS))
def test_cli_eval_every_registered_set_runs(name):
    if not SETS[name].bundled and not SHARED_DATA.is_dir():
        pytest.skip("dev data ../shared/data not available")
    result = runner.invoke(app, ["eval", name, "--limit", "3"])
    assert result.exit_code == 0, result.output
    assert name in result.stdout
