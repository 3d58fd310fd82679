"""The form's buttons for structure: per block, per entry, and a chart's kind and figures.

Each block and chart button calls a StructureActions method; an entry's buttons act as the
keys and the preview's menu do (the cursor goes to the new or moved entry). A button's object
name says what it acts on ('entry_add_after:blocks.key_figures.tiles.visitors'), for the tests
that drive the editor.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from infographic_app.gui.i18n import interface_language, tr
from infographic_app.gui.structure_actions import StructureActions
from infographic_app.model.blocks import BLOCK_KINDS, Block
from infographic_app.model.operations import CHART_KINDS
from infographic_app.model.places import figure_choices

CHART_NAMES = {
    None: QT_TRANSLATE_NOOP("Structure", "no chart"),
    "donut": QT_TRANSLATE_NOOP("Forms", "donut"),
    "percentage_bars": QT_TRANSLATE_NOOP("Forms", "percentage bars"),
    "big_numbers": QT_TRANSLATE_NOOP("Forms", "big numbers"),
    "icon_array": QT_TRANSLATE_NOOP("Forms", "icons, one per percent"),
    "trend": QT_TRANSLATE_NOOP("Forms", "columns over the editions"),
}


def block_kind_name(kind: str) -> str:
    """The name of a block kind in the interface language ('Big-number tiles')."""
    return BLOCK_KINDS[kind].label_in(interface_language())


def chart_name(kind: str | None) -> str:
    """The name of a chart kind (None: no chart) in the interface language."""
    return QCoreApplication.translate("Structure" if kind is None else "Forms",
                                      CHART_NAMES.get(kind, kind or ""))


def _button(text: str, tip: str, name: str, slot) -> QToolButton:
    button = QToolButton(text=text, toolTip=tip)
    button.setObjectName(name)
    button.setAutoRaise(True)
    button.clicked.connect(lambda _=False: slot())
    return button


def button_row(prefix: str, buttons: tuple[tuple[str, Callable[[], object], str], ...]
               ) -> QHBoxLayout:
    """A row of push buttons (text, slot, name), each named '<prefix>_<name>' for the tests
    that drive the editor, pushed to the left."""
    row = QHBoxLayout()
    for text, slot, name in buttons:
        button = QPushButton(text)
        button.setObjectName(f"{prefix}_{name}")
        button.clicked.connect(lambda _=False, s=slot: s())
        row.addWidget(button)
    row.addStretch(1)
    return row


def _bar(*widgets: QWidget) -> QWidget:
    bar = QWidget()
    row = QHBoxLayout(bar)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(2)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return bar


def entry_bar(act: Callable[[str, str], object], container: str, entry_id: str) -> QWidget:
    """Add after, duplicate, move up, move down and remove, for one entry of a list: each
    calls `act(entry's element id, 'add' | 'duplicate' | 'up' | 'down' | 'remove')`, as the
    keys and the preview's menu do (gui/element_menu.py ElementActions.act_on), so the cursor
    goes to the new or moved entry the same way."""
    where = f"{container}.{entry_id}"
    return _bar(
        _button("+", tr("Add a new entry after this one"), f"entry_add_after:{where}",
                lambda: act(where, "add")),
        _button(tr("Copy"), tr("Duplicate this entry"), f"entry_duplicate:{where}",
                lambda: act(where, "duplicate")),
        _button("↑", tr("Move up"), f"entry_up:{where}", lambda: act(where, "up")),
        _button("↓", tr("Move down"), f"entry_down:{where}", lambda: act(where, "down")),
        _button("✕", tr("Remove this entry"), f"entry_remove:{where}",
                lambda: act(where, "remove")))


def block_bar(actions: StructureActions, block: Block, title: str) -> QWidget:
    """Move up/down, move to another page, add a block after and remove, for a block."""
    to_page = QToolButton(text=tr("Page…"), toolTip=tr("Move this block to another page"))
    to_page.setObjectName(f"block_to_page:{block.id}")
    to_page.setAutoRaise(True)
    to_page.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    to_page.setMenu(page_menu(actions, block.id, to_page))
    add = QToolButton(text=tr("Add block"), toolTip=tr("Add a block after this one"))
    add.setObjectName(f"block_add_after:{block.id}")
    add.setAutoRaise(True)
    add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    add.setMenu(block_after_menu(actions, block.id, add))
    return _bar(
        _button("↑", tr("Move this block up"), f"block_up:{block.id}",
                lambda: actions.move_block(block.id, -1)),
        _button("↓", tr("Move this block down"), f"block_down:{block.id}",
                lambda: actions.move_block(block.id, 1)),
        to_page, add,
        _button("✕", tr("Remove this block"), f"block_remove:{block.id}",
                lambda: actions.remove_block(block.id, title)))


def page_menu(actions: StructureActions, block_id: str, parent: QWidget | None = None) -> QMenu:
    """The pages a block can move to, and a new page (right after the block's own)."""
    menu = QMenu(tr("Move block to page"), parent)
    own = actions.page_of(block_id)
    for number, page in enumerate(actions.document.pages, start=1):
        if page.id != own:
            menu.addAction(tr("Page {number}").format(number=number),
                           lambda p=page.id: actions.move_block_to_page(block_id, p))
    menu.addAction(tr("A new page"), lambda: actions.move_block_to_page(block_id, None))
    return menu


def block_title(block: Block) -> str:
    """What the editor calls a block: its heading, else the name of its kind."""
    heading = block.fields.get("heading")
    return heading if isinstance(heading, str) and heading else block_kind_name(block.kind)


def block_after_menu(actions: StructureActions, block_id: str,
                     parent: QWidget | None = None) -> QMenu:
    """A menu of every kind of block; the chosen one is added right after `block_id`."""
    def index_after() -> int:
        page = next(p for p in actions.document.pages if p.id == actions.page_of(block_id))
        return [b.id for b in page.blocks].index(block_id) + 1

    return block_menu(actions, actions.page_of(block_id), index_after, parent)


def block_menu(actions: StructureActions, page_id: str, index=None,
               parent: QWidget | None = None) -> QMenu:
    """A menu of every kind of block; the chosen one is added to the page (at `index()`)."""
    menu = QMenu(tr("Add block"), parent)
    for kind in BLOCK_KINDS:
        menu.addAction(block_kind_name(kind), lambda k=kind: actions.add_block(
            page_id, k, index() if index else None))
    return menu


class ChartEditor(QWidget):
    """A chart's kind, and its figures as a list to add to, take from and reorder."""

    def __init__(self, actions: StructureActions, visual_field: str, visual: dict | None):
        super().__init__()
        self.actions, self.field = actions, visual_field
        self.setObjectName(f"chart:{visual_field}")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        self.kind = QComboBox()
        self.kind.setObjectName(f"chart_kind:{visual_field}")
        for kind in (None, *CHART_KINDS):
            self.kind.addItem(chart_name(kind), kind)
        current = (visual or {}).get("kind")
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.activated.connect(self._set_kind)
        column.addWidget(self.kind)
        self.list: QListWidget | None = None
        if visual and "figures" in visual:
            self._figure_list(column, visual["figures"])

    def _set_kind(self, index: int) -> None:
        """Show the chart as the kind chosen; when nothing changed (the question which
        figures it shows was cancelled), the choice goes back to the chart's own kind."""
        if not self.actions.set_chart_kind(self.field, self.kind.itemData(index)):
            current = (self.actions.session.value(self.field) or {}).get("kind")
            self.kind.setCurrentIndex(max(0, self.kind.findData(current)))

    def _figure_list(self, column: QVBoxLayout, figures: list[str]) -> None:
        self.list = QListWidget()
        self.list.setObjectName(f"chart_figures:{self.field}")
        for figure_id in figures:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, figure_id)
            self.list.addItem(item)
        self.show_values()
        rows = max(1, len(figures))
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth()
                                 + 4)
        self.list.setCurrentRow(0)
        column.addWidget(self.list)
        add = QToolButton(text=tr("Add figure"), toolTip=tr("Add a figure to this chart"))
        add.setObjectName(f"chart_add:{self.field}")
        add.setAutoRaise(True)
        add.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(add)
        menu.aboutToShow.connect(lambda: self._fill_add_menu(menu))
        add.setMenu(menu)
        column.addWidget(_bar(
            add,
            _button("↑", tr("Move the chosen figure up"), f"chart_up:{self.field}",
                    lambda: self._on_current(self.actions.move_chart_figure, -1)),
            _button("↓", tr("Move the chosen figure down"), f"chart_down:{self.field}",
                    lambda: self._on_current(self.actions.move_chart_figure, 1)),
            _button("✕", tr("Take the chosen figure out of the chart"),
                    f"chart_remove:{self.field}",
                    lambda: self._on_current(self.actions.remove_chart_figure))))

    def show_values(self) -> None:
        """Each figure of the list as the factsheet prints it now ('minder dan 10   bezoekers
        over criminele uitbuiting'), after typing, suppressing, renaming, undo; a figure the
        document no longer has by its id."""
        if self.list is None:
            return
        document = self.actions.document
        values = document.values()
        for row in range(self.list.count()):
            item = self.list.item(row)
            figure_id = item.data(Qt.ItemDataRole.UserRole)
            figure = document.figures.get(figure_id)
            text = f"{document.show(figure_id, values)}   {figure.label}" if figure else figure_id
            if item.text() != text:  # not set again (and redrawn) on every key
                item.setText(text)

    def _on_current(self, action, *args) -> None:
        item = self.list.currentItem()
        if item is not None:
            action(self.field, item.data(Qt.ItemDataRole.UserRole), *args)

    def _fill_add_menu(self, menu: QMenu) -> None:
        menu.clear()
        document = self.actions.document
        shown = {self.list.item(i).data(Qt.ItemDataRole.UserRole)
                 for i in range(self.list.count())}
        new = menu.addAction(tr("New figure…"), self.add_new_figure)
        new.setObjectName("chart_new_figure")
        menu.addSeparator()
        for name, figure_id in figure_choices(document):
            if figure_id not in shown:
                menu.addAction(name,
                               lambda f=figure_id: self.actions.add_chart_figure(self.field, f))

    def add_new_figure(self) -> None:
        """Create a figure and add it to this chart."""
        figure_id = self.actions.add_figure()
        if figure_id:
            self.actions.add_chart_figure(self.field, figure_id)
