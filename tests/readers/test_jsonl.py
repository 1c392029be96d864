import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.errors import BadRecordError
from tidings.model import Document
from tidings.readers import document_from_json, read_jsonl


def _line(record: object) -> bytes:
    return json.dumps(record).encode()


@pytest.mark.parametrize(
    "record,expected",
    [
        ({"id": "a", "text": "Rebels attacked."}, Document(id="a", text="Rebels attacked.")),
        (
            {"id": "a", "text": "x", "title": "T", "date": "2015-06-02", "url": "u", "source": "s", "lang": "fr"},
            Document(id="a", text="x", title="T", date=dt.date(2015, 6, 2), url="u", source="s", lang="fr"),
        ),
        ({"id": 7, "text": "", "date": "2015-06-02T10:00:00Z"}, Document(id="7", text="", date=dt.date(2015, 6, 2))),
        ({"id": "a", "text": "x", "date": "", "lang": None, "extra": [1]}, Document(id="a", text="x")),
    ],
)
def test_jsonl_reads_contract_fields(record, expected):
    assert list(read_jsonl([_line(record)], "in.jsonl")) == [expected]


@pytest.mark.parametrize(
    "line,message",
    [
        (b'{"id": "a", "text": "x"', "not valid JSON (Expecting ',' delimiter at column 24)"),
        (b"[1, 2]", "not a JSON object (got a list)"),
        (b'"just text"', "not a JSON object (got a string)"),
        (b'{"id": "a"}', 'missing "text"; every line needs "id" and "text"'),
        (b'{"text": "x"}', 'missing "id"; every line needs "id" and "text"'),
        (b'{"id": "a", "text": null}', '"text" must be a string (got null)'),
        (b'{"id": "a", "text": 12}', '"text" must be a string (got a number)'),
        (
            b'{"id": "a", "text": "x", "date": "June 2"}',
            'invalid "date" "June 2" (expected ISO 8601, e.g. "2015-06-02")',
        ),
        (b'{"id": "", "text": "x"}', 'invalid "id" "" (string should have at least 1 character)'),
        (b'{"id": "a", "text": "x", "title": 5}', 'invalid "title" 5 (input should be a valid string)'),
        (b'{"id": "a", "text": "\\ud800"}', '"text" contains an unpaired surrogate (\\ud800-\\udfff escape)'),
        (b'{"id": "a", "text": "caf\xe9"}', "not valid UTF-8 (byte 0xe9 at offset 24); re-save it as UTF-8"),
        (b"[" * 100_000, "not valid JSON (nested too deeply)"),
    ],
)
def test_jsonl_bad_line_is_one_error_with_its_location(line, message):
    good = _line({"id": "ok", "text": "fine"})
    results = list(read_jsonl([good, line, good], "in.jsonl"))
    assert [type(r) for r in results] == [Document, BadRecordError, Document]
    error = results[1]
    assert error.where == "in.jsonl:2"
    assert str(error) == f"[T101] in.jsonl:2: {message}"
    assert error.raw == line.decode("utf-8", errors="replace")


@pytest.mark.parametrize("blank", [b"", b"\n", b"  \r\n", b"\t"])
def test_jsonl_skips_blank_lines_but_counts_them(blank):
    lines = [blank, b"{bad\n"]
    (error,) = read_jsonl(lines, "f.jsonl")
    assert error.where == "f.jsonl:2"


@pytest.mark.parametrize("ending", [b"\n", b"\r\n", b""])
def test_jsonl_accepts_line_endings_and_bom(ending):
    line = "\ufeff".encode() + _line({"id": "a", "text": "x"}) + ending
    assert list(read_jsonl([line], "f.jsonl")) == [Document(id="a", text="x")]


def test_jsonl_document_from_json_raises_bad_record():
    with pytest.raises(BadRecordError, match=r"^\[T101\] here:3: not a JSON object"):
        document_from_json("3", "here:3")


_good_records = st.builds(
    lambda n, text: {"id": f"good-{n}", "text": text},
    st.integers(min_value=0, max_value=10**6),
    st.text(),
)
_junk_lines = st.one_of(
    st.binary().map(lambda b: b.replace(b"\n", b"")),
    st.recursive(
        st.none() | st.booleans() | st.floats(allow_nan=False) | st.text(),
        lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    ).map(lambda value: json.dumps(value).encode()),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_good_records, _junk_lines), max_size=20))
def test_jsonl_fuzz_never_raises_and_keeps_every_good_line(items):
    lines = [_line(item) if isinstance(item, dict) else item for item in items]
    results = list(read_jsonl(lines, "fuzz.jsonl"))
    assert all(isinstance(r, (Document, BadRecordError)) for r in results)
    good = [Document(**item) for item in items if isinstance(item, dict)]
    kept = [r for r in results if isinstance(r, Document) and r.id.startswith("good-")]
    assert kept == good
