"""The ``tidings_events`` component: triggers + roles + modality + classifier -> ``doc._.events``.

A hybrid coder. The lexicon finds triggers and the parse gives their actors, as rules that
explain themselves; the trained classifier (``tidings.events.classifier``) reads each
sentence and decides where the rules are unsure or silent:

- a sentence's main trigger (the one nearest the root) takes the model's type when the
  model is confident, the trigger's lexeme is weak and no other trigger of the sentence has
  that type (then the model is reading that trigger: "its demand that Israel ease
  restrictions" stays a request); otherwise the rule's type stays, and the model agreeing
  raises the confidence;
- the main trigger's CAMEO code follows the model's PentaClass when they disagree;
- a sentence's ACLED label comes from the ACLED coder (``tidings.events.acled``: the
  codebook's criteria) on its paragraph where one of its rules holds (a paragraph reports
  one incident, read in the codebook's order of precedence), else from the model when it
  is sure; every trigger of the sentence whose type fits the label takes it, and the
  label's agreeing raises its confidence (including the non-ACLED kinds, "Natural
  disaster"); a trigger it does not fit is coded on its own clause (a second incident:
  "agreed a ceasefire despite air strikes"), and a statement with no ACLED type of its own
  takes the incident it reports ("accused the troops of rape"); the labels the codebook
  tells apart by who acts are then read on each event's actors;
- a sentence where no rule fires but the model is confident gets an event on its main verb,
  unless the ACLED coder finds a disaster there (a kind PLOVER does not code) that no actor did.

The sentence's main trigger gets the most confidence: a trigger inside another trigger's
clause is its content ("agreed to share", "blocked roads to press demands"), and any other is
background. An action stated in the future or the negative also gives the statement's own
event, as the lexicon's ``stated`` table says ("will send aid": agree; "will not accept":
reject).

``ev.parts["type"]`` and ``ev.method`` say which decided (``model:plover-clf@0.1.0``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from itertools import cycle
from pathlib import Path
from typing import Optional

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..annotations import ActorMention, EventMention, register_extensions
from ..errors import DataError
from .acled import DEFAULT_ACLED, AcledCoder, AcledMatch, Found, load_acled
from .classifier import DEFAULT_CLASSIFIER, AcledLabel, Classifier, Coding, load_classifier, load_coding, sentence_features
from .lexicon import DEFAULT_LEXICON, VERBAL_TYPES, TriggerRule, load_lexicon
from .modality import DEFAULT_MODALITY, event_modality, load_modality
from .roles import Roles, befallen, demand_roles, done_jointly, find_roles
from .triggers import TriggerMatch, find_triggers, is_no_event

__all__ = ["EventFinder"]

# Confidence added when the parse gives the event its actors.
ACTOR1_BONUS = 0.15
ACTOR2_BONUS = 0.1
# Confidence added to a rule event, times the model's probability of the rule's type.
AGREEMENT_BONUS = 0.2
# A model-only event is less sure than the model's probability says: no lexeme backs it.
MODEL_ONLY_FACTOR = 0.8
# Confidence factor of an event whose trigger sits inside another trigger's clause: it is
# that event's content or purpose ("agreed to share", "blocked roads to press demands"),
# and the governing event is the one the sentence reports.
EMBEDDED_FACTOR = 0.8
# Confidence factor of any other event beside the sentence's main one (the trigger nearest
# the root): background in a subordinate clause ("one day after a jet shot down a helicopter").
SIDE_FACTOR = 0.9
# Confidence factor of an event told as background beside the sentence's main one: in a
# relative clause it describes a participant ("must return a helicopter that was captured
# last week"), in a time clause it sets the scene ("announced a suspension of air links one
# day after a jet shot down a helicopter").
BACKGROUND_FACTOR = 0.6
# The words that open a time clause.
TIME_MARKS = frozenset({"after", "before", "since", "until", "following", "once"})
# Parts of speech a model-only event can be anchored on.
ANCHOR_POS = frozenset({"VERB", "NOUN"})


@dataclass
class Reading:
    """The classifier's view of one sentence: head -> (labels, probabilities)."""

    labels: dict[str, list[str]]
    probs: dict[str, np.ndarray]

    def top(self, head: str) -> tuple[str, float]:
        """The most probable label of a head and its probability."""
        best = int(self.probs[head].argmax())
        return self.labels[head][best], float(self.probs[head][best])

    def prob(self, head: str, label: str) -> float:
        """The probability of one label (0 when the head does not know it)."""
        labels = self.labels[head]
        return float(self.probs[head][labels.index(label)]) if label in labels else 0.0

    def mode(self, event_type: str) -> Optional[str]:
        """The most probable mode within a type (None: no mode)."""
        prefix = f"{event_type}:"
        scored = [(p, label) for label, p in zip(self.labels["mode"], self.probs["mode"]) if label.startswith(prefix)]
        if not scored:
            return None
        return max(scored)[1][len(prefix) :] or None


@dataclass(frozen=True)
class SentenceLabel:
    """A sentence's ACLED label, who gave it (provenance: the coder's rule or the model),
    the model's probability of it (1.0 without a model), and whether the coder found it."""

    label: AcledLabel
    source: str
    prob: float
    coder: bool = False


@dataclass
class Coded:
    """The coding of one trigger: what the rule or the model decided, and which did."""

    event_type: str
    mode: Optional[str]
    cameo: Optional[str]
    acled: Optional[tuple[Optional[str], str]]
    confidence: float
    method: str
    parts: dict[str, str] = field(default_factory=dict)


class EventFinder:
    """Finds events: triggers from the lexicon, actors from the parse, modality from the
    wording, type/mode/CAMEO/ACLED settled with the classifier.

    lexicon_path / modality_path / acled_path (Path): the data files; classifier_path (Path):
    the classifier folder (weights + ``coding.yaml``). Defaults: the bundled ones.
    """

    def __init__(
        self,
        lexicon_path: Path = DEFAULT_LEXICON,
        modality_path: Path = DEFAULT_MODALITY,
        classifier_path: Path = DEFAULT_CLASSIFIER,
        acled_path: Path = DEFAULT_ACLED,
    ) -> None:
        register_extensions()
        self.lexicon = load_lexicon(Path(lexicon_path))
        self.modality = load_modality(Path(modality_path))
        self.acled: AcledCoder = load_acled(Path(acled_path))
        self.coding: Coding = load_coding(Path(classifier_path) / "coding.yaml")
        self._acled_keys = {label.sub_event_type: key for key, label in self.coding.acled.items()}
        unknown = sorted(set(self.acled.labels) - set(self.coding.acled))
        if unknown:
            raise DataError(f"Invalid ACLED coding rules {acled_path}: unknown labels {unknown}.",
                            "Use the labels of the classifier's coding.yaml.")  # fmt: skip
        # Without weights (before the first ``tidings train events``) the rules decide alone.
        self.classifier: Optional[Classifier] = (
            load_classifier(Path(classifier_path)) if (Path(classifier_path) / "model.json").is_file() else None
        )

    @property
    def model_tag(self) -> str:
        """The classifier's name in provenance: ``model:plover-clf@VERSION``."""
        return f"model:{self.classifier.name}@{self.classifier.version}" if self.classifier else "model:none"

    def __call__(self, doc: Doc) -> Doc:
        by_sentence: dict[int, list[TriggerMatch]] = defaultdict(list)
        for match in find_triggers(doc, self.lexicon):
            by_sentence[match.span.sent.start].append(match)
        sentences = list(doc.sents)
        found = [self.acled.scan(s) for s in sentences]
        coded = [self.acled.code(f) for f in found]
        readings = self.read(sentences, by_sentence, coded)
        # A paragraph reports one incident: its label is the first rule in precedence that holds
        # anywhere in it ("a grenade was thrown ... gunfire ensued": a grenade attack).
        by_paragraph: dict[int, AcledMatch] = {}
        for paragraph in _paragraphs(sentences):
            incident = self.acled.code(p for i in paragraph for p in found[i])
            by_paragraph.update(dict.fromkeys((sentences[i].start for i in paragraph), incident))
        events: list[EventMention] = []
        for sentence, phrases, reading, acled in zip(sentences, found, readings, coded):
            matches = by_sentence.get(sentence.start, [])
            by_depth = sorted(matches, key=lambda m: _depth(m.head))
            main = by_depth[0] if by_depth else None
            incident = by_paragraph[sentence.start]
            label = self.sentence_label(reading, incident if incident.label else acled)
            labels = self.trigger_labels(phrases, matches, label)
            heads = {m.head.i for m in matches}
            governors = {m.head.i: _governor(m.head, heads) for m in matches}
            rule_events = [e for m, own in zip(matches, labels)
                           for e in self._rule_events(m, reading, m is main, own, governors[m.head.i] is not None,
                                                      frozenset(o.rule.type for o in matches if o is not m))]  # fmt: skip
            _below_governors(rule_events, governors, {m.head.i: m.part.i for m in matches if m.part is not None})
            if not rule_events:
                rule_events = self._model_events(sentence, reading, acled)
                rule_events += self._obligation_events(sentence, {e.trigger.root.i for e in rule_events})
            events.extend(rule_events)
        doc._.events = events
        return doc

    def read(self, sentences: list[Span], by_sentence: dict[int, list[TriggerMatch]],
             coded: list[AcledMatch]) -> list[Optional[Reading]]:  # fmt: skip
        """The classifier's reading of each sentence (one numpy pass for the whole doc).
        coded: the ACLED coder's match on each sentence, a feature of the model."""
        if self.classifier is None:
            return [None] * len(sentences)
        rows = [sentence_features(s, [m.rule.id for m in by_sentence.get(s.start, [])], c) for s, c in zip(sentences, coded)]
        probs = self.classifier.predict(rows)
        return [Reading(self.classifier.labels, {h: p[i] for h, p in probs.items()}) for i in range(len(rows))]

    def code(self, rule: TriggerRule, key: str, reading: Optional[Reading], main: bool,
             label: Optional[SentenceLabel] = None, others: frozenset[str] = frozenset()) -> Coded:  # fmt: skip
        """Settle a trigger's type, mode, CAMEO and ACLED between its rule and the model.
        main: the sentence's main trigger, which takes the model's CAMEO PentaClass;
        label: the sentence's ACLED label when this trigger takes it (the triggers whose
        type fits it, see ``_labelled``). others: the types of the sentence's other triggers; the model's reading of
        the sentence does not replace the main trigger's type with one of them ("reiterated
        its demand that Israel ease restrictions" is a request whose content is a concession)."""
        coded = self._code_type(rule, key, reading, main, others)
        if label is not None:
            self._code_acled(coded, label)
            if label.label.fits(coded.event_type):  # the sentence reads as this event
                coded.confidence += AGREEMENT_BONUS * label.prob
        return coded

    def _code_type(self, rule: TriggerRule, key: str, reading: Optional[Reading], main: bool,
                   others: frozenset[str]) -> Coded:  # fmt: skip
        """Type, mode and CAMEO of a trigger, between its rule and the model (see ``code``)."""
        if reading is None:
            return Coded(rule.type, rule.mode, rule.cameo, rule.acled, rule.confidence, f"rule:plover.{rule.id}",
                         {"type": f"lexicon:{key}"})  # fmt: skip
        decide = self.coding.decide
        top, p_top = reading.top("type")
        if (main and top != rule.type and top not in others and p_top >= decide["override_type"]
                and rule.confidence <= decide["weak_rule"]):  # fmt: skip
            coded = Coded(top, reading.mode(top), None, None, p_top, self.model_tag,
                          {"type": f"{self.model_tag} (over lexicon:{key})"})  # fmt: skip
        else:
            confidence = rule.confidence + AGREEMENT_BONUS * reading.prob("type", rule.type)
            coded = Coded(rule.type, rule.mode, rule.cameo, rule.acled, confidence, f"rule:plover.{rule.id}",
                          {"type": f"lexicon:{key}"})  # fmt: skip
        if main:
            self._code_penta(coded, reading)
        return coded

    def _code_penta(self, coded: Coded, reading: Reading) -> None:
        """CAMEO from the PentaClass head, where the model is sure or the rule has none."""
        decide = self.coding.decide
        penta, p_penta = reading.top("penta")
        own = self.coding.penta_of(coded.cameo)
        if coded.cameo is None or (own != int(penta) and p_penta >= decide["penta"]):
            target = int(penta) if p_penta >= decide["penta"] else self.coding.type_penta(coded.event_type)
            coded.cameo = self.coding.cameo_for(coded.event_type, target)
            coded.parts["cameo"] = self.model_tag

    def _code_acled(self, coded: Coded, label: SentenceLabel) -> None:
        """The sentence's ACLED label in place of the rule's."""
        if coded.acled is None or coded.acled[1] != label.label.sub_event_type:
            coded.acled = (label.label.event_type, label.label.sub_event_type)
            coded.parts["acled"] = label.source

    def sentence_label(self, reading: Optional[Reading], acled: AcledMatch) -> Optional[SentenceLabel]:
        """The sentence's ACLED label: the coder's where one of its rules holds (the
        codebook's criteria are met: sure), else the model's where it is probable enough.
        RETURNS (SentenceLabel or None)."""
        if acled.label is not None:
            return self._coder_label(acled)
        if reading is None:
            return None
        top, p_top = reading.top("acled")
        return SentenceLabel(self.coding.acled[top], self.model_tag, p_top) if p_top >= self.coding.decide["acled"] else None

    def trigger_labels(self, phrases: list[Found], matches: list[TriggerMatch],
                       label: Optional[SentenceLabel]) -> list[Optional[SentenceLabel]]:  # fmt: skip
        """The ACLED label of each of a sentence's triggers (``matches``), given the
        coder's ``phrases`` in it and its ``label``: the triggers it fits take it (see ``_labelled``); one it does
        not fit is coded on its own clause (its words less the other triggers' clauses, in
        the sentence's contexts), so that a second incident keeps its own label ("agreed a
        ceasefire despite air strikes"); else, a statement (a verbal type) with no ACLED type of
        its own takes the incident the coder found in the sentence, which ACLED codes from the
        report ("accused the troops of rape", "condemned the destruction"). A material act
        takes only a label its type fits ("received missiles from Iran" is no missile attack)."""
        labelled = _labelled(sorted(matches, key=lambda m: _depth(m.head)), label.label if label else None)
        heads = {m.head.i for m in matches}
        reported = label if label is not None and label.coder else None

        def own(match: TriggerMatch) -> Optional[SentenceLabel]:
            statement = match.rule.type in VERBAL_TYPES
            clause = self._clause_label(phrases, _clause(match, heads))
            if clause is not None and (statement or clause.label.fits(match.rule.type)):
                return clause
            return reported if statement and match.rule.acled is None else None

        return [label if m in labelled else own(m) for m in matches]

    def _clause_label(self, phrases: list[Found], clause: set[int]) -> Optional[SentenceLabel]:
        """The coder's label of one clause of a sentence, from the sentence's ``phrases``
        (None: no rule holds there)."""
        own = self.acled.code(phrases, clause)
        return self._coder_label(own) if own.label is not None else None

    def _coder_label(self, acled: AcledMatch) -> SentenceLabel:
        """The ACLED coder's label (sure: the codebook's criteria are met), with its cue."""
        return SentenceLabel(self.coding.acled[acled.label], f"acled:{acled.label} ({acled.cue})", 1.0, coder=True)

    def _rule_events(self, match: TriggerMatch, reading: Optional[Reading], main: bool, label: Optional[SentenceLabel],
                     embedded: bool, others: frozenset[str]) -> list[EventMention]:  # fmt: skip
        roles = find_roles(match, self.lexicon)
        if roles is not None and match.rule.joint and done_jointly(match.head, roles):
            match = replace(match, rule=self.lexicon.by_id[match.rule.joint])  # "held war games with China"
            roles = find_roles(match, self.lexicon)
        if roles is None:
            return []
        if self._too_weak_alone(roles, match.rule):
            return []
        coded = self.code(match.rule, match.key, reading, main, label, others)
        coded.parts["actors"] = f"roles:{roles.rule}"
        return self._events(match.span, roles, coded, embedded, main)

    def _too_weak_alone(self, roles: Roles, rule: TriggerRule) -> bool:
        """Whether an event the parse gives no actor at all is too unsure to keep."""
        return not roles.actor1 and not roles.actor2 and rule.confidence < self.lexicon.min_confidence_without_actors

    def _obligation_events(self, sentence: Span, taken: set[int]) -> list[EventMention]:
        """A demand stated as an obligation on a verb that is no trigger ("the EU says an
        intervention must be avoided"): the lexicon's ``obliged_action`` rule, asker to asked.
        taken: the heads of the sentence's model events, which state their own demand."""
        rule = self.lexicon.obliged_action
        if rule is None:
            return []
        events = []
        for verb in sentence:
            if verb.i in taken or verb.pos_ not in ("VERB", "AUX") or event_modality(verb, self.modality).stated != "obligation":
                continue
            span = sentence.doc[verb.i : verb.i + 1]
            roles = find_roles(TriggerMatch(span, rule, verb.lemma_.lower()), self.lexicon)
            if roles is None:
                continue
            roles = demand_roles(verb, roles)
            if self._too_weak_alone(roles, rule):
                continue  # "what the flag should mean": nobody asks anybody
            parts = {"type": "stated:obligation", "actors": f"roles:{roles.rule}"}
            coded = Coded(rule.type, rule.mode, rule.cameo, None, rule.confidence, f"rule:plover.{rule.id}", parts)
            events += self._mentions(span, roles, coded, "asserted", parts, 1.0)
        return events

    def _model_events(self, sentence: Span, reading: Optional[Reading], acled: AcledMatch) -> list[EventMention]:
        """An event on the sentence's main verb (the verb of what it says, when it says
        something: "[a bomb was placed], stated the minister") when no rule fired and the
        model is sure, or one of the ACLED coder's rules holds ("set up a base"); then its type
        is the model's most probable among those that fit the coder's label."""
        if reading is None:
            return []
        top, p_top = reading.top("type")
        label, p_acled = reading.top("acled")
        anchor = _content_verb(sentence.root)
        cued = label in acled.holding and p_acled >= self.coding.decide["acled_cued"]
        sure = max(p_top, p_acled) >= self.coding.decide["add_event"] or cued or acled.label is not None
        if not sure or anchor.pos_ not in ANCHOR_POS or is_no_event(anchor, self.lexicon):
            return []
        if anchor.lemma_.lower() in self.lexicon.no_model_anchors:
            return []  # "Lam said", "the team had": a word of saying or having tells no event
        if befallen(anchor, self.lexicon):
            return []  # "the bus plunged into a ravine": an accident, which nobody did
        fitting = self.coding.acled[acled.label].plover if acled.label else None
        if fitting and top not in fitting:
            p_top, top = max((reading.prob("type", t), t) for t in fitting)
        suffered = anchor.lemma_.lower() in self.lexicon.suffering_verbs  # "twelve people died"
        rule = TriggerRule(id="model", type=top, subject="undergoer" if suffered else "doer")
        span = sentence.doc[anchor.i : anchor.i + 1]
        roles = find_roles(TriggerMatch(span, rule, anchor.lemma_.lower()), self.lexicon)
        if roles is None:  # the doer is not an actor (an earthquake): the rules' judgement stands
            return []
        if acled.label and fitting is None and not roles.actor1:
            return []  # the codebook finds a disaster, which PLOVER does not code, and nobody did it
        coded = Coded(top, reading.mode(top), None, None, p_top * MODEL_ONLY_FACTOR, self.model_tag,
                      {"type": self.model_tag, "actors": f"roles:{roles.rule}"})  # fmt: skip
        self._code_penta(coded, reading)
        found = self.sentence_label(reading, acled)
        if found is not None:  # a model-only event takes any label: it exists because of the sentence
            self._code_acled(coded, found)
        return self._events(span, roles, coded)

    def _events(self, span: Span, roles: Roles, coded: Coded, embedded: bool = False, main: bool = True) -> list[EventMention]:
        """The events of a trigger. embedded: it sits in another trigger's clause, which
        states it ("vowed to attack"): less sure, and no stated event of its own. main: it is
        the sentence's main trigger; the others are less sure."""
        modal = event_modality(span.root, self.modality)
        status = modal.status or "asserted"
        parts = {**coded.parts, "status": modal.rule} if modal.rule else dict(coded.parts)
        factor = 1.0 if main else BACKGROUND_FACTOR if _in_background_clause(span.root) else EMBEDDED_FACTOR if embedded else SIDE_FACTOR
        rule = self.lexicon.stated.get(modal.stated, {}).get(coded.event_type) if modal.stated and not embedded else None
        if rule is None:
            # An embedded action that is stated ("will provide food aid") is the content of
            # the governing trigger's statement: less sure than that statement.
            stated_by_governor = embedded and modal.stated in self.lexicon.stated
            return self._mentions(span, roles, coded, status, parts, factor * (EMBEDDED_FACTOR if stated_by_governor else 1.0))
        # "Israel will evacuate the settlements": PLOVER codes the announced intent (agree),
        # made now; "Syria will not accept refugees" a refusal (reject); "Russia said Sudan
        # must return the helicopter" Russia's demand. The action itself stays, with its
        # status, as that statement's content.
        stated = replace(coded, event_type=rule.type, mode=None, cameo=rule.cameo, acled=None,
                         method=f"rule:plover.stated.{modal.stated}-{coded.event_type}")  # fmt: skip
        stated_parts = {**coded.parts, "type": f"stated:{modal.stated}-{coded.event_type} ({coded.parts['type']})"}
        actions = self._mentions(span, roles, coded, status, parts, factor * EMBEDDED_FACTOR)
        if modal.stated == "obligation":
            roles = demand_roles(span.root, roles)
            stated_parts["actors"] = f"roles:{roles.rule}"
        statements = self._mentions(span, roles, stated, "asserted", stated_parts, factor)
        for statement, action in zip(statements, cycle(actions)):  # a demand has its own actors
            statement.states = action
        return [*actions, *statements]

    def _mentions(self, span: Span, roles: Roles, coded: Coded, status: str, parts: dict[str, str],
                  factor: float) -> list[EventMention]:  # fmt: skip
        """One event per actor1/actor2 pair, confidence raised by the actors found."""
        events = []
        for actor1 in roles.actor1 or [None]:
            for actor2 in roles.actor2 or [None]:
                confidence = coded.confidence + ACTOR1_BONUS * (actor1 is not None) + ACTOR2_BONUS * (actor2 is not None)
                acled, acled_parts = self._acled_by_actors(coded, actor1, actor2)
                events.append(
                    EventMention(
                        trigger=span,
                        event_type=coded.event_type,
                        mode=coded.mode,
                        cameo=coded.cameo,
                        acled_event_type=acled[0] if acled else None,
                        acled_sub_event_type=acled[1] if acled else None,
                        actor1=actor1,
                        actor2=actor2,
                        status=status,
                        confidence=round(min(confidence, 0.99) * factor, 3),
                        method=coded.method,
                        parts={**parts, **acled_parts},
                    )
                )
        return events

    def _acled_by_actors(self, coded: Coded, actor1: Optional[ActorMention], actor2: Optional[ActorMention],
                         ) -> tuple[Optional[tuple[Optional[str], str]], dict[str, str]]:  # fmt: skip
        """The event's ACLED type given its actors ("rebels retook the town": a non-state
        actor's, not the government's), and the provenance part saying so."""
        key = self._acled_keys.get(coded.acled[1]) if coded.acled else None
        becomes = self.acled.by_actors(key, actor1 and actor1.sector, actor2 and actor2.sector) if key else None
        if becomes is None:
            return coded.acled, {}
        label = self.coding.acled[becomes]
        sectors = "/".join(a.sector or "-" for a in (actor1, actor2) if a is not None)
        source = coded.parts.get("acled", "lexicon")
        return (label.event_type, label.sub_event_type), {"acled": f"{source}; actors {sectors} -> {becomes}"}


def _labelled(by_depth: list[TriggerMatch], label: Optional[AcledLabel]) -> list[TriggerMatch]:
    """The triggers that take the sentence's ACLED label (see ``plover`` in coding.yaml): those
    whose type fits it ("a suicide bomber blew himself up, killing five": the blast and the
    killing), else the main one if it is a statement (a verbal type) whose rule has no ACLED
    type ("received missiles from Iran" is no missile attack)."""
    if label is None or not by_depth:
        return []
    fitting = [m for m in by_depth if label.fits(m.rule.type)]
    if fitting:
        return fitting
    main = by_depth[0]
    return [main] if main.rule.acled is None and main.rule.type in VERBAL_TYPES else []


def _paragraphs(sentences: list[Span]) -> list[range]:
    """A document's paragraphs, as ranges of its sentences: a line break (in the space after
    a sentence's last token or in the next one's first) ends one."""
    starts = [0] + [i for i in range(1, len(sentences))
                    if "\n" in sentences[i - 1][-1].text_with_ws or "\n" in sentences[i][0].text]  # fmt: skip
    return [range(a, b) for a, b in zip(starts, [*starts[1:], len(sentences)])] if sentences else []


def _clause(match: TriggerMatch, heads: set[int]) -> set[int]:
    """The token indices of a trigger's own clause: its words and its head's subtree, less
    the subtrees of the other triggers' heads in it."""
    head = match.head
    inner = [t for t in head.subtree if t.i in heads and t.i != head.i]
    excluded = {d.i for t in inner for d in t.subtree}
    return {t.i for t in head.subtree if t.i not in excluded} | set(range(match.span.start, match.span.end))


def _governor(token: Token, heads: set[int]) -> Optional[int]:
    """The nearest other trigger head that governs a token in the parse, if any (a
    coordinated trigger, "were imprisoned and released", is a sibling, not a governor). A
    that-clause on a light verb is its object's content: "reiterated its demand that Israel
    ease restrictions" (the parse hangs the clause on the verb)."""
    while token.head.i != token.i:
        coordinated, clause = token.dep_ == "conj", token.dep_ == "ccomp"
        token = token.head
        if token.i in heads and not coordinated:
            return token.i
        noun = next((c for c in token.children if c.dep_ == "dobj" and c.i in heads), None) if clause else None
        if noun is not None:
            return noun.i
    return None


def _below_governors(events: list[EventMention], governors: dict[int, Optional[int]], parts: dict[int, int]) -> None:
    """Keep each event less sure than the event whose complement states it: the content of a
    demand, a threat or a promise never outranks the demand ("reiterated its demand that
    Israel ease restrictions"), whatever the model's reading adds to either. An adjunct is
    no content: a purpose ("sent personnel to investigate") or a for-phrase that is not the
    governor's own ("returned to Geneva for talks"; "called for talks" is). governors: each
    trigger head's governor (``_governor``); parts: a trigger head's key preposition, by head."""
    best: dict[int, float] = defaultdict(float)
    for ev in events:
        best[ev.trigger.root.i] = max(best[ev.trigger.root.i], ev.confidence)
    for ev in events:
        governor = governors[ev.trigger.root.i]
        if governor is None or governor not in best:
            continue
        # The words from the trigger up to its governor (none when the governor is a light
        # verb's object, which is no ancestor).
        chain = [t.i for t in (ev.trigger.root, *ev.trigger.root.ancestors)]
        path = [ev.trigger.doc[i] for i in chain[: chain.index(governor)]] if governor in chain else []
        if any(t.dep_ == "advcl" or (t.dep_ == "prep" and t.lower_ == "for" and parts.get(governor) != t.i) for t in path):
            continue
        ev.confidence = min(ev.confidence, round(best[governor] * EMBEDDED_FACTOR, 3))


def _in_background_clause(token: Token) -> bool:
    """Whether a token sits in a relative clause ("the helicopter that was captured") or a
    time clause ("after a jet shot down a helicopter")."""
    return any(
        t.dep_ == "relcl" or (t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in t.children))
        for t in (token, *token.ancestors)
    )


def _depth(token: Token) -> int:
    """Steps from a token up to its sentence root."""
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _content_verb(root: Token) -> Token:
    """The verb of the clause a sentence's main verb says or thinks, if it has one (the
    event is what "stated", "believe" or "reported" report), else the main verb."""
    return next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), root)


@Language.factory(
    "tidings_events",
    assigns=["doc._.events"],
    requires=["token.dep", "token.lemma", "doc._.actors"],
    default_config={
        "lexicon_path": str(DEFAULT_LEXICON),
        "modality_path": str(DEFAULT_MODALITY),
        "classifier_path": str(DEFAULT_CLASSIFIER),
        "acled_path": str(DEFAULT_ACLED),
    },
)
def make_event_finder(nlp: Language, name: str, lexicon_path: str, modality_path: str, classifier_path: str,
                      acled_path: str) -> EventFinder:  # fmt: skip
    """Factory of the ``tidings_events`` component."""
    return EventFinder(Path(lexicon_path), Path(modality_path), Path(classifier_path), Path(acled_path))

