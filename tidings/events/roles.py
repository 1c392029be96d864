"""Who did it to whom: an event's actor1 (source) and actor2 (target) from the parse.

Handles active and passive verbs ("X shelled Y", "Y was shelled by X", "was condemned in
a statement by X"), agentless passives (actor1 left empty, not guessed), subjects inherited
through control and coordination ("threatened to strike", "accused X of launching",
"attacked and killed", "announced plans to pull out"), relative clauses ("rebels who
attacked"), nominal events ("X's attack on Y", "the bombing of Y by X"), light verbs
("carried out airstrikes", "granted X a pardon", "strikes were carried out by X", "an attack
carried out by X"; the verbs are listed in the lexicon), undergoers ("X came under attack",
"X died in an attack by Y": a rule with ``subject: undergoer``), targets below the object or the complement ("threatened action
against X", "missiles targeting X", "threatened to break relations with X") or the object of
the preposition right after the verb ("reneged on its commitment to X"), and
coordination (one event per pair, in text order: "Iran and Syria", "the navies of China and
Russia", "US and British activists"). When the parse names no target, it is looked for where
coders find it: the doer of the clause an act asks for or allows ("demanded that the US cancel",
"allowed X to participate", "its demand that Israel ease"), the object of a purpose clause or
for-phrase ("staged demonstrations to demand the resignation of X", "mobilized reservists for
a war against Iraq"), the doer of a threat's condition ("if the United States goes ahead"), who presses for what is
refused ("declined to resign despite pressure by X"), who is called in to hear a speech act
("summoned the ambassador to complain"),
the parties of an act done between them ("mediation between X and Y"), the actor cast as a
noun event ("held refugees as human shields"). A participle on a light verb's object acts for
that verb's subject ("issued a declaration demanding"). An argument word becomes an actor
through ``actor_for``: the actor mention that covers it or hangs off its noun phrase
("Members of the Levant Front").
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc, Token

from ..actors.resolver import CIVILIAN_SECTOR, actor_at
from ..annotations import ActorMention
from .lexicon import ArgumentClass, Lexicon
from .modality import clause_verb, first_conjunct, governing_verb, has_own_clause, is_infinitive, is_quantity

if TYPE_CHECKING:  # triggers asks ``fits_requirements`` before it yields a match
    from .triggers import TriggerMatch

__all__ = [
    "Roles", "TIME_LABELS", "actor_for", "agent_of", "befallen", "demand_roles", "done_jointly", "find_roles", "fits_requirements", "pobj",
]

SUBJECTS = ("nsubj", "csubj")
# Verbs whose object is also the subject of their complement: "urged X to withdraw".
OBJECT_CONTROL = {
    "accuse", "urge", "ask", "force", "order", "allow", "help", "tell", "persuade",
    "encourage", "invite", "warn", "call", "compel", "press", "blame", "charge",
}
# Verbs whose prepositional object does what their to-clause says: "called on Israel to
# withdraw", "appealed to Russia to release", "pleaded with the kidnappers to free him".
PREPOSITION_CONTROL = {"call": ("on", "upon"), "appeal": ("to",), "plead": ("with",)}
# Who claims an act did it: "ISIS claimed the attack", "the Taliban claimed responsibility
# for the bombing", "no group has taken credit for it".
CLAIMING_VERBS = {"claim", "take", "accept", "assume", "bear"}
RESPONSIBILITY_NOUNS = {"responsibility", "credit"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
# Verbs whose passive without a by-phrase is the subject's own state, the subject the doer:
# "Iran is committed to the deal", "the party is dedicated to reform".
STATIVE_PASSIVES = {"commit", "dedicate", "devote"}
# What stands between a main verb and its subject ("have agreed", "did not attack", "also
# said"), and the tags of a verb that needs a subject of its own.
VERB_MARKERS = {"aux", "auxpass", "neg", "advmod"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
# Where to look for an actor inside an argument's noun phrase, nearest first.
NP_DEPS = {"compound", "amod", "poss", "appos", "nmod", "prep", "pobj", "agent", "acl", "npadvmod"}
NP_PREPS = {"of", "from", "by", "for"}
# Phrases that give a sector actor its country: "spokesperson for the German government".
COUNTRY_PREPS = {"of", "for", "in", "from"}
# The method suffix of an actor whose country the resolver only guessed from the context.
CONTEXT_METHOD = "+context"
# Types whose verb asks someone to act, or blames someone, through a that-clause: its doer
# is the target ("demanded that the US cancel the sale", "alleged that Israel carried out").
CLAUSE_SUBJECT_TARGETS = {"request", "accuse"}
# Types of noun events whose doers come together for them, and the verbs of coming: "the
# delegations arrived in Oslo for talks", "leaders gathered for a summit" (lemmas).
GATHERING_TYPES = {"consult", "cooperate"}
GATHERING_VERBS = {"go", "come", "return", "arrive", "travel", "fly", "head", "gather", "convene", "assemble"}
# Types of noun events that someone answers: who answers was the target ("rejected the
# UN's appeal", "dismissed the accusations", "defied the threat").
ANSWERED_TYPES = {"request", "accuse", "threaten"}
ANSWERED_PREPS = frozenset({"to"})
# The sector of courts and judges: their "of" phrase on a noun event passes it ("the ruling of
# the court"), whatever the event's type.
JUDICIARY = "JUD"
# Noun events whose "of" phrase is the target ("the bombing of X", "in support of X"); for others it is the
# doer ("the withdrawal of troops", "a meeting of ministers").
OF_IS_TARGET = {"assault", "coerce", "sanction", "accuse", "support"}
# How deep to look for an actor in a purpose clause's object ("the return of property seized by X").
PURPOSE_DEPTH = 6
# Types whose target is the doer of the condition they set: "threatened to stop the talks if
# the United States goes ahead"; and the words that mark such a condition.
CONDITION_TARGETS = {"threaten"}
CONDITION_MARKS = {"if", "unless"}
# Types whose target is whoever presses for what they refuse, named in a despite-phrase:
# "declined to resign despite pressure by X", "refused to step down despite calls from X".
DEFIED_TARGETS = {"reject"}
DEFIED_PREPS = frozenset({"despite"})
# The preposition of the parties an act is done between, and of the goal it is done for.
PARTIES_PREPS = frozenset({"between"})
PURPOSE_PREPS = frozenset({"for"})
# The prepositions of what an act with no doer happened in: "killed in a stampede".
CAUSE_PREPS = frozenset({"in", "during"})
# The prepositions of who an act comes from: "came under attack from rebels".
SENDER_PREPS = frozenset({"from", "by"})
# Entity labels of a preposition's object that is a time, not a party or a key: "talks on
# Wednesday", "said on Friday he could call".
TIME_LABELS = {"DATE", "TIME"}
# Verbs that call someone in to be addressed: a speech act (of these types) said in their
# purpose clause is said to whom they call ("summoned the ambassador to complain", "called in
# the envoy to protest"; not "summoned parliament to approve the budget"). The lemma, and the
# particle it needs (None: none).
SUMMONING_VERBS = {"summon": None, "convoke": None, "call": "in"}
SUMMONED_TYPES = {"accuse", "request", "reject", "threaten", "protest", "consult"}
# Nouns of an "in ..." phrase that give the act's reason, whose own phrase holds its target:
# "a hunger strike in protest of the Russian government's refusal", "in retaliation for X's raid".
REASON_NOUNS = {"protest", "retaliation", "response", "reprisal", "revenge"}


@dataclass
class Roles:
    """The actors of one trigger; several per side when arguments are coordinated."""

    actor1: list[ActorMention] = field(default_factory=list)
    actor2: list[ActorMention] = field(default_factory=list)
    rule: str = ""


def find_roles(match: TriggerMatch, lexicon: Lexicon) -> Optional[Roles]:
    """Fill actor1/actor2 for a trigger. RETURNS None when the doer is not an actor (a storm)."""
    head = match.head
    if head.pos_ in ("VERB", "AUX"):
        subject, target, rule = _verb_arguments(head, match, lexicon)
    else:
        subject, target, rule = _noun_arguments(head, match, lexicon)
    if any(t is not None and t != match.part and _is_non_agent(t, lexicon) for t in (subject, target)):
        return None  # a force of nature does or suffers it: "a storm hit", "fought the fire" (not "opened fire")
    if match.rule.type == "assault" and target is not None and target.lemma_.lower() in lexicon.animals:
        return None  # "poachers killed three elephants", "the killing of 10,000 pigs"
    if subject is None and any(_is_non_agent(cause, lexicon) for cause in _causes(head)):
        return None  # nobody did it, an accident did: "pilgrims were killed in a stampede"
    if head.pos_ in ("VERB", "AUX") and _after_accident(head, lexicon):
        return None  # "the crane collapsed, killing 107"
    doc = head.doc
    actor1 = _actors(doc, subject)
    actor2 = [a for a in _actors(doc, target) if all(a is not b for b in actor1)]
    parties = _parties(head) if not actor2 else None
    if parties is not None and actor1:
        return Roles(actor1, _actors(doc, parties), f"{rule}+between")
    if parties is not None:
        # "fighting between the army and the RSF", "talks between X and Y": PLOVER codes all
        # the parties of a two-sided event as its actors.
        return Roles(_actors(doc, parties), [], f"{rule}+parties")
    return Roles(actor1, [_as_people(doc, a) for a in actor2], rule)


def _as_people(doc: Doc, mention: ActorMention) -> ActorMention:
    """A target named by a bare plural demonym is that state's people, civilians, as CAMEO
    and the PLOVER gold records code it ("refused admittance to Ghanaians", "soldiers shot
    Palestinians"); "the Palestinians" may be their leadership and stays as it is."""
    people = mention.kind == "group" and mention.sector is None and mention.actor_id is not None and mention.actor_id == mention.country
    if not people or (mention.start > 0 and doc[mention.start - 1].lower_ == "the"):
        return mention
    return replace(mention, sector=CIVILIAN_SECTOR, method=f"{mention.method}+people")


def _causes(head: Token) -> Iterator[Token]:
    """The objects of the in/during phrases of a trigger, which name what it happened in."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in CAUSE_PREPS and pobj(child) is not None:
            yield pobj(child)


def _after_accident(head: Token, lexicon: Lexicon) -> bool:
    """Whether a participle tells what an accident did ("the crane collapsed, killing 107",
    "a storm caused a crane to fall, killing 107 and wounding 238")."""
    first = head.head if head.dep_ == "conj" and head.tag_ == "VBG" else head  # "killing 107 and wounding 238"
    return first.dep_ == "advcl" and first.tag_ == "VBG" and befallen(first.head, lexicon)


def befallen(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb tells what befell a thing: an accident verb ("the crane collapsed"), or a
    verb a force of nature does, or whose clause it causes ("a storm caused a crane to fall")."""
    if verb.lemma_.lower() in lexicon.accident_verbs:
        return True
    verbs = [verb, verb.head] if verb.dep_ in ("xcomp", "ccomp") else [verb]
    return any(c.dep_ == "nsubj" and _is_non_agent(c, lexicon) for v in verbs for c in v.children)


def _is_non_agent(token: Token, lexicon: Lexicon) -> bool:
    """Whether a word names a force of nature, a disease or an accident, alone or as the head
    of its name or phrase ("a storm", "Typhoon Haiyan", "a hurricane warning"; "flood victims",
    an actor, are people)."""
    if token.lemma_.lower() in lexicon.non_agents:
        return True
    people = token.pos_ != "PROPN" and any(m.start <= token.i < m.end for m in token.doc._.actors or ())
    return not people and any(c.dep_ == "compound" and c.lemma_.lower() in lexicon.non_agents for c in token.children)


def done_jointly(head: Token, roles: Roles) -> bool:
    """Whether an act is done together: by several doers ("French and Egyptian warships held
    war games") or with a partner ("held exercises with China")."""
    governor = head.head if head.dep_ == "dobj" else head
    return len(roles.actor1) > 1 or any(c.dep_ == "prep" and c.lower_ == "with" for w in {head, governor} for c in w.children)


def demand_roles(head: Token, roles: Roles) -> Roles:
    """The roles of a demand stated as an obligation ("Russia said Sudan must return the
    helicopter"): the asker is the subject of the verb whose complement the obliged clause
    is (none when the narrator says it), the asked is the obliged action's doer."""
    verb = clause_verb(head)
    verb = first_conjunct(verb) if verb is not None else None  # "must ensure security and provide aid"
    asker = _subject(verb.head)[0] if verb is not None and verb.dep_ == "ccomp" else None
    return Roles(_actors(head.doc, asker), list(roles.actor1), "demand")


def fits_requirements(match: TriggerMatch, lexicon: Lexicon) -> bool:
    """Whether a verb trigger's doer and object are of the classes its rule requires, in one
    of its alternatives ("troops left Iraq" is a withdrawal, "the minister left the meeting"
    is not), and without a direct object where the rule says so ("thousands demonstrated"). A
    rule without requirements always fits."""
    if match.rule.no_object and match.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" for c in match.head.children):
        return False
    if not match.rule.requires:
        return True
    arguments = {"doer": _doer(match.head), "object": _object(match.head, match.part)}
    classes = lexicon.argument_classes
    return any(
        all(arguments[role] is not None and _of_class(arguments[role], classes[name]) for role, name in needs.items())
        for needs in match.rule.requires
    )


def _doer(verb: Token) -> Optional[Token]:
    """Who does a verb's action: its subject, or the agent of a passive."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return agent_of(verb)
    return _subject(verb)[0]


def _object(verb: Token, part: Optional[Token]) -> Optional[Token]:
    """What a verb acts on: the object of the key's preposition ("moved into X"), else the
    direct object, the subject of a passive ("ISIS was defeated") or of the verb's clausal
    complement ("allowed X to participate")."""
    if part is not None and part.dep_ == "prep":
        return pobj(part)
    direct = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return direct or (next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None)


def _of_class(token: Token, argument: ArgumentClass) -> bool:
    """Whether an argument word is of a class: the sector, country or kind of the actor it
    names, its lemma, or a place name covering it. A quantity stands for its "of" phrase
    ("thousands of protesters"), a bare number for people ("saved 200 more"; "saved the
    company millions" is money); other modifiers do not ("Pakistani law" is no state)."""
    doc = token.doc
    of_object = pobj(next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None))
    if of_object is None and token.pos_ == "NUM" and "people" in argument.nouns:
        return True
    words = [token, of_object] if of_object is not None and is_quantity(token) else [token]
    for word in words:
        mention = actor_at(doc, word)
        if mention is not None and (
            mention.sector in argument.sectors or mention.country in argument.countries or mention.kind in argument.kinds
        ):
            return True
        if word.lemma_.lower() in argument.nouns:
            return True
    return argument.place and any(p.start <= token.i < p.end for p in doc._.places or [])


def actor_for(doc: Doc, token: Optional[Token], max_depth: int = 4) -> Optional[ActorMention]:
    """The actor a noun phrase stands for: the mention covering ``token``, else the nearest
    mention inside its phrase (modifiers, possessors, appositions, of/from/by phrases).

    RETURNS (ActorMention | None).
    """
    return _locate(doc, token, max_depth)[0]


def _locate(doc: Doc, token: Optional[Token], max_depth: int = 4) -> tuple[Optional[ActorMention], Optional[Token]]:
    """``actor_for`` with the token where the mention was found."""
    if token is None:
        return None, None
    queue: deque[tuple[Token, int]] = deque([(token, 0)])
    while queue:
        current, depth = queue.popleft()
        mention = actor_at(doc, current)
        if mention is not None:
            return mention, current
        if depth == max_depth:
            continue
        for child in current.children:
            if child.dep_ not in NP_DEPS:
                continue
            if child.dep_ == "prep" and child.lower_ not in NP_PREPS:
                continue
            queue.append((child, depth + 1))
    return None, None


def _with_country(doc: Doc, token: Token, mention: ActorMention) -> ActorMention:
    """A sector actor without a country takes the country its phrase names: "spokesperson
    for the German government", "rebels in the Ivory Coast", "the government of Sindh
    province"; one whose country was only guessed from the context, the country of a place
    its phrase names ("a missionary from Calgary arrested in Lebanon": CAN). A new mention;
    the doc's own is left as it is."""
    guessed = mention.method.endswith(CONTEXT_METHOD)
    if mention.country is not None and not guessed:
        return mention
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in COUNTRY_PREPS):
        inner = pobj(prep)
        found = (None if guessed else actor_for(doc, inner)) or (_country_place(doc, inner, any_place=True) if inner is not None else None)
        if found is not None and found.country:
            return replace(mention, country=found.country, method=f"{mention.method}+roles:phrase-country")
    return mention


def _country_modifier(doc: Doc, noun: Token) -> Optional[ActorMention]:
    """A state actor from a country or demonym modifying a noun that is no actor itself,
    or modifying its modifier: "Russian jets" -> RUS, "U.S. anti-tank rockets" -> USA,
    "US Predator attacks" -> USA."""
    for modifier in noun.lefts:
        if modifier.dep_ in ("amod", "compound", "nmod", "poss"):
            found = _country_place(doc, modifier) or (_country_modifier(doc, modifier) if modifier.dep_ == "compound" else None)
            if found is not None:
                return found
    return None


def _country_place(doc: Doc, token: Token, any_place: bool = False) -> Optional[ActorMention]:
    """The country a place name or demonym at ``token`` stands for, as a state actor; with
    ``any_place``, the country of any place named there or in its compound ("Sindh province")."""
    words = {token.i} | ({c.i for c in token.lefts if c.dep_ == "compound"} if any_place else set())
    for place in doc._.places or []:
        if any(place.start <= i < place.end for i in words) and (any_place or place.feature == "country") and place.country:
            return ActorMention(place.start, place.end, doc[place.start : place.end].text, name=place.name,
                                country=place.country, kind="state", method="place:country-modifier")  # fmt: skip
    return None


def _actors(doc: Doc, token: Optional[Token]) -> list[ActorMention]:
    """One actor per coordinated argument: "Iran and Syria" gives two, and so do "the navies
    of China and Russia" and "US and British activists"."""
    if token is None:
        return []
    found: list[ActorMention] = []

    def add(mention: Optional[ActorMention]) -> None:
        if mention is not None and all((mention.start, mention.end) != (m.start, m.end) for m in found):
            found.append(mention)

    # the conjuncts after the argument (a subject misparsed as a later conjunct brings no earlier one)
    for argument in (token, *(c for c in token.conjuncts if c.i > token.i)):
        mention, at = _locate(doc, argument)
        if mention is None:
            add(_country_modifier(doc, argument))
            continue
        add(_with_country(doc, argument, mention))
        for other in at.conjuncts if at is not argument else ():
            add(actor_at(doc, other) or _country_place(doc, other))
        of_object = pobj(next((c for c in at.children if c.dep_ == "prep" and c.lower_ == "of"), None))
        for other in of_object.conjuncts if of_object is not None and mention.sector else ():
            inner = actor_at(doc, other) or _country_place(doc, other)
            if inner is not None and inner.country:
                add(replace(inner, sector=mention.sector, method="roles:coordinated-of"))
        for modifier in (c for c in at.lefts if c.dep_ in ("amod", "compound", "nmod") and c.conjuncts):
            for other in (modifier, *modifier.conjuncts):
                if mention.start <= other.i < mention.end:
                    continue
                place = _country_place(doc, other)
                add(actor_at(doc, other) or (place and replace(place, sector=mention.sector, method="roles:coordinated-modifier")))
    # In text order: the first named is the first actor ("Hungarian and Romanian officials").
    return sorted(found, key=lambda m: m.start)


def _verb_arguments(verb: Token, match: TriggerMatch, lexicon: Lexicon) -> tuple[Optional[Token], Optional[Token], str]:
    # a second object set off by a comma is a misparsed apposition ("refusing admittance to
    # Ghanaians, by far the biggest group"): the first object stays
    children = {c.dep_: c for c in verb.children if not _appended_object(c)}
    doc = verb.doc
    theme_object = match.rule.object == "theme"
    preps = lexicon.recipient_preps(match.rule.type)
    recipient = _recipient(verb, preps) or _recipient(verb, match.rule.opponent_preps)
    if recipient is None and match.part is not None and match.part.dep_ == "acomp":
        # "is skeptical of Iran's claims", "were worried about ISIS": the adjective's topic.
        recipient = _recipient(match.part, lexicon.recipient_preps("comment"))
    if match.rule.subject == "recipient":
        obj = children.get("dobj")
        sender = _recipient(verb, SENDER_PREPS) or (_recipient(obj, SENDER_PREPS) if obj is not None else None)
        return sender, _subject(verb)[0], "active:recipient"
    # "Khashoggi was slain" parses as a participle complement of "was": a passive too.
    copular = verb.dep_ == "acomp" and verb.tag_ == "VBN"
    # "a missile fired by Houthi rebels", "civilians killed in the raid": a participle after
    # its noun is a passive of that noun.
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"
    # "Backed by Russia, the army advanced", "the officers, although suspended from duty, are
    # back": a participle clause with no subject of its own is a passive of the main subject.
    participial = verb.dep_ == "advcl" and verb.tag_ == "VBN" and not has_own_clause(verb)
    passive = "nsubjpass" in children or ("auxpass" in children and verb.tag_ == "VBN") or copular or reduced or participial
    if match.rule.subject == "undergoer":
        # "eight civilians died in an attack by the rebels", "died in Israeli shelling": the
        # subject suffers the event its key's noun names, whose doer that noun's phrase gives.
        noun = pobj(match.part)
        doer = _noun_arguments(noun, replace(match, span=doc[noun.i : noun.i + 1], part=None), lexicon)[0] if noun is not None else None
        return doer, _subject(verb)[0], "active:undergoer"
    if passive and not reduced and verb.lemma_.lower() in STATIVE_PASSIVES and agent_of(verb) is None:
        # "Vietnam is committed to opening up its economy": a state of the subject's own.
        committed = children.get("nsubjpass") or _subject(verb.head if copular else verb)[0]
        return committed, recipient, "passive:stative"
    if passive:
        # "Turkey ... was condemned in a joint statement by Egypt": a coordinated passive
        # shares its theme; the agent may sit in a phrase ("a statement by X").
        if participial:
            theme = next((c for c in verb.head.children if c.dep_ in (*SUBJECTS, "nsubjpass")), None)
        else:
            theme = children.get("nsubjpass") or (verb.head if reduced else _subject(verb.head if copular else verb)[0])
        subject = agent_of(verb) or _phrase_agent(verb, lexicon)
        if theme_object:
            # "U.S. rockets would be sent to Iraqi forces": the theme's owner is the doer.
            return subject or theme, recipient, "passive+theme"
        if theme is not None and match.part is not None and theme.i == match.part.i:
            # The key's own noun is no target: "sanctions were imposed on Iran", "evidence
            # against Russia was presented", "tear gas was used against the protesters".
            return subject, _first_actor(doc, [recipient, _recipient(theme, preps)]), "passive:key-noun"
        return subject, theme, "passive" if subject is not None else "passive:agentless"
    subject, how = _subject(verb)
    if how == ":participle" and subject.dep_ == "dobj" and lexicon.is_light_verb(subject.head) and actor_for(doc, subject) is None:
        # "issued a declaration demanding that ...": who issues the declaration demands.
        subject, how = _subject(subject.head)[0], ":participle-object"
    if theme_object:
        dative = children.get("dative")  # "gave Iraq weapons"; "gave weapons to Iraq" is the recipient
        obj = children.get("dobj")
        recipient = recipient or (_recipient(obj, preps) if obj is not None else None)  # "shared intelligence with X"
        target = dative if dative is not None and dative.pos_ != "ADP" else recipient
        return subject, target or _purpose_target(verb, lexicon), f"active+theme{how}"
    obj = children.get("dobj")
    # The object when it is an actor, else the recipient ("shared evidence with the U.S."),
    # else a target hanging off the object ("threatened action against Russia", "missiles
    # targeting US troops", "lifted the ban on X", "demanded a truce with X": the object is an
    # act, and its target is introduced as a complement's is), else the complement's
    # ("threatened to break relations with Russia").
    complement = children.get("xcomp")
    complement_preps = preps | lexicon.recipient_preps("complement")
    candidates = [obj, recipient, *_object_candidates(obj, complement_preps)[1:]]
    prep_object = _prepositional_object(verb) if obj is None else None
    if prep_object is not None:  # "reneged on his commitment to the Zambian people" (not "called for cooperation to fight X")
        candidates.append(_recipient(prep_object, complement_preps))
    target = _first_actor(doc, candidates)
    if target is None and complement is not None:
        target = _first_actor(doc, _object_candidates(complement, lexicon.recipient_preps("complement")))
        if target is not None:
            return subject, target, f"active{how}+complement-object"
    if target is None and obj is None and (match.rule.type in CLAUSE_SUBJECT_TARGETS or verb.lemma_.lower() in OBJECT_CONTROL):
        # "demanded that the US cancel the sale", "allowed X to participate": the one asked
        # or let is the clause's doer.
        asked = _clause_subject(verb)
        if asked is not None:
            return subject, asked, f"active{how}+clause-subject"
    if target is None and match.rule.type in CONDITION_TARGETS:
        condition = _condition_subject(verb)
        if condition is not None:
            return subject, condition, f"active{how}+condition-subject"
    if target is None and match.rule.type in DEFIED_TARGETS:
        presser = _defied(verb)
        if presser is not None:
            return subject, presser, f"active{how}+despite"
    if target is None:
        summoned = _summoned(verb, match.rule.type)
        if summoned is not None:
            return subject, summoned, f"active{how}+summoned"
    if target is None and not (obj is not None and any(p.start <= obj.i < p.end for p in doc._.places or [])):
        # (a place object is the target: "bombed Gaza in retaliation for X's raid")
        aim = _purpose_target(verb, lexicon)
        if aim is not None:
            return subject, aim, f"active{how}+purpose-object"
    return subject, target or obj or recipient, f"active{how}"


def _appended_object(child: Token) -> bool:
    """Whether a direct object comes after another one of its verb, a comma between them."""
    if child.dep_ != "dobj":
        return False
    first = next((c for c in child.head.children if c.dep_ == "dobj"), child)
    return first.i < child.i and any(t.text == "," for t in child.doc[first.i : child.i])


def _prepositional_object(verb: Token) -> Optional[Token]:
    """The object of the preposition right after a verb, through which the verb takes its
    object ("reneged on his commitment")."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return pobj(after) if after is not None and after.dep_ == "prep" and after.head.i == verb.i else None


def _parties(head: Token) -> Optional[Token]:
    """The parties an act is done between, as its targets: "launched a mediation effort
    between the Emirates and Saudi Arabia", "ended mediation efforts between rival militias"."""
    obj = next((c for c in head.children if c.dep_ == "dobj"), None) if head.pos_ == "VERB" else None
    for word in (head, obj):
        parties = _recipient(word, PARTIES_PREPS) if word is not None else None
        if parties is not None and actor_for(head.doc, parties) is not None:
            return parties
    return None


def _condition_subject(verb: Token) -> Optional[Token]:
    """The doer of an if/unless clause on a verb or its complement, when it is an actor."""
    for word in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        for clause in (c for c in word.children if c.dep_ == "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children):
                return _first_actor(verb.doc, [_subject(clause)[0]])
    return None


def _defied(verb: Token) -> Optional[Token]:
    """The actor pressing for what a verb or its complement refuses, in its despite-phrase
    ("declined to resign despite growing pressure by X")."""
    for word in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        found = _locate(verb.doc, _recipient(word, DEFIED_PREPS), PURPOSE_DEPTH)[1]
        if found is not None:
            return found
    return None


def _summoned(verb: Token, event_type: str) -> Optional[Token]:
    """Who is called in to hear a speech act said in the purpose clause of the call: "summoned
    the ambassador to complain", "called in the envoy to lodge a protest" -> the one called."""
    if event_type not in SUMMONED_TYPES or verb.dep_ not in ("xcomp", "advcl") or not is_infinitive(verb):
        return None
    caller = verb.head
    lemma = caller.lemma_.lower()
    if lemma not in SUMMONING_VERBS:
        return None
    particle = SUMMONING_VERBS[lemma]
    if particle is None:
        called = next((c for c in caller.children if c.dep_ == "dobj"), None)
    else:  # "called in the envoy": the parser reads the particle as a preposition
        called = _recipient(caller, frozenset({particle}))
    return _first_actor(verb.doc, [called])


def _clause_subject(head: Token) -> Optional[Token]:
    """The doer of a that- or to-clause below a word, when it is an actor."""
    clauses = [c for c in head.children if c.dep_ in ("ccomp", "acl")]
    return _first_actor(head.doc, [_subject(c)[0] for c in clauses])


def _purpose_target(verb: Token, lexicon: Lexicon) -> Optional[Token]:
    """The target of an act done for a purpose or a reason: the object of its purpose clause
    ("opened fire to disperse demonstrators", "staged demonstrations to demand the resignation
    of X"), the target of its for-phrase ("mobilized reservists for a war against Iraq"), the
    actor its reason names ("in protest of the government's refusal")."""
    purpose = next((c for c in verb.children if c.dep_ == "advcl" and is_infinitive(c)), None)
    obj = next((c for c in purpose.children if c.dep_ == "dobj"), None) if purpose is not None else None
    # The actor may sit deep in the object: "the return of property seized by X".
    found = _locate(verb.doc, obj, PURPOSE_DEPTH)[1]
    goal = _recipient(verb, PURPOSE_PREPS)
    if found is None and goal is not None:
        found = _first_actor(verb.doc, [_recipient(goal, lexicon.recipient_preps("complement"))])
    reason = _recipient(verb, frozenset({"in"}))
    if found is None and reason is not None and reason.lemma_.lower() in REASON_NOUNS:
        found = _locate(verb.doc, pobj(next((c for c in reason.children if c.dep_ == "prep"), None)), PURPOSE_DEPTH)[1]
    return found


def _phrase_agent(verb: Token, lexicon: Lexicon) -> Optional[Token]:
    """The doer a noun in a passive verb's phrase names: "condemned in a statement by X",
    "killed in an airstrike conducted by X"."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        noun = pobj(prep)
        if noun is None:
            continue
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        agent = pobj(by) if by is not None else _clause_agent(noun, lexicon)
        if agent is not None:
            return agent
    return None


def _object_candidates(token: Optional[Token], preps: frozenset[str]) -> list[Optional[Token]]:
    """Where a target can sit below a word: its object, then its recipient phrases."""
    if token is None:
        return []
    obj = next((c for c in token.children if c.dep_ in ("dobj", "dative")), None)
    found = [obj, _recipient(token, preps)]
    for participle in (c for c in token.children if c.dep_ == "acl"):
        found += _object_candidates(participle, preps)
    if obj is not None:
        found += _object_candidates(obj, preps)[1:]
    return found


def _first_actor(doc: Doc, candidates: list[Optional[Token]]) -> Optional[Token]:
    """The first candidate whose phrase holds an actor."""
    return next((c for c in candidates if c is not None and (actor_for(doc, c) or _country_modifier(doc, c))), None)


def _noun_arguments(noun: Token, match: TriggerMatch, lexicon: Lexicon) -> tuple[Optional[Token], Optional[Token], str]:
    preps = lexicon.recipient_preps(match.rule.type)
    recipient = _recipient(noun, preps) or _recipient(noun, match.rule.opponent_preps)
    of_phrase = pobj(next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None))
    by_phrase = pobj(next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None))
    own = match.rule.of_phrase
    of_is_target = own == "target" if own is not None else match.rule.type in OF_IS_TARGET or by_phrase is not None
    if of_is_target and by_phrase is None and _is_court(noun.doc, of_phrase):
        of_is_target = False  # "the sentence of the Supreme Court": the court passes it
    if of_is_target and of_phrase is not None:
        # "the suspension of air links with Serbia": what is acted on may name its target.
        of_phrase = _first_actor(noun.doc, [of_phrase, _recipient(of_phrase, preps)]) or of_phrase
    target = recipient or (of_phrase if of_is_target else None)
    subject = by_phrase or (None if of_is_target else of_phrase)
    if target is None and match.rule.type in CLAUSE_SUBJECT_TARGETS:
        # "the demand that Israel ease restrictions": the one asked is the clause's doer.
        target = _clause_subject(noun)
    undergoer = _undergoer(noun)
    if undergoer is not None:
        # "a UN convoy came under attack", "was placed under house arrest": the subject undergoes it.
        doer = subject or _recipient(noun, SENDER_PREPS) or _recipient(noun.head.head, SENDER_PREPS)
        return doer, target or undergoer, "nominal:under"
    received = _subject_taking(noun, lexicon.receiving_verbs)
    if received is not None:
        # "Ukraine received military aid from the US": the receiver is the target, and the
        # sender (from/by, or the noun's own "of" phrase: "won the backing of the UN") the doer.
        sender = by_phrase or _recipient(noun, SENDER_PREPS) or _recipient(received.head, SENDER_PREPS) or of_phrase
        return sender, received, "nominal:received"
    if target is None and match.rule.type in ANSWERED_TYPES:
        target = _subject_taking(noun, lexicon.answering_verbs, ANSWERED_PREPS)
    if subject is None and match.rule.type in GATHERING_TYPES:
        gathered = _gathered_for(noun)
        if gathered is not None:  # "U.S. and Russian negotiators return to Geneva for talks"
            return gathered, target, "nominal:gathered-for"
    claimer = _claimer(noun) if subject is None else None
    if claimer is not None:
        return claimer, target, "nominal:claimed"
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
    role = _as_role(noun)
    if role is not None:
        return role[0], target or role[1], f"nominal:as-phrase{role[2]}"
    phrase = _quantified(noun)
    governor = phrase.head
    if phrase.dep_ in ("dobj", "attr") and governor.pos_ in ("VERB", "AUX") and lexicon.is_light_verb(governor):
        # A light verb carries the doer: "carried out airstrikes", "launched an attack on X",
        # "granted Milken a pardon".
        subject, how = _subject(governor)
        dative = next((c for c in governor.children if c.dep_ == "dative" and c.pos_ != "ADP"), None)
        target = target or dative or _recipient(governor, lexicon.recipient_preps(match.rule.type))
        if target is None and match.rule.type in CLAUSE_SUBJECT_TARGETS:
            target = _clause_subject(governor)  # "reiterated its demand that Israel ease restrictions"
        target = target or _summoned(governor, match.rule.type) or _purpose_target(governor, lexicon) or _purpose_target(noun, lexicon)
        return subject, target, f"nominal:light-verb{how}"
    if noun.dep_ == "nsubjpass" and governor.pos_ == "VERB" and lexicon.is_light_verb(governor):
        # "the rocket strikes were carried out by sympathizers of the PMF" (not "the attack
        # was condemned by the UN": condemning is an event of its own).
        agent = agent_of(governor)
        if agent is not None:
            return agent, target, "nominal:light-verb-passive"
    agent = _clause_agent(noun, lexicon)
    if agent is not None:
        return agent, target, "nominal:light-verb-clause"
    return None, target, "nominal"


def _claimer(noun: Token) -> Optional[Token]:
    """Who claims a noun event, its doer: the subject of "claimed the attack" or of "claimed
    responsibility for the bombing" (None otherwise)."""
    phrase = _quantified(noun)
    head = phrase.head
    if phrase.dep_ == "dobj" and head.lemma_.lower() == "claim":
        return _subject(head)[0]
    if phrase.dep_ != "pobj" or head.lower_ != "for":
        return None
    owner = head.head  # "responsibility for X", or the verb when the parse hangs "for X" on it
    if owner.lemma_.lower() in RESPONSIBILITY_NOUNS and owner.dep_ == "dobj":
        verb = owner.head
    elif any(c.dep_ == "dobj" and c.lemma_.lower() in RESPONSIBILITY_NOUNS for c in owner.children):
        verb = owner
    else:
        return None
    return _subject(verb)[0] if verb.lemma_.lower() in CLAIMING_VERBS else None


def _is_court(doc: Doc, token: Optional[Token]) -> bool:
    """Whether a phrase names a court or a judge (sector JUD)."""
    found = actor_for(doc, token) if token is not None else None
    return found is not None and found.sector == JUDICIARY


def _undergoer(noun: Token) -> Optional[Token]:
    """Who undergoes an act they are "under": the subject of the verb the under-phrase hangs
    on ("the convoy came under attack", "he was put under investigation")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _subject_taking(noun: Token, verbs: frozenset[str], preps: frozenset[str] = frozenset()) -> Optional[Token]:
    """The subject of a verb among ``verbs`` (lemmas) that takes the noun event as its object,
    or through one of ``preps`` ("Ukraine received military aid", "Syria dismissed the
    accusations", "responded to the appeal"); None otherwise."""
    phrase = _quantified(noun)
    verb = phrase.head
    if phrase.dep_ == "pobj" and verb.lower_ in preps:
        phrase, verb = verb, verb.head
    elif phrase.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return None
    return _subject(verb)[0]


def _gathered_for(noun: Token) -> Optional[Token]:
    """Who comes for a meeting: the subject of the coming verb whose for-phrase names it
    ("the delegations arrived in Oslo for talks"); None otherwise."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in PURPOSE_PREPS or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    return _subject(verb)[0] if verb.lemma_.lower() in GATHERING_VERBS else None


def _clause_agent(noun: Token, lexicon: Lexicon) -> Optional[Token]:
    """The doer a passive light verb's clause on a noun names: "an attack carried out by the
    Taliban", "the bombing, which was conducted by IS", and the participle set off after the noun
    that the parse hangs on its verb ("died in the attack, reportedly conducted by the Taliban")."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    verb = governing_verb(noun)
    after = noun.right_edge.i + 1
    if verb is not None and after < len(noun.doc) - 1 and noun.doc[after].text == ",":
        clauses += [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.left_edge.i == after + 1]
    for clause in clauses:
        if clause.pos_ == "VERB" and lexicon.is_light_verb(clause):
            agent = agent_of(clause)
            if agent is not None:
                return agent
    return None


def agent_of(verb: Token) -> Optional[Token]:
    """The by-phrase object of a passive verb: "carried out by X" -> X."""
    return pobj(next((c for c in verb.children if c.dep_ == "agent"), None))


def _as_role(noun: Token) -> Optional[tuple[Optional[Token], Token, str]]:
    """The doer and target of a noun event that an actor is cast as: "held refugees as human
    shields" -> (army, refugees). None unless the verb's object is an actor."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "as" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or actor_for(noun.doc, obj) is None:
        return None
    subject, how = _subject(verb)
    return subject, obj, how


def _quantified(noun: Token) -> Token:
    """The noun a quantity phrase hangs on: "a series of pardons" -> series."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.dep_ in ("dobj", "attr"):
        return prep.head
    return noun


def _subject(verb: Token, depth: int = 0) -> tuple[Optional[Token], str]:
    """The verb's subject, inherited through control, coordination and relative clauses."""
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head, ":relative"
            own = next((c for c in child.children if c.dep_ == "nsubj"), None) if child.tag_ == "VBG" else None
            if own is not None:  # "The Red Cross operating in Iraq said": a participle read as the subject
                return own, ":participle-subject"
            return child, ""
        if child.dep_ == "nsubjpass" and depth > 0:
            return None, ""
    if verb.head.i == verb.i:
        stranded = _stranded_subject(verb)
        return (stranded, ":stranded") if stranded is not None else (None, "")
    if depth > 4:
        return None, ""
    head = verb.head
    if verb.dep_ == "conj":
        subject, _ = _subject(head, depth + 1)
        return subject, ":coordinated"
    if verb.dep_ == "acomp" and verb.pos_ == "ADJ":  # "it is willing to withdraw": the subject of "is"
        subject, _ = _subject(head, depth + 1)
        return subject, ":adjective"
    asked = _prepositional_controller(verb)
    if asked is not None:
        return asked, ":object-control"
    if verb.dep_ == "xcomp":
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None and head.lemma_.lower() in OBJECT_CONTROL:
            return obj, ":object-control"
        controller = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if controller is not None and is_infinitive(verb):  # "Blinken is expected to meet", not "were confirmed killed"
            return controller, ":passive-control"
        subject, _ = _subject(head, depth + 1)
        return subject, ":subject-control"
    if verb.dep_ == "relcl":
        return head, ":relative"
    if verb.dep_ == "acl" and is_infinitive(verb):
        # "announced plans to pull out": the doer is who holds the plan.
        governor = governing_verb(head)
        subject, _ = _subject(governor, depth + 1) if governor is not None else (None, "")
        return subject, ":infinitive"
    if verb.dep_ == "acl" and verb.tag_ != "VBN":
        return head, ":participle"
    if verb.dep_ == "pcomp":
        governor = head.head
        if governor.pos_ in ("NOUN", "PROPN"):
            return governor, ":of-gerund"  # "accused Syria of launching"
        blamed = next((c for c in governor.children if c.dep_ == "dobj"), None) if head.lower_ == "of" else None
        if blamed is not None:
            return blamed, ":object-of-gerund"  # "accused Syria of using chemical weapons"
        governor = clause_verb(governor)
        subject, _ = _subject(governor, depth + 1) if governor is not None else (None, "")
        return subject, ":by-gerund"  # "responded by shelling", "was forceful in blaming"
    if verb.dep_ == "advcl":
        subject, _ = _subject(head, depth + 1)
        return subject, ":adverbial"
    return None, ""


def _stranded_subject(verb: Token) -> Optional[Token]:
    """The subject of a main verb that the parse hung on a fronted phrase as a conjunct or an
    apposition: "With the signing of a memorandum, the Sudanese government and the SPLM/A have
    agreed" (the government read as a conjunct of the memorandum); None otherwise."""
    doc = verb.doc
    first = verb.i  # the first of the auxiliaries and adverbs right before the verb
    while first > verb.sent.start and doc[first - 1].head.i == verb.i and doc[first - 1].dep_ in VERB_MARKERS:
        first -= 1
    if verb.tag_ not in FINITE_TAGS and first == verb.i:
        return None
    comma = next((t.i for t in reversed(doc[verb.sent.start : first]) if t.text == ","), None)
    if comma is None or comma + 1 >= first:
        return None
    phrase = doc[comma + 1 : first].root
    if phrase.dep_ not in ("conj", "appos") or phrase.head.i >= comma or phrase.pos_ not in ("NOUN", "PROPN"):
        return None
    return phrase


def _prepositional_controller(verb: Token) -> Optional[Token]:
    """Who is asked to do a to-clause through a preposition ("called on Israel to withdraw"),
    else None."""
    head = verb.head
    preps = PREPOSITION_CONTROL.get(head.lemma_.lower())
    if preps is None or verb.dep_ not in ("xcomp", "advcl") or not is_infinitive(verb):
        return None
    return _recipient(head, frozenset(preps))


def _recipient(token: Token, preps: frozenset[str]) -> Optional[Token]:
    """The object of a word's first phrase with one of ``preps``, a time ("on Wednesday") aside
    (not a misparsed name: "met with President Bashar Assad Tuesday")."""
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            obj = pobj(child)
            if obj is not None and (obj.ent_type_ not in TIME_LABELS or actor_for(obj.doc, obj) is not None):
                return obj
    return None


def pobj(prep: Optional[Token]) -> Optional[Token]:
    """The object of a preposition (or of a passive's agent), if any; None for no preposition."""
    if prep is None:
        return None
    return next((c for c in prep.children if c.dep_ == "pobj"), None)
