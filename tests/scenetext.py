"""A scene's text as a reader sees it printed, for tests that look for words on a page."""

from __future__ import annotations


def printed(runs) -> str:
    """The text runs `runs` in order, a space between two, none before a footnote mark: a
    mark is a run of its own set right after its word ('mensenhandelaar?⁴')."""
    text = ""
    for run in runs:
        text += run.text if run.note or not text else " " + run.text
    return text
