"""Fixtures shared by the whole suite: the real tidings pipeline and the reference article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SEED = SHARED_DATA / "corpus" / "seed.jsonl"


@pytest.fixture(scope="session")
def tidings_nlp():
    """The full tidings pipeline (loaded once per test session)."""
    import tidings

    return tidings.load()


@pytest.fixture(scope="session")
def seed_record() -> dict:
    """The reference article (copyrighted: read from ../shared, never shipped)."""
    if not SEED.is_file():
        pytest.skip("reference article ../shared/data/corpus/seed.jsonl not available")
    return json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture(scope="session")
def seed_result(tidings_nlp, seed_record):
    """The reference article run through the pipeline (a TidingsDoc)."""
    from tidings import Document

    return next(tidings_nlp.pipe([Document.model_validate(seed_record)]))
