import json

import pytest

from tidings.errors import EvalError
from tidings.evaluate.geo import evaluate_event_locations, evaluate_geoparse
from tidings.geo.gazetteer import haversine_km


def test_evaluate_haversine():
    assert haversine_km(36.2, 37.13, 36.2, 37.13) == 0
    assert 300 < haversine_km(36.2, 37.16, 33.51, 36.29) < 320  # Aleppo - Damascus


def test_evaluate_geoparse_trnews_sample(nlp, geo_data):
    result = evaluate_geoparse(geo_data / "trnews.jsonl", nlp, limit=5)
    assert result["docs"] == 5 and result["gold"] > 0
    assert result["overlap"]["f1"] > 0.6 and result["accuracy_161"] > 0.6


@pytest.mark.parametrize(("lat", "lon", "low", "high"), [(48.85, 2.35, 0.0, 0.1), (33.66, -95.56, 0.85, 0.95)])
def test_evaluate_geoparse_auc_grows_with_the_error(nlp, tmp_path, lat, lon, low, high):
    text = "Thousands of protesters marched in Paris on Saturday."
    start = text.index("Paris")
    gold = {"text": "Paris", "start": start, "end": start + 5, "lat": lat, "lon": lon}  # Paris FR, Paris TX
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "d1", "text": text, "toponyms": [gold]}) + "\n")
    result = evaluate_geoparse(path, nlp)
    assert low <= result["auc"] <= high


def test_evaluate_event_locations_sample(nlp, geo_data):
    result = evaluate_event_locations(geo_data / "eventloc_dev.jsonl", nlp, limit=60)
    assert result["rows"] == 60 and result["accuracy"] > 0.5
    assert sum(n for _, n in result["by_rule"].values()) > 0


def test_evaluate_missing_set_raises(nlp, tmp_path):
    with pytest.raises(EvalError):
        evaluate_geoparse(tmp_path / "none.jsonl", nlp)


def test_evaluate_accepts_tidings_pipeline(geo_data):
    tidings_pipeline = pytest.importorskip("tidings.pipeline")
    try:
        pipeline = tidings_pipeline.load()
    except (ImportError, ValueError) as e:  # other components not there yet
        pytest.skip(f"full pipeline unavailable: {e}")
    result = evaluate_geoparse(geo_data / "trnews.jsonl", pipeline, limit=2)
    assert result["docs"] == 2 and result["overlap"]["f1"] > 0.5
