"""The ``tidings_attribution`` component: who says each event happened, and with what standing.

For each event it looks for, nearest first:

1. a reporting verb that governs the trigger ("X said [the regime carried out airstrikes]",
   "X accused Syria of [launching air strikes]", "X denied [attacking]"): the verb's
   subject (or its by-agent) is the source;
2. "according to X" on the trigger's clause or any clause above it;
3. a hedge ("reportedly"): claimed, with no named source.

The status becomes ``claimed`` (or ``denied`` for deny/dismiss/refute verbs) unless the
event's own wording already made it negated, future or hypothetical. Events narrated by
the outlet without a cue stay ``asserted`` with no source (the outlet is the document's
``source``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..annotations import ActorMention, EventMention, register_extensions
from ..events.roles import actor_for
from .cues import DEFAULT_CUES, Cues, load_cues

__all__ = ["Attribution", "find_source"]

# Statuses set by the event's own wording; a source does not override them.
MODAL_STATUSES = {"negated", "future", "hypothetical"}
MAX_CLIMB = 8


class Attribution:
    """Sets ``source`` and ``status`` on every event of ``doc._.events``."""

    def __init__(self, cues_path: Path = DEFAULT_CUES) -> None:
        register_extensions()
        self.cues = load_cues(Path(cues_path))

    def __call__(self, doc: Doc) -> Doc:
        for event in doc._.events or []:
            self.attribute(doc, event)
        return doc

    def attribute(self, doc: Doc, event: EventMention) -> None:
        """Fill ``event.source``, ``event.status`` and ``event.parts["attribution"]``."""
        source, standing, rule = find_source(doc, event.root, self.cues)
        if standing is None:
            return
        event.source = source
        event.parts["attribution"] = rule
        if event.status not in MODAL_STATUSES:
            event.status = "denied" if standing == "denied" else "claimed"


def find_source(doc: Doc, head: Token, cues: Cues) -> tuple[Optional[ActorMention], Optional[str], str]:
    """The source of the event whose trigger head is ``head``.

    RETURNS (tuple): (source actor or None, standing "claimed"/"confirmed"/"denied" or None
    when nothing attributes the event, the rule that decided).
    """
    token = head
    for _ in range(MAX_CLIMB):
        according = _according_to(token)
        if according is not None:
            return actor_for(doc, according), "claimed", "claims:according-to"
        if token.i != head.i and token.pos_ in ("VERB", "AUX"):
            standing = cues.standing(token.lemma_.lower())
            if standing is not None:
                speaker = _speaker(token)
                return actor_for(doc, speaker), standing, f"claims:reporting-verb:{token.lemma_.lower()}"
        if token.head.i == token.i:
            break
        token = token.head
    if any(c.lower_ in cues.hedges for c in head.children) or any(c.lower_ in cues.hedges for c in head.head.children):
        return None, "claimed", "claims:hedge"
    return None, None, ""


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


@Language.factory(
    "tidings_attribution",
    assigns=["doc._.events"],
    requires=["doc._.events", "doc._.actors"],
    default_config={"cues_path": str(DEFAULT_CUES)},
)
def make_attribution(nlp: Language, name: str, cues_path: str) -> Attribution:
    """Factory of the ``tidings_attribution`` component."""
    return Attribution(Path(cues_path))
