"""Strict UTF-8 decoding that turns a bad byte into a one-line bad-record message."""

from __future__ import annotations

from ..errors import BadRecordError

__all__ = ["decode_utf8"]


def decode_utf8(data: bytes, where: str) -> str:
    """Decode UTF-8 (a leading byte-order mark is dropped).

    data (bytes): the raw line or file content.
    where (str): "file:line" or file name, for the error.
    RETURNS (str): the text. Raises BadRecordError when ``data`` is not valid UTF-8.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        byte = data[error.start]
        raise BadRecordError(
            where,
            f"not valid UTF-8 (byte 0x{byte:02x} at offset {error.start}); re-save it as UTF-8",
            raw=data.decode("utf-8", errors="replace"),
        ) from None
