"""JSONL documents: one JSON object per line (CONTRACT.md), decoded line by line.

Each line is decoded on its own, so one bad line (not UTF-8, not JSON, no ``text``)
becomes one ``BadRecordError`` and every other line is still read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import ValidationError

from ..errors import BadRecordError
from ..model import Document
from .encoding import decode_utf8

__all__ = ["document_from_json", "read_jsonl"]

_SURROGATE = re.compile("[\ud800-\udfff]")
_JSON_TYPES = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}


def _json_type(value: Any) -> str:
    return _JSON_TYPES.get(type(value), "a number")


def read_jsonl(lines: Iterable[bytes], name: str) -> Iterator[Document | BadRecordError]:
    """Read JSONL from raw lines (a binary file or ``sys.stdin.buffer``), streaming.

    lines (Iterable[bytes]): the lines, each with or without its b"\\n".
    name (str): the file name used in "name:line" error locations.
    RETURNS (Iterator[Document | BadRecordError]): a document per good line, an error per bad
    line, in file order; blank lines yield nothing.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            text = decode_utf8(line.rstrip(b"\r\n"), where)
            yield document_from_json(text, where)
        except BadRecordError as error:
            yield error


def document_from_json(line: str, where: str) -> Document:
    """Parse and validate one JSONL line. RETURNS (Document); raises BadRecordError."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise BadRecordError(where, f"not valid JSON ({error.msg} at column {error.colno})", raw=line) from None
    except RecursionError:
        raise BadRecordError(where, "not valid JSON (nested too deeply)", raw=line) from None
    if not isinstance(record, dict):
        raise BadRecordError(where, f"not a JSON object (got {_json_type(record)})", raw=line)
    for key in ("id", "text"):
        if key not in record:
            raise BadRecordError(where, f'missing "{key}"; every line needs "id" and "text"', raw=line)
    if not isinstance(record["text"], str):
        raise BadRecordError(where, f'"text" must be a string (got {_json_type(record["text"])})', raw=line)
    # An explicit null or empty value means "not given" for fields that have a default.
    if record.get("lang") is None:
        record.pop("lang", None)
    if record.get("date") == "":
        record["date"] = None
    try:
        document = Document.model_validate(record)
    except ValidationError as error:
        raise BadRecordError(where, _describe(error, record), raw=line) from None
    for field in ("id", "text", "title", "url", "source", "lang"):
        value = getattr(document, field)
        if value is not None and _SURROGATE.search(value):
            raise BadRecordError(where, f'"{field}" contains an unpaired surrogate (\\ud800-\\udfff escape)', raw=line)
    return document


def _describe(error: ValidationError, record: dict[str, Any]) -> str:
    """One line for the first validation problem, naming the field and its value."""
    problem = error.errors()[0]
    field = str(problem["loc"][0]) if problem["loc"] else "record"
    value = json.dumps(record.get(field), ensure_ascii=False)
    if len(value) > 40:
        value = value[:37] + "..."
    if field == "date":
        return f'invalid "date" {value} (expected ISO 8601, e.g. "2015-06-02")'
    return f'invalid "{field}" {value} ({problem["msg"][0].lower()}{problem["msg"][1:]})'
