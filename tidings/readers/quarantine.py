"""Quarantine: where bad records go, so a run never stops on one and none is lost silently."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import TracebackType
from typing import IO, Optional

from ..errors import BadRecordError

__all__ = ["Quarantine"]


class Quarantine:
    """Record bad input: an ``on_bad_record`` handler for ``read_documents``.

    Each bad record is appended to ``path`` as a JSON line ``{"where", "error", "raw"}`` (the
    file is created at the first bad record, never for a clean run) and reported as one line
    on stderr. Use it as a context manager, or call ``close()``.

    path (str | Path): the quarantine file, e.g. "out.quarantine.jsonl".
    count (int): bad records seen so far.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.count = 0
        self._file: Optional[IO[str]] = None

    def __call__(self, error: BadRecordError) -> None:
        """Quarantine one bad record and report it on stderr."""
        if self._file is None:
            self._file = self.path.open("a", encoding="utf-8")
        line = {"where": error.where, "error": error.reason, "raw": error.raw}
        self._file.write(json.dumps(line, ensure_ascii=False) + "\n")
        self._file.flush()
        self.count += 1
        print(f"tidings: bad record {error.where}: {error.reason} (quarantined to {self.path})", file=sys.stderr)

    def close(self) -> None:
        """Close the quarantine file (if one was written)."""
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> Quarantine:
        return self

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()
