"""Structural actions on what is under the mouse or the cursor: the preview's context menu
and the keyboard shortcuts for the entry (tile, theme, list item) or block being edited.

Both call the StructureActions (gui/structure_actions.py); this module only works out what
they act on, from element ids as the scene and the forms name them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from infographic_app.gui.i18n import interface_language, tr
from infographic_app.gui.structure_actions import StructureActions
from infographic_app.gui.structure_widgets import (
    block_after_menu,
    block_title,
    chart_name,
    page_menu,
)
from infographic_app.model.addressing import elements, entry_index, value_of
from infographic_app.model.blocks import BLOCK_KINDS, Block
from infographic_app.model.document import Document
from infographic_app.model.operations import CHART_KINDS
from infographic_app.model.references import figures_in

# Standard-ish keys, free in the window and in text fields.
KEYS = {
    "add": "Ctrl+Return",
    "duplicate": "Ctrl+Shift+D",
    "up": "Alt+Shift+Up",
    "down": "Alt+Shift+Down",
    "remove": "Ctrl+Shift+Del",
}


@dataclass(frozen=True)
class Target:
    """What a structural action on an element acts on: the innermost entry of a list that
    holds it (if any), its block, and the chart of that entry or block (if it may have one).
    `element` is the element itself, for going to its field."""

    element: str
    block: str
    container: str | None = None  # 'blocks.key_figures.tiles'
    entry: str | None = None  # 'age'
    visual: str | None = None  # 'blocks.themes.themes.networks.visual'

    @property
    def owner(self) -> str:
        """The element id of the entry, else of the block."""
        return f"{self.container}.{self.entry}" if self.entry else f"blocks.{self.block}"


def target_of(document: Document, element_ids: list[str]) -> Target | None:
    """The Target of the first of `element_ids` (innermost first, as under the mouse) that
    lies in a block. The figures before it tell which entry of the block: a segment of a
    donut ('figures.x') lies beside its theme's text, not in it. None when none lies in a
    block."""
    known = {element.id: element for element in elements(document)}
    visual = None
    for element_id in element_ids:
        parts = element_id.split(".")
        if visual is None and "visual" in parts[2:]:
            visual = ".".join(parts[:parts.index("visual", 2) + 1])
        found = next((known[name] for end in range(len(parts), 1, -1)
                      if (name := ".".join(parts[:end])) in known), None)
        if found is not None:
            break
    else:
        return None
    block = found.block
    if not found.is_entry:  # a chart's figure drawn beside the text of its entry
        figures = {i.split(".")[1] for i in element_ids[:element_ids.index(element_id)]
                   if i.startswith("figures.")}
        found = next((e for e in known.values() if e.block is block and e.is_entry
                      and figures & set(figures_in(e.fields))), found)
    specs = BLOCK_KINDS[block.kind].fields
    if found.is_entry:
        list_name = found.id.split(".")[2]
        specs = next(spec.items for spec in specs if spec.name == list_name)
    if visual is None and any(spec.kind == "visual" for spec in specs):
        visual = f"{found.id}.visual"
    if not found.is_entry:
        return Target(element_ids[0], block.id, visual=visual)
    container, _, entry = found.id.rpartition(".")
    return Target(element_ids[0], block.id, container, entry, visual)


def clicked_field(document: Document, element_ids: list[str]) -> str | None:
    """What a click on the preview opens, given the elements under the mouse (innermost
    first): a chart's figure or its label opens the chart's editor (its visual:
    'blocks.intro.visual'); another figure (a tile's number) that figure's value
    ('figures.x'); anything else the innermost element (a text, a tile: its group). None
    when nothing is under the mouse."""
    if not element_ids:
        return None
    first = element_ids[0].split(".")
    if first[0] != "figures" or len(first) < 2:
        return element_ids[0]
    target = target_of(document, element_ids)
    charts = [target.visual] if target is not None and target.visual is not None else []
    charts += [f"{e.id}.visual" for e in elements(document)
               if isinstance(e.fields.get("visual"), dict)]  # drawn beside no element of its own
    for chart in charts:
        try:
            visual = value_of(document, chart)
        except KeyError:
            continue
        if isinstance(visual, dict) and first[1] in figures_in({"visual": visual}):
            return chart
    return ".".join(first[:2])


def entry_name(block: Block) -> str:
    """What an entry of the block's list is called: 'tile', 'theme', 'list item'."""
    return BLOCK_KINDS[block.kind].entry_name(interface_language())


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _shown(text: str, key: str | None) -> str:
    """A menu text with its shortcut shown beside it (the keys themselves are the window's)."""
    if key is None:
        return text
    return f"{text}\t{QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)}"


class ElementActions(QObject):
    """The context menu for elements of the preview, and the shortcuts that act on the
    entry or block of the form field being edited (`current`)."""

    target_shown = Signal(str)  # the entry or block a context menu is about

    def __init__(self, actions: StructureActions, go_to: Callable[[str], object],
                 window: QWidget):
        super().__init__(window)
        self.actions, self.go_to = actions, go_to
        self.current: str | None = None  # the element id of the field last edited
        self.keys: dict[str, QAction] = {}
        for name, text in (("add", tr("Add an entry after the current one")),
                           ("duplicate", tr("Duplicate the current entry")),
                           ("up", tr("Move the current entry or block up")),
                           ("down", tr("Move the current entry or block down")),
                           ("remove", tr("Remove the current entry"))):
            action = QAction(text, window)
            action.setObjectName(f"key_{name}")
            action.setShortcut(QKeySequence(KEYS[name]))
            action.triggered.connect(lambda _=False, n=name: self._on_current(n))
            window.addAction(action)
            self.keys[name] = action
        self.set_current(None)

    def set_current(self, element: str | None) -> None:
        """The field being edited; the shortcuts act on its entry or block."""
        self.current = element
        target = self._target([element] if element else [])
        for name, action in self.keys.items():
            action.setEnabled(target is not None and (target.entry is not None
                                                      or name in ("up", "down")))

    def _target(self, element_ids: list[str]) -> Target | None:
        document = self.actions.document
        return target_of(document, element_ids) if document is not None and element_ids \
            else None

    def act_on(self, element: str, name: str) -> None:
        """Do `name` ('add', 'duplicate', 'up', 'down', 'remove') to the entry `element`
        ('blocks.recommendations.items.police_tools'), as `act` does: a form's entry buttons."""
        target = self._target([element])
        if target is not None and target.entry is not None:
            self.act(target, name)

    def _on_current(self, name: str) -> None:
        target = self._target([self.current] if self.current else [])
        if target is not None and (target.entry or name in ("up", "down")):
            self.act(target, name)

    def act(self, target: Target, name: str) -> None:
        """Do `name` ('add', 'duplicate', 'up', 'down', 'remove') to the target's entry, or
        (moving) to its block; then put the cursor in the new or moved entry, or in the one
        that took the place of a removed one, so the keys can be pressed again."""
        actions = self.actions
        if target.entry is None:
            actions.move_block(target.block, -1 if name == "up" else 1)
            self.go_to(target.owner)
            return
        container, entry = target.container, target.entry
        index = entry_index(value_of(actions.document, container), entry)
        changes = {"add": lambda: actions.add_entry(container, entry),
                   "duplicate": lambda: actions.duplicate_entry(container, entry),
                   "up": lambda: actions.move_entry(container, entry, -1),
                   "down": lambda: actions.move_entry(container, entry, 1),
                   "remove": lambda: actions.remove_entry(container, entry)}[name]()
        if changes is not None and changes.inserted:  # the new entry
            self.go_to(changes.inserted[0])
        elif changes is not None and changes.removed:  # the entry now in its place
            items = value_of(actions.document, container)
            self.go_to(f"{container}.{items[min(index, len(items) - 1)]['id']}")
        else:  # the moved one, or the one a refused edit left as it was
            self.go_to(f"{container}.{entry}")

    # ------------------------------------------------------------------ the menu

    def popup(self, element_ids: list[str], position: QPoint) -> QMenu | None:
        """Show the context menu for `element_ids` at `position` (global) and mark what it
        is about; the menu goes when it closes."""
        menu = self.menu(element_ids, self.parent())
        if menu is not None:
            self.target_shown.emit(self._target(element_ids).owner)
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(position)
        return menu

    def menu(self, element_ids: list[str], parent: QWidget | None = None) -> QMenu | None:
        """The context menu for the element under the mouse (`element_ids`, innermost
        first): go to its field; add after, duplicate, move and remove its entry; its chart's
        kind; its block's actions. None when it lies in no block."""
        target = self._target(element_ids)
        if target is None:
            return None
        menu = QMenu(parent)
        menu.setObjectName("element_menu")
        go = self._add(menu, tr("Edit in the form"), lambda: self.go_to(target.element), "go")
        menu.setDefaultAction(go)
        if target.entry is not None:
            what = entry_name(self.actions.document.block(target.block))
            menu.addSeparator()
            for name, text in (("add", tr("Add {what} after this one")),
                               ("duplicate", tr("Duplicate this {what}")),
                               ("up", tr("Move {what} up")),
                               ("down", tr("Move {what} down")),
                               ("remove", tr("Remove this {what}"))):
                self._add(menu, _shown(_sentence(text.format(what=what)), KEYS[name]),
                          lambda n=name: self.act(target, n), name)
        if target.visual is not None:
            menu.addSeparator()
            menu.addMenu(self._chart_menu(target.visual, menu))
        menu.addSeparator()
        block = self.actions.document.block(target.block)
        title = block_title(block)
        holder = menu.addMenu(tr("Block ‘{title}’").format(title=_short(title))) \
            if target.entry is not None else menu
        holder.setObjectName("block_menu")
        self._block_actions(holder, target, title, keys=target.entry is None)
        return menu

    def _add(self, menu: QMenu, text: str, slot, name: str) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _chart_menu(self, visual: str, parent: QMenu) -> QMenu:
        """The chart's kind, the current one ticked."""
        menu = QMenu(tr("Chart"), parent)
        menu.setObjectName("chart_menu")
        current = (self.actions.session.value(visual) or {}).get("kind")
        group = QActionGroup(menu)
        for kind in (*CHART_KINDS, None):
            action = self._add(menu, _sentence(chart_name(kind)),
                               lambda k=kind: self.actions.set_chart_kind(visual, k),
                               f"chart:{kind or 'none'}")
            action.setCheckable(True)
            action.setChecked(kind == current)
            group.addAction(action)
        return menu

    def _block_actions(self, menu: QMenu, target: Target, title: str, keys: bool) -> None:
        actions, block = self.actions, target.block
        adding = block_after_menu(actions, block, menu)
        adding.setTitle(tr("Add a block after this one"))
        menu.addMenu(adding)
        for name, text, delta in (("block_up", tr("Move block up"), -1),
                                  ("block_down", tr("Move block down"), 1)):
            key = KEYS["up" if delta < 0 else "down"] if keys else None
            self._add(menu, _shown(text, key), lambda d=delta: self.act(
                Target(target.element, block), "up" if d < 0 else "down"), name)
        menu.addMenu(page_menu(actions, block, menu))
        self._add(menu, tr("Remove block…"), lambda: actions.remove_block(block, title),
                  "block_remove")


def _short(text: str, length: int = 30) -> str:
    return text if len(text) <= length else text[:length - 1] + "…"


