import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tidings.store import IngestReport, Store, content_hash, ingest

from .conftest import DOCS, process

REPO = Path(__file__).resolve().parents[2]


class CountingProcess:
    """``process`` that records which documents it was given."""

    def __init__(self):
        self.calls: list[list[str]] = []

    def __call__(self, documents):
        self.calls.append([document.id for document in documents])
        return process(documents)


def test_ingest_stores_and_reports(store):
    steps: list[int] = []
    report = ingest(store, DOCS, process, batch_size=2, progress=steps.append)
    assert report == IngestReport(documents_seen=3, documents_added=3, documents_skipped=0, events_added=3)
    assert steps == [2, 1]
    assert store.counts() == {"documents": 3, "events": 3, "toponyms": 3}


def test_ingest_twice_is_a_no_op(store):
    first, second = CountingProcess(), CountingProcess()
    ingest(store, DOCS, first, batch_size=2)
    before = store.counts()
    report = ingest(store, DOCS, second, batch_size=2)
    assert first.calls == [["doc-1", "doc-2"], ["doc-3"]]
    assert second.calls == []
    assert report == IngestReport(documents_seen=3, documents_added=0, documents_skipped=3, events_added=0)
    assert store.counts() == before


def test_ingest_processes_only_new_or_changed_documents(store):
    ingest(store, DOCS[:2], process)
    counting = CountingProcess()
    changed = DOCS[1].model_copy(update={"date": dt.date(2016, 1, 1)})
    report = ingest(store, [DOCS[0], changed, DOCS[2], DOCS[2]], counting)
    assert counting.calls == [["doc-2", "doc-3"]]
    assert (report.documents_added, report.documents_skipped) == (2, 2)
    assert store.document("doc-2") == changed
    assert store.counts()["documents"] == 3


def test_ingest_document_left_out_by_process_is_retried_later(store):
    report = ingest(store, DOCS, lambda documents: process(documents[:1]))
    assert (report.documents_added, store.counts()["documents"]) == (1, 1)
    counting = CountingProcess()
    ingest(store, DOCS, counting)
    assert counting.calls == [["doc-2", "doc-3"]]


@pytest.mark.parametrize(
    "change",
    [{"id": "other"}, {"text": "Other text."}, {"date": dt.date(2015, 6, 3)}],
)
def test_ingest_content_hash_changes_with_what_decides_events(change):
    document = DOCS[0]
    assert content_hash(document) == content_hash(document.model_copy())
    assert len(content_hash(document)) == 64
    assert content_hash(document.model_copy(update=change)) != content_hash(document)
    assert content_hash(document.model_copy(update={"title": "New title"})) == content_hash(document)


def test_ingest_crash_mid_run_keeps_committed_batches(tmp_path):
    path = tmp_path / "crash.duckdb"
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(REPO)!r})
        from tests.store.conftest import DOCS, process
        from tidings.store import Store, ingest
        calls = []
        def crashing(documents):
            calls.append(documents)
            if len(calls) == 2:
                os._exit(9)  # the process dies: no rollback, no close
            return process(documents)
        ingest(Store({str(path)!r}), DOCS, crashing, batch_size=2)
    """)
    assert subprocess.run([sys.executable, "-c", script], timeout=60).returncode == 9
    with Store(path) as store:
        assert store.counts() == {"documents": 2, "events": 3, "toponyms": 2}
        counting = CountingProcess()
        report = ingest(store, DOCS, counting, batch_size=2)
    assert counting.calls == [["doc-3"]]
    assert (report.documents_skipped, report.documents_added) == (2, 1)


def test_ingest_empty_input(store):
    assert ingest(store, iter([]), process) == IngestReport()


def test_ingest_of_read_documents(store, tmp_path):
    from tidings.readers import read_documents

    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(document.model_dump_json() for document in DOCS) + "\n", encoding="utf-8")
    report = ingest(store, read_documents([path]), process)
    assert report.events_added == 3
    assert store.document("doc-1") == DOCS[0]
