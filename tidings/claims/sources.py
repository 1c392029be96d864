"""Who a source is: the speaker of a reporting verb, and the span of its noun phrase.

A source span is the speaker's noun phrase without a leading lowercase determiner,
pre-determiner or possessive pronoun, with its titles, pre-modifiers, coordinated nouns and
prepositional post-modifiers ("Hospital officials in Omsk"), without comma appositions,
relative clauses or parenthesised abbreviations. A common noun with a named apposition
gives the name ("One activist, Nur Khan Liton" -> "Nur Khan Liton"). A medium (a statement,
a tweet, a report) stands for its author when the author is named ("Trump's statement",
"a statement released by the court", "the ministry issued a statement saying ...") and is
the source itself when not. The source keeps the resolution (country, sector) of the
actor its phrase holds, when there is one.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from ..annotations import ActorMention
from ..events.roles import actor_for, agent_of, pobj
from .cues import Cues

__all__ = ["according_to", "source_for", "speaker"]

SUBJECTS = ("nsubj", "csubj")
# A verb without a subject of its own speaks with the verb above it: "..., adding that
# ...", "said ... but denied ...", "also speaking via Twitter", "in blaming Iran".
INHERITS_SUBJECT = ("conj", "advcl", "xcomp", "pcomp")
# "said in a statement", "wrote on Twitter", "told reporters via a message".
MEDIUM_PREPS = ("in", "on", "via", "through")
# What a participle on a noun is charged with: "the man accused of", "blamed for", "charged with".
ACCUSED_PREPS = ("of", "for", "with")
NOUNS = ("NOUN", "PROPN", "PRON", "NUM", "X")
# What stands for the medium it is part of: "Part of the judge's statement reads".
PARTS = ("part", "portion", "excerpt", "extract", "section", "passage")
LEADING_DROPPED = ("det", "predet", "preconj", "punct", "cc")
# What follows a source's head noun inside its phrase (prepositions: ``phrase_preps``).
FOLLOWERS = ("compound", "case", "conj", "cc")
# What stands before it; a modifier holding a clause is no part of it ('"...", added KCNA').
MODIFIERS = ("det", "predet", "preconj", "amod", "compound", "nmod", "poss", "nummod", "quantmod")
CLAUSES = ("ccomp", "nsubj", "nsubjpass", "csubj", "advcl", "parataxis")


def speaker(verb: Token, cues: Cues) -> Optional[Token]:
    """The word standing for who speaks through ``verb``: its subject, its by-agent when
    passive (no one when a passive names none), the subject of the reporting verb it hangs
    off ("..., adding that ...", "said ... but denied ...", "also speaking via Twitter", "was
    forceful in blaming Iran"), the medium noun it describes ("a statement saying ..."), else
    a noun phrase next to it."""
    cited = according_to(verb)
    stolen = cited if cited is not None and cited.dep_ in SUBJECTS else None
    appositive = next((c for c in stolen.children if c.dep_ == "appos"), None) if stolen is not None else None
    if appositive is not None:
        return appositive  # "According to IRNA, the foreign minister, Javad Zarif, said": the minister
    # A misparse may give a verb two subjects: the one nearest the verb speaks ("Millions
    # dwell in the slums, and ... local activists claimed").
    subject = min((c for c in verb.children if c.dep_ in SUBJECTS), key=lambda c: abs(c.i - verb.i), default=None)
    if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
        return verb.head  # "those who think ISIS has been defeated": those
    if subject is not None:
        return subject
    agent = agent_of(verb)
    if agent is not None:
        return agent
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "a bombing was yesterday reported to have killed": no one is named
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        if verb.tag_ == "VBN" and any(c.dep_ == "prep" and c.lower_ in ACCUSED_PREPS for c in verb.children):
            return None  # "the man (anyone) accused of the attack" is who is accused, not who accuses
        return verb.head
    if verb.dep_ in INHERITS_SUBJECT:
        heads = [verb.head, *verb.head.ancestors] if verb.head.i != verb.i else []
        reporting = next((h for h in heads if h.pos_ in ("VERB", "AUX") and cues.quote_standing(h.lemma_.lower())), None)
        if reporting is not None:
            return _quoted(reporting, cues) or speaker(reporting, cues)
        governing = next((h for h in heads if h.pos_ in ("VERB", "AUX")), None)
        if governing is not None:
            return speaker(governing, cues)
    return _adjacent_noun(verb)


def according_to(token: Token) -> Optional[Token]:
    """The X of an "according to X" phrase attached to this token, if any; when the parse left
    the phrase without its object, the subject it gave the token instead ("According to IRNA,
    the foreign minister, Javad Zarif, said": IRNA)."""
    for child in token.children:
        if child.lower_ == "according":
            to = next((c for c in child.children if c.lower_ == "to"), None)
            if to is not None:
                return pobj(to) or next((c for c in token.children if c.dep_ in SUBJECTS and c.left_edge.i == to.i + 1), None)
    return None


def _quoted(verb: Token, cues: Cues) -> Optional[Token]:
    """Who "was quoted as saying" speaks: the passive subject of a citing verb."""
    if verb.lemma_.lower() not in cues.citing_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _adjacent_noun(verb: Token) -> Optional[Token]:
    """The noun phrase a verb the parse left without a subject speaks for: right before it
    ("..., the Syrian Observatory for Human Rights said"), right after it when it follows
    a quotation or comma ('"...", added KCNA'), else before the commas that precede it
    ("the president of the league, Jamel Msallem, said").
    """
    doc = verb.doc
    if verb.i > 0 and doc[verb.i - 1].pos_ in NOUNS:
        return _phrase_head(doc[verb.i - 1])
    if verb.i > 0 and doc[verb.i - 1].is_punct and verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ in ("PROPN", "NOUN", "DET"):
        word = doc[verb.i + 1]
        while word.dep_ in ("compound", "det", "amod") and word.head.i > word.i:
            word = word.head
        return word if word.pos_ in NOUNS else None
    i = verb.i - 1
    while i > 0 and doc[i].text == ",":
        i -= 1
    return _phrase_head(doc[i]) if i < verb.i - 1 and doc[i].pos_ in NOUNS else None


def _phrase_head(word: Token) -> Token:
    """The head noun of the phrase ending at ``word`` ("Rights" -> "Observatory")."""
    while word.dep_ == "compound" or (word.dep_ == "pobj" and word.head.head.pos_ in NOUNS and word.head.head.i < word.i):
        word = word.head if word.dep_ == "compound" else word.head.head
    return word


def source_for(doc: Doc, word: Optional[Token], cues: Cues) -> Optional[ActorMention]:
    """The source a speaker word stands for, as a mention spanning its noun phrase.

    RETURNS (ActorMention | None): None when there is no word or it is no noun phrase.
    """
    if word is None or (word.pos_ not in NOUNS and word.dep_ != "nsubj"):
        return None  # a subject is a noun phrase, whatever its tag ("wrote researcher Lama Fakih")
    head = _named_apposition(_author(word, cues))
    start, end = _phrase(head, cues)
    inner = actor_for(doc, head)
    text = doc[start:end].text
    if inner is None:
        return ActorMention(start, end, text, kind="group", method="claims:source-phrase")
    return ActorMention(
        start, end, text, name=inner.name, country=inner.country, sector=inner.sector,
        actor_id=inner.actor_id, kind=inner.kind, method=f"{inner.method}+claims:source-phrase",
    )  # fmt: skip


def _author(noun: Token, cues: Cues) -> Token:
    """The named author of a medium noun (or of part of one: "Part of the judge's statement
    reads"), else the noun itself."""
    whole = pobj(next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None))
    if noun.lemma_.lower() in PARTS and whole is not None and whole.lemma_.lower() in cues.media:
        noun = whole
    if noun.lemma_.lower() not in cues.media:
        return noun
    for child in noun.children:
        if child.dep_ == "poss" and child.tag_ != "PRP$":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            found = pobj(child)
            # "the account of the U.S. embassy" and "a letter from the ministry" name their
            # author; "a report of attacks" and "footage from the scene" do not.
            if found is not None and (child.lower_ == "by" or actor_for(noun.doc, found) is not None):
                return found
        if child.dep_ == "acl":
            found = agent_of(child)
            if found is not None:
                return found
    # "X issued a statement saying ...", "X told reporters in a statement that ..." (not
    # "declined to comment on reports that ...": the reports are not X's).
    about = noun.head.lower_ == "on" and noun.lemma_.lower() in cues.claim_nouns
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in MEDIUM_PREPS and not about else noun.head
    if cues.answers(verb.lemma_.lower()):
        return noun  # "could not verify reports that ...": the reports are not theirs
    if (noun.dep_ == "dobj" or verb.i != noun.head.i) and verb.pos_ in ("VERB", "AUX"):
        subject = speaker(verb, cues)
        if subject is not None and subject.i != noun.i:
            return subject
    return noun


def _named_apposition(head: Token) -> Token:
    """A common noun's named comma apposition, on the noun or on the end of its
    prepositional phrase ("One activist, Nur Khan Liton", "the mayor of Paris, Anne
    Hidalgo")."""
    if head.pos_ == "PROPN":
        return head
    for token in head.subtree:
        if token.i > head.i and _comma_apposition(token) and token.head.pos_ in ("NOUN", "PROPN") and token.pos_ == "PROPN":
            return token
    return head


def _comma_apposition(token: Token) -> bool:
    return token.dep_ == "appos" and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","


def _phrase(head: Token, cues: Cues) -> tuple[int, int]:
    """Token offsets (start, end exclusive) of the source's noun phrase."""
    start = end = head.i
    for child in head.lefts:
        if child.dep_ in MODIFIERS and not any(t.dep_ in CLAUSES for t in child.subtree):
            start = min(start, child.left_edge.i)
    for child in head.rights:
        if child.dep_ == "punct":
            continue
        if not _follows(child, cues) or _parenthesised(child):
            break
        end = max(end, child.right_edge.i)
    doc = head.doc
    # A comma apposition or a parenthesis inside a post-modifier ends the phrase ("mayor of
    # Paris, Anne Hidalgo", "news agency Korean Central News Agency (KCNA)").
    cut = next((t.i for t in doc[head.i + 1 : end + 1] if t.text in ("(", "[") or _comma_apposition(t)), None)
    if cut is not None:
        end = max(head.i, (cut if doc[cut].text in ("(", "[") else doc[cut].left_edge.i) - 1)
    while start < head.i and _dropped(doc[start]):
        start += 1
    while end > head.i and doc[end].is_punct:
        end -= 1
    return start, end + 1


def _follows(child: Token, cues: Cues) -> bool:
    """Is a right child part of the phrase: a coordinated noun, a possessive ending, or a
    prepositional post-modifier that does not name a medium ("officials in a statement")."""
    if child.dep_ == "appos":
        # A name right after its title, no comma: "foreign ministry spokesman Abbas Mousavi".
        return not _comma_apposition(child)
    if child.dep_ in FOLLOWERS:
        # "Trump's statement" stands for "Trump", not "Trump's".
        return not (child.dep_ == "case" and child.head.dep_ == "poss")
    if child.dep_ != "prep" or child.lower_ not in cues.phrase_preps:
        return False
    return all(c.lemma_.lower() not in cues.media for c in child.children if c.dep_ == "pobj")


def _dropped(token: Token) -> bool:
    """A leading word that is no part of the source's name: "the", "both", "its"; a
    capitalised determiner only when it opens the sentence ("The Guardian" keeps it)."""
    if token.dep_ == "poss" and token.tag_ == "PRP$":
        return True
    if token.ent_type_ in ("DATE", "TIME"):  # "On Friday Ford Motor Company announced"
        return True
    if token.dep_ not in LEADING_DROPPED:
        return False
    return token.is_punct or token.is_lower or token.is_sent_start


def _parenthesised(token: Token) -> bool:
    return token.i > 0 and token.doc[token.left_edge.i - 1].text in ("(", "[")
