"""Time: date expressions resolved against the publication date, and event dates.

Importing this package registers the ``tidings_times`` and ``tidings_event_dates``
spaCy factories.
"""

from .components import EventDates, TimeTagger
from .expressions import Resolved, resolve

__all__ = ["EventDates", "Resolved", "TimeTagger", "resolve"]
