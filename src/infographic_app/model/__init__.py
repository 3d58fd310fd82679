"""The factsheet as data: figures, text blocks, rules and theme. Pure Python, no Qt."""
