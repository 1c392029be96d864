"""The Python entry points of ``tidings.pipeline``: one text, or a stream of documents."""

from __future__ import annotations

from tidings import Document


def test_pipeline_pipe_takes_documents_and_plain_texts(tidings_nlp):
    texts = ["Rebels attacked a convoy near Aleppo.", Document(id="a", text="Police arrested two men.", date="2020-01-10")]
    results = list(tidings_nlp.pipe(texts))
    assert [r.document.id for r in results] == ["doc-1", "a"]
    assert [e.event_type for e in results[0].events] == ["assault"]
    assert str(results[1].events[0].date) == "2020-01-10"


def test_pipeline_call_keeps_the_given_id(tidings_nlp):
    result = tidings_nlp("Police arrested two men.", date="2020-01-10", doc_id="x-1")
    assert result.document.id == "x-1" and result.events[0].doc_id == "x-1"
