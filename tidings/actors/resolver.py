"""``tidings_actors``: resolve who is who, filling ``doc._.actors`` (after ``ner``).

For each noun chunk (and each named entity outside one) the resolver picks one rule, in
this order, and records it in ``ActorMention.method``:

- ``dict`` / ``dict:metonym``: a dictionary name (``ent_id_`` set by the actor ruler, or
  an exact alias of an NER entity). Persons take their role on ``doc._.pub_date`` (no
  date: their latest role if still open, else their own); when no dated role covers the
  date, a title before the name gives the sector ("Russian President Boris Yeltsin": GOV;
  after "former": ELI) and a state or international body before it the country
  ("U.N. Secretary-General Kofi Annan": IGO). A titled name not listed as written is the
  one listed person (or Phoenix's duplicates of one, all of one state) with its first and
  last name ("President Omar Hassan al-Bashir"), or its surname ("President Kagame").
  "UN peacekeepers": an intergovernmental body takes the agent's sector ("Red Cross
  officials" stay NGO, no sector). A capital or seat ("Washington", "the Kremlin") is an
  actor (kind "metonym") unless a locative preposition governs it ("talks in Moscow"). A
  capital a place verb takes as its object is the town's people, CVL, as coders code an
  act done to a town ("would blockade Paris", "Juba was captured": ``dict:town``).
- ``compose:person+institution``: "the Obama administration" -> the person's state, GOV.
- ``compose:demonym+agent`` / ``compose:agent``: a state word plus an agent noun ("Iraqi
  forces" -> IRQ MIL, "the U.S. embassy in Syria" -> USA GOV), or a bare agent noun
  ("rebels" -> REB, country None). "Hungarian and Romanian officials" gives one actor per
  state, also when the parser cuts them apart ("Sierra Leonean" | "Liberian refugees").
  An agent with no state takes one (or a capital's) after "in/of/from ..." when the
  preposition attaches to it ("rebels in the Ivory Coast" -> CIV REB, "rebels in Damascus"
  -> SYR REB, one mention each). When the phrase's head is no actor, the actor is its
  possessor or modifier ("the Russian government's refusal" -> "Russian
  government", "Israeli army bulldozers" -> "Israeli army"). ``compose:agent+link`` when
  "for/of X" names the actor it works for ("a spokesperson for the Islamic Front").
- ``dict:modifier``: a state word modifying a noun that is no actor ("a US offer" -> USA);
  modifying a dwelling or civic place, the state's civilians ("Palestinian homes" -> PSE CVL).
  ``compose:state-body``: modifying a named commission or committee, that body, of the state's
  government ("the Kenya Anti-Corruption Commission" -> KEN GOV).
  A plural demonym heading its phrase is the people (sector None: "the Palestinians"),
  counted or described ones are civilians ("100 Palestinians", "young Algerians": CVL).
- ``compose:ethnic``: "ethnic Albanians" -> a people (CVL) of the country they live in,
  from the context (below).
- ``compose:ethnic-pair``: two demonyms in a row are one group, of the state it lives in
  ("Bosnian Serbs" -> BIH CVL, "Turkish Cypriot leaders" -> CYP GOV; ``_demonym_pair``).
- ``compose:relational``: the ally, partner or rival of an actor is another actor, of the
  agent noun modifying it ("Israel's militia ally" -> UAF, country from the context or its
  phrase; "Israel's ally": no country, no sector), not its possessor.
- ``+context`` (suffix): a composed or unknown actor, or a listed group, with a sector and
  no country takes a state named in its sentence, else the state the document names most
  (as actors or places), then the nearest ("rebels" in an article on Syria -> SYR REB). Media,
  firms and diplomatic agents ("its embassy") are left alone. Civilians do not take the state
  of the forces or weapons named around them ("U.S. troops shot two civilians").
- ``alias:in-doc``: a surname or "Mr X" naming a person already mentioned; "the group" ->
  the nearest preceding group; "the Iraqi leader" with no publication date -> the last
  Iraqi person mentioned.
- ``alias:office``: "the Syrian president", "the Iraqi leader" -> who held that office on
  the publication date (``offices.yaml``); with no date, the last person of that country
  mentioned, else the latest holder.
- ``alias:pronoun``: "he"/"she" as a subject -> the last person mention that was itself a
  subject, in the same or the two previous sentences. Limits: no gender or number check,
  no cataphora, quotes are not tracked ("he" inside a quote may be the speaker), a person
  named only as an object is never the antecedent.
- ``alias:speaker``: "it"/"they" as the subject of a clause a group, state or organisation
  says or does ("Hungary said it will support", "the rebels said they would release") ->
  that actor, or the one a subject naming no actor is "of" ("Members of Hamas said they").
  "They" elsewhere stays unresolved.
- ``ner:unknown``: an NER PERSON/ORG/NORP not in the dictionary (and not discarded), with
  the sector an agent noun in its name gives ("the Zeta Liberation Front" -> REB);
  ``actor_id`` is None. ``ner:unknown+appos`` when an apposition says whom it speaks for
  ("Islam Alloush, a spokesperson for the Islamic Front"). ``tidings actors unknown``
  lists the most frequent ones in a store.

Other limits: a surname shared by two persons mentioned in the same document goes to the
latest one; anaphors only look backwards.

Spans: a listed group keeps a state's possessive before it ("Yemen's Houthi rebels"); a
title the parser cut from the name after it is joined to it ("US Secretary of State" |
"Rex Tillerson"); an NER entity wrongly ending in a preposition loses it ("The Government
of" | "Cambodia" -> "Government of Cambodia"); an acronym in brackets in apposition joins
its mention ("the Kachin Independence Organization (KIO)").

Mentions never overlap. ``actor_at(doc, token)`` finds the mention covering a token.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from typing import Optional

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..annotations import ActorMention, register_extensions
from .dictionary import ActorDictionary, ActorEntry, AgentEntry, Hit, load_dictionary, normalize
from .overlay import active_overlay
from .trie import TokenTrie, tokenized

__all__ = ["CIVILIAN_SECTOR", "ActorResolver", "actor_at"]

ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE", "FAC"}
_INDEX_KEY = "tidings_actor_index"
# NORP names NER finds that we do not know are kept only if they look like a people or a
# creed (plural, or a demonym-like ending): "Kurds", "Sunni", "Republicans" -- not "Aleppo".
_NORP_ENDINGS = ("an", "ans", "ese", "ish", "i", "is", "ic", "ite", "ites", "s")
_INTERNATIONAL = ("IGO", "NGO")
# An NGO's agents keep no sector: "Red Cross officials" govern nothing.
_NON_GOVERNMENTAL = "NGO"
# Civilians (CAMEO CVL): counted or described people of a state ("100 Palestinians") are civilians.
CIVILIAN_SECTOR = "CVL"
# A named body of a state ("the Kenya Anti-Corruption Commission") is of its government.
_STATE_BODY_SECTOR = "GOV"
# CAMEO codes a former office holder as an elite ("former president Carlos Menem").
_FORMER_SECTOR = "ELI"
# The sectors of an office one can leave: government, armed forces, legislature, courts, police, intelligence.
_OFFICE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
# Country codes naming no state: an actor of theirs gives no country to its neighbours.
_NON_STATES = ("IGO", "NGO", "IMG", "MNC")
_MODIFIER_DEPS = ("amod", "compound", "nmod", "poss")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_OBJECT_DEPS = ("dobj", "nsubjpass")
_COMMON_NOUNS = ("NN", "NNS")
# "he"/"she" looks back this many sentences for a person subject.
_PRONOUN_SENTENCES = 3
# Clauses a speaker's verb holds ("said [it will]", "announced [that they had]", "vowed, [they
# would]"), climbed at most _CLAUSE_CLIMB times.
_EMBEDDED_CLAUSES = ("ccomp", "xcomp", "advcl", "parataxis")
_CLAUSE_CLIMB = 3
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "other", "all", "some", "many", "several"}


def actor_at(doc: Doc, token: Token | int) -> Optional[ActorMention]:
    """The actor mention containing ``token`` (a Token or its index), or None. O(log n)
    over the mentions, via an index cached in ``doc.user_data``."""
    mentions = doc._.actors or []
    i = token.i if isinstance(token, Token) else token
    index = doc.user_data.get(_INDEX_KEY)
    if index is None or index[0] is not mentions:
        index = (mentions, [m.start for m in mentions])
        doc.user_data[_INDEX_KEY] = index
    pos = bisect_right(index[1], i) - 1
    if pos >= 0 and mentions[pos].start <= i < mentions[pos].end:
        return mentions[pos]
    return None


def ents_in(span: Span, ent_at: dict[int, Span]) -> list[Span]:
    """The entities with a token in ``span``, in order (``ent_at``: token index -> entity)."""
    found: list[Span] = []
    for i in range(span.start, span.end):
        e = ent_at.get(i)
        if e is not None and (not found or found[-1] is not e):
            found.append(e)
    return found


def _without_trailing_preposition(ent: Span) -> Span:
    """An NER entity less the preposition it wrongly ends with ("The Government of" |
    "Cambodia"), so that the agent and its host compose ("Government of Cambodia")."""
    if len(ent) > 1 and ent[-1].pos_ == "ADP":
        return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_, kb_id=ent.kb_id_, span_id=ent.id_)
    return ent


def _absorb_acronyms(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """Widen a mention over the acronym in brackets in apposition to it ("the Kachin
    Independence Organization (KIO)"); the acronym's own mention goes."""
    out: list[ActorMention] = []
    for m in mentions:
        if out and out[-1].end > m.start:  # the acronym just absorbed
            continue
        close = m.end + 2
        if close < len(doc) and doc[m.end].text == "(" and doc[close].text == ")" and doc[m.end + 1].is_upper and m.start <= doc[m.end + 1].head.i < m.end:
            m = replace(m, end=close + 1, text=doc[m.start : close + 1].text)
        out.append(m)
    return out


def _share_coordinated_agent(doc: Doc, mentions: list[ActorMention]) -> None:
    """Give a lone demonym adjective the agent of the state + agent coordinated after it,
    when the parser cut them apart ("Sierra Leonean and Liberian refugees": SLE REF too).
    A plural demonym is a people and keeps none ("Syrians and Iraqi forces")."""
    for a, b in zip(mentions, mentions[1:]):
        between = doc[a.end : b.start]
        if (a.sector is None and a.method == "dict" and a.kind == "group" and a.actor_id == a.country and doc[a.end - 1].tag_ not in ("NNS", "NNPS")
                and len(between) and all(t.lower_ in (",", "and", "or") for t in between)
                and b.method.startswith("compose:demonym+agent") and doc[b.start].ent_type_ in ("NORP", "GPE")):  # fmt: skip
            a.sector, a.kind, a.method = b.sector, b.kind, "compose:demonym+agent"


def _speaker_of_clause(pronoun: Token, mention_at: dict[int, ActorMention]) -> Optional[ActorMention]:
    """The non-person actor that is the subject of the verb holding the pronoun's clause
    ("Hungary said [it will support]", "the rebels vowed [they would fight]"), or that a
    subject naming no actor is "of" ("Members of Hamas said [they would fight]"), if any."""
    clause = pronoun.head
    for _ in range(_CLAUSE_CLIMB):
        if clause.dep_ not in _EMBEDDED_CLAUSES or clause.head.i == clause.i:
            return None
        clause = clause.head
        subject = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None:
            mention = mention_at.get(subject.i)
            if mention is None:  # "Members of Hamas said they", "thousands of protesters vowed they"
                of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                mention = mention_at.get(owner.i) if owner is not None else None
            return mention if mention is not None and mention.kind != "person" else None
    return None


class ActorResolver:
    """Fill ``doc._.actors``. dictionary: the ActorDictionary shared with the ruler."""

    def __init__(self, nlp: Language, name: str = "tidings_actors", overlay: Optional[str] = None) -> None:
        register_extensions()
        self.name = name
        self.dictionary: ActorDictionary = load_dictionary(active_overlay(overlay))
        lex = self.dictionary.lexicon
        self.agent_trie = TokenTrie(nlp.vocab, tokenized(nlp, self.dictionary.agent_forms))
        self.person_titles = {normalize(t) for t in lex.person_titles}
        self.institutions = {normalize(t) for t in lex.institutions}
        self.followers = {normalize(t) for t in lex.followers}
        self.anaphors = {normalize(t) for t in lex.anaphors}
        self.diplomatic = {normalize(t) for t in lex.diplomatic}
        self.locatives = {normalize(t) for t in lex.locative_prepositions}
        self.place_verbs = {normalize(t) for t in lex.place_verbs}
        self.honorifics = {normalize(t) for t in lex.honorifics}
        self.links = {normalize(t) for t in lex.possessive_links}
        self.hosts = {normalize(t) for t in lex.host_prepositions}
        self.senders = {normalize(t) for t in lex.sender_prepositions}
        self.formers = {normalize(t) for t in lex.former_words}
        self.modifier_prefixes = {normalize(t) for t in lex.modifier_prefixes}
        self.ranks = {normalize(t) for t in lex.ranks}
        self.ethnic = {normalize(a.phrase): a.sector for a in lex.ethnic}
        self.ethnonyms = {normalize(t) for t in lex.ethnonyms}
        self.relational = {normalize(t) for t in lex.relational_nouns}
        self.civilian_property = {normalize(t) for t in lex.civilian_property}
        self.state_bodies = {normalize(t) for t in lex.state_bodies}
        self.border_nouns = {normalize(t) for t in lex.border_nouns}
        self.force_heads = {normalize(t) for t in lex.force_heads}
        self.place_heads = {normalize(t) for t in lex.place_heads}
        self.pronoun_ids = {nlp.vocab.strings.add(normalize(t)) for t in lex.pronouns}
        self.collective_ids = {nlp.vocab.strings.add(normalize(t)) for t in lex.collective_pronouns}

    # -- finding -------------------------------------------------------------------------

    def _agents(self, doc: Doc) -> dict[int, tuple[Span, AgentEntry]]:
        """Agent-noun spans (longest first), keyed by their last token."""
        spans = filter_spans([doc[s:e] for s, e in self.agent_trie(doc) if self._is_agent_use(doc, s, e)])
        return {s.end - 1: (s, self.dictionary.agents[normalize(s.text)]) for s in spans}

    def _is_agent_use(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a matched agent phrase names an agent there: not hyphenated after a
        modifier prefix ("anti-tank"), not a rank modifying a noun after it ("the deputy
        chief"), and a noun-only agent read as a common noun or as the title of the person
        named after it ("a US national", "General Qamar Bajwa"; not "the national team", "the
        National Zoo" or "the general election")."""
        if start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ in self.modifier_prefixes:
            return False
        if end - start == 1 and doc[start].lower_ in self.ranks and doc[start].dep_ in _MODIFIER_DEPS and doc[start].head.i > start:
            return False
        titled = end < len(doc) and doc[end].ent_type_ == "PERSON"
        return doc[end - 1].tag_ in _COMMON_NOUNS or titled or not self.dictionary.agents[normalize(doc[start:end].text)].noun

    def _hit(self, ent: Span) -> Optional[Hit]:
        """The dictionary entry of an entity: the ruler's id, else an exact alias."""
        text = ent.text
        words = text.split()
        if words and normalize(words[0]) in self.honorifics and len(words) > 1:
            text = " ".join(words[1:])
        hits = self.dictionary.lookup(ent.text) or self.dictionary.lookup(text)
        if ent.ent_id_:
            hits = [h for h in hits if h.entry.id == ent.ent_id_] or hits
        if not hits and ent.ent_id_ and ent.ent_id_ in self.dictionary.entries:
            return Hit(self.dictionary.entries[ent.ent_id_], "alias")
        return hits[0] if hits else None

    def _is_state(self, ent: Optional[Span]) -> bool:
        """Whether the entity is a state word (name, demonym, capital)."""
        hit = self._hit(ent) if ent is not None else None
        return hit is not None and hit.entry.kind == "state"

    def _is_locative(self, span: Span) -> bool:
        """Whether a locative preposition governs the span ("in Washington"), or the place
        noun it names ("in the Syrian capital Damascus", "in the city of Aleppo")."""
        doc = span.doc
        root = span.root
        while root.dep_ in ("appos", "compound") or (root.dep_ == "pobj" and root.head.lower_ == "of"):
            noun = root.head.head if root.dep_ == "pobj" else root.head
            if noun.lemma_.lower() not in self.place_heads:
                break
            root = noun
        if root.dep_ == "pobj" and normalize(root.head.text) in self.locatives:
            return True
        before = doc[max(0, span.start - 2) : span.start]
        words = [normalize(t.text) for t in before]
        return bool(words) and (words[-1] in self.locatives or " ".join(words) in self.locatives)

    def _is_taken_town(self, ent: Span, hit: Hit) -> bool:
        """Whether a capital (not a seat: "the Kremlin") is the object of a place verb:
        "would blockade Paris", "Juba was captured"."""
        return hit.label == "GPE" and ent.root.dep_ in _OBJECT_DEPS and ent.root.head.lemma_.lower() in self.place_verbs

    # -- resolving -----------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.actors`` (a new list, sorted by position, non-overlapping)."""
        try:
            doc._.actors = self._resolve(doc) if len(doc) else []
        except (ValueError, IndexError, KeyError):  # odd parses must never stop a batch
            doc._.actors = []
        return doc

    def _resolve(self, doc: Doc) -> list[ActorMention]:
        when = doc._.pub_date if isinstance(doc._.pub_date, dt.date) else None
        agents = self._agents(doc)
        ents = [_without_trailing_preposition(e) for e in doc.ents if e.label_ in ACTOR_LABELS and not self.dictionary.is_discarded(e.text)]
        ent_at = {i: e for e in ents for i in range(e.start, e.end)}
        chunks = list(doc.noun_chunks) if doc.has_annotation("DEP") else []
        agent_at = {i: span for span, _ in agents.values() for i in range(span.start, span.end)}
        # Phrases: noun chunks, widened to the entities and agent nouns they cut through.
        phrases: list[Span] = []
        for chunk in chunks:
            start, end = chunk.start, chunk.end
            for i in range(start, chunk.end):
                if i in ent_at:
                    start, end = min(start, ent_at[i].start), max(end, ent_at[i].end)
            agent = agent_at.get(chunk.root.i)
            if agent is not None and agent.start < end:
                end = max(end, agent.end)
            phrases.append(doc[start:end])
        covered = {i for p in phrases for i in range(p.start, p.end)}
        phrases += [e for e in ents if not any(i in covered for i in range(e.start, e.end))]
        phrases = self._join_titles(doc, filter_spans(phrases), agent_at)

        mentions: list[ActorMention] = []
        for phrase in phrases:
            mentions.extend(self._phrase(doc, phrase, agents, ent_at, when, mentions))
        kept: list[ActorMention] = []
        taken: set[int] = set()
        for m in sorted(mentions, key=lambda m: m.start - m.end):  # longest first
            if not taken.intersection(range(m.start, m.end)):
                kept.append(m)
                taken.update(range(m.start, m.end))
        mentions = _absorb_acronyms(doc, sorted(kept, key=lambda m: m.start))
        _share_coordinated_agent(doc, mentions)
        self._link_appositions(doc, mentions)
        self._country_from_context(doc, mentions)
        return self._resolve_pronouns(doc, mentions)

    def _is_agent(self, doc: Doc, ent: Span, agents) -> bool:
        """Whether the entity, less leading determiners, lies within one agent noun."""
        start = ent.start
        while start < ent.end - 1 and doc[start].lower_ in _DETERMINERS:
            start += 1
        return any(a.start <= start and ent.end <= a.end for a, _ in agents.values())

    def _join_titles(self, doc: Doc, phrases: list[Span], agent_at: dict[int, Span]) -> list[Span]:
        """Join a phrase ending in a title to the person named right after it, which the
        parser cut apart ("US Secretary of State" | "Rex Tillerson")."""
        out: list[Span] = []
        for phrase in phrases:
            last = out[-1] if out else None
            if (last is not None and last.end == phrase.start and last.end - 1 in agent_at and phrase.root.ent_type_ == "PERSON"
                    and normalize(agent_at[last.end - 1].text) in self.person_titles):  # fmt: skip
                out[-1] = doc[last.start : phrase.end]
            else:
                out.append(phrase)
        return out

    def _mention(self, span: Span, **fields) -> ActorMention:
        return ActorMention(start=span.start, end=span.end, text=span.text, **fields)

    def _trim(self, doc: Doc, start: int, end: int) -> Span:
        """Drop leading determiners and quote marks, trailing possessive markers and quote marks."""
        breaks = [t.i for t in doc[start:end] if t.is_space or "\n" in t.whitespace_]
        start = breaks[-1] + 1 if breaks and breaks[-1] + 1 < end else start
        while start < end - 1 and (doc[start].lower_ in _DETERMINERS or doc[start].is_quote):
            start += 1
        while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_quote):
            end -= 1
        return doc[start:end]

    def _phrase(self, doc: Doc, phrase: Span, agents, ent_at, when, earlier: list[ActorMention], root: Optional[Token] = None) -> list[ActorMention]:
        root = root or phrase.root
        # An agent noun inside a longer name is part of the name ("Tom King", "People's Republic").
        phrase_ents = ents_in(phrase, ent_at)
        names = [e for e in phrase_ents if e.ent_id_ or e.label_ == "PERSON"]
        inside = [agents[i] for i in range(phrase.start, phrase.end)
                  if i in agents and agents[i][0].start >= phrase.start
                  and not any(e.start <= agents[i][0].start and i < e.end and len(e) > len(agents[i][0]) for e in names)]
        # The agent heading the phrase: it covers the root ("deputy secretary of state"), or
        # only a state name follows it ("the U.S. Embassy Syria").
        head_agent = next((a for a in inside if a[0].start <= root.i < a[0].end), None)
        if head_agent is None and inside and root.i >= inside[-1][0].end:
            tail = [ent_at.get(i) for i in range(inside[-1][0].end, phrase.end)]
            if all(self._is_state(e) for e in tail):
                head_agent = inside[-1]
        # An NER "entity" that is only an agent noun ("Fighters", "The Government") is an agent.
        phrase_ents = [e for e in phrase_ents if e.ent_id_ or not self._is_agent(doc, e, agents)]
        resolved = [(e, self._hit(e)) for e in phrase_ents]
        agent_start = head_agent[0].start if head_agent else phrase.end

        # 0. the backers of a named actor ("Trump supporters", "Hamas supporters")
        backed = [hit for ent, hit in resolved if ent.end <= agent_start] if head_agent else []
        if backed and head_agent[0].root.lemma_.lower() in self.followers:
            span = self._trim(doc, phrase.start, phrase.end)
            country = backed[-1].entry.role_at(when)[0] if backed[-1] else None
            return [self._mention(span, name=span.text, country=country, sector=head_agent[1].sector, kind="sector", method="compose:followers")]

        relational = root.lemma_.lower() in self.relational and head_agent is None and not any(c.dep_ == "appos" for c in root.children)
        # 1. persons (named), possibly composing an institution ("the Obama administration")
        for ent, hit in resolved:
            is_person = ent.label_ == "PERSON" or (hit and hit.entry.kind == "person")
            if not is_person or ent.start > agent_start and head_agent or (ent.end <= root.i and relational):
                continue  # "Putin's opponents" are not Putin (2c)
            if head_agent and ent.end <= agent_start and normalize(head_agent[0].text) in self.institutions | {normalize(p) for p in ("administrations", "regimes", "governments")}:
                country = hit.entry.role_at(when)[0] if hit else None
                span = self._trim(doc, phrase.start, phrase.end)
                return [self._mention(span, name=f"{hit.entry.name} {head_agent[1].phrase}" if hit else span.text, country=country,
                                      sector=head_agent[1].sector, kind="organisation", method="compose:person+institution")]
            span = self._trim(doc, phrase.start, ent.end)
            title_country = self._state(resolved, before=ent.start)
            title_sector = head_agent[1].sector if head_agent and head_agent[0].end <= ent.start else None
            if not head_agent:  # the title's head: the last agent before the name ("National Assembly president")
                titles = [(last, a) for last, (s, a) in agents.items() if phrase.start <= s.start and last < ent.end - 1]
                title_sector = max(titles, key=lambda t: t[0])[1].sector if titles else None
            if hit is None:  # titled: "President Omar Hassan al-Bashir", "President Kagame" (one listed person each)
                name = self._strip_honorific(ent.text)
                hit = (self.dictionary.by_first_last(name) or self.dictionary.by_surname(name)) if title_sector else None
            if hit:
                country, sector = hit.entry.role_at(when)
                if title_sector and hit.entry.role_on(when) is None:  # no dated role: the title says
                    # "Russian President Boris Yeltsin" -> GOV; "former president Carlos Menem" -> ELI
                    sector = _FORMER_SECTOR if self._former(doc, phrase.start, ent.start) else title_sector
                    country = title_country or country  # "U.N. Secretary-General Kofi Annan" -> IGO
                return [self._mention(span, name=hit.entry.name, country=country, sector=sector, actor_id=hit.entry.id, kind="person", method="dict")]
            previous = self._same_person(ent, earlier)
            if previous:
                return [self._mention(span, name=previous.name, country=previous.country, sector=previous.sector, actor_id=previous.actor_id, kind="person", method="alias:in-doc")]
            return [self._mention(span, name=self._strip_honorific(ent.text), country=title_country, sector=title_sector, kind="person", method="ner:unknown")]

        # 2. groups and organisations from the dictionary
        for ent, hit in resolved:
            if head_agent and head_agent[0].start <= ent.start and ent.end <= head_agent[0].end and len(ent) < len(head_agent[0]):
                continue  # a name inside a longer agent noun ("National Security Council") is the agent's
            if hit and hit.entry.kind in ("group", "organisation") and hit.how != "metonym":
                end = phrase.end if head_agent and head_agent[0].start >= ent.end else ent.end
                # the phrase's start when only a determiner or a state's possessive precedes ("Yemen's Houthi rebels")
                lead = doc[phrase.start : ent.start]
                owner = len(lead) == 2 and lead[1].tag_ == "POS" and self._is_state(ent_at.get(lead[0].i))
                span = self._trim(doc, phrase.start if len(lead) <= 1 or owner else ent.start, end)
                country, sector = hit.entry.role_at(when)
                if sector is None and end > ent.end and country != _NON_GOVERNMENTAL:  # "UN peacekeepers": the agent says which part
                    sector = head_agent[1].sector
                return [self._mention(span, name=hit.entry.name, country=country, sector=sector, actor_id=hit.entry.id, kind=hit.entry.kind, method="dict")]

        # 2b. two demonyms in a row name one group ("Bosnian Serbs", "Turkish Cypriot leaders")
        pair = self._demonym_pair(doc, phrase, root, head_agent, ent_at)
        if pair is not None:
            span = self._trim(doc, phrase.start, phrase.end)
            sector, kind = (head_agent[1].sector, "sector") if head_agent else (CIVILIAN_SECTOR, "group")
            return [self._mention(span, name=span.text, country=pair, sector=sector, kind=kind, method="compose:ethnic-pair")]

        # 2c. the ally of an actor is another one ("Israel's militia ally", "Putin's opponents"), of
        # the agent modifying it (one named in apposition is left to it: "Russia's ally Syria")
        if relational:
            cut = next((t.i + 1 for t in phrase if t.tag_ == "POS" and t.i < root.i), phrase.start)
            owner = self._phrase(doc, doc[phrase.start : cut], agents, ent_at, when, earlier) if cut > phrase.start else []
            agent = next((a for s, a in reversed(inside) if s.start >= cut and s[-1].head.i == root.i), None)
            if agent is None and not owner and not any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
                return []  # "its allies": nobody named; "opponents of the president" are not the president
            span = self._trim(doc, cut, root.i + 1)
            sector = agent.sector if agent else None
            return [*owner, self._mention(span, name=span.text, sector=sector, kind="sector" if agent else "group", method="compose:relational")]

        # 3a. the actor modifies a head that is no actor: "the Russian government's refusal",
        # "Israeli army bulldozers" -> the part up to the possessive or the agent noun.
        if head_agent is None:
            cut = next((t.i + 1 for t in phrase[:-1] if t.tag_ == "POS"), None)
            if cut is not None and phrase.start < cut < phrase.end:
                return self._phrase(doc, doc[phrase.start : cut], agents, ent_at, when, earlier)
            if inside and inside[-1][0][-1].head.i >= inside[-1][0].end and phrase.start < inside[-1][0].end < phrase.end:
                modifier = inside[-1][0]
                return self._phrase(doc, doc[phrase.start : modifier.end], agents, ent_at, when, earlier, root=modifier[-1])

        # 3. state word + agent noun ("Iraqi forces", "the U.S. embassy in Syria")
        if head_agent:
            agent_span, agent = head_agent
            country = self._state(resolved, before=agent_start)
            span = self._trim(doc, phrase.start, phrase.end)
            span, host = self._absorb_host(doc, span, agent, ent_at)
            country = country or host
            unknown = next((e for e, h in resolved if h is None and e.label_ in ("ORG", "PERSON") and e.start < agent_span.end <= e.end), None)
            if unknown is not None:  # "the Zeta Liberation Front": a name, not in the dictionary
                name = self._trim(doc, unknown.start, unknown.end).text
                return [self._mention(span, name=name, country=country, sector=agent.sector, kind="group", method="ner:unknown")]
            states = [e for e, h in resolved if h and h.entry.kind == "state" and h.how != "metonym" and e.end <= agent_start]
            if len(states) > 1 and all(t.lower_ in (",", "and", "or") for a, b in zip(states, states[1:]) for t in doc[a.end : b.start]):
                # "Hungarian and Romanian officials": one actor per state
                out = [self._mention(e, name=e.text, country=self._hit(e).entry.id, sector=agent.sector, kind="sector", method="compose:demonym+agent")
                       for e in states[:-1]]
                last = doc[states[-1].start : span.end]
                return out + [self._mention(last, name=last.text, country=self._hit(states[-1]).entry.id, sector=agent.sector, kind="sector",
                                            method="compose:demonym+agent")]
            if country is None and normalize(agent_span.text) in self.anaphors and phrase[0].lower_ == "the":
                group = next((m for m in reversed(earlier) if m.kind == "group" and m.actor_id), None)
                if group:
                    return [self._mention(span, name=group.name, country=group.country, sector=group.sector, actor_id=group.actor_id, kind="group", method="alias:in-doc")]
            if country and normalize(agent_span.text) in self.person_titles and agent_span.end == phrase.end and not any(e.label_ == "PERSON" for e, _ in resolved):
                person = self._office_holder(country, agent_span.text, when, earlier)
                if isinstance(person, ActorMention):
                    return [self._mention(span, name=person.name, country=person.country, sector=person.sector, actor_id=person.actor_id, kind="person", method="alias:in-doc")]
                if person is not None:  # named by the office: the office's sector ("president" GOV)
                    sector = agent.sector or person.role_at(when)[1]
                    return [self._mention(span, name=person.name, country=country, sector=sector, actor_id=person.id, kind="person", method="alias:office")]
            if agent.sector is None and country is None:
                return []
            method = "compose:demonym+agent" if country else "compose:agent"
            # "a former minister", "former soldiers": out of office, an elite (PLOVER ELI)
            sector = _FORMER_SECTOR if agent.sector in _OFFICE_SECTORS and self._former(doc, phrase.start, agent_span.start) else agent.sector
            return [self._mention(span, name=span.text, country=country, sector=sector, kind="sector", method=method)]

        # 4. states, capitals, demonyms as heads; unknown names
        out = []
        for ent, hit in resolved:
            head_of_phrase = ent.start <= root.i < ent.end or ent.root.tag_ == "POS" or (ent.end < len(doc) and doc[ent.end].tag_ == "POS")
            if hit and hit.entry.kind == "state":
                if hit.how == "metonym":
                    if self._is_locative(ent) or not head_of_phrase:
                        continue
                    span = self._trim(doc, ent.start, ent.end)
                    if self._is_taken_town(ent, hit):  # its people suffer the act, not its government
                        out.append(self._mention(span, name=span.text, country=hit.entry.id, sector=CIVILIAN_SECTOR, kind="group", method="dict:town"))
                        continue
                    out.append(self._mention(span, name=hit.entry.name, country=hit.entry.id, sector=hit.sector,
                                             actor_id=hit.entry.id, kind="metonym", method="dict:metonym"))
                elif head_of_phrase and hit.how == "demonym" and ent.start > 0 and doc[ent.start - 1].lower_ in self.ethnic:
                    # "ethnic Albanians": a people where they live, not the state -- the country comes from the context
                    span = self._trim(doc, ent.start - 1, ent.end)
                    out.append(self._mention(span, name=span.text, sector=self.ethnic[doc[ent.start - 1].lower_], kind="group", method="compose:ethnic"))
                elif head_of_phrase:
                    span = self._trim(doc, phrase.start if phrase.start < ent.start and ent.start - phrase.start == 1 else ent.start, ent.end)
                    # "100 Palestinians", "young Algerians": some people of the state, civilians
                    people = hit.how == "demonym" and any(t.pos_ != "DET" and t.i not in ent_at for t in doc[phrase.start : ent.start])
                    out.append(self._mention(span, name=hit.entry.name, country=hit.entry.id, sector=CIVILIAN_SECTOR if people else None,
                                             actor_id=hit.entry.id, kind="state" if hit.how != "demonym" else "group", method="dict"))
                elif ent.root.dep_ in _MODIFIER_DEPS and ent.root.head.i == root.i:  # "a US offer", "Turkish demands"
                    if root.lemma_.lower() in self.state_bodies and root.text[:1].isupper():  # "the Kenya Anti-Corruption Commission"
                        span = self._trim(doc, phrase.start, phrase.end)
                        out.append(self._mention(span, name=span.text, country=hit.entry.id, sector=_STATE_BODY_SECTOR,
                                                 kind="organisation", method="compose:state-body"))
                        continue
                    # "Palestinian homes": the state's civilians
                    civilians = root.lemma_.lower() in self.civilian_property
                    out.append(self._mention(ent, name=hit.entry.name, country=hit.entry.id, sector=CIVILIAN_SECTOR if civilians else None,
                                             actor_id=hit.entry.id, kind="state", method="dict:modifier"))
            elif hit is None and ent.label_ in ("PERSON", "ORG", "NORP") and head_of_phrase:
                if ent.label_ == "NORP" and not ent.text.lower().endswith(_NORP_ENDINGS):
                    continue
                out.append(self._mention(self._trim(doc, ent.start, ent.end), name=ent.text, country=self._state(resolved, before=ent.start),
                                         kind="group", method="ner:unknown"))
        return out

    # -- helpers -------------------------------------------------------------------------

    def _state(self, resolved, before: int) -> Optional[str]:
        """The country of the first state word (name, demonym, capital) or international
        body ("Arab League Secretary-General ...": IGO) before ``before``."""
        for ent, hit in resolved:
            if ent.start < before and hit and (hit.entry.kind == "state" or hit.entry.country in _INTERNATIONAL):
                return hit.entry.id if hit.entry.kind == "state" else hit.entry.country
        return None

    def _absorb_host(self, doc: Doc, span: Span, agent: AgentEntry, ent_at) -> tuple[Span, Optional[str]]:
        """The state after "in/of/..." an agent, when the preposition attaches to the agent:
        a diplomatic agent takes it into its span and stays its sender's ("the U.S. embassy
        in Syria"), unless the preposition names the sender ("diplomats from Poland" -> POL);
        another agent takes it, or a capital, into its span as its country ("rebels in the
        Ivory Coast" -> CIV, "protesters in eastern Syria", "officials in Moscow" -> RUS).
        "deploy peacekeepers in Iraq" (the verb's) is left alone.

        RETURNS (tuple[Span, str | None]): the span, and the state the agent belongs to, if any.
        """
        if span.end >= len(doc):
            return span, None
        prep = doc[span.end]
        hosted = normalize(agent.phrase) in self.diplomatic and prep.lower_ not in self.senders  # the state is a host
        if prep.lower_ not in (("in", "to") if hosted else self.hosts):
            return span, None
        if not hosted and not span.start <= prep.head.i < span.end:
            return span, None
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        host = ent_at.get(obj.i) if obj is not None else None
        hit = self._hit(host) if host is not None else None
        if hit is None or hit.entry.kind != "state" or hit.how == "demonym" or (hosted and hit.how == "metonym"):  # "its embassy in Damascus"
            return span, None
        return doc[span.start : max(host.end, obj.i + 1)], (None if hosted else hit.entry.id)

    def _demonym_pair(self, doc: Doc, phrase: Span, root: Token, head_agent, ent_at) -> Optional[str]:
        """The country of a group two demonyms in a row name, heading the phrase or before its
        agent noun ("Bosnian Serbs", "Turkish Cypriot leaders"): where the group lives, the
        second state's unless it is an ethnonym and the first is not (``agents.yaml``).
        "Israeli and Palestinian negotiators" and "Israeli-Palestinian talks" are no pair.

        RETURNS (str | None): the country code, None when the phrase holds no such pair.
        """
        end = head_agent[0].start if head_agent else root.i + 1
        second = self._state_word(doc, end - 1, ent_at)
        if second is None or second[0].end != end or not (head_agent or second[1].how == "demonym"):
            return None
        first = self._state_word(doc, second[0].start - 1, ent_at) if second[0].start > phrase.start else None
        if first is None or first[0].end != second[0].start or first[1].entry.id == second[1].entry.id:
            return None
        whole = next((h.entry.id for h in self.dictionary.lookup(doc[first[0].start : end].text) if h.entry.kind == "state"), None)
        if whole is not None:  # one demonym of two words ("American Samoans")
            return whole
        ethnic = [normalize(w[0][-1].text) in self.ethnonyms for w in (first, second)]
        return first[1].entry.id if ethnic == [False, True] else second[1].entry.id

    def _state_word(self, doc: Doc, i: int, ent_at) -> Optional[tuple[Span, Hit]]:
        """The capitalised state name or demonym at token ``i`` (its entity, else the word:
        NER often leaves "Serbs" out), with its dictionary hit."""
        span = ent_at.get(i) or doc[i : i + 1]
        hit = self._hit(span) if span.text[:1].isupper() else None
        return (span, hit) if hit is not None and hit.entry.kind == "state" and hit.how != "metonym" else None

    def _office_holder(self, country: str, title: str, when: Optional[dt.date], earlier: list[ActorMention]) -> Optional[ActorMention | ActorEntry]:
        """Who "the Syrian president" is: the office holder on the publication date, else
        the last person of that country named earlier, else the latest office holder.

        RETURNS (ActorEntry | ActorMention | None): an entry from the office table, or the earlier mention.
        """
        if when is not None and (holder := self.dictionary.office_holder(country, title, when)):
            return holder
        person = next((m for m in reversed(earlier) if m.kind == "person" and m.country == country), None)
        return person or self.dictionary.office_holder(country, title, None)

    def _resolve_pronouns(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """Add subject pronouns: "he"/"she" -> the last person that was a subject in this or the
        two previous sentences (no gender, number or quote checks); "it"/"they" -> the group,
        state or organisation whose verb holds the pronoun's clause ("Hungary said it will")."""
        lowers = doc.to_array(LOWER).tolist()
        wanted = self.pronoun_ids | self.collective_ids
        pronouns = [doc[i] for i, lower in enumerate(lowers) if lower in wanted and doc[i].dep_ in _SUBJECT_DEPS]
        if not pronouns:
            return mentions
        taken = {i for m in mentions for i in range(m.start, m.end)}
        mention_at = {i: m for m in mentions for i in range(m.start, m.end)}
        starts = [sent.start for sent in doc.sents]
        sentences = {i: bisect_right(starts, i) for i in {t.i for t in pronouns} | {m.start for m in mentions}}
        out = list(mentions)
        for token in pronouns:
            if token.i in taken:
                continue
            if lowers[token.i] in self.collective_ids:
                antecedent, method = _speaker_of_clause(token, mention_at), "alias:speaker"
            else:
                antecedent = next((m for m in reversed(out) if m.start < token.i and m.kind == "person" and doc[m.end - 1].dep_ in _SUBJECT_DEPS
                                   and sentences[token.i] - sentences[m.start] < _PRONOUN_SENTENCES), None)  # fmt: skip
                method = "alias:pronoun"
            if antecedent is not None:
                mention = replace(antecedent, start=token.i, end=token.i + 1, text=token.text, method=method)
                out.insert(next((k for k, m in enumerate(out) if m.start > token.i), len(out)), mention)
        return out

    def _former(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a word such as "former" qualifies the title ("former president Carlos Menem")."""
        return any(t.lower_ in self.formers for t in doc[start:end])

    def _strip_honorific(self, text: str) -> str:
        words = text.split()
        while len(words) > 1 and normalize(words[0]) in self.honorifics:
            words = words[1:]
        return " ".join(words)

    def _same_person(self, ent: Span, earlier: list[ActorMention]) -> Optional[ActorMention]:
        """The latest earlier person whose name ends with this one ("Abadi" -> "Haider al-Abadi")."""
        key = normalize(self._strip_honorific(ent.text))
        if not key:
            return None
        for m in reversed(earlier):
            if m.kind == "person" and m.name:
                full = normalize(m.name)
                if full != key and (full.endswith(" " + key) or full.endswith(" al " + key)):
                    return m
        return None

    def _country_from_context(self, doc: Doc, mentions: list[ActorMention]) -> None:
        """Give an actor composed, unknown or a listed group, with a sector but no country
        ("rebels", an unknown minister, "ethnic Albanians"), a state named in its sentence,
        else the one the document names most (as actors or places: "a curfew in Algiers"),
        then the nearest. News names the local side bare. Diplomatic agents
        ("its embassy") are left alone: the state around them is their host."""
        needs = [m for m in mentions if self._needs_country(doc, m)]
        if not needs:
            return
        starts = [sent.start for sent in doc.sents]
        places = {e.start: e.ent_id_ for e in doc.ents if e.ent_id_ in self.dictionary.entries
                  and self.dictionary.entries[e.ent_id_].kind == "state" and not self._names_neighbour(e)}
        named = [m for m in mentions if m.country and m.country not in _NON_STATES and not self._names_neighbour(doc[m.start : m.end])]
        places.update({m.start: m.country for m in named})  # "in Algiers" counts too
        # Civilians are of where they are, not of the forces or arms around them: "U.S. troops
        # shot two civilians", "Russian airstrikes killed 20 civilians" name no state of theirs.
        forces = {m.start for m in named if m.sector != CIVILIAN_SECTOR and (m.kind == "sector" or self._arms(doc[m.start : m.end]))}
        national = [(bisect_right(starts, at), at, country) for at, country in sorted(places.items())]
        if not national:
            return
        counts = Counter(country for _, _, country in national)
        for m in needs:
            sentence = bisect_right(starts, m.start)
            candidates = [n for n in national if n[1] not in forces] if m.sector == CIVILIAN_SECTOR else national
            if not candidates:
                continue
            m.country = min((n != sentence, -counts[c], abs(at - m.start), at > m.start, c) for n, at, c in candidates)[-1]
            m.method += "+context"

    def _arms(self, span: Span) -> bool:
        """Whether a state word modifies its forces' act or arm ("Russian airstrikes", "an
        Israeli drone"; not "the Greek island of Samos")."""
        root = span.root
        return root.dep_ in _MODIFIER_DEPS and root.head.lemma_.lower() in self.force_heads

    def _names_neighbour(self, span: Span) -> bool:
        """Whether a state word names the other side of a border: "near the Turkish border",
        "the border with Bulgaria" (not "near Macedonia's border", which is Macedonia's side)."""
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ == "with":
            root = root.head
        elif root.dep_ not in ("amod", "compound"):
            return False
        return root.head.lemma_.lower() in self.border_nouns

    def _needs_country(self, doc: Doc, m: ActorMention) -> bool:
        """A composed or unknown actor, or a listed group (armed groups act locally; media
        and firms do not), with a sector and no country, and not a diplomatic agent."""
        if m.country is not None or m.sector is None or m.sector in _NON_STATES or not (m.actor_id is None or m.kind == "group"):
            return False
        agent = self.dictionary.agents.get(normalize(doc[m.end - 1].text))
        return agent is None or normalize(agent.phrase) not in self.diplomatic

    def _link_appositions(self, doc: Doc, mentions: list[ActorMention]) -> None:
        """Give an unknown person, or an agent with no country, the actor it speaks for:
        "Islam Alloush, a spokesperson for the Islamic Front" -> SYR REB."""
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        for m in mentions:
            if m.country is not None or m.method not in ("ner:unknown", "compose:agent"):
                continue
            head = doc[m.end - 1]
            candidates = [c for c in head.children if c.dep_ == "appos"] if m.kind == "person" else [head]
            for noun in candidates:
                title = by_token.get(noun.i)  # "John Smith, a French diplomat"
                if title is not None and title is not m and title.country and m.kind == "person":
                    m.country, m.sector = title.country, title.sector
                    m.method += "+appos"
                    break
                for prep in noun.children:
                    if prep.dep_ == "prep" and prep.lower_ in self.links:
                        for obj in prep.children:
                            owner = by_token.get(obj.i)
                            if obj.dep_ == "pobj" and owner and owner is not m and owner.kind in ("group", "organisation"):
                                m.country, m.sector = owner.country, owner.sector
                                m.method += "+appos" if m.kind == "person" else "+link"


@Language.factory("tidings_actors", assigns=["doc._.actors"], requires=["doc.ents", "token.dep"], default_config={"overlay": None})
def make_actor_resolver(nlp: Language, name: str, overlay: Optional[str]) -> ActorResolver:
    """Factory of ``tidings_actors``. overlay: the user's dictionary file (None: see
    ``tidings.actors.overlay.overlay_path``)."""
    return ActorResolver(nlp, name, overlay)
