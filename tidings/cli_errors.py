"""How every ``tidings`` command reports trouble: one stderr line and the error's exit code."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import typer

from .errors import TidingsError

__all__ = ["reporting_errors", "say"]


def say(message: str) -> None:
    """One message line on stderr."""
    print(message, file=sys.stderr)


@contextmanager
def reporting_errors() -> Iterator[None]:
    """Turn a TidingsError into one stderr line and its exit code; no traceback."""
    try:
        yield
    except TidingsError as error:
        say(f"tidings: {error}")
        raise typer.Exit(error.exit_code) from None
    except BrokenPipeError:  # `tidings extract … | head`
        sys.stderr.close()
        raise typer.Exit(0) from None
