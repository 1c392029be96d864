"""``tidings_event_locations``: say where each event happened.

For each ``ev`` in ``doc._.events`` it picks a ``doc._.places`` mention of kind "place"
(never a demonym; a capital of kind "metonym" only as a territory verb's object) and sets
``ev.location``, ``ev.location_precision`` and ``ev.parts["location"]`` (the rule):

- "exact": the place hangs off the trigger (or a verb coordinated with it, a later conjunct's
  own place first: "three were shot in Gaza, and another was killed inside Israel") in the parse
  through nouns and prepositions only: "in/near/at X", "north of X", "close to X", "X's", a prepositional
  phrase on the trigger's object ("bombarded the town of al-Bab") or on its agent ("killed by gunmen
  in X"; not the agent itself, "captured by the Northern Alliance", nor where it is based, "detonated
  by the brigade, based in X"), or the object / passive
  subject of a territory verb ("captured X", "entered Syria", "X was shelled"; rule
  ``parse:object``; "patrolled Harare Saturday", the name parsed as part of the date), or the owner
  of the ground it takes ("patrolled Bangladesh's cities", "patrolled parts of Nigeria's capital",
  not "attacked Syria's ambassador": the actors say who are people; rule ``parse:poss``). A
  country object of another verb is the target actor ("accused Syria"), not the place, and
  so is a bare name the gazetteer lacks that ner calls GPE ("captured Ocalan"), unless a
  place noun, a verb that takes places only or a direction from a landmark after it says it is one
  ("Belet Huen, 200 miles northwest of Mogadishu, was captured"). A town, province or city-state
  naming the local body that acts ("Dallas police shot", "Hong Kong police said";
  ``local_agents``) is where (rule ``parse:subject``). A result clause with nothing of its
  own takes the first place after it in its clause when a territory verb, however the parse
  hangs it ("launched an offensive in X, targeting the army-held village of Y": Y; not past an
  aside, "targeting the army, which holds out around Z"; rule ``parse:object``), else its main
  verb's ("attacked X town, killing 60 and wounding 20"); a verb of
  a phase or an attempt its complement's ("managed to recapture X") and its means' ("began the
  assault by storming X"), a passive trigger its subject's state's ("were found dumped on a roadside
  in X"), a trigger with an object its territory purpose's ("launched an offensive to capture X"). "including X" after a plural noun names
  one of its places ("in three cities, including X"), "the battle for X" where it was
  fought. A place that only qualifies a common noun ("in the Iraq war") ranks last, not a town
  naming a facility ("at the Palmasola prison in the city of Santa Cruz": Palmasola).
  Rule ``parse:<prep>``.
- "sentence": otherwise, the sentence's place introduced by the locative preposition nearest
  the trigger, the last place of its chain ("in Mogadishu's Huriwaa district" -> Huriwaa;
  rule ``sentence:<prep>``), or what a territory verb of a clause above or below the trigger
  takes ("killed in raids that targeted the city of X"; rule ``sentence:object``; not a purpose,
  "to take X", nor a participle clause the deed goes on to, "shot him while visiting X"); a
  reference point ("south of Baghdad") only when no other; with none of these, a town naming a
  building in an adverbial clause of the trigger or of its attempt ("shot as he stepped out of a
  central Kiev courthouse", "shot as he tried to flee the Trujillo prison in northern Honduras": the
  town holds the place its building is said to be in; rule ``sentence:modifier``); never a place the trigger reports
  ("said that ... in X") or governs from two clauses down (an attempt, or a clause of the same time,
  in a clause of the trigger's time is no level: "shot as they tried to ambush a patrol near X"), nor
  one another verb reports ("clashed
  in X, an official said, speaking on ..."), nor one of a clause on the trigger's passive subject
  ("a rebel who carried out a bombing in X was captured"), nor a place owning a person's name
  ("a victory over Japan's Aiko Nakamura"), nor where a body is based ("the vessels, based in X,
  patrolled"; ``homes``), nor a movement's goal ("the rest escaped towards X"); and none at all
  for a verb of saying ("told Reuters"; ``speech_verbs``), whose sentence places what is told.
Never a landmark of a direction or an edge said of another place, nor a place said of the landmark
("X, about 50 km (30 miles) north of Y", "in X area, north of Y in Z": X; "near X, 400 km west of the
capital, Y", "X, 16 km south of Y and 880 km south of Z", "the X province to the west of Y", "in X,
on the western edge of Y"; ``edges``; "two towns, A and B, 440 km east of Y", a place noun naming
places the gazetteer lacks: none), nor a region of no country
qualifying a noun ("in the 1967 Mideast war": a kind of war, not where), nor a place owning a war
("killed in Syria's civil war": whose war, a toll of all of it; ``wars``) or naming an office ("Nagasaki
Mayor Hitoshi Motoshima was shot": whose mayor; ``offices``) or a clock ("at 8:45 A.M. (Damascus
time)"; ``clocks``), nor a place of a later
predicate of the trigger's subject ("was captured in June and is believed held in X": where the
patient is now; "five were killed and 20 others wounded in X" keeps X).
Among several places, the one that holds another loses ("killed in X village of Y district",
"south of the town of X in northern Y", "X neighbourhood in Y", "in X, in Y" however parsed, even
with only Y on the trigger: X; of "the A noun of B", the known one when the gazetteer lacks the
other: "the Homs neighbourhood of Baba Amr", "the Huriyah neighbourhood of Baghdad"; of "the capital of Y, X"
and "X, ... capital of Y province", the capital X, when smaller than Y; a fronted
"In X," that sets the scene holds a place after it: "In Kandahar, six were killed in Maiwand
district": Maiwand, "In Mosul on Saturday, five inside a shop in the Nabi Yunis area were shot": Nabi
Yunis (not on the subject itself: "a man from X in Y area"); so it does one no wider that a locative preposition puts in an adverbial clause
of the trigger or the "-ing" clause of its object, "In Sarajevo, a peacekeeper was shot while driving through the
suburb of Dobrinja": Dobrinja, "Across Iraq, gunmen shot an officer walking near his home in Mosul": Mosul, rule
``sentence:<prep>``).
A blocking preposition between place and trigger ("protesting against the strikes on X",
"talks between X and Y": the parties) leaves the place out, but not "against" after a noun of a fight
("an offensive against rebels in X": fought at X), nor "between" over a place a locative
preposition puts its parties in ("clashes between two tribes in X"), nor "between" after a noun of
ground, whose ends bound where ("shelled the area between X and Y", "tunneled under the border
between X and Y"; ``grounds``; rule ``parse:between``, a reference point; not two countries, "the zone
between Iraq and Kuwait": a frontier in neither). Nothing fits: the location stays
None. A document-focus fallback (precision "document") was measured on ``tidings eval
eventloc`` and left out: it lowered accuracy there (see ``tests/geo/test_event_location.py``).
The prepositions and territory verbs are in ``data/geo/event_location.yaml``, the place nouns
("the town of X") in ``data/geo/place_context.yaml``.

When the place is a reference point ("north of Aleppo", "near Kilis", "close to Jaffna") the
relation goes to ``ev.location_relation``; "in/at X" leave it None.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Optional

from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..annotations import EventMention, PlaceMention, register_extensions
from ..datafiles import read_yaml
from ..events.modality import has_own_clause, is_infinitive
from .gazetteer import DATA_DIR, load_place_context

__all__ = ["EventLocator", "load_event_location_rules"]

# Words between a preposition and the name besides place nouns: "in the town of X", "in Iraq's X".
_OF = {"of", "'s", "\u2019s"}
# Dependencies a place may hang by on its way up to the trigger without leaving its phrase.
_NOMINAL_DEPS = {"pobj", "prep", "poss", "compound", "appos", "conj", "cc", "nmod", "npadvmod", "advmod",
                 "dobj", "nsubjpass", "attr", "pcomp", "amod", "acl", "oprd", "dative", "agent"}
# How a place that is the event's own target hangs off a territory verb: "captured X", "X was shelled".
_OBJECT_DEPS = {"dobj", "nsubjpass"}
_MAX_HOPS = 7
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# Dependencies of a subordinate clause: how deep a place sits below the trigger.
_CLAUSE_DEPS = {"advcl", "relcl", "acl", "xcomp", "pcomp", "ccomp"}


class EventLocationRules(BaseModel):
    """event_location.yaml: prepositions and verbs that say where an event happened (see the file)."""

    version: int
    locative: frozenset[str]
    relative: frozenset[str]
    blocking: frozenset[str]
    destination: frozenset[str]
    directional: frozenset[str]
    territory_verbs: frozenset[str]
    local_agents: frozenset[str]
    city_states: frozenset[str]
    members: frozenset[str]
    battles: frozenset[str]
    phase_verbs: frozenset[str]
    means: frozenset[str]
    offices: frozenset[str]
    origins: frozenset[str]
    homes: frozenset[str]
    speech_verbs: frozenset[str]
    wars: frozenset[str]
    clocks: frozenset[str]
    directions: frozenset[str]
    edges: frozenset[str]
    edge_prepositions: frozenset[str]
    distances: frozenset[str]
    simultaneous: frozenset[str]
    grounds: frozenset[str]
    gatherings: frozenset[str]


@lru_cache(maxsize=2)
def load_event_location_rules(path: Path = DATA_DIR / "event_location.yaml") -> EventLocationRules:
    """event_location.yaml, validated. Raises DataError when it is invalid."""
    return read_yaml(path, EventLocationRules.model_validate, "event location rules")


class EventLocator:
    """Sets ``ev.location`` for each event (see module docstring)."""

    def __init__(self, nlp: Language, name: str = "tidings_event_locations") -> None:
        register_extensions()
        self.name = name
        self.rules = load_event_location_rules()
        context = load_place_context()
        self.place_nouns = context.place_nouns
        self.facility_nouns = context.facility_nouns
        self.place_words = set(context.place_nouns) | context.facility_nouns
        self.place_verbs = context.place_verbs
        self.name_heads = context.name_heads

    def __call__(self, doc: Doc) -> Doc:
        """Fill the location of every event of ``doc._.events``."""
        places = [p for p in (doc._.places or []) if p.kind in ("place", "metonym")]
        if not places or not doc._.events:
            return doc
        for ev in doc._.events:
            try:
                self.locate(ev, places)
            except (ValueError, IndexError):
                continue
        return doc

    def locate(self, ev: EventMention, places: list[PlaceMention]) -> None:
        """Set the location of one event from the doc's place mentions (kind "place", or a
        capital of kind "metonym" that a territory verb takes: "troops patrolling Kabul")."""
        root = ev.root
        sent = root.sent
        in_sentence = [p for p in places if sent.start <= p.start and p.end <= sent.end]
        if not in_sentence:
            return
        own_places = self._own_places(root, in_sentence)
        attached = self._attached(root, _event_heads(root) | self._complements(root), own_places)
        if root.dep_ == "conj":
            # "three were shot in Gaza, and another was killed inside Israel": a conjunct's own place
            # (not one that only qualifies a noun: "the deadliest shooting in U.S. history").
            own = self._attached(root, {root}, own_places)
            attached = [a for a in own if not _modifier(a[0], root.doc, self.place_nouns)] or attached
        clause = _first_conjunct(root)
        if not attached and clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.head.i < clause.i:
            # "launched an offensive in X, targeting the army-held village of Y": a result clause
            # aimed at ground is where its target is, however the parse hangs it; else ("attacked
            # Damboa town, killing 60 and wounding 20") it happened where its main verb did.
            target = self._target_after(root, own_places)
            if target is not None:
                self._set(ev, target, "exact", "object")
                return
            attached = self._attached(root, _event_heads(clause.head), own_places)
        if attached:
            held = {i: p for p, _, _ in attached for i in range(p.start, p.end)}

            def key(a: tuple[PlaceMention, str, bool]) -> tuple[bool, int, bool, bool, bool, int, bool, int]:
                pointed = self._relation(a[1]) is not None
                facility = self._names_facility(a[0], root.doc)
                framed = self._framed(a[0], root, held)
                return _rank(a[0], a[1], a[2], root, self.place_nouns, held, pointed, facility, framed)

            place, rule, _ = min(attached, key=key)
            place = self._inner_place(root.doc, place, own_places) or place
            detail = self._scene_detail(root, place, own_places) if _scene(place, root) else None
            if detail is not None:
                self._set(ev, detail[0], "sentence", detail[1], "sentence")
                return
            self._set(ev, place, "exact", rule)
            return
        if root.lemma_.lower() in self.rules.speech_verbs:
            return  # "..., a trader who witnessed the attack in X, told Reuters": where it was said is not told
        in_sentence = [p for p in in_sentence if p.kind == "place"]
        candidates = [
            p for p in own_places if p.kind == "place" and self._may_be_where(root.doc[p.start : p.end].root, root)
        ]
        taken = {i for p in in_sentence for i in range(p.start, p.end)}
        introduced = [
            (p, prep)
            for p in candidates
            if (prep := self._introducing_preposition(root.doc, p, taken) or self._taken_by_verb(root, p))
            and prep[0] not in self.rules.directional
        ]
        venues = [p for p in candidates if self._venue(root, p)]
        # "as he tried to flee the Trujillo prison in northern Honduras": the town naming the
        # building holds the place its building is said to be in.
        buildings = {root.doc[p.start:p.end].root.head.i for p in venues}
        introduced = [(p, prep) for p, prep in introduced if root.doc[prep[1]].head.i not in buildings]
        if not introduced:
            introduced = [(p, ("modifier", p.start)) for p in venues]
        if introduced:
            # "south of the town of X in northern Y": X, not its container Y; "In X, south of Y": X,
            # not the reference point; then the nearest preposition; of its chain, a place that holds
            # no other ("the Homs neighbourhood of Baba Amr": Baba Amr; "X sector of Y district": X), then
            # the most specific place ("in the Giro district of Ghazni province"), then the last ("in
            # Mogadishu's Huriwaa district").
            held = {i: p for p, _ in introduced for i in range(p.start, p.end)}
            place, (prep, _) = min(
                introduced,
                key=lambda a: (
                    _container(root.doc[a[1][1]], held, self.place_nouns)
                    or _place_before(a[0], root.doc, held, self.place_nouns) is not None,
                    self._relation(a[1][0]) is not None,
                    abs(a[1][1] - root.i),
                    _names_container(a[0], root.doc, held, self.place_nouns)
                    or _holds_named(a[0], root.doc, held, self.place_nouns),
                    _SPECIFICITY.get(a[0].feature, 1),
                    -a[0].start,
                ),
            )
            self._set(ev, place, "sentence", prep, "sentence")

    def _scene_detail(
        self, root: Token, scene: PlaceMention, places: list[PlaceMention]
    ) -> tuple[PlaceMention, str] | None:
        """The place, and its preposition, that a locative preposition puts in an adverbial clause of
        the trigger or in the "-ing" clause of its object, no wider than the fronted scene: "In Sarajevo,
        a peacekeeper was shot while driving through the suburb of Dobrinja", "In Diyala province, five
        were killed when a bomb struck their van near Mandali", "Across Iraq, gunmen shot an officer
        walking near his home in the city of Mosul" (the scene holds it), else None."""
        doc = root.doc
        taken = {i for p in places for i in range(p.start, p.end)}
        for p in sorted(places, key=lambda p: p.start):
            token = doc[p.start:p.end].root
            verb = _verb_above(token)
            if p is scene or p.kind != "place" or verb is None or verb.dep_ not in ("advcl", "pcomp", "acl"):
                continue
            if verb.dep_ == "acl" and (verb.tag_ != "VBG" or verb.head.dep_ != "dobj"):
                continue  # only the object's "-ing" clause: "shot an officer walking near X"
            clause = verb if verb.dep_ == "advcl" else verb.head  # "while driving through X", "an officer walking"
            if clause.head != root or not self._may_be_where(token, root):
                continue
            if _SPECIFICITY.get(p.feature, 1) > _SPECIFICITY.get(scene.feature, 1):
                continue
            prep = self._introducing_preposition(doc, p, taken)
            if prep is not None and prep[0] not in self.rules.directional:
                return p, prep[0]
        return None

    def _may_be_where(self, token: Token, root: Token) -> bool:
        """Whether a place the trigger does not attach may still say where it happened (see the
        module docstring): not outside the trigger's clauses, nor in one of its own, nor a
        person's nationality, nor a body's home."""
        return not (
            _outside(token, root, self.rules) or _elsewhere(token, root) or _nationality(token) or self._home(token, root)
        )

    def _names_facility(self, place: PlaceMention, doc: Doc) -> bool:
        """True for a town or a smaller place naming the facility it modifies, which is where: "at
        the Palmasola prison in the city of Santa Cruz", "at Orly airport south of Paris" (not a
        country or a region, whose facility it is: "a U.S. base in Iraq")."""
        token = doc[place.start:place.end].root
        named = token.dep_ in ("compound", "nmod", "amod") and token.head.lower_ in self.facility_nouns
        return named and place.feature not in ("country", "region")

    def _framed(self, place: PlaceMention, root: Token, held: Mapping[int, PlaceMention]) -> bool:
        """True when a locative preposition puts the place, on what the subject is in, after a fronted
        scene that holds it: "In Mosul, five butchers inside a shop in the Nabi Yunis area were shot"
        (not on the subject itself: "In X, a man from Y in the Z area was shot")."""
        prep = self._governing_preposition(root.doc[place.start:place.end].root)
        if prep is None or root.doc[prep[1]].head.dep_ in _SUBJECT_DEPS:
            return False
        return any(p is not place and p.start < place.start and _frame(p, root, held) for p in held.values())

    def _home(self, token: Token, root: Token) -> bool:
        """True when a verb of a home other than the trigger puts the place there: "the vessels, based
        in Cyprus, patrolled the coast" (where they are based, not where they patrolled)."""
        verb = _verb_above(token)
        return verb is not None and verb != root and verb.lemma_.lower() in self.rules.homes

    def _venue(self, root: Token, place: PlaceMention) -> bool:
        """True for a town naming a building or ground in an adverbial clause of the trigger, or in
        the complement of its attempt, where the deed met its victim: "shot as he stepped out of a
        central Kiev courthouse", "shot dead after leaving his Tehran office", "shot as he tried to
        flee the Trujillo prison" (not a country: "a U.S. base")."""
        if place.feature in ("country", "region") or not _modifier(place, root.doc, self.place_nouns):
            return False
        noun = root.doc[place.start:place.end].root.head
        verb = _verb_above(noun)
        if verb is not None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.rules.phase_verbs:
            verb = verb.head  # "as he tried to flee the Trujillo prison": the attempt's clause
        if noun.dep_ not in ("pobj", "dobj") or verb is None or verb.dep_ not in ("advcl", "pcomp"):
            return False
        clause = verb.head if verb.dep_ == "pcomp" else verb  # "after leaving X": by its preposition
        return clause.head == root

    def _inner_place(self, doc: Doc, place: PlaceMention, places: list[PlaceMention]) -> Optional[PlaceMention]:
        """The place of ``places`` that "in" puts this one right after, which it holds, for when the
        parse hangs only the container on the trigger ("killed in Fallujah, in the province of
        Al-Anbar"), else None; not the landmark of a direction ("East of Baquba, in Balad Ruz, a bomb
        killed")."""
        held = {i: p for p in places if p.kind == "place" for i in range(p.start, p.end)}
        inner = _place_before(place, doc, held, self.place_nouns)
        if inner is None or inner.start < 2 or doc[inner.start - 1].lower_ != "of":
            return inner
        return None if doc[inner.start - 2].lower_ in self.rules.directions else inner

    def _own_places(self, root: Token, places: list[PlaceMention]) -> list[PlaceMention]:
        """The sentence's places that may say where the event happened: not a landmark nor a place
        said of it ("in Sani area, north of Kutum in North Darfur"), nor a region of no country
        qualifying a noun ("in the 1967 Mideast war": a kind of war), nor the owner of a war ("in
        Syria's conflict") or the place of an office ("Nagasaki Mayor"): whose."""
        doc = root.doc
        marks = {i for p in places if self._landmark(doc, p, places) for i in range(p.start, p.end)}
        return [
            p
            for p in places
            if not _off_landmark(doc[p.start:p.end].root, root, marks)
            and not (p.country is None and p.feature == "region" and _modifier(p, doc, self.place_nouns))
            and not self._whose(doc[p.start:p.end].root)
        ]

    def _whose(self, token: Token) -> bool:
        """True for a place owning a war ("killed in Syria's civil war": whose war; ``wars``), naming a
        clock ("at 10 A.M. (Damascus time)"; ``clocks``) or an office ("Nagasaki Mayor Hitoshi
        Motoshima was shot", "a former Prijedor police chief"; ``offices``): whose, not where."""
        if token.dep_ == "poss" and token.head.lemma_.lower() in self.rules.wars:
            return True
        if token.dep_ in ("compound", "nmod", "amod") and token.head.lower_ in self.rules.clocks:
            return True  # "at 10 A.M. (Damascus time)": whose clock
        head = token
        while head.dep_ in ("compound", "nmod", "amod") and head.head.i > head.i:
            head = head.head  # "a Prijedor police chief", "Nagasaki Mayor Hitoshi Motoshima"
        return any(t.lemma_.lower() in self.rules.offices for t in token.doc[token.i + 1:head.i + 1])

    def _landmark(self, doc: Doc, place: PlaceMention, places: list[PlaceMention]) -> bool:
        """True when the place is the landmark of a direction, with or without a distance, said of
        another place right before it: "Bur Hakaba, about 180 km (110 miles) south of Mogadishu",
        "the village of Sabr 20 kilometers north of Aden", "in Sani area, north of Kutum", "near X,
        400 km west of the capital, Y", "X village located 15 km to the south of the city of Y" (not the
        "of" of an edge noun), and a landmark chained to one by "and" ("X, 16 km south of Y
        and 880 km south of Z"); so is the place of an edge said of one ("in Abu Ghraib, on the western
        edge of Baghdad", "at X motor park, on the outskirts of Y"; ``edges``). It says where that
        place is, not where the event happened."""
        i = place.start - 1
        while i > 0 and (
            doc[i].pos_ in ("DET", "ADJ", "NOUN", "SPACE")
            or doc[i].lower_ in self.place_nouns
            or doc[i].lower_ == ","
            and doc[i - 1].pos_ == "NOUN"
            or doc[i].lower_ == "of"
            and doc[i - 1].lower_ in self.place_nouns
            and doc[i - 1].lower_ not in self.rules.edges
        ):
            i -= 1  # "north of the capital Nairobi", "northwest of the capital, Katmandu", "of the city of Y"
        if i < 2 or doc[i].lower_ != "of":
            return False
        of = i
        if doc[i - 1].lower_ in self.rules.edges:
            i = self._before_edge(doc, i - 2)
        elif doc[i - 1].lower_ in self.rules.directions:
            i = self._before_distance(doc, i - 2)
        else:
            return False
        if any(p.end - 1 == i and p is not place for p in places):
            return True
        # A name the gazetteer lacks, set off by a comma: "two towns, Rasai I and Rasai II, 440 km east of Y".
        return i >= 0 and any(t.lower_ == "," for t in doc[i + 1:of]) and self._named_place(doc[i])

    def _named_place(self, token: Token) -> bool:
        """True for a proper name that a common place noun says is a place, known to the gazetteer or
        not: "two eastern towns, Rasai I and Rasai II", "the town of X", "X village" (not "the
        Islamic State": no common noun)."""
        noun = token
        while noun.pos_ == "PROPN" and noun.dep_ in ("compound", "conj", "appos", "pobj"):
            noun = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun.head
        return noun.pos_ == "NOUN" and noun.lower_ in self.place_nouns

    def _sited(self, doc: Doc, place: PlaceMention) -> bool:
        """True for a name a direction from a landmark follows, which only a place has: "Belet Huen,
        about 200 miles (322 kilometers) northwest of Mogadishu"."""
        for i in range(place.end, min(place.end + 12, len(doc) - 1)):
            if doc[i].lower_ in self.rules.directions and doc[i + 1].lower_ == "of":
                return self._before_distance(doc, i - 1) == place.end - 1
        return False

    def _before_distance(self, doc: Doc, i: int) -> int:
        """The index before the distance of "X, about 20 km (12 miles) south of Y" read back from
        ``i`` (the word before the direction)."""
        while i > 0 and (
            doc[i].like_num
            or doc[i].is_punct
            or doc[i].lower_ in self.rules.distances
            or doc[i].pos_ in ("DET", "SPACE")
            or doc[i].lower_ in self.place_nouns
            or doc[i].lower_ == "and"
            or doc[i].lower_ == "to" and doc[i + 1].lower_ == "the"
        ):
            i -= 1  # "Braeton, just east of", "Sani area, north of", "X, a town 20 km (12 miles) south of",
            # "X, 16 km south of Y and 880 km south of Z", "the X province to the west of"
        return i

    def _before_edge(self, doc: Doc, i: int) -> int:
        """The index before "on/at" of "X, on the western outskirts of Y" read back from ``i`` (the
        word before the edge noun), past the nouns of X's phrase ("X motor park, on the outskirts
        of"); -1 when no such preposition is there."""
        while i > 0 and doc[i].pos_ in ("DET", "ADJ", "SPACE"):
            i -= 1
        if i < 1 or doc[i].lower_ not in self.rules.edge_prepositions:
            return -1
        i -= 1
        while i > 0 and (doc[i].lower_ == "," or doc[i].pos_ == "NOUN" or doc[i].lower_ in self.place_nouns):
            i -= 1
        return i

    def _target_after(self, root: Token, places: list[PlaceMention]) -> Optional[PlaceMention]:
        """The first place after a territory verb, within its clause and not put there by another
        preposition ("targeting the SAA-controlled Al-Rashidiyah District", "striking the defenses
        east of Khan Al-Sheih"; not "hitting a bus from X"), else None."""
        if root.lemma_.lower() not in self.rules.territory_verbs:
            return None
        doc = root.doc
        for p in sorted(places, key=lambda p: p.start):
            if p.start <= root.i or p.kind != "place":
                continue
            between = doc[root.i + 1:p.start]
            if any(t.lower_ == ";" or _aside(t) for t in between):
                return None  # "targeting the army, which has held out around X": said of another thing
            preps = [t for t in between if t.pos_ == "ADP" and t.lower_ != "of"]
            if preps and preps[-1].lower_ not in self.rules.locative:
                return None  # "hitting a bus from X"
            return p
        return None

    def _attached(
        self, root: Token, heads: set[Token], places: list[PlaceMention]
    ) -> list[tuple[PlaceMention, str, bool]]:
        """The places that hang off ``heads`` in the parse: (place, rule, whether a territory verb
        takes it)."""
        attached = []
        for p in places:
            token = root.doc[p.start:p.end].root
            found = _attachment(token, heads, self.rules, self.place_nouns) or self._local_agent(token, heads, p)
            if found is None:
                continue
            rule, top = found
            if rule == "object" and self._person_like(p, token, top):
                continue
            if any(_on_later_predicate(t, root) for t in token.ancestors if t.head in heads):
                continue  # "was captured and is held in X"
            if self._home(token, root):
                continue  # "detonated by the brigade, based in X": where the brigade is based
            if rule in self.rules.destination and (top.head != root or token.head != top):
                continue  # "returned to X", not "handed over to U.S. forces" nor "the road to X"
            target = self._territory(token, rule, top)
            # "Yala's Betong district": a possessive country is a container, not the place; "accused
            # Syria": a country as the object is the target actor, "entered Syria" the place.
            if not target and (p.kind != "place" or rule in ("poss", "object") and p.feature in ("country", "region")):
                continue
            if rule == "between" and p.feature in ("country", "region"):
                continue  # "the zone between Iraq and Kuwait": a frontier, in neither country
            attached.append((p, rule, target))
        return attached

    def _complements(self, root: Token) -> set[Token]:
        """The clauses below the trigger whose places are its own: the complement of a verb of a
        phase or an attempt ("managed to recapture X", "began shelling X"), the participle of the
        state a passive trigger's subject is in ("were found dumped on a roadside in X"), the means
        after a verb of a phase ("began the assault by targeting X"; ``means``; not "protested outside
        X by blocking the highway to Y"), and the purpose clause of a territory verb on a trigger with
        an object ("launched an offensive to capture X"; not "was killed in the operation to take X",
        no purpose of the killing)."""
        phase = root.lemma_.lower() in self.rules.phase_verbs
        has_object = any(c.dep_ == "dobj" for c in root.children)
        passive = any(c.dep_ == "auxpass" for c in root.children)
        means = {
            g
            for c in root.children
            if phase and c.dep_ == "prep" and c.lower_ in self.rules.means and c.i > root.i
            for g in c.children
            if g.dep_ == "pcomp" and g.tag_ == "VBG"
        }
        return means | {
            c
            for c in root.children
            if c.dep_ == "xcomp" and (phase or passive and c.tag_ == "VBN")
            or c.dep_ == "advcl"
            and has_object
            and c.lemma_.lower() in self.rules.territory_verbs
            and is_infinitive(c)
        }

    def _local_agent(self, token: Token, heads: set[Token], place: PlaceMention) -> tuple[str, Token] | None:
        """("subject", the subject) when a town or province names the local body that does the
        event ("Dallas police shot", "the Chihuahua state government announced"), else None; a
        country there is a nationality ("U.S. officials"), not a place, unless it is a city
        ("Hong Kong police said"; ``city_states``)."""
        subject = token.head
        country = place.feature in ("country", "region") and place.country not in self.rules.city_states
        if token.dep_ not in ("compound", "nmod") or country:
            return None
        while subject.dep_ in ("compound", "nmod") and subject.head.i != subject.i:
            subject = subject.head  # "the Chihuahua state government"
        if subject.dep_ != "nsubj" or subject.head not in heads:
            return None
        if subject.lemma_.lower() not in self.rules.local_agents:
            return None
        return "subject", subject

    def _person_like(self, place: PlaceMention, token: Token, top: Token) -> bool:
        """True for a name the gazetteer lacks that a verb taking people too has as its bare
        object: "captured Ocalan", "Bishara was captured" (ner's GPE is a guess there), not
        "stormed Ja'ouneh Street", "attacked Katarko village", "entered al-Assad district", "Belet
        Huen, 200 miles northwest of Mogadishu, was captured"."""
        doc = token.doc
        if place.method != "unresolved" or top.head.lemma_.lower() in self.place_verbs:
            return False
        if not any(e.label_ == "GPE" and e.start <= place.start < e.end for e in doc.ents):
            return False  # "Eastern Slavonia" (LOC), "the Heart Hospital" (FAC, ORG)
        if self._sited(doc, place):
            return False  # "Belet Huen, about 200 miles northwest of Mogadishu, was captured"
        # The name, the word after it and the two before it ("the town of X Tuesday").
        words = list(doc[max(place.start - 2, 0):place.end + 1])
        while token != top:
            token = token.head
            words.append(token)  # "the villages of A, B and C"
        return not any(t.lower_ in self.place_words for t in words)

    def _taken_by_verb(self, root: Token, place: PlaceMention) -> Optional[tuple[str, int]]:
        """("object", the verb's index) when a territory verb of a clause above or below the trigger
        takes the place: "killed in raids that targeted the city of Raqqa", "stormed X, killing 39"
        (else None). Not a purpose or a reason ("to take X", "for visiting X"), a participle clause
        the trigger's deed goes on to ("shot him while visiting X", "captured the west, destroying
        X"), nor a clause of another branch of the sentence."""
        token = root.doc[place.start:place.end].root
        verb = _verb_above(token)
        if verb is None or verb.lemma_.lower() not in self.rules.territory_verbs:
            return None
        if not (verb.is_ancestor(root) or root.is_ancestor(verb)):
            return None
        if root.is_ancestor(verb) and _first_conjunct(verb).dep_ == "advcl" and verb.tag_ == "VBG":
            return None
        if is_infinitive(verb) or verb.head.lower_ == "for":
            return None  # a purpose or a reason, not a deed: "the operation to take X", "for visiting X"
        found = _attachment(token, {verb}, self.rules, self.place_nouns)
        if found is None or not self._territory(token, *found) or self._person_like(place, token, found[1]):
            return None
        return "object", verb.i

    def _governing_preposition(self, token: Token) -> Optional[tuple[str, int]]:
        """The locative preposition whose phrase the place heads, read from the parse: "through
        the front-line suburb of X", "in the mostly-Kurdish town of X", "in the courtyard of X's
        largest hospital", "in the capital, X", "outside the flashpoint Iraqi town of X" (else None)."""
        for _ in range(_MAX_HOPS):
            if token.dep_ in ("conj", "poss") or token.dep_ in ("compound", "nmod") and (
                token.head.lower_ in self.place_nouns or token.head.pos_ in ("PROPN", "NOUN")
            ):
                token = token.head
                continue
            if token.dep_ == "appos" and token.head.pos_ == "NOUN" and (
                token.head.lower_ in self.name_heads or token.lower_ in self.place_nouns
            ):
                token = token.head  # "in the capital, X", "outside the flashpoint Iraqi town of X"
                continue
            if token.dep_ != "pobj":
                return None
            prep = token.head
            if prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN"):
                token = prep.head
                continue
            word = _preposition(prep, self.rules)
            return (word, prep.i) if word in self.rules.locative else None
        return None

    def _territory(self, place: Token, rule: str, top: Token) -> bool:
        """True when the place itself, or ground it owns, is what a territory verb takes: "captured
        X and Y", "X was shelled", "stormed the town of X", "attacked X village", "patrolled X's
        cities", "patrolled parts of X's capital" (not "shot down a U.S. helicopter", nor "attacked
        X's ambassador": people)."""
        if rule not in ("object", "poss") and not (rule == "of" and top.lower_ in self.place_nouns):
            return False
        if top.head.lemma_.lower() in self.rules.territory_verbs and _dated_object(place, top):
            return True
        if top.dep_ not in _OBJECT_DEPS or top.head.lemma_.lower() not in self.rules.territory_verbs:
            return False
        if rule == "poss":  # not "patrolled X's Y district": Y, a place of its own, is where
            doc = top.doc
            ground = [place.head]
            land = place.head.lower_ in self.place_nouns or place.head.lower_ in self.name_heads
            while land and ground[-1] != top and ground[-1].dep_ == "pobj" and ground[-1].head.lower_ == "of":
                ground.append(ground[-1].head.head)  # "patrolled parts of X's capital", not "of X's fugitives"
            people = any(
                a.start <= t.i < a.end and a.kind != "state" for a in doc._.actors or [] for t in ground
            )
            own = any(
                top.left_edge.i <= p.start and p.end <= top.right_edge.i + 1 and not p.start <= place.i < p.end
                for p in doc._.places or []
            )
            named = any(t.ent_type_ for t in ground)
            return ground[-1] == top and not named and not people and not own
        token = place
        while token != top:
            of = token.dep_ == "prep" and token.lower_ == "of"
            named = token.dep_ == "compound" and token.head.lower_ in self.place_nouns  # "X village"
            if token.dep_ not in ("conj", "appos", "pobj") and not of and not named:
                return False
            token = token.head
        return True

    def _set(self, ev: EventMention, place: PlaceMention, precision: str, rule: str, source: str = "parse") -> None:
        ev.location = _named_capital(ev.root.doc, place, self.place_nouns) or place
        ev.location_precision = precision
        ev.location_relation = self._relation(rule)
        ev.parts["location"] = f"{source}:{rule}"

    def _relation(self, rule: str) -> Optional[str]:
        """The relation of a reference point ("north of", "near"), None for "in X"-like rules."""
        if rule.endswith(" of") or rule in self.rules.relative:
            return rule
        return None

    def _introducing_preposition(self, doc: Doc, place: PlaceMention, taken: set[int]) -> Optional[tuple[str, int]]:
        """The locative preposition (and its index) before X in "in X", "near the town of X", "in
        Iraq's Nineveh province"-like contexts, else None. "north of X" gives "north of".
        taken: token indexes of the sentence's place names (skipped on the way back)."""
        governing = self._governing_preposition(doc[place.start:place.end].root)
        if governing is not None:
            return governing
        i = place.start - 1
        while i >= 0 and (
            doc[i].pos_ in ("DET", "ADJ", "SPACE") or doc[i].lower_ in _OF or doc[i].lower_ in self.place_nouns
            or i in taken
        ):
            if doc[i].lower_ == "of" and i > 0 and doc[i - 1].dep_ in ("advmod", "npadvmod") and doc[i - 1].pos_ != "ADP":
                return f"{doc[i - 1].lower_} of", i
            i -= 1
        word = _preposition(doc[i], self.rules) if i >= 0 else None
        return (word, i) if word in self.rules.locative else None


def _container(prep: Token, held: Mapping[int, PlaceMention], place_nouns: Mapping[str, str]) -> bool:
    """True when the preposition hangs off another place of the sentence ("X in northern Y",
    "the town of X in Y", "the X district in Y"): its place holds that one."""
    head = prep.head
    if head.i in held:
        return True
    return head.lower_ in place_nouns and any(
        child.i in held and child.dep_ in ("compound", "nmod")
        or child.lower_ == "of" and any(g.i in held for g in child.children)
        for child in head.children
    )


def _verb_above(token: Token) -> Optional[Token]:
    """The nearest verb above a token in the parse, if any."""
    return next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)


def _aside(token: Token) -> bool:
    """True for the head of an appositive or a relative clause set off by a comma: "the Taliban, a
    dramatic development", "the army, which has held out around X"."""
    return token.dep_ in ("appos", "relcl") and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].lower_ == ","


def _preposition(token: Token, rules: EventLocationRules) -> str:
    """The preposition a token is, with the word before it when the pair is a locative one:
    "close to", "next to" ("bunkers close to X"); else the token itself."""
    pair = f"{token.nbor(-1).lower_} {token.lower_}" if token.i > 0 else ""
    return pair if pair in rules.locative else token.lower_


def _off_landmark(token: Token, root: Token, marks: set[int]) -> bool:
    """True when the place is a landmark (token indexes ``marks``) or hangs off one below the trigger."""
    for _ in range(_MAX_HOPS):
        if token.i in marks:
            return True
        if token == root or token.head == token:
            return False
        token = token.head
    return False


def _event_heads(root: Token) -> set[Token]:
    """The trigger and the verbs sharing its arguments ("shot and killed in X")."""
    heads = {root, *root.conjuncts}
    if root.dep_ in ("conj", "xcomp") and root.head.i != root.i:
        heads.add(root.head)
    return heads


def _first_conjunct(token: Token) -> Token:
    """The first verb of the coordination ``token`` is in ("wounding" in "killing 5 and wounding 20")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _blocks(prep: Token, rules: EventLocationRules, placed: bool) -> bool:
    """True for a blocking preposition ("protesting against the strikes on X"), but not "against"
    after a noun of a fight ("an offensive against rebels in X" is fought at X), nor "between"
    over a place a locative preposition puts its parties in (``placed``: "clashes between
    tribes in X") or after a noun of ground ("the border between X and Y"; "talks between X and Y"
    blocks)."""
    if prep.dep_ != "prep" or prep.lower_ not in rules.blocking:
        return False
    if prep.lower_ == "between" and (placed or _ground(prep, rules)):
        return False
    return not (prep.lower_ == "against" and _fight(prep.head, rules))


def _free_hop(token: Token, rules: EventLocationRules, place_nouns: Mapping[str, str]) -> bool:
    """True for a step of a place's path that names ground rather than going up from it: the "of" of
    "the town of X" (as many steps as "X town"), and the "between" of ground and its second end, "the
    area between X and Y" (as many as "the area X")."""
    if token.dep_ == "prep" and token.lower_ == "of" and token.head.lower_ in place_nouns:
        return True
    end = token.dep_ == "conj" and token.head.dep_ == "pobj" and _ground(token.head.head, rules)
    return end or _ground(token, rules)


def _ground(prep: Token, rules: EventLocationRules) -> bool:
    """True for "between" after a noun of ground or a participle of a site, "the border between X
    and Y", "shelled the area between X and Y", "villages located between X and Y" (``grounds``):
    the stretch its two ends bound is where, not the parties of talks ("talks between X and Y")."""
    return prep.lower_ == "between" and prep.head.lemma_.lower() in rules.grounds


def _members(prep: Token, rules: EventLocationRules, place_nouns: Mapping[str, str]) -> bool:
    """True for a preposition naming members of the plural noun above it ("in three cities, including
    X"; ``members``); a blocking one only after a plural place noun ("in villages like X"; not "in
    attacks like the one in X")."""
    if prep.dep_ != "prep" or prep.lower_ not in rules.members or prep.head.tag_ != "NNS":
        return False
    return prep.lower_ not in rules.blocking or prep.head.lower_ in place_nouns


def _dated_object(place: Token, date: Token) -> bool:
    """True for a name the parse makes part of the date right after it, the verb having no object
    of its own: "patrolled Harare Saturday" (Harare is what was patrolled)."""
    verb = date.head
    return (
        place.dep_ == "compound"
        and place.head == date
        and date.ent_type_ == "DATE"
        and place.ent_type_ != "DATE"
        and date.dep_ == "npadvmod"
        and verb.i < place.i
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def _simultaneous(verb: Token, rules: EventLocationRules) -> bool:
    """True for an adverbial clause of the same time as the verb above it: "as they tried to ...",
    "while trying to ..." (``simultaneous``; not "after failing to ...")."""
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in rules.simultaneous for c in verb.children
    )


def _fight(token: Token, rules: EventLocationRules) -> bool:
    """True for a noun of a fight ("battle", "offensive"; not the verb: "attacked him for X")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in rules.battles


def _outside(token: Token, root: Token, rules: EventLocationRules) -> bool:
    """True when the trigger governs the place only from outside the event: through a blocking
    preposition ("protesting against the strikes on X"), a clausal complement ("said that ...
    in X") or two subordinate clauses; in a clause of the same time as the trigger, the complement
    of a verb of an attempt or a phase is one clause with it ("shot as they tried to ambush a patrol
    near X": near X; not "killed for attempting to flee X"), and so is a clause of the same time
    inside it ("killed when a bomb hit their van while conducting operations in X")."""
    if not root.is_ancestor(token):
        return False
    clauses = 0
    placed = False
    while token != root:
        if token.dep_ == "ccomp" or _blocks(token, rules, placed):
            return True
        placed = placed or token.dep_ == "prep" and token.lower_ in rules.locative
        # "killed and one injured when ...": the participle of a gapped conjunct ("one [was]
        # injured") is the trigger's coordination, not a clause below it.
        gapped = token.dep_ == "acl" and token.head.dep_ == "conj" and token.head.head == root
        attempt = token.dep_ == "xcomp" and token.head.lemma_.lower() in rules.phase_verbs and _simultaneous(
            token.head, rules
        )
        during = _simultaneous(token, rules) and _simultaneous(token.head, rules)
        clauses += token.dep_ in _CLAUSE_DEPS and not gapped and not attempt and not during
        token = token.head
    return clauses >= 2


def _elsewhere(token: Token, root: Token) -> bool:
    """True when the place lies in a clause of its own that the trigger is not in: what a verb
    above the trigger reports ("clashed in X, an official said, warning ..."; not a clause deeper
    down: "launching air strikes to help fighters advance around X"), or a relative clause or a
    participle on the trigger's passive subject, the patient's own past ("a rebel who carried out
    a bombing in X has been captured")."""
    above = {root.i, *(t.i for t in root.ancestors)}
    clauses = []
    below = token
    while token.i not in above:
        clauses.append(token.dep_)
        below, token = token, token.head
    if clauses[-1:] == ["ccomp"] or _on_later_predicate(below, root):
        return True
    return token == root and below.dep_ == "nsubjpass" and any(d in ("relcl", "acl") for d in clauses)


def _on_later_predicate(token: Token, root: Token) -> bool:
    """True when ``token`` (the top of a place's path below the trigger's clauses) is a later
    conjoined predicate of the trigger's subject: "was captured in June and is believed held in X"
    (where the patient is now, not the event)."""
    return token.dep_ == "conj" and token.i > root.i and _new_predicate(token)


def _new_predicate(verb: Token) -> bool:
    """True for a conjoined verb with an auxiliary but no subject of its own: a new predicate of
    the same subject ("was captured and is believed held"), not a gapped clause ("five were
    killed and three others wounded")."""
    deps = {c.dep_ for c in verb.children}
    return bool(deps & {"aux", "auxpass"}) and not deps & {"nsubj", "nsubjpass", "expl"}


def _nationality(token: Token) -> bool:
    """True for a place owning a person's name: "a victory over Japan's Aiko Nakamura" (whose
    player, not where)."""
    return token.dep_ == "poss" and token.head.ent_type_ == "PERSON"


def _attachment(
    token: Token, heads: set[Token], rules: EventLocationRules, place_nouns: Mapping[str, str]
) -> Optional[tuple[str, Token]]:
    """The rule name and the token hanging off a head when ``token`` hangs off one of ``heads``
    through its phrase, else None.

    The rule names the preposition of the path ("in", "north of", "close to"), or "poss"/"object"; a
    possessive on the object or passive subject of a verb other than a territory verb names
    whose, not where ("Farah's judge was shot"; "Harare's streets were patrolled" stays), and
    "of" after a person's name or an office where the person is from or whose office it is
    ("Peter Blake of New Zealand", "the deputy governor of Fallujah", "a native of Guinea";
    ``offices``, ``origins``), and after a gathering its members ("the meeting of Cyprus, Greece
    and Israel"; ``gatherings``). The "of" of a place noun ("the city of X") gives way to a
    locative preposition above it ("in the city of X" -> "in"). A blocking preposition anywhere
    on the path ("against the strikes on X") leaves the place out. The path is at most
    ``_MAX_HOPS`` steps long, "the town of X" taking as many as "X town" (``_free_hop``).
    """
    rule = None
    settlement_of = False
    below = token
    hops = 0
    while hops < _MAX_HOPS:
        hops += not _free_hop(token, rules, place_nouns)
        if token in heads:
            return rule or "object", below
        if token.dep_ not in _NOMINAL_DEPS or token.head.i == token.i:
            return None
        if _members(token, rules, place_nouns) and rule is None:
            below, token = token, token.head  # "in three cities, including X": X is one of them
            continue
        if _blocks(token, rules, rule in rules.locative):
            return None
        if token.dep_ == "agent" and (token.head not in heads or rule not in rules.locative):
            return None  # "killed by gunmen in X" is where; not "captured by the Northern Alliance"
        if rule == "poss" and token.dep_ in _OBJECT_DEPS and token.head.lemma_.lower() not in rules.territory_verbs:
            return None  # "Farah's judge was shot", "protested Bush's visit": whose, not where
        if token.dep_ == "prep" and (
            rule is None or settlement_of and (token.lower_ in rules.locative or _ground(token, rules))
        ):
            word = _preposition(token, rules)
            placing = word in rules.locative or word in rules.destination or word == "of" or _ground(token, rules)
            if not placing and not (token.lower_ == "for" and _fight(token.head, rules)):
                return None  # "from X", "for X" (not "the battle for X"): not where it happened
            noun = token.head.lemma_.lower()
            of_whom = token.head.ent_type_ == "PERSON" or noun in rules.offices | rules.origins | rules.gatherings
            if token.lower_ == "of" and of_whom:
                return None  # "Peter Blake of New Zealand", "the governor of X", "a meeting of X and Y": who
            rule = word
            settlement_of = token.lower_ == "of" and token.head.lower_ in place_nouns
            if rule == token.lower_ and token.head.dep_ in ("advmod", "npadvmod") and token.head.lower_ != rule:
                rule = f"{token.head.lower_} {token.lower_}"  # "north of"
        elif token.dep_ == "poss" and rule is None:
            rule = "poss"
        below, token = token, token.head
    return None


_SPECIFICITY = {"point": 0, None: 1, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}


def _rank(
    place: PlaceMention,
    rule: str,
    target: bool,
    root: Token,
    place_nouns: Mapping[str, str],
    held: Mapping[int, PlaceMention],
    pointed: bool,
    facility: bool,
    framed: bool,
) -> tuple[bool, int, bool, bool, bool, int, bool, int]:
    """Prefer a place that holds no other in the parse, which that one would only qualify ("killed
    in X village of Y district": X; "the streets of X, capital of Y in Z": X, whatever its
    preposition), then a locative preposition on the trigger, "of" after what lies in the place
    ("bombed the hillside of X", "patrolled parts of X") or what a territory verb takes
    ("captured X"), then a place of the trigger's own rather than of a clause conjoined with it
    ("captured territory in northwest Bosnia and took the town of Kupres": Bosnia for the capture),
    then a place not in a phrase of the trigger's subject ("detainees at X were captured in Y": Y)
    unless a fronted scene holds it (``framed``: "In X, five inside a shop in Y were shot": Y),
    then a place that holds no other by its words ("X neighbourhood in Y", "the A noun of B", "the A
    region of the B Governorate", "In X, six were killed in Y": Y), then the most specific place, then a place rather than a
    reference point before or after it (``pointed``: "in Sani area, north of Kutum": Sani; "north
    of Baghdad, three were killed in Yathrib": Yathrib; "near X in Y" keeps X, the more specific),
    then the nearest. A town naming a facility (``facility``: "the Palmasola prison", "south of the
    Kweires airbase") ranks as a locative preposition does, whatever its rule."""
    indirect = rule in ("object", "poss") or _modifier(place, root.doc, place_nouns)
    tier = 1 if target or facility or not indirect else 2
    holds = (
        _names_container(place, root.doc, held, place_nouns)
        or _holds_named(place, root.doc, held, place_nouns)
        or _place_before(place, root.doc, held, place_nouns) is not None
        or _frame(place, root, held)
    )
    specificity = _SPECIFICITY.get(place.feature, 1)
    return (
        _holds(place, root, held),
        tier,
        _on_conjunct(place, root),
        _on_subject(place, root) and not framed,
        holds,
        specificity,
        pointed,
        _distance(place, root),
    )


def _on_conjunct(place: PlaceMention, root: Token) -> bool:
    """True when the place hangs off a verb conjoined with the trigger that is a clause of its own:
    the trigger has its own object ("captured territory in X and took the town of Y") or the verb
    its own subject or auxiliary ("was captured in X and is being held at Y"); not verbs sharing
    their arguments ("police shot and killed two gunmen in X")."""
    heads = set(root.conjuncts)
    token = root.doc[place.start:place.end].root
    for _ in range(_MAX_HOPS):
        if token == root or token.head == token:
            return False
        if token in heads:
            return any(c.dep_ == "dobj" for c in root.children) or has_own_clause(token)
        token = token.head
    return False


def _on_subject(place: PlaceMention, root: Token) -> bool:
    """True when the place sits in a phrase of the trigger's subject ("detainees at X"): where
    someone was, not the event. Not the subject itself ("X was shelled")."""
    token = root.doc[place.start:place.end].root
    for _ in range(_MAX_HOPS):
        if token.head == root or token.head == token:
            break
        token = token.head
    return token.head == root and token.dep_ in _SUBJECT_DEPS and not place.start <= token.i < place.end


def _holds(place: PlaceMention, root: Token, held: Mapping[int, PlaceMention]) -> bool:
    """True when another place lies on the way from this one up to the trigger in the parse; not
    for a narrower appositive, which names what the phrase is ("the commercial centre of Adamawa
    State, Mubi": Mubi; "in Raqqa, Syria" keeps Syria held)."""
    token = root.doc[place.start:place.end].root
    wider = held.get(token.head.i)
    if token.dep_ == "appos" and wider is not None:
        if _SPECIFICITY.get(place.feature, 1) < _SPECIFICITY.get(wider.feature, 1):
            return False
    token = token.head
    for _ in range(_MAX_HOPS):
        if token == root or token.head == token:
            return False
        if token.i in held and not place.start <= token.i < place.end:
            return True
        token = token.head
    return False


def _frame(place: PlaceMention, root: Token, held: Mapping[int, PlaceMention]) -> bool:
    """True for the place of a fronted phrase set off by a comma ("In Kandahar, ...") when another
    place follows it: the scene, which holds the event's own place ("In Kandahar, six were killed
    in Maiwand district": Maiwand)."""
    token = root.doc[place.start:place.end].root
    while token.head != token and token.head.pos_ not in ("VERB", "AUX"):
        token = token.head
    after = _fronted_end(token)
    if token.dep_ != "prep" or token.i > root.i or after >= len(root.doc) or root.doc[after].text != ",":
        return False
    return any(i > after and p is not place for i, p in held.items())


def _fronted_end(phrase: Token) -> int:
    """The index after a phrase and the adjuncts of its verb that follow it before the subject:
    "In Mosul on Saturday, five were shot" (the comma's)."""
    after = phrase.right_edge.i + 1
    doc = phrase.doc
    while after < phrase.head.i and doc[after].head == phrase.head and doc[after].dep_ in ("prep", "npadvmod"):
        after = doc[after].right_edge.i + 1
    return after


def _scene(place: PlaceMention, root: Token) -> bool:
    """True for the place of a phrase of the trigger fronted before it and set off by a comma: "In
    Kandahar, six were killed" (not "After discovering X in Y, police captured")."""
    token = root.doc[place.start:place.end].root
    while token.head != token and token.head.pos_ not in ("VERB", "AUX"):
        token = token.head
    fronted = token.dep_ == "prep" and token.head == root and token.i < root.i
    after = _fronted_end(token)
    return fronted and after < len(root.doc) and root.doc[after].text == ","


def _place_before(
    place: PlaceMention, doc: Doc, held: Mapping[int, PlaceMention], place_nouns: Mapping[str, str]
) -> Optional[PlaceMention]:
    """The place of ``held`` no wider than this one that "in" puts it right after, else None: "the
    Adil neighbourhood in western Baghdad", "attacked Shawa village in Damboa" (the parse often
    hangs such an "in" on the verb), "in Fallujah, in the western province of Al-Anbar"."""
    i = place.start - 1
    while i > 0 and (
        doc[i].pos_ in ("DET", "ADJ", "SPACE")
        or doc[i].lower_ in _OF
        or doc[i].lower_ in place_nouns
        or doc[i].dep_ in ("compound", "amod") and place.start <= doc[i].head.i < place.end
    ):
        i -= 1  # "in the old city of Y", "in western Y", "in southeast Y"
    if i < 2 or doc[i].lower_ != "in":
        return None
    if doc[i - 1].lower_ == ",":
        i -= 1  # "in X, in Y"
    before = held.get(i - 2 if doc[i - 1].lower_ in place_nouns else i - 1)  # "X neighbourhood in Y"
    if before is None or before is place:
        return None
    # Not after a wider place: "in east Ukraine in the area of Lugansk".
    return before if _SPECIFICITY.get(before.feature, 1) <= _SPECIFICITY.get(place.feature, 1) else None


def _names_container(
    place: PlaceMention, doc: Doc, held: Mapping[int, PlaceMention], place_nouns: Mapping[str, str]
) -> bool:
    """True for the known place of "the A noun of B" when the other is one the gazetteer lacks: it
    holds that one, whichever side it is on ("the Homs neighbourhood of Baba Amr", "the eastern
    Algiers suburb of Oued Kniss", "the Huriyah neighbourhood of Baghdad", "the Kafr Souseh area
    of Damascus", "Sewry District of Zabol Province")."""
    token = doc[place.start:place.end].root
    if place.lat is None:
        return False
    if token.head.i == place.end and token.head.is_title and token.head.lower_ in place_nouns:
        token = token.head  # the name's own noun, left out of the known place: "Zabol Province"
    if token.dep_ in ("compound", "nmod", "amod"):  # A: the other is B, the noun's "of"
        noun = token.head
        others = [g for c in noun.children if c.lower_ == "of" for g in c.children]
    elif token.dep_ == "pobj" and token.head.lower_ == "of":  # B: the other is A, the noun's modifier
        noun = token.head.head
        others = [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod")]
    else:
        return False
    if noun.lower_ not in place_nouns:
        return False
    named = [held.get(t.i) for t in others]
    return any(p is not None and p is not place and p.lat is None for p in named)


def _holds_named(
    place: PlaceMention, doc: Doc, held: Mapping[int, PlaceMention], place_nouns: Mapping[str, str]
) -> bool:
    """True for B of "A noun of B noun", each place named before its own place noun: B's holds A's
    ("in Tabiah sector of Jobar district", "in X village of Y district", "in the X region of the Y
    Governorate", the noun in B's name)."""
    noun = doc[place.start:place.end].root
    if noun.i == place.start or noun.lower_ not in place_nouns:
        if noun.dep_ != "compound" or noun.head.lower_ not in place_nouns:
            return False
        noun = noun.head
    of = noun.head
    if of.lower_ != "of" or of.head.lower_ not in place_nouns:
        return False
    return any(c.i in held and c.dep_ == "compound" for c in of.head.children)


def _modifier(place: PlaceMention, doc: Doc, place_nouns: Mapping[str, str]) -> bool:
    """True when the place only modifies a common noun: "the 1967 Mideast war", "a Baghdad hotel"."""
    token = doc[place.start:place.end].root
    head = token.head
    return token.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN" and head.lower_ not in place_nouns


def _named_capital(doc: Doc, place: PlaceMention, place_nouns: Mapping[str, str]) -> PlaceMention | None:
    """The capital named next to "capital of" this place, which it holds, when smaller than it: "the
    capital of the Central African Republic, Bangui", "in Mosul, Iraq's third main city and capital
    of Nineveh province" (not "its capital of Al-Raqqa, Syria": Syria holds the city; else None)."""
    i = place.start - (place.start > 0 and doc[place.start - 1].lower_ == "the")
    if i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ != "capital":
        return None
    end = place.end + (place.end < len(doc) and doc[place.end].lower_ in place_nouns)
    k = i - 2
    while k > 0 and not doc[k - 1].is_punct and doc[k - 1].pos_ not in ("VERB", "AUX") and i - k < 8:
        k -= 1
    sides = {end + 1} if end < len(doc) and doc[end].text == "," else set()
    smaller = [
        p
        for p in doc._.places or []
        if p.kind in ("place", "metonym")
        and (p.start in sides or k > 0 and doc[k - 1].text == "," and p.end == k - 1)
        and _SPECIFICITY.get(p.feature, 1) < _SPECIFICITY.get(place.feature, 1)
    ]
    return smaller[0] if smaller else None


def _distance(place: PlaceMention, root: Token) -> int:
    return min(abs(place.start - root.i), abs(place.end - 1 - root.i))


@Language.factory("tidings_event_locations", assigns=["doc._.events"], requires=["doc._.places", "doc._.events"])
def make_event_locator(nlp: Language, name: str) -> EventLocator:
    """Factory of ``tidings_event_locations``."""
    return EventLocator(nlp, name)
