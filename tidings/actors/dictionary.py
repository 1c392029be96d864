"""The actor dictionary: who can be named in the news, and how.

Data lives in ``tidings/data/actors/`` (see SOURCES.md there):

- ``countries.yaml``: every state, with short names, demonyms and seats of government
  usable as metonyms ("Washington", "the Kremlin");
- ``curated.yaml``: IGOs, NGOs, media, armed groups, office holders with dated roles;
- ``phoenix.jsonl``: generated from the PETRARCH2 Phoenix dictionaries by
  ``python -m tidings.actors.build`` (do not edit by hand);
- ``agents.yaml`` + ``phoenix_agents.jsonl``: agent nouns ("rebels" -> REB) and the small
  word lists the resolver uses (person titles, anaphors, locative prepositions);
- ``discards.txt`` + ``phoenix_discards.txt``: names that are never actors.

Every file is validated with the pydantic models below on load. A user adds an actor by
writing an overlay file (YAML list or JSONL of ``ActorEntry``) and passing it to
``load_dictionary(overlay=...)``: overlay entries replace entries with the same id and
win over other entries sharing an alias.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, Optional

import srsly
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from ..datafiles import describe_error, read_yaml
from ..errors import DataError

__all__ = [
    "ActorDictionary",
    "ActorEntry",
    "AgentEntry",
    "DATA_DIR",
    "Lexicon",
    "Metonym",
    "Role",
    "load_dictionary",
    "normalize",
    "search",
]

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
# CAMEO/PLOVER sector codes recognised in codes and data files.
SECTORS = frozenset(
    "GOV MIL REB INS OPP COP JUD LEG MED CVL BUS IGO NGO ELI PTY SPY UAF RAD HRI EDU HLH "
    "LAB AGR ENV REF REL CRM DEV MUS CHR JEW HIN BUD SET MOD".split()
)
Kind = Literal["person", "group", "state", "organisation"]


class Role(BaseModel):
    """A dated role: "Abadi" is IRQ GOV from 2014-09-08 to 2018-10-25 (None: open)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    country: Optional[str] = None
    sector: Optional[str] = None
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None

    def covers(self, when: dt.date) -> bool:
        """Whether the role holds on ``when``."""
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


class Metonym(BaseModel):
    """A place name standing for an actor ("Washington" -> USA GOV, "the Pentagon" -> USA MIL)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    sector: str = "GOV"
    label: Literal["GPE", "ORG", "FAC"] = "GPE"


class ActorEntry(BaseModel):
    """One actor. country: ISO3 (or IGO/NGO/IMG); roles override country/sector by date."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    aliases: list[str] = []
    country: Optional[str] = None
    sector: Optional[str] = None
    kind: Kind = "group"
    roles: list[Role] = []
    demonyms: list[str] = []
    metonyms: list[Metonym] = []

    def role_at(self, when: Optional[dt.date]) -> tuple[Optional[str], Optional[str]]:
        """(country, sector) on ``when``: the covering role with the latest start, else the
        entry's own country/sector; with no date, the latest role.

        RETURNS (tuple[str | None, str | None]).
        """
        if self.roles:
            if when is None:
                latest = max(self.roles, key=lambda r: (r.end is None, r.start or dt.date.min))
                return latest.country, latest.sector
            active = [r for r in self.roles if r.covers(when)]
            if active:
                best = max(active, key=lambda r: r.start or dt.date.min)
                return best.country, best.sector
        return self.country, self.sector


class AgentEntry(BaseModel):
    """An agent noun: "police officer" -> COP. plural: its plural when not regular."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    phrase: str = Field(min_length=1)
    sector: Optional[str] = None
    plural: Optional[str] = None


class Lexicon(BaseModel):
    """``agents.yaml``: curated agent nouns plus the word lists the resolver reads."""

    model_config = ConfigDict(extra="forbid")
    agents: list[AgentEntry]
    person_titles: list[str]
    institutions: list[str]
    anaphors: list[str]
    diplomatic: list[str]
    locative_prepositions: list[str]
    honorifics: list[str]
    possessive_links: list[str]


_ENTRIES = TypeAdapter(list[ActorEntry])
_AGENTS = TypeAdapter(list[AgentEntry])
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Key for name lookups: lower case, no dots, hyphens as spaces, no leading "the",
    no trailing possessive ("The U.S.'s" -> "us")."""
    text = text.replace("’", "'").replace("‘", "'").lower()
    text = re.sub(r"'s?$", "", text.strip())
    text = _SPACES.sub(" ", text.replace(".", "").replace("-", " ")).strip()
    return text[4:] if text.startswith("the ") else text


def plural(word: str) -> str:
    """English plural of an agent noun or demonym ("militia" -> "militias", "man" -> "men")."""
    last = word.rsplit(" ", 1)[-1]
    if last.endswith(("ese", "ish", "ch", "ss", "police", "personnel", "military", "staff")):
        return word
    if last.endswith("man"):
        return word[:-3] + "men"
    if last.endswith("person"):
        return word[:-6] + "people"
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if last.endswith(("s", "x", "sh")):
        return word + "es"
    return word + "s"


@dataclass(frozen=True)
class Hit:
    """An index hit: entry, how the name matched ("name" | "alias" | "demonym" | "metonym"),
    and for a metonym the sector it stands for and its entity label."""

    entry: ActorEntry
    how: str
    sector: Optional[str] = None
    label: Optional[str] = None


class ActorDictionary:
    """Entries, a name index, agent nouns, the resolver's word lists and discards.

    entries (dict[str, ActorEntry]): by id, in priority order (overlay, curated, Phoenix).
    """

    def __init__(self, entries: list[ActorEntry], lexicon: Lexicon, phoenix_agents: list[AgentEntry], discards: set[str]) -> None:
        self.discards = discards
        self.entries: dict[str, ActorEntry] = {}
        for entry in entries:
            self.entries.setdefault(entry.id, entry)
        self.index: dict[str, list[Hit]] = {}
        for entry in self.entries.values():
            for name in (entry.name, *entry.aliases):
                self._add(name, Hit(entry, "name" if name == entry.name else "alias"))
            for demonym in entry.demonyms:
                self._add(demonym, Hit(entry, "demonym"))
                self._add(plural(demonym), Hit(entry, "demonym"))
            for metonym in entry.metonyms:
                self._add(metonym.name, Hit(entry, "metonym", metonym.sector, metonym.label))
        # A Phoenix entry named like a curated one of the same kind stands for it
        # ("President Vladimir Putin" is listed under Phoenix's Putin only).
        for key, hits in self.index.items():
            curated = {h.entry.name: h.entry for h in hits if not h.entry.id.startswith("phx:")}
            for i, hit in enumerate(hits):
                if hit.entry.id.startswith("phx:"):
                    same = next((h.entry for h in self.index.get(normalize(hit.entry.name), []) if not h.entry.id.startswith("phx:") and h.entry.kind == hit.entry.kind), None)
                    if same is not None and same.name not in curated:
                        hits[i] = Hit(same, hit.how, hit.sector, hit.label)
                        curated[same.name] = same
            self.index[key] = [h for j, h in enumerate(hits) if all(h.entry.id != o.entry.id for o in hits[:j])]
        self.lexicon = lexicon
        self.agents: dict[str, AgentEntry] = {}
        for agent in (*lexicon.agents, *phoenix_agents):  # curated first: it overrides Phoenix
            for form in (agent.phrase, agent.plural or plural(agent.phrase)):
                self.agents.setdefault(normalize(form), agent)

    def _add(self, name: str, hit: Hit) -> None:
        key = normalize(name)
        if key and key not in self.discards:
            hits = self.index.setdefault(key, [])
            if all(h.entry.id != hit.entry.id for h in hits):
                hits.append(hit)

    def lookup(self, text: str) -> list[Hit]:
        """Entries named ``text`` (exact, normalized), best first. RETURNS (list[Hit])."""
        return self.index.get(normalize(text), [])

    def search(self, name: str) -> list[ActorEntry]:
        """Entries whose name or alias equals, then contains, ``name`` (case-insensitive).

        RETURNS (list[ActorEntry]): exact matches first, at most 50.
        """
        key = normalize(name)
        found = {h.entry.id: h.entry for h in self.lookup(name)}
        if key:
            for alias, hits in self.index.items():
                if len(found) >= 50:
                    break
                if key in alias:
                    found.update((h.entry.id, h.entry) for h in hits if h.entry.id not in found)
        return list(found.values())[:50]

    def is_discarded(self, text: str) -> bool:
        """Whether ``text`` is listed as never an actor ("Twitter", "last week")."""
        return normalize(text) in self.discards


def _read_entries(path: Path) -> list[ActorEntry]:
    try:
        if path.suffix == ".jsonl":
            raw = path.read_bytes().strip().replace(b"\n", b",")
            return _ENTRIES.validate_json(b"[" + raw + b"]")
        return _ENTRIES.validate_python(srsly.read_yaml(path) or [])
    except (OSError, ValueError, ValidationError) as e:
        raise DataError(f"actor dictionary {path} is invalid: {describe_error(e)}.", "Fix the file or remove it from the overlay.") from e


def _read_lines(path: Path) -> set[str]:
    return {normalize(l.split("#", 1)[0]) for l in path.read_text(encoding="utf-8").splitlines() if l.split("#", 1)[0].strip()}


@lru_cache(maxsize=8)
def load_dictionary(overlay: Optional[Path] = None, data_dir: Path = DATA_DIR) -> ActorDictionary:
    """Load (once per arguments) the bundled dictionary, plus an optional overlay file.

    overlay (Path | None): YAML or JSONL list of ``ActorEntry``; its entries win.
    data_dir (Path): where the bundled files are.
    RETURNS (ActorDictionary). Raises DataError when a file is missing or invalid.
    """
    lexicon = read_yaml(data_dir / "agents.yaml", Lexicon.model_validate, "actor lexicon", "Reinstall tidings.")
    try:
        phoenix_agents = _AGENTS.validate_json(b"[" + (data_dir / "phoenix_agents.jsonl").read_bytes().strip().replace(b"\n", b",") + b"]")
        discards = _read_lines(data_dir / "discards.txt") | _read_lines(data_dir / "phoenix_discards.txt")
    except (OSError, ValueError, ValidationError) as e:
        raise DataError(f"actor lexicon in {data_dir} is invalid: {describe_error(e)}.", "Reinstall tidings or run python -m tidings.actors.build.") from e
    entries = [*(_read_entries(Path(overlay)) if overlay else []),
               *_read_entries(data_dir / "countries.yaml"),
               *_read_entries(data_dir / "curated.yaml"),
               *_read_entries(data_dir / "phoenix.jsonl")]
    return ActorDictionary(entries, lexicon, phoenix_agents, discards)


def search(name: str, overlay: Optional[Path] = None) -> list[ActorEntry]:
    """Look a name up in the dictionary (``tidings actors search``). RETURNS (list[ActorEntry])."""
    return load_dictionary(overlay).search(name)
