"""The ACLED coder: the codebook's sub-event criteria, read from ``data/events/acled.yaml``.

A sentence is coded by the first rule, in the codebook's order of precedence, whose cue
words are in it together with the contexts the rule needs ("tear gas" with a protest:
protest with intervention; "capture" with an armed group and a town: a non-state actor
overtakes territory). Cues match token lemmas or lower-case forms, longest phrase first,
so "riot police" is no riot. Every rule that holds is also a feature of the event
classifier, which decides where the rules are silent. The event component codes each
paragraph this way (one incident, its most specific reading), and a trigger the label does
not fit on the cues of its own clause, read in its sentence's contexts (``focus``).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator
from spacy.tokens import Span, Token

from ..datafiles import read_yaml

__all__ = ["DEFAULT_ACLED", "AcledCoder", "AcledMatch", "Found", "load_acled"]

DEFAULT_ACLED = Path(__file__).resolve().parent.parent / "data" / "events" / "acled.yaml"

# Tokens a cue phrase reads through ("claimed the responsibility", "hand-grenade"), the
# articles a cue may be written with ("claim the attack"), and entity labels whose words are
# never cues ("March" is a month, not a march).
SKIPPED_POS = frozenset({"DET", "PUNCT", "SPACE"})
ARTICLES = frozenset({"a", "an", "the"})
NOT_CUES = frozenset({"DATE", "TIME"})


class AcledRule(BaseModel):
    """One coding rule: a CASE label, its cue phrases, and the contexts it needs (``with``)
    or excludes (``unless``) in the same span."""

    model_config = ConfigDict(populate_by_name=True)

    label: str
    cues: list[str]
    needs: list[str] = Field(default_factory=list, alias="with")
    unless: list[str] = Field(default_factory=list)


class ActorRule(BaseModel):
    """A label the codebook tells apart from another by who acts (actor1) and who is hit
    (actor2): an event with ``label`` whose actors have the sectors listed takes ``becomes``."""

    label: str
    actor1: list[str] = Field(default_factory=list)
    actor2: list[str] = Field(default_factory=list)
    becomes: str

    def holds(self, sector1: Optional[str], sector2: Optional[str]) -> bool:
        """Whether the actors' sectors are those listed (a side with no list is not looked at)."""
        return (not self.actor1 or sector1 in self.actor1) and (not self.actor2 or sector2 in self.actor2)


class AcledFile(BaseModel):
    """The coder's data file: neutral phrases, named contexts, rules in order of precedence,
    and the labels told apart by the actors."""

    version: str
    neutral: list[str] = Field(default_factory=list)
    contexts: dict[str, list[str]]
    rules: list[AcledRule]
    actors: list[ActorRule] = Field(default_factory=list)

    @model_validator(mode="after")
    def _known_contexts(self) -> AcledFile:
        for i, rule in enumerate(self.rules):
            unknown = sorted(set(rule.needs + rule.unless) - set(self.contexts))
            if unknown:
                raise ValueError(f"rules.{i} ({rule.label}) names unknown contexts {unknown}")
        return self


@dataclass(frozen=True)
class AcledMatch:
    """What the coder found in a sentence. holding: the labels of the rules that hold, in
    order of precedence, each once; rule: the index of the first rule that holds; cue: its
    cue as written in the text."""

    holding: tuple[str, ...] = ()
    rule: Optional[int] = None
    cue: str = ""

    @property
    def label(self) -> Optional[str]:
        """The sentence's label (None: no rule holds)."""
        return self.holding[0] if self.holding else None


@dataclass
class Phrase:
    """A cue phrase (lower-case words) and what it is: a cue of rules (their indices) and a
    word of contexts (their names); neither for a neutral phrase."""

    words: tuple[str, ...]
    rules: set[int] = field(default_factory=set)
    contexts: set[str] = field(default_factory=set)


# A phrase found in a text: its first token's index, the phrase, its text.
Found = tuple[int, Phrase, str]


class AcledCoder:
    """Codes a sentence (any span) with the CASE label of the first rule that holds."""

    def __init__(self, data: AcledFile) -> None:
        self.version = data.version
        self.rules = data.rules
        self.actor_rules = data.actors
        phrases: dict[tuple[str, ...], Phrase] = {}
        for words in map(_words, data.neutral):
            phrases.setdefault(words, Phrase(words))
        for name, cues in data.contexts.items():
            for words in map(_words, cues):
                phrases.setdefault(words, Phrase(words)).contexts.add(name)
        for i, rule in enumerate(data.rules):
            for words in map(_words, rule.cues):
                phrases.setdefault(words, Phrase(words)).rules.add(i)
        # first word -> its phrases, longest first
        self._by_first: dict[str, list[Phrase]] = {}
        for phrase in sorted(phrases.values(), key=lambda p: -len(p.words)):
            self._by_first.setdefault(phrase.words[0], []).append(phrase)

    @property
    def labels(self) -> list[str]:
        """Every label a rule can give, each once, in order of first rule."""
        return list(dict.fromkeys([rule.label for rule in self.rules] + [rule.becomes for rule in self.actor_rules]))

    def by_actors(self, label: str, sector1: Optional[str], sector2: Optional[str]) -> Optional[str]:
        """The label an event with ``label`` takes given its actors' sectors (None: it keeps its own)."""
        return next((r.becomes for r in self.actor_rules if r.label == label and r.holds(sector1, sector2)), None)

    def __call__(self, span: Span, focus: Optional[Container[int]] = None) -> AcledMatch:
        """Code a span (a sentence, a paragraph). focus: the token indices whose cues count
        (contexts are read on the whole span: one clause coded in its sentence's setting);
        None: all. RETURNS (AcledMatch)."""
        return self.code(self.scan(span), focus)

    def scan(self, span: Span) -> list[Found]:
        """The phrases in a span, to code it (and its parts) without reading it again."""
        return list(self._phrases(span))

    def code(self, found: Iterable[Found], focus: Optional[Container[int]] = None) -> AcledMatch:
        """Code the phrases ``scan`` found (see ``__call__``). RETURNS (AcledMatch)."""
        contexts: set[str] = set()
        cued: dict[int, str] = {}  # rule -> its first cue's text
        for start, phrase, text in found:
            contexts |= phrase.contexts
            if focus is not None and start not in focus:
                continue
            for i in phrase.rules:
                cued.setdefault(i, text)
        holding = [
            i
            for i, rule in enumerate(self.rules)
            if i in cued and contexts.issuperset(rule.needs) and contexts.isdisjoint(rule.unless)
        ]
        if not holding:
            return AcledMatch()
        labels = tuple(dict.fromkeys(self.rules[i].label for i in holding))
        return AcledMatch(labels, holding[0], cued[holding[0]])

    def _phrases(self, span: Span) -> Iterator[Found]:
        """The phrases in a span (first token's index, phrase, text), left to right, longest
        first, each token used once."""
        tokens = [t for t in span if t.pos_ not in SKIPPED_POS and not t.is_punct and t.ent_type_ not in NOT_CUES]
        forms = [_forms(t) for t in tokens]
        i = 0
        while i < len(tokens):
            found = self._longest(forms, i)
            if found is None:
                i += 1
                continue
            end = i + len(found.words)
            yield tokens[i].i, found, span.doc[tokens[i].i : tokens[end - 1].i + 1].text
            i = end

    def _longest(self, forms: list[tuple[str, ...]], start: int) -> Optional[Phrase]:
        """The longest phrase starting at token ``start`` (any of its forms), if any."""
        best: Optional[Phrase] = None
        for form in forms[start]:
            for phrase in self._by_first.get(form, ()):
                n = len(phrase.words)
                if (best is None or n > len(best.words)) and start + n <= len(forms) and all(
                    w in forms[start + k] for k, w in enumerate(phrase.words[1:], 1)
                ):
                    best = phrase
                    break  # phrases are sorted longest first
        return best


def _words(phrase: str) -> tuple[str, ...]:
    """A cue phrase as lower-case words, less the articles the text is read without;
    hyphens split ("hand-grenade": hand, grenade)."""
    return tuple(w for w in phrase.lower().replace("-", " ").split() if w not in ARTICLES)


def _forms(token: Token) -> tuple[str, ...]:
    """The forms a cue word can match, in this order (the first form's phrase wins a tie):
    lemma, lower case, and lower case less a plural s (the tagger leaves "IEDs" as a proper
    noun)."""
    lower = token.lower_
    return tuple(dict.fromkeys((token.lemma_.lower(), lower, lower[:-1] if lower.endswith("s") else lower)))


@lru_cache(maxsize=4)
def load_acled(path: Path = DEFAULT_ACLED) -> AcledCoder:
    """Read and validate the ACLED coding rules. RETURNS (AcledCoder). Raises DataError if invalid."""
    return AcledCoder(read_yaml(path, AcledFile.model_validate, "ACLED coding rules"))

