"""Scorers for the bundled development sets."""
