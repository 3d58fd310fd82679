"""Every editable value of a document addressed by one name, as the scene and checks name it.

'figures.visitors_total.value', 'metadata.title', 'blocks.intro.text',
'blocks.key_figures.tiles.victims.text', 'blocks.themes.themes.networks.visual.caption';
and the edition's marks: 'figures.visitors_total.updated', 'intended_year_mentions'; the
disclosure decisions: 'figures.criminal_victims.suppressed', '….disclosure_reason'.
The editor's undo commands change the document only through these two functions.
"""

from __future__ import annotations

from typing import Any

from infographic_app.model.addressing import set_value, value_of
from infographic_app.model.document import Document

FIGURE_FIELDS = ("value", "label", "source", "note", "updated", "suppressed", "disclosure_reason")


def get_field(document: Document, name: str) -> Any:
    """The value of the editable field `name`; None for an optional field left out.
    KeyError when `name` is no editable field of the document."""
    _check_editable(name)
    return value_of(document, name)


def set_field(document: Document, name: str, value: Any) -> None:
    """Change the editable field `name` in place; None removes an optional field.
    KeyError when `name` is no editable field of the document.

    A figure's value set to anything other than the previous edition's value makes the
    figure updated for this edition (model/editions.py carried_over), and setting it back
    (an undo) makes it not updated again; 'figures.<id>.updated' True confirms a figure
    unchanged."""
    _check_editable(name)
    set_value(document, name, value)


def _check_editable(name: str) -> None:
    parts = name.split(".")
    editable = (parts in (["intended_year_mentions"], ["word_list"])
                or parts[0] == "figures" and len(parts) == 3 and parts[2] in FIGURE_FIELDS
                or parts[0] == "metadata" and len(parts) == 2
                or parts[0] == "blocks" and len(parts) >= 3)
    if not editable:
        raise KeyError(f"no editable field named {name!r}")
