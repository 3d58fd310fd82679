"""A social card as a PNG, with its alt text beside it in a .txt file of the same name."""

from __future__ import annotations

from pathlib import Path

from infographic_app.export.png import write_page_png
from infographic_app.layout.cards import CARD_DPI, layout_card
from infographic_app.layout.scene import Scene
from infographic_app.model.alt_text import alt_text_for_card
from infographic_app.model.document import Document
from infographic_app.model.storage import atomic_write
from infographic_app.model.theme import Theme


def export_card(document: Document, theme: Theme, target: str, size: str, path: Path,
                card: Scene | None = None) -> list[Path]:
    """Write the card for `target` at `size` (a key of CARD_SIZES: 'square', 'portrait',
    'story' or 'wide') to `path` and its alt text
    to the .txt beside it; returns both files. `card` is the card laid out already (e.g. for
    the checks), else it is laid out here. An unknown target or size is an InputError."""
    path = Path(path)
    card = card or layout_card(document, theme, target, size)
    text = alt_text_for_card(document, target)
    write_page_png(card, 0, CARD_DPI[size], path)
    alt = path.with_suffix(".txt")
    with atomic_write(alt, "w") as handle:
        handle.write(text + "\n")
    return [path, alt]
