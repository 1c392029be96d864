"""Fixtures for the actor tests: one real spaCy pipeline with both actor components."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Callable, Optional

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import tidings.actors  # noqa: F401  (registers the factories)
from tidings.annotations import register_extensions
from tidings.pipeline import SPACY_MODEL

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


@pytest.fixture(scope="session")
def nlp() -> Language:
    register_extensions()
    nlp = spacy.load(SPACY_MODEL)
    nlp.add_pipe("tidings_actor_ruler", before="ner")
    nlp.add_pipe("tidings_actors")
    return nlp


@pytest.fixture(scope="session")
def run(nlp: Language) -> Callable[[str, Optional[dt.date]], Doc]:
    def _run(text: str, date: Optional[dt.date] = None) -> Doc:
        doc = nlp.make_doc(text)
        doc._.pub_date = date
        return nlp(doc)

    return _run


@pytest.fixture(scope="session")
def seed_doc(run) -> Doc:
    path = SHARED / "corpus" / "seed.jsonl"
    if not path.exists():
        pytest.skip("shared seed corpus not available")
    record = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    return run(record["text"], dt.date.fromisoformat(record["date"]))
