"""Painters: each walks the Scene and draws it for one target. They never re-wrap text."""
