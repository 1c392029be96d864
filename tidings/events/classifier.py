"""The event classifier: a linear model over parse features that types a sentence.

Four softmax heads share one sparse feature space (lemmas, lemma bigrams, verbs with
their objects, the lexicon rules that fired, the ACLED coder's labels that hold):

- ``type``: the PLOVER event type (16);
- ``mode``: "type:mode" (a mode is only read within the type decided);
- ``penta``: the CAMEO PentaClass (0 statement/appeal … 4 material conflict);
- ``acled``: the CASE 2021 / ACLED label (25 ACLED sub-event types + 5 non-ACLED kinds).

The artefact (``data/events/classifier/``) is ``model.json`` (version, labels, feature
vocabulary, training summary) plus ``weights.npz`` (float16). ``tidings train events``
rebuilds it (``tidings.events.train``). Inference is numpy only: one gather and one sum
per document.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

import numpy as np
from pydantic import BaseModel, Field, field_validator
from spacy.tokens import Span

from ..datafiles import read_yaml
from ..errors import DataError
from .acled import AcledMatch
from .lexicon import PLOVER_TYPES

__all__ = [
    "DEFAULT_CLASSIFIER",
    "DEFAULT_CODING",
    "HEADS",
    "AcledLabel",
    "Classifier",
    "Coding",
    "fit_softmax",
    "load_classifier",
    "load_coding",
    "sentence_features",
]

DEFAULT_CLASSIFIER = Path(__file__).resolve().parent.parent / "data" / "events" / "classifier"
DEFAULT_CODING = DEFAULT_CLASSIFIER / "coding.yaml"
HEADS = ("type", "mode", "penta", "acled")

# Entity labels whose words stand for their label: a name says nothing about the event type.
MASKED_ENTS = frozenset(
    {"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
)
# Dependents of a verb that say what it acts on ("fire rocket", "call for talks").
VERB_ARGS = frozenset({"dobj", "nsubjpass", "prt", "prep", "xcomp", "attr", "dative"})
BIAS = "bias"


class AcledLabel(BaseModel):
    """A CASE label: ACLED event type (None for the non-ACLED kinds), sub-event type, and
    the PLOVER types a lexicon event can have and carry it (None: any type)."""

    event_type: Optional[str] = None
    sub_event_type: str
    plover: Optional[list[str]] = None

    @field_validator("plover")
    @classmethod
    def _plover_types(cls, value: Optional[list[str]]) -> Optional[list[str]]:
        unknown = sorted(set(value or ()) - set(PLOVER_TYPES))
        if unknown:
            raise ValueError(f"unknown PLOVER types {unknown}")
        return value

    def fits(self, event_type: str) -> bool:
        """Whether an event of this PLOVER type can carry the label."""
        return self.plover is None or event_type in self.plover


class Penta(BaseModel):
    """CAMEO root -> PentaClass, and the root written for a class without a type-specific one."""

    roots: dict[str, int]
    default_root: dict[int, str]


class Coding(BaseModel):
    """The coding tables (``coding.yaml``): ACLED labels, CAMEO roots, PentaClasses, mode spellings."""

    version: str
    acled: dict[str, AcledLabel]
    cameo_roots: dict[str, list[str]]
    penta: Penta
    mode_aliases: dict[str, str] = Field(default_factory=dict)
    decide: dict[str, float]

    def penta_of(self, cameo: Optional[str]) -> Optional[int]:
        """The PentaClass of a CAMEO code (None when unknown)."""
        return self.penta.roots.get(cameo[:2]) if cameo else None

    def type_penta(self, event_type: str) -> int:
        """The PentaClass of a PLOVER type's usual CAMEO root."""
        return int(self.penta.roots[self.cameo_roots[event_type][0]])

    def cameo_for(self, event_type: str, penta: int) -> str:
        """A CAMEO root code ("190") for the type within the PentaClass, else the class's default root."""
        for root in self.cameo_roots.get(event_type, []):
            if self.penta.roots.get(root) == penta:
                return f"{root}0"
        return f"{self.penta.default_root[penta]}0"


@lru_cache(maxsize=4)
def load_coding(path: Path = DEFAULT_CODING) -> Coding:
    """Read and validate the coding tables. RETURNS (Coding). Raises DataError if invalid."""
    return read_yaml(path, Coding.model_validate, "event coding tables")


def sentence_features(span: Span, rule_ids: Iterable[str], acled: AcledMatch) -> list[str]:
    """The classifier's features of a sentence (or any span).

    rule_ids: the lexicon rules that fired in it ("assault.airstrike"). acled: the ACLED
    coder's match on it. RETURNS (list[str]): feature strings, each once, ``bias`` first.
    """
    found = {BIAS}
    previous = "<s>"
    for token in span:
        if token.is_punct or token.is_space:
            continue
        if token.ent_type_ in MASKED_ENTS:
            word = token.ent_type_
        elif token.like_num:
            word = "NUM"
        else:
            word = token.lemma_.lower()
        found.add(f"w={word}")
        found.add(f"b={previous}_{word}")
        previous = word
        if token.dep_ == "ROOT":
            found.add(f"root={word}")
        elif token.dep_ == "neg":
            found.add("neg")
        if token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ in VERB_ARGS:
                    found.add(f"va={word}_{child.lemma_.lower()}")
    for rule_id in rule_ids:
        found.add(f"rule={rule_id}")
        found.add(f"family={rule_id.split('.')[0]}")
    found.update(f"acled={label}" for label in acled.holding)
    if acled.label:
        found.add(f"acled1={acled.label}")
    return [BIAS, *sorted(found - {BIAS})]


@dataclass
class Classifier:
    """A trained classifier. vocab: feature -> row of ``weights``; labels: head -> its labels
    (columns ``offsets[head]`` onwards); info: version and training summary."""

    vocab: dict[str, int]
    labels: dict[str, list[str]]
    weights: np.ndarray
    info: dict

    @property
    def name(self) -> str:
        """The model's name in provenance."""
        return str(self.info.get("name", "plover-clf"))

    @property
    def version(self) -> str:
        """The artefact version, written into provenance (``model:plover-clf@VERSION``)."""
        return str(self.info.get("version", "0"))

    @property
    def offsets(self) -> dict[str, int]:
        """The first column of each head in ``weights``."""
        start, found = 0, {}
        for head in HEADS:
            found[head] = start
            start += len(self.labels[head])
        return found

    def predict(self, rows: Sequence[Sequence[str]]) -> dict[str, np.ndarray]:
        """Class probabilities of each feature row. RETURNS (dict): head -> array [rows, labels]."""
        indices, starts, values = _encode(rows, self.vocab)
        scores = np.add.reduceat(self.weights[indices] * values[:, None], starts, axis=0) if len(rows) else np.zeros((0, self.weights.shape[1]))
        found = {}
        for head, start in self.offsets.items():
            found[head] = _softmax(scores[:, start : start + len(self.labels[head])])
        return found

    def to_disk(self, path: Path) -> None:
        """Write ``model.json`` and ``weights.npz`` into the folder ``path``."""
        path.mkdir(parents=True, exist_ok=True)
        features = sorted(self.vocab, key=self.vocab.__getitem__)
        meta = {**self.info, "labels": self.labels, "features": features}
        (path / "model.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        with (path / "weights.npz").open("wb") as handle:
            np.savez_compressed(handle, weights=self.weights.astype(np.float16))

    @classmethod
    def from_disk(cls, path: Path) -> Classifier:
        """Read a classifier folder. Raises DataError when it is missing or broken."""
        try:
            meta = json.loads((path / "model.json").read_text(encoding="utf-8"))
            with np.load(path / "weights.npz") as data:
                weights = data["weights"].astype(np.float32)
            features = meta.pop("features")
            labels = meta.pop("labels")
        except (OSError, ValueError, KeyError) as err:
            raise DataError(f"Invalid event classifier {path}: {err}.", "Rebuild it with `tidings train events`.") from None
        if weights.shape != (len(features), sum(len(labels[h]) for h in HEADS)):
            raise DataError(f"Invalid event classifier {path}: weights do not match the labels.", "Rebuild it with `tidings train events`.")
        return cls({f: i for i, f in enumerate(features)}, labels, weights, meta)


@lru_cache(maxsize=4)
def load_classifier(path: Path = DEFAULT_CLASSIFIER) -> Classifier:
    """Load (once) the classifier artefact in the folder ``path``. RETURNS (Classifier)."""
    return Classifier.from_disk(path)


def fit_softmax(
    rows: Sequence[Sequence[str]],
    targets: Sequence[int],
    vocab: dict[str, int],
    n_labels: int,
    l2: float = 1e-4,
    epochs: int = 200,
    rate: float = 0.05,
) -> np.ndarray:
    """Fit a multinomial logistic regression by full-batch Adam (deterministic).

    rows: feature rows; targets: label index per row; vocab: feature -> weight row.
    RETURNS (np.ndarray): weights [len(vocab), n_labels].
    """
    indices, starts, values = _encode(rows, vocab)
    lengths = np.diff(np.append(starts, len(indices)))
    row_of = np.repeat(np.arange(len(rows)), lengths)
    scale = values[starts]  # one value per row: scale rows, not non-zeros
    # The gradient sums over examples per feature: sort the non-zeros by feature once.
    order = np.argsort(indices, kind="stable")
    used, first = np.unique(indices[order], return_index=True)
    sorted_rows = row_of[order]
    # Labels along the first axis: numpy reduces contiguous rows much faster.
    onehot = np.eye(n_labels, dtype=np.float32)[:, np.asarray(targets)]
    weights = np.zeros((n_labels, len(vocab)), dtype=np.float32)
    moment = np.zeros_like(weights)
    velocity = np.zeros_like(weights)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        scores = np.add.reduceat(np.take(weights, indices, axis=1), starts, axis=1) * scale
        error = (_softmax(scores.T).T - onehot) * (scale / len(rows))
        grad = l2 * weights
        grad[:, used] += np.add.reduceat(np.take(error, sorted_rows, axis=1), first, axis=1)
        moment = beta1 * moment + (1 - beta1) * grad
        velocity = beta2 * velocity + (1 - beta2) * grad * grad
        weights -= rate * (moment / (1 - beta1**step)) / (np.sqrt(velocity / (1 - beta2**step)) + eps)
    return np.ascontiguousarray(weights.T)


def _encode(rows: Sequence[Sequence[str]], vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sparse rows: feature indices, row starts, values (1/sqrt(n) so long rows do not dominate).
    Every row keeps at least the bias feature, so no row is empty."""
    indices: list[int] = []
    starts: list[int] = []
    values: list[float] = []
    for row in rows:
        known = [vocab[f] for f in row if f in vocab] or [vocab[BIAS]]
        starts.append(len(indices))
        indices.extend(known)
        values.extend([1.0 / len(known) ** 0.5] * len(known))
    return np.asarray(indices, dtype=np.int64), np.asarray(starts, dtype=np.int64), np.asarray(values, dtype=np.float32)


def _softmax(scores: np.ndarray) -> np.ndarray:
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)
