"""``tidings_place_ruler``: mark gazetteer place names as GPE/LOC/FAC before ``ner``.

The small English model calls "Aleppo" NORP and "al-Bab" ORG; this ruler pre-sets such
names so ``ner`` keeps them. It matches only the gazetteer's ruler names (countries, admin-1
units, "X County"-like admin-2 units, cities of >= 50,000 people, curated places; not common
words, see ``ruler_exclude.txt``), case-sensitively, and never touches entities already in
``doc.ents``. It also marks an all-caps dateline that opens a sentence ("MANSFIELD, Ohio --",
"TORRINGTON -") when the gazetteer knows the name, whatever the town's size.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..annotations import register_extensions
from .gazetteer import Gazetteer, fold, load_gazetteer

__all__ = ["PlaceRuler", "spelling_variants"]

_LABELS = {"country": "GPE", "admin1": "GPE", "admin2": "GPE", "city": "GPE", "region": "LOC", "point": "FAC"}
_ARTICLE = re.compile(r"^(al|el|an|ar|as|ash|at|ad|az)[- ]", re.IGNORECASE)
_DATELINE_END = {",", "-", "--", "\u2014", "\u2013", "("}
_DATELINE_MAX_TOKENS = 3


def spelling_variants(name: str) -> set[str]:
    """Accent-free and Arabic-article variants of a name:
    "Al Bāb" -> {"Al Bāb", "Al Bab", "Al-Bab", "al-Bab", "al Bab", ...}."""
    variants = {name, fold(name)}
    for base in list(variants):
        match = _ARTICLE.match(base)
        if match:
            article, rest = match.group(1), base[match.end():]
            for art in (article.lower(), article.capitalize()):
                for sep in ("-", " "):
                    variants.add(f"{art}{sep}{rest}")
    return variants


def _label(gazetteer: Gazetteer, name: str) -> str:
    features = {place.feature for place, _ in gazetteer.candidates(name)}
    for feature in ("country", "admin1", "city", "admin2", "region", "point"):
        if feature in features:
            return _LABELS[feature]
    return "GPE"


class PlaceRuler:
    """Pre-sets place entities from the gazetteer (see module docstring)."""

    def __init__(self, nlp: Language, name: str = "tidings_place_ruler") -> None:
        register_extensions()
        self.name = name
        self.gazetteer = gazetteer = load_gazetteer()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_label: dict[str, list[str]] = {}
        for base in gazetteer.ruler_names:
            label = _label(gazetteer, base)
            by_label.setdefault(label, []).extend(spelling_variants(base))
        for label, names in by_label.items():
            self.matcher.add(label, list(nlp.tokenizer.pipe(sorted(set(names)))))

    def __call__(self, doc: Doc) -> Doc:
        """Add place entities that do not overlap any entity already set."""
        if not len(doc):
            return doc
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        spans = [
            Span(doc, start, end, label=match_id)
            for match_id, start, end in self.matcher(doc)
            if not taken.intersection(range(start, end))
        ]
        new = [span for span in filter_spans(spans) if self._standalone(span)]
        marked = taken.union(*(range(s.start, s.end) for s in new))
        new.extend(d for d in self._datelines(doc) if not marked.intersection(range(d.start, d.end)))
        if new:
            doc.ents = sorted([*doc.ents, *new], key=lambda s: s.start)
        return doc

    def _datelines(self, doc: Doc) -> list[Span]:
        """All-caps place names opening a sentence and followed by a comma or a dash."""
        found = []
        for sent in doc.sents:
            end = sent.start
            while end < sent.end and end - sent.start < _DATELINE_MAX_TOKENS and doc[end].is_upper and doc[end].is_alpha:
                end += 1
            if end == sent.start or end >= len(doc) or doc[end].text not in _DATELINE_END:
                continue
            span = doc[sent.start:end]
            if len(span.text) > 2 and self.gazetteer.candidates(span.text):
                found.append(Span(doc, span.start, span.end, label="GPE"))
        return found

    @staticmethod
    def _standalone(span: Span) -> bool:
        """False when the name is part of a longer proper name ("Paris Hilton", "Washington Post")."""
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        before = doc[span.start - 1] if span.start > 0 else None
        if after is not None and after.is_title and after.pos_ == "PROPN":
            return False
        if before is not None and before.is_title and before.pos_ == "PROPN" and not before.is_sent_start:
            return False
        return True


@Language.factory("tidings_place_ruler", assigns=["doc.ents"], requires=["token.pos"])
def make_place_ruler(nlp: Language, name: str) -> PlaceRuler:
    """Factory of ``tidings_place_ruler``."""
    return PlaceRuler(nlp, name)
