"""The bundled sample corpus: 203 Wikinews articles (CC BY 2.5, see data/corpus/ATTRIBUTION.md)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .model import Document
from .readers import read_documents

__all__ = ["CORPUS_PATH", "corpus_documents"]

CORPUS_PATH = Path(__file__).resolve().parent / "data" / "corpus" / "wikinews_politics_en.jsonl"


def corpus_documents(limit: int | None = None) -> Iterator[Document]:
    """The bundled articles as Documents, in file order. limit: at most this many."""
    for n, document in enumerate(read_documents([CORPUS_PATH])):
        if limit is not None and n >= limit:
            return
        yield document
