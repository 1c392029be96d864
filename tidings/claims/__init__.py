"""Claims: who says each event happened, and whether it is claimed, denied or asserted."""

from . import attribution  # noqa: F401  (registers the factory)
