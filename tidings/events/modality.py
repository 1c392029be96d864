"""An event's own modality: negated ("did not attack"), future ("will send"),
hypothetical ("could strike", "threatened to strike", "if they attack").

Reads the word lists of ``data/events/modality.yaml``. Attribution (who claims the event)
is a separate stage: ``tidings.claims``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from collections.abc import Iterator
from typing import Optional

from pydantic import BaseModel
from spacy.tokens import Token

from ..datafiles import read_yaml

__all__ = ["DEFAULT_MODALITY", "Modality", "event_modality", "governing_verb", "load_modality"]

DEFAULT_MODALITY = Path(__file__).resolve().parent.parent / "data" / "events" / "modality.yaml"

# Dependencies through which an event is the complement of a governing verb.
COMPLEMENT_DEPS = {"xcomp", "dobj", "pobj", "prep", "pcomp", "acomp", "ccomp"}
# Dependencies through which a noun or adjective hangs from its clause's verb.
GOVERNED_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "pobj", "prep", "acomp"}


class Modality(BaseModel):
    """The modality word lists (see modality.yaml)."""

    version: str
    negation: list[str]
    aux: dict[str, list[str]]
    governors: dict[str, list[str]]
    noun_governors: dict[str, list[str]] = {}
    transparent: list[str] = []
    conditional_marks: list[str]


@lru_cache(maxsize=4)
def load_modality(path: Path = DEFAULT_MODALITY) -> Modality:
    """Read and validate the modality lists. RETURNS (Modality)."""
    return read_yaml(path, Modality.model_validate, "modality file")


def event_modality(head: Token, modality: Modality) -> tuple[Optional[str], str]:
    """The status that the trigger's own wording gives, with the rule that decided.

    RETURNS (tuple): (status or None when nothing marks it, rule name).
    """
    verb = head if head.pos_ in ("VERB", "AUX") else governing_verb(head)
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
    for governor in _governors(head, frozenset(modality.transparent)):
        lemma = governor.lemma_.lower()
        lists = modality.governors if governor.pos_ in ("VERB", "AUX") else modality.noun_governors
        for status in ("negated", "future", "hypothetical"):
            if lemma in lists.get(status, ()):
                return status, f"modality:governed-by-{lemma}"
    return None, ""


def governing_verb(token: Token) -> Optional[Token]:
    """The verb a noun or adjective hangs from ("launched an attack" -> launched, "was
    forceful" -> was), if any."""
    for _ in range(3):
        if token.dep_ not in GOVERNED_DEPS or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _governors(head: Token, transparent: frozenset[str]) -> Iterator[Token]:
    """The words whose complement the event is, nearest first: the verb of "threatened to
    strike", through a transparent verb ("planned to impose a curfew": impose, planned),
    the noun of "plans to pull out"."""
    token = head
    for _ in range(4):
        if token.head.i == token.i or token.dep_ == "ccomp":
            return
        parent = token.head
        if token.dep_ == "acl" and parent.pos_ in ("NOUN", "PROPN"):
            yield parent  # "a resolution to expel", "plans to pull out"
            return
        if token.dep_ not in COMPLEMENT_DEPS:
            return
        if parent.pos_ in ("VERB", "AUX", "ADJ"):  # "agreed to withdraw", "is willing to withdraw"
            yield parent
            if parent.lemma_.lower() not in transparent:
                return
        token = parent
