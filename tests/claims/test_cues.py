"""The attribution cue lists (data/claims/cues.yaml): loaded, validated, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.claims.cues import DEFAULT_CUES, load_cues
from tidings.errors import DataError


@pytest.mark.parametrize(
    "lemma, standing",
    [("say", "claimed"), ("confirm", "confirmed"), ("deny", "denied"), ("continue", None), ("attack", None)],
)
def test_cues_standing_of_reporting_verbs(lemma, standing):
    assert load_cues(DEFAULT_CUES).standing(lemma) == standing


@pytest.mark.parametrize("lemma, standing", [("say", "claimed"), ("deny", "denied"), ("continue", "claimed"), ("attack", None)])
def test_cues_quote_verbs_count_only_next_to_quotes(lemma, standing):
    assert load_cues(DEFAULT_CUES).quote_standing(lemma) == standing


@pytest.mark.parametrize(
    "content, message",
    [
        ("version: '1'\nreporting_verbs: {claimed: [say]}\n", "Invalid attribution cues"),
        ("version: '1'\nreporting_verbs: 7\n", "Invalid attribution cues"),
    ],
)
def test_cues_invalid_file_is_a_data_error(tmp_path: Path, content: str, message: str):
    path = tmp_path / "cues.yaml"
    path.write_text(content)
    with pytest.raises(DataError, match=message):
        load_cues(path)
