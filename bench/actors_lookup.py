"""Actor lookup and resolution speed on the bundled corpus (numbers, not asserts).

Prints the load costs (dictionary; actor ruler patterns with the token cache cold and
warm) and single-threaded throughput: the ruler (docs/s), the resolver (mentions/s of
``tidings_actors`` alone, on docs already parsed up to ``ner``) and the bare dictionary
lookup (``ActorDictionary.lookup`` on every mention text). Times are CPU seconds of this
process (``time.process_time``), so other jobs on a shared machine do not skew them; the
best of ``--repeat`` passes is kept.

    .venv/bin/python bench/actors_lookup.py [--docs N] [--repeat R]
"""

from __future__ import annotations

import os
import tempfile
from unittest.mock import patch

from timing import best_cpu_seconds, parse_arguments

import tidings
import tidings.actors.dictionary as dictionary_module
import tidings.actors.ruler as ruler_module
from tidings.actors.dictionary import load_dictionary
from tidings.actors.overlay import active_overlay
from tidings.corpus import corpus_documents


def main() -> None:
    args = parse_arguments(__doc__.splitlines()[0])

    nlp = tidings.load().nlp
    overlay = active_overlay()

    def load() -> None:
        dictionary_module._load.cache_clear()
        load_dictionary(overlay)

    print(f"actor dictionary load: {best_cpu_seconds(args.repeat, load):.2f} s")
    dictionary = load_dictionary(overlay)

    def build() -> None:
        ruler_module._tries.cache_clear()
        ruler_module.ActorRuler(nlp)

    with tempfile.TemporaryDirectory() as empty, patch.dict(os.environ, {"TIDINGS_CACHE_DIR": empty}):
        cold = best_cpu_seconds(1, build)
    build()  # fills the user's cache if needed
    print(f"actor ruler patterns: {cold:.2f} s with no token cache, {best_cpu_seconds(args.repeat, build):.2f} s cached")

    ruler = nlp.get_pipe("tidings_actor_ruler")
    resolver = nlp.get_pipe("tidings_actors")
    upstream = nlp.pipe_names[: nlp.pipe_names.index("tidings_actors")]
    docs = []
    for document in corpus_documents(args.docs):
        doc = nlp.make_doc(document.text)
        doc._.pub_date = document.date
        docs.append(doc)
    with nlp.select_pipes(enable=upstream):
        docs = list(nlp.pipe(docs))

    seconds = best_cpu_seconds(args.repeat, lambda: [ruler(nlp.make_doc(doc.text)) for doc in docs])
    print(f"ruler: {len(docs) / seconds:,.0f} docs/s (tokenizer included)")
    seconds = best_cpu_seconds(args.repeat, lambda: [resolver(doc) for doc in docs])
    texts = [m.text for doc in docs for m in doc._.actors]
    print(f"resolver: {len(texts)} mentions in {len(docs)} docs, {len(texts) / seconds:,.0f} mentions/s")
    seconds = best_cpu_seconds(args.repeat, lambda: [dictionary.lookup(text) for text in texts])
    print(f"dictionary lookup: {len(texts) / seconds:,.0f} mentions/s")


if __name__ == "__main__":
    main()
