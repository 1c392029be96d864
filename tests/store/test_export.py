import csv
import json

import pyarrow.parquet as pq
import pytest

from tidings.errors import InputError, StoreError
from tidings.model import Event
from tidings.store.schema import EXPORT_COLUMNS

from .conftest import DOCS, records

EVENTS = [event for document in DOCS for event in records(document)[1]]


def test_export_jsonl_writes_contract_records(filled, tmp_path):
    path = tmp_path / "events.jsonl"
    assert filled.export(path, "jsonl") == 3
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [Event.model_validate_json(line) for line in lines] == EVENTS
    assert json.loads(lines[0])["attribution"]["source"]["name"] == "US Embassy"


def test_export_csv_writes_the_flat_table(filled, tmp_path):
    path = tmp_path / "events.csv"
    assert filled.export(path, "csv") == 3
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == EXPORT_COLUMNS
    assert [row["event_id"] for row in rows] == [event.event_id for event in EVENTS]
    assert rows[0]["actor1_name"] == "Government of Syria"
    assert float(rows[0]["location_lat"]) == 36.2021
    assert rows[0]["sentence_text"] == EVENTS[0].sentence.text  # the comma inside is quoted


def test_export_parquet_writes_the_flat_table(filled, tmp_path):
    path = tmp_path / "events.parquet"
    assert filled.export(path, "parquet") == 3
    table = pq.read_table(path)
    assert tuple(table.column_names) == EXPORT_COLUMNS
    rows = table.to_pylist()
    assert [row["event_id"] for row in rows] == [event.event_id for event in EVENTS]
    assert rows[0]["date"] == EVENTS[0].date
    assert rows[1]["actor2_country"] == "USA"
    assert rows[2]["confidence"] == pytest.approx(0.7)


@pytest.mark.parametrize("format", ["jsonl", "csv", "parquet"])
def test_export_empty_store_writes_no_rows(store, tmp_path, format):
    assert store.export(tmp_path / f"events.{format}", format) == 0


def test_export_unknown_format_is_input_error(filled, tmp_path):
    with pytest.raises(InputError, match=r"^\[T100\] Unknown export format 'xml'. Use one of: jsonl, csv, parquet.$"):
        filled.export(tmp_path / "events.xml", "xml")


@pytest.mark.parametrize("format", ["csv", "parquet"])
def test_export_to_a_missing_folder_is_store_error(filled, tmp_path, format):
    with pytest.raises(StoreError, match=r"^\[T200\] Cannot export to '.*nope/events'"):
        filled.export(tmp_path / "nope" / "events", format)
