"""Readers: JSONL, .txt, .html files, folders and stdin into ``Document``s; bad records quarantined.

>>> from tidings.readers import Quarantine, read_documents
>>> with Quarantine("out.quarantine.jsonl") as quarantine:
...     for document in read_documents(["articles/", "extra.jsonl"], on_bad_record=quarantine):
...         ...
"""

from __future__ import annotations

from .html import read_html
from .inputs import KNOWN_SUFFIXES, check_inputs, read_documents
from .jsonl import document_from_json, read_jsonl
from .quarantine import Quarantine
from .text import read_text

__all__ = [
    "KNOWN_SUFFIXES",
    "Quarantine",
    "check_inputs",
    "document_from_json",
    "read_documents",
    "read_html",
    "read_jsonl",
    "read_text",
]
