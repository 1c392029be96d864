"""``tidings_event_locations``: say where each event happened.

For each ``ev`` in ``doc._.events`` it picks a ``doc._.places`` mention of kind "place"
(never a demonym or metonym) and sets ``ev.location``, ``ev.location_precision`` and
``ev.parts["location"]`` (the rule):

- "exact": the place hangs off the trigger (or a verb coordinated with it) in the parse
  through nouns and prepositions only: "in/near/at X", "north of X", "X's", a prepositional
  phrase on the trigger's object ("bombarded the town of al-Bab"). Rule ``parse:<prep>``.
  A place that only qualifies a common noun ("in the 1967 Mideast war") ranks last.
- "sentence": otherwise, the sentence's place introduced by the locative preposition nearest
  the trigger, the last place of its chain ("in Mogadishu's Huriwaa district" -> Huriwaa;
  rule ``sentence:<prep>``); a reference point ("south of Baghdad") only when no other.
"between X and Y" is never a location (talks, borders): measured on ``tidings eval eventloc``.
Nothing fits: the location stays None. A document-focus fallback (precision "document")
was measured on ``tidings eval eventloc`` and left out: it lowered accuracy there (see
``tests/geo/test_event_location.py``).

When the place is a reference point ("north of Aleppo", "near Kilis", "outside Mosul") the
relation goes to ``ev.location_relation``; "in/at X" leave it None.
"""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..annotations import EventMention, PlaceMention, register_extensions

__all__ = ["EventLocator"]

_LOCATIVE = {"in", "at", "near", "around", "outside", "inside", "into", "across", "throughout", "on",
             "within", "towards", "toward", "through", "along", "over", "off"}
# Nouns of a place that "of X" names: "in the town of X", "the south Baghdad neighbourhood of X".
_SETTLEMENT = {"city", "town", "village", "province", "district", "region", "capital", "area", "neighbourhood",
               "neighborhood", "suburb", "suburbs", "camp", "county", "state", "governorate", "settlement",
               "outskirts", "municipality", "municipalities", "villages", "towns", "cities", "areas", "quarter"}
# Words between a preposition and the name: "in the town of X", "near the city of X".
_SETTLEMENT_OF = _SETTLEMENT | {"of", "'s", "\u2019s"}
# Dependencies a place may hang by on its way up to the trigger without leaving its phrase.
_NOMINAL_DEPS = {"pobj", "prep", "poss", "compound", "appos", "conj", "cc", "nmod", "npadvmod", "advmod",
                 "dobj", "nsubjpass", "attr", "pcomp", "amod", "acl", "oprd", "dative"}
_MAX_HOPS = 7
# Prepositions that make the place a reference point rather than the place itself.
_RELATIVE = {"near", "outside", "around", "off", "towards", "toward", "beyond", "past", "nearby"}


class EventLocator:
    """Sets ``ev.location`` for each event (see module docstring)."""

    def __init__(self, nlp: Language, name: str = "tidings_event_locations") -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Fill the location of every event of ``doc._.events``."""
        places = [p for p in (doc._.places or []) if p.kind == "place"]
        if not places or not doc._.events:
            return doc
        for ev in doc._.events:
            try:
                self.locate(ev, places)
            except (ValueError, IndexError):
                continue
        return doc

    def locate(self, ev: EventMention, places: list[PlaceMention]) -> None:
        """Set the location of one event from the doc's place mentions (kind "place")."""
        root = ev.root
        sent = root.sent
        in_sentence = [p for p in places if sent.start <= p.start and p.end <= sent.end]
        if not in_sentence:
            return
        heads = _event_heads(root)
        attached = [(p, rule) for p in in_sentence if (rule := _attachment(root.doc[p.start:p.end].root, heads))]
        # "Yala's Betong district": a possessive country is a container, not the place; "accused
        # Syria": a country as the object is the target actor.
        attached = [
            (p, rule) for p, rule in attached if rule not in ("poss", "object") or p.feature not in ("country", "region")
        ]
        if attached:
            place, rule = min(attached, key=lambda a: _rank(a[0], a[1], root))
            self._set(ev, place, "exact", rule)
            return
        taken = {i for p in in_sentence for i in range(p.start, p.end)}
        introduced = [(p, prep) for p in in_sentence if (prep := _introducing_preposition(root.doc, p, taken))]
        if introduced:
            # "In X, south of Y": X, not the reference point; then the nearest preposition; of its
            # chain ("in Mogadishu's Huriwaa district"), the last place.
            place, (prep, _) = min(
                introduced, key=lambda a: (_relation(a[1][0]) is not None, abs(a[1][1] - root.i), -a[0].start)
            )
            self._set(ev, place, "sentence", prep, "sentence")

    @staticmethod
    def _set(ev: EventMention, place: PlaceMention, precision: str, rule: str, source: str = "parse") -> None:
        ev.location = place
        ev.location_precision = precision
        ev.location_relation = _relation(rule)
        ev.parts["location"] = f"{source}:{rule}"


def _relation(rule: str) -> Optional[str]:
    """The relation of a reference point ("north of", "near"), None for "in X"-like rules."""
    if rule.endswith(" of") or rule in _RELATIVE:
        return rule
    return None


def _event_heads(root: Token) -> set[Token]:
    """The trigger and the verbs sharing its arguments ("shot and killed in X")."""
    heads = {root, *root.conjuncts}
    if root.dep_ in ("conj", "xcomp") and root.head.i != root.i:
        heads.add(root.head)
    return heads


def _attachment(token: Token, heads: set[Token]) -> Optional[str]:
    """The rule name when ``token`` hangs off one of ``heads`` through its phrase, else None.

    The rule names the preposition of the path ("in", "north of"), or "poss"/"object". The
    "of" of a place noun ("the city of X") gives way to a locative preposition above it ("in
    the city of X" -> "in").
    """
    rule = None
    settlement_of = False
    for _ in range(_MAX_HOPS):
        if token in heads:
            return rule or "object"
        if token.dep_ not in _NOMINAL_DEPS or token.head.i == token.i:
            return None
        if token.dep_ == "prep" and (rule is None or (settlement_of and token.lower_ in _LOCATIVE)):
            if token.lower_ not in _LOCATIVE and token.lower_ != "of":
                return None  # "from X", "to X", "between X and Y", "for X": not where it happened
            rule = token.lower_
            settlement_of = token.lower_ == "of" and token.head.lower_ in _SETTLEMENT
            if token.head.dep_ in ("advmod", "npadvmod") and token.head.lower_ != token.lower_:
                rule = f"{token.head.lower_} {token.lower_}"  # "north of"
        elif token.dep_ == "poss" and rule is None:
            rule = "poss"
        token = token.head
    return None


def _introducing_preposition(doc: Doc, place: PlaceMention, taken: set[int]) -> Optional[tuple[str, int]]:
    """The locative preposition (and its index) before X in "in X", "near the town of X", "in
    Iraq's Nineveh province"-like contexts, else None. "north of X" gives "north of".
    taken: token indexes of the sentence's place names (skipped on the way back)."""
    i = place.start - 1
    while i >= 0 and (doc[i].pos_ in ("DET", "ADJ") or doc[i].lower_ in _SETTLEMENT_OF or i in taken):
        if doc[i].lower_ == "of" and i > 0 and doc[i - 1].dep_ in ("advmod", "npadvmod") and doc[i - 1].pos_ != "ADP":
            return f"{doc[i - 1].lower_} of", i
        i -= 1
    return (doc[i].lower_, i) if i >= 0 and doc[i].lower_ in _LOCATIVE else None


_SPECIFICITY = {"point": 0, None: 1, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}


def _rank(place: PlaceMention, rule: str, root: Token) -> tuple[int, int, int]:
    """Prefer a locative preposition on the trigger, then the most specific place, then the nearest."""
    indirect = rule in ("of", "object", "poss") or _modifier(place, root.doc)
    return (indirect, _SPECIFICITY.get(place.feature, 1), _distance(place, root))


def _modifier(place: PlaceMention, doc: Doc) -> bool:
    """True when the place only modifies a common noun: "the 1967 Mideast war", "a Baghdad hotel"."""
    token = doc[place.start:place.end].root
    head = token.head
    return token.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN" and head.lower_ not in _SETTLEMENT


def _distance(place: PlaceMention, root: Token) -> int:
    return min(abs(place.start - root.i), abs(place.end - 1 - root.i))


@Language.factory("tidings_event_locations", assigns=["doc._.events"], requires=["doc._.places", "doc._.events"])
def make_event_locator(nlp: Language, name: str) -> EventLocator:
    """Factory of ``tidings_event_locations``."""
    return EventLocator(nlp, name)
