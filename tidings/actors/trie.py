"""Phrase lookup for the actor components: a token trie over hashes, and cached tokenization.

``TokenTrie`` finds every listed phrase in a Doc with one dict step per token (an
Aho–Corasick-style walk from each token over the ORTH or LOWER hashes), so the cost does not
grow with the number of phrases. Building it needs each phrase as spaCy tokens; tokenizing
~30k actor names takes about a second, so ``tokenized`` caches the tokens per version in the
user's cache dir (``cache_dir``): one file named by a hash of the spaCy version, the model and
every phrase, so a changed dictionary or overlay makes a new file. An unwritable cache dir
only costs time.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["TokenTrie", "cache_dir", "tokenized"]

_END = -1  # trie key marking the end of a phrase (hashes are never negative)
_SEP = "\x1f"  # between the tokens of a phrase in the cache file


def cache_dir() -> Path:
    """Where built patterns are cached: $TIDINGS_CACHE_DIR, else $XDG_CACHE_HOME/tidings,
    else ~/.cache/tidings. RETURNS (Path)."""
    chosen = os.environ.get("TIDINGS_CACHE_DIR") or Path(os.environ.get("XDG_CACHE_HOME") or "~/.cache") / "tidings"
    return Path(chosen).expanduser()


def tokenized(nlp: Language, phrases: list[str]) -> list[list[str]]:
    """The tokens of each phrase (``nlp.tokenizer``), from the cache when this exact list
    was tokenized before. RETURNS (list[list[str]]), in the order of ``phrases``."""
    key = hashlib.sha256("\n".join([spacy.__version__, nlp.meta.get("name", ""), nlp.meta.get("version", ""), *phrases]).encode()).hexdigest()
    path = cache_dir() / f"tokens-{key[:24]}.txt"
    try:  # one phrase a line, its tokens separated by _SEP
        lines = path.read_text(encoding="utf-8").split("\n")
        if len(lines) == len(phrases):
            return [line.split(_SEP) for line in lines]
    except (OSError, UnicodeError):
        pass
    tokens = [[t.text for t in doc] for doc in nlp.tokenizer.pipe(phrases, batch_size=2000)]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text("\n".join(_SEP.join(words) for words in tokens), encoding="utf-8")
        partial.replace(path)
    except OSError:
        pass  # a read-only home: tokenize again next time
    return tokens


class TokenTrie:
    """Token sequences matched on ORTH (as written) or LOWER (any case).

    vocab (Vocab): the pipeline's vocab. phrases: token sequences. lower (bool): match in lower case.
    """

    def __init__(self, vocab: Vocab, phrases: Iterable[list[str]], lower: bool = True) -> None:
        self.attr = LOWER if lower else ORTH
        self.root: dict = {}
        strings = vocab.strings
        for words in phrases:
            node = self.root
            for word in words:
                node = node.setdefault(strings.add(word.lower() if lower else word), {})
            node[_END] = True

    def __call__(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) token offsets of every phrase in ``doc``, overlapping ones included."""
        keys = doc.to_array(self.attr).tolist()
        found = []
        for i, key in enumerate(keys):
            node = self.root.get(key)
            j = i + 1
            while node is not None:
                if _END in node:
                    found.append((i, j))
                node = node.get(keys[j]) if j < len(keys) else None
                j += 1
        return found
