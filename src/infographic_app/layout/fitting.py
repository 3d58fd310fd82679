"""Copy-fitting: a theme tightened within the ranges it declares, so more fits on a page.

The theme names how far a page may be tightened before content moves on to the next page:
each spacing `X` down to its `X_tight` (block gaps, chart heights, list item gaps), each
text style down to its `tight` size and leading, and running text without one by up to
`leading_tightening` points of leading. Nothing goes below what the theme declares, and the
preflight still holds every size to the print minimum.
"""

from __future__ import annotations

from dataclasses import replace

from infographic_app.model.theme import TextStyle, Theme

# How far a page is tightened, tried in this order: 0 is the theme as designed, 1 its
# tightest. A page takes the first level at which nothing has to move on.
FIT_LEVELS = (0.0, 0.25, 0.5, 0.75, 1.0)
# Styles of running text, whose leading may tighten; headings and figures keep theirs.
RUNNING_TEXT = ("body", "tile_text", "list_text", "caption", "chart_label")

_fitted: dict[tuple[int, float], tuple[Theme, Theme]] = {}


def fitted(theme: Theme, level: float) -> Theme:
    """`theme` tightened to `level` (0: as designed, 1: the tightest it allows); the same
    object for the same theme and level, so text set with it is remembered."""
    if level == 0:
        return theme
    key = (id(theme), level)
    kept = _fitted.get(key)
    if kept is not None and kept[0] is theme:
        return kept[1]
    spacing = {name: _between(value, theme.spacing.get(f"{name}_tight", value), level)
               for name, value in theme.spacing.items()}
    styles = {name: _tightened(style, theme.spacing["leading_tightening"], level)
              for name, style in theme.styles.items()}
    tightened = replace(theme, spacing=spacing, styles=styles)
    if len(_fitted) > 32:  # themes of documents no longer open
        _fitted.clear()
    _fitted[key] = (theme, tightened)
    return tightened


def _between(designed: float, tightest: float, level: float) -> float:
    """`level` of the way from `designed` to `tightest` (never looser than designed)."""
    return designed + (min(tightest, designed) - designed) * level


def _tightened(style: TextStyle, leading_tightening: float, level: float) -> TextStyle:
    """`style` tightened to `level`: towards its `tight_size` and `tight_leading`, or for
    running text without them, its leading less `leading_tightening` points."""
    size = _between(style.size, style.tight_size or style.size, level)
    tightest = style.tight_leading if style.tight_leading is not None else \
        style.leading - leading_tightening if style.name in RUNNING_TEXT else style.leading
    leading = max(_between(style.leading, tightest, level), size)
    if size == style.size and leading == style.leading:
        return style
    return replace(style, size=size, leading=leading)
