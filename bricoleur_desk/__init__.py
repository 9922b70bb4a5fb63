"""Bricoleur Desk: run resident evenings and send the follow-up report."""

__version__ = "0.1.0"
