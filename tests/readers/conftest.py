from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def docs_dir() -> Path:
    """A folder with one file per input format (and files that must be skipped)."""
    return DATA / "docs"


@pytest.fixture
def bad_dir() -> Path:
    """Bad inputs: a JSONL file with bad lines, a non-UTF-8 .txt, an HTML without text."""
    return DATA / "bad"
