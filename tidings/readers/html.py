"""HTML documents: trafilatura extracts the article text, title, date, URL and outlet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Optional

import trafilatura

from ..errors import BadRecordError
from ..model import Document
from .encoding import decode_utf8

__all__ = ["read_html"]


def read_html(path: Path, doc_id: str, where: str) -> Document:
    """Read one UTF-8 HTML page and extract its main text and metadata.

    path (Path): the file.
    doc_id (str): the document id (the file name, relative to the folder it was found in).
    where (str): the file as the user named it, for errors.
    RETURNS (Document): raises BadRecordError when the file is not UTF-8 or has no article text.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BadRecordError(where, f"cannot be read ({error.strerror})") from None
    html = decode_utf8(data, where)
    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True)
    except Exception as error:  # trafilatura/lxml raise many kinds on broken markup
        raise BadRecordError(where, f"HTML could not be parsed ({type(error).__name__})", raw=html) from None
    meta: dict[str, Any] = extracted.as_dict() if extracted is not None else {}
    text = (meta.get("text") or "").strip()
    if not text:
        raise BadRecordError(where, "no article text found in the HTML", raw=html)
    return Document(
        id=doc_id,
        text=text,
        title=meta.get("title") or None,
        date=_iso_date(meta.get("date")),
        url=meta.get("url") or None,
        source=meta.get("sitename") or None,
        lang=meta.get("language") or "en",
    )


def _iso_date(value: Optional[str]) -> Optional[dt.date]:
    """trafilatura gives "YYYY-MM-DD"; anything else is treated as unknown."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
