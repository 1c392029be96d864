"""The ``tidings_lemmas`` component: verb lemmas spaCy's rule lemmatizer gets wrong.

The lemmatizer strips "-ed", "-es" or "-ing" and keeps the first result that is a word, so
"hoped" becomes "hop", "fined" "fin", "waged" "wag". Every tidings component reads lemmas
(trigger keys, light verbs, modality, attribution cues); this one sets the right lemma on
those verb forms first, from ``data/lemmas.yaml``. A listed form the tagger reads as an
adjective after "be" ("Khashoggi was slain") is the verb's passive participle there.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import RootModel
from spacy.language import Language
from spacy.tokens import Doc

from .datafiles import read_yaml

__all__ = ["DEFAULT_LEMMAS", "LemmaFixes", "load_lemma_fixes"]

DEFAULT_LEMMAS = Path(__file__).resolve().parent / "data" / "lemmas.yaml"


class LemmaFile(RootModel[dict[str, list[str]]]):
    """lemma -> the verb forms that should carry it."""


@lru_cache(maxsize=2)
def load_lemma_fixes(path: Path = DEFAULT_LEMMAS) -> dict[str, str]:
    """Read the fixes. RETURNS (dict[str, str]): lower-case verb form -> lemma."""
    data = read_yaml(path, LemmaFile.model_validate, "lemma fixes file").root
    return {form.lower(): lemma for lemma, forms in data.items() for form in forms}


class LemmaFixes:
    """Sets the listed lemma on a verb token whose form is listed, and makes a listed form
    tagged as a predicative adjective ("was slain") a past participle."""

    def __init__(self, path: Path = DEFAULT_LEMMAS) -> None:
        self.fixes = load_lemma_fixes(path)

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            lemma = self.fixes.get(token.lower_)
            if lemma is None:
                continue
            if token.pos_ == "ADJ" and token.dep_ == "acomp" and token.head.lemma_ == "be":
                token.pos_, token.tag_ = "VERB", "VBN"
            if token.pos_ in ("VERB", "AUX"):
                token.lemma_ = lemma
        return doc


@Language.factory("tidings_lemmas", assigns=["token.lemma", "token.pos", "token.tag"], default_config={"path": str(DEFAULT_LEMMAS)})
def make_lemma_fixes(nlp: Language, name: str, path: str) -> LemmaFixes:
    """Factory of the ``tidings_lemmas`` component."""
    return LemmaFixes(Path(path))
