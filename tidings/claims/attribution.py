"""The ``tidings_attribution`` component: who says each event happened, and with what standing.

For each event it collects the attribution frames around its trigger, nearest first:

1. a reporting verb that governs the trigger ("X said [the regime carried out airstrikes]",
   "X accused Syria of [launching air strikes]", "X denied [attacking]"): the verb's
   subject (or its by-agent) is the source;
2. "according to X" on the trigger's clause or any clause above it;
3. when the sentence has neither, a quotation the trigger stands in, whose speaker is named
   next to the quote ("'We attacked. We won,' the commander said.");
4. a hedge ("reportedly"): claimed, with no named source.

Frames nest: "Reuters said Syrian officials dismissed the claims" gives the chain
[Reuters, Syrian officials]; the nearest frame is the source and decides the standing.
The status becomes ``claimed`` (``denied`` for deny/dismiss/refute) unless the event's own
wording already made it negated, future or hypothetical. Events narrated by the outlet
stay ``asserted`` with no source.

Denials are linked to what they answer (``responds_to``): a denial speech act to the
events it denies in its own sentence, and a dismissal of "the claims" to the earlier
claimed events of the doc whose doer is the one dismissing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..annotations import ActorMention, EventMention, register_extensions
from ..events.roles import actor_for
from .cues import DEFAULT_CUES, Cues, load_cues

__all__ = ["Attribution", "Frame", "find_frames"]

# Statuses set by the event's own wording; a source does not override them.
MODAL_STATUSES = {"negated", "future", "hypothetical"}
MAX_CLIMB = 12
QUOTE_PAIRS = re.compile(r"“[^”]*”|\"[^\"]*\"")


@dataclass
class Frame:
    """One attribution frame: source (None when unnamed), standing ("claimed" | "confirmed" |
    "denied"), rule, and the index of the cue token (the reporting verb), when there is one."""

    source: Optional[ActorMention]
    standing: str
    rule: str
    cue: Optional[int] = None


class Attribution:
    """Sets ``source``, ``source_chain``, ``status`` and ``responds_to`` on the doc's events."""

    def __init__(self, cues_path: Path = DEFAULT_CUES) -> None:
        register_extensions()
        self.cues = load_cues(Path(cues_path))

    def __call__(self, doc: Doc) -> Doc:
        events = doc._.events or []
        quotes = _quotes(doc)
        frames = {id(event): find_frames(doc, event.root, self.cues, quotes) for event in events}
        for event in events:
            self.attribute(event, frames[id(event)])
        link_denials(events, frames, self.cues)
        return doc

    def attribute(self, event: EventMention, frames: list[Frame]) -> None:
        """Fill the event's source, chain, status and ``parts["attribution"]`` from its frames."""
        if not frames:
            return
        nearest = frames[0]
        event.source = nearest.source
        event.source_chain = [f.source for f in reversed(frames) if f.source is not None]
        event.parts["attribution"] = " < ".join(f.rule for f in frames)
        if event.status not in MODAL_STATUSES:
            event.status = "denied" if nearest.standing == "denied" else "claimed"


def find_frames(doc: Doc, head: Token, cues: Cues, quotes: Optional[list[Span]] = None) -> list[Frame]:
    """The attribution frames of the event whose trigger head is ``head``, nearest first.

    quotes (list[Span] | None): the doc's quotations (``_quotes(doc)``), for speakers named
    outside the sentence. RETURNS (list[Frame]): empty when the outlet narrates the event.
    """
    frames: list[Frame] = []
    token = head
    for _ in range(MAX_CLIMB):
        # On one token the reporting verb is nearer than an "according to" attached to it:
        # "Trump admitted [ordering it], according to prosecutors" -> [prosecutors, Trump].
        if token.i != head.i and token.pos_ in ("VERB", "AUX"):
            standing = cues.standing(token.lemma_.lower())
            if standing is not None:
                source = actor_for(doc, _speaker(token))
                frames.append(Frame(source, standing, f"claims:reporting-verb:{token.lemma_.lower()}", token.i))
        according = _according_to(token)
        if according is not None:
            frames.append(Frame(actor_for(doc, according), "claimed", "claims:according-to"))
        if token.head.i == token.i:
            break
        token = token.head
    if not frames and quotes:
        frames.extend(_quote_frame(doc, head, cues, quotes))
    if not frames and _hedged(head, cues):
        frames.append(Frame(None, "claimed", "claims:hedge"))
    return frames


def link_denials(events: list[EventMention], frames: dict[int, list[Frame]], cues: Cues) -> None:
    """Fill ``responds_to`` of denial speech acts (see the module docstring)."""
    for denial in events:
        if cues.standing(denial.root.lemma_.lower()) != "denied":
            continue
        for other in events:
            if other is denial:
                continue
            denied_here = any(f.cue == denial.root.i for f in frames[id(other)])
            if denied_here or (_dismisses_claims(denial, cues) and _answers(denial, other)):
                denial.responds_to.append(other)


def _dismisses_claims(denial: EventMention, cues: Cues) -> bool:
    """Is the denial's object a claim noun ("dismissed the claims of Washington")?"""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in cues.claim_nouns for c in denial.root.children)


def _answers(denial: EventMention, claimed: EventMention) -> bool:
    """An earlier claimed event whose doer is the one denying (same actor or country)."""
    if claimed.status != "claimed" or claimed.trigger.start >= denial.trigger.start:
        return False
    doer, denier = claimed.actor1, denial.actor1
    if doer is None or denier is None:
        return False
    if doer.actor_id is not None and doer.actor_id == denier.actor_id:
        return True
    if doer.country is not None:
        return doer.country == denier.country
    return doer.name is not None and (doer.name or "").lower() == (denier.name or "").lower()


def _according_to(token: Token) -> Optional[Token]:
    """The X of an "according to X" phrase attached to this token, if any."""
    for child in token.children:
        if child.lower_ == "according" and child.dep_ == "prep":
            to = next((c for c in child.children if c.lower_ == "to"), None)
            if to is not None:
                return next((c for c in to.children if c.dep_ == "pobj"), None)
    return None


def _speaker(verb: Token) -> Optional[Token]:
    """The subject of a reporting verb, or its by-agent when passive. ``actor_for`` then finds
    the source behind a medium noun ("messages posted by the embassy")."""
    speaker = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if speaker is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        speaker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return speaker


def _hedged(head: Token, cues: Cues) -> bool:
    return any(c.lower_ in cues.hedges for c in (*head.children, *head.head.children))


def _quotes(doc: Doc) -> list[Span]:
    """The doc's quotations (text between paired quotation marks), as spans."""
    spans = []
    for match in QUOTE_PAIRS.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and len(span) > 2:
            spans.append(span)
    return spans


def _quote_frame(doc: Doc, head: Token, cues: Cues, quotes: list[Span]) -> list[Frame]:
    """The speaker of the quotation the trigger stands in: the reporting verb right before
    the quote's start or right after its end, in the sentences that touch the quote."""
    quote = next((q for q in quotes if q.start <= head.i < q.end), None)
    if quote is None:
        return []
    first, last = doc[quote.start].sent, doc[quote.end - 1].sent
    for token in (*doc[last.start : last.end], *doc[first.start : first.end]):
        if quote.start <= token.i < quote.end or token.pos_ != "VERB":
            continue
        standing = cues.standing(token.lemma_.lower())
        if standing is not None:
            return [Frame(actor_for(doc, _speaker(token)), standing, f"claims:quote:{token.lemma_.lower()}", token.i)]
    return []


@Language.factory(
    "tidings_attribution",
    assigns=["doc._.events"],
    requires=["doc._.events", "doc._.actors"],
    default_config={"cues_path": str(DEFAULT_CUES)},
)
def make_attribution(nlp: Language, name: str, cues_path: str) -> Attribution:
    """Factory of the ``tidings_attribution`` component."""
    return Attribution(Path(cues_path))
