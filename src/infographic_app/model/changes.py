"""What changed: between two versions of a factsheet, field by field (`document_changes`),
and what one structural operation did (`Changes`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from infographic_app.model.document import Document
from infographic_app.model.writing import document_to_data


@dataclass(frozen=True)
class Change:
    """One field that differs: named as the checks name it ('figures.visitors_total.value',
    'blocks.intro.text', 'rules.shares.parts.2'); `before` is None for a field that was added,
    `after` None for one that was removed."""

    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class Changes:
    """What one structural operation did when it was done or undone (model/operations.py),
    so each view updates only what it shows of it.

    `fields` names the lists and values it changed ('blocks.key_figures.tiles',
    'figures.x.colour', 'pages.page1.blocks', 'pages'); `inserted`, `removed` and `moved` the
    element ids of what it inserted, removed or moved ('blocks.key_figures.tiles.new_tile',
    'blocks.intro', 'figures.x', 'rules.shares', 'pages.page3'; a block moved to another
    page is moved), in the order it did so. `pages_from` is the index of the first page
    that was inserted, removed or moved (every page from it on is another page now), None
    when the list of pages kept its order. `initiator` is whoever asked for the edit (a
    view may skip its own echo); None for undo and redo."""

    fields: tuple[str, ...] = ()
    inserted: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    moved: tuple[str, ...] = ()
    pages_from: int | None = None
    initiator: object = None

    @property
    def scopes(self) -> frozenset[str]:
        """The parts of the document it changed, as the editor rebuilds them: 'figures',
        'rules', 'pages' (the blocks' order), 'metadata' or 'blocks.<id>'."""
        return frozenset(scope_of(name) for name in self.fields)

    def by(self, initiator: object) -> Changes:
        """The same changes, asked for by `initiator`."""
        return replace(self, initiator=initiator)


def scope_of(name: str) -> str:
    """The part of the document a change of `name` belongs to, as the editor rebuilds it:
    'figures', 'rules', 'pages' (the blocks' order), 'metadata' or 'blocks.<id>'."""
    parts = name.split(".")
    if parts[0] == "blocks":
        return ".".join(parts[:2])
    return parts[0]


def combined(steps: Iterable[Changes]) -> Changes:
    """The changes of steps done one after the other, as one record: an element removed and
    inserted again (a block taken to another page) counts as moved; one inserted and
    removed again as neither."""
    fields: dict[str, None] = {}
    inserted: dict[str, None] = {}
    removed: dict[str, None] = {}
    moved: dict[str, None] = {}
    pages_from = None
    for step in steps:
        fields.update(dict.fromkeys(step.fields))
        for name in step.inserted:
            if removed.pop(name, 0) is None:
                moved[name] = None
            else:
                inserted[name] = None
        for name in step.removed:
            if inserted.pop(name, 0) is not None:
                moved.pop(name, None)
                removed[name] = None
        moved.update(dict.fromkeys(n for n in step.moved if n not in inserted))
        if step.pages_from is not None:
            pages_from = step.pages_from if pages_from is None \
                else min(pages_from, step.pages_from)
    return Changes(tuple(fields), tuple(inserted), tuple(removed), tuple(moved), pages_from)


def document_changes(before: Document, after: Document) -> list[Change]:
    """The fields whose values differ, in the order of `after` (removed fields last)."""
    old, new = _flatten(document_to_data(before)), _flatten(document_to_data(after))
    changed = [Change(name, old.get(name), value) for name, value in new.items()
               if old.get(name) != value]
    return changed + [Change(name, value, None) for name, value in old.items() if name not in new]


def _flatten(data: dict) -> dict[str, Any]:
    """Every leaf value by its dotted name; the blocks of all pages as 'blocks.<id>'."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if key == "pages":
            for page in value:
                _walk(page.get("blocks", []), "blocks", flat)
        else:
            _walk(value, key, flat)
    return flat


def _walk(value: Any, name: str, flat: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if key != "id":
                _walk(item, f"{name}.{key}", flat)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            named = isinstance(item, dict) and isinstance(item.get("id"), str)
            _walk(item, f"{name}.{item['id'] if named else index}", flat)
    else:
        flat[name] = value
