"""The gazetteer: place names -> candidate places (countries, admin units, cities, curated).

The bulk comes from the compiled index ``tidings/data/geo/gazetteer.json.gz`` (built from
GeoNames data by ``python -m tidings.geo.build``); ``curated.yaml`` (places news names that
GeoNames lacks, country short names and centres) and ``demonyms.tsv`` are read at load time
and validated, so users extend them without rebuilding. ``load_gazetteer()`` caches one
instance per process.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, Field

from ..datafiles import read_yaml
from ..errors import DataError

__all__ = [
    "ARTICLES",
    "DATA_DIR",
    "FEATURES",
    "Gazetteer",
    "Place",
    "abbreviated_word",
    "fold",
    "haversine_km",
    "load_gazetteer",
    "load_place_context",
    "read_ruler_exclude",
    "normalize",
]

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "geo"
INDEX_PATH = DATA_DIR / "gazetteer.json.gz"
INDEX_VERSION = 1


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
FEATURES: tuple[str, ...] = ("country", "admin1", "admin2", "city", "region", "point")

Feature = Literal["country", "admin1", "admin2", "city", "region", "point"]

_APOSTROPHES = re.compile(r"[\u2018\u2019'`\u02bb\u02bf\u02be.]")
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_/,]+")


def fold(name: str) -> str:
    """The name without accents: "Al Bāb" -> "Al Bab"."""
    folded = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


# Arabic articles as romanised, assimilated or not ("al-Bab", "Ad Diwaniyah", "Ash Shaddadi").
ARTICLES = ("al", "el", "an", "ar", "as", "ash", "at", "ad", "az")

# The articles news drops; not those that open names in other languages too: "An Phú"
# (Vietnamese), "El Paso" (Spanish), "Ash Flat" (English).
_DROPPED_ARTICLES = ("al", "ad", "ar", "as", "at", "az")

# Abbreviated generic words that open or sit inside a name ("St. Paris", "Sault Ste. Marie").
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}

# An abbreviated word ("La.", "Calif."): its aliases keep the dot, so that an initialism ("L.A.")
# or the bare word ("La") does not name what it abbreviates.
_ABBREVIATED = re.compile(r"[A-Z][a-z]+\.")


def normalize(name: str) -> str:
    """Lookup key of a place name: case, accents, dots, apostrophes, hyphens and a leading
    "the" do not matter ("the U.S." -> "us", "Al-Bāb" -> "al bab")."""
    folded = _APOSTROPHES.sub("", fold(name).lower())
    folded = _SEPARATORS.sub(" ", folded).strip()
    if folded.startswith("the "):
        folded = folded[4:]
    return folded


def abbreviated_word(word: str) -> bool:
    """True for a generic word that opens names and news abbreviates ("St.", "Saint", "Mt.",
    "Fort"): no place on its own."""
    key = normalize(word)
    return key in _ABBREVIATIONS or key in _ABBREVIATIONS.values()


def _alias_key(name: str) -> str:
    """The lookup key of a name, with the dot of an abbreviated word ("La." -> "la.")."""
    key = normalize(name)
    return f"{key}." if _ABBREVIATED.fullmatch(name) else key


def _written_out(key: str) -> str:
    """A lookup key with "st", "ste", "mt" and "ft" before another word written out: "st paris"
    -> "saint paris" (not "main st")."""
    words = key.split(" ")
    return " ".join([_ABBREVIATIONS.get(w, w) for w in words[:-1]] + words[-1:])


@dataclass(frozen=True)
class Place:
    """One gazetteer entry. country: ISO3 or None (regions spanning countries)."""

    index: int
    name: str
    feature: str
    country: Optional[str]
    admin1: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    population: int
    geonameid: Optional[int]
    capital: bool = False


class CuratedPlace(BaseModel):
    """A row of curated.yaml."""

    name: str = Field(min_length=1)
    aliases: list[str] = []
    feature: Feature
    country: Optional[str] = Field(None, pattern=r"^[A-Z]{3}$")
    admin1: Optional[str] = None
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    geonameid: Optional[int] = None
    population: int = 0
    ruler: bool = True  # False: resolved when ner finds it, never matched by the place ruler


class PlaceContext(BaseModel):
    """place_context.yaml: words around a name that make it a place (see the file)."""

    version: int
    prepositions: set[str]
    between: set[str]
    place_nouns: dict[str, Literal["admin1", "admin2", "city", "area"]]
    name_introducers: set[str]
    name_heads: set[str]
    distance_units: set[str]
    not_after: set[str]
    facility_nouns: set[str]
    terrain_nouns: set[str]
    surname_nouns: set[str]
    place_verbs: set[str]
    person_verbs: set[str]
    aim_verbs: set[str]
    motion_verbs: set[str]
    attack_nouns: set[str]
    capture_verbs: set[str]
    name_openers: set[str]


class CuratedFile(BaseModel):
    """curated.yaml."""

    version: int
    places: list[CuratedPlace]


class IndexHeader(BaseModel):
    """The header of the compiled index (its columns are checked for equal length on load)."""

    version: int
    sources: dict[str, str]
    admin1: list[str]
    columns: dict[str, list]
    aliases: dict[str, list[int]]
    ruler: list[str]
    capitals: list[int]


class Gazetteer:
    """Place names and their candidates.

    Entries are stored column-wise; ``aliases`` maps a normalized name to entry indexes, a
    negative value ``-i-1`` meaning entry ``i`` by an alternate (not its main) name.
    """

    def __init__(self, index: IndexHeader, curated: CuratedFile, demonyms: dict[str, str]) -> None:
        cols = index.columns
        self._name: list[str] = cols["name"]
        self._feature: list[int] = cols["feature"]
        self._country: list[str] = cols["country"]
        self._admin1: list[int] = cols["admin1"]
        self._lat: list[Optional[float]] = cols["lat"]
        self._lon: list[Optional[float]] = cols["lon"]
        self._pop: list[int] = cols["pop"]
        self._gid: list[int] = cols["gid"]
        self._admin1_names: list[str] = index.admin1
        self.aliases: dict[str, list[int]] = index.aliases
        self.ruler_names: set[str] = set(index.ruler)
        self.capitals: frozenset[int] = frozenset(index.capitals)
        self.sources = index.sources
        self.curated: set[int] = set()
        self.country_index: dict[str, int] = {
            self._country[i]: i for i in range(len(self._name)) if self._feature[i] == 0
        }
        self._add_curated(curated)
        self.demonyms: dict[str, str] = {normalize(k): v for k, v in demonyms.items()}

    def __len__(self) -> int:
        return len(self._name)

    def _add_curated(self, curated: CuratedFile) -> None:
        for row in curated.places:
            feature = FEATURES.index(row.feature)
            existing = self._existing(row)
            if existing is not None:
                # A known place: curated names and centre win over the computed ones.
                i = existing
                self._lat[i], self._lon[i] = row.lat, row.lon
            else:
                i = len(self._name)
                self._name.append(row.name)
                self._feature.append(feature)
                self._country.append(row.country or "")
                self._admin1_names.append(row.admin1 or "")
                self._admin1.append(len(self._admin1_names) - 1 if row.admin1 else -1)
                self._lat.append(row.lat)
                self._lon.append(row.lon)
                self._pop.append(row.population)
                self._gid.append(row.geonameid or 0)
                self.curated.add(i)
                if row.feature == "country" and row.country:
                    self.country_index[row.country] = i
            for alias in [row.name, *row.aliases]:
                key = _alias_key(alias)
                known = self.aliases.setdefault(key, [])
                if i not in known:
                    known.insert(0, i)
                if row.ruler and alias[:1].isupper() and not alias.startswith("the "):
                    self.ruler_names.add(alias)

    def _existing(self, row: CuratedPlace) -> Optional[int]:
        """The compiled entry a curated row stands for (same feature, country and main name)."""
        if row.feature == "country":
            return self.country_index.get(row.country or "")
        feature = FEATURES.index(row.feature)
        for i in self.aliases.get(normalize(row.name), ()):
            if i >= 0 and self._feature[i] == feature and self._country[i] == (row.country or ""):
                return i
        return None

    def place(self, i: int) -> Place:
        """The entry at index i."""
        a1 = self._admin1[i]
        return Place(
            index=i,
            name=self._name[i],
            feature=FEATURES[self._feature[i]],
            country=self._country[i] or None,
            admin1=self._admin1_names[a1] if a1 >= 0 else None,
            lat=self._lat[i],
            lon=self._lon[i],
            population=self._pop[i],
            geonameid=self._gid[i] or None,
            capital=i in self.capitals,
        )

    def candidates(self, text: str, articles: bool = True) -> list[tuple[Place, bool]]:
        """Entries named ``text``, each with True when it is the entry's main name. A name the
        gazetteer lacks as written is looked up with its abbreviations written out ("St. Paris"
        is Saint Paris; "St. Thomas" stays St. Thomas, not every Saint Thomas), else, when
        ``articles``, after an Arabic article or with its article spelled otherwise ("Diwaniyah" is
        Ad Diwaniyah, "Al-Raqqa" Ar Raqqah)."""
        codes = self._codes(text) or (self._article_variants(normalize(text)) if articles else [])
        return [(self.place(i), True) if i >= 0 else (self.place(-i - 1), False) for i in codes]

    def is_main_name(self, text: str) -> bool:
        """True when ``text`` is the main name of an entry (``candidates`` without building them)."""
        return any(i >= 0 for i in self._codes(text))

    def _codes(self, text: str) -> list[int]:
        key = normalize(text)
        abbreviated = _ABBREVIATED.fullmatch(text) and self.aliases.get(f"{key}.")
        return abbreviated or self.aliases.get(key) or self.aliases.get(_written_out(key), [])

    def _article_variants(self, key: str) -> list[int]:
        """The entries named ``key`` after an Arabic article news drops ("Diwaniyah" is Ad Diwaniyah)
        or spells otherwise, as alternate names: news writes "al-" where GeoNames assimilates it or
        drops it ("Al-Raqqa" is Ar Raqqah), and only an entry whose name opens with an article is one
        (not "Jazeera" for "Al Jazeera")."""
        article, _, rest = key.partition(" ")
        if article not in ARTICLES or not rest:
            return self._with_article(key)
        codes = [i if i < 0 else -i - 1 for i in self._codes(rest) + self._with_article(rest)]
        return [i for i in dict.fromkeys(codes) if normalize(self.place(-i - 1).name).split(" ")[0] in ARTICLES]

    def _with_article(self, key: str) -> list[int]:
        """The entries whose name is the one-word key after an Arabic article, as alternate names:
        news drops the article that GeoNames keeps ("Diwaniyah" is Ad Diwaniyah, "Tarmiyah" At
        Tarmiyah)."""
        if not key or " " in key or key in ARTICLES:
            return []
        codes = [i if i < 0 else -i - 1 for a in _DROPPED_ARTICLES for i in self.aliases.get(f"{a} {key}", ())]
        return list(dict.fromkeys(codes))

    def is_curated(self, place: Place) -> bool:
        """True for an entry that curated.yaml adds (not one whose centre it corrects)."""
        return place.index in self.curated

    def country(self, iso3: str) -> Optional[Place]:
        """The country entry of an ISO3 code, or None."""
        i = self.country_index.get(iso3)
        return None if i is None else self.place(i)

    def demonym(self, text: str) -> Optional[Place]:
        """The country a demonym ("Syrian", "Turks") names, or None."""
        iso3 = self.demonyms.get(normalize(text))
        return self.country(iso3) if iso3 else None


def read_curated(path: Path) -> CuratedFile:
    """Read and validate curated.yaml. Raises DataError when it is invalid."""
    return read_yaml(path, CuratedFile.model_validate, "curated gazetteer")


@lru_cache(maxsize=1)
def load_place_context() -> PlaceContext:
    """place_context.yaml, validated. Raises DataError when it is invalid."""
    return read_yaml(DATA_DIR / "place_context.yaml", PlaceContext.model_validate, "place context")


def read_ruler_exclude(path: Path = DATA_DIR / "ruler_exclude.txt") -> set[str]:
    """Names the place ruler never marks (ruler_exclude.txt; "#" starts a comment line)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def read_demonyms(path: Path) -> dict[str, str]:
    """Read demonyms.tsv (demonym TAB ISO3). Raises DataError on a malformed line."""
    table: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not re.fullmatch(r"[A-Z]{3}", parts[1].strip()):
            raise DataError(f"{path}:{number}: expected 'demonym<TAB>ISO3'.", "Fix the line and retry.")
        table[parts[0].strip()] = parts[1].strip()
    return table


def read_index(path: Path = INDEX_PATH) -> IndexHeader:
    """Read the compiled index. Raises DataError when missing, stale or malformed."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            raw = json.load(f)
        missing = set(IndexHeader.model_fields) - set(raw)
        if missing:
            raise ValueError(f"missing keys {sorted(missing)}")
        # The alias table is large: check its shape here rather than validate every row.
        index = IndexHeader.model_construct(**raw)
        if index.version != INDEX_VERSION:
            raise ValueError(f"index version {index.version}, expected {INDEX_VERSION}")
        lengths = {len(col) for col in index.columns.values()}
        if len(lengths) != 1:
            raise ValueError("index columns differ in length")
    except (OSError, ValueError, TypeError, KeyError) as e:
        raise DataError(f"gazetteer index {path} unusable: {e}.", "Run `python -m tidings.geo.build`.") from e
    return index


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (compiled index + curated places + demonyms)."""
    return Gazetteer(
        read_index(),
        read_curated(DATA_DIR / "curated.yaml"),
        read_demonyms(DATA_DIR / "demonyms.tsv"),
    )
