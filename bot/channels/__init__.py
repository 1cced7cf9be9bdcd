"""Channels: thin adapters between a chat surface and the Assistant."""
