"""The token trie behind the actor ruler and agent nouns, and its per-version token cache."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from tidings.actors.trie import TokenTrie, cache_dir, tokenized


@pytest.mark.parametrize(
    "words,phrases,lower,expected",
    [
        (["The", "Islamic", "State", "said"], [["islamic", "state"], ["state"]], True, [(1, 3), (2, 3)]),
        (["ISLAMIC", "state"], [["Islamic", "State"]], True, [(0, 2)]),
        (["us", "and", "US"], [["US"]], False, [(2, 3)]),
        (["Haider", "al", "-", "Abadi"], [["haider", "al", "-", "abadi"], ["haider", "al"]], True, [(0, 2), (0, 4)]),
        ([], [["x"]], True, []),
    ],
)
def test_trie_finds_every_phrase(nlp, words, phrases, lower, expected):
    trie = TokenTrie(nlp.vocab, phrases, lower=lower)
    assert sorted(trie(Doc(nlp.vocab, words=words))) == expected


def test_trie_tokens_are_cached_per_version(nlp, tmp_path, monkeypatch):
    monkeypatch.setenv("TIDINGS_CACHE_DIR", str(tmp_path))
    names = ["Bashar al-Assad", "the U.S. Embassy"]
    assert cache_dir() == tmp_path
    assert tokenized(nlp, names) == [["Bashar", "al", "-", "Assad"], ["the", "U.S.", "Embassy"]]
    [path] = tmp_path.iterdir()
    path.write_text("cached\nread", encoding="utf-8")  # the same list again is read back, not re-tokenized
    assert tokenized(nlp, names) == [["cached"], ["read"]]
    tokenized(nlp, [*names, "Hamas"])  # another list (an overlay entry added): another file
    assert len(list(tmp_path.iterdir())) == 2


def test_trie_unwritable_cache_dir_still_tokenizes(nlp, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("TIDINGS_CACHE_DIR", str(blocker / "cache"))
    assert tokenized(nlp, ["Islamic State"]) == [["Islamic", "State"]]
