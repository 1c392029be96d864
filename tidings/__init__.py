"""tidings: turn news articles into political event data.

    >>> import tidings
    >>> nlp = tidings.load()
    >>> doc = nlp("Syrian forces shelled Aleppo on Sunday.", date="2015-06-02")
    >>> [(e.event_type, e.actor1.country if e.actor1 else None) for e in doc.events]
    >>> for event in tidings.extract([{"id": "a1", "text": "...", "date": "2015-06-02"}]): ...
"""

from .api import extract, geoparse, process
from .errors import BadRecordError, DataError, EvalError, InputError, StoreError, TidingsError
from .model import (
    Actor,
    Attribution,
    Document,
    Event,
    GeoparseRecord,
    Location,
    Provenance,
    TextSpan,
    Toponym,
    event_json_schema,
)
from .pipeline import Tidings, TidingsDoc, load
from .version import __version__

__all__ = [
    "Actor",
    "Attribution",
    "BadRecordError",
    "DataError",
    "Document",
    "EvalError",
    "Event",
    "GeoparseRecord",
    "InputError",
    "Location",
    "Provenance",
    "StoreError",
    "TextSpan",
    "Tidings",
    "TidingsDoc",
    "TidingsError",
    "Toponym",
    "__version__",
    "event_json_schema",
    "extract",
    "geoparse",
    "load",
    "process",
]
