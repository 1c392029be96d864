"""Reading the data files under ``tidings/data`` (and users' own): YAML validated on load.

Every lexicon, cue list, dictionary and gazetteer file goes through ``read_yaml`` so a
broken file always gives the same one-line ``DataError`` naming the file and the field.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import srsly
from pydantic import ValidationError

from .errors import DataError

__all__ = ["describe_error", "read_yaml"]

T = TypeVar("T")


def read_yaml(path: Path, validate: Callable[[Any], T], what: str, hint: str = "Fix the file and retry.") -> T:
    """Read a YAML file and validate it. validate: e.g. ``Model.model_validate``.

    what (str): what the file is, for the message ("trigger lexicon"). hint (str): the next step.
    RETURNS (T): the validated data. Raises DataError (one line) when unreadable or invalid.
    """
    try:
        return validate(srsly.read_yaml(path))
    except (OSError, ValueError) as err:  # pydantic's ValidationError is a ValueError
        raise DataError(f"Invalid {what} {path}: {describe_error(err)}.", hint) from None


def describe_error(err: Exception) -> str:
    """One line for a read or validation error: the first invalid field and why."""
    if isinstance(err, ValidationError) and err.errors():
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        return f"{where}: {first['msg']}" if where else first["msg"]
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__
