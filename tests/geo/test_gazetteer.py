import pytest

from tidings.errors import DataError
from tidings.geo.gazetteer import DATA_DIR, Gazetteer, load_gazetteer, normalize, read_curated, read_demonyms, read_index


@pytest.mark.parametrize(
    "name,key",
    [("al-Bab", "al bab"), ("Al Bāb", "al bab"), ("the U.S.", "us"), ("Côte d'Ivoire", "cote divoire"), ("", "")],
)
def test_gazetteer_normalize(name, key):
    assert normalize(name) == key


def test_gazetteer_loads_every_part():
    """Load time and memory are a benchmark (``python bench/geo_resolve.py``), not a test."""
    gazetteer = Gazetteer(read_index(), read_curated(DATA_DIR / "curated.yaml"), read_demonyms(DATA_DIR / "demonyms.tsv"))
    assert len(gazetteer) > 200_000


@pytest.mark.parametrize(
    "name,feature,country",
    [
        ("Aleppo", "city", "SYR"),
        ("al-Bab", "city", "SYR"),
        ("Kilis", "admin1", "TUR"),
        ("Syria", "country", "SYR"),
        ("Britain", "country", "GBR"),
        ("the Bab al-Salam crossing", "point", "SYR"),
        ("Crimea", "region", "UKR"),
        ("Laurel County", "admin2", "USA"),
        # A former name of a state: Yugoslavia (1992-2003) is Serbia and Montenegro.
        ("Yugoslavia", "country", "SCG"),
        # A country's short name.
        ("Bosnia", "country", "BIH"),
        # Abbreviations written out when the name is unknown as written.
        ("St. Paris", "city", "USA"),
        ("Ste. Genevieve", "city", "USA"),
        ("Ft. Smith", "city", "USA"),
        ("Mt. Lebanon", "city", "USA"),
        # An abbreviated word keeps its dot: "La." is Louisiana, the initials "L.A." Los Angeles.
        ("La.", "admin1", "USA"),
        ("L.A.", "city", "USA"),
        # Water bodies and regions news names.
        ("Gulf of Mexico", "region", None),
        ("Lake Michigan", "region", "USA"),
        ("the Mississippi River", "region", "USA"),
        ("Malacca Straits", "region", None),
        ("the Shatt al-Arab", "region", None),
        # A name without the Arabic article that GeoNames writes.
        ("Diwaniyah", "city", "IRQ"),
        ("Tarmiyah", "city", "IRQ"),
        # The article spelled otherwise: news writes "al-" where GeoNames assimilates it (Ar Raqqah).
        ("Al-Raqqa", "city", "SYR"),
    ],
)
def test_gazetteer_candidates(name, feature, country):
    found = [(p.feature, p.country) for p, _ in load_gazetteer().candidates(name)]
    assert (feature, country) in found


@pytest.mark.parametrize(
    "name,articles",
    [
        # Articles that open names in other languages too: An Phú, El Paso, Ash Flat.
        ("Phu", True),
        ("Paso", True),
        ("Flat", False),  # no lookup after an article when asked not to
        # Without its article a name is looked up only as another entry's article-opened name.
        ("Al Jazeera", True),
    ],
)
def test_gazetteer_no_candidates(name, articles):
    assert load_gazetteer().candidates(name, articles=articles) == []


@pytest.mark.parametrize("demonym,iso3", [("Syrian", "SYR"), ("Turkish", "TUR"), ("Iraqis", "IRQ")])
def test_gazetteer_demonym(demonym, iso3):
    assert load_gazetteer().demonym(demonym).country == iso3


def test_gazetteer_bad_curated_file_raises(tmp_path):
    path = tmp_path / "curated.yaml"
    path.write_text("version: 1\nplaces:\n  - {name: X, feature: town, lat: 1, lon: 2}\n", encoding="utf-8")
    with pytest.raises(DataError):
        read_curated(path)


def test_gazetteer_missing_index_raises(tmp_path):
    with pytest.raises(DataError):
        read_index(tmp_path / "none.json.gz")


@pytest.mark.parametrize(
    "iso3,lat,lon",
    [("KEN", 1.0, 38.0), ("PRT", 39.69, -8.13), ("SWE", 62.0, 15.0), ("IDN", -5.0, 120.0), ("SCG", 44.0, 20.5)],
)
def test_gazetteer_country_centre_is_curated(iso3, lat, lon):
    from tidings.geo.gazetteer import haversine_km

    country = load_gazetteer().country(iso3)
    assert haversine_km(country.lat, country.lon, lat, lon) < 50
