"""Find event triggers: tokens whose lemma (with its particle or modifier) is in the lexicon."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .lexicon import Lexicon, TriggerRule

__all__ = ["TriggerMatch", "find_triggers"]

# Dependents that form a multi-word verb key: "push back", "call for", "hold talks".
VERB_PARTS = ("prt", "prep", "dative", "advmod", "dobj", "acomp", "compound:prt")
# Left modifiers that form a multi-word noun key: "air strike", "military aid".
NOUN_PARTS = ("compound", "amod", "nmod")
# Entities of a phrase that dates an event rather than forming its key ("on Friday").
TIME_LABELS = {"DATE", "TIME"}
# Entities whose words are names, not events ("the Islamic Front", "Hunger Games").
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT", "LAW"}


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger found in a doc. span: the trigger words; key: the lexicon key matched."""

    span: Span
    rule: TriggerRule
    key: str

    @property
    def head(self) -> Token:
        """The trigger's head token (the verb or the noun)."""
        return self.span.root


def find_triggers(doc: Doc, lexicon: Lexicon) -> Iterator[TriggerMatch]:
    """Yield every trigger of the doc in text order. The longest lexicon key wins per token."""
    for token in doc:
        if token.ent_type_ in NAME_LABELS:
            continue
        if token.pos_ == "VERB":
            match = _verb_match(token, lexicon)
        elif token.pos_ == "NOUN" and token.dep_ != "compound":
            match = _noun_match(token, lexicon)
        else:
            match = None
        if match is not None:
            yield match


def _verb_match(token: Token, lexicon: Lexicon) -> TriggerMatch | None:
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in VERB_PARTS and not _is_time_phrase(child):
            key = f"{lemma} {child.lemma_.lower()}"
            rule = lexicon.verbs.get(key)
            if rule is not None:
                # Keep the particle in the trigger text when it is adjacent ("pushed back").
                end = child.i + 1 if child.i == token.i + 1 and child.dep_ == "prt" else token.i + 1
                return TriggerMatch(token.doc[token.i : end], rule, key)
    rule = lexicon.verbs.get(lemma)
    return TriggerMatch(token.doc[token.i : token.i + 1], rule, lemma) if rule else None


def _is_time_phrase(prep: Token) -> bool:
    """Whether a preposition only dates the verb: "said on Friday he could call ..." is no "call on"."""
    return prep.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in TIME_LABELS for c in prep.children)


def _noun_match(token: Token, lexicon: Lexicon) -> TriggerMatch | None:
    lemma = token.lemma_.lower()
    modifiers = []
    for child in reversed(list(token.lefts)):  # nearest modifier first
        if child.dep_ not in NOUN_PARTS or child.i != token.i - len(modifiers) - 1:
            break
        modifiers.append(child)
    # Try the longest modifier chain first: "suicide car bomb" before "car bomb" before "bomb".
    for n in range(len(modifiers), 0, -1):
        words = [m.lemma_.lower() for m in reversed(modifiers[:n])]
        key = " ".join([*words, lemma])
        if key in lexicon.non_events:  # "press release"
            return None
        rule = lexicon.nouns.get(key) or lexicon.nouns.get(" ".join([*words, token.lower_]))
        if rule is not None:
            return TriggerMatch(token.doc[token.i - n : token.i + 1], rule, key)
    rule = lexicon.nouns.get(lemma) or lexicon.nouns.get(token.lower_)
    return TriggerMatch(token.doc[token.i : token.i + 1], rule, lemma) if rule else None
