"""Build the Phoenix-derived actor data from the PETRARCH2 TABARI dictionaries.

Run ``python -m tidings.actors.build [SOURCE_DIR]`` (default: ``../shared/data/actors``
next to the repository). It writes, under ``tidings/data/actors/``:

- ``phoenix.jsonl``: actors (one JSON object per line, the ``ActorEntry`` schema);
- ``phoenix_agents.jsonl``: agent nouns ("police", "rebels") with their sector;
- ``phoenix_discards.txt``: phrases that look like actors but are not;
- ``LICENSE.petrarch2``: the MIT licence notice of the source.

The output is deterministic (same input, same bytes). Country-level blocks (only bare
country codes, dated or not: ``[SYR]``, ``[IRQ <20030320]``) are left out: their aliases
mix the country with its cities and provinces ("Tikrit" under Iraq), and ``countries.yaml``
(curated) covers states. Hand edits belong in
``curated.yaml`` / ``agents.yaml``, never in the generated files.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Optional

import spacy
from spacy.lang.en.stop_words import STOP_WORDS

from ..pipeline import SPACY_MODEL
from .dictionary import DATA_DIR, RELIGIONS, SECTORS, ActorEntry, Role, slug

__all__ = ["build", "parse_code", "parse_tabari", "plover_sector"]

SOURCE_FILES = (
    ("Phoenix.Countries.actors.txt", "countries"),
    ("Phoenix.International.actors.txt", "international"),
    ("Phoenix.MilNonState.actors.txt", "milnonstate"),
)
# Non-country prefixes of Phoenix codes, with the sector they imply. IGO/NGO fill the
# country slot and imply no sector ("IGOUNO" -> IGO, None), as the PLOVER gold records code them.
# CAMEO sector codes that PLOVER renamed (PLOVER manual, table 5.2, note 4): CAMEO's media
# (MED) is PLOVER's JRN, CAMEO's health (HLH) is PLOVER's MED; CAMEO's "unaligned armed
# forces" (UAF: militias, militants) are armed groups, REB, PLOVER's UAF being unidentified
# armed men, whose nouns agents.yaml lists ("gunman").
CAMEO_RENAMED = {"MED": "JRN", "HLH": "MED", "UAF": "REB"}
# PLOVER's secondary sector: it marks another role as the opposition's (manual 5.2.1, note 1).
SECONDARY_SECTOR = "OPP"
PREFIX_SECTORS = {"IGO": None, "NGO": None, "IMG": "INS", "MNC": "BUS", "INT": None, "UAF": "REB"}
# Prefixes that fill no country: "INTREB" (a transnational rebel group) -> country None.
STATELESS = {"INT"}
# Words that make an alias an institution rather than the person it is listed under
# ("ASSAD_REGIME" under Bashar al-Assad): composition handles those phrases.
INSTITUTION_HEADS = {"administration", "regime", "government", "forces", "camp", "cabinet"}
PARTICLES = {"al", "el", "bin", "ibn", "of", "the", "and", "for", "de", "la", "du", "van", "von", "da", "in"}
DANGLING = {"in", "of", "to", "for", "with", "on", "at", "by", "from"}
_CODE = re.compile(r"\[([^\]]*)\]")
# Persons whose every role ended before this date are left out (keeps the data small).
OLDEST = dt.date(1990, 1, 1)


def _date(text: str) -> Optional[dt.date]:
    """A TABARI date: YYMMDD (years <= 30 are 20xx) or YYYYMMDD; None when malformed."""
    text = text.strip()
    try:
        if len(text) == 6:
            year = int(text[:2])
            return dt.date(2000 + year if year <= 30 else 1900 + year, int(text[2:4]), int(text[4:6]))
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None
    return None


def plover_sector(chunks: list[str]) -> Optional[str]:
    """The sector a CAMEO code's 3-letter chunks give, in PLOVER's vocabulary: the first role,
    else the first faith ("MUSUAF", an Islamic militant: REB; "MUS", a Muslim: MUS). OPP is a
    secondary code in PLOVER (manual 5.2.1, note 1): another role wins ("OPPMED", an
    opposition newspaper: JRN)."""
    codes = [CAMEO_RENAMED.get(c, c) for c in chunks if c in SECTORS or c in CAMEO_RENAMED]
    roles = [c for c in codes if c not in RELIGIONS]
    return next((c for c in roles if c != SECONDARY_SECTOR), roles[0] if roles else codes[0] if codes else None)


def parse_code(code: str) -> Optional[Role]:
    """One TABARI code ("IRQGOV 140908-181025", "SYRGOV >000717", "IGOUNO") as a Role.

    RETURNS (Role | None): None for an empty or unusable code.
    """
    parts = code.replace("> ", ">").replace("< ", "<").split()
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None
    symbol, when = parts[0], (parts[1] if len(parts) > 1 else "")
    chunks = [symbol[i : i + 3] for i in range(0, len(symbol), 3)]
    country: Optional[str] = chunks[0]
    sector = plover_sector(chunks[1:])
    if chunks[0] in PREFIX_SECTORS:
        sector = PREFIX_SECTORS[chunks[0]] or sector
        if chunks[0] == "MNC":  # "MNCUSAHLH": a firm of that country; "MNCHLH": of none
            country = chunks[1] if len(chunks) > 1 and not plover_sector(chunks[1:2]) else None
        if chunks[0] in STATELESS:
            country = None
    elif own := plover_sector(chunks[:1]):  # "[ELI]" under a person: a sector, no country
        country, sector = None, own
    start = end = None
    if when.startswith(">"):
        start = _date(when[1:])
    elif when.startswith("<"):
        end = _date(when[1:])
    elif "-" in when:
        first, _, last = when.partition("-")
        start, end = _date(first), _date(last)
    return Role(country=country, sector=sector, start=start, end=end)


def _display(phrase: str) -> str:
    """TABARI phrase ("BASHAR_AL-ASSAD_") in display case ("Bashar al-Assad")."""
    words = [w for w in phrase.replace("_", " ").split() if w]
    if len(words) == 1 and len(words[0]) <= 4 and words[0].isalpha():
        return words[0]  # acronym (ISIS, UN, AQI)
    out = []
    for i, word in enumerate(words):
        pieces = [p.lower() if (p.lower() in PARTICLES and (i or j)) else p.capitalize() for j, p in enumerate(word.split("-"))]
        out.append("-".join(pieces))
    return " ".join(out)


def _phrase(raw: str) -> str:
    """The name part of a dictionary line, comments and codes removed."""
    raw = raw.split("#", 1)[0]
    raw = _CODE.sub(" ", raw).split("{", 1)[0]
    return " ".join(raw.replace("_", " ").split()).strip(" +")


def parse_tabari(lines: list[str]) -> list[tuple[list[str], list[Role]]]:
    """Parse a TABARI actor file into (names, roles) blocks; names[0] is the root.

    Consecutive roots with no code of their own share the codes that follow them
    (TABARI lists several names above one code line).
    """
    blocks: list[tuple[list[str], list[Role]]] = []
    pending: list[tuple[list[str], list[Role]]] = []
    tail_codes = False

    def flush() -> None:
        blocks.extend(b for b in pending if b[1])
        pending.clear()

    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        codes = [r for r in (parse_code(c) for c in _CODE.findall(line.split("#", 1)[0])) if r]
        if line[0] in "\t[ ":
            if pending and codes:
                for block in pending:
                    if not block[1] or tail_codes:
                        block[1].extend(codes)
                tail_codes = True
            continue
        if line.startswith("+"):
            if pending:
                pending[-1][0].extend(p for p in (_phrase(s) for s in line.split("+")) if p)
            continue
        name = _phrase(line)
        if not name:
            continue
        if tail_codes or (pending and pending[-1][1]):
            flush()
            tail_codes = False
        pending.append(([name], codes))
    flush()
    return blocks


def _kind(source: str, roles: list[Role], comment_person: bool) -> str:
    """Phoenix has no kind field: infer it from the file and the codes."""
    if source == "milnonstate":
        return "group"
    if any(r.start or r.end for r in roles) or comment_person:
        return "person"
    if roles[0].country in ("IGO", "NGO") or roles[0].sector in ("BUS", "JRN", "MED", "IGO", "NGO"):
        return "organisation"
    return "group"


def _common_words() -> set[str]:
    """English words (WordNet lemma index shipped with the spaCy model, plus stop words).

    A one-word Phoenix alias that is also an English word ("ORGANIZATION", "FRONT") is
    dropped: the curated file re-adds the few real one-word names (Hamas, Taliban).
    """
    table = spacy.load(SPACY_MODEL).get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return set(STOP_WORDS).union(*(set(words) for words in table.values()))


def _entries(source_dir: Path, discards: set[str], agents: set[str]) -> list[dict]:
    common = _common_words()
    entries: dict[str, dict] = {}
    for filename, source in SOURCE_FILES:
        text = (source_dir / filename).read_text(encoding="utf-8", errors="replace")
        person_roots = {_phrase(line) for line in text.splitlines() if "CountryInfo" in line and not line.startswith(("\t", "+"))}
        for names, roles in parse_tabari(text.splitlines()):
            if all(r.sector is None and r.country not in PREFIX_SECTORS for r in roles):
                continue  # bare country codes, dated or not: the state block (see module docstring)
            kind = _kind(source, roles, names[0] in person_roots)
            aliases: list[str] = []
            for name in names:
                display = _display(name)
                low = display.lower()
                words = low.split()
                if low in discards or low in agents or len(low) < 2:
                    continue
                if len(words) == 1 and low in common:
                    continue
                if kind == "person" and len(words) > 1 and words[-1] in INSTITUTION_HEADS:
                    continue
                if display not in aliases:
                    aliases.append(display)
            if not aliases:
                continue
            undated = [r for r in roles if not (r.start or r.end)]
            base = undated[-1] if undated else roles[-1]
            key = f"phx:{slug(aliases[0])}"
            if key in entries:  # the same root listed twice: merge
                entry = entries[key]
                known = entry.setdefault("aliases", [])
                known += [a for a in aliases if a not in known and a != entry["name"]
                          and not (entry.get("kind") == "person" and a.lower().split()[-1] in INSTITUTION_HEADS)]
                continue
            if kind == "person" and all(r.end and r.end < OLDEST for r in roles):
                continue  # out of office before modern news archives
            entries[key] = ActorEntry(
                id=key,
                name=aliases[0],
                aliases=aliases[1:],
                country=base.country,
                sector=base.sector,
                kind=kind,
                roles=[r for r in roles if r.start or r.end],
            ).model_dump(mode="json", exclude_defaults=True)
    return list(entries.values())


def _agents(source_dir: Path) -> list[dict]:
    """Phoenix agent nouns: "POLICE_OFFICER {} [~COP]" -> {"phrase": "police officer", ...}."""
    macros: dict[str, list[str]] = {}
    rows: dict[str, dict] = {}
    for line in (source_dir / "Phoenix.agents.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            name, _, values = line.partition("=")
            macros[name.strip()] = [v.strip().lower() for v in values.split(",")]
            continue
        code = re.search(r"\[~([A-Z]+)\]", line)
        if not code:
            continue
        sector = plover_sector([code.group(1)[i : i + 3] for i in range(0, len(code.group(1)), 3)])
        plural = re.search(r"\{([^}]*)\}", line)
        phrase = line[: min(i for i in (line.find("{"), line.find("["), len(line)) if i >= 0)].strip()
        forms = [phrase]
        for macro, values in macros.items():
            if macro in phrase:
                forms = [f.replace(macro, v) for f in forms for v in values]
        for form in forms:
            text = " ".join(form.replace("_", " ").lower().split())
            if text.rsplit(" ", 1)[-1] in DANGLING:
                continue  # "EMBASSY_IN {}": the complement is matched separately
            if text and sector and text not in rows:
                row = {"phrase": text, "sector": sector}
                if plural and plural.group(1).strip():
                    row["plural"] = " ".join(plural.group(1).replace("_", " ").lower().split())
                elif plural:
                    row["plural"] = text  # "{}": the plural is the same word ("police")
                rows[text] = row
    return list(rows.values())


def _discards(source_dir: Path) -> list[str]:
    out: list[str] = []
    for line in (source_dir / "Phoenix.discards.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        phrase = " ".join(line.split("#", 1)[0].strip().lstrip("+").replace("_", " ").lower().split())
        if phrase and not phrase.isdigit() and phrase not in out:
            out.append(phrase)
    return out


def build(source_dir: Path, out_dir: Path = DATA_DIR) -> dict[str, int]:
    """Write the Phoenix-derived files. RETURNS (dict): counts of what was written."""
    discards = _discards(source_dir)
    agents = _agents(source_dir)
    entries = _entries(source_dir, set(discards), {a["phrase"] for a in agents})
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "phoenix.jsonl").open("w", encoding="utf-8") as f:
        for entry in entries:
            f.write(json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
    with (out_dir / "phoenix_agents.jsonl").open("w", encoding="utf-8") as f:
        for agent in agents:
            f.write(json.dumps(agent, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
    (out_dir / "phoenix_discards.txt").write_text("\n".join(discards) + "\n", encoding="utf-8")
    shutil.copyfile(source_dir / "LICENSE.petrarch2", out_dir / "LICENSE.petrarch2")
    return {"entries": len(entries), "aliases": sum(1 + len(e.get("aliases", [])) for e in entries),
            "agents": len(agents), "discards": len(discards)}


def main(argv: list[str]) -> None:
    """Command-line entry: ``python -m tidings.actors.build [SOURCE_DIR]``."""
    default = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "actors"
    print(build(Path(argv[0]) if argv else default))


if __name__ == "__main__":
    main(sys.argv[1:])
