"""Content hashes: the identity of a stored document, so re-ingesting it is a no-op."""

from __future__ import annotations

import hashlib
import json

from ..model import Document
from ..version import __version__

__all__ = ["content_hash"]


def content_hash(document: Document) -> str:
    """Hash what decides a document's events: its id, text, publication date and the tidings version.

    A new tidings version therefore re-processes (and replaces) every document on re-ingest.
    RETURNS (str): 64 hex characters (sha256).
    """
    date = document.date.isoformat() if document.date else None
    key = json.dumps([document.id, document.text, date, __version__], ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8", errors="surrogatepass")).hexdigest()
