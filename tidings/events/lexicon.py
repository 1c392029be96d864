"""The trigger lexicon: which words signal which PLOVER event (``data/events/triggers.yaml``).

A rule maps verb and noun lemmas to an event type, mode, CAMEO code and ACLED type. Keys
of more than one word name a head lemma plus a dependent: "push back" is the verb "push"
with the particle "back"; "air strike" is the noun "strike" with the modifier "air".
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, Field, field_validator, model_validator
from spacy.tokens import Token

from ..datafiles import read_yaml
from .modality import names_its_object

__all__ = ["DEFAULT_LEXICON", "PLOVER_TYPES", "VERBAL_TYPES", "ArgumentClass", "Lexicon", "TriggerRule", "load_lexicon"]

DEFAULT_LEXICON = Path(__file__).resolve().parent.parent / "data" / "events" / "triggers.yaml"

PLOVER_TYPES = (
    "agree", "consult", "support", "concede", "cooperate", "aid", "retreat", "request",
    "accuse", "reject", "threaten", "protest", "sanction", "mobilize", "coerce", "assault",
)

# The types PLOVER files under verbal cooperation and verbal conflict (its quad categories):
# statements, which report what others do.
VERBAL_TYPES = frozenset({"agree", "consult", "support", "concede", "request", "accuse", "reject", "threaten"})


def _plover_type(value: str) -> str:
    if value not in PLOVER_TYPES:
        raise ValueError(f"unknown PLOVER type {value!r}")
    return value


class ArgumentClass(BaseModel):
    """What an argument of a trigger may be (``argument_classes`` in the lexicon): an actor of
    one of these sectors, countries ("IGO") or kinds ("state"), a word with one of these
    lemmas (or an "of" phrase of one: "thousands of protesters"), or a place name."""

    sectors: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    place: bool = False


class TriggerRule(BaseModel):
    """One lexicon rule. id: "family.name", used in provenance as ``rule:plover.<id>``."""

    id: str = ""
    type: str
    mode: Optional[str] = None
    cameo: Optional[str] = None
    acled: Optional[tuple[str, str]] = None
    verbs: list[str] = Field(default_factory=list)
    nouns: list[str] = Field(default_factory=list)
    confidence: float = Field(0.5, ge=0.0, le=1.0)
    object: Literal["recipient", "theme"] = Field(
        "recipient", description='"theme": the direct object is the thing moved ("sent weapons"), not an actor.'
    )
    opponent_preps: frozenset[str] = Field(
        frozenset(), description='prepositions naming the other side where the type\'s own name none: "clashed with police".'
    )
    of_phrase: Optional[Literal["doer", "target"]] = Field(
        None, description='who a noun trigger\'s of-phrase names, where its type does not settle it ("the release of X": target).'
    )
    subject: Literal["doer", "undergoer", "recipient"] = Field(
        "doer",
        description='"undergoer": the subject suffers the event its key names ("civilians died in the attack"); '
        '"recipient": the subject receives it, from the doer its from/by phrase names ("received weapons from Iran").',
    )

    joint: Optional[str] = Field(
        None, description='the rule of the act done together: "French and Egyptian warships held war games" '
        '(several doers, or a partner "with X") is a joint exercise, "cooperate.military".'
    )

    no_object: bool = Field(
        False, description='the verb is this event only without a direct object: "thousands demonstrated" '
        '(not "the statement demonstrates a lack of understanding", "rallied support").',
    )
    requires: list[dict[Literal["doer", "object"], str]] = Field(
        default_factory=list,
        description='argument classes the doer / the object must belong to, one set or a list of alternatives: '
        '"left Iraq" is a retreat when troops leave a place.',
    )

    _known_type = field_validator("type")(_plover_type)

    @field_validator("requires", mode="before")
    @classmethod
    def _alternatives(cls, value: object) -> object:
        return [value] if isinstance(value, dict) else value

    @field_validator("verbs", "nouns")
    @classmethod
    def _normalise(cls, values: list[str]) -> list[str]:
        return [" ".join(v.lower().split()) for v in values]


class StatedRule(BaseModel):
    """What stating an action in the future or the negative is: the type and CAMEO it is coded as."""

    type: str
    cameo: Optional[str] = None

    _known_type = field_validator("type")(_plover_type)


class LexiconFile(BaseModel):
    version: str
    rules: dict[str, TriggerRule]
    argument_classes: dict[str, ArgumentClass] = Field(default_factory=dict)
    non_agents: list[str] = Field(default_factory=list)
    animals: list[str] = Field(default_factory=list)
    non_events: list[str] = Field(default_factory=list)
    light_verbs: list[str] = Field(default_factory=list)
    not_light_verbs: list[str] = Field(default_factory=list)
    receiving_verbs: list[str] = Field(default_factory=list)
    answering_verbs: list[str] = Field(default_factory=list)
    suffering_verbs: list[str] = Field(default_factory=list)
    accident_verbs: list[str] = Field(default_factory=list)
    no_model_anchors: list[str] = Field(default_factory=list)
    recipient_preps: dict[str, list[str]] = Field(default_factory=dict)
    min_confidence_without_actors: float = Field(0.0, ge=0.0, le=1.0)
    stated: dict[Literal["future", "negated", "conditional", "obligation"], dict[str, StatedRule]] = Field(default_factory=dict)
    obliged_action: Optional[TriggerRule] = None

    @field_validator("stated")
    @classmethod
    def _known_types(cls, value: dict[str, dict[str, StatedRule]]) -> dict[str, dict[str, StatedRule]]:
        unknown = sorted({t for by_type in value.values() for t in by_type} - set(PLOVER_TYPES))
        if unknown:
            raise ValueError(f"unknown PLOVER types in stated: {unknown}")
        return value

    @model_validator(mode="after")
    def _known_classes(self) -> "LexiconFile":
        named = {c for rule in self.rules.values() for needs in rule.requires for c in needs.values()}
        unknown = sorted(named - set(self.argument_classes))
        if unknown:
            raise ValueError(f"unknown argument classes in requires: {unknown}")
        joint = sorted({rule.joint for rule in self.rules.values() if rule.joint} - set(self.rules))
        if joint:
            raise ValueError(f"unknown rules in joint: {joint}")
        return self


class Lexicon:
    """Lookup of trigger rules by lemma key, built from a validated lexicon file.

    verbs/nouns (dict[str, TriggerRule]): lemma key -> rule. When two rules list the same
    key, the first in the file wins. argument_classes: what a rule's ``requires`` names (a
    rule whose doer or object is not of its class does not fire). non_agents: lemmas
    (storms, viruses) that cannot be the doer or the target of an event. animals: lemmas
    whose assault is no event ("killed three elephants"). non_events: keys
    whose other words make the trigger no event: a noun's modifier ("press release" is no
    release) or the noun its "of" phrase hangs on ("prisoners of war"), a verb's object
    ("released a statement"). light_verbs / not_light_verbs: verbs whose subject is (or is
    not) the doer of their noun object's event (see ``is_light_verb``). receiving_verbs:
    verbs whose subject is the target of their noun object's event ("received aid from X").
    answering_verbs: verbs whose subject was the target of the request, accusation or threat
    it answers ("rejected the UN's appeal"). suffering_verbs: verbs whose subject suffers what
    happened ("died"): a classifier-only event on one names no doer. accident_verbs: verbs
    of what befalls a thing ("the crane collapsed"): a participle on one ("..., killing 107")
    tells an accident, which nobody did. no_model_anchors: verbs of saying, having or going on
    which the classifier adds no event of its own.
    min_confidence_without_actors: the rule confidence an event needs to be kept when the
    parse gives it no actor at all. stated: how the
    action is stated (``ModalReading.stated``) -> event type -> how stating such an action
    is coded ("will send aid" is also an agree event, "did not accept" a reject event,
    "will withdraw unless" a threaten event, "Y must withdraw" a request event).
    obliged_action: the rule of a demand stated as an obligation whose action is no trigger
    ("the EU says an intervention must be avoided"), None for none.
    """

    def __init__(self, data: LexiconFile) -> None:
        self.version = data.version
        self.rules = [rule.model_copy(update={"id": rule_id}) for rule_id, rule in data.rules.items()]
        self.by_id = {rule.id: rule for rule in self.rules}
        self.argument_classes = data.argument_classes
        self.non_agents = frozenset(data.non_agents)
        self.animals = frozenset(data.animals)
        self.non_events = frozenset(" ".join(key.lower().split()) for key in data.non_events)
        self.light_verbs = frozenset(data.light_verbs)
        self.not_light_verbs = frozenset(data.not_light_verbs)
        self.receiving_verbs = frozenset(data.receiving_verbs)
        self.answering_verbs = frozenset(data.answering_verbs)
        self.suffering_verbs = frozenset(data.suffering_verbs)
        self.accident_verbs = frozenset(data.accident_verbs)
        self.no_model_anchors = frozenset(data.no_model_anchors)
        self.min_confidence_without_actors = data.min_confidence_without_actors
        self.stated = data.stated
        self.obliged_action = data.obliged_action.model_copy(update={"id": "stated.obliged"}) if data.obliged_action else None
        self._recipient_preps = {key: frozenset(preps) for key, preps in data.recipient_preps.items()}
        self.verbs: dict[str, TriggerRule] = {}
        self.nouns: dict[str, TriggerRule] = {}
        for rule in self.rules:
            for key in rule.verbs:
                self.verbs.setdefault(key, rule)
            for key in rule.nouns:
                self.nouns.setdefault(key, rule)
        # Verbs that are events whatever their arguments; "joined the talks" is no joining event,
        # and "join" carries the talks' doer.
        self._trigger_verbs = frozenset(key for key, rule in self.verbs.items() if not rule.requires)

    def is_light_verb(self, token: Token) -> bool:
        """Whether a verb's subject is the doer of its noun object's event: a listed light verb
        ("carried out airstrikes"), or any verb that is neither an event trigger itself
        ("condemned the attack"; a verb that is one only with certain arguments, "joined the
        talks", counts as none) nor a verb relating two events ("followed the attack"). A verb
        that says what its object is ("called the stabbing an act of barbarity") does not do it."""
        if names_its_object(token):
            return False
        lemma = token.lemma_.lower()
        if lemma in self.light_verbs:
            return True
        return lemma not in self.not_light_verbs and lemma not in self._trigger_verbs

    def recipient_preps(self, event_type: str) -> frozenset[str]:
        """The prepositions that introduce the target of an event of this type."""
        return self._recipient_preps.get(event_type) or self._recipient_preps.get("default", frozenset())


@lru_cache(maxsize=8)
def load_lexicon(path: Path = DEFAULT_LEXICON) -> Lexicon:
    """Read and validate a trigger lexicon. RETURNS (Lexicon). Raises DataError if invalid."""
    return Lexicon(read_yaml(path, LexiconFile.model_validate, "trigger lexicon"))
