"""Idempotent, resumable ingest: hash, skip what is stored, process the rest, commit per batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from ..model import Document, Event, Toponym
from .hashing import content_hash
from .store import Store

__all__ = ["IngestReport", "Process", "ingest"]

# The NLP step: new documents in, (document, events, toponyms) out.
Process = Callable[[list[Document]], Iterable[tuple[Document, list[Event], list[Toponym]]]]


@dataclass
class IngestReport:
    """What one ingest did.

    documents_seen (int): documents read from the input.
    documents_added (int): documents processed and stored.
    documents_skipped (int): documents already stored (same content hash) or repeated in the input.
    events_added (int): events stored.
    """

    documents_seen: int = 0
    documents_added: int = 0
    documents_skipped: int = 0
    events_added: int = 0


def ingest(
    store: Store,
    documents: Iterable[Document],
    process: Process,
    batch_size: int = 64,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Store the events of every document not stored yet; re-ingesting the same documents is a no-op.

    Documents are read in batches; for each batch the stored content hashes are looked up, only
    new documents go to ``process``, and its results are committed in one transaction, so a
    crash loses at most the batch in flight and a rerun resumes where it stopped.
    store (Store): where to write.
    documents (Iterable[Document]): the input, streamed (e.g. ``read_documents(...)``).
    process (Callable[[list[Document]], Iterable[tuple[Document, list[Event], list[Toponym]]]]):
        turns new documents into records; a document it leaves out is not stored.
    batch_size (int): documents per transaction.
    progress (Callable[[int], None] | None): called after each batch with the number of
        documents it held (an increment, e.g. ``rich.progress.Progress.advance``).
    RETURNS (IngestReport): counts of what was seen, added and skipped.
    """
    report = IngestReport()
    for batch in _batches(documents, max(1, batch_size)):
        hashes = [content_hash(document) for document in batch]
        seen = store.known_hashes(hashes)
        new = []
        for document, digest in zip(batch, hashes):
            if digest not in seen:
                seen.add(digest)
                new.append(document)
        report.documents_seen += len(batch)
        report.documents_skipped += len(batch) - len(new)
        if new:
            results = list(process(new))
            report.events_added += store.add_many(results)
            report.documents_added += len(results)
        if progress is not None:
            progress(len(batch))
    return report


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch
