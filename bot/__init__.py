"""Fieldbot: answers questions about the Dutch Smart Industry Fieldlabs and Hubs."""

__version__ = "0.1.0"
