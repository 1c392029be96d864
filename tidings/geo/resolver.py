"""``tidings_places``: find toponym mentions and resolve each to a gazetteer place.

Sets ``doc._.places`` (list[PlaceMention], document order): GPE/LOC/FAC entities (resolved,
or with lat/lon None when the gazetteer lacks them; FAC only when the gazetteer knows it or
its name or context says it is a place),
demonyms (NORP "Syrian" -> Syria, ``kind="demonym"``) and capitals standing for their
government (an ActorMention of kind "metonym" covers the span -> ``kind="metonym"``).

A name that ``ner`` calls a person, group or thing is a place when its context says so: a
place noun after or before it ("Srisakorn district", "Nusseirat refugee camp", "the town of Kfar
Darom"), a part of a place before it ("the streets of Katmandu") or after it ("Haritan's eastern
perimeter"), heading an apposition after it ("Azaz, a strategic city"), after the list that holds
it ("Shaffa and Shindiffu villages") or before it ("two towns in the region, Qoryoley and Bula
Marer"), a
distance from another place after it ("Bur Hakaba, about 180 km south of Mogadishu"), a
lowercase facility noun after it ("Bayrampasa prison", "the Tarmiyah pumping station"; after an
organisation's name only one no organisation owns: "the Torkham border crossing"), a
toponym's generic first word ("Tal Areen", "Jabal al-Sayyid"; ``name_openers``), a verb that
takes places only (for an EVENT too: "entered Quraytayn"), a verb of motion
or a noun of attack before it when the gazetteer knows it ("travelling to Bentiu", "the assault
on Souran"), a verb of taking ground too when ner calls it no person ("captured Mullaittivu") or
a locative preposition or a bearing before a bare proper name ("in Tal Afar", "northeast of
Karmah"; not an organisation or building named by an English noun: "at Graham Middle School", "at
City Hall").
A facility (FAC) the gazetteer lacks is a place by the same context ("at Al-Reyhan"). A month
or weekday that ``ner`` calls GPE ("early Sunday") is no place, nor is a name the gazetteer lacks
with no capital letter ("meth", "naira"), nor bearings and admin nouns alone outside a locative
phrase ("North", "Eastern", "District", "City of"; not "in the South"), nor a demonym it calls
GPE ("a quarter of Syrians", "in English and Hindi"), nor a lone name the gazetteer lacks that is a
plain English word ("Super" of "Super Tuesday"), a word of a person's or an organisation's name
elsewhere in the document ("Jamal" after "Jamal Khashoggi", "Mazars" after "Mazars USA", "the
Bidens") or joined to such a person ("Macron and Matovi\u010d"), nor the "and" or hyphen that ends a
name ner cut short ("North and" of "North and South Korea"), nor a GPE the gazetteer lacks where people
stand too (a subject, an object, an owner: "Farrin said", "Haniya's office", a target after a
verb of aiming: "shot at Mengistu") unless its context says so. Where people stand, a name followed by "who" or an age
("Westmoreland, who", "Millan, 41,"), after an age ("the 25-year-old Jimenez"), the object of a
verb that takes people only ("Castro was shot"; ``person_verbs``) or the surname of a person the
document named in full before ("Capt. Roy A. Nelson said ... Nelson said") is a person's,
whatever ``ner`` calls it.
A place the gazetteer lacks keeps lat/lon None, its text as its name and, when a qualifier
gives it, its country ("the Syrian village of X", "X, Iraq", "X in northern Borno").

Also found: a place that opens an ORG name ("the Minnesota Department of Transportation",
"the Laurel County Sheriff"; a city or county only when it resolves firmly), the state after
"City, ST" when ``ner`` missed it ("Greer, S.C."), the known place inside a name the
gazetteer lacks ("North Texas", "Sichuan province", "Henderson County Jail"), a word that
``ner`` left off a name the gazetteer knows ("Johnson County", "New London"), the whole of a
hyphenated name of which ``ner`` took a piece ("Mazar-i-Sharif", "El-Arish"), a known name
``ner`` left in no entity as the object of a verb that takes places only ("stormed Mar\u2019e"), a
bare proper name it left in no entity after a locative preposition ("in Adhaim", by the test an
organisation's name there passes) and the names listed before a plural admin noun, each a unit
of that kind ("Douglas, Sarpy and Lancaster counties"). A capital that the actor resolver calls a
metonym stays a place where the text names the place itself ("the streets of Kabul", "downtown
Bangui", "in the capital, Islamabad").

Resolution ranks candidates by feature class, population, main-vs-alternate name and
curated entries, then applies, in order: explicit qualifiers ("Paris, Texas", "Atlanta,
Georgia", "the Turkish province of Kilis", "Idlib province"; "Hampshire County" is also the unit
named Hampshire), the document's focus countries (names that belong to one country only, then
the countries the other names resolve to) and its admin-1 units (weighted by how often the other place names of the
document fall in each, re-estimated over a few passes); a name never vouches for itself.
A resolved name votes by its candidates' scores (softmax), so a name resolved on a hunch vouches
little. A town or county near another name's town or county (within 100 km, state lines
notwithstanding: "Hanover" with "Bethel, Vt.") wins a little. A city wins over its same-named
admin unit ("Aleppo") when it holds a third of its people ("New York" stays the state) unless a
qualifier asks for the unit.
``method`` names the deciding rule. ``coordinates`` says what lat/lon stand for: "point" for
cities and points, "centroid" for countries, admin units and regions.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import pairwise
from typing import Optional

from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from ..actors.dictionary import load_dictionary
from ..actors.overlay import active_overlay
from ..annotations import PlaceMention, register_extensions
from .gazetteer import (
    ARTICLES,
    Gazetteer,
    Place,
    abbreviated_word,
    haversine_km,
    load_gazetteer,
    load_place_context,
    normalize,
    read_ruler_exclude,
)
from .ruler import (
    BEARINGS,
    JOINERS,
    capitalised,
    common_nouns,
    distanced,
    first_names,
    name_start,
)

__all__ = ["PlaceResolver"]

_FEATURE_PRIOR = {"country": 3.0, "region": 2.5, "point": 2.5, "admin1": 1.5, "city": 1.0, "admin2": 0.2}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Labels ner gives place names it does not know ("in Tal Afar" PERSON, "Kfar Darom" ORG): a
# place when its context says so (see ``PlaceResolver._named_place``). EVENT only as the object
# of a verb that takes places only ("entered Quraytayn"; not "at the Democratic National
# Convention", "on Thanksgiving Day").
_NAME_LABELS = {"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"}
# A capital is a place, not its government, as a part's whole ("the streets of Kabul", "Baghdad's
# bridges", "the Riyadh shootout"; place nouns too: "the town of Ramallah", "the Kabul district") or
# after a place word ("downtown Baghdad", "the capital Bangui").
_PLACE_PARTS = {
    "streets", "street", "center", "centre", "heart", "part", "parts", "square", "home", "residence", "airport",
    "bridge", "bridges", "market", "hotel", "shootout", "bombing", "blast", "attack", "attacks", "outskirt",
    "edge", "slums", "residents", "skies", "sky", "capital", "roads", "road", "end",
}
_PLACE_BEFORE = {
    "downtown", "central", "capital", "city", "east", "west", "north", "south", "occupied", "in", "at", "near",
    "outside", "inside", "into", "around", "across", "throughout", "within", "above", "below", "over", "through",
    "off",
}
# Nouns whose "of X" names a part or the people of a place, not of a person or group: "the streets
# of Katmandu", "the centre of Papeete", "residents of Kasumbalesa", "the farms of Al-Reyhan", "the siege
# of Luang Nam Tha" (not "part of", "home of").
_PARTS_OF = {
    "streets", "centre", "center", "heart", "outskirts", "edge", "slums", "residents", "skies", "heartland", "farms",
    "siege",
}
# Parts that a place has and a person or group does not: "Pervomayskaya's perimeter", "Haritan's
# eastern perimeter" (not "Smith's heart", "the group's centre").
_OWN_PARTS = {"perimeter", "outskirts", "suburbs", "periphery", "environs"}
_STRIP_LEFT = {"the"}
_APPOSED_REACH = 6  # words from a plural place noun to the comma of its apposition: "towns in the same region,"
# Where a GPE name the gazetteer lacks is taken at ner's word: in a prepositional phrase, modifying
# a noun or in a list ("in Reshimbagh", "Jaeber village", "Nubbul and Alzahraa").
_PLACE_DEPS = {"pobj", "compound", "nmod", "conj", "npadvmod"}
# Words around a name that the gazetteer lacks: "North Texas", "Far North Queensland".
_DIRECTIONS = {
    *BEARINGS, "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
    "southwestern", "central", "far", "upper", "lower", "greater", "downtown", "n.", "s.", "e.", "w.",
}
_CURATED_BONUS = 1.5
# Ten times the people is worth this much score: enough that a country's focus and one
# colocated name do not carry a hamlet past the capital it is named after (Paris, Pennsylvania).
_POPULATION_WEIGHT = 0.8
_FOCUS_WEIGHT = 3.0
_UNIT_WEIGHT = 2.5
_PASSES = 3
# Local news names places near each other: a town or county with another name's town or county
# within this distance (a metro area or a few neighbouring counties) gets this bonus.
_NEAR_KM = 100.0
_NEAR_WEIGHT = 1.0
_NEAR_MIN_SHARE = 0.2  # a reading with less of its name's vote is too weak to vouch for its neighbours
_LOCAL_FEATURES = {"city", "admin2", "point"}
# A resolved name votes for the countries and admin-1 units of its candidates by the softmax of
# their scores at this temperature (shares under _MIN_SHARE are dropped), so a name resolved
# on a hunch vouches less for its unit than a name resolved firmly. A place wins "colocated"
# when its unit has at least _COLOCATED_MIN votes.
_SHARE_TEMPERATURE = 0.5
_MIN_SHARE = 0.01
_COLOCATED_MIN = 0.5
# A city beats its same-named admin unit when it holds at least a third of the unit's people.
_NAMESAKE_SHARE = 3
# Words between a place the gazetteer lacks and the place that holds it: "X in northern Iraq",
# "X village of Y district", "X near Y".
_CONTAINER_WORDS = {"in", "of", "near", "outside", "-", "--", "("}
# Words between the names of a list: "Douglas, Sarpy and Lancaster counties".
_LIST_JOINERS = {",", "and", "or", "&"}
# Features whose lat/lon are a computed or curated centre rather than a point.
_CENTROID_FEATURES = {"country", "admin1", "admin2", "region"}


@dataclass
class _Mention:
    span: Span
    kind: str = "place"
    candidates: list[tuple[Place, bool]] = field(default_factory=list)
    fixed: Optional[Place] = None
    method: str = ""
    want_feature: Optional[str] = None
    want_country: Optional[str] = None
    weak: bool = False  # an ORG entity that may be a place: kept only when resolved firmly
    locked: bool = False  # fixed by "A, B" containment: never re-ranked
    scored: list[tuple[float, Place]] = field(default_factory=list)  # the last ranking, best first

    @cached_property
    def key(self) -> str:
        """The name's lookup key (see ``normalize``): repeats of a name share it."""
        return normalize(self.span.text)


class PlaceResolver:
    """Finds toponyms and resolves them (see module docstring)."""

    def __init__(self, nlp: Language, name: str = "tidings_places") -> None:
        register_extensions()
        self.name = name
        self.gazetteer: Gazetteer = load_gazetteer()
        self.context = load_place_context()
        self.exclude = read_ruler_exclude()
        self.common_nouns = common_nouns(nlp)
        # English words of two parts of speech or more ("super", "focus"): plain words, not the
        # proper names the lemmatizer's noun list holds too ("paris", "tammuz").
        speech = Counter(w for pos in ("noun", "verb", "adj", "adv") for w in common_nouns(nlp, pos))
        self.plain_words = frozenset(w for w, n in speech.items() if n > 1)
        self.first_names = first_names(load_dictionary(active_overlay()))  # the ruler's, cached
        # Lemma hash -> feature of the admin nouns whose plural ends a list ("counties").
        self.unit_lemmas = {
            nlp.vocab.strings.add(noun): feature
            for noun, feature in self.context.place_nouns.items()
            if feature in ("admin1", "admin2")
        }

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.places``, and drop from ``doc._.actors`` the unknown names (``ner:unknown``)
        that turned out to be places ("near Khan Touman" is no person)."""
        try:
            mentions = self._find(doc)
            self._resolve(mentions)
            mentions = [m for m in mentions if not m.weak or _firm(m)]
            doc._.places = [self._record(m, self._container_country(m, mentions)) for m in mentions]
        except (ValueError, IndexError, KeyError):
            # Odd text must never stop a batch: keep whatever the doc had.
            doc._.places = doc._.places or []
        places = [p for p in doc._.places if p.kind == "place"]
        doc._.actors = [
            a for a in doc._.actors or []
            if not (a.method.startswith("ner:unknown") and any(p.start <= a.start and a.end <= p.end for p in places))
        ]
        return doc

    # -- finding -----------------------------------------------------------------------

    def _find(self, doc: Doc) -> list[_Mention]:
        metonyms = [a for a in (doc._.actors or []) if a.kind == "metonym"]
        known = {i for a in (doc._.actors or []) if a.actor_id for i in range(a.start, a.end)}
        surnames = _surnames(doc)
        name_words = cache(lambda: _name_words(doc))  # (people's, organisations'), read for few names
        found: list[_Mention] = []
        for ent in doc.ents:
            span = ent
            while len(span) > 1 and span[0].lower_ in _STRIP_LEFT:
                span = span[1:]
            if len(span) > 1 and span[-1].tag_ == "POS":
                span = span[:-1]
            span = self._longer_name(span)
            while len(span) > 1 and (span[-1].lower_ in _LIST_JOINERS or span[-1].text in JOINERS):
                span = span[:-1]  # a fragment: "North and" of "North and South Korea", "Pro-" of "Pro-Beijing"
            country = self.gazetteer.demonym(span.text) if ent.label_ == "NORP" else None
            if country is not None:
                found.append(_Mention(span, "demonym", fixed=country, method="demonym"))
                continue
            dictionary_name = bool(known.intersection(range(ent.start, ent.end)))
            named = ent.label_ in _NAME_LABELS or ent.label_ == "EVENT" and self._place_verb_object(ent)
            if named and self._named_place(ent, dictionary_name):
                candidates = self.gazetteer.candidates(span.text)
                if not candidates:
                    span, candidates = self._narrow(span)
                mention = _Mention(span, "place", candidates)
                self._qualify(mention)
                found.append(mention)
                continue
            if ent.label_ == "NORP" or ent.label_ == "GPE" and self.gazetteer.demonym(span.text) is not None:
                continue  # a GPE "Syrians", "in English and Hindi": people or a language, no place
            weak = ent.label_ == "ORG"
            if ent.label_ not in _PLACE_LABELS and not weak:
                continue
            candidates = self.gazetteer.candidates(span.text)
            if self._bearing(span, candidates):
                continue  # "North", "Eastern", "District", "City of": no name
            if not candidates and (span.text in self.exclude or not any(t.text[:1].isupper() for t in span)):
                continue  # "early Sunday", "meth", "naira" that ner calls GPE: words that are no place here
            if not candidates and len(span) == 1 and (
                ent.label_ != "FAC" and self._common_word(span) or _named_person(span, name_words()[0])
                or span.text in name_words()[1]
            ):
                continue  # "Super Tuesday", "the killing of Jamal", "Macron and Matovič", "Mazars" of "Mazars USA"
            if not candidates and ent.label_ != "FAC" and not weak:
                span, candidates = self._narrow(span)
            if not candidates and ent.label_ == "GPE" and self._guessed(ent, span, dictionary_name):
                continue  # "Farrin said", "Haniya's office": ner's GPE is a guess there
            if weak and not any(main for _, main in candidates):
                prefix = self._org_prefix(span)
                if prefix is not None or self._facility(span):
                    found.append(prefix or _Mention(span, "place"))
                continue
            if ent.label_ == "FAC" and not candidates:
                if self._facility(span):
                    found.append(_Mention(span, "place"))
                elif self._named_place(ent, dictionary_name):
                    span, candidates = self._narrow(span)  # the known place inside it, as for the names above
                    found.append(_Mention(span, "place", candidates))
                continue
            if self._person(span, candidates, surnames):
                continue
            covered = any(a.start < span.end and span.start < a.end for a in metonyms) and not self._literal(span)
            mention = _Mention(span, "metonym" if covered else "place", candidates, weak=weak)
            self._qualify(mention)
            found.append(mention)
        found = _outermost(found)
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        found.extend(self._untagged_objects(doc, taken | known))
        found.extend(self._untagged_locatives(doc, taken | known))
        found.extend(tail for m in list(found) if m.kind == "place" and (tail := self._comma_tail(m.span, taken)))
        listed = self._unit_list(doc)
        found = [m for m in found if not any(u.span.start < m.span.end and m.span.start < u.span.end for u in listed)]
        return sorted(found + listed, key=lambda m: m.span.start)

    def _named_place(self, ent: Span, known: bool) -> bool:
        """True when a name that ner calls a person, group, thing or facility is a place by its
        context: a place noun after it or ending it ("Srisakorn district", "Nusseirat refugee camp",
        "Bama Town"), before it ("the town of Kfar Darom", "the capital city Lashkar Gah"), a part
        of a place before it ("the streets of Katmandu", "residents of Kasumbalesa"), heading an
        apposition after it ("Azaz, a strategic city") or after its list ("Shaffa and Shindiffu
        villages"), a distance from another place after it ("Bur Hakaba, about 180 km south of X"), a
        lowercase facility noun after it ("Bayrampasa prison", "the Tarmiyah pumping station"; after
        an organisation's name a ``terrain_nouns`` one: "the Torkham border crossing"), a toponym's
        generic first word ("Tal Areen"), owning a part that only a place has ("Haritan's eastern
        perimeter"; ``_OWN_PARTS``), a verb that takes places only
        ("entered Palmyra"), a verb of motion or a noun of attack when the gazetteer knows the
        name ("travelling to Bentiu", "the assault on Souran"; not "went to Smith"), a verb of
        taking ground when besides ner calls it no person and no age or "who" follows it
        ("captured Mullaittivu"; not "Hamdi, 21, was captured"), or a locative
        preposition or a bearing before a bare proper name ("in Tal Afar", "north of Karmah"; not
        after a title, "in X, activist Ahmed Helwani", nor "at the International Petroleum
        Exchange", "in PRI", "at Graham Middle School", "at City Hall"). A name the actor
        dictionary knows is a place only before a settlement noun ("the al-Assad district", not
        "the Clinton camp", "the Islamic State")."""
        if not all(capitalised(t) or t.text in JOINERS or t.lower_ in ARTICLES for t in ent if t.lower_ != "the"):
            return False
        doc, root = ent.doc, ent.root
        if root.pos_ != "PROPN" or root.tag_ == "NNPS":
            return False  # "the Kurdish region", "Shiite Muslims"
        qualified = self._head_after(ent)
        noun = self._noun_feature(qualified) if qualified is not None and qualified.tag_ != "NNS" else None
        noun = noun or self._apposed_noun(ent) or self._listed_noun(ent)
        if known:
            return noun in ("admin1", "admin2", "city")
        if self._opener(ent):
            return True  # "captured Jabal al-Sayyid", "liberated Tal Areen"
        if noun or len(ent) > 1 and ent[-2].text not in JOINERS and self._noun_feature(ent[-1]):
            return True  # "Srisakorn district", "Bama Town" (not "Tri-State")
        if distanced(doc, ent.end, self.context.distance_units):
            return True  # "Bur Hakaba, about 180 km south of Mogadishu"
        # A lowercase facility noun, past the nouns that qualify it (not "Clinton Street").
        facility = qualified is not None and qualified.text in self.context.facility_nouns
        terrain = facility and qualified.text in self.context.terrain_nouns
        if facility and (ent.label_ != "ORG" or terrain) and not self._generic(ent[-1]):
            return True  # "Tarmiyah pumping station", "Torkham border crossing" (not "Hyatt Place hotel")
        head = root.head
        whole = head.head.lower_ in _PARTS_OF or self._noun_feature(head.head)  # "the streets of", "the town of"
        if root.dep_ == "appos" and head.i == ent.start - 1 and self._noun_feature(head) or (
            root.dep_ == "pobj" and head.lower_ == "of" and whole
        ) or root.dep_ == "poss" and head.lower_ in _OWN_PARTS:
            return True
        if self._place_verb_object(ent):
            return ent[0].lower_ != "the"  # "entered Palmyra", "Huddur was surrounded"
        taken = root.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in self.context.capture_verbs
        if taken and ent.label_ != "PERSON" and not _person_marked(ent):
            return bool(self.gazetteer.candidates(ent.text))  # "captured Mullaittivu" (not "Hamdi, 21, was captured")
        if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in self.context.motion_verbs:
            return bool(self.gazetteer.candidates(ent.text))  # "travelling to Bentiu"
        if root.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in self.context.attack_nouns:
            return bool(self.gazetteer.candidates(ent.text))  # "the assault on Souran"
        bearing = head.lower_ == "of" and head.head.lower_ in _DIRECTIONS  # "north of Karmah"
        if root.dep_ != "pobj" or not (head.lower_ in self.context.prepositions or bearing) or ent[0].lower_ == "the":
            return False
        if self._aimed_at(ent):
            return False  # "shot at Mengistu": a target
        if any(t.like_num or t.is_upper and len(t) > 1 for t in ent):
            return False
        if any(t.tag_ in ("NN", "NNS") and ent.start <= t.head.i < ent.end for t in doc[head.i + 1:ent.start]):
            return False  # "in Deir ez-Zor, local media activist Ahmed Helwani": a title, not a place noun
        # "at Graham Middle School", "at City Hall": an organisation or building named by an English noun.
        return ent.label_ not in ("ORG", "FAC") or ent[-1].lower_ not in self.common_nouns

    def _place_verb_object(self, ent: Span) -> bool:
        """True for the object or passive subject of a verb that takes places only ("entered Palmyra",
        "Huddur was surrounded"; ``place_verbs``)."""
        root = ent.root
        return root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in self.context.place_verbs

    def _guessed(self, ent: Span, span: Span, known: bool) -> bool:
        """True for a GPE name the gazetteer lacks that stands where people and groups stand too: a
        subject, an object, an owner or an apposition ("Farrin said", "captured Kennedy", "Haniya's
        office", "shot at Mengistu"), not in another prepositional phrase, a compound or a list ("in
        Reshimbagh", "Jaeber village", "Nubbul and Alzahraa"), unless its context says it is a place
        ("Bosnia is patrolled"; see ``_named_place``)."""
        if span.root.dep_ in _PLACE_DEPS and not self._aimed_at(span) or self._facility(span):
            return False
        return not self._named_place(ent, known)

    def _bearing(self, span: Span, candidates: list[tuple[Place, bool]]) -> bool:
        """True for a name of bearings only ("North", "Eastern", "North East") or, when the gazetteer
        lacks it, of bearings, admin or settlement nouns and "of" ("District", "City of", "Central
        State"); not after a locative preposition ("in the South")."""
        words = [t.lower_ for t in span if not t.is_punct]
        units = ("admin1", "admin2", "city")
        if not all(w in _DIRECTIONS for w in words) and (candidates or not all(
            w in _DIRECTIONS or w == "of" or self.context.place_nouns.get(w) in units for w in words
        )):
            return False
        # Read off the text, not the parse: "in the South and Western Beqaa" makes "South" an adjective.
        doc, i = span.doc, span.start - (span.start > 0 and span.doc[span.start - 1].lower_ == "the")
        return not (i > 0 and doc[i - 1].lower_ in self.context.prepositions)

    def _common_word(self, span: Span) -> bool:
        """True for a lone capitalised plain English word (a stop word, or one of two parts of speech
        or more) that no place noun names: "Super" of "Super Tuesday", "Underground", "Amongst"
        opening a sentence (not "the village of Hope", nor "Doura", "Tammuz")."""
        word = span[0]
        if not (word.is_stop or word.lower_ in self.plain_words):
            return False
        head = span.root.head
        qualified = self._head_after(span)
        return not (
            span.root.dep_ == "pobj" and head.lower_ == "of" and self._noun_feature(head.head)
            or qualified is not None and self._noun_feature(qualified)
            or self._apposed_noun(span)
        )

    def _aimed_at(self, span: Span) -> bool:
        """True for a name after "at" that hangs off a verb of aiming: a target ("shot at Mengistu")."""
        head = span.root.head
        return span.root.dep_ == "pobj" and head.lower_ == "at" and head.head.lemma_.lower() in self.context.aim_verbs

    def _person(self, span: Span, candidates: list[tuple[Place, bool]], surnames: dict[str, int]) -> bool:
        """True for a name that its context shows to be a person's, whatever ner calls it, where
        people stand (not in a prepositional phrase, a compound or a list): followed by "who" or an
        age ("Westmoreland, who", "Millan, 41, was shot"), after an age ("the 25-year-old Jimenez"),
        or, not a country, the object of a verb that takes people only ("Castro was shot"; not a
        dateline) or the surname of a person the document named in full before ("Capt. Roy A.
        Nelson said ... Nelson said")."""
        root = span.root
        if root.dep_ in _PLACE_DEPS:
            return False
        if _person_marked(span):
            return True
        doc, end = span.doc, span.end
        if any(p.feature == "country" for p, _ in candidates):
            return False
        if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in self.context.person_verbs:
            # Not a dateline the parser hangs on the verb ("COLUMBIA, Ky. - A man is arrested").
            dateline = span[0].is_sent_start and end < len(doc) and doc[end].is_punct
            if not dateline:
                return True
        return surnames.get(span.text, len(doc)) < span.start

    def _head_after(self, ent: Span) -> Optional[Token]:
        """The noun a name qualifies, past the lowercase nouns between them: "camp" in "Nusseirat
        refugee camp" (else the word after the name)."""
        doc, i = ent.doc, ent.end
        while i + 1 < len(doc) and doc[i].dep_ == "compound" and doc[i].tag_ == "NN" and doc[i].is_lower:
            i += 1
        return doc[i] if i < len(doc) else None

    def _apposed_noun(self, ent: Span) -> Optional[str]:
        """The feature of a singular place noun heading an apposition after the name: "Azaz, a
        strategic city near ...", "Ngabe, a village in ..." (not "Smith, a village elder")."""
        for child in ent.root.rights:
            if child.dep_ == "appos" and child.i > ent.end and child.tag_ == "NN":
                return self._noun_feature(child)
        return None

    def _listed_noun(self, ent: Span) -> Optional[str]:
        """The feature of a plural place noun after a list of names that holds this one, or heading
        the phrase the list is set off from: "Shaffa and Shindiffu villages", "El Waregow, Shalanbod
        and Janale towns", "two towns in the same region, Qoryoley and Bula Marer" (not "Texas
        cities")."""
        doc = ent.doc

        def listed(token: Token) -> bool:
            word = token.lower_
            return capitalised(token) or token.text in JOINERS or word in ARTICLES or word in _LIST_JOINERS

        start, end = ent.start, ent.end
        while start > 0 and listed(doc[start - 1]):
            start -= 1
        while end < len(doc) and listed(doc[end]):
            end += 1
        joined = any(t.lower_ in ("and", "or") for t in doc[start:end])
        if not joined:
            return None
        if end < len(doc) and doc[end].tag_ == "NNS":
            return self._noun_feature(doc[end])
        if doc[start].text != "," or end < len(doc) and doc[end].pos_ in ("VERB", "AUX"):
            return None  # not "the villages in the area, Smith and Jones said"
        # An apposition after a plural place noun: "two towns in the same region, Qoryoley and Bula Marer".
        for token in reversed(doc[max(0, start - _APPOSED_REACH):start]):
            if token.is_punct or token.pos_ in ("VERB", "AUX"):
                return None
            if token.tag_ == "NNS":
                return self._noun_feature(token)
        return None

    def _literal(self, span: Span) -> bool:
        """True when a capital names the place itself, not its government: a part of it or a place
        noun names it ("the streets of Kabul", "Tbilisi's central Rustaveli Avenue", "the town of
        Ramallah", "the Georgian capital of Tbilisi", "in the capital, Islamabad"; see
        ``_PLACE_PARTS``)."""
        root, doc, start = span.root, span.doc, span.start
        before = doc[start - 1].lower_ if start > 0 else ""
        if root.dep_ in ("appos", "nsubjpass") or before in _PLACE_BEFORE:
            return True
        if before == "," and start > 1 and (doc[start - 2].lower_ == "capital" or self._noun_feature(doc[start - 2])):
            return True  # the place noun's name set off by a comma, however parsed
        head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head
        word = head.lower_
        part = word in _PLACE_PARTS or word in self.context.facility_nouns or self._noun_feature(head) is not None
        return root.dep_ in ("compound", "poss", "pobj") and part

    def _noun_feature(self, token: Token) -> Optional[str]:
        """The feature a place noun asks for ("province" -> "admin1", "area" -> "area"), else None."""
        return self.context.place_nouns.get(token.lower_)

    def _facility(self, span: Span) -> bool:
        """True for a capitalised facility or district name: "the Heart Hospital", "Shebaa Farms",
        "Khirbet al-Joz"."""
        named = span[-1].is_title and span[-1].lower_ in self.context.facility_nouns
        return len(span) > 1 and (named or self._opener(span))

    def _opener(self, span: Span) -> bool:
        """True for a name of two words or more that opens with a toponym's generic word ("Tal
        Areen", "Wadi Barada"; see ``name_openers``) and does not end with a common noun ("Ain
        Shams University" is the university)."""
        words = [t for t in span if t.lower_ != "the"]
        return len(words) > 1 and words[0].text in self.context.name_openers and not self._generic(words[-1])

    def _narrow(self, span: Span) -> tuple[Span, list[tuple[Place, bool]]]:
        """The known place inside a name the gazetteer lacks: "Texas" in "North Texas", "Sichuan"
        in "Sichuan province", "Henderson County" in "Henderson County Jail", "Boston" in "Boston
        Harbor", "Brant" in "County of Brant" (else the span). The words cut off the end must be
        generic ("Tal Afar" is not "Tal"), the name kept ends with no article ("Al-Seen" is not "Al")
        and is more than a toponym's generic first word ("Ain Arab" is not "Ain")."""
        start = span.start
        if len(span) > 2 and self._noun_feature(span[0]) in ("admin1", "admin2", "city") and span[1].lower_ == "of":
            start += 2
        while start < span.end - 1 and span.doc[start].lower_ in _DIRECTIONS:
            start += 1
        # "West Virginia State" is West Virginia, not Virginia: the whole start is tried first;
        # a head of direction words alone ("North") is no place.
        for first in dict.fromkeys((span.start, start)):
            for end in range(span.end, first, -1):
                head = span.doc[first:end]
                if (first, end) == (span.start, span.end) or not head[-1].is_title or end <= start:
                    continue
                if head[-1].lower_ in ARTICLES:
                    continue  # an article opens the rest of the name: "Al-Seen" is not "Al"
                if len(head) == 1 and (head.text in self.context.name_openers or abbreviated_word(head.text)):
                    continue  # a toponym's generic first word: "Ain Arab" is not "Ain", "Fort Stevens" not "Fort"
                if not all(self._generic(t) for t in span.doc[end:span.end]):
                    break  # "Tal Afar", "Al-Wa\u2019er District": not "Tal", "Al"
                candidates = self.gazetteer.candidates(head.text, articles=False)  # "Flat Creek" is not "Flat"
                if candidates:
                    return head, candidates
        return span, []

    def _generic(self, token: Token) -> bool:
        """True for a word that a name may end with after its place: a common noun, a lowercase
        word or a non-word ("Harbor", "Jail", "Commissioners", "of", "'s", "-"); not the rest of
        a name ("Afar" in "Tal Afar"), nor a word that opens people's names inside what ``ner`` calls
        a GPE, though the lemmatizer lists it as a noun ("Ali" in "Mir Ali")."""
        word = token.lower_
        singular = word[:-1] if word.endswith("s") else word  # a plural proper noun keeps its lemma
        name = token.ent_type_ == "GPE" and token.text in self.first_names
        common = not name and not self.common_nouns.isdisjoint((word, singular, token.lemma_.lower()))
        return not token.text[:1].isupper() or common or word in self.context.place_nouns

    def _unit_candidates(self, text: str) -> list[tuple[Place, bool]]:
        """The countries and admin-1 units named ``text``."""
        return [(p, main) for p, main in self.gazetteer.candidates(text) if p.feature in ("country", "admin1")]

    def _org_prefix(self, span: Span) -> Optional[_Mention]:
        """A place opening an ORG name: "Minnesota" in "Minnesota House", "Laurel County" in
        "Laurel County Sheriff". A country or admin-1 unit is kept; another place only when
        it resolves firmly (see ``_firm``)."""
        for n in range(min(len(span) - 1, 3), 0, -1):
            head = span[:n]
            if not head[-1].is_title or self._noun_feature(span[n]) in ("city", "admin2") or span[n].text == "-":
                continue  # "Al-Rasoul Checkpoint" does not open with "Al" (Ål, Norway)
            candidates = [(p, main) for p, main in self.gazetteer.candidates(head.text) if main]
            units = [c for c in candidates if c[0].feature in ("country", "admin1")]
            if units and head.text in self.gazetteer.ruler_names:
                return _Mention(head, "place", units)
            if candidates:
                mention = _Mention(head, "place", candidates, weak=True)
                self._qualify(mention)
                return mention
        return None

    def _untagged_objects(self, doc: Doc, taken: set[int]) -> list[_Mention]:
        """Known names that ``ner`` leaves in no entity as the object or passive subject of a verb
        that takes places only ("stormed Mar\u2019e", "Vukovar was surrounded"; not "Police captured
        Troia": ``capture_verbs`` take people too): the gazetteer must know the whole run of
        capitalised words the name heads."""
        found: list[_Mention] = []
        objects = {doc.vocab.strings["dobj"], doc.vocab.strings["nsubjpass"]}
        for i, (dep, pos) in enumerate(doc.to_array(["DEP", "POS"]).tolist()):
            if dep not in objects or pos != PROPN or i in taken:
                continue  # read off the array: making every Token would cost more than the rest
            token = doc[i]
            if not capitalised(token) or token.head.lemma_.lower() not in self.context.place_verbs:
                continue
            span = doc[name_start(doc, i + 1, taken):i + 1]
            if span[0].lower_ in _STRIP_LEFT or span.text in self.exclude:
                continue
            candidates = self.gazetteer.candidates(span.text)
            if candidates:
                mention = _Mention(span, "place", candidates)
                self._qualify(mention)
                found.append(mention)
        return found

    def _untagged_locatives(self, doc: Doc, taken: set[int]) -> list[_Mention]:
        """Bare proper names that ``ner`` leaves in no entity after a locative preposition or a bearing
        ("in Adhaim", "at Mutarule"), by the test ``_named_place`` puts to an organisation's name there
        (not "at Graham Middle School")."""
        found: list[_Mention] = []
        pobj = doc.vocab.strings["pobj"]
        for i, (dep, pos) in enumerate(doc.to_array(["DEP", "POS"]).tolist()):
            if dep != pobj or pos != PROPN or i in taken or not capitalised(doc[i]):
                continue  # read off the array: making every Token would cost more than the rest
            span = Span(doc, name_start(doc, i + 1, taken), i + 1, label="ORG")
            before = doc[span.start - 1]  # a lowercase word: not "at 2301 8th Ave", "in Los Angeles Trapani"
            bare = before.is_lower and before.is_alpha and span.text not in self.exclude
            # Proper nouns only: not "the Fairgrounds", "Acme Inc.".
            bare = bare and all(_proper(t) and t.is_alpha and not self._generic(t) for t in span)
            if bare and self._named_place(span, False):
                mention = _Mention(span, "place", self.gazetteer.candidates(span.text))
                self._qualify(mention)
                found.append(mention)
        return found

    def _comma_tail(self, span: Span, taken: set[int]) -> Optional[_Mention]:
        """The state or country after "City, " that ``ner`` left out: "Ga." in "Athens, Ga."."""
        doc, start = span.doc, span.end + 1
        if start >= len(doc) or doc[span.end].text != "," or start in taken:
            return None
        for n in (3, 2, 1):
            tail = doc[start:start + n]
            if len(tail) < n or taken.intersection(range(tail.start, tail.end)) or not tail.text[:1].isupper():
                continue
            after = doc[tail.end] if tail.end < len(doc) else None
            if after is not None and after.is_title and after.pos_ == "PROPN":
                continue
            candidates = self._unit_candidates(tail.text)
            if candidates:
                return _Mention(tail, "place", candidates)
        return None

    def _longer_name(self, span: Span) -> Span:
        """The span with a capitalised word before or after it that ``ner`` left out, when the
        gazetteer knows the longer name as a main name: "Johnson County" for "Johnson", "New
        London" for "London", "Bradford Woods" for "Bradford" (else the span). The word is in no
        entity and no function word ("The Omaha"), and a place noun after the name is an admin
        noun ("Dublin City Schools" is Dublin). A piece of a hyphenated name is the whole name when
        the gazetteer knows it and it holds no other known name ("Mazar-i-Sharif" for "Mazar", "El-Arish"
        for "Arish"; not "Athens-Clarke County" for "Athens")."""
        doc = span.doc
        start, end = span.start, span.end
        while start > 0 and not doc[start - 1].whitespace_ and "-" in (doc[start - 1].text, doc[start].text):
            start -= 1
        while end < len(doc) and not doc[end - 1].whitespace_ and "-" in (doc[end - 1].text, doc[end].text):
            end += 1
        if (start, end) != (span.start, span.end) and self.gazetteer.candidates(doc[start:end].text):
            others = (e for e in doc.ents if start <= e.start and e.end <= end and not e.start <= span.start < e.end)
            if not any(self.gazetteer.candidates(e.text) for e in others):
                return doc[start:end]
        for start, end in ((span.start, span.end + 1), (span.start - 1, span.end)):
            if start < 0 or end > len(doc):
                continue
            word = doc[end - 1] if end > span.end else doc[start]
            if word.ent_type_ or word.is_stop or not capitalised(word):
                continue
            if end > span.end and self._noun_feature(word) not in (None, "admin1", "admin2"):
                continue
            longer = doc[start:end]
            if self.gazetteer.is_main_name(longer.text):
                return longer
        return span

    def _unit_list(self, doc: Doc) -> list[_Mention]:
        """The names coordinated before a plural admin noun, each a unit of that kind: "Douglas,
        Sarpy and Lancaster counties" (Douglas County, ...), "Idlib and Hama provinces"; not a name
        of a country or higher unit bigger than its namesakes of that kind, which holds them
        ("Texas and Oklahoma counties", "In Texas, Harris and Fort Bend counties")."""
        found: list[_Mention] = []
        plural = doc.vocab.strings["NNS"]
        for i, (lemma, tag) in enumerate(doc.to_array(["LEMMA", "TAG"]).tolist()):
            feature = self.unit_lemmas.get(lemma) if tag == plural else None
            if feature is None:
                continue  # read off the array: making every Token would cost more than the rest
            start = i
            while start > 0 and (_proper(doc[start - 1]) or doc[start - 1].lower_ in _LIST_JOINERS):
                start -= 1
            joiners = [j for j in range(start, i) if doc[j].lower_ in _LIST_JOINERS]
            bounds = [start - 1, *joiners, i]
            names = [doc[a + 1:b] for a, b in pairwise(bounds) if b > a + 1]
            if len(names) < 2 or not any(doc[j].lower_ in ("and", "or") for j in joiners):
                continue
            noun = doc[i]
            higher = ("country",) if feature == "admin1" else ("country", "admin1")
            for name in names:
                unit = f"{name.text} {noun.lemma_.title()}"
                candidates = [c for c in self.gazetteer.candidates(unit) if c[0].feature == feature] or [
                    c for c in self.gazetteer.candidates(name.text) if c[0].feature == feature
                ]
                holders = [p for p, main in self.gazetteer.candidates(name.text) if main and p.feature in higher]
                biggest = max(p.population for p, _ in candidates) if candidates else -1
                if biggest > max((p.population for p in holders), default=-1):
                    found.append(_Mention(name, "place", candidates, want_feature=feature))
        return found

    def _qualify(self, m: _Mention) -> None:
        """Read explicit qualifiers around the mention: nouns of feature and a country."""
        doc, start, end = m.span.doc, m.span.start, m.span.end
        # A plural after the name is not its kind: "two U.S. cities", "Texas cities".
        after = self._noun_feature(doc[end]) if end < len(doc) and doc[end].tag_ != "NNS" else None
        last = self._noun_feature(m.span[-1])
        if "admin1" in (after, last):
            m.want_feature = "admin1"
        elif after == "city":
            m.want_feature = "city"
        elif last == "admin2":
            m.want_feature = "admin2"
        if last in ("admin1", "admin2") and len(m.span) > 1:
            # The unit by its bare name too: "Hampshire County (Council)" is Hampshire, England, as
            # well as the counties of that name in the USA.
            known = {p.index for p, _ in m.candidates}
            bare = self.gazetteer.candidates(m.span[:-1].text)
            m.candidates = m.candidates + [(p, False) for p, _ in bare if p.feature == last and p.index not in known]
        # "the Turkish province of Kilis", "the city of Aleppo"
        if start >= 2 and doc[start - 1].lower_ == "of":
            noun = self._noun_feature(doc[start - 2])
            if noun in ("admin1", "city"):
                m.want_feature = noun
            elif self._capital_named(doc[start - 2], m):
                m.want_feature = "city"
            if m.want_feature and start >= 3:
                country = self.gazetteer.demonym(doc[start - 3].text) or _country_of(
                    self.gazetteer.candidates(doc[start - 3].text)
                )
                if country is not None:
                    m.want_country = country.country

    def _capital_named(self, head: Token, m: _Mention) -> bool:
        """True when "capital of X" names the city X ("the provincial capital of Kandahar", "the
        Portuguese capital of Lisbon"), not the unit it heads: no apposition to another name
        ("Ramadi, the capital of Anbar"), and X names no country ("the capital of Israel")."""
        return (
            head.lower_ in self.context.name_heads
            and head.dep_ != "appos"
            and not any(main and p.feature == "country" for p, main in m.candidates)
        )

    # -- resolving ---------------------------------------------------------------------

    def _resolve(self, mentions: list[_Mention]) -> None:
        self._containment(mentions)
        focus = self._focus(mentions)
        open_ = [m for m in mentions if m.candidates and not m.locked and m.kind != "demonym"]
        # First pass: the admin-1 units that the other names could be in, each name spreading
        # one vote over its candidates' units.
        shared: dict[str, Counter] = {}
        for m in open_:
            cells = {(p.country, p.admin1) for p, _ in m.candidates if p.admin1 and p.feature != "country"}
            votes = shared.setdefault(m.key, Counter())
            for cell in cells:
                votes[cell] = max(votes[cell], 1 / len(cells))
        focus_of, shared_of = _leave_one_out(focus), _leave_one_out(shared)
        for m in open_:
            m.fixed, m.method, m.scored = self._best(m, focus_of(m.key), shared_of(m.key))
        # Later passes: places in the countries and admin-1 units that the other names fall in
        # win, in proportion to how often, and towns near the other names' towns win a little.
        # Repeats of "Alexandria" must not vouch for themselves.
        for _ in range(_PASSES - 1):
            units: dict[str, Counter] = {}
            countries: dict[str, Counter] = {}
            points: dict[str, list[tuple[float, Place]]] = {}
            for m in mentions:
                shares = _shares(m)
                for share, place in shares:
                    if place.country:
                        countries.setdefault(m.key, Counter())[place.country] += share
                    if place.admin1 and place.feature != "country":
                        weight = 2 if place.feature == "admin1" else 1
                        units.setdefault(m.key, Counter())[(place.country, place.admin1)] += weight * share
                local = [(w, p) for w, p in shares if w >= _NEAR_MIN_SHARE and _local(p)]
                if local:
                    points.setdefault(m.key, local)
            countries_of, units_of = _leave_one_out(countries), _leave_one_out(units)
            for m in open_:
                near = [local for name, local in points.items() if name != m.key]
                votes = focus_of(m.key) + countries_of(m.key)
                m.fixed, m.method, m.scored = self._best(m, votes, units_of(m.key), near)

    def _containment(self, mentions: list[_Mention]) -> None:
        """ "A, B" with B a country or admin-1 unit containing one of A's candidates fixes both."""
        for a, b in zip(mentions, mentions[1:]):
            doc = a.span.doc
            if a.kind != "place" or b.kind != "place" or b.span.start != a.span.end + 1:
                continue
            if doc[a.span.end].text != ",":
                continue
            pairs = [
                (pa, main_a, pb, main_b)
                for pa, main_a in a.candidates
                for pb, main_b in b.candidates
                if _contains(pb, pa)
            ]
            if pairs:
                pa, _, pb, _ = max(pairs, key=lambda p: (self._prior(p[0], p[1]), self._prior(p[2], p[3])))
                a.fixed, a.method, a.locked = pa, "qualifier:comma", True
                b.fixed, b.method, b.locked = pb, "qualifier:contains", True

    def _focus(self, mentions: list[_Mention]) -> dict[str, Counter]:
        """How often each country is named, by name: countries, demonyms, single-country
        candidate sets. A name that is both a country and an admin-1 unit ("Georgia") votes
        for neither."""
        focus: dict[str, Counter] = {}
        for m in mentions:
            votes = focus.setdefault(m.key, Counter())
            if m.fixed is not None:
                votes[m.fixed.country] += 1
                continue
            mains = [p for p, main in m.candidates if main]
            countries = {p.country for p in mains if p.feature == "country"}
            if not countries or any(p.feature == "admin1" for p in mains):
                countries = {p.country for p in mains}
            if len(countries) == 1:
                votes[countries.pop()] += 1
        for votes in focus.values():
            votes.pop(None, None)
        return focus

    def _prior(self, place: Place, main: bool) -> float:
        return _prior(place, main) + (_CURATED_BONUS if self.gazetteer.is_curated(place) else 0.0)

    def _best(
        self, m: _Mention, focus: Counter, units: Counter, near: Sequence[list[tuple[float, Place]]] = ()
    ) -> tuple[Place, str, list[tuple[float, Place]]]:
        """The best candidate of a mention, the rule that decided and the scored candidates (best
        first). focus: votes per country; units: votes per (country, admin-1); near: the local
        places the other names resolve to (a town or county with one of them within ``_NEAR_KM``
        wins a little)."""
        candidates = m.candidates
        method = "rank:prior"
        if m.want_country:
            kept = [c for c in candidates if c[0].country == m.want_country]
            if kept:
                candidates, method = kept, "qualifier:country"
        if m.want_feature:
            kept = [c for c in candidates if c[0].feature == m.want_feature]
            if kept:
                candidates, method = kept, "qualifier:feature"
        top = max(focus.values(), default=0)
        top_unit = max(units.values(), default=0)
        scored = []
        for place, main in candidates:
            score = self._prior(place, main)
            if top and place.country in focus:
                score += _FOCUS_WEIGHT * focus[place.country] / top
            if top_unit and place.feature != "country":
                score += _UNIT_WEIGHT * units[(place.country, place.admin1)] / top_unit
            scored.append((score, place))
        if near:
            # Only a place within reach of the lead can use the bonus: the rest keep their score.
            lead = max(score for score, _ in scored) - _NEAR_WEIGHT
            scored = [(s + self._near_bonus(place, near) if s > lead else s, place) for s, place in scored]
        scored.sort(key=lambda s: -s[0])
        best = scored[0][1]
        if method == "rank:prior" and units[(best.country, best.admin1)] >= _COLOCATED_MIN and len(scored) > 1:
            method = "rank:colocated"
        elif method == "rank:prior" and len({p.country for _, p in scored}) > 1 and focus:
            method = "rank:focus"
        if m.want_feature is None:
            best = _namesake_city(best, [p for _, p in scored]) or best
        return best, method, scored

    @staticmethod
    def _near_bonus(place: Place, near: Sequence[list[tuple[float, Place]]]) -> float:
        """``_NEAR_WEIGHT`` times how many other names (by their shares, at most one in all) have a
        place near this town or county."""
        if not _local(place):
            return 0.0
        support = sum(max((w for w, q in local if _near(place, q)), default=0.0) for local in near)
        return _NEAR_WEIGHT * min(1.0, support)

    def _container_country(self, m: _Mention, mentions: list[_Mention]) -> Optional[str]:
        """The country of a place the gazetteer lacks, from its qualifiers: "the Syrian village of
        X", "X, Syria", "X in northern Iraq", "X village of Hawul district of Borno" (the first
        resolved place after it in the same phrase), else None."""
        if m.fixed is not None or m.kind != "place":
            return None
        if m.want_country:
            return m.want_country
        doc = m.span.doc
        i = m.span.end
        for n in mentions:
            if n.span.start < i:
                continue
            between = doc[i:n.span.start]
            if not all(
                t.text == "," or t.lower_ in _CONTAINER_WORDS or t.pos_ in ("DET", "ADJ") or self._noun_feature(t)
                for t in between
            ):
                return None
            if n.fixed is not None and n.kind == "place":
                return n.fixed.country
            i = n.span.end
        return None

    def _record(self, m: _Mention, country: Optional[str] = None) -> PlaceMention:
        span, place = m.span, m.fixed
        if place is None or place.lat is None or place.lon is None or (place.lat == 0 and place.lon == 0):
            # A place the gazetteer lacks: its name as written, its country when the text gives it.
            return PlaceMention(span.start, span.end, span.text, name=span.text, country=country, kind=m.kind,
                                method="unresolved")
        return PlaceMention(
            start=span.start,
            end=span.end,
            text=span.text,
            name=place.name,
            country=place.country,
            admin1=place.admin1 if place.feature != "country" else None,
            lat=place.lat,
            lon=place.lon,
            geonameid=place.geonameid,
            feature=place.feature,
            kind=m.kind,
            coordinates="centroid" if place.feature in _CENTROID_FEATURES else "point",
            method=m.method,
        )


def _leave_one_out(by_name: dict[str, Counter]) -> Callable[[str], Counter]:
    """A function giving, for a name, the counts of every other name: a name never vouches
    for itself."""
    total: Counter = sum(by_name.values(), Counter())

    def others(own: str) -> Counter:
        if own not in by_name:
            return total
        left = total.copy()
        left.subtract(by_name[own])
        return Counter({key: n for key, n in left.items() if n > 1e-9})

    return others


def _outermost(mentions: list[_Mention]) -> list[_Mention]:
    """The mentions in document order without those inside another: a piece of a hyphenated name
    that ner split ("El-" of "El-Arish", see ``PlaceResolver._longer_name``) is part of the whole."""
    kept: list[_Mention] = []
    reach = -1
    for m in sorted(mentions, key=lambda m: (m.span.start, -len(m.span))):
        if m.span.end > reach:
            kept.append(m)
            reach = m.span.end
    return kept


def _person_marked(span: Span) -> bool:
    """True for a name followed by "who" or an age ("Westmoreland, who", "Millan, 41,") or after
    an age ("the 25-year-old Jimenez"): a person's."""
    doc, end = span.doc, span.end
    after = [t.lower_ for t in doc[end:end + 3]]
    if after[:1] in (["who"], ["whom"]) or after[:2] in ([",", "who"], [",", "whom"]):
        return True
    if len(after) == 3 and after[0] == after[2] == "," and doc[end + 1].text.isdigit():
        return True
    return span.start > 1 and doc[span.start - 1].lower_ == "old" and doc[span.start - 2].text == "-"


def _surnames(doc: Doc) -> dict[str, int]:
    """The last words of the full names of people in the document (ner's PERSON entities of two
    words or more), each with the token its first full name ends at."""
    surnames: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and capitalised(ent[-1]):
            surnames.setdefault(ent[-1].text, ent.end)
    return surnames


def _named_person(span: Span, people: set[str]) -> bool:
    """True for a lone name that is a word of a person's full name elsewhere in the document or that
    a list joins to such a person, or the family of such a person: "the killing of Jamal" after "Jamal
    Khashoggi", "a meeting with Honcharuk" after "Oleksiy Honcharuk", "Macron and Matovi\u010d" after
    "Emmanuel Macron", "the Bidens" after "Joe Biden"."""
    doc = span.doc
    family = span.start > 0 and doc[span.start - 1].lower_ == "the" and span.text.endswith("s")
    if span.text in people or family and span.text[:-1] in people:
        return True
    root = span.root
    joined = [root.head] if root.dep_ == "conj" else [t for t in root.children if t.dep_ == "conj"]
    return any(_lone_person(t) and t.text in people for t in joined)


def _lone_person(token: Token) -> bool:
    """True for a word that is a PERSON entity on its own ("Macron")."""
    doc, after = token.doc, token.i + 1
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and not (after < len(doc) and doc[after].ent_iob_ == "I")


def _name_words(doc: Doc) -> tuple[set[str], set[str]]:
    """The capitalised first and last words of ner's PERSON and of its ORG entities of two words or
    more: a lone word the gazetteer lacks that opens or ends a person's or an organisation's name
    names them ("Jamal" of "Jamal Khashoggi", "Mazars" of "Mazars USA", "Scientology" of "the Church
    of Scientology")."""
    words: dict[str, set[str]] = {"PERSON": set(), "ORG": set()}
    for ent in doc.ents:
        found = words.get(ent.label_)
        start = ent.start + (doc[ent.start].lower_ in _STRIP_LEFT)
        if found is not None and ent.end - start > 1:
            found.update(t.text for t in (doc[start], doc[ent.end - 1]) if capitalised(t))
    return words["PERSON"], words["ORG"]


def _local(place: Place) -> bool:
    """True for a town, county or point with coordinates."""
    return place.feature in _LOCAL_FEATURES and place.lat is not None


def _near(a: Place, b: Place) -> bool:
    """True when two places (with coordinates) are apart and at most ``_NEAR_KM`` from each other."""
    if a.index == b.index or abs(a.lat - b.lat) > _NEAR_KM / 111.0:
        return False  # a degree of latitude is 111 km: most pairs end here, cheaply
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= _NEAR_KM


def _proper(token: Token) -> bool:
    """True for a capitalised proper noun, a word of a name in a list."""
    return token.pos_ == "PROPN" and capitalised(token)


def _shares(m: _Mention) -> list[tuple[float, Place]]:
    """How a name's vote splits over its candidates: by the softmax of their last scores (a
    name that barely prefers one reading vouches for both), all of it on a fixed place."""
    if not m.scored:
        return [(1.0, m.fixed)] if m.fixed is not None else []
    top = m.scored[0][0]
    weights = [(math.exp((score - top) / _SHARE_TEMPERATURE), place) for score, place in m.scored]
    total = sum(w for w, _ in weights)
    return [(w / total, place) for w, place in weights if w / total >= _MIN_SHARE]


def _firm(m: _Mention) -> bool:
    """An ORG entity is a place when it names a country or admin-1 unit, a unit its own noun
    asks for ("Douglas County"), or a city whose admin-1 unit the document names
    ("Torrington" in a Connecticut story)."""
    if m.fixed is None:
        return False
    return m.fixed.feature in ("country", "admin1") or m.method in ("rank:colocated", "qualifier:comma", "qualifier:feature")


def _prior(place: Place, main: bool) -> float:
    return (
        _FEATURE_PRIOR[place.feature]
        + _POPULATION_WEIGHT * math.log10(place.population + 10)
        + (1.0 if main or place.feature == "country" else 0.0)  # "Macedonia", "Burma": the state's names
        + (1.5 if place.capital else 0.0)
    )


def _contains(outer: Place, inner: Place) -> bool:
    if outer.feature == "country":
        return inner.country == outer.country and inner.feature != "country"
    if outer.feature == "admin1":
        return inner.country == outer.country and inner.admin1 == outer.admin1 and inner.feature in ("city", "admin2")
    return False


def _country_of(candidates: list[tuple[Place, bool]]) -> Optional[Place]:
    return next((p for p, main in candidates if p.feature == "country"), None)


def _namesake_city(best: Place, ranked: list[Place]) -> Optional[Place]:
    """The city an admin unit is named after ("Aleppo"), when it holds a good share of it."""
    if best.feature not in ("admin1", "admin2"):
        return None
    for place in ranked:
        if place.feature == "city" and place.country == best.country and place.population * _NAMESAKE_SHARE >= best.population:
            return place
    return None


@Language.factory("tidings_places", assigns=["doc._.places", "doc._.actors"], requires=["doc.ents"])
def make_place_resolver(nlp: Language, name: str) -> PlaceResolver:
    """Factory of ``tidings_places``."""
    return PlaceResolver(nlp, name)
