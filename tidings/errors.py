"""Every exception tidings raises, each with a stable code and a next step.

    TidingsError                 base; ``str(e)`` is one line: "[T###] what happened. What to do."
    ├── InputError               unusable input: no such file, not UTF-8, not JSON, no text
    │   └── BadRecordError       one bad line/record (reported and quarantined, the run goes on)
    ├── StoreError               the DuckDB store cannot be opened or written
    ├── DataError                a bundled or user data file (lexicon, dictionary) is invalid
    └── EvalError                an evaluation set is missing or malformed

The CLI prints ``str(e)`` on stderr and exits with ``e.exit_code``; nothing else is shown.
"""

from __future__ import annotations

__all__ = ["BadRecordError", "DataError", "EvalError", "InputError", "StoreError", "TidingsError"]


class TidingsError(Exception):
    """Base of all tidings errors. code: stable "T###" code; exit_code: CLI exit status."""

    code = "T000"
    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(f"[{self.code}] {message}" + (f" {hint}" if hint else ""))


class InputError(TidingsError):
    """Input that cannot be used at all (exit code 2)."""

    code = "T100"
    exit_code = 2


class BadRecordError(InputError):
    """One unusable record. where: "file:line" (or file name); reason: what is wrong with it;
    raw: the record as read. The run continues without it."""

    code = "T101"

    def __init__(self, where: str, message: str, raw: str = "") -> None:
        self.where = where
        self.reason = message
        self.raw = raw
        super().__init__(f"{where}: {message}")


class StoreError(TidingsError):
    """The store cannot be opened, read or written (exit code 3)."""

    code = "T200"
    exit_code = 3


class DataError(TidingsError):
    """A data file (lexicon, actor dictionary, gazetteer) is invalid (exit code 4)."""

    code = "T300"
    exit_code = 4


class EvalError(TidingsError):
    """An evaluation set is missing or malformed (exit code 5)."""

    code = "T400"
    exit_code = 5
