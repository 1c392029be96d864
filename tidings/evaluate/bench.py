"""``tidings bench``: throughput of the tidings pipeline against bare spaCy, in one run.

Both pipelines process the same bundled articles in the same process, one after the
other, after a warm-up; the ratio of the two is what to compare across machines.
"""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Callable, Iterable
from typing import Optional

import spacy

from ..corpus import corpus_documents
from ..pipeline import SPACY_MODEL, load

__all__ = ["run_bench"]

WARMUP_DOCS = 5


def run_bench(limit: Optional[int] = None, rounds: int = 2) -> dict[str, float]:
    """Time bare ``spacy.load(SPACY_MODEL).pipe`` and ``tidings.load().pipe`` on the corpus.

    limit (int | None): use the first N articles (default: all 203).
    rounds (int): interleaved timing rounds; the fastest of each pipeline counts.
    RETURNS (dict): documents, words, *_docs_per_s, *_words_per_s for "spacy" and "tidings",
    ratio (tidings / spaCy throughput) and peak_rss_mb (peak resident memory of the process,
    which holds both pipelines).
    """
    documents = list(corpus_documents(limit))
    texts = [d.text for d in documents]
    words = sum(len(t.split()) for t in texts)
    bare = spacy.load(SPACY_MODEL)
    tidings = load()
    list(bare.pipe(texts[:WARMUP_DOCS]))
    list(tidings.pipe(documents[:WARMUP_DOCS]))

    # Interleaved rounds, best of each: the machine is shared and noisy.
    spacy_seconds = tidings_seconds = float("inf")
    for _ in range(rounds):
        spacy_seconds = min(spacy_seconds, _seconds(lambda: bare.pipe(texts)))
        tidings_seconds = min(tidings_seconds, _seconds(lambda: tidings.pipe(documents)))

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    return {
        "documents": len(documents),
        "words": words,
        "spacy_docs_per_s": len(documents) / spacy_seconds,
        "spacy_words_per_s": words / spacy_seconds,
        "tidings_docs_per_s": len(documents) / tidings_seconds,
        "tidings_words_per_s": words / tidings_seconds,
        "ratio": spacy_seconds / tidings_seconds,
        "peak_rss_mb": peak_mb,
    }


def _seconds(run: Callable[[], Iterable[object]]) -> float:
    start = time.perf_counter()
    for _ in run():
        pass
    return time.perf_counter() - start
