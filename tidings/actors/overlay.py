"""The user's actor overlay: a YAML file of ``ActorEntry`` that wins over the bundled data.

Where it is: the path given (``--overlay``), else ``$TIDINGS_ACTORS_OVERLAY``, else
``~/.config/tidings/actors.yaml``. The pipeline reads it when it exists
(``active_overlay``); ``tidings actors add`` writes to it (``add_actor``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Optional, get_args

import srsly

from ..errors import DataError, InputError
from .dictionary import SECTORS, ActorEntry, Kind, load_dictionary, read_entries, slug

__all__ = ["DEFAULT_OVERLAY", "ENV_VAR", "active_overlay", "add_actor", "overlay_path"]

ENV_VAR = "TIDINGS_ACTORS_OVERLAY"
DEFAULT_OVERLAY = Path("~/.config/tidings/actors.yaml")


def overlay_path(path: Optional[str | Path] = None) -> Path:
    """The overlay file: ``path``, else $TIDINGS_ACTORS_OVERLAY, else the default. RETURNS (Path)."""
    chosen = path or os.environ.get(ENV_VAR) or DEFAULT_OVERLAY
    return Path(chosen).expanduser()


def active_overlay(path: Optional[str | Path] = None) -> Optional[Path]:
    """The overlay the pipeline reads: a given path always (it must exist), else the env var
    or default file when it exists. RETURNS (Path | None)."""
    if path:
        return Path(path).expanduser()
    found = overlay_path()
    return found if found.is_file() else None


def add_actor(
    name: str,
    country: Optional[str],
    sector: Optional[str],
    aliases: Sequence[str] = (),
    kind: str = "group",
    overlay: Optional[str | Path] = None,
) -> tuple[ActorEntry, Path]:
    """Add (or replace) an actor in the user's overlay file, creating the file if needed.

    name (str): canonical name. country (str | None): ISO3, or a code such as IGO/NGO/IMG.
    sector (str | None): CAMEO/PLOVER sector code. aliases: other names. kind: person,
    group, state or organisation. overlay: the file (None: ``overlay_path()``).
    RETURNS (tuple[ActorEntry, Path]): the entry written and the file.
    Raises InputError for an unknown code, DataError when the overlay file is invalid.
    """
    name = " ".join(name.split())
    country = country.upper() if country else None
    sector = sector.upper() if sector else None
    if not slug(name):
        raise InputError(f"Actor name {name!r} has no letters or digits.", "Pass --name with the actor's name.")
    if kind not in get_args(Kind):
        raise InputError(f"Unknown kind {kind!r}.", f"Use one of: {', '.join(get_args(Kind))}.")
    if sector is not None and sector not in SECTORS:
        raise InputError(f"Unknown sector {sector!r}.", f"Use one of: {', '.join(sorted(SECTORS))}.")
    if country is not None and country not in {e.country for e in load_dictionary().entries.values()}:
        raise InputError(f"Unknown country code {country!r}.", "Use an ISO 3166 alpha-3 code (SYR) or IGO, NGO, IMG.")
    path = overlay_path(overlay)
    entries = read_entries(path) if path.is_file() else []
    entry = ActorEntry(id=f"user:{slug(name)}", name=name, aliases=[a for a in dict.fromkeys(aliases) if a != name],
                       country=country, sector=sector, kind=kind)  # type: ignore[arg-type]  # fmt: skip
    entries = [e for e in entries if e.id != entry.id] + [entry]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        srsly.write_yaml(path, [e.model_dump(mode="json", exclude_defaults=True) for e in entries])
    except OSError as err:
        raise DataError(f"Cannot write the actor overlay {path}: {err.strerror or err}.", f"Pass another file with --overlay or set {ENV_VAR}.") from None
    return entry, path
