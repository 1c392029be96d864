"""The actor dictionary: who can be named in the news, and how.

Data lives in ``tidings/data/actors/`` (see SOURCES.md there):

- ``countries.yaml``: every state, with short names, demonyms and seats of government
  usable as metonyms ("Washington", "the Kremlin");
- ``curated.yaml``: IGOs, NGOs, media, armed groups, office holders with dated roles;
- ``phoenix.jsonl``: generated from the PETRARCH2 Phoenix dictionaries by
  ``python -m tidings.actors.build`` (do not edit by hand);
- ``agents.yaml`` + ``phoenix_agents.jsonl``: agent nouns ("rebels" -> REB) and the small
  word lists the resolver uses (person titles, anaphors, locative prepositions);
- ``offices.yaml``: who held which office of a state when ("the Syrian president" on a
  date -> Bashar al-Assad);
- ``discards.txt`` + ``phoenix_discards.txt``: names that are never actors.

Every file is validated with the pydantic models below on load. A user adds an actor by
writing an overlay file (YAML list or JSONL of ``ActorEntry``; ``tidings actors add``
writes one, see ``tidings.actors.overlay``) and passing it to ``load_dictionary(overlay=...)``:
overlay entries replace entries with the same id and win over other entries sharing an alias.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from typing import Literal, NamedTuple, Optional

import srsly
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from ..datafiles import describe_error, read_yaml
from ..errors import DataError

__all__ = [
    "ActorDictionary",
    "ActorEntry",
    "AgentEntry",
    "DATA_DIR",
    "Holder",
    "Kind",
    "Lexicon",
    "Metonym",
    "Office",
    "Role",
    "load_dictionary",
    "normalize",
    "read_entries",
    "search",
    "slug",
]

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
# Sector codes recognised in codes and data files: PLOVER's (its manual, table 5.2: JRN is
# the media, MED health, UAF unidentified armed forces, PRM pro-government paramilitaries),
# plus CAMEO's insurgents (INS), radicals, development, environment and faiths.
SECTORS = frozenset(
    "GOV MIL REB INS OPP COP JUD LEG MED JRN CVL BUS IGO NGO ELI PTY PRM SPY UAF RAD HRI EDU "
    "LAB AGR ENV REF REL CRM DEV MUS CHR JEW HIN BUD SET MOD".split()
)
# The religion codes among them: an agent coded with one alone is of that faith ("Christians").
RELIGIONS = frozenset({"MUS", "CHR", "JEW", "HIN", "BUD"})
# The sector of religious figures (CAMEO REL: clergy, missionaries, pilgrims).
RELIGIOUS_SECTOR = "REL"
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
    aliases: list[str] = Field(default_factory=list)  # a factory: no deep copy per entry
    country: Optional[str] = None
    sector: Optional[str] = None
    kind: Kind = "group"
    roles: list[Role] = Field(default_factory=list)  # a factory: no deep copy per entry
    demonyms: list[str] = Field(default_factory=list)  # a factory: no deep copy per entry
    metonyms: list[Metonym] = Field(default_factory=list)  # a factory: no deep copy per entry

    def role_on(self, when: Optional[dt.date]) -> Optional[Role]:
        """The dated role covering ``when`` (the latest-starting one), None when none does
        or ``when`` is None."""
        active = [r for r in self.roles if when is not None and r.covers(when)]
        return max(active, key=lambda r: r.start or dt.date.min) if active else None

    def role_at(self, when: Optional[dt.date]) -> tuple[Optional[str], Optional[str]]:
        """(country, sector) on ``when``: the covering role with the latest start, else the
        entry's own country/sector; with no date, the latest role when it is still open,
        else the entry's own (a role that ended is history: "the Rwandan Patriotic Front").

        RETURNS (tuple[str | None, str | None]).
        """
        if self.roles and when is None:
            latest = max(self.roles, key=lambda r: (r.end is None, r.start or dt.date.min))
            if latest.end is None:
                return latest.country, latest.sector
        role = self.role_on(when)
        return (role.country, role.sector) if role else (self.country, self.sector)


class AgentEntry(BaseModel):
    """An agent noun: "police officer" -> COP. plural: its plural when not regular. noun:
    an actor only as a common noun ("a US national"), not as an adjective ("national
    interests") nor inside a name ("the National Zoo")."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    phrase: str = Field(min_length=1)
    sector: Optional[str] = None
    plural: Optional[str] = None
    noun: bool = False


class Holder(BaseModel):
    """One holder of an office: the actor id and the dates (None: open)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None


class Office(BaseModel):
    """An office of a state ("the Syrian president"): the titles naming it and its holders."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    country: str
    titles: list[str]
    holders: list[Holder]


class Lexicon(BaseModel):
    """``agents.yaml``: curated agent nouns plus the word lists the resolver reads."""

    model_config = ConfigDict(extra="forbid")
    agents: list[AgentEntry]
    person_titles: list[str]
    institutions: list[str]
    followers: list[str]
    anaphors: list[str]
    diplomatic: list[str]
    locative_prepositions: list[str]
    place_verbs: list[str]
    honorifics: list[str]
    name_particles: list[str]
    possessive_links: list[str]
    host_prepositions: list[str]
    sender_prepositions: list[str]
    not_agents: list[str]
    ethnic: list[AgentEntry]
    ethnonyms: list[str]
    relational_nouns: list[str]
    civilian_property: list[str]
    pronouns: list[str]
    collective_pronouns: list[str]
    former_words: list[str]
    modifier_prefixes: list[str]
    ranks: list[str]
    state_bodies: list[str]
    border_nouns: list[str]
    force_heads: list[str]
    place_heads: list[str]


_ENTRIES = TypeAdapter(list[ActorEntry])
_AGENTS = TypeAdapter(list[AgentEntry])
_OFFICES = TypeAdapter(list[Office])


@lru_cache(maxsize=1 << 16)
def normalize(text: str) -> str:
    """Key for name lookups: lower case, no dots, hyphens as spaces, no leading "the",
    no trailing possessive ("The U.S.'s" -> "us")."""
    text = text.replace("’", "'").replace("‘", "'").lower().strip()
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    text = " ".join(text.replace(".", "").replace("-", " ").split())
    return text[4:] if text.startswith("the ") else text


def slug(text: str) -> str:
    """An id-safe form of a name ("Bashar al-Assad" -> "bashar_al_assad")."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


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


class Hit(NamedTuple):
    """An index hit: entry, how the name matched ("name" | "alias" | "demonym" | "metonym" |
    "surname" | "first+last"),
    and for a metonym the sector it stands for and its entity label."""

    entry: ActorEntry
    how: str
    sector: Optional[str] = None
    label: Optional[str] = None


class ActorDictionary:
    """Entries, a name index, agent nouns, the resolver's word lists and discards.

    entries (dict[str, ActorEntry]): by id, in priority order (overlay, curated, Phoenix).
    offices (dict[tuple[str, str], list[Holder]]): (country, normalized title) -> holders.
    """

    def __init__(self, entries: list[ActorEntry], lexicon: Lexicon, phoenix_agents: list[AgentEntry], discards: set[str],
                 offices: tuple[Office, ...] = ()) -> None:
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
        stand_in: dict[str, Optional[ActorEntry]] = {}  # Phoenix id -> the curated entry it stands for
        for entry in self.entries.values():
            if entry.id.startswith("phx:"):
                stand_in[entry.id] = next((h.entry for h in self.index.get(normalize(entry.name), [])
                                           if not h.entry.id.startswith("phx:") and h.entry.kind == entry.kind), None)
        for key, hits in self.index.items():
            if not any(stand_in.get(h.entry.id) for h in hits):
                continue
            curated = {h.entry.name: h.entry for h in hits if not h.entry.id.startswith("phx:")}
            for i, hit in enumerate(hits):
                same = stand_in.get(hit.entry.id)
                if same is not None and same.name not in curated:
                    hits[i] = Hit(same, hit.how, hit.sector, hit.label)
                    curated[same.name] = same
            self.index[key] = [h for j, h in enumerate(hits) if all(h.entry.id != o.entry.id for o in hits[:j])]
        surnames: dict[str, list[ActorEntry]] = {}
        first_last: dict[tuple[str, str], set[str]] = {}
        for entry in self.entries.values():
            if entry.kind == "person" and len(entry.name.split()) > 1:
                surnames.setdefault(normalize(entry.name.split()[-1]), []).append(entry)
                for name in (entry.name, *entry.aliases):
                    if len(words := normalize(name).split()) > 2:
                        first_last.setdefault((words[0], words[-1]), set()).add(entry.id)
        self.surnames = {key: found[0] for key, found in surnames.items() if len(found) == 1 and key not in self.index}
        # one person, or Phoenix's duplicates of one ("Umar al Bashir", "Omar Hassan Ahmad al Bashir")
        self.first_last = {key: self.entries[min(ids)] for key, ids in first_last.items() if len({self.entries[i].country for i in ids}) == 1}
        self.lexicon = lexicon
        self.agents: dict[str, AgentEntry] = {}
        forms: dict[str, str] = {}  # as written, lower case ("secretary-general") -> key
        for agent in (*lexicon.agents, *phoenix_agents):  # curated first: it overrides Phoenix
            for form in (agent.phrase, agent.plural or plural(agent.phrase)):
                self.agents.setdefault(normalize(form), agent)
                forms[form.lower()] = normalize(form)
        for phrase in lexicon.not_agents:  # nouns Phoenix lists that name no actor ("population")
            for form in (phrase, plural(phrase)):
                self.agents.pop(normalize(form), None)
        # Phoenix codes a religious figure of a faith by the faith alone ("Christian missionary"
        # CHR); CAMEO codes the figure REL, as its head noun is ("missionary", "bishop").
        for key, agent in self.agents.items():
            head = self.agents.get(normalize(agent.phrase).rsplit(" ", 1)[-1])
            if agent.sector in RELIGIONS and head is not None and head.sector == RELIGIOUS_SECTOR:
                self.agents[key] = agent.model_copy(update={"sector": RELIGIOUS_SECTOR})
        # Spellings to match in text: normalized keys, and hyphenated forms as written.
        self.agent_forms = sorted({*self.agents, *(form for form, key in forms.items() if key in self.agents)})
        self.offices: dict[tuple[str, str], list[Holder]] = {}
        for office in offices:
            for holder in office.holders:
                if holder.id not in self.entries:
                    raise DataError(f"Office holder {holder.id!r} ({office.country}) is not in the actor dictionary.",
                                    "Fix offices.yaml or add the actor to curated.yaml.")
            for title in office.titles:
                self.offices.setdefault((office.country, normalize(title)), []).extend(office.holders)

    def _add(self, name: str, hit: Hit) -> None:
        key = normalize(name)
        if key and key not in self.discards:
            hits = self.index.setdefault(key, [])
            if all(h.entry.id != hit.entry.id for h in hits):
                hits.append(hit)

    def by_surname(self, text: str) -> Optional[Hit]:
        """The one person whose name ends with ``text`` ("Kagame"), if exactly one does and
        no entry is named ``text``. RETURNS (Hit | None)."""
        entry = self.surnames.get(normalize(text))
        return Hit(entry, "surname") if entry else None

    def by_first_last(self, text: str) -> Optional[Hit]:
        """The one person (or persons of one state) whose longer name starts and ends like
        ``text`` ("Carlos Menem", "Omar El Bashir" -> "Carlos Saul Menem", "Omar Hassan Ahmad al Bashir").
        RETURNS (Hit | None)."""
        words = normalize(text).split()
        entry = self.first_last.get((words[0], words[-1])) if len(words) > 1 else None
        return Hit(entry, "first+last") if entry else None

    def office_holder(self, country: str, title: str, when: Optional[dt.date]) -> Optional[ActorEntry]:
        """Who held the office ``title`` of ``country`` on ``when`` (no date: the latest
        holder). RETURNS (ActorEntry | None)."""
        holders = self.offices.get((country, normalize(title)), [])
        if when is not None:
            holders = [h for h in holders if (h.start is None or h.start <= when) and (h.end is None or when <= h.end)]
        best = max(holders, key=lambda h: h.start or dt.date.min, default=None)
        return self.entries[best.id] if best else None

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


def read_entries(path: Path) -> list[ActorEntry]:
    """The entries of a dictionary file (YAML list or JSONL of ``ActorEntry``).

    RETURNS (list[ActorEntry]). Raises DataError (one line) when unreadable or invalid.
    """
    try:
        if path.suffix == ".jsonl":
            raw = path.read_bytes().strip().replace(b"\n", b",")
            return _ENTRIES.validate_json(b"[" + raw + b"]")
        return _ENTRIES.validate_python(srsly.read_yaml(path) or [])
    except (OSError, ValueError, ValidationError) as e:
        raise DataError(f"actor dictionary {path} is invalid: {describe_error(e)}.", "Fix the file or remove it from the overlay.") from e


def _read_lines(path: Path) -> set[str]:
    kept = (line.split("#", 1)[0] for line in path.read_text(encoding="utf-8").splitlines())
    return {normalize(line) for line in kept if line.strip()}


def load_dictionary(overlay: Optional[Path] = None, data_dir: Path = DATA_DIR) -> ActorDictionary:
    """Load the bundled dictionary, plus an optional overlay file (cached until it changes).

    overlay (Path | None): YAML or JSONL list of ``ActorEntry``; its entries win.
    data_dir (Path): where the bundled files are.
    RETURNS (ActorDictionary). Raises DataError when a file is missing or invalid.
    """
    path = Path(overlay).expanduser() if overlay else None
    stamp = (path.stat().st_mtime_ns, path.stat().st_size) if path and path.is_file() else None
    return _load(path, stamp, data_dir)


@lru_cache(maxsize=8)
def _load(overlay: Optional[Path], stamp: Optional[tuple[int, int]], data_dir: Path) -> ActorDictionary:
    """``load_dictionary`` once per overlay version (``stamp``: its mtime and size)."""
    lexicon = read_yaml(data_dir / "agents.yaml", Lexicon.model_validate, "actor lexicon", "Reinstall tidings.")
    try:
        phoenix_agents = _AGENTS.validate_json(b"[" + (data_dir / "phoenix_agents.jsonl").read_bytes().strip().replace(b"\n", b",") + b"]")
        discards = _read_lines(data_dir / "discards.txt") | _read_lines(data_dir / "phoenix_discards.txt")
    except (OSError, ValueError, ValidationError) as e:
        raise DataError(f"actor lexicon in {data_dir} is invalid: {describe_error(e)}.", "Reinstall tidings or run python -m tidings.actors.build.") from e
    entries = [*(read_entries(overlay) if overlay else []),
               *read_entries(data_dir / "countries.yaml"),
               *read_entries(data_dir / "curated.yaml"),
               *read_entries(data_dir / "phoenix.jsonl")]
    offices = read_yaml(data_dir / "offices.yaml", _OFFICES.validate_python, "office table", "Reinstall tidings.")
    return ActorDictionary(entries, lexicon, phoenix_agents, discards, tuple(offices))


def search(name: str, overlay: Optional[Path] = None) -> list[ActorEntry]:
    """Look a name up in the dictionary (``tidings actors search``). RETURNS (list[ActorEntry])."""
    return load_dictionary(overlay).search(name)
