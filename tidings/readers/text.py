"""Plain-text documents: one ``.txt`` file is one document (id = file name, date unknown)."""

from __future__ import annotations

from pathlib import Path

from ..errors import BadRecordError
from ..model import Document
from .encoding import decode_utf8

__all__ = ["read_text"]


def read_text(path: Path, doc_id: str, where: str) -> Document:
    """Read one UTF-8 text file.

    path (Path): the file.
    doc_id (str): the document id (the file name, relative to the folder it was found in).
    where (str): the file as the user named it, for errors.
    RETURNS (Document): raises BadRecordError when the file is not UTF-8.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BadRecordError(where, f"cannot be read ({error.strerror})") from None
    return Document(id=doc_id, text=decode_utf8(data, where))
