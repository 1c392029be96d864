"""``tidings eval SET``: the development sets, where they live, how each is scored, and their
areas (``tidings eval geo`` scores every geo set; ``tidings eval events --set cameo`` one)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from ..errors import EvalError
from ..model import Document, Event
from ..time import evaluate as time_evaluate
from . import events, geo
from .actors import evaluate_actors
from .claims import evaluate_claims

__all__ = ["AREAS", "SETS", "EvalSet", "dev_data_dir", "run_eval", "select_sets"]


BUNDLED = Path(__file__).resolve().parents[1] / "data" / "eval"


@dataclass(frozen=True)
class EvalSet:
    """A dev set: its file under the dev data folder (or bundled), its scorer's name and area."""

    path: str
    scorer: str
    area: str
    about: str
    bundled: bool = False


SETS: dict[str, EvalSet] = {
    "plover-gsr": EvalSet("events/plover_gsr_even.jsonl", "plover_gsr", "events", "PLOVER gold records: type, actor country/sector"),
    "case2021": EvalSet("events/case2021_dev.jsonl", "case2021", "events", "CASE 2021 snippets: ACLED sub-event type"),
    "cameo": EvalSet("events/conflibert_cameo_train.jsonl", "cameo_penta", "events", "ConfliBERT CAMEO sentences: PentaClass"),
    "petrarch": EvalSet("events/universalpetrarch_validation.jsonl", "petrarch", "events", "PETRARCH validation: type, no-event"),
    "lgl": EvalSet("geo/lgl.jsonl", "geoparse", "geo", "LGL local news: toponym F1, accuracy@161 km"),
    "trnews": EvalSet("geo/trnews.jsonl", "geoparse", "geo", "TR-News: toponym F1, accuracy@161 km"),
    "eventloc": EvalSet("geo/eventloc_dev.jsonl", "event_locations", "geo", "Event location: which place the event happened at"),
    "eventloc-relabel": EvalSet("eventloc_relabel.jsonl", "event_locations", "geo",
                                "Event location on 300 eventloc rows annotated again, blind", bundled=True),
    "time": EvalSet("time_gold.jsonl", "time", "time", "Time expressions in context: exact value accuracy", bundled=True),
    "time-attach": EvalSet("time_attach_gold.jsonl", "time_attach", "time", "Event dates on bundled articles", bundled=True),
    "actors": EvalSet("events/conflibert_cameo_train.jsonl", "actors", "actors", "Actor spans; PLOVER gold actor country/sector"),
    "claims": EvalSet("claims_gold.jsonl", "claims", "claims", "Attribution: source spans, status, chains", bundled=True),
}


AREAS: dict[str, list[str]] = {
    area: [name for name, spec in SETS.items() if spec.area == area] for area in dict.fromkeys(s.area for s in SETS.values())
}


def select_sets(name: str, set_name: Optional[str] = None) -> list[str]:
    """The dev sets that ``tidings eval NAME [--set SET]`` scores.

    name (str): a set ("plover-gsr"), an area ("events", "geo") or "all"; a name that is both
        a set and an area (the "claims" set of the "claims" area) means the set.
    set_name (str | None): one set of the area ``name``.
    RETURNS (list[str]): set names, in registry order. Raises EvalError for an unknown name.
    """
    choices = f"sets {', '.join(SETS)}; areas {', '.join(AREAS)}; all"
    if set_name is not None:
        if name not in AREAS or set_name not in AREAS[name]:
            raise EvalError(f"No dev set {set_name!r} in area {name!r}.", f"Choose from: {choices}.")
        return [set_name]
    if name in SETS:
        return [name]
    if name in AREAS:
        return list(AREAS[name])
    if name == "all":
        return list(SETS)
    raise EvalError(f"Unknown dev set {name!r}.", f"Choose from: {choices}.")


def dev_data_dir(data_dir: Optional[Path] = None) -> Path:
    """The dev data folder: the given one, $TIDINGS_DEV_DATA, or ../shared/data (from the
    working directory, then from the source checkout). Raises EvalError when none exists."""
    here = Path(__file__).resolve().parents[2]
    candidates = [data_dir] if data_dir else [
        Path(os.environ["TIDINGS_DEV_DATA"]) if os.environ.get("TIDINGS_DEV_DATA") else None,
        Path.cwd().parent / "shared" / "data",
        here.parent / "shared" / "data",
    ]
    for candidate in candidates:
        if candidate is not None and candidate.is_dir():
            return candidate
    raise EvalError("No dev data folder found.", "Pass --data DIR or set TIDINGS_DEV_DATA.")


def run_eval(name: str, data_dir: Optional[Path] = None, limit: Optional[int] = None) -> dict[str, Any]:
    """Score the default pipeline on the named dev set. RETURNS (dict): the scorer's metrics."""
    if name not in SETS:
        raise EvalError(f"Unknown dev set {name!r}.", f"Choose one of: {', '.join(SETS)}.")
    spec = SETS[name]
    path = (BUNDLED if spec.bundled else dev_data_dir(data_dir)) / spec.path
    if not path.is_file():
        raise EvalError(f"Dev set file missing: {path}.", "Check the dev data folder (--data).")
    return SCORERS[spec.scorer](path, limit)


def _pipeline() -> Any:
    from ..api import default_pipeline

    return default_pipeline()


def _event_scorer(scorer: Callable[..., dict], *extra: Any) -> Callable[[Path, Optional[int]], dict]:
    def run(path: Path, limit: Optional[int]) -> dict:
        nlp = _pipeline()

        def extract(documents: list[Document]) -> Iterator[tuple[Document, list[Event]]]:
            return ((r.document, r.events) for r in nlp.pipe(documents))

        return scorer(events.read_rows(path, limit), extract, *(e(path) for e in extra))

    return run


def _penta_table(path: Path) -> dict[str, int]:
    return json.loads((path.parent / "cameo_root_to_pentaclass.json").read_text(encoding="utf-8"))["root_to_penta_class"]


def _time_scorer(path: Path, limit: Optional[int]) -> dict:
    return time_evaluate.evaluate_time(path)


def _time_attach_scorer(path: Path, limit: Optional[int]) -> dict:
    return time_evaluate.evaluate_attachment(path, nlp=_pipeline())


def _pipeline_scorer(evaluate: Callable[..., dict]) -> Callable[[Path, Optional[int]], dict]:
    """A scorer that takes ``process``: documents -> pipeline results."""

    def run(path: Path, limit: Optional[int]) -> dict:
        nlp = _pipeline()
        return evaluate(path, lambda documents: nlp.pipe(documents), limit)

    return run


def _claims_scorer(path: Path, limit: Optional[int]) -> dict:
    nlp = _pipeline()
    return evaluate_claims(path, nlp.pipe, limit, language=nlp.nlp)


SCORERS: dict[str, Callable[[Path, Optional[int]], dict]] = {
    "plover_gsr": _event_scorer(events.score_plover_gsr),
    "case2021": _event_scorer(events.score_case2021),
    "cameo_penta": _event_scorer(events.score_cameo_penta, _penta_table),
    "petrarch": _event_scorer(events.score_petrarch),
    "geoparse": _pipeline_scorer(geo.evaluate_geoparse),
    "event_locations": _pipeline_scorer(geo.evaluate_event_locations),
    "time": _time_scorer,
    "time_attach": _time_attach_scorer,
    "actors": _pipeline_scorer(evaluate_actors),
    "claims": _claims_scorer,
}
