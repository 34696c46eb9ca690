"""Wegwijs: a Dutch assistant for school and youth care that answers from cited sources."""

__version__ = "0.1.0"
