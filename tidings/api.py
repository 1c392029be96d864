"""The Python API: stream documents in, records out. The CLI is a thin layer over these."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Optional, Union

from .model import Document, Event, GeoparseRecord, Toponym
from .pipeline import Tidings, load

__all__ = ["DocumentLike", "default_pipeline", "extract", "geoparse", "process"]

DocumentLike = Union[Document, Mapping]


@lru_cache(maxsize=1)
def default_pipeline() -> Tidings:
    """The pipeline ``extract``/``geoparse`` use when none is given (loaded once)."""
    return load()


def process(
    documents: Iterable[DocumentLike], nlp: Optional[Tidings] = None
) -> Iterator[tuple[Document, list[Event], list[Toponym]]]:
    """Run documents through the pipeline. RETURNS (Iterator): (document, events, toponyms)."""
    pipeline = nlp or default_pipeline()
    for result in pipeline.pipe(_documents(documents)):
        yield result.document, result.events, result.toponyms


def extract(documents: Iterable[DocumentLike], nlp: Optional[Tidings] = None) -> Iterator[Event]:
    """Event records of the documents, streaming, in input order.

    documents: ``Document``s or dicts with the contract's input keys (``id``, ``text``, ``date``, …).
    RETURNS (Iterator[Event]).
    """
    for _, events, _ in process(documents, nlp):
        yield from events


def geoparse(documents: Iterable[DocumentLike], nlp: Optional[Tidings] = None) -> Iterator[GeoparseRecord]:
    """One geoparse record (every toponym) per document. RETURNS (Iterator[GeoparseRecord])."""
    for document, _, toponyms in process(documents, nlp):
        yield GeoparseRecord(doc_id=document.id, toponyms=toponyms)


def _documents(documents: Iterable[DocumentLike]) -> Iterator[Document]:
    for document in documents:
        yield document if isinstance(document, Document) else Document.model_validate(document)
