"""The attribution cue lists (``data/claims/cues.yaml``), validated on load."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

from ..datafiles import read_yaml

__all__ = ["DEFAULT_CUES", "Cues", "load_cues"]

DEFAULT_CUES = Path(__file__).resolve().parent.parent / "data" / "claims" / "cues.yaml"


class Cues(BaseModel):
    """Reporting verbs by the standing they give (claimed/confirmed/denied), quote verbs,
    object verbs, content and phrase prepositions, citing verbs, media, refused objects, responsibility
    nouns, hedges, and the claim nouns a denial can dismiss (see the data file's header)."""

    version: str
    reporting_verbs: dict[str, list[str]]
    quote_verbs: list[str]
    object_verbs: list[str]
    content_preps: list[str]
    citing_verbs: list[str]
    media: list[str]
    refused_objects: list[str]
    responsibility_nouns: list[str]
    phrase_preps: list[str]
    hedges: list[str]
    claim_nouns: list[str]

    def standing(self, lemma: str) -> str | None:
        """RETURNS (str | None): "claimed", "confirmed" or "denied" for a reporting verb lemma."""
        for standing, verbs in self.reporting_verbs.items():
            if lemma in verbs:
                return standing
        return None

    def quote_standing(self, lemma: str) -> str | None:
        """The standing a verb next to a quotation gives: a reporting verb's, or "claimed"
        for a quote verb. RETURNS (str | None)."""
        return self.standing(lemma) or ("claimed" if lemma in self.quote_verbs else None)


@lru_cache(maxsize=4)
def load_cues(path: Path = DEFAULT_CUES) -> Cues:
    """Read and validate the cue lists. RETURNS (Cues)."""
    return read_yaml(path, Cues.model_validate, "attribution cues")
