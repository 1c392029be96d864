"""An event's own modality: negated ("did not attack", "no plan to attack"), future ("will
send", "a planned bombing"), hypothetical ("could strike", "threatened to strike", "if they
attack", "will strike if they attack", "would prefer to agree"), and how the wording states
it (``ModalReading.stated``): a future, negated, conditional ("will withdraw unless") or
obliged ("Y must withdraw") action.

Reads the word lists of ``data/events/modality.yaml``. Attribution (who claims the event)
is a separate stage: ``tidings.claims``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from collections.abc import Iterator
from typing import Optional

from pydantic import BaseModel
from spacy.tokens import Token

from ..datafiles import read_yaml

__all__ = ["DEFAULT_MODALITY", "Modality", "ModalReading", "clause_verb", "event_modality", "governed_rule", "governing_verb",
           "has_own_clause", "is_habitual", "is_infinitive", "load_modality", "names_its_object", "subject_taken_as_given",
           "through_adjunct"]

DEFAULT_MODALITY = Path(__file__).resolve().parent.parent / "data" / "events" / "modality.yaml"

# Dependencies through which an event is the complement of a governing verb.
COMPLEMENT_DEPS = {"xcomp", "dobj", "pobj", "prep", "pcomp", "acomp", "ccomp"}
# The prepositions through which a noun governs its content: "the threat of an attack", "a call for talks".
NOUN_CONTENT_PREPS = {"of", "for"}
# Dependencies through which a noun or adjective hangs from its clause's verb.
# Prepositions through which a verb's wording reaches its noun event ("took part in the
# talks", "entered into negotiations", "agreed to talks").
CARRYING_PREPS = {"in", "into", "to"}
# Prepositions of an adjunct of time, manner or source, through which an event is never what
# a verb governs ("during the meeting, it was agreed", "after his conviction, he agreed to").
ADJUNCT_PREPS = {"during", "after", "before", "since", "following", "amid", "amidst", "despite", "per", "throughout",
                 "until", "till", "upon", "like", "unlike", "besides"}
# Nouns that count or measure what their "of" phrase names ("thousands of protesters", "tons
# of food aid", "a series of attacks"): the phrase stands for what it counts.
QUANTITIES = {"thousand", "hundred", "dozen", "million", "score", "group", "crowd", "number", "band", "contingent",
              "column", "unit", "member", "ton", "tonne", "series", "wave", "round", "spate", "string", "barrage"}
# A subject, or its determiner, that says nobody did it.
NEGATIVE_SUBJECTS = {"no", "nobody", "none", "neither"}
GOVERNED_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "pobj", "prep", "acomp"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# What gives a verb a clause of its own (``has_own_clause``).
OWN_CLAUSE_DEPS = {"nsubj", "nsubjpass", "aux", "auxpass"}
# Coordinators that set the second verb against the first.
CONTRASTS = {"but", "yet"}


class Modality(BaseModel):
    """The modality word lists (see modality.yaml)."""

    version: str
    negation: list[str]
    aux: dict[str, list[str]]
    governors: dict[str, list[str]]
    noun_governors: dict[str, list[str]] = {}
    done_objects: list[str] = []
    transparent: list[str] = []
    occurrence: list[str] = []
    habitual: list[str] = []
    forecasts: list[str] = []
    given_nouns: list[str] = []
    conditional_marks: list[str]
    condition_clauses: list[str] = []
    modifiers: dict[str, list[str]] = {}
    speech_nouns: list[str] = []


@dataclass(frozen=True)
class ModalReading:
    """What an event's wording says of it. status: None when nothing marks it; rule: the
    rule that decided; stated: how the wording states the action, the key of the lexicon's
    ``stated`` table ("future", "negated", "conditional", "obligation"; None: not stated)."""

    status: Optional[str] = None
    rule: str = ""
    stated: Optional[str] = None


@lru_cache(maxsize=4)
def load_modality(path: Path = DEFAULT_MODALITY) -> Modality:
    """Read and validate the modality lists. RETURNS (Modality)."""
    return read_yaml(path, Modality.model_validate, "modality file")


def event_modality(head: Token, modality: Modality) -> ModalReading:
    """The status that the trigger's own wording gives, with the rule that decided.

    Nearest wording first: a negation, the noun's own modifier ("a planned bombing"), a
    condition on its modal clause ("will strike if"), a modal auxiliary, its clause being a
    condition, then the words it is the complement of. RETURNS (ModalReading).
    """
    clause = clause_verb(head) or head
    if through_adjunct(head, clause):
        # "did not comment on the attack", "no group claimed credit for the attack": the
        # verb's wording is about the comment or the claim, not the attack.
        clause = head
    words = _clause_words(head, clause)
    if subject_taken_as_given(head, modality):
        words -= {c.lower_ for c in clause.children if c.dep_ == "neg"}
        if head.dep_ == "nsubj":  # "the investigation could last two years" ("charges may be laid" may not)
            words -= {word for kind in ("obligation", "hypothetical") for word in modality.aux.get(kind, ())}
    if words & set(modality.negation):
        return ModalReading("negated", "modality:negation", "negated")
    for status, modifiers in modality.modifiers.items():
        if head.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in modifiers for c in head.children):
            return ModalReading(status, f"modality:modifier-{status}")
    future = bool(words & set(modality.aux.get("future", ())))
    modal = bool(words & {word for kind in modality.aux.values() for word in kind})
    # Only a modal clause is conditional: "I urge you, if you can, to resign" still urges.
    if modal and any(c.dep_ == "advcl" and _marked(c, modality.condition_clauses) for c in clause.children):
        return ModalReading("hypothetical", "modality:condition", "conditional" if future else None)
    for kind in ("future", "obligation", "hypothetical"):
        if kind == "future" and is_habitual(clause, modality):
            continue  # "they would sometimes kill the farmers": what used to happen
        if words & set(modality.aux.get(kind, ())):
            status = "future" if kind == "future" else "hypothetical"
            # An obligation is a demand when someone states it ("Russia said Sudan must
            # return ..."), not where the narrator sets out a procedure ("it must be signed").
            # "must have entered" infers, it obliges nobody.
            obliged = first_conjunct(clause).dep_ == "ccomp" and "have" not in words
            stated = {"future": "future", "obligation": "obligation" if obliged else None}.get(kind)
            return ModalReading(status, f"modality:aux-{kind}", stated)
    if _marked(clause, modality.conditional_marks):
        return ModalReading("hypothetical", "modality:conditional")
    if _forecast_subject(head, modality):
        return ModalReading("future", f"modality:forecast-{head.head.lemma_.lower()}")
    for governor in _governors(head, frozenset(modality.transparent)):
        lemma = _governor_key(governor, head, modality)
        if lemma in modality.given_nouns:
            return ModalReading()  # "denied responsibility for the attack": the attack took place
        if head.dep_ == "dobj" and head.head.i == governor.i and (lemma in modality.done_objects or names_its_object(governor)):
            continue  # "committed the murder"; "called the stabbing an act of barbarity" names it
        lists = modality.governors if governor.pos_ in ("VERB", "AUX") else modality.noun_governors
        for status in ("negated", "future", "hypothetical"):
            if lemma in lists.get(status, ()):
                if status == "negated" and head.lemma_.lower() in modality.speech_nouns:
                    return ModalReading()  # "declined the request": the request was made
                if status != "negated" and _negated(governor, modality):  # "not part of any plan to"
                    return ModalReading("negated", f"modality:negated-{lemma}", "negated")
                # a noun read with its preposition ("a plan for an offensive") and a forecast ("is
                # expected to") state no intent
                states = status != "hypothetical" and lemma == governor.lemma_.lower() and lemma not in modality.forecasts
                stated = status if states else None
                return ModalReading(status, governed_rule(lemma), stated)
    return ModalReading()


def _governor_key(governor: Token, head: Token, modality: Modality) -> str:
    """How a governor is looked up: its lemma, with the preposition whose phrase holds the event
    for a noun ("threat of", "call for") and for a verb listed with one ("prevented protesters
    from marching": "prevent from")."""
    lemma = governor.lemma_.lower()
    prep = next((c for c in governor.children if c.dep_ == "prep" and c.left_edge.i <= head.i <= c.right_edge.i), None)
    if prep is None:
        return lemma
    if governor.pos_ not in ("VERB", "AUX", "ADJ"):
        return f"{lemma} {prep.lower_}"
    key = f"{lemma} {prep.lower_}"
    return key if any(key in words for words in modality.governors.values()) else lemma


def through_adjunct(head: Token, clause: Token) -> bool:
    """Whether a noun trigger hangs from its clause's verb through a preposition that does not
    carry the verb's action over to it ("comment on", "credit for"; "take part in" does)."""
    token = head
    while token.i != clause.i and token.head.i != token.i:
        # "took part in the talks" carries; "a factor in the attack", "an inquiry into the
        # shooting", "In a phone call, Trump might have" do not
        carries = token.lower_ in CARRYING_PREPS and token.head.pos_ not in ("NOUN", "PROPN") and not _fronted(token)
        if token.dep_ == "prep" and not (token.lower_ == "of" and is_quantity(token.head)) and not carries:
            return True
        token = token.head
    return False


def _fronted(prep: Token) -> bool:
    """Whether a preposition opens its clause before the subject ("In the deal, Turkey agreed"):
    an adjunct, never what the verb governs."""
    return any(c.dep_ in SUBJECT_DEPS and prep.i < c.i for c in prep.head.children)


def subject_taken_as_given(head: Token, modality: Modality) -> bool:
    """Whether a noun trigger is the subject its clause says something of ("the trial would not
    be impartial", "the attack did not kill anyone", "the explosions are related"): the clause
    takes the event as given, and its "not", "could" or a denial of it do not undo it, unless
    the verb tells whether it happened ("the vote did not take place", "the strike was not
    carried out", "talks could begin")."""
    clause = head.head
    if head.pos_ != "NOUN" or head.dep_ not in ("nsubj", "nsubjpass") or clause.pos_ not in ("VERB", "AUX"):
        return False
    lemma = clause.lemma_.lower()
    return lemma not in modality.occurrence and not (head.dep_ == "nsubjpass" and lemma in modality.transparent)


def _forecast_subject(head: Token, modality: Modality) -> bool:
    """Whether the event is what a forecast verb schedules ("talks are scheduled for Monday"),
    not the subject of what it forecasts ("the state of emergency was expected to end")."""
    verb = head.head
    return (head.dep_ == "nsubjpass" and verb.lemma_.lower() in modality.forecasts
            and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children))  # fmt: skip


def is_habitual(verb: Token, modality: Modality) -> bool:
    """Whether "would" tells what used to happen ("would sometimes kill", "would often meet")."""
    children = list(verb.children)
    return (any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in children)
            and any(c.dep_ == "advmod" and c.lower_ in modality.habitual for c in children))  # fmt: skip


def is_quantity(token: Token) -> bool:
    """Whether a word counts or measures its "of" phrase: a number or a quantity noun."""
    return token.like_num or token.lemma_.lower() in QUANTITIES


def _clause_words(head: Token, clause: Token) -> set[str]:
    """The negation and auxiliary words of a trigger's clause, a "no" on the trigger (or on the
    first noun it is coordinated with: "no arrests or charges"), and a subject that denies any
    doer ("nobody is conducting", "no group claimed", "neither side")."""
    words = {c.lower_ for c in clause.children if c.dep_ in ("neg", "aux", "auxpass")}
    # An adverbial between the auxiliary and the verb can leave the negation on the auxiliary:
    # "had not, as of yesterday, announced".
    words |= {n.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass") for n in c.children if n.dep_ == "neg"}
    # A verb sharing its first conjunct's subject shares its auxiliaries: "must ensure security
    # and provide aid", "will send tanks and train troops" (not its negation: "did not attack
    # but shelled").
    words |= {c.lower_ for c in first_conjunct(clause).children if c.dep_ == "aux"}
    if clause.tag_ == "VBN" and "have" not in words:
        words.discard("'d")  # "he'd ordered it" is "had"; "he'd have ordered it" is "would"
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    words |= {w for s in subjects for w in (s.lower_, *(c.lower_ for c in s.children if c.dep_ == "det")) if w in NEGATIVE_SUBJECTS}
    first = head
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":  # "no arrests or charges"
        first = first.head
    return words | {c.lower_ for c in first.children if c.dep_ in ("neg", "det") and c.lower_ == "no"}


def first_conjunct(verb: Token) -> Token:
    """The first verb of a coordination the verb belongs to without a subject of its own
    ("must ensure security and provide aid": ensure, for provide); else the verb itself. A
    contrast ends it: "would have faced impeachment but resigned"."""
    while (verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
           and not any(c.dep_ == "cc" and c.lower_ in CONTRASTS and verb.head.i < c.i < verb.i for c in verb.head.children)):  # fmt: skip
        verb = verb.head
    return verb


def _negated(token: Token, modality: Modality) -> bool:
    """Whether a word is negated in its own clause ("did not agree", "no plan")."""
    return bool(_clause_words(token, clause_verb(token) or token) & set(modality.negation))


def _marked(clause: Token, marks: list[str]) -> bool:
    """Whether a clause opens with one of the subordinating words ("if not" only weighs a
    number: "thousands if not tens of thousands killed")."""
    return any(c.dep_ == "mark" and c.lower_ in marks and c.doc[c.i + 1 : c.i + 2].text.lower() != "not"
               for c in clause.children)


def governed_rule(lemma: str) -> str:
    """The rule name of a status given by the word the event is the complement of ("denied
    targeting": ``modality:governed-by-deny``); attribution reads it back."""
    return f"modality:governed-by-{lemma}"


def is_infinitive(verb: Token) -> bool:
    """Whether a verb heads a to-clause ("to withdraw")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def has_own_clause(verb: Token) -> bool:
    """Whether a verb has a subject or an auxiliary of its own: a clause, not a bare participle
    ("Backed by Russia, the army advanced") nor a verb sharing another's arguments ("shot and killed")."""
    return any(c.dep_ in OWN_CLAUSE_DEPS for c in verb.children)


def names_its_object(verb: Token) -> bool:
    """Whether a verb says what its object is ("called the stabbing an act of barbarity"):
    it neither does nor asks for what the object names."""
    return any(c.dep_ == "oprd" for c in verb.children)


def clause_verb(token: Token) -> Optional[Token]:
    """The verb of a trigger's clause: the trigger itself when it is a verb, else the verb it
    hangs from (``governing_verb``), if any."""
    return token if token.pos_ in ("VERB", "AUX") else governing_verb(token)


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
    the noun of "plans to pull out" or of "the threat of an attack"."""
    token = head
    for _ in range(4):
        if token.head.i == token.i or token.dep_ == "ccomp":
            return
        parent = token.head
        if token.dep_ == "acl" and parent.pos_ in ("NOUN", "PROPN"):
            yield parent  # "a resolution to expel", "plans to pull out"
            return
        # "calling for the killers to be brought to justice": a for-to clause is a complement
        for_clause = token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)
        if not for_clause and (token.dep_ not in COMPLEMENT_DEPS
                               or (token.dep_ == "prep" and (token.lower_ in ADJUNCT_PREPS or _fronted(token)))):
            return
        if parent.pos_ in ("VERB", "AUX", "ADJ"):  # "agreed to withdraw", "is willing to withdraw"
            yield parent
            if parent.lemma_.lower() not in transparent:
                return
        elif token.dep_ == "prep" and token.lower_ in NOUN_CONTENT_PREPS and parent.pos_ == "NOUN":
            yield parent  # "the threat of an attack", "a call for talks" (read with the preposition)
        token = parent
