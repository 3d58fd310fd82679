"""Figure references in texts: `{figure_id}` shows the figure with its unit ('92,9%'),
`{figure_id:number}` without it ('92,9'), `{figure_id:change}` its change since the previous
edition ('+14%') and `{figure_id:previous}` its value then ('250'). The one place that reads
them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from infographic_app.model.blocks import BLOCK_KINDS, VISUAL_KINDS, FieldSpec

if TYPE_CHECKING:
    from infographic_app.model.document import Document

REFERENCE = re.compile(r"\{([^{}]*)\}")
_BODY = re.compile(r"^([A-Za-z][A-Za-z0-9_]*)(?::(number|change|previous))?$")


@dataclass(frozen=True)
class Reference:
    """One `{...}` in a text: `written` as typed (braces included); `figure_id` is None when
    what is inside the braces is not a figure id at all ('{2019}', '{}')."""

    written: str
    figure_id: str | None
    number_only: bool = False
    # '' for the figure itself; 'number', 'change' (against the previous edition: '+14%') or
    # 'previous' (its value in the previous edition).
    form: str = ""


def read_reference(match: re.Match) -> Reference:
    """The reference a REFERENCE match stands for."""
    body = _BODY.match(match.group(1).strip())
    if body is None:
        return Reference(match.group(0), None)
    form = body.group(2) or ""
    return Reference(match.group(0), body.group(1), form == "number", form)


def references_in(text: str) -> list[Reference]:
    """Every `{...}` in `text`, in order; a lone brace is plain text, not a reference."""
    return [read_reference(match) for match in REFERENCE.finditer(text)]


def rich_texts(document: Document) -> Iterator[tuple[str, tuple, str]]:
    """Every text that may hold references: (field name as the checks name it, e.g.
    'blocks.intro.text'; its path in the file, for the line; the text)."""
    for page_index, page in enumerate(document.pages):
        for block_index, block in enumerate(page.blocks):
            yield from _texts(block.fields, BLOCK_KINDS[block.kind], f"blocks.{block.id}",
                              ("pages", page_index, "blocks", block_index))


def _texts(values: dict, specs: tuple[FieldSpec, ...], name: str,
           path: tuple) -> Iterator[tuple[str, tuple, str]]:
    for spec in specs:
        value = values.get(spec.name)
        where, field = (*path, spec.name), f"{name}.{spec.name}"
        if spec.kind == "rich" and isinstance(value, str):
            yield field, where, value
        elif spec.kind == "items" and isinstance(value, list):
            for index, item in enumerate(value):
                yield from _texts(item, spec.items, f"{field}.{item.get('id')}", (*where, index))
        elif spec.kind == "visual" and isinstance(value, dict) and value.get("kind") in \
                VISUAL_KINDS:
            yield from _texts(value, VISUAL_KINDS[value["kind"]], field, where)
