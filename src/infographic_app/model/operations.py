"""Structural edits of a factsheet: insert, remove, move and rename, as undoable operations.

Each operation addresses what it changes by name ('figures', 'rules.shares.parts',
'pages.page1.blocks', 'blocks.key_figures.tiles', 'blocks.themes.themes.networks.visual')
and records the index or old value it changes when it is done, so `undo` restores the
document exactly. An edit that entails others (renaming a figure updates every reference to
it) is one `Macro` of child operations: one step for the user.

The public functions below (`add_figure`, `rename_figure`, `add_entry`, `move_block`, ...)
build the operation for an edit of the document as it is now; they raise `Refused` when the
edit cannot be made, with a message key of model/messages.py and its parameters. Doing or
undoing an operation returns a `Changes` record of what it inserted, removed, moved and
changed (model/changes.py), so the editor updates only that. None of this imports Qt: the
editor wraps each operation in one undo command.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from infographic_app.model.addressing import (
    entry_index,
    holder_of,
    insert_entry,
    pop_entry,
    set_value,
    value_of,
)
from infographic_app.model.blocks import (
    BLOCK_KINDS,
    FOOTER,
    VISUAL_KINDS,
    Block,
    FieldSpec,
    Page,
)
from infographic_app.model.changes import Changes, combined, scope_of
from infographic_app.model.chart_colours import kept_colours
from infographic_app.model.document import ID_PATTERN, Document, Rule
from infographic_app.model.figures import (
    DEFAULT_DECIMALS,
    FIGURE_TYPES,
    Figure,
    usual_decimals,
    value_problem_key,
)
from infographic_app.model.numbers import to_exact
from infographic_app.model.references import (
    FigureUse,
    figure_uses,
    replace_references,
    uses_of,
)

# Words a new or copied figure's label starts with, in the document's language (a new block's
# or entry's are its kind's: model/blocks.py BlockKind.placeholder).
FIGURE_PLACEHOLDERS = {
    "nl-NL": {"label": "nieuw cijfer", "copy": "{label} (kopie)", "merged": "{into} en {label}"},
    "en-GB": {"label": "new figure", "copy": "{label} (copy)", "merged": "{into} and {label}"},
}
CHART_KINDS = ("donut", "percentage_bars", "big_numbers", "icon_array", "trend")


class Refused(ValueError):
    """An edit that cannot be made: `key` names the message in model/messages.py,
    `params` fill it in (and `uses`, for a figure still in use, lists where)."""

    def __init__(self, key: str, uses: tuple[FigureUse, ...] = (), **params: object):
        self.key, self.params, self.uses = key, params, uses
        super().__init__(f"{key}: {params}")


# ---------------------------------------------------------------------- addressing

def _rule(document: Document, rule_id: str) -> Rule:
    return value_of(document, f"rules.{rule_id}")


def _page(document: Document, page_id: str) -> Page:
    return value_of(document, f"pages.{page_id}")


def _page_of(document: Document, block_id: str) -> Page:
    return next(page for page in document.pages if any(b.id == block_id for b in page.blocks))


def _element_of(container: str, value: Any) -> tuple[str, ...]:
    """The element id of `value` as an entry of the list named `container`, as a 1-tuple:
    'blocks.<id>' for a block on a page, '<container>.<id>' for a figure, rule, page or an
    entry with an id; () for a plain value (a figure id in a chart's list)."""
    if isinstance(value, Block):
        return (f"blocks.{value.id}",)
    key = value.get("id") if isinstance(value, dict) else getattr(value, "id", None)
    return (f"{container}.{key}",) if isinstance(key, str) else ()


def _list_changes(container: str, index: int, value: Any, kind: str) -> Changes:
    """The Changes of inserting (`kind` 'inserted'), removing or moving `value` at `index` of
    the list named `container`."""
    return Changes((container,), pages_from=index if container == "pages" else None,
                   **{kind: _element_of(container, value)})


# ---------------------------------------------------------------------- operations

class Operation:
    """One change of the document that can be undone exactly. `do` and `undo` return what
    they changed."""

    description: str = ""

    def do(self, document: Document) -> Changes:
        raise NotImplementedError

    def undo(self, document: Document) -> Changes:
        raise NotImplementedError

    def scopes(self) -> set[str]:
        """The parts of the document it changes (see scope_of)."""
        raise NotImplementedError


@dataclass
class Insert(Operation):
    """Insert `value` at `index` of the list named `container`."""

    container: str
    index: int
    value: Any
    description: str = ""

    def do(self, document: Document) -> Changes:
        insert_entry(value_of(document, self.container), self.index,
                     copy.deepcopy(self.value))
        return _list_changes(self.container, self.index, self.value, "inserted")

    def undo(self, document: Document) -> Changes:
        removed = pop_entry(value_of(document, self.container), self.index)
        return _list_changes(self.container, self.index, removed, "removed")

    def scopes(self) -> set[str]:
        return {scope_of(self.container)}


@dataclass
class Remove(Operation):
    """Remove the entry `key` (an id, or an index) of the list named `container`; the index
    and the entry are recorded when it is done, for undo."""

    container: str
    key: str | int
    description: str = ""
    index: int | None = field(default=None, init=False)
    value: Any = field(default=None, init=False)

    def do(self, document: Document) -> Changes:
        entries = value_of(document, self.container)
        self.index = entry_index(entries, self.key)
        self.value = pop_entry(entries, self.index)
        return _list_changes(self.container, self.index, self.value, "removed")

    def undo(self, document: Document) -> Changes:
        insert_entry(value_of(document, self.container), self.index, self.value)
        return _list_changes(self.container, self.index, self.value, "inserted")

    def scopes(self) -> set[str]:
        return {scope_of(self.container)}


@dataclass
class Move(Operation):
    """Move the entry at `source` of the list named `container` to `target` (its index after
    the move)."""

    container: str
    source: int
    target: int
    description: str = ""

    def do(self, document: Document) -> Changes:
        return self._move(document, self.source, self.target)

    def undo(self, document: Document) -> Changes:
        return self._move(document, self.target, self.source)

    def _move(self, document: Document, source: int, target: int) -> Changes:
        entries = value_of(document, self.container)
        value = pop_entry(entries, source)
        insert_entry(entries, target, value)
        return _list_changes(self.container, min(source, target), value, "moved")

    def scopes(self) -> set[str]:
        return {scope_of(self.container)}


@dataclass
class SetValue(Operation):
    """Set the value named `name` (a field, a list, an attribute); None removes a field.
    The old value and the field's place among its neighbours are kept for undo."""

    name: str
    value: Any
    description: str = ""
    old: Any = field(default=None, init=False)
    order: list | None = field(default=None, init=False)

    def do(self, document: Document) -> Changes:
        parent, _ = holder_of(document, self.name)
        self.old = copy.deepcopy(value_of(document, self.name))
        self.order = list(parent) if isinstance(parent, dict) else None
        set_value(document, self.name, copy.deepcopy(self.value))
        return Changes((self.name,))

    def undo(self, document: Document) -> Changes:
        parent, _ = holder_of(document, self.name)
        set_value(document, self.name, copy.deepcopy(self.old))
        if self.order is not None:  # a key removed and put back goes where it was
            rest = {k: parent[k] for k in parent if k not in self.order}
            kept = {k: parent[k] for k in self.order if k in parent}
            parent.clear()
            parent.update({**kept, **rest})
        return Changes((self.name,))

    def scopes(self) -> set[str]:
        return {scope_of(self.name)}


@dataclass
class RenameFigureId(Operation):
    """Give the figure `old` the id `new`, in the same place among the figures."""

    old: str
    new: str
    description: str = ""

    def do(self, document: Document) -> Changes:
        return _rename_key(document, self.old, self.new)

    def undo(self, document: Document) -> Changes:
        return _rename_key(document, self.new, self.old)

    def scopes(self) -> set[str]:
        return {"figures"}


def _rename_key(document: Document, old: str, new: str) -> Changes:
    entries = [(new if key == old else key, figure) for key, figure in document.figures.items()]
    document.figures[old].id = new
    document.figures.clear()
    document.figures.update(entries)
    return Changes(("figures",), inserted=(f"figures.{new}",), removed=(f"figures.{old}",))


@dataclass
class Macro(Operation):
    """Child operations done in order and undone in reverse: one step for the user."""

    description: str
    children: list[Operation] = field(default_factory=list)

    def do(self, document: Document) -> Changes:
        return combined([child.do(document) for child in self.children])

    def undo(self, document: Document) -> Changes:
        return combined([child.undo(document) for child in reversed(self.children)])

    def scopes(self) -> set[str]:
        return set().union(*(child.scopes() for child in self.children))


# ---------------------------------------------------------------------- where used

_NAME = r"(?<![A-Za-z0-9_]){}(?![A-Za-z0-9_])"


def _addressed(use: FigureUse) -> str:
    """The name this module changes a use under: the field itself, or for a rule's `part`
    (a part_of_whole rule's one part) the rule's list of parts."""
    return re.sub(r"^(rules\.[^.]+)\.part$", r"\1.parts", use.field)


# ---------------------------------------------------------------------- ids

def propose_id(document: Document, text: str, taken: set[str] | None = None) -> str:
    """An id made from `text` ('(stief)ouders' -> 'stief_ouders') that no figure, rule,
    page or block has yet."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")[:40].strip("_") or "new"
    if not base[0].isalpha():
        base = f"n_{base}"
    taken = _all_ids(document) if taken is None else taken
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


def _all_ids(document: Document) -> set[str]:
    return {*document.figures, *(r.id for r in document.rules),
            *(p.id for p in document.pages), *(b.id for b in document.blocks())}


def _entry_ids(items: list) -> set[str]:
    return {item.get("id") for item in items if isinstance(item, dict)}


def _figure_words(document: Document) -> dict[str, str]:
    return FIGURE_PLACEHOLDERS.get(document.locale, FIGURE_PLACEHOLDERS["en-GB"])


# ---------------------------------------------------------------------- figures

def add_figure(document: Document, label: str, kind: str, value: float | int | None,
               figure_id: str | None = None, index: int | None = None,
               decimals: int | None = None, unit: str = "") -> Operation:
    """A new typed figure (`kind` one of FIGURE_TYPES), with an id proposed from its label
    unless given, showing `decimals` (those its value was typed with), else the decimals the
    document's figures of its type most use (`usual_decimals`); `unit` 'personen' for a
    count of people (checked for small counts); at the end of the figures unless `index`
    says where."""
    if kind not in FIGURE_TYPES:
        raise Refused("op_unknown_type", type=kind)
    figure_id = figure_id or propose_id(document, label)
    _check_new_id(document, figure_id)
    if decimals is None:
        decimals = usual_decimals(document.figures.values(), kind)
    elif decimals == DEFAULT_DECIMALS[kind]:
        decimals = None  # the type's own, not written
    figure = Figure(id=figure_id, type=kind, label=label, value=value, decimals=decimals,
                    unit=unit)
    return Insert("figures", len(document.figures) if index is None else index, figure,
                  description=f"add figure {figure_id}")


def duplicate_figure(document: Document, figure_id: str) -> Operation:
    """A copy of the figure, right after it, with a new id and '(copy)' in its label."""
    original = document.figures[figure_id]
    new_id = propose_id(document, figure_id)
    duplicate = copy.deepcopy(original)
    duplicate.id = new_id
    duplicate.label = _figure_words(document)["copy"].format(label=original.label)
    return Insert("figures", list(document.figures).index(figure_id) + 1, duplicate,
                  description=f"duplicate figure {figure_id}")


def rename_figure(document: Document, old: str, new: str) -> Operation:
    """Give a figure another id; every text, tile, chart, rule and formula that uses it
    follows, in the same step."""
    _check_new_id(document, new)
    children: list[Operation] = [RenameFigureId(old, new)]
    for use in uses_of(document, old):
        name = _addressed(use)
        value = value_of(document, name)
        if use.place == "text":
            value = replace_references(value, old, lambda reference, *_: reference.renamed(new))
        elif isinstance(value, list):  # a chart's figures, a rule's parts
            value = [new if item == old else item for item in value]
        elif use.place == "formula":
            value = re.sub(_NAME.format(re.escape(old)), new, value)
        else:
            value = new
        children.append(SetValue(name, value))
    return Macro(f"rename figure {old} to {new}", children)


def remove_figure(document: Document, figure_id: str, remove_uses: bool = False) -> Operation:
    """Remove a figure. While it is used this is refused ('op_figure_in_use', with the uses),
    unless `remove_uses`: then its uses go in the same step. A reference in a text becomes
    what it prints now, in its form ('{x:change}' the change, '{x:number}' the number
    without its unit: Document.resolve, as the page shows it); a chart, rule or list loses
    the figure; a tile showing it, or a chart or rule that cannot do without it, goes. A
    figure used in another's formula is always refused: that formula has to be changed
    first."""
    uses = uses_of(document, figure_id)
    formulas = tuple(use for use in uses if use.place == "formula")
    if formulas or (uses and not remove_uses):
        raise Refused("op_figure_in_use", uses=formulas or uses, figure=figure_id,
                      label=document.figures[figure_id].label)
    values = document.values()
    edits: list[Operation] = []
    removals: list[Operation] = []
    for use in uses:
        name = _addressed(use)
        value = value_of(document, name)
        if use.place == "text":
            edits.append(SetValue(name, replace_references(
                value, figure_id, lambda reference, text, start:
                document.printed(reference, text, start, values))))
        elif use.place in ("chart", "rule") and isinstance(value, list) and len(value) > 2 - (
                use.place == "chart"):
            edits.append(SetValue(name, [item for item in value if item != figure_id]))
            if use.place == "chart":
                edits += _keep_colours(document, name.rpartition(".")[0], value, figure_id)
        elif use.place == "rule":
            removals.append(Remove("rules", name.split(".")[1]))
        else:  # a field holding only this figure, or a chart of it alone
            removals.append(_remove_holder(document, name))
    removals = list({repr(op): op for op in removals}.values())  # a rule named twice goes once
    return Macro(f"remove figure {figure_id}",
                 [*edits, *removals, Remove("figures", figure_id)])


def _remove_holder(document: Document, field_name: str) -> Operation:
    """Remove what cannot stay without the figure in `field_name`: an optional field goes,
    a required one takes its chart or its entry with it."""
    parts = field_name.split(".")
    holder = ".".join(parts[:-1])
    parent, _ = holder_of(document, field_name)
    if parts[-1] == "headline":
        return SetValue(field_name, None)
    if isinstance(parent, dict) and parent.get("kind") in VISUAL_KINDS:  # a chart
        return SetValue(holder, None)
    return Remove(".".join(parts[:-2]), parts[-2])  # the entry (a tile) holding it


def set_figure_attribute(document: Document, figure_id: str, attribute: str,
                         value: Any) -> Operation:
    """Change a figure's type, decimals or other attribute that has no form field; a type
    its value cannot have is refused."""
    figure = document.figures[figure_id]
    if attribute == "type" and (value not in FIGURE_TYPES or not figure.derived and (
            figure.value is not None and value_problem_key(value, figure.value))):
        raise Refused("op_type_value", label=figure.label, type=value)
    return SetValue(f"figures.{figure_id}.{attribute}", value,
                    description=f"set {attribute} of {figure_id}")


def _check_new_id(document: Document, figure_id: str) -> None:
    if not ID_PATTERN.match(figure_id or ""):
        raise Refused("op_bad_id", id=figure_id)
    if figure_id in document.figures:
        raise Refused("op_id_taken", id=figure_id)


def merge_candidates(document: Document, figure_id: str) -> list[str]:
    """The figures `figure_id` may be merged with: the other typed figures of its type that
    are parts of the same whole (a sum or sum_to_100 rule's parts, a donut's or percentage
    bars' figures), in the order they are listed there. Empty for a computed figure."""
    figure = document.figures[figure_id]
    if figure.derived:
        return []
    groups = [rule.parts for rule in document.rules if rule.kind in ("sum", "sum_to_100")]
    groups += [visual["figures"] for visual in _charts(document)
               if visual["kind"] in ("donut", "percentage_bars")]
    found = [other for group in groups if figure_id in group for other in group
             if other != figure_id and other in document.figures
             and not document.figures[other].derived
             and document.figures[other].type == figure.type]
    return list(dict.fromkeys(found))


def _charts(document: Document) -> list[dict]:
    return [value_of(document, use.field.rpartition(".")[0])
            for use in {u.field: u for u in figure_uses(document)
                        if u.field.endswith(".visual.figures")}.values()]


def merge_figures(document: Document, figure_id: str, into: str) -> Operation:
    """Merge the category `figure_id` into `into` (one of merge_candidates), as one step:
    `into` gets the sum of both values (and of both histories, for the editions both have a
    value for), the label 'into en figure', the other's source when it has none; every text,
    tile, chart and rule that used `figure_id` uses `into` (a chart or rule lists it once; a
    rule left with too few parts goes), and `figure_id` goes. Refused ('op_merge_not_parts')
    for a figure that is no candidate, and ('op_figure_in_use') while another figure's
    formula or base uses it: that has to be changed first."""
    if into not in merge_candidates(document, figure_id):
        raise Refused("op_merge_not_parts", label=document.figures[figure_id].label,
                      other=document.figures[into].label if into in document.figures else into)
    figure, target = document.figures[figure_id], document.figures[into]
    uses = uses_of(document, figure_id)
    formulas = tuple(use for use in uses if use.place == "formula")
    if formulas or any(f.base == figure_id for f in document.figures.values()):
        raise Refused("op_figure_in_use", uses=formulas, figure=figure_id, label=figure.label)
    children: list[Operation] = [
        SetValue(f"figures.{into}.value", _sum(target.value, figure.value)),
        SetValue(f"figures.{into}.label", _figure_words(document)["merged"].format(
            into=target.label, label=figure.label)),
        SetValue(f"figures.{into}.history", {
            edition: _sum(value, figure.history[edition])
            for edition, value in target.history.items() if edition in figure.history})]
    if not target.source.strip() and figure.source.strip():
        children.append(SetValue(f"figures.{into}.source", figure.source))
    needed = {"sum": 2, "sum_to_100": 2, "part_of_whole": 1}
    removed: list[str] = []  # rules that would compare `into` with itself, or too few parts
    for use in uses:
        name = _addressed(use)
        value = value_of(document, name)
        rule = _rule(document, name.split(".")[1]) if use.place == "rule" else None
        if use.place == "text":
            children.append(SetValue(name, replace_references(
                value, figure_id, lambda reference, *_: reference.renamed(into))))
        elif rule is not None and _merged_rule_breaks(rule, figure_id, into, needed[rule.kind]):
            removed.append(rule.id)
        elif isinstance(value, list):  # a chart's figures, a rule's parts
            if use.place == "chart":
                children += _keep_colours(document, name.rpartition(".")[0], value, figure_id)
            children.append(SetValue(name, list(dict.fromkeys(
                into if item == figure_id else item for item in value))))
        else:  # a tile's figure, an icon array's part or whole, a rule's whole
            children.append(SetValue(name, into))
    children += [Remove("rules", rule_id) for rule_id in dict.fromkeys(removed)]
    return Macro(f"merge figure {figure_id} into {into}",
                 [*children, Remove("figures", figure_id)])


def _merged_rule_breaks(rule: Rule, figure_id: str, into: str, needed: int) -> bool:
    """Whether `rule` would, with `figure_id` merged into `into`, compare `into` with itself
    or keep too few parts."""
    parts = list(dict.fromkeys(into if part == figure_id else part for part in rule.parts))
    whole = into if rule.whole == figure_id else rule.whole
    return whole in parts or len(parts) < needed


def _sum(first: float | int | None, second: float | int | None) -> float | int | None:
    """Two typed values added up exactly, written as the file writes a value."""
    if first is None or second is None:
        return None
    total = to_exact(first) + to_exact(second)
    return int(total) if total.denominator == 1 and isinstance(first, int) \
        and isinstance(second, int) else float(Decimal(total.numerator) / total.denominator)


# ---------------------------------------------------------------------- entries

def new_entry(document: Document, container: str) -> dict:
    """A new entry for the items field `container` ('blocks.key_figures.tiles'), with an id
    of its own and placeholder content that shows on the page at once."""
    block = document.block(container.split(".")[1])
    spec = _items_spec(block, container)
    items = value_of(document, container) or []
    kind = BLOCK_KINDS[block.kind]
    entry: dict[str, Any] = {"id": propose_id(document, f"new_{spec.name.removesuffix('s')}",
                                              _entry_ids(items))}
    for field_spec in spec.items:
        if not field_spec.required:
            continue
        if field_spec.kind == "figure":
            entry[field_spec.name] = _unshown_figure(document, items)
        else:
            entry[field_spec.name] = kind.placeholder(field_spec.name, document.locale)
    return entry


def _items_spec(block: Block, container: str) -> FieldSpec:
    name = container.split(".")[2]
    return next(s for s in BLOCK_KINDS[block.kind].fields if s.name == name and s.kind == "items")


def _unshown_figure(document: Document, items: list) -> str:
    """A figure for a new tile: the first typed figure no tile of the list shows yet."""
    shown = {item.get("figure") for item in items}
    typed = [f for f in document.figures.values() if not f.derived] or \
        list(document.figures.values())
    return next((f.id for f in typed if f.id not in shown), typed[0].id)


def add_entry(document: Document, container: str, after: str | None = None,
              entry: dict | None = None) -> Operation:
    """Add an entry to the items field `container`, after the entry `after` (at the end
    when None); a new entry with placeholder content unless `entry` is given."""
    items = value_of(document, container)
    index = len(items) if after is None else entry_index(items, after) + 1
    return Insert(container, index, entry or new_entry(document, container),
                  description=f"add entry to {container}")


def duplicate_entry(document: Document, container: str, entry_id: str) -> Operation:
    """A copy of the entry right after it, with an id of its own."""
    items = value_of(document, container)
    duplicate = copy.deepcopy(items[entry_index(items, entry_id)])
    duplicate["id"] = propose_id(document, entry_id, _entry_ids(items))
    return add_entry(document, container, entry_id, duplicate)


def remove_entry(document: Document, container: str, entry_id: str) -> Operation:
    """Remove an entry; the last entry of a list stays (a list is never empty)."""
    if len(value_of(document, container)) <= 1:
        raise Refused("op_last_entry")
    return Remove(container, entry_id, description=f"remove {container}.{entry_id}")


def move_entry(document: Document, container: str, entry_id: str, delta: int) -> Operation:
    """Move an entry `delta` places (-1: up, +1: down); refused past either end."""
    items = value_of(document, container)
    source = entry_index(items, entry_id)
    return _move(container, source, source + delta, len(items))


def _move(container: str, source: int, target: int, length: int) -> Operation:
    if not 0 <= target < length or target == source:
        raise Refused("op_cannot_move")
    return Move(container, source, target, description=f"move in {container}")


# ---------------------------------------------------------------------- blocks and pages

def new_block(document: Document, kind: str) -> Block:
    """A block of `kind` with an id of its own and placeholder content for every required
    field (lists with one entry), so it shows on the page as soon as it is added."""
    block = Block(id=propose_id(document, kind), kind=kind)
    for spec in BLOCK_KINDS[kind].fields:
        if spec.kind == "items":
            block.fields[spec.name] = []
        elif spec.required:
            block.fields[spec.name] = BLOCK_KINDS[kind].placeholder(spec.name, document.locale)
    shell = Document(document.locale, {}, document.figures, [], [Page("_", [block])])
    for spec in BLOCK_KINDS[kind].fields:
        if spec.kind == "items":
            container = f"blocks.{block.id}.{spec.name}"
            block.fields[spec.name].append(new_entry(shell, container))
    return block


def add_block(document: Document, page_id: str, kind: str,
              index: int | None = None) -> Operation:
    """Add a new block of `kind` (see BLOCK_KINDS) to a page: at `index`, or at the end
    (before the page's footer, which stays last)."""
    if kind not in BLOCK_KINDS:
        raise Refused("op_unknown_kind", kind=kind)
    blocks = _page(document, page_id).blocks
    if index is None:
        index = next((i for i, b in enumerate(blocks) if b.kind == "footer"), len(blocks))
    return Insert(f"pages.{page_id}.blocks", index, new_block(document, kind),
                  description=f"add {kind} block")


def remove_block(document: Document, block_id: str) -> Operation:
    """Remove a block with all it holds (its figures stay among the figures)."""
    page = _page_of(document, block_id)
    return Remove(f"pages.{page.id}.blocks", block_id, description=f"remove block {block_id}")


def move_block(document: Document, block_id: str, delta: int) -> Operation:
    """Move a block `delta` places up (-1) or down (+1) on its page."""
    page = _page_of(document, block_id)
    source = entry_index(page.blocks, block_id)
    return _move(f"pages.{page.id}.blocks", source, source + delta, len(page.blocks))


def move_block_to_page(document: Document, block_id: str, page_id: str,
                       index: int | None = None) -> Operation:
    """Move a block to another page: at `index`, or at the end (before its footer)."""
    page = _page_of(document, block_id)
    if page.id == page_id:
        raise Refused("op_cannot_move")
    block = document.block(block_id)
    target = _page(document, page_id).blocks
    if index is None:
        index = next((i for i, b in enumerate(target) if b.kind == "footer"), len(target))
    return Macro(f"move block {block_id} to {page_id}", [
        Remove(f"pages.{page.id}.blocks", block_id),
        Insert(f"pages.{page_id}.blocks", index, block)])


def add_page(document: Document, index: int | None = None) -> Operation:
    """Add an empty page (after the last one unless `index` says where)."""
    page_id = propose_id(document, f"page{len(document.pages) + 1}")
    return Insert("pages", len(document.pages) if index is None else index, Page(page_id, []),
                  description=f"add page {page_id}")


def new_page_from(document: Document, block_id: str) -> Operation:
    """A new page right after the block's own, starting with the block: it and the blocks
    after it on its page move there, in their order (a footer stays; the last one closes
    the factsheet wherever it is)."""
    page = _page_of(document, block_id)
    blocks = page.blocks[[b.id for b in page.blocks].index(block_id):]
    moving = [b for b in blocks if BLOCK_KINDS[b.kind].placement != FOOTER]
    add = add_page(document, document.pages.index(page) + 1)
    new_id = add.value.id
    return Macro(f"new page from {block_id}", [add, *(
        child for place, block in enumerate(moving)
        for child in (Remove(f"pages.{page.id}.blocks", block.id),
                      Insert(f"pages.{new_id}.blocks", place, block)))])


def remove_page(document: Document, page_id: str) -> Operation:
    """Remove a page and its blocks; the only page stays."""
    if len(document.pages) <= 1:
        raise Refused("op_last_page")
    return Remove("pages", page_id, description=f"remove page {page_id}")


# ---------------------------------------------------------------------- charts

def set_chart_kind(document: Document, visual_field: str, kind: str | None,
                   figures: list[str] | None = None) -> Operation:
    """Show a block's (or theme's) chart as another kind (see CHART_KINDS), or with None as
    no chart. It shows the chart's own figures (chart_figures), as far as the new kind takes
    them (an icon array: the first is the part, the second the whole, the third the
    headline; a trend: the first), or `figures` when given: the ones the user chose. A chart
    never gets a figure nobody chose: without figures of its own or given, it is refused
    ('op_chart_needs_figures'), so the editor asks which figures it shows."""
    old = value_of(document, visual_field) or {}
    if kind is None:
        return SetValue(visual_field, None, description="remove chart")
    if kind not in VISUAL_KINDS:
        raise Refused("op_unknown_kind", kind=kind)
    figures = list(figures) if figures else chart_figures(old)
    if not figures:
        raise Refused("op_chart_needs_figures")
    unknown = [figure_id for figure_id in figures if figure_id not in document.figures]
    if unknown:
        raise Refused("op_unknown_figure", figure=unknown[0])
    visual: dict[str, Any] = {"kind": kind}
    if kind == "icon_array":
        visual["part"] = figures[0]
        visual["whole"] = figures[1] if len(figures) > 1 else figures[0]
        if len(figures) > 2:
            visual["headline"] = figures[2]
    elif kind == "trend":
        visual["figure"] = figures[0]
    else:
        visual["figures"] = figures
    if old.get("caption") and any(s.name == "caption" for s in VISUAL_KINDS[kind]):
        visual["caption"] = old["caption"]
    return SetValue(visual_field, visual, description=f"show as {kind}")


def chart_figures(visual: dict) -> list[str]:
    """The figures a chart (a visual's fields, {} for none) shows, in its order: a list's
    figures; an icon array's part, whole and headline; a trend's figure. Empty for no
    chart."""
    if "figures" in visual:
        return list(visual["figures"])
    return list(dict.fromkeys(visual[key] for key in ("figure", "part", "whole", "headline")
                              if visual.get(key)))


def add_chart_figure(document: Document, visual_field: str, figure_id: str,
                     index: int | None = None, rule_id: str | None = None) -> Operation:
    """Add a figure to a chart's list of figures (at the end unless `index`), and with
    `rule_id` to that rule's parts too, in the same step."""
    container = f"{visual_field}.figures"
    figures = value_of(document, container)
    if figure_id in figures:
        raise Refused("op_already_in_chart", figure=figure_id)
    children: list[Operation] = [
        Insert(container, len(figures) if index is None else index, figure_id),
        *_keep_colours(document, visual_field, [*figures, figure_id])]
    if rule_id is not None:
        parts = _rule(document, rule_id).parts
        if figure_id not in parts:
            children.append(Insert(f"rules.{rule_id}.parts", len(parts), figure_id))
    return Macro(f"add {figure_id} to chart", children)


def remove_chart_figure(document: Document, visual_field: str, figure_id: str) -> Operation:
    """Take a figure out of a chart's list; a chart keeps at least one figure."""
    container = f"{visual_field}.figures"
    figures = value_of(document, container)
    if len(figures) <= 1:
        raise Refused("op_last_chart_figure")
    return Macro("remove from chart", [
        *_keep_colours(document, visual_field, figures, figure_id),
        Remove(container, figures.index(figure_id))])


def move_chart_figure(document: Document, visual_field: str, figure_id: str,
                      delta: int) -> Operation:
    """Move a figure up (-1) or down (+1) in a chart's list."""
    container = f"{visual_field}.figures"
    figures = value_of(document, container)
    source = figures.index(figure_id)
    kept = _keep_colours(document, visual_field, figures)
    moved = _move(container, source, source + delta, len(figures))
    return Macro(moved.description, [*kept, moved]) if kept else moved


def _keep_colours(document: Document, visual_field: str, figures: list[str],
                  leaving: str | None = None) -> list[Operation]:
    """For a donut at `visual_field` with `figures` (new ones last): the edits that keep with
    each figure the colour it shows, so a structural edit of the chart recolours no other
    share (model/chart_colours.py); `leaving` is not kept. None for other charts."""
    visual = value_of(document, visual_field) or {}
    if visual.get("kind") != "donut":
        return []
    chart = [document.figures[f] for f in figures if f in document.figures]
    return [SetValue(f"figures.{f}.colour", colour)
            for f, colour in kept_colours(chart).items() if f != leaving]


def rules_for_chart(document: Document, figures: list[str],
                    kind: str = "sum_to_100") -> list[Rule]:
    """The rules of `kind` whose parts include a figure of the chart: a figure added to the
    chart probably belongs in them too."""
    return [rule for rule in document.rules
            if rule.kind == kind and set(rule.parts) & set(figures)]


# ---------------------------------------------------------------------- rules

def add_rule(document: Document, kind: str, parts: list[str],
             whole: str | None = None) -> Operation:
    """A new rule: 'sum' (the parts add up to the whole), 'sum_to_100' (the shares make
    100%) or 'part_of_whole' (the part is never larger than the whole)."""
    _check_rule(document, kind, parts, whole)
    rule_id = propose_id(document, f"{kind}_{parts[0]}")
    return Insert("rules", len(document.rules), Rule(rule_id, kind, list(parts), whole),
                  description=f"add rule {rule_id}")


def edit_rule(document: Document, rule_id: str, parts: list[str],
              whole: str | None = None) -> Operation:
    """Change which figures a rule is about."""
    rule = _rule(document, rule_id)
    _check_rule(document, rule.kind, parts, whole)
    children: list[Operation] = []
    if list(parts) != rule.parts:
        children.append(SetValue(f"rules.{rule_id}.parts", list(parts)))
    if whole != rule.whole:
        children.append(SetValue(f"rules.{rule_id}.whole", whole))
    return Macro(f"edit rule {rule_id}", children)


def round_together(document: Document, parts: list[str]) -> Operation:
    """Round shares that make 100% together by the largest-remainder method (the fix the
    checks offer when their printed values do not add up): the sum_to_100 rule with exactly
    these parts gets `rounding: largest_remainder`, or a new one is added. Only how the
    published values are rounded changes; the typed values stay."""
    rule = next((rule for rule in document.rules if rule.kind == "sum_to_100"
                 and set(rule.parts) == set(parts)), None)
    if rule is not None:
        return SetValue(f"rules.{rule.id}.rounding", "largest_remainder",
                        description=f"round {rule.id} together")
    _check_rule(document, "sum_to_100", parts, None)
    rule_id = propose_id(document, f"sum_to_100_{parts[0]}")
    return Insert("rules", len(document.rules),
                  Rule(rule_id, "sum_to_100", list(parts), rounding="largest_remainder"),
                  description=f"add rule {rule_id}")


def remove_rule(document: Document, rule_id: str) -> Operation:
    """Remove a rule (the figures stay)."""
    return Remove("rules", rule_id, description=f"remove rule {rule_id}")


def _check_rule(document: Document, kind: str, parts: list[str], whole: str | None) -> None:
    needed = {"sum": 2, "sum_to_100": 2, "part_of_whole": 1}
    if kind not in needed:
        raise Refused("op_unknown_kind", kind=kind)
    if len(parts) < needed[kind] or (kind != "sum_to_100") != (whole is not None):
        raise Refused("op_rule_incomplete")
    unknown = [f for f in [*parts, whole] if f is not None and f not in document.figures]
    if unknown:
        raise Refused("op_unknown_figure", figure=unknown[0])
