import datetime as dt
import subprocess
import sys
import textwrap

import pytest

from tidings.errors import InputError, StoreError
from tidings.model import Document
from tidings.store import SCHEMA_VERSION, Store

from .conftest import DOCS, process, records


def test_store_schema_created_with_version(store):
    tables = {row[0] for row in store.connection.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"meta", "documents", "events", "toponyms"} <= tables
    version = store.connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    assert version == (str(SCHEMA_VERSION),)
    columns = {row[0] for row in store.connection.execute("DESCRIBE events").fetchall()}
    assert {"event_id", "actor1_name", "actor2_sector", "location_lat", "status", "source_name", "record"} <= columns


def test_store_add_round_trip(store):
    for document in DOCS:
        store.add(*records(document))
    for document in DOCS:
        _, events, _ = records(document)
        assert store.document(document.id) == document
        assert store.events(doc_id=document.id) == events
        for event in events:
            assert store.event(event.event_id) == event
    assert store.counts() == {"documents": 3, "events": 3, "toponyms": 3}


@pytest.mark.parametrize("missing", ["nope", ""])
def test_store_missing_event_and_document_are_none(filled, missing):
    assert filled.event(missing) is None
    assert filled.document(missing) is None


def test_store_file_keeps_data_after_reopen(tmp_path):
    path = tmp_path / "t.duckdb"
    with Store(path) as store:
        store.add_many(process(DOCS))
    with Store(path, read_only=True) as store:
        assert store.counts() == {"documents": 3, "events": 3, "toponyms": 3}
        assert store.document("doc-2") == DOCS[1]


@pytest.mark.parametrize(
    "filters,expected",
    [
        ({}, ["doc-1:25", "doc-1:86", "doc-2:7"]),
        ({"event_type": "assault"}, ["doc-1:25"]),
        ({"country": "syr"}, ["doc-1:25"]),
        ({"country": "USA"}, ["doc-1:86"]),
        ({"country": "EGY"}, ["doc-2:7"]),
        ({"actor": "government of SYRIA"}, ["doc-1:25"]),
        ({"actor": "united states"}, ["doc-1:86"]),
        ({"actor": "protest"}, ["doc-2:7"]),
        ({"status": "claimed"}, ["doc-1:25"]),
        ({"status": "asserted"}, ["doc-1:86", "doc-2:7"]),
        ({"source": "embassy"}, ["doc-1:25"]),
        ({"doc_id": "doc-2"}, ["doc-2:7"]),
        ({"since": "2015-05-31"}, ["doc-1:25"]),
        ({"since": dt.date(2015, 6, 1)}, []),
        ({"until": "2015-05-31"}, ["doc-1:25"]),
        ({"event_type": "assault", "country": "EGY"}, []),
        ({"min_confidence": 0.8}, ["doc-1:25"]),
        ({"min_confidence": 0.7}, ["doc-1:25", "doc-1:86", "doc-2:7"]),
        ({"limit": 2}, ["doc-1:25", "doc-1:86"]),
        ({"limit": None}, ["doc-1:25", "doc-1:86", "doc-2:7"]),
    ],
)
def test_store_events_filters(filled, filters, expected):
    assert [event.event_id for event in filled.events(**filters)] == expected


def test_store_events_bad_date_is_input_error(filled):
    with pytest.raises(InputError, match=r"^\[T100\] Invalid since date 'last week'. Use YYYY-MM-DD.$"):
        filled.events(since="last week")


def test_store_add_replaces_an_edited_document(filled):
    edited = Document(id="doc-2", text="Police arrested protesters in Cairo and Kyiv.", date=dt.date(2015, 6, 5))
    filled.add(*records(edited))
    assert filled.counts() == {"documents": 3, "events": 3, "toponyms": 4}
    assert filled.document("doc-2") == edited
    assert [t[0] for t in filled.connection.execute("SELECT text FROM toponyms WHERE doc_id = 'doc-2'").fetchall()] == [
        "Cairo",
        "Kyiv",
    ]


def test_store_add_many_is_all_or_nothing(store):
    store.add_many(process(DOCS[:1]))
    document, events, toponyms = records(DOCS[1])
    toponyms[0].geonameid = 2**70  # does not fit the BIGINT column: fails after the events are written
    with pytest.raises(OverflowError):
        store.add_many([(document, events, toponyms)])
    assert store.counts() == {"documents": 1, "events": 2, "toponyms": 1}
    assert store.document("doc-2") is None


def test_store_summary(filled):
    summary = filled.summary(top=3)
    assert {key: summary[key] for key in ("documents", "events", "toponyms", "events_by_type")} == {
        "documents": 3,
        "events": 3,
        "toponyms": 3,
        "events_by_type": {"assault": 1, "coerce": 1, "request": 1},
    }
    assert summary["top_actors"] == [
        {"name": "Egyptian police", "country": "EGY", "sector": "COP", "count": 1},
        {"name": "Government of Syria", "country": "SYR", "sector": "MIL", "count": 1},
        {"name": "Iraq", "country": "IRQ", "sector": "GOV", "count": 1},
    ]
    assert summary["top_places"] == [
        {"name": "Aleppo", "country": "SYR", "count": 2},
        {"name": "Cairo", "country": "EGY", "count": 2},
        {"name": "Kyiv", "country": "UKR", "count": 1},
    ]
    assert [example["event_id"] for example in summary["examples"]] == ["doc-1:25", "doc-2:7", "doc-1:86"]
    assert summary["examples"][0]["sentence"] == (
        "Syrian government forces bombed rebels in Aleppo on Sunday, the US Embassy said."
    )
    assert summary["examples"][0]["date"] == "2015-05-31"


def test_store_error_on_a_file_that_is_not_duckdb(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("these are my notes, not a database\n" * 200)
    with pytest.raises(StoreError) as caught:
        Store(path)
    assert (
        str(caught.value)
        == f"[T200] '{path}' is not a DuckDB database file. Pass another store path (a new one is created)."
    )
    assert caught.value.exit_code == 3


def test_store_error_in_a_missing_folder(tmp_path):
    with pytest.raises(StoreError, match="its folder does not exist. Create the folder first.$"):
        Store(tmp_path / "nope" / "t.duckdb")


def test_store_error_on_a_store_locked_by_another_process(tmp_path):
    path = tmp_path / "locked.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from tidings.store import Store
            store = Store({str(path)!r})
            print("open", flush=True)
            sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline() == "open\n"
        with pytest.raises(
            StoreError, match=rf"The store '.*locked.duckdb' is in use by another process \(PID {holder.pid}\)"
        ):
            Store(path)
    finally:
        holder.communicate("\n", timeout=30)


def test_store_error_on_a_duckdb_file_of_another_schema(tmp_path):
    path = tmp_path / "t.duckdb"
    with Store(path) as store:
        store.connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match=r"has store schema version 99; this tidings reads version 1"):
        Store(path)
