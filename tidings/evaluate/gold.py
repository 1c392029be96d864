"""Reading hand-checked gold tables (JSONL, one pydantic-validated item per line)."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import EvalError

__all__ = ["load_gold"]

Gold = TypeVar("Gold", bound=BaseModel)


def load_gold(path: str | Path, model: type[Gold]) -> list[Gold]:
    """Read and validate a gold table of ``model`` lines. RETURNS (list). Raises EvalError
    naming the file and line of the first bad item."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise EvalError(f"cannot read gold table {path}: {e.strerror}.", "Check the path.") from e
    gold = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            gold.append(model.model_validate_json(line))
        except ValidationError as e:
            first = e.errors()[0]
            raise EvalError(f"{path}:{number}: {first['msg']}.", "Fix that line of the gold table.") from e
    return gold
