"""The bundled corpus end to end: ingest twice into a real DuckDB file, nothing duplicated."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.cli import app
from tidings.corpus import CORPUS_PATH, corpus_documents
from tidings.store import Store


def test_corpus_is_bundled_with_its_attribution():
    assert len(list(corpus_documents())) == 203
    assert (CORPUS_PATH.parent / "ATTRIBUTION.md").is_file() and (CORPUS_PATH.parent / "LICENSE").is_file()


@pytest.mark.slow
def test_corpus_demo_twice_leaves_the_same_rows(tmp_path: Path):
    db = tmp_path / "demo.duckdb"
    first = CliRunner().invoke(app, ["demo", "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "203 documents" in first.stdout and "Events by PLOVER type" in first.stdout
    with Store(db) as store:
        counts = store.counts()
    second = CliRunner().invoke(app, ["demo", "--db", str(db)])
    assert second.exit_code == 0 and "0 new, 203 already stored" in second.stdout
    with Store(db) as store:
        assert store.counts() == counts
    assert counts["documents"] == 203 and counts["events"] > 500 and counts["toponyms"] > 1000
