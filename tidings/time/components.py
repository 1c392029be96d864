"""spaCy components: find and resolve time expressions, then date the events.

``tidings_times`` lists every time expression that resolves to a date (``doc._.times``):
spaCy's DATE/TIME entities plus the weekday and deictic forms the small model misses or
splits ("on Tuesday", "last Sunday"). Expressions that resolve to nothing (durations, ages,
"the next day", "recently") are *not* listed. Each is resolved against ``doc._.pub_date``
and the tense of the verb that governs it.

``tidings_event_dates`` gives each event the time expression the parse attaches to its
trigger (or to the verb governing a noun trigger, or to the verb it is coordinated with),
else the sentence's only one, else the publication date marked *reported* — except for
events that may not have happened by then (future, negated, hypothetical): they stay undated.
It also sets each event's tense (past / ongoing / future); a future tense turns an
asserted or claimed status into ``future``. An event that states another (an announced
intent, ``EventMention.states``) was made by the time of reporting: past, and undated.

Numeric dates ("6/2/2015") are read month first, unless the document writes an
unambiguous day-first one ("13/6/2015") or, without numeric evidence, writes its dates day
before month ("2 June 2015") more often than month before day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Optional

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from ..annotations import EventMention, TimeMention, register_extensions
from ..events.modality import is_habitual, load_modality, through_adjunct
from .expressions import MONTH, MONTHS, WEEKDAYS, resolve

__all__ = ["EventDates", "TimeTagger", "event_tense", "nearest_verb", "tense_of"]

TEMPORAL_PREPS = frozenset("on in at during since by until till from through throughout between".split())
# A time after these bounds an event without dating it (see _is_bound).
BOUNDS = frozenset(("before", "after", "prior"))
SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj", "expl"))
DATING_MARKS = frozenset(("since", "when", "as"))
# A noun trigger takes the time of the verb it is an argument of, or that it follows "in" / "during".
ARGUMENT_DEPS = frozenset(("dobj", "nsubj", "nsubjpass", "attr", "dative", "oprd"))
EVENT_PREPS = frozenset(("in", "during", "amid", "at"))
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
# Two date expressions joined into one range: "from 2008 to 2016", "between March and May".
RANGE_JOINERS = frozenset(("to", "until", "till", "through", "-", "\u2013", "and"))
# A verb under these (as xcomp) is going on: "continues to fight", "kept shelling".
ONGOING_HEADS = frozenset("continue keep remain".split())
# An event with one of these statuses may not have happened: it gets no reported date.
UNDATED_STATUSES = frozenset(("future", "negated", "hypothetical"))
NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})\b")
DAY_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)? (?:of )?" + MONTH + r"\b", re.I)
MONTH_DAY = re.compile(r"\b" + MONTH + r"\.? \d{1,2}(?:st|nd|rd|th)?\b", re.I)


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
        month = {"LOWER": {"IN": [m for m in MONTHS if len(m) > 3 or m == "may"]}, "IS_TITLE": True}
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
                # Month-day dates NER sometimes calls an EVENT ("the January 7 quake").
                [month, {"SHAPE": {"IN": ["d", "dd"]}}],
                [{"SHAPE": {"IN": ["d", "dd"]}}, month],
                # Year ranges NER splits ("from 2004 to 2009").
                [{"LOWER": {"IN": ["from", "between"]}}, {"SHAPE": "dddd"},
                 {"LOWER": {"IN": sorted(RANGE_JOINERS)}}, {"SHAPE": "dddd"}],
            ],
            greedy="LONGEST",
        )

    def __call__(self, doc: Doc) -> Doc:
        """Find, resolve and store the time expressions. RETURNS (Doc)."""
        pub = _pub_date(doc)
        times = []
        day_first: Optional[bool] = None  # decided on the first numeric date only
        hits = [(start, end) for _, start, end in self.matcher(doc)]
        for span in self.find(doc, hits):
            if span.end < len(doc) and doc[span.end].lower_ in TIME_ZONES:
                continue
            if day_first is None and "/" in span.text:
                day_first = reads_day_first(doc.text)
            for piece in self.pieces(span, hits):
                tense = tense_of(nearest_verb(piece.root))
                resolved = resolve(piece.text, pub, tense, bool(day_first))
                if resolved is not None:
                    times.append(
                        TimeMention(
                            start=piece.start, end=piece.end, text=piece.text, value=resolved.start,
                            value_end=resolved.end, precision=resolved.precision, method=resolved.rule,
                        )
                    )
                    if piece is span:
                        break
        doc._.times = times
        return doc

    @staticmethod
    def pieces(span: Span, hits: list[tuple[int, int]]) -> Iterator[Span]:
        """The span itself, then, should it not resolve, its parts between punctuation
        ("Waitangi Day - February 6 - this year"), else the matcher hits inside it
        ("tomorrow a day"). hits: the matcher's (start, end) on the whole doc."""
        yield span
        parts = []
        start = span.start
        for token in list(span) + [None]:
            if token is None or token.is_punct:
                end = span.end if token is None else token.i
                if start < end and (start, end) != (span.start, span.end):
                    parts.append(span.doc[start:end])
                start = end + 1
        yield from parts or [span.doc[s:e] for s, e in hits if span.start <= s and e <= span.end and (s, e) != (span.start, span.end)]

    def find(self, doc: Doc, hits: Optional[list[tuple[int, int]]] = None) -> list[Span]:
        """Candidate spans: DATE/TIME entities and matcher hits, overlapping ones merged, and
        two joined as a range ("from 2008 to 2016", "between March and May") made one.
        hits: the matcher's (start, end) on the doc, when already run."""
        spans = [(e.start, e.end) for e in doc.ents if e.label_ in ("DATE", "TIME")]
        spans += hits if hits is not None else [(start, end) for _, start, end in self.matcher(doc)]
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            elif merged and start == merged[-1][1] + 1 and _joins_range(doc, merged[-1][0], start - 1):
                merged[-1][1] = end
            else:
                merged.append([start, end])
        for span in merged:
            if span[0] > 0 and doc[span[0] - 1].lower_ == "between" and any(t.lower_ == "and" for t in doc[span[0] : span[1]]):
                span[0] -= 1  # keep "between": "March and May" alone is not a range
        return [doc[start:end] for start, end in merged]


class EventDates:
    """Set ``ev.date`` (and ``ev.parts["date"]``) for each event in ``doc._.events``."""

    def __init__(self, nlp: Language, name: str = "tidings_event_dates") -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Attach a time expression, a tense and maybe a future status to every event. RETURNS (Doc)."""
        events: list[EventMention] = doc._.events or []
        times: list[TimeMention] = doc._.times or []
        if not events:
            return doc
        by_sentence: dict[int, list[TimeMention]] = {}
        for time in times:
            if _is_bound(doc[time.start : time.end]):
                continue
            by_sentence.setdefault(_sentence_start(doc[time.start]), []).append(time)
        anchors = {id(time): _anchor(doc[time.start : time.end]) for time in times}
        for event in events:
            if event.states is not None:  # a statement made now, not the action it announces
                event.date, event.parts["date"] = None, "none:statement"
                continue
            sentence = _sentence_start(event.root)
            candidates = by_sentence.get(sentence, [])
            linked = sorted(
                (rank, time.start, rule, time)
                for time in candidates
                if (found := _link(event, anchors[id(time)]))
                for rank, rule in [found]
            )
            others = [e for e in events if e is not event and _sentence_start(e.root) == sentence]
            if linked:
                event.date, event.parts["date"] = linked[0][3], linked[0][2]
            elif (shared := _conjunct_date(event, others)) is not None:
                event.date, event.parts["date"] = shared, "parse:conjunct"
            elif len(candidates) == 1 and _may_borrow(
                event, doc[candidates[0].start : candidates[0].end], anchors[id(candidates[0])], others
            ):
                event.date, event.parts["date"] = candidates[0], "sentence:only"
            else:
                event.date, event.parts["date"] = None, "none"
        pub = _pub_date(doc)
        for event in events:
            self.set_tense(event, pub)
            if event.date is None and pub is not None and event.status not in UNDATED_STATUSES:
                event.date_reported, event.parts["date"] = True, "reported:publication-date"
        return doc

    def set_tense(self, event: EventMention, pub: Optional[dt.date]) -> None:
        """Set ``event.tense``; a future one makes an asserted or claimed event ``future``.

        An event dated after the publication date is future unless its verb is past
        ("are meeting next week"); with no verb to tell, its date decides."""
        tense = "past" if event.states is not None else event_tense(event)
        if event.date is not None and event.date.value is not None and pub is not None and tense != "past":
            tense = "future" if event.date.value > pub else tense or "past"
        event.tense = tense
        if tense == "future" and event.status in ("asserted", "claimed"):
            event.status, event.parts["status"] = "future", "time:future-tense"


def nearest_verb(token: Token) -> Optional[Token]:
    """The nearest verb at or above ``token`` in the parse (None if there is none)."""
    for _ in range(MAX_CLIMB):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head == token:
            return None
        token = token.head
    return None


def event_tense(event: EventMention) -> Optional[str]:
    """ "past", "ongoing" or "future" for the event's trigger (or the verb governing a noun
    trigger); None when no verb tells. Ongoing: present tenses ("is fighting", "have been
    protesting", "controls"), and "continues to" / "keeps" in the present."""
    root = event.root
    verb = root if root.pos_ in ("VERB", "AUX") else nearest_verb(root)
    tense = tense_of(verb)
    if tense == "future" and verb is not None and through_adjunct(root, verb):
        return None  # "will open an investigation into the shooting": the shooting is no future
    if tense == "future" and verb is not None and is_habitual(verb, load_modality()):
        return "past"  # "they would sometimes kill the farmers"
    if tense is None or verb is None or tense == "future":
        return tense
    if verb.dep_ == "xcomp" and verb.head.lemma_ in ONGOING_HEADS:
        verb = verb.head  # "continues to fight": the tense of "continues"
        tense = tense_of(verb)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "ongoing"  # "is fighting"
    if verb.tag_ == "VBG" and [a.lower_ for a in auxes][-1:] == ["been"] and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "ongoing"  # "have been fighting"
    if tense == "present" and verb.tag_ in ("VBZ", "VBP") and not auxes:
        return "ongoing"  # "controls", "remains"
    return "past" if tense == "past" else None


def reads_day_first(text: str) -> bool:
    """Whether a document writes numeric dates day first: an unambiguous one decides
    ("13/6/2015" or "6/13/2015"), else its "2 June" vs "June 2" forms."""
    for first, second in NUMERIC_DATE.findall(text):
        if int(first) > 12 or int(second) > 12:
            return int(first) > 12
    return len(DAY_MONTH.findall(text)) > len(MONTH_DAY.findall(text))


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
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "VBD" for c in auxes) or verb.tag_ == "VBD":
        return "past"
    # A participle is past unless a present or bare auxiliary makes it a present passive
    # ("is held", "to be issued"); "has suspended" stays past.
    if verb.tag_ == "VBN" and not any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP", "VB") for c in auxes):
        return "past"
    return "present"


def _joins_range(doc: Doc, first_start: int, joiner: int) -> bool:
    """Whether the token at ``joiner`` joins the date before it to the next one as a range."""
    word = doc[joiner].lower_
    if word not in RANGE_JOINERS:
        return False
    before = doc[first_start - 1].lower_ if first_start > 0 else ""
    return before == "between" if word == "and" else True


def _conjunct_date(event: EventMention, others: list[EventMention]) -> Optional[TimeMention]:
    """The date of the verb event this one is coordinated with, sharing its subject
    ("attacked the town on Tuesday and killed five")."""
    root = event.root
    if root.dep_ != "conj" or root.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return None  # its own subject: "attacked on Tuesday and troops withdrew" tells nothing
    head = root.head
    return next((e.date for e in others if e.root == head and e.date is not None), None)


def _anchor(span: Span) -> Optional[Token]:
    """The token a time expression modifies: via a temporal preposition or a temporal dependency."""
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in TEMPORAL_PREPS:
        return root.head.head
    if root.dep_ == "prep" and root.lower_ in TEMPORAL_PREPS:
        return root.head  # the expression took its preposition along: "from 2013 to 2019"
    if root.dep_ in TEMPORAL_DEPS and root.head != root:
        return root.head
    return None


def _may_borrow(event: EventMention, time: Span, anchor: Optional[Token], others: list[EventMention]) -> bool:
    """Whether an event may take the sentence's only time expression, tied to no verb of its own.

    Not for an event that may not have happened (future, negated, hypothetical); not when the
    parse ties the expression to another event, or to a verb above this one ("announced
    yesterday that 337 users were arrested": the announcement is dated, not the arrests); not
    when the expression sits in a clause of its own on the way up to the event's verb
    ("ordered a new trial, where in 2008 he was found guilty", "the proclamation, which was
    made on Monday")."""
    if event.status in UNDATED_STATUSES or any(_link(e, anchor) for e in others):
        return False
    own_verb = nearest_verb(event.root)
    if anchor is not None and anchor != own_verb and anchor.is_ancestor(event.root):
        return False
    token = time.root
    for _ in range(MAX_CLIMB):
        if token == own_verb or token.head == token:
            return True
        token = token.head
        if token != own_verb and token.pos_ in ("VERB", "AUX") and _own_clause(token):
            return False
    return True


def _own_clause(verb: Token) -> bool:
    """A relative clause, or a clause with its own subject not opened by "since"/"when"/"as"
    (those date the main clause: "at war since the capital fell in 2014")."""
    if verb.dep_ == "relcl":
        return True
    if any(c.dep_ == "mark" and c.lower_ in DATING_MARKS for c in verb.children):
        return False
    return any(c.dep_ in SUBJECTS for c in verb.children)


def _link(event: EventMention, anchor: Optional[Token]) -> Optional[tuple[int, str]]:
    """How the parse ties a time anchor to an event: (rank, rule), lower rank first; None if not."""
    if anchor is None:
        return None
    trigger, root = event.trigger, event.root
    if trigger.start <= anchor.i < trigger.end:
        return 0, "parse:trigger"
    if root.pos_ in ("NOUN", "PROPN") and anchor.pos_ in ("VERB", "AUX"):
        if anchor.head == root and anchor.dep_ in ("acl", "relcl"):
            return 1, "parse:noun_clause"  # "a lawsuit filed on Sunday"
        if (head := _argument_head(root)) is not None and nearest_verb(head) == anchor:
            return 1, "parse:governing_verb"
    if root.pos_ in ("VERB", "AUX") and nearest_verb(anchor) == root:
        return 2, "parse:clause"
    return None


def _argument_head(noun: Token) -> Optional[Token]:
    """The verb side a noun trigger hangs from as an argument ("carried out airstrikes", "the
    attack killed", "died in the attack"); None when it sits deeper ("admitted his guilt in
    eight murders", "despite criticism"), where the verb's time need not be the event's."""
    if noun.dep_ in ARGUMENT_DEPS:
        return noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in EVENT_PREPS and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _is_bound(span: Span) -> bool:
    """Whether the expression is a bound, not a date: "before Sunday", "two days after the
    January 7 quake", "before yesterday's announcements" (up to the nearest verb)."""
    token = span.root
    for _ in range(4):
        if _bounds(token):
            return True
        if token.head == token or token.head.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return False


def _bounds(token: Token) -> bool:
    """ "before", "after", and the "to" of "prior to"."""
    if token.dep_ != "prep":
        return False
    return token.lower_ in BOUNDS or (token.lower_ == "to" and token.head.lower_ in BOUNDS)


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
