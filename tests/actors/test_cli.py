"""``tidings actors``: search, add (to the overlay), unknown (from a store); the overlay
path resolution and its precedence in the pipeline."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tidings.actors.cli import actors_app
from tidings.actors.dictionary import load_dictionary
from tidings.actors.overlay import DEFAULT_OVERLAY, ENV_VAR, active_overlay, overlay_path
from tidings.model import Document
from tidings.store import Store, ingest

runner = CliRunner()


@pytest.fixture
def overlay(tmp_path, monkeypatch):
    path = tmp_path / "config" / "actors.yaml"
    monkeypatch.setenv(ENV_VAR, str(path))
    return path


def test_cli_overlay_path_option_then_env_then_default(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert overlay_path() == DEFAULT_OVERLAY.expanduser()
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.yaml"))
    assert overlay_path() == tmp_path / "env.yaml"
    assert overlay_path(tmp_path / "given.yaml") == tmp_path / "given.yaml"
    assert active_overlay() is None  # the env file does not exist yet: nothing to read


@pytest.mark.parametrize("name,expected", [("Abadi", "haider_al_abadi"), ("Daesh", "ISIS"), ("Kremlin", "RUS")])
def test_cli_search_lists_matches(overlay, name, expected):
    result = runner.invoke(actors_app, ["search", name])
    assert result.exit_code == 0 and expected in result.output


def test_cli_search_nothing_found(overlay):
    result = runner.invoke(actors_app, ["search", "Qwxzy Nobody"])
    assert result.exit_code == 0 and "No actor matches" in result.output


def test_cli_add_writes_the_overlay_and_wins(overlay):
    result = runner.invoke(actors_app, ["add", "--name", "Zeta Liberation Front", "--country", "syr", "--sector", "REB", "--alias", "ZLF"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"Added Zeta Liberation Front (SYR REB) as user:zeta_liberation_front to {overlay}."
    runner.invoke(actors_app, ["add", "--name", "Hezbollah", "--country", "LBN", "--sector", "PTY"])
    dictionary = load_dictionary(active_overlay())
    assert dictionary.lookup("ZLF")[0].entry.id == "user:zeta_liberation_front"
    assert dictionary.lookup("Hezbollah")[0].entry.sector == "PTY"  # the overlay wins over the bundled entry
    assert "user:zeta_liberation_front" in runner.invoke(actors_app, ["search", "ZLF"]).output


@pytest.mark.parametrize(
    "args,message",
    [
        (["--name", "X", "--sector", "FOO"], "[T100] Unknown sector 'FOO'."),
        (["--name", "X", "--country", "QQQ"], "[T100] Unknown country code 'QQQ'."),
        (["--name", "X", "--kind", "planet"], "[T100] Unknown kind 'planet'."),
        (["--name", "!!!"], "[T100] Actor name '!!!' has no letters or digits."),
    ],
)
def test_cli_add_rejects_bad_codes_in_one_line(overlay, args, message):
    result = runner.invoke(actors_app, ["add", *args])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"tidings: {message}")
    assert not overlay.exists()


def test_cli_add_bad_overlay_file_is_one_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {id: x, colour: red}\n", encoding="utf-8")
    result = runner.invoke(actors_app, ["add", "--name", "X", "--overlay", str(bad)])
    assert result.exit_code == 4 and result.output.startswith("tidings: [T300]") and len(result.output.strip().splitlines()) == 1


def test_cli_pipeline_reads_the_overlay_from_the_env_var(overlay):
    import tidings

    runner.invoke(actors_app, ["add", "--name", "Zeta Liberation Front", "--country", "SYR", "--sector", "REB", "--alias", "ZLF"])
    pipeline = tidings.load().nlp
    doc = pipeline.make_doc("The ZLF shelled the town of Kafr Nabl on Monday.")
    for name, component in pipeline.pipeline:  # up to the actors: the overlay is theirs
        doc = component(doc)
        if name == "tidings_actors":
            break
    found = next(m for m in doc._.actors if m.text == "ZLF")
    assert (found.actor_id, found.country, found.sector) == ("user:zeta_liberation_front", "SYR", "REB")


def test_cli_unknown_lists_names_missing_from_the_dictionary(tidings_nlp, tmp_path):
    from tidings.api import process

    db = tmp_path / "store.duckdb"
    documents = [Document(id=f"d{i}", text=text, date="2015-06-02") for i, text in enumerate([
        "Zorvan Kettleby accused the government of torture.",
        "Zorvan Kettleby attacked the army.",
        "ISIS attacked the army.",
    ])]  # fmt: skip
    with Store(db) as store:
        ingest(store, documents, lambda batch: process(batch, tidings_nlp))
    result = runner.invoke(actors_app, ["unknown", "--db", str(db), "--limit", "5"])
    assert result.exit_code == 0, result.output
    assert "Zorvan Kettleby" in result.output and "Islamic State" not in result.output


def test_cli_unknown_missing_store_is_one_line(tmp_path):
    result = runner.invoke(actors_app, ["unknown", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 3 and result.output.startswith("tidings: [T200]")
