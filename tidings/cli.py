"""The ``tidings`` command line: a thin layer over the Python API.

Every command prints results on stdout and messages on stderr. A ``TidingsError`` becomes
one line on stderr and its exit code; no traceback. Exit codes: 0 success (also when no
event was found); 1 some input records were bad (reported, quarantined, the rest done);
2 unusable input (no such file, …); 3 store error; 4 invalid data file; 5 evaluation set
missing or malformed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Optional

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from .api import extract as extract_events
from .api import geoparse as geoparse_documents
from .api import process
from .corpus import CORPUS_PATH, corpus_documents
from .actors.cli import actors_app
from .cli_errors import reporting_errors, say
from .errors import TidingsError
from .events.train import train_app
from .evaluate.bench import run_bench
from .evaluate.events import format_report
from .evaluate.sets import run_eval, select_sets
from .explain import explain_event
from .model import Actor, Document, Event, event_json_schema
from .readers import Quarantine, read_documents
from .store import FORMATS, IngestReport, Store
from .store import ingest as ingest_documents
from .summary import print_summary

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn news articles into political event data: who did what to whom, where, when, according to whom.",
)
app.add_typer(actors_app, name="actors")
app.add_typer(train_app, name="train")
out = Console(soft_wrap=True)
err = Console(stderr=True)  # progress bars only; messages go through _say, never wrapped

DEFAULT_DB = Path("tidings.duckdb")
DbOption = typer.Option(DEFAULT_DB, "--db", help="The DuckDB store file.")
InputsArgument = typer.Argument(..., help="JSONL, .txt or .html files, folders, or - for JSONL on stdin.")
QuarantineOption = typer.Option(
    None, "--quarantine", help="Where bad records go [default: OUT.quarantine.jsonl, or tidings-quarantine.jsonl]."
)


def _progress(what: str) -> Progress:
    """A progress bar on stderr (shown only on a terminal)."""
    return Progress(
        SpinnerColumn(),
        TextColumn(f"{what}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


def _quarantine_path(output: Optional[Path], quarantine: Optional[Path]) -> Path:
    if quarantine is not None:
        return quarantine
    if output is not None:
        return output.with_name(output.name + ".quarantine.jsonl")
    return Path("tidings-quarantine.jsonl")


@contextmanager
def _output(path: Optional[Path]) -> Iterator[IO[str]]:
    if path is None:
        yield sys.stdout
    else:
        with path.open("w", encoding="utf-8") as handle:
            yield handle


def _read(inputs: list[str], quarantine_path: Path) -> tuple[Quarantine, Iterator[Document]]:
    quarantine = Quarantine(quarantine_path)
    return quarantine, read_documents(inputs, on_bad_record=quarantine)


def _finish(quarantine: Quarantine) -> None:
    quarantine.close()
    if quarantine.count:
        say(f"tidings: {quarantine.count} bad record(s) quarantined to {quarantine.path}; all other records processed.")
        raise typer.Exit(1)


@app.command()
def extract(
    inputs: list[str] = InputsArgument,
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here instead of stdout."),
    format: str = typer.Option("jsonl", "--format", help="Output format (jsonl)."),
    quarantine: Optional[Path] = QuarantineOption,
) -> None:
    """Extract events: one JSON event record per line (see CONTRACT.md).

    Example: tidings extract articles.jsonl -o events.jsonl
    """

    with reporting_errors():
        if format != "jsonl":
            raise TidingsError(f"Unknown format {format!r}.", "Use --format jsonl.")
        _write_records(inputs, output, quarantine, "Extracting", extract_events)


@app.command()
def geoparse(
    inputs: list[str] = InputsArgument,
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here instead of stdout."),
    quarantine: Optional[Path] = QuarantineOption,
) -> None:
    """Find every place name: one JSON line per document with its toponyms (see CONTRACT.md).

    Example: tidings geoparse articles.jsonl -o places.jsonl
    """

    with reporting_errors():
        _write_records(inputs, output, quarantine, "Geoparsing", geoparse_documents)


def _write_records(
    inputs: list[str],
    output: Optional[Path],
    quarantine: Optional[Path],
    what: str,
    produce: Callable[[Iterable[Document]], Iterable[BaseModel]],
) -> None:
    """Read the inputs (quarantining bad records), write ``produce``'s records as JSON lines."""
    bad, documents = _read(inputs, _quarantine_path(output, quarantine))
    with _output(output) as handle, _progress(what) as progress:
        task = progress.add_task("", total=None)
        for record in produce(_counting(documents, progress, task)):
            handle.write(record.model_dump_json() + "\n")
    _finish(bad)


@app.command()
def ingest(
    inputs: list[str] = InputsArgument,
    db: Path = DbOption,
    quarantine: Optional[Path] = QuarantineOption,
) -> None:
    """Extract events into the store; documents already stored are skipped (idempotent).

    Example: tidings ingest articles/ --db news.duckdb
    """
    with reporting_errors():
        bad, documents = _read(inputs, quarantine or db.with_name(db.name + ".quarantine.jsonl"))
        report = _ingest(db, documents)
        say(f"Ingested {report.documents_added} new document(s) with {report.events_added} event(s); "
            f"skipped {report.documents_skipped} already stored. Store: {db}")
        _finish(bad)


def _ingest(db: Path, documents: Iterable[Document], total: Optional[int] = None) -> IngestReport:

    with Store(db) as store, _progress("Ingesting") as progress:
        task = progress.add_task("", total=total)
        return ingest_documents(
            store, documents, process, progress=lambda n: progress.advance(task, n)
        )


def _counting(documents: Iterable[Document], progress: Progress, task: TaskID) -> Iterator[Document]:
    for document in documents:
        yield document
        progress.advance(task)


@app.command()
def events(
    event_type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type, e.g. assault."),
    country: Optional[str] = typer.Option(None, "--country", help="ISO3 code of an actor or the place."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Part of an actor's name."),
    status: Optional[str] = typer.Option(None, "--status", help="asserted, claimed, denied, negated, future, hypothetical."),
    source: Optional[str] = typer.Option(None, "--source", help="Part of the source's name."),
    doc_id: Optional[str] = typer.Option(None, "--doc", help="Only this document's events."),
    since: Optional[str] = typer.Option(None, "--since", help="Event date from (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Event date until (YYYY-MM-DD)."),
    min_confidence: Optional[float] = typer.Option(
        None, "--min-confidence", min=0.0, max=1.0, help="Only events at least this sure (0..1), e.g. 0.4."
    ),
    limit: int = typer.Option(50, "--limit", help="At most this many events."),
    as_json: bool = typer.Option(False, "--json", help="JSON lines instead of a table."),
    markdown: bool = typer.Option(False, "--markdown", help="A Markdown table (who / did what / to whom / …)."),
    db: Path = DbOption,
) -> None:
    """List stored events as a table (or JSON lines, or Markdown), filtered.

    Example: tidings events --type assault --country SYR --status claimed
    """

    with reporting_errors():
        _require_db(db)
        with Store(db) as store:
            found = store.events(
                event_type=event_type, country=country, actor=actor, status=status, source=source,
                doc_id=doc_id, since=since, until=until, min_confidence=min_confidence, limit=limit,
            )  # fmt: skip
        if as_json:
            for event in found:
                out.print(event.model_dump_json(), markup=False, highlight=False)
        elif markdown:
            out.print(markdown_table(found), markup=False, highlight=False)
        else:
            out.print(events_table(found))


def events_table(found: list[Event]) -> Table:
    """A rich table of event records."""
    table = Table(show_lines=False, header_style="bold")
    for column in ("event_id", "date", "type", "actor1", "actor2", "where", "status", "source", "trigger"):
        table.add_column(column, overflow="fold")
    for event in found:
        table.add_row(
            event.event_id,
            str(event.date or ""),
            event.event_type + (f"/{event.mode}" if event.mode else ""),
            _actor_label(event.actor1),
            _actor_label(event.actor2),
            event.location.name if event.location and event.location.name else "",
            event.attribution.status,
            _actor_label(event.attribution.source),
            event.trigger.text,
        )
    return table


def markdown_table(found: list[Event]) -> str:
    """Events as a Markdown table: who, did what, to whom, where, when, according to, status."""
    lines = [
        "| who | did what | to whom | where | when | according to | status |",
        "|---|---|---|---|---|---|---|",
    ]
    for event in found:
        what = event.event_type + (f" · {event.mode}" if event.mode else "") + f" ({event.trigger.text})"
        where = event.location.text if event.location else "—"
        when = f"{event.date} ({event.date_precision})" if event.date else "—"
        source = _actor_label(event.attribution.source) or "the article"
        cells = (_actor_label(event.actor1) or "—", what, _actor_label(event.actor2) or "—", where, when, source,
                 event.attribution.status)  # fmt: skip
        lines.append("| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |")
    return "\n".join(lines)


def _actor_label(actor: Optional[Actor]) -> str:
    if actor is None:
        return ""
    code = " ".join(part for part in (actor.country, actor.sector) if part)
    return f"{actor.name or actor.text}" + (f" ({code})" if code else "")


@app.command()
def show(event_id: str = typer.Argument(..., help="The event's id."), db: Path = DbOption) -> None:
    """Show one event: its sentence with trigger, actors and place marked, and which rule made each part.

    Example: tidings show 3f2a9c0d1e2b4a5c6d7e
    """

    with reporting_errors():
        _require_db(db)
        with Store(db) as store:
            event = store.event(event_id)
            responses = store.responses(event_id)
        if event is None:
            raise TidingsError(f"No event {event_id!r} in {db}.", "List ids with `tidings events`.")
        for renderable in explain_event(event, responses):
            out.print(renderable)


@app.command()
def export(
    output: Path = typer.Option(..., "-o", "--output", help="The file to write."),
    format: str = typer.Option("jsonl", "--format", help="jsonl (full records), csv or parquet (flat table)."),
    db: Path = DbOption,
) -> None:
    """Export every stored event to a file.

    Example: tidings export --format parquet -o events.parquet
    """

    with reporting_errors():
        if format not in FORMATS:
            raise TidingsError(f"Unknown format {format!r}.", f"Use one of: {', '.join(FORMATS)}.")
        _require_db(db)
        with Store(db) as store:
            rows = store.export(output, format)
        say(f"Wrote {rows} event(s) to {output}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of an event record."""
    out.print_json(json.dumps(event_json_schema()))


@app.command("eval")
def evaluate(
    name: str = typer.Argument(..., help="A dev set (plover-gsr, lgl, …), an area (events, geo, time, actors, claims) or all."),
    set_name: Optional[str] = typer.Option(None, "--set", help="One set of the area NAME, e.g. `eval events --set cameo`."),
    data_dir: Optional[Path] = typer.Option(None, "--data", help="The dev data folder [default: $TIDINGS_DEV_DATA or ../shared/data]."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N items of each set."),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON (an object by set name)."),
) -> None:
    """Score the pipeline on development sets from ../shared/data: one set, or every set of an area.

    Example: tidings eval plover-gsr · tidings eval events --set cameo · tidings eval geo
    """
    with reporting_errors():
        names = select_sets(name, set_name)
        results = {}
        for set_name in names:
            results[set_name] = result = run_eval(set_name, data_dir, limit)
            if not as_json:
                _print_eval(set_name, result)
        if as_json:
            out.print_json(json.dumps(results if len(names) > 1 else results[names[0]], default=str))


def _print_eval(name: str, result: dict) -> None:
    if "per_class" in result and "confusion" in result:  # classification sets
        out.print(format_report(name, result), markup=False, highlight=False)
        return
    out.print(f"[bold]{name}[/bold]")
    for key, value in _flat_metrics(result):
        out.print(f"  {key}: {value:.3f}" if isinstance(value, float) else f"  {key}: {value}", highlight=False)


def _flat_metrics(result: dict, prefix: str = "") -> Iterator[tuple[str, object]]:
    """The scalar metrics of a result, nested dicts one level deep ("exact.f1"); lists left out."""
    for key, value in result.items():
        if isinstance(value, dict) and not prefix and all(isinstance(v, (int, float)) for v in value.values()):
            yield from _flat_metrics(value, f"{key}.")
        elif isinstance(value, (int, float, str)):
            yield f"{prefix}{key}", value


@app.command()
def bench(limit: Optional[int] = typer.Option(None, "--limit", help="Use the first N bundled articles.")) -> None:
    """Measure throughput on the bundled corpus: tidings vs bare spaCy nlp.pipe, in one run."""

    with reporting_errors():
        result = run_bench(limit)
    out.print(
        f"bare spaCy : {result['spacy_docs_per_s']:.1f} articles/s, {result['spacy_words_per_s']:.0f} words/s\n"
        f"tidings    : {result['tidings_docs_per_s']:.1f} articles/s, {result['tidings_words_per_s']:.0f} words/s\n"
        f"ratio      : {result['ratio']:.2f} of bare spaCy throughput "
        f"({result['documents']} articles, {result['words']} words)\n"
        f"peak memory: {result['peak_rss_mb']:.0f} MB (both pipelines in one process)",
        highlight=False,
    )


@app.command()
def demo(db: Path = typer.Option(Path("demo/tidings.duckdb"), "--db", help="Where to build the demo store.")) -> None:
    """Ingest the bundled sample corpus (203 Wikinews articles) and summarise what was found."""
    with reporting_errors():
        db.parent.mkdir(parents=True, exist_ok=True)
        documents = list(corpus_documents())
        report = _ingest(db, documents, total=len(documents))
        with Store(db) as store:
            print_summary(out, store.summary(), report, db, CORPUS_PATH)


def _require_db(db: Path) -> None:
    if not db.exists():
        raise TidingsError(f"No store at {db}.", "Create one with `tidings ingest INPUT --db FILE`.")
