"""What ``tidings demo`` prints: a summary of a store and where to go next."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

__all__ = ["print_summary"]


def print_summary(console: Console, summary: dict[str, Any], report: Any, db: Path, corpus: Path) -> None:
    """Print documents, events by PLOVER type, top actors and places, example events, next steps.

    summary (dict): ``Store.summary()``. report (IngestReport): what this run added.
    """
    console.print(
        f"[bold]tidings[/bold]: {summary['documents']} documents, {summary['events']} events, "
        f"{summary['toponyms']} place mentions in [cyan]{db}[/cyan] "
        f"(this run: {report.documents_added} new, {report.documents_skipped} already stored)"
    )
    console.print(f"Corpus: {corpus} (Wikinews, CC BY 2.5)\n", highlight=False)
    console.print(_counts("Events by PLOVER type", ("type", "events"), summary["events_by_type"].items()))
    console.print(
        _counts(
            "Top actors",
            ("actor", "country", "sector", "events"),
            ((a["name"], a["country"] or "", a["sector"] or "", a["count"]) for a in summary["top_actors"]),
        )
    )
    console.print(
        _counts("Top places", ("place", "country", "mentions"), ((p["name"], p["country"] or "", p["count"]) for p in summary["top_places"]))
    )
    console.print("[bold]A few events[/bold]")
    for example in summary["examples"]:
        who = " → ".join(part for part in (example.get("actor1"), example.get("actor2")) if part)
        console.print(
            f"  [green]{example['event_type']}[/green] {who} [dim]({example['status']}, {example['event_id']})[/dim]\n"
            f"    “{example['sentence']}”",
            highlight=False,
        )
    console.print(
        "\nTry next:\n"
        f"  .venv/bin/tidings events --db {db} --type assault\n"
        f"  .venv/bin/tidings show EVENT_ID --db {db}\n"
        f"  .venv/bin/tidings export --db {db} --format csv -o events.csv\n"
        "  .venv/bin/tidings extract YOUR_ARTICLES.jsonl -o events.jsonl\n"
        f"  duckdb {db} \"SELECT event_type, count(*) FROM events GROUP BY 1\"  (any DuckDB client)",
        highlight=False,
    )


def _counts(title: str, columns: tuple[str, ...], rows: Any) -> Table:
    table = Table(title=title, title_justify="left", header_style="bold")
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*(str(cell) for cell in row))
    return table
