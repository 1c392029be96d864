"""Events: trigger lexicon, roles from the parse, modality; the ``tidings_events`` component."""

from . import component  # noqa: F401  (registers the factory)
