"""``tidings_actor_ruler``: mark actor names from the dictionary in ``doc.ents`` (before ``ner``).

Labels: PERSON (persons), ORG (groups, organisations, institutions such as "the Kremlin"),
GPE (countries and capitals), NORP (demonyms); ``ent_id_`` is the actor id. One-token
names ("Assad", "US", "IS") match case-sensitively (as written, or upper case); longer
names match in lower case (``TokenTrie``; tokens cached, see ``tidings.actors.trie``). A
person name followed by a name particle ("Omar Hassan" in "Omar Hassan al-Bashir") is left
to NER. Among our own matches the longest wins; entities already in ``doc.ents`` (another
ruler) are kept and our overlapping matches dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..annotations import register_extensions
from .dictionary import ActorDictionary, Hit, load_dictionary
from .overlay import active_overlay
from .trie import TokenTrie, tokenized

__all__ = ["ActorRuler", "entity_label"]

_PARTICLE = re.compile(r"\b([Aa]l|[Ee]l|[Aa]d|[Aa]s|[Aa]sh|[Aa]r|[Aa]n|[Aa]z)([- ])(?=\w)")


def entity_label(hit: Hit) -> str:
    """The NER label for a dictionary hit (PERSON, ORG, GPE or NORP)."""
    if hit.how == "demonym":
        return "NORP"
    if hit.how == "metonym":
        return "ORG" if hit.label in ("ORG", "FAC") else "GPE"
    return {"person": "PERSON", "state": "GPE"}.get(hit.entry.kind, "ORG")


def _variants(name: str) -> set[str]:
    """Spellings to match: the name, without a leading "the", Arabic particles with a
    hyphen and with a space ("al-Abadi" / "al Abadi")."""
    base = name[4:] if name.lower().startswith("the ") and len(name) > 4 else name
    out = {base}
    if _PARTICLE.search(base):
        out.add(_PARTICLE.sub(r"\1-", base))
        out.add(_PARTICLE.sub(r"\1 ", base))
    return out


@lru_cache(maxsize=4)
def _tries(nlp: Language, dictionary: ActorDictionary) -> tuple[TokenTrie, TokenTrie]:
    """(one-token names as written and in upper case, matched on ORTH; longer names,
    matched in lower case), built once per nlp and dictionary."""
    variants = sorted({v for e in dictionary.entries.values()
                       for n in (e.name, *e.aliases, *e.demonyms, *(m.name for m in e.metonyms))
                       for v in _variants(n)})
    tokens = tokenized(nlp, variants)
    single = TokenTrie(nlp.vocab, [form for words in tokens if len(words) == 1 for form in (words, [words[0].upper()])], lower=False)
    return single, TokenTrie(nlp.vocab, (words for words in tokens if len(words) > 1))


class ActorRuler:
    """Mark dictionary actors in ``doc.ents``. dictionary: the loaded ActorDictionary."""

    def __init__(self, nlp: Language, name: str = "tidings_actor_ruler", overlay: Optional[str] = None) -> None:
        register_extensions()
        self.name = name
        self.dictionary: ActorDictionary = load_dictionary(active_overlay(overlay))
        self.tries = _tries(nlp, self.dictionary)
        self.particles = {p.lower() for p in self.dictionary.lexicon.name_particles}

    def __call__(self, doc: Doc) -> Doc:
        """Add dictionary actors to ``doc.ents`` without touching existing entities."""
        if len(doc) == 0:
            return doc
        spans = []
        for start, end in (match for trie in self.tries for match in trie(doc)):
            span = doc[start:end]
            hits = self.dictionary.lookup(span.text)
            if not hits or (hits[0].entry.kind == "person" and end < len(doc) and doc[end].lower_ in self.particles):
                continue  # none, or the name goes on ("Omar Hassan al-Bashir"): another person, or NER's
            spans.append(Span(doc, start, end, label=entity_label(hits[0]), span_id=hits[0].entry.id))
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        mine = [s for s in filter_spans(spans) if not any(i in taken for i in range(s.start, s.end))]
        if mine:
            doc.set_ents(mine, default="unmodified")
        return doc


@Language.factory("tidings_actor_ruler", assigns=["doc.ents", "token.ent_type", "token.ent_iob"], default_config={"overlay": None})
def make_actor_ruler(nlp: Language, name: str, overlay: Optional[str]) -> ActorRuler:
    """Factory of ``tidings_actor_ruler``. overlay: the user's dictionary file (None: see
    ``tidings.actors.overlay.overlay_path``)."""
    return ActorRuler(nlp, name, overlay)
