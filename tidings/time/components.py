"""spaCy components: find and resolve time expressions, then date the events.

``tidings_times`` lists every time expression that resolves to a date (``doc._.times``):
spaCy's DATE/TIME entities plus the weekday and deictic forms the small model misses or
splits ("on Tuesday", "last Sunday"). Expressions that resolve to nothing (durations, ages,
"the next day", "recently") are *not* listed. Each is resolved against ``doc._.pub_date``
and the tense of the verb that governs it.

``tidings_event_dates`` gives each event the time expression the parse attaches to its
trigger (or to the verb governing a noun trigger), else the sentence's only one.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from ..annotations import EventMention, TimeMention, register_extensions
from .expressions import WEEKDAYS, resolve

__all__ = ["EventDates", "TimeTagger", "governing_verb", "tense_of"]

TEMPORAL_PREPS = frozenset("on in at during since by until till from through throughout before after".split())
# Dependencies by which a time expression modifies its head directly ("last Sunday",
# "Sunday's attack", "the Sunday attack").
TEMPORAL_DEPS = frozenset("npadvmod tmod advmod obl nmod poss compound".split())
FUTURE_AUX = frozenset(("will", "would", "shall", "'ll", "wo", "ll"))
# A verb under these (as xcomp) speaks of the future: "plans to visit", "is to be held".
FUTURE_HEADS = frozenset("be plan intend expect schedule aim set due prepare hope".split())
PARTS_OF_DAY = ["morning", "afternoon", "evening", "night"]
# "1930 UTC" is a clock time that NER calls a DATE (and a year would resolve).
TIME_ZONES = frozenset("utc gmt bst cet cest edt est cdt cst pdt pst ast aest ist".split())
MAX_CLIMB = 12  # parse trees are shallow; bounds every walk up the tree


@Language.factory(
    "tidings_times",
    assigns=["doc._.times"],
    requires=["token.dep", "doc.ents"],
)
def make_time_tagger(nlp: Language, name: str) -> "TimeTagger":
    """Build the ``tidings_times`` component."""
    return TimeTagger(nlp, name)


@Language.factory(
    "tidings_event_dates",
    assigns=["doc._.events"],
    requires=["doc._.events", "doc._.times"],
)
def make_event_dates(nlp: Language, name: str) -> "EventDates":
    """Build the ``tidings_event_dates`` component."""
    return EventDates(nlp, name)


class TimeTagger:
    """Set ``doc._.times``: the doc's time expressions that resolve to a date."""

    def __init__(self, nlp: Language, name: str = "tidings_times") -> None:
        register_extensions()
        self.name = name
        self.matcher = Matcher(nlp.vocab)
        weekday = {"LOWER": {"IN": list(WEEKDAYS)}}
        self.matcher.add(
            "TIME",
            [
                [{"LOWER": {"IN": ["last", "this", "next", "past", "coming"]}, "OP": "*"}, weekday,
                 {"LOWER": {"IN": PARTS_OF_DAY}, "OP": "?"}],
                [{"LOWER": {"IN": ["yesterday", "today", "tomorrow", "tonight"]}}],
                [{"LOWER": {"IN": ["last", "this"]}}, {"LOWER": {"IN": PARTS_OF_DAY}}],
                [{"LOWER": {"IN": ["last", "this", "next"]}}, {"LOWER": {"IN": ["week", "weekend", "month", "year"]}}],
                [{"LIKE_NUM": True}, {"LOWER": {"REGEX": r"^(day|week|month|year)s?$"}}, {"LOWER": "ago"}],
                [{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": ["day", "week", "month", "year"]}}, {"LOWER": "ago"}],
            ],
            greedy="LONGEST",
        )

    def __call__(self, doc: Doc) -> Doc:
        """Find, resolve and store the time expressions. RETURNS (Doc)."""
        pub = _pub_date(doc)
        times = []
        for span in self.find(doc):
            if span.end < len(doc) and doc[span.end].lower_ in TIME_ZONES:
                continue
            tense = tense_of(governing_verb(span.root))
            resolved = resolve(span.text, pub, tense)
            if resolved is not None:
                times.append(
                    TimeMention(
                        start=span.start, end=span.end, text=span.text, value=resolved.start,
                        value_end=resolved.end, precision=resolved.precision, method=resolved.rule,
                    )
                )
        doc._.times = times
        return doc

    def find(self, doc: Doc) -> list[Span]:
        """Candidate spans: DATE/TIME entities and matcher hits, overlapping ones merged."""
        spans = [(e.start, e.end) for e in doc.ents if e.label_ in ("DATE", "TIME")]
        spans += [(start, end) for _, start, end in self.matcher(doc)]
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return [doc[start:end] for start, end in merged]


class EventDates:
    """Set ``ev.date`` (and ``ev.parts["date"]``) for each event in ``doc._.events``."""

    def __init__(self, nlp: Language, name: str = "tidings_event_dates") -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Attach a time expression to every event. RETURNS (Doc)."""
        events: list[EventMention] = doc._.events or []
        times: list[TimeMention] = doc._.times or []
        if not events:
            return doc
        by_sentence: dict[int, list[TimeMention]] = {}
        for time in times:
            by_sentence.setdefault(_sentence_start(doc[time.start]), []).append(time)
        anchors = {id(time): _anchor(doc[time.start : time.end]) for time in times}
        for event in events:
            sentence = _sentence_start(event.root)
            candidates = by_sentence.get(sentence, [])
            linked = sorted(
                (rank, time.start, rule, time)
                for time in candidates
                if (found := _link(event, anchors[id(time)]))
                for rank, rule in [found]
            )
            if linked:
                event.date, event.parts["date"] = linked[0][3], linked[0][2]
                continue
            others = [e for e in events if e is not event and _sentence_start(e.root) == sentence]
            if len(candidates) == 1 and not any(_link(e, anchors[id(candidates[0])]) for e in others):
                event.date, event.parts["date"] = candidates[0], "sentence:only"
            else:
                event.date, event.parts["date"] = None, "none"
        return doc


def governing_verb(token: Token) -> Optional[Token]:
    """The nearest verb at or above ``token`` in the parse (None if there is none)."""
    for _ in range(MAX_CLIMB):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head == token:
            return None
        token = token.head
    return None


def tense_of(verb: Optional[Token]) -> Optional[str]:
    """ "future" (will/would/shall/'ll, going to, plans to), "past" (VBD/VBN), "present", or None."""
    if verb is None:
        return None
    head = verb
    for _ in range(MAX_CLIMB):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in head.children):
            return "future"
        if head.dep_ != "xcomp" or head.head == head:
            break
        if head.head.lemma_ in FUTURE_HEADS or (head.head.lower_ == "going" and head.head.tag_ == "VBG"):
            return "future"
        head = head.head
    if verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children):
        return "past"
    return "present"


def _anchor(span: Span) -> Optional[Token]:
    """The token a time expression modifies: via a temporal preposition or a temporal dependency."""
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in TEMPORAL_PREPS:
        return root.head.head
    if root.dep_ in TEMPORAL_DEPS and root.head != root:
        return root.head
    return None


def _link(event: EventMention, anchor: Optional[Token]) -> Optional[tuple[int, str]]:
    """How the parse ties a time anchor to an event: (rank, rule), lower rank first; None if not."""
    if anchor is None:
        return None
    trigger, root = event.trigger, event.root
    if trigger.start <= anchor.i < trigger.end:
        return 0, "parse:trigger"
    if root.pos_ in ("NOUN", "PROPN") and anchor.pos_ in ("VERB", "AUX") and governing_verb(root.head) == anchor:
        return 1, "parse:governing_verb"
    if root.pos_ in ("VERB", "AUX") and governing_verb(anchor) == root:
        return 2, "parse:clause"
    return None


def _sentence_start(token: Token) -> int:
    """Start of the token's sentence; the whole doc counts as one when it has no sentences."""
    return token.sent.start if token.doc.has_annotation("SENT_START") else 0


def _pub_date(doc: Doc) -> Optional[dt.date]:
    value = doc._.pub_date
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
