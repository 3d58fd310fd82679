"""Every editable value of a document addressed by one name, as the scene and checks name it.

'figures.visitors_total.value', 'metadata.title', 'blocks.intro.text',
'blocks.key_figures.tiles.victims.text', 'blocks.themes.themes.networks.visual.caption';
and the edition's marks: 'figures.visitors_total.updated', 'intended_year_mentions'.
The editor's undo commands change the document only through these two functions.
"""

from __future__ import annotations

from typing import Any

from infographic_app.model.addressing import holder_of
from infographic_app.model.document import Document

FIGURE_FIELDS = ("value", "label", "source", "note", "updated")


def get_field(document: Document, name: str) -> Any:
    """The value of the editable field `name`; None for an optional field left out.
    KeyError when `name` is no editable field of the document."""
    container, key = _locate(document, name)
    if isinstance(container, dict):
        return container.get(key)
    return getattr(container, key)


def set_field(document: Document, name: str, value: Any) -> None:
    """Change the editable field `name` in place; None removes an optional field.
    KeyError when `name` is no editable field of the document.

    A figure's value set to anything other than the previous edition's value makes the
    figure updated for this edition (model/editions.py carried_over), and setting it back
    (an undo) makes it not updated again; 'figures.<id>.updated' True confirms a figure
    unchanged."""
    container, key = _locate(document, name)
    if isinstance(container, dict):
        if value is None:
            container.pop(key, None)
        else:
            container[key] = value
    else:
        setattr(container, key, value)


def _locate(document: Document, name: str) -> tuple[Any, str]:
    parts = name.split(".")
    if parts == ["intended_year_mentions"]:
        return document, "intended_year_mentions"
    editable = (parts[0] == "figures" and len(parts) == 3 and parts[2] in FIGURE_FIELDS
                or parts[0] == "metadata" and len(parts) == 2
                or parts[0] == "blocks" and len(parts) >= 3)
    if not editable:
        raise KeyError(f"no editable field named {name!r}")
    return holder_of(document, name)
