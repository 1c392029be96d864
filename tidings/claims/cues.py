"""The attribution cue lists (``data/claims/cues.yaml``), validated on load."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, PrivateAttr

from ..datafiles import read_yaml

__all__ = ["DEFAULT_CUES", "Cues", "load_cues"]

DEFAULT_CUES = Path(__file__).resolve().parent.parent / "data" / "claims" / "cues.yaml"


class Cues(BaseModel):
    """Reporting verbs by the standing they give (claimed/confirmed/denied), quote verbs,
    object verbs, content and phrase prepositions, citing verbs, media, refused objects, responsibility
    nouns, hedges, the claim nouns a denial can dismiss, the nouns whose absence denies and
    the connectives that open a new clause and the words under which a reporting verb says
    nothing (see the data file's header)."""

    version: str
    reporting_verbs: dict[str, frozenset[str]]
    quote_verbs: frozenset[str]
    object_verbs: frozenset[str]
    content_preps: frozenset[str]
    citing_verbs: frozenset[str]
    media: frozenset[str]
    refused_objects: frozenset[str]
    responsibility_nouns: frozenset[str]
    phrase_preps: frozenset[str]
    hedges: frozenset[str]
    claim_nouns: frozenset[str]
    absence_nouns: frozenset[str]
    connectives: frozenset[str]
    withholding: frozenset[str]
    _standing: dict[str, str] = PrivateAttr(default_factory=dict)

    def model_post_init(self, __context: object) -> None:
        for standing, verbs in self.reporting_verbs.items():
            for verb in verbs:
                self._standing.setdefault(verb, standing)  # the first standing listed wins

    def standing(self, lemma: str) -> str | None:
        """RETURNS (str | None): "claimed", "confirmed" or "denied" for a reporting verb lemma."""
        return self._standing.get(lemma)

    def quote_standing(self, lemma: str) -> str | None:
        """The standing a verb next to a quotation gives: a reporting verb's, or "claimed"
        for a quote verb. RETURNS (str | None)."""
        return self.standing(lemma) or ("claimed" if lemma in self.quote_verbs else None)

    def answers(self, lemma: str) -> bool:
        """Whether a verb confirms or denies what others claim ("denied the attack",
        "confirmed reports that ...")."""
        return self.standing(lemma) in ("confirmed", "denied")

    def reports_object(self, lemma: str) -> bool:
        """Whether a reporting verb's noun object is what it reports: every confirming or
        denying verb ("denied the attack"), and the listed object verbs ("blamed the attack")."""
        return lemma in self.object_verbs or self.answers(lemma)


@lru_cache(maxsize=4)
def load_cues(path: Path = DEFAULT_CUES) -> Cues:
    """Read and validate the cue lists. RETURNS (Cues)."""
    return read_yaml(path, Cues.model_validate, "attribution cues")
