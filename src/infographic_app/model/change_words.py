"""A change between two versions of a factsheet in words, as the recovery offer lists it:
"Cijfer 'unieke bezoekers' › Waarde: 299 → 333". The place named as the forms name it (in
the version that has it: a removed tile in the older one), a figure id in a value as the
figure's label, a text as printed (figure references as their values), a year marked as
named on purpose as the place and the year, yes and no in words.

`what_was_done` lists what a person did between two versions in those words: a figure,
block or entry added or removed as one line, a list of figures (a chart's) as a whole, and
no bookkeeping the editor keeps by itself."""

from __future__ import annotations

import os

from infographic_app.model.addressing import elements, value_of
from infographic_app.model.changes import Change, document_changes
from infographic_app.model.document import Document
from infographic_app.model.editions import marked_place
from infographic_app.model.figures import format_figure
from infographic_app.model.messages import say
from infographic_app.model.places import field_label, figure_name, place_name

MISSING = "—"  # a value that is not there
TEXT_WIDTH = 60  # characters of a changed text shown, around where it changed


def change_in_words(change: Change, before: Document, after: Document, language: str) -> str:
    """`change` (from `before` to `after`, model/changes.py document_changes) on one line in
    `language` ('nl', 'en')."""
    where = _place(change.field, before, after, language)
    old = _value(change, change.before, before, language)
    new = _value(change, change.after, after, language)
    texts = [_is_text(change, v, d) for v, d in ((change.before, before),
                                                 (change.after, after))]
    if all(texts):
        old, new = _around_the_change(old, new)
    old, new = (_quoted(shown) if text else shown for shown, text in zip((old, new), texts,
                                                                         strict=True))
    return f"{where}: {old} → {new}"


# Fields the editor keeps by itself, never typed in a form: the previous editions' values,
# the decimals they were printed with, whether a value was updated for this edition (a
# value typed says it); the years marked as named on purpose are left out too.
BOOKKEEPING = ("history", "published_decimals", "updated")


def what_was_done(before: Document, after: Document, language: str) -> list[str]:
    """The changes from `before` to `after` as a person made them, one line each in
    `language`: "Cijfer 'unieke bezoekers' › Waarde: 299 → 333", "Thema 'nieuw thema'
    toegevoegd", "Cijfer 'testcijfer' toegevoegd: 15", "Thema 'x' › Grafiek › Cijfers:
    'a' → 'a', 'b'". Leaves out BOOKKEEPING, the marks of years named on purpose and a unit
    the editor gave a figure; never names a list position."""
    added = _element_ids(after) - _element_ids(before)
    removed = _element_ids(before) - _element_ids(after)
    lines = [_added_or_removed(name, after, "change_added", language) for name in
             _in_order(added, after)]
    lists: dict[str, None] = {}  # lists of plain entries (a chart's figures), as a whole
    for change in document_changes(before, after):
        field = change.field
        if any(field == name or field.startswith(name + ".") for name in added | removed) \
                or _is_bookkeeping(change):
            continue
        parts = field.split(".")
        position = next((i for i, part in enumerate(parts) if part.isdigit()), None)
        if position is not None:
            lists.setdefault(".".join(parts[:position]))
            continue
        lines.append(change_in_words(change, before, after, language))
    lines += [_list_in_words(name, before, after, language) for name in lists]
    return lines + [_added_or_removed(name, before, "change_removed", language) for name in
                    _in_order(removed, before)]


def _element_ids(document: Document) -> set[str]:
    """The figures, blocks and entries of blocks' lists (by element id)."""
    return {f"figures.{name}" for name in document.figures} | \
        {element.id for element in elements(document)}


def _in_order(names: set[str], document: Document) -> list[str]:
    """`names` in the order `document` has them: its figures, then its blocks in reading
    order."""
    order = [f"figures.{name}" for name in document.figures] + \
        [element.id for element in elements(document)]
    return [name for name in order if name in names]


def _added_or_removed(name: str, document: Document, key: str, language: str) -> str:
    """A figure, block or entry added ('change_added') or removed, by its place; a figure
    with its value."""
    line = say(key, language, place=place_name(document, name, language))
    figure = document.figures.get(name.split(".")[1]) if name.startswith("figures.") else None
    if key == "change_added" and figure is not None and figure.value is not None:
        line += ": " + format_figure(figure, figure.value, document.locale)
    return line


def _is_bookkeeping(change: Change) -> bool:
    """A field the editor keeps by itself (BOOKKEEPING, the year marks), or a figure's unit
    it set where there was none."""
    parts = change.field.split(".")
    if parts[0] == "intended_year_mentions":
        return True
    return parts[0] == "figures" and len(parts) > 2 and (
        parts[2] in BOOKKEEPING or (parts[2] == "unit" and not change.before))


def _list_in_words(name: str, before: Document, after: Document, language: str) -> str:
    """A list of plain entries (a chart's figures, a rule's parts) before and after, as a
    whole: "Thema 'x' › Grafiek › Cijfers: 'a' → 'a', 'b'"."""
    shown = []
    for document in (before, after):
        try:
            entries = value_of(document, name)
        except KeyError:
            entries = None
        change = Change(name, None, None)
        shown.append(", ".join(_value(change, entry, document, language)
                               for entry in entries) if entries else MISSING)
    return f"{_place(name, before, after, language)}: {shown[0]} → {shown[1]}"


def _place(field: str, before: Document, after: Document, language: str) -> str:
    """The place in the version that has it; the newer one first."""
    parts = field.split(".")
    if parts[0] == "figures" and len(parts) > 1:
        has = parts[1] in after.figures
    elif parts[0] == "rules" and len(parts) > 1:
        has = any(rule.id == parts[1] for rule in after.rules) or parts[1].isdigit()
    else:
        has = place_name(after, field, language) != field
    return place_name(after if has else before, field, language)


def _is_text(change: Change, value: object, document: Document) -> bool:
    """Whether `value` is a text a person typed: not a figure id (a tile's figure, a chart's
    or rule's entry) nor a mark of a year, which are named instead."""
    return isinstance(value, str) and value not in document.figures and \
        not change.field.startswith("intended_year_mentions")


def _value(change: Change, value: object, document: Document, language: str) -> str:
    """`value` as a person reads it, in the version `document` it belongs to."""
    if value is None:
        return MISSING
    if isinstance(value, bool):
        return say("yaml_reads_yes" if value else "yaml_reads_no", language)
    parts = change.field.split(".")
    if parts[0] == "intended_year_mentions" and isinstance(value, str):
        field, year = marked_place(value)
        place = place_name(document, field, language)
        return f"{place} ({year})" if year else place
    if isinstance(value, str) and value in document.figures:
        return f"'{figure_name(document, value)}'"
    if parts[0] == "figures" and parts[2:] == ["type"] and isinstance(value, str):
        return say(f"type_{value}", language)  # 'aantal' for count
    if parts[-1] == "kind" and isinstance(value, str):
        return field_label(value, language)  # a chart's kind: 'donut', 'percentagebalken'
    figure = document.figures.get(parts[1]) if parts[0] == "figures" and len(parts) > 2 else None
    if figure is not None and parts[2] in ("value", "history") and \
            isinstance(value, int | float):
        return format_figure(figure, value, document.locale)
    if isinstance(value, str):
        return " ".join(document.resolve(value).split())
    return str(value)


def _quoted(shown: str) -> str:
    """A text in quotes, shortened to TEXT_WIDTH characters."""
    return f"'{shown[:TEXT_WIDTH - 3]}…'" if len(shown) > TEXT_WIDTH else f"'{shown}'"


def _around_the_change(before: str, after: str, context: int = 20) -> tuple[str, str]:
    """Both texts cut to where they differ, with `context` characters before it."""
    start = max(0, len(os.path.commonprefix([before, after])) - context)
    start = before.rfind(" ", 0, start) + 1 if start else 0  # from the start of a word
    lead = "…" if start else ""
    return lead + before[start:], lead + after[start:]
