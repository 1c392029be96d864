"""An event's own modality: negated ("did not attack"), future ("will send"),
hypothetical ("could strike", "threatened to strike", "if they attack").

Reads the word lists of ``data/events/modality.yaml``. Attribution (who claims the event)
is a separate stage: ``tidings.claims``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Optional

from pydantic import BaseModel
from spacy.tokens import Token

from ..datafiles import read_yaml

__all__ = ["DEFAULT_MODALITY", "Modality", "event_modality", "load_modality"]

DEFAULT_MODALITY = Path(__file__).resolve().parent.parent / "data" / "events" / "modality.yaml"

# Dependencies through which an event is the complement of a governing verb.
COMPLEMENT_DEPS = {"xcomp", "dobj", "pobj", "prep", "pcomp", "acomp", "ccomp"}


class Modality(BaseModel):
    """The modality word lists (see modality.yaml)."""

    version: str
    negation: list[str]
    aux: dict[str, list[str]]
    governors: dict[str, list[str]]
    conditional_marks: list[str]


@lru_cache(maxsize=4)
def load_modality(path: Path = DEFAULT_MODALITY) -> Modality:
    """Read and validate the modality lists. RETURNS (Modality)."""
    return read_yaml(path, Modality.model_validate, "modality file")


def event_modality(head: Token, modality: Modality) -> tuple[Optional[str], str]:
    """The status that the trigger's own wording gives, with the rule that decided.

    RETURNS (tuple): (status or None when nothing marks it, rule name).
    """
    verb = head if head.pos_ in ("VERB", "AUX") else _governing_verb(head)
    clause = verb if verb is not None else head
    words = {c.lower_ for c in clause.children if c.dep_ in ("neg", "aux", "auxpass")}
    words |= {c.lower_ for c in head.children if c.dep_ in ("neg", "det") and c.lower_ == "no"}
    if words & set(modality.negation):
        return "negated", "modality:negation"
    for status in ("future", "hypothetical"):
        if words & set(modality.aux.get(status, ())):
            return status, f"modality:aux-{status}"
    if any(c.dep_ == "mark" and c.lower_ in modality.conditional_marks for c in clause.children):
        return "hypothetical", "modality:conditional"
    governor = _governor(head)
    if governor is not None:
        lemma = governor.lemma_.lower()
        for status in ("negated", "future", "hypothetical"):
            if lemma in modality.governors.get(status, ()):
                return status, f"modality:governed-by-{lemma}"
    return None, ""


def _governing_verb(noun: Token) -> Optional[Token]:
    """The verb a noun trigger depends on ("launched an attack" -> launched), if any."""
    token = noun
    for _ in range(3):
        if token.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr", "pobj", "prep") or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _governor(head: Token) -> Optional[Token]:
    """The verb whose complement the event is: "threatened to strike", "called for talks"."""
    token = head
    for _ in range(4):
        if token.dep_ not in COMPLEMENT_DEPS or token.head.i == token.i:
            return None
        parent = token.head
        if parent.pos_ in ("VERB", "AUX") and token.dep_ != "ccomp":
            return parent
        if token.dep_ == "ccomp":
            return None
        token = parent
    return None
