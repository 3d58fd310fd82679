"""What differs between two versions of a factsheet, field by field."""

from __future__ import annotations

from dataclasses import dataclass
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
