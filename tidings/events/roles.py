"""Who did it to whom: an event's actor1 (source) and actor2 (target) from the parse.

Handles active and passive verbs ("X shelled Y", "Y was shelled by X"), agentless
passives (actor1 left empty, not guessed), subjects inherited through control and
coordination ("threatened to strike", "accused X of launching", "attacked and killed"),
relative clauses ("rebels who attacked"), nominal events ("X's attack on Y", "the
bombing of Y by X", "carried out airstrikes"), and coordinated arguments (one event per
pair). An argument word becomes an actor through ``actor_for``: the actor mention that
covers it or hangs off its noun phrase ("Members of the Levant Front").
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Token

from ..actors.resolver import actor_at
from ..annotations import ActorMention
from .lexicon import Lexicon
from .triggers import TriggerMatch

__all__ = ["Roles", "actor_for", "find_roles"]

SUBJECTS = ("nsubj", "csubj")
# Verbs whose object is also the subject of their complement: "urged X to withdraw".
OBJECT_CONTROL = {
    "accuse", "urge", "ask", "force", "order", "allow", "help", "tell", "persuade",
    "encourage", "invite", "warn", "call", "compel", "press", "blame", "charge",
}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# Where to look for an actor inside an argument's noun phrase, nearest first.
NP_DEPS = {"compound", "amod", "poss", "appos", "nmod", "prep", "pobj", "agent", "acl", "npadvmod"}
NP_PREPS = {"of", "from", "by", "for"}
# Noun events whose "of" phrase is the target ("the bombing of X"); for others it is the
# doer ("the withdrawal of troops", "a meeting of ministers").
OF_IS_TARGET = {"assault", "coerce", "sanction", "accuse"}


@dataclass
class Roles:
    """The actors of one trigger; several per side when arguments are coordinated."""

    actor1: list[ActorMention] = field(default_factory=list)
    actor2: list[ActorMention] = field(default_factory=list)
    rule: str = ""


def find_roles(match: TriggerMatch, lexicon: Lexicon) -> Optional[Roles]:
    """Fill actor1/actor2 for a trigger. RETURNS None when the doer is not an actor (a storm)."""
    head = match.head
    if head.pos_ == "VERB":
        subject, target, rule = _verb_arguments(head, match, lexicon)
    else:
        subject, target, rule = _noun_arguments(head, match, lexicon)
    if subject is not None and subject.lemma_.lower() in lexicon.non_agents:
        return None
    doc = head.doc
    actor1 = _actors(doc, subject)
    actor2 = [a for a in _actors(doc, target) if all(a is not b for b in actor1)]
    return Roles(actor1, actor2, rule)


def actor_for(doc: Doc, token: Optional[Token], max_depth: int = 4) -> Optional[ActorMention]:
    """The actor a noun phrase stands for: the mention covering ``token``, else the nearest
    mention inside its phrase (modifiers, possessors, appositions, of/from/by phrases).

    RETURNS (ActorMention | None).
    """
    if token is None:
        return None
    queue: deque[tuple[Token, int]] = deque([(token, 0)])
    while queue:
        current, depth = queue.popleft()
        mention = actor_at(doc, current)
        if mention is not None:
            return mention
        if depth == max_depth:
            continue
        for child in current.children:
            if child.dep_ not in NP_DEPS:
                continue
            if child.dep_ == "prep" and child.lower_ not in NP_PREPS:
                continue
            queue.append((child, depth + 1))
    return None


def _country_modifier(doc: Doc, noun: Token) -> Optional[ActorMention]:
    """A state actor from a country or demonym modifying a noun that is no actor itself:
    "Russian jets" -> RUS, "U.S. anti-tank rockets" -> USA."""
    modifiers = {c.i for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")}
    for place in doc._.places or []:
        if place.feature == "country" and place.country and any(place.start <= i < place.end for i in modifiers):
            return ActorMention(place.start, place.end, doc[place.start : place.end].text, name=place.name,
                                country=place.country, kind="state", method="place:country-modifier")  # fmt: skip
    return None


def _actors(doc: Doc, token: Optional[Token]) -> list[ActorMention]:
    """One actor per coordinated argument: "Iran and Syria" gives two."""
    if token is None:
        return []
    found: list[ActorMention] = []
    for argument in (token, *token.conjuncts):
        mention = actor_for(doc, argument) or _country_modifier(doc, argument)
        if mention is not None and all(mention is not m for m in found):
            found.append(mention)
    return found


def _verb_arguments(verb: Token, match: TriggerMatch, lexicon: Lexicon) -> tuple[Optional[Token], Optional[Token], str]:
    children = {c.dep_: c for c in verb.children}
    theme_object = match.rule.object == "theme"
    recipient = _recipient(verb, lexicon.recipient_preps(match.rule.type))
    if "nsubjpass" in children:
        theme = children["nsubjpass"]
        agent = children.get("agent")
        subject = _pobj(agent)
        if theme_object:
            # "U.S. rockets would be sent to Iraqi forces": the theme's owner is the doer.
            return subject or theme, recipient, "passive+theme"
        return subject, theme, "passive" if subject is not None else "passive:agentless"
    subject, how = _subject(verb)
    if theme_object:
        dative = children.get("dative")  # "gave Iraq weapons"; "gave weapons to Iraq" is the recipient
        target = dative if dative is not None and dative.pos_ != "ADP" else recipient
        return subject, target, f"active+theme{how}"
    target = children.get("dobj") or recipient
    if target is None and "xcomp" in children:
        # "threatened to strike the United States": the target is the complement's object.
        complement = children["xcomp"]
        target = next((c for c in complement.children if c.dep_ == "dobj"), None)
        target = target or _recipient(complement, lexicon.recipient_preps(match.rule.type))
        return subject, target, f"active{how}+complement-object"
    return subject, target, f"active{how}"


def _noun_arguments(noun: Token, match: TriggerMatch, lexicon: Lexicon) -> tuple[Optional[Token], Optional[Token], str]:
    recipient = _recipient(noun, lexicon.recipient_preps(match.rule.type))
    of_phrase = _pobj(next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None))
    by_phrase = _pobj(next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None))
    of_is_target = match.rule.type in OF_IS_TARGET or by_phrase is not None
    target = recipient or (of_phrase if of_is_target else None)
    subject = by_phrase or (None if of_is_target else of_phrase)
    if subject is not None:
        return subject, target, "nominal:of-by"
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    if possessor is not None and possessor.lower_ not in {"its", "their", "his", "her"}:
        return possessor, target, "nominal:possessive"
    modifier = next(
        (c for c in noun.lefts if c.i < match.span.start and c.dep_ in ("amod", "compound", "nmod") and actor_at(noun.doc, c)),
        None,
    )
    if modifier is not None:
        return modifier, target, "nominal:modifier"
    governor = noun.head
    if noun.dep_ in ("dobj", "attr") and governor.pos_ in ("VERB", "AUX"):
        # A light verb carries the doer: "carried out airstrikes", "launched an attack on X".
        subject, how = _subject(governor)
        target = target or _recipient(governor, lexicon.recipient_preps(match.rule.type))
        return subject, target, f"nominal:light-verb{how}"
    return None, target, "nominal"


def _subject(verb: Token, depth: int = 0) -> tuple[Optional[Token], str]:
    """The verb's subject, inherited through control, coordination and relative clauses."""
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head, ":relative"
            return child, ""
        if child.dep_ == "nsubjpass" and depth > 0:
            return None, ""
    if depth > 4 or verb.head.i == verb.i:
        return None, ""
    head = verb.head
    if verb.dep_ == "conj":
        subject, _ = _subject(head, depth + 1)
        return subject, ":coordinated"
    if verb.dep_ == "xcomp":
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None and head.lemma_.lower() in OBJECT_CONTROL:
            return obj, ":object-control"
        subject, _ = _subject(head, depth + 1)
        return subject, ":subject-control"
    if verb.dep_ == "relcl":
        return head, ":relative"
    if verb.dep_ == "acl" and verb.tag_ != "VBN":
        return head, ":participle"
    if verb.dep_ == "pcomp":
        governor = head.head
        if governor.pos_ in ("NOUN", "PROPN"):
            return governor, ":of-gerund"  # "accused Syria of launching"
        subject, _ = _subject(governor, depth + 1)
        return subject, ":by-gerund"  # "responded by shelling"
    if verb.dep_ == "advcl":
        subject, _ = _subject(head, depth + 1)
        return subject, ":adverbial"
    return None, ""


def _recipient(token: Token, preps: frozenset[str]) -> Optional[Token]:
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            pobj = _pobj(child)
            if pobj is not None:
                return pobj
    return None


def _pobj(prep: Optional[Token]) -> Optional[Token]:
    if prep is None:
        return None
    return next((c for c in prep.children if c.dep_ == "pobj"), None)
