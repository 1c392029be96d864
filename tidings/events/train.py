"""Train the event classifier from the dev data: ``tidings train events`` or ``python -m tidings.events.train``.

Training data (``shared/data/events``): the synthetic NGEC PLOVER stories (type, mode; the
first sentence of each story), the PLOVER gold records (type), the PETRARCH validation
sentences (type, PentaClass from the CAMEO root), the ConfliBERT CAMEO sentences
(PentaClass) and the CASE 2021 dev snippets (ACLED label). Everything is parsed by the
tidings pipeline up to (not including) the event stage, so features at training and at
run time come from the same parse. Deterministic: no sampling, full-batch optimisation.

``cross_validate`` scores a dev set through the real pipeline and its scorer, each fold
with a model trained without that fold: the honest number for a set the model learnt from.
"""

from __future__ import annotations

import json
import shutil
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import typer

from ..cli_errors import reporting_errors
from ..errors import EvalError
from ..evaluate import events as scorers
from ..evaluate.sets import SETS, dev_data_dir
from ..model import Document, Event
from .acled import load_acled
from .classifier import (
    BIAS,
    DEFAULT_CLASSIFIER,
    DEFAULT_CODING,
    HEADS,
    Classifier,
    Coding,
    fit_softmax,
    load_coding,
    sentence_features,
)
from .lexicon import PLOVER_TYPES, load_lexicon
from .triggers import find_triggers

__all__ = ["VERSION", "build_classifier", "cross_validate", "parse_units", "train_app"]

VERSION = "0.1.0"
# Components after (and including) the event stage: not needed to compute features.
EVENT_STAGES = (
    "tidings_events", "tidings_attribution", "tidings_event_dates", "tidings_event_locations", "tidings_place_targets",
)
# Synthetic stories: the lede states the event; parse only its start.
LEDE_CHARS = 600
MIN_FEATURE_COUNT = 2
HYPER = {"l2": 1e-4, "epochs": 100, "rate": 0.1}
# Dev sets the classifier learns from, and what each gives.
TRAINING_SETS = ("plover-gsr", "petrarch", "cameo", "case2021")
SYNTHETIC = "events/ngec_synthetic_plover.jsonl"


@dataclass
class Unit:
    """One training example. origin: (dev set, row id); targets: head -> label."""

    origin: tuple[str, str]
    features: list[str]
    targets: dict[str, str] = field(default_factory=dict)


def parse_units(data_dir: Path, coding: Coding, nlp: Any = None, sets: tuple[str, ...] = TRAINING_SETS) -> list[Unit]:
    """Read and parse every training example under ``data_dir`` (the dev data folder):
    the synthetic stories and the dev sets named in ``sets``."""
    nlp = nlp or _pipeline()
    lexicon = load_lexicon()
    acled = load_acled()
    rows = list(_labelled_rows(data_dir, coding, sets))
    units = []
    with nlp.nlp.select_pipes(disable=list(EVENT_STAGES)):
        for (origin, _, targets), doc in zip(rows, nlp.nlp.pipe((text for _, text, _ in rows), batch_size=64)):
            span = next(doc.sents) if origin[0] == "ngec" else doc[:]
            rule_ids = [m.rule.id for m in find_triggers(doc, lexicon) if m.span.start >= span.start and m.span.end <= span.end]
            units.append(Unit(origin, sentence_features(span, rule_ids, acled(span)), targets))
    return units


def build_classifier(
    units: list[Unit], coding: Coding, exclude: frozenset = frozenset(), base: Optional[Classifier] = None
) -> Classifier:
    """Train every head on ``units``, less those whose origin is in ``exclude``.

    base: a classifier trained on all units; heads whose examples ``exclude`` does not touch
    are copied from it instead of retrained (cross-validation). RETURNS (Classifier).
    """
    import numpy as np

    labels = _labels(units, coding)
    if base is None:
        counts = Counter(f for u in units for f in u.features)
        vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT or f == BIAS))}
    else:
        vocab = base.vocab
    kept = [u for u in units if u.origin not in exclude]
    columns = []
    for head in HEADS:
        if base is not None and not any(u.origin in exclude and head in u.targets for u in units):
            start = base.offsets[head]
            columns.append(base.weights[:, start : start + len(labels[head])])
            continue
        # Modes are read within a type: one small model per type, not one over all modes.
        groups = Counter(u.targets[head].split(":")[0] if head == "mode" else "" for u in kept if head in u.targets)
        weights = np.zeros((len(vocab), len(labels[head])), dtype=np.float32)
        for group in sorted(groups):
            names = [(i, label) for i, label in enumerate(labels[head]) if head != "mode" or label.split(":")[0] == group]
            index = {label: j for j, (_, label) in enumerate(names)}
            examples = [u for u in kept if head in u.targets and u.targets[head] in index]
            if len(index) > 1:
                fitted = fit_softmax([u.features for u in examples], [index[u.targets[head]] for u in examples], vocab, len(index), **HYPER)
                weights[:, [i for i, _ in names]] = fitted
        columns.append(weights)
    sizes = {head: sum(head in u.targets for u in kept) for head in HEADS}
    info = {"version": VERSION, "name": "plover-clf", "hyper": HYPER, "training_examples": sizes}
    return Classifier(vocab, labels, np.concatenate(columns, axis=1), info)


def train(out: Path, data_dir: Optional[Path] = None, exclude: tuple[str, ...] = (), coding_path: Path = DEFAULT_CODING) -> dict:
    """Train on the dev data (less the dev sets in ``exclude``) and write the artefact folder
    ``out``. RETURNS (dict): summary."""
    started = time.perf_counter()
    coding = load_coding(coding_path)
    sets = tuple(s for s in TRAINING_SETS if s not in exclude)
    units = parse_units(dev_data_dir(data_dir), coding, sets=sets)
    classifier = build_classifier(units, coding)
    classifier.info["seen_dev_sets"] = list(sets)
    classifier.to_disk(out)
    if Path(coding_path).resolve() != (out / "coding.yaml").resolve():
        shutil.copyfile(coding_path, out / "coding.yaml")
    size = sum(p.stat().st_size for p in out.iterdir())
    return {"out": str(out), "seconds": round(time.perf_counter() - started, 1), "bytes": size, **classifier.info}


def cross_validate(names: list[str], data_dir: Optional[Path] = None, folds: int = 5, limit: Optional[int] = None) -> dict:
    """Score each dev set in ``names`` through the pipeline, each fold by a model trained without it.

    RETURNS (dict): set name -> its scorer's result (accuracy, per-class, confusion, errors).
    """
    data_dir = dev_data_dir(data_dir)
    coding = load_coding()
    nlp = _pipeline()
    units = parse_units(data_dir, coding, nlp)
    base = build_classifier(units, coding)
    finder = nlp.nlp.get_pipe("tidings_events")
    shipped = finder.classifier
    results = {}
    for name in names:
        rows = scorers.read_rows(data_dir / SETS[name].path, limit)
        fold_of = {row["id"]: i % folds for i, row in enumerate(rows)}

        def extract(documents: list[Document]) -> Iterator[tuple[Document, list[Event]]]:
            for fold in range(folds):
                held_out = frozenset((name, i) for i, f in fold_of.items() if f == fold)  # noqa: B023
                finder.classifier = build_classifier(units, coding, held_out, base)
                chosen = [d for d in documents if fold_of[d.id] == fold]  # noqa: B023
                yield from ((r.document, r.events) for r in nlp.pipe(chosen))

        results[name] = _score(name, rows, extract, coding)
    finder.classifier = shipped
    return results


def _score(name: str, rows: list[dict], extract: Any, coding: Coding) -> dict:
    if name == "cameo":
        return scorers.score_cameo_penta(rows, extract, coding.penta.roots)
    return {"plover-gsr": scorers.score_plover_gsr, "case2021": scorers.score_case2021, "petrarch": scorers.score_petrarch}[name](
        rows, extract
    )


def _labelled_rows(data_dir: Path, coding: Coding, sets: tuple[str, ...]) -> Iterator[tuple[tuple[str, str], str, dict[str, str]]]:
    """(origin, text, targets) for every labelled row of the training files."""
    for row in scorers.read_rows(data_dir / SYNTHETIC, None):
        gold = row["gold"]
        mode = coding.mode_aliases.get(gold["mode"], gold["mode"]) if gold["mode"] else ""
        yield ("ngec", row["id"]), row["text"][:LEDE_CHARS], {"type": gold["event_type"], "mode": f"{gold['event_type']}:{mode}"}
    for name in sets:
        for row in scorers.read_rows(data_dir / SETS[name].path, None):
            targets = _targets(name, row["gold"], coding)
            if targets:
                yield (name, row["id"]), row["text"], targets


def _targets(name: str, gold: dict, coding: Coding) -> dict[str, str]:
    if name == "case2021":
        return {"acled": gold["case_label"]}
    if name == "cameo":
        return {"penta": str(gold["cameo_penta_class"])}
    targets = {"type": gold["event_type"]} if gold.get("event_type") else {}
    penta = coding.penta_of(gold.get("cameo"))
    if penta is not None:
        targets["penta"] = str(penta)
    return targets


def _labels(units: list[Unit], coding: Coding) -> dict[str, list[str]]:
    return {
        "type": list(PLOVER_TYPES),
        "mode": sorted({u.targets["mode"] for u in units if "mode" in u.targets}),
        "penta": [str(i) for i in range(5)],
        "acled": list(coding.acled),
    }


def _pipeline() -> Any:
    from ..pipeline import load

    return load()


train_app = typer.Typer(help="Train the models tidings ships.", no_args_is_help=True, add_completion=False)


@train_app.command("events")
def events_command(
    out: Path = typer.Option(DEFAULT_CLASSIFIER, "--out", help="Folder to write the classifier into [default: the shipped one]."),
    data_dir: Optional[Path] = typer.Option(None, "--data", help="The dev data folder [default: $TIDINGS_DEV_DATA or ../shared/data]."),
    cv: Optional[str] = typer.Option(None, "--cv", help="Instead of training: cross-validate on these dev sets (comma-separated: plover-gsr,case2021,cameo,petrarch)."),
    folds: int = typer.Option(5, "--folds", help="Folds for --cv."),
    exclude: str = typer.Option("", "--exclude", help="Dev sets to leave out of training (comma-separated), e.g. for licence reasons."),
) -> None:
    """Train the event classifier (type, mode, PentaClass, ACLED) from the dev data.

    Example: tidings train events --out /tmp/clf
    """
    with reporting_errors():
        if cv:
            from ..evaluate.events import format_report

            for name, result in cross_validate(cv.split(","), data_dir, folds).items():
                typer.echo(format_report(f"{name} ({folds}-fold cross-validation)", result) + "\n")
            return
        unknown = [s for s in exclude.split(",") if s and s not in TRAINING_SETS]
        if unknown:
            raise EvalError(f"Unknown training set {unknown[0]!r}.", f"Choose from: {', '.join(TRAINING_SETS)}.")
        summary = train(out, data_dir, tuple(s for s in exclude.split(",") if s))
        typer.echo(json.dumps(summary, indent=1))


if __name__ == "__main__":
    train_app()
