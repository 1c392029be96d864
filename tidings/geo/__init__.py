"""Geography: gazetteer, place ruler, toponym resolution and event location.

Importing this package registers the spaCy factories ``tidings_place_ruler``,
``tidings_places`` and ``tidings_event_locations``.
"""

from . import event_location, resolver, ruler
from .gazetteer import Gazetteer, Place, load_gazetteer, normalize

__all__ = ["Gazetteer", "Place", "event_location", "load_gazetteer", "normalize", "resolver", "ruler"]
