"""Factsheet studio: a form-driven editor and print producer for data factsheets."""

__version__ = "0.1.0"
