import pytest

from tidings.annotations import ActorMention
from tidings.evaluate.geo import haversine_km


def _places(doc, text):
    return [p for p in doc._.places if p.text == text]


@pytest.mark.parametrize(
    "text,lat,lon,country",
    [("Aleppo", 36.20, 37.13, "SYR"), ("al-Bab", 36.37, 37.52, "SYR"), ("Damascus", 33.51, 36.29, "SYR")],
)
def test_resolver_seed_cities(seed_doc, text, lat, lon, country):
    found = _places(seed_doc, text)
    assert found
    for place in found:
        assert place.kind == "place" and place.country == country
        assert haversine_km(lat, lon, place.lat, place.lon) < 25


def test_resolver_seed_province_of_kilis(seed_doc):
    (kilis,) = _places(seed_doc, "Kilis")
    assert (kilis.feature, kilis.country, kilis.admin1) == ("admin1", "TUR", "Kilis")
    assert kilis.method.startswith("qualifier")


@pytest.mark.parametrize("text,country,feature", [("Paris", "FRA", "city"), ("Syria", "SYR", "country")])
def test_resolver_seed_places(seed_doc, text, country, feature):
    found = _places(seed_doc, text)
    assert found and all((p.country, p.feature) == (country, feature) for p in found)


@pytest.mark.parametrize("text,country", [("Syrian", "SYR"), ("Turkish", "TUR"), ("Iraqi", "IRQ")])
def test_resolver_seed_demonyms(seed_doc, text, country):
    found = _places(seed_doc, text)
    assert found and all((p.kind, p.country, p.feature) == ("demonym", country, "country") for p in found)


def test_resolver_never_zero_zero(seed_doc):
    assert all((p.lat, p.lon) != (0, 0) for p in seed_doc._.places)
    assert [p.start for p in seed_doc._.places] == sorted(p.start for p in seed_doc._.places)


def test_resolver_actor_metonym_is_not_a_place(nlp):
    text = "Syrian officials dismissed the claims of Washington."
    with nlp.select_pipes(disable=["tidings_places", "tidings_event_locations"]):
        doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Washington")
    doc._.actors = [ActorMention(start, start + 1, "Washington", country="USA", sector="GOV", kind="metonym")]
    doc = nlp.get_pipe("tidings_places")(doc)
    found = _places(doc, "Washington")
    assert found and all(p.kind == "metonym" for p in found)


@pytest.mark.parametrize(
    "text,name,country,feature",
    [
        ("Protesters gathered in Tbilisi, Georgia, on Sunday.", "Georgia", "GEO", "country"),
        ("The company moved to Atlanta, Georgia, last year.", "Georgia", "USA", "admin1"),
        ("Militias clashed in Tripoli, the Libyan capital, near Benghazi and Misrata.", "Tripoli", "LBY", "city"),
        ("Clashes in Tripoli spread to Beirut as Lebanon's army deployed.", "Tripoli", "LBN", "city"),
        ("He grew up in Paris, Texas.", "Paris", "USA", "city"),
        ("The senator spoke in Washington on Monday.", "Washington", "USA", "city"),
    ],
)
def test_resolver_context(nlp, text, name, country, feature):
    found = _places(nlp(text), name)
    assert found and (found[0].kind, found[0].country, found[0].feature) == ("place", country, feature)
