"""Find event triggers: tokens whose lemma (with its particle or modifier) is in the lexicon."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span, Token

from .lexicon import Lexicon, TriggerRule
from .roles import TIME_LABELS, fits_requirements, pobj

__all__ = ["TriggerMatch", "find_triggers", "is_no_event"]

# Dependents that form a multi-word verb key: "push back", "call for", "hold talks", "found
# X guilty" (the parser makes "guilty" a clausal complement: only an adjective one counts),
# "declined to comment" (a complement verb without an object of its own).
VERB_PARTS = ("prt", "prep", "dative", "advmod", "dobj", "nsubjpass", "acomp", "compound:prt", "oprd", "ccomp", "xcomp")
# Dependents of a verb key's noun that is not next to the verb and makes no event of its own:
# "the travel ban was lifted", "called the strike a violation".
KEY_NOUN_DEPS = ("nsubjpass", "oprd")
# Left modifiers that form a multi-word noun key: "air strike", "military aid".
NOUN_PARTS = ("compound", "amod", "nmod")
# Entities whose words are names, not events ("the Islamic Front", "Hunger Games").
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT", "LAW"}
# Prepositions that make a noun in apposition to a name an act it describes ("Operation
# Protective Edge, an offensive against Hamas"), not what the name is ("the Levant Front, a
# northern alliance").
ACT_PREPS = {"against", "on", "by", "between", "in", "into"}


@dataclass(frozen=True)
class TriggerMatch:
    """A trigger found in a doc. span: the trigger words; key: the lexicon key matched;
    part: the verb's dependent that forms the key with it ("into" of "moved into")."""

    span: Span
    rule: TriggerRule
    key: str
    part: Optional[Token] = None

    @property
    def head(self) -> Token:
        """The trigger's head token (the verb or the noun)."""
        return self.span.root


def find_triggers(doc: Doc, lexicon: Lexicon) -> Iterator[TriggerMatch]:
    """Yield every trigger of the doc in text order. The longest lexicon key wins per token;
    a noun trigger that is part of a verb's key ("placed on high alert", "the ban was
    lifted") is that verb's trigger."""
    verbs = {t.i: _verb_match(t, lexicon) for t in doc if _is_verb(t)}
    # A noun in a verb's key away from it: "the travel ban was lifted", "called X a breach".
    in_keys = {m.part.i for m in verbs.values() if m is not None and m.part is not None and m.part.dep_ in KEY_NOUN_DEPS}
    covered = -1  # the last token of the previous verb trigger's span
    for token in doc:
        if token.ent_type_ in NAME_LABELS or token.i <= covered or token.i in in_keys:
            continue
        if token.i in verbs:
            match = verbs[token.i]
            covered = match.span.end - 1 if match is not None else covered
        elif token.pos_ == "NOUN" and token.dep_ != "compound" and not _describes_name(token):
            match = _noun_match(token, lexicon)
        else:
            match = None
        if match is not None:
            yield match


def _is_verb(token: Token) -> bool:
    """A verb, or a copula whose adjective may key a comment ("is skeptical of the plan"). A
    participle modifying a noun describes it, it reports nothing ("an alleged abuse", "pledged
    delegates", "a banned party"), unless the parse gives it a subject ("McArthur murdered gay
    men" read as a modifier of "men"); one with an article names people ("the accused")."""
    if token.ent_type_ in NAME_LABELS or (token.dep_ == "amod" and not any(c.dep_ == "nsubj" for c in token.children)):
        return False
    if token.tag_ == "VBN" and any(c.dep_ == "det" for c in token.children):
        return False  # a participle with an article names people: "the accused", "the injured"
    return token.pos_ == "VERB" or (token.pos_ == "AUX" and any(c.dep_ == "acomp" for c in token.children))


def is_no_event(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the verb with one of its words is a key the lexicon says is no event
    ("released a statement", "committed suicide"): the classifier adds no event there."""
    return any(key in lexicon.non_events for key, _, _ in _verb_keys(verb))


def _verb_match(token: Token, lexicon: Lexicon) -> TriggerMatch | None:
    for key, part, noun in _verb_keys(token):
        if key in lexicon.non_events:  # "released a statement"
            return None
        rule = lexicon.verbs.get(key)
        if rule is None:
            continue
        if noun is not None and _next_to(token, noun) and _noun_match(noun, lexicon) is not None:
            end = noun.i + 1  # one event for "placed on high alert", not one per trigger word
        elif part is not None and part.i == token.i + 1 and part.dep_ == "prt":
            end = part.i + 1  # keep the adjacent particle in the trigger text ("pushed back")
        elif part is not None and part.i > token.i and part.dep_ == "acomp":
            end = part.i + 1  # the copula with its adjective ("is deeply concerned")
        else:
            end = token.i + 1
        match = TriggerMatch(token.doc[token.i : end], rule, key, part)
        if fits_requirements(match, lexicon):
            return match
    return None


def _verb_keys(verb: Token) -> Iterator[tuple[str, Optional[Token], Optional[Token]]]:
    """The lexicon keys a verb can match, longest first: (key, the dependent forming it, the
    noun in it). "spoke on the phone": "speak on phone", then "speak on", then "speak";
    "used water cannons": "use water cannon", then "use cannon"; "broke off talks": "break
    off talk", then "break off" and "break talk"."""
    lemma = verb.lemma_.lower()
    particle = next((c.lemma_.lower() for c in verb.children if c.dep_ == "prt"), None)
    longer, pairs = [], []
    for child in verb.children:
        if child.dep_ not in VERB_PARTS or _is_time_phrase(child) or (child.dep_ == "ccomp" and child.pos_ != "ADJ"):
            continue
        if child.lower_ == "according":
            continue  # "struck a building, according to officials" is no "strike accord"
        if child.dep_ == "xcomp" and (child.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in child.children)):
            continue  # "sought to help refugees" is no "seek help"
        word = child.lemma_.lower()
        if child.dep_ == "prep":
            obj = pobj(child)
            if obj is not None:
                longer.append((f"{lemma} {word} {obj.lemma_.lower()}", child, obj))
        elif child.dep_ in ("dobj", "nsubjpass"):  # "lifted the ban", "the ban was lifted"
            modifiers = _modifiers(child)
            for n in range(len(modifiers), 0, -1):
                words = [m.lemma_.lower() for m in reversed(modifiers[:n])]
                longer.append((" ".join([lemma, *words, word]), child, child))
            if particle is not None:
                longer.append((f"{lemma} {particle} {word}", child, child))
        pairs.append((f"{lemma} {word}", child, child if child.dep_ in ("dobj", "nsubjpass", "oprd") else None))
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "a statement released by the court": the noun is its object
        pairs.append((f"{lemma} {verb.head.lemma_.lower()}", verb.head, verb.head))
    yield from longer
    yield from pairs
    yield lemma, None, None


def _next_to(verb: Token, noun: Token) -> bool:
    """Whether the noun's phrase follows the verb directly, or after the verb's particle or
    preposition ("broke off talks", "placed on high alert")."""
    between = verb.doc[verb.i + 1 : noun.left_edge.i]
    return noun.left_edge.i > verb.i and all(t.head.i == verb.i and t.dep_ in ("prt", "prep") for t in between)


def _is_time_phrase(prep: Token) -> bool:
    """Whether a preposition only dates the verb: "said on Friday he could call ..." is no "call on"."""
    return prep.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in TIME_LABELS for c in prep.children)


def _describes_name(noun: Token) -> bool:
    """Whether a noun in apposition to a name, set off by a comma, says what the named is
    ("Levant Front, a northern alliance that includes rebels"): no event, unless a phrase of
    its act follows. Without the comma it is a misparsed second object ("granted X a pardon")."""
    start = noun.left_edge.i
    if noun.dep_ != "appos" or start < 2 or noun.doc[start - 1].text != ",":
        return False
    # the name the noun follows: its head, or an organisation ending the head's phrase
    # ("members of the Levant Front, a northern alliance")
    named = noun.head.pos_ == "PROPN" or noun.doc[start - 2].ent_type_ == "ORG"
    return named and not any(c.dep_ == "prep" and c.lower_ in ACT_PREPS for c in noun.children)


def _modifiers(noun: Token) -> list[Token]:
    """The noun's adjacent left modifiers, nearest first ("suicide car bomb": car, suicide)."""
    modifiers: list[Token] = []
    for child in reversed(list(noun.lefts)):
        if child.dep_ not in NOUN_PARTS or child.i != noun.i - len(modifiers) - 1:
            break
        modifiers.append(child)
    return modifiers


def _noun_match(token: Token, lexicon: Lexicon) -> TriggerMatch | None:
    lemma = token.lemma_.lower()
    holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    held = f"{holder.lemma_.lower()} of {lemma}" if holder is not None else None
    if held in lexicon.non_events:
        return None  # "prisoners of war"
    if held in lexicon.nouns and holder.i == token.i - 2:  # "a state of emergency": the key's words in a row
        return TriggerMatch(token.doc[holder.i : token.i + 1], lexicon.nouns[held], held)
    modifiers = _modifiers(token)
    # Try the longest modifier chain first: "suicide car bomb" before "car bomb" before "bomb".
    for n in range(len(modifiers), 0, -1):
        words = [m.lemma_.lower() for m in reversed(modifiers[:n])]
        key = " ".join([*words, lemma])
        if key in lexicon.non_events:  # "press release"
            return None
        rule = lexicon.nouns.get(key) or lexicon.nouns.get(" ".join([*words, token.lower_]))
        if rule is not None:
            return TriggerMatch(token.doc[token.i - n : token.i + 1], rule, key)
    for prep in (c for c in token.children if c.dep_ == "prep"):  # "a call for talks", "clashes with police"
        obj = pobj(prep)
        keys = ([f"{lemma} {prep.lower_} {obj.lemma_.lower()}"] if obj is not None else []) + [f"{lemma} {prep.lower_}"]
        key = next((k for k in keys if k in lexicon.nouns), None)
        if key is not None:
            return TriggerMatch(token.doc[token.i : token.i + 1], lexicon.nouns[key], key)
    rule = lexicon.nouns.get(lemma) or lexicon.nouns.get(token.lower_)
    return TriggerMatch(token.doc[token.i : token.i + 1], rule, lemma) if rule else None
