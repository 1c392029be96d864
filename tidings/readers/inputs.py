"""Turn the user's inputs (files, folders, ``-``) into one stream of documents."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..errors import BadRecordError, InputError
from ..model import Document
from .html import read_html
from .jsonl import read_jsonl
from .text import read_text

__all__ = ["HTML_SUFFIXES", "KNOWN_SUFFIXES", "STDIN", "TEXT_SUFFIXES", "check_inputs", "read_documents"]

STDIN = "-"
TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
KNOWN_SUFFIXES = frozenset({".jsonl", ".json", ".ndjson"}) | TEXT_SUFFIXES | HTML_SUFFIXES

OnBadRecord = Callable[[BadRecordError], None]


def check_inputs(inputs: Sequence[str | Path]) -> list[str | Path]:
    """Check every input exists and is readable before anything is read.

    RETURNS (list): the inputs; raises InputError naming the first unusable path.
    """
    for item in inputs:
        if str(item) == STDIN:
            continue
        path = Path(item)
        if not path.exists():
            raise InputError(f"No such file or directory: '{item}'.", "Check the path.")
        if not os.access(path, os.R_OK):
            raise InputError(f"Permission denied: '{item}'.", "Check the file's permissions.")
    return list(inputs)


def read_documents(inputs: Sequence[str | Path], on_bad_record: OnBadRecord | None = None) -> Iterator[Document]:
    """Stream documents from JSONL/.txt/.html files, folders (recursive) and ``-`` (JSONL on stdin).

    inputs (Sequence[str | Path]): what to read, in order. A file that is not .txt/.html/.htm is
        read as JSONL; a folder yields its .jsonl/.json/.ndjson/.txt/.html/.htm files, sorted,
        hidden ones skipped.
    on_bad_record (Callable[[BadRecordError], None] | None): called with each bad record (the run
        goes on), e.g. a ``Quarantine``; None re-raises the first bad record.
    RETURNS (Iterator[Document]): raises InputError at once, before reading, if an input is missing.
    """
    check_inputs(inputs)
    return _stream(inputs, on_bad_record)


def _stream(inputs: Sequence[str | Path], on_bad_record: OnBadRecord | None) -> Iterator[Document]:
    for item in inputs:
        for result in _read_input(item):
            if isinstance(result, BadRecordError):
                if on_bad_record is None:
                    raise result
                on_bad_record(result)
            else:
                yield result


def _read_input(item: str | Path) -> Iterator[Document | BadRecordError]:
    if str(item) == STDIN:
        yield from read_jsonl(sys.stdin.buffer, "<stdin>")
        return
    path = Path(item)
    if path.is_dir():
        for file in _folder_files(path):
            yield from _read_file(file, file.relative_to(path).as_posix(), str(file))
    else:
        yield from _read_file(path, path.name, str(item))


def _folder_files(folder: Path) -> list[Path]:
    """Files with a known extension under ``folder``, recursively, sorted; hidden ones skipped."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        found.extend(
            Path(root, name)
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in KNOWN_SUFFIXES
        )
    return sorted(found, key=lambda file: file.relative_to(folder).parts)


def _read_file(path: Path, doc_id: str, where: str) -> Iterator[Document | BadRecordError]:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES:
        reader = read_text if suffix in TEXT_SUFFIXES else read_html
        try:
            yield reader(path, doc_id, where)
        except BadRecordError as error:
            yield error
        return
    try:
        with path.open("rb") as lines:
            yield from read_jsonl(lines, where)
    except OSError as error:
        yield BadRecordError(where, f"cannot be read ({error.strerror})")
