"""Checks a factsheet before it is published: consistency rules, figure ranges, text overflow."""
