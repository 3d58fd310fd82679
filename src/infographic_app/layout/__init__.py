"""Document + theme -> Scene of positioned primitives. Pure Python, no Qt."""
