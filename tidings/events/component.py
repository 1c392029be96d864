"""The ``tidings_events`` component: triggers + roles + modality -> ``doc._.events``."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import EventMention, register_extensions
from .lexicon import DEFAULT_LEXICON, load_lexicon
from .modality import DEFAULT_MODALITY, event_modality, load_modality
from .roles import find_roles
from .triggers import find_triggers

__all__ = ["EventFinder"]

# Confidence added when the parse gives the event its actors.
ACTOR1_BONUS = 0.15
ACTOR2_BONUS = 0.1


class EventFinder:
    """Finds events: a trigger from the lexicon, actors from the parse, modality from the wording.

    lexicon_path / modality_path (Path): the data files (defaults: the bundled ones).
    """

    def __init__(self, lexicon_path: Path = DEFAULT_LEXICON, modality_path: Path = DEFAULT_MODALITY) -> None:
        register_extensions()
        self.lexicon = load_lexicon(Path(lexicon_path))
        self.modality = load_modality(Path(modality_path))

    def __call__(self, doc: Doc) -> Doc:
        events: list[EventMention] = []
        for match in find_triggers(doc, self.lexicon):
            roles = find_roles(match, self.lexicon)
            if roles is None:
                continue
            if not roles.actor1 and not roles.actor2 and match.rule.confidence < self.lexicon.min_confidence_without_actors:
                continue
            status, status_rule = event_modality(match.head, self.modality)
            rule = match.rule
            for actor1 in roles.actor1 or [None]:
                for actor2 in roles.actor2 or [None]:
                    confidence = rule.confidence + ACTOR1_BONUS * (actor1 is not None) + ACTOR2_BONUS * (actor2 is not None)
                    parts = {"type": f"lexicon:{match.key}", "actors": f"roles:{roles.rule}"}
                    if status_rule:
                        parts["status"] = status_rule
                    events.append(
                        EventMention(
                            trigger=match.span,
                            event_type=rule.type,
                            mode=rule.mode,
                            cameo=rule.cameo,
                            acled_event_type=rule.acled[0] if rule.acled else None,
                            acled_sub_event_type=rule.acled[1] if rule.acled else None,
                            actor1=actor1,
                            actor2=actor2,
                            status=status or "asserted",
                            confidence=round(min(confidence, 0.99), 3),
                            method=f"rule:plover.{rule.id}",
                            parts=parts,
                        )
                    )
        doc._.events = events
        return doc


@Language.factory(
    "tidings_events",
    assigns=["doc._.events"],
    requires=["token.dep", "token.lemma", "doc._.actors"],
    default_config={"lexicon_path": str(DEFAULT_LEXICON), "modality_path": str(DEFAULT_MODALITY)},
)
def make_event_finder(nlp: Language, name: str, lexicon_path: str, modality_path: str) -> EventFinder:
    """Factory of the ``tidings_events`` component."""
    return EventFinder(Path(lexicon_path), Path(modality_path))
