"""Toponym resolution speed and gazetteer memory on the bundled corpus (numbers, not asserts).

Prints: the gazetteer's load time and resident memory (RSS growth of this process while it
loads: the compiled index, curated places and demonyms), toponyms/s of the resolver
(``tidings_places`` alone, on docs already parsed up to it) and of the place ruler plus the
resolver, single-threaded. Times are CPU seconds of this process (``time.process_time``),
the best of ``--repeat`` passes. Targets (issue #6): >= 2,000 toponyms/s, <= 500 MB.

    .venv/bin/python bench/geo_resolve.py [--docs N] [--repeat R]
"""

from __future__ import annotations

import resource
import time
from pathlib import Path

from timing import best_cpu_seconds, parse_arguments

import tidings
from tidings.corpus import corpus_documents
from tidings.geo.gazetteer import load_gazetteer


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; peak RSS elsewhere)."""
    statm = Path("/proc/self/statm")
    if statm.exists():
        return int(statm.read_text().split()[1]) * resource.getpagesize() / 2**20
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    args = parse_arguments(__doc__.splitlines()[0])

    before = rss_mb()
    start = time.process_time()
    gazetteer = load_gazetteer()
    seconds = time.process_time() - start
    print(f"gazetteer: {len(gazetteer):,} places, {len(gazetteer.aliases):,} names, "
          f"load {seconds:.2f} s, {rss_mb() - before:.0f} MB resident")

    nlp = tidings.load().nlp
    names = nlp.pipe_names
    ruler, resolver = nlp.get_pipe("tidings_place_ruler"), nlp.get_pipe("tidings_places")
    texts = [d.text for d in corpus_documents(args.docs)]
    # The ruler is timed on docs parsed up to it (before ner: its matches are not yet taken),
    # the resolver on docs parsed up to the resolver.
    with nlp.select_pipes(enable=names[: names.index("tidings_place_ruler")]):
        unruled = list(nlp.pipe(texts))
    with nlp.select_pipes(enable=names[: names.index("tidings_places")]):
        docs = list(nlp.pipe(texts))

    resolve = best_cpu_seconds(args.repeat, lambda: [resolver(doc) for doc in docs])
    toponyms = sum(len(doc._.places) for doc in docs)
    rule = best_cpu_seconds(args.repeat, lambda: [ruler(doc.copy()) for doc in unruled])
    print(f"resolver: {toponyms:,} toponyms in {len(docs)} docs, {toponyms / resolve:,.0f} toponyms/s")
    print(f"place ruler + resolver: {toponyms / (resolve + rule):,.0f} toponyms/s")
    print(f"process resident memory: {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
