"""``tidings actors``: look actors up, add your own, list the names the dictionary misses.

A Typer sub-app (``actors_app``) over ``tidings.actors.dictionary.search``,
``tidings.actors.overlay.add_actor`` and ``tidings.actors.unknown.unknown_actors``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from ..cli_errors import reporting_errors
from ..store import Store
from .dictionary import ActorEntry, search
from .overlay import ENV_VAR, active_overlay, add_actor
from .unknown import unknown_actors

__all__ = ["actors_app"]

actors_app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="The actor dictionary: search it, add actors to your overlay, list unknown names in a store.",
)
out = Console(soft_wrap=True)

OverlayOption = typer.Option(
    None, "--overlay", help=f"Your actor file [default: ${ENV_VAR}, else ~/.config/tidings/actors.yaml]."
)


def _roles(entry: ActorEntry) -> str:
    return "; ".join(f"{r.country or ''} {r.sector or ''} {r.start or '…'}–{r.end or '…'}".strip() for r in entry.roles)


@actors_app.command("search")
def search_command(
    name: str = typer.Argument(..., help="A name or part of one."),
    overlay: Optional[Path] = OverlayOption,
) -> None:
    """Find actors by name or alias (exact matches first), with their codes and dated roles.

    Example: tidings actors search Abadi
    """
    with reporting_errors():
        found = search(name, active_overlay(overlay))
        if not found:
            out.print(f"No actor matches {name!r}. Add one with `tidings actors add`.", markup=False)
            return
        table = Table(header_style="bold")
        table.add_column("id", no_wrap=True, min_width=max(len(e.id) for e in found))  # ids are copied whole
        for column in ("name", "kind", "country", "sector", "aliases", "roles"):
            table.add_column(column, overflow="fold")
        for entry in found:
            aliases = ", ".join(entry.aliases[:5]) + (" …" if len(entry.aliases) > 5 else "")
            table.add_row(entry.id, entry.name, entry.kind, entry.country or "", entry.sector or "", aliases, _roles(entry))
        out.print(table)


@actors_app.command("add")
def add_command(
    name: str = typer.Option(..., "--name", help="The actor's canonical name."),
    country: Optional[str] = typer.Option(None, "--country", help="ISO 3166 alpha-3 code, or IGO/NGO/IMG."),
    sector: Optional[str] = typer.Option(
        None, "--sector", help="PLOVER sector code: GOV, MIL, REB, COP, OPP, CVL, JRN (media), MED (health), ..."
    ),
    alias: Optional[list[str]] = typer.Option(None, "--alias", help="Another name (repeat for several)."),
    kind: str = typer.Option("group", "--kind", help="person, group, state or organisation."),
    overlay: Optional[Path] = OverlayOption,
) -> None:
    """Add an actor to your overlay file; it wins over the bundled dictionary.

    Example: tidings actors add --name "Zeta Front" --country SYR --sector REB --alias ZF
    """
    with reporting_errors():
        entry, path = add_actor(name, country, sector, alias or [], kind, overlay)
        code = " ".join(c for c in (entry.country, entry.sector) if c)
        out.print(f"Added {entry.name}" + (f" ({code})" if code else "") + f" as {entry.id} to {path}.", markup=False)


@actors_app.command("unknown")
def unknown_command(
    db: Path = typer.Option(Path("tidings.duckdb"), "--db", help="The DuckDB store file."),
    limit: int = typer.Option(20, "--limit", help="At most this many names."),
) -> None:
    """List the most frequent actor names in a store that the dictionary does not know.

    Example: tidings actors unknown --db demo/tidings.duckdb --limit 10
    """
    with reporting_errors():
        with Store(db, read_only=True) as store:
            found = unknown_actors(store, limit)
        if not found:
            out.print(f"No unknown actors in {db}.", markup=False)
            return
        table = Table(header_style="bold")
        for column in ("name", "events", "as written", "country", "sector"):
            table.add_column(column, overflow="fold")
        for actor in found:
            table.add_row(actor.name, str(actor.count), actor.text, actor.country or "", actor.sector or "")
        out.print(table)
