import datetime as dt
import io
import json
import sys

import pytest

from tidings.errors import BadRecordError, InputError
from tidings.model import Document
from tidings.readers import read_documents


def test_inputs_folder_is_recursive_sorted_and_skips_hidden_and_unknown(docs_dir):
    ids = [document.id for document in read_documents([docs_dir])]
    # article.html, note.txt, sub/more.ndjson, wire.jsonl; never .hidden.jsonl or readme.md
    assert ids == ["article.html", "note.txt", "3", "wire-1", "wire-2"]


@pytest.mark.parametrize(
    "name,expected",
    [
        ("note.txt", [Document(id="note.txt", text="Protesters gathered outside parliament in Kyiv on Monday.\n")]),
        ("sub/more.ndjson", [Document(id="3", text="")]),
    ],
)
def test_inputs_single_file(docs_dir, name, expected):
    assert list(read_documents([docs_dir / name])) == expected


def test_inputs_html_text_and_metadata(docs_dir):
    (document,) = read_documents([docs_dir / "article.html"])
    assert document.id == "article.html"
    assert document.title == "Rebels advance near Aleppo"
    assert document.date == dt.date(2015, 6, 2)
    assert document.url == "https://news.example.org/2015/06/02/aleppo"
    assert document.source == "Example News"
    assert "pushed back other insurgents north of Aleppo" in document.text
    assert "Copyright" not in document.text and "Home | World" not in document.text


def test_inputs_jsonl_fields(docs_dir):
    first, second = read_documents([docs_dir / "wire.jsonl"])
    assert (first.id, first.title, first.date, first.source) == (
        "wire-1",
        "Shelling near Aleppo",
        dt.date(2015, 6, 2),
        "Example Wire",
    )
    assert (second.id, second.date, second.lang) == ("wire-2", dt.date(2015, 6, 3), "en")


def test_inputs_unknown_extension_is_read_as_jsonl(tmp_path):
    path = tmp_path / "export.data"
    path.write_text(json.dumps({"id": "x", "text": "y"}) + "\n", encoding="utf-8")
    assert [d.id for d in read_documents([path])] == ["x"]


def test_inputs_stdin_is_jsonl(monkeypatch):
    data = (json.dumps({"id": "s1", "text": "a"}) + "\n{oops\n" + json.dumps({"id": "s2", "text": "b"})).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    errors = []
    assert [d.id for d in read_documents(["-"], on_bad_record=errors.append)] == ["s1", "s2"]
    assert [e.where for e in errors] == ["<stdin>:2"]


def test_inputs_missing_path_raises_before_reading(docs_dir):
    documents = None
    with pytest.raises(InputError) as caught:
        documents = read_documents([docs_dir, "nope/x.jsonl"])
    assert documents is None
    assert str(caught.value) == "[T100] No such file or directory: 'nope/x.jsonl'. Check the path."
    assert caught.value.exit_code == 2


def test_inputs_bad_records_reported_and_good_ones_kept(bad_dir):
    errors: list[BadRecordError] = []
    ids = [d.id for d in read_documents([bad_dir], on_bad_record=errors.append)]
    assert ids == ["good-1", "good-2", "ok.txt"]
    assert [e.where for e in errors] == [
        f"{bad_dir}/empty.html",
        f"{bad_dir}/latin1.txt",
        *(f"{bad_dir}/mixed.jsonl:{n}" for n in (2, 3, 4, 5, 6)),
    ]


def test_inputs_without_handler_the_first_bad_record_raises(bad_dir):
    documents = read_documents([bad_dir / "mixed.jsonl"])
    assert next(documents).id == "good-1"
    with pytest.raises(BadRecordError, match=r"mixed.jsonl:2: not valid JSON"):
        next(documents)


@pytest.mark.parametrize(
    "name,message",
    [
        ("latin1.txt", "not valid UTF-8 (byte 0xe9 at offset 3); re-save it as UTF-8"),
        ("empty.html", "no article text found in the HTML"),
    ],
)
def test_inputs_bad_file_is_one_bad_record(bad_dir, name, message):
    errors: list[BadRecordError] = []
    assert list(read_documents([bad_dir / name, bad_dir / "ok.txt"], on_bad_record=errors.append)) == [
        Document(id="ok.txt", text="Farmers blocked roads in Brussels.")
    ]
    assert [str(error) for error in errors] == [f"[T101] {bad_dir / name}: {message}"]
