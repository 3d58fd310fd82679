"""Which parts of a scrolled column are near what its scroll area shows.

The editor builds and keeps only those: the preview's page images, the forms' groups of
fields and the figure panel's charts. What is far from the view is dropped and made again
when it comes near, so the memory the editor takes does not grow with the factsheet's length.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QScrollArea


def near(spans: Sequence[tuple[float, float]], top: float, bottom: float,
         margin: float) -> set[int]:
    """The indices of the spans (top, height; pixels) that overlap the range from `top` to
    `bottom` widened by `margin` on both sides."""
    low, high = top - margin, bottom + margin
    return {index for index, (start, height) in enumerate(spans)
            if start < high and start + max(height, 1) > low}


def shown_range(area: QScrollArea) -> tuple[float, float]:
    """The part of the scroll area's widget on screen: its top and bottom in the widget's
    coordinates (pixels)."""
    top = area.verticalScrollBar().value()
    return top, top + area.viewport().height()
