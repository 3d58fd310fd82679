"""Exports usable from the CLI and the GUI: print PDF, screen PDF, PNG."""
