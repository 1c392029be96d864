"""Actors: the dictionary, the ``tidings_actor_ruler`` (names in ``doc.ents``) and the
``tidings_actors`` resolver (``doc._.actors``). Importing this package registers both."""

from .dictionary import ActorDictionary, ActorEntry, load_dictionary, search
from .ruler import ActorRuler

__all__ = ["ActorDictionary", "ActorEntry", "ActorRuler", "load_dictionary", "search"]
