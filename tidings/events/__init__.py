"""Events: trigger lexicon, roles from the parse, modality; the ``tidings_events`` and
``tidings_place_targets`` components."""

from . import component, place_targets  # noqa: F401  (register the factories)
