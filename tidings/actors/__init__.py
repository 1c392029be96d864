"""Actors: the dictionary, the ``tidings_actor_ruler`` (names in ``doc.ents``) and the
``tidings_actors`` resolver (``doc._.actors``). Importing this package registers both."""

from .dictionary import ActorDictionary, ActorEntry, load_dictionary, search
from .resolver import ActorResolver, actor_at
from .ruler import ActorRuler

__all__ = ["ActorDictionary", "ActorEntry", "ActorResolver", "ActorRuler", "actor_at", "load_dictionary", "search"]
