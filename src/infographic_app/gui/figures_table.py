"""The Figures table: every figure of the factsheet in one sortable table, edited in place.

Label, value (in the document's notation), decimals, where it is used (a count;
double-click to go there), type, whether a count or estimate counts people (then the
small-count policy checks it) and source. Buttons add, duplicate, rename and remove
figures; a column or block of cells copied from a spreadsheet pastes in one step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from infographic_app.gui.i18n import tr
from infographic_app.gui.new_figure_dialog import people_tip
from infographic_app.gui.session import PANELS_DELAY_MS, Session
from infographic_app.gui.structure_actions import StructureActions, describe_use
from infographic_app.gui.structure_widgets import button_row
from infographic_app.model.disclosure import PEOPLE as PEOPLE_UNIT
from infographic_app.model.entry import EntryError, entry_text, read_entry, read_pasted
from infographic_app.model.figures import FIGURE_TYPES, WHOLE_NUMBER_TYPES
from infographic_app.model.messages import say
from infographic_app.model.references import uses_by_figure, uses_of

# The decimals and where used beside the value: in view in a narrow panel.
LABEL, VALUE, DECIMALS, USED, TYPE, PEOPLE, SOURCE = range(7)
PASTED_INTO = (LABEL, VALUE, DECIMALS, SOURCE)  # the columns cells can be pasted into
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _Item(QTableWidgetItem):
    """A cell that sorts by its sort key (numbers as numbers) when it has one."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None:
            return mine < theirs
        return super().__lt__(other)


class _TypeDelegate(QStyledItemDelegate):
    """The type column is edited with a list of the four types."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        for kind in FIGURE_TYPES:
            editor.addItem(QCoreApplication.translate("Forms", kind), kind)
        return editor

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(editor.findData(index.data(ID_ROLE + 2)))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), ID_ROLE + 2)


class _ValueDelegate(QStyledItemDelegate):
    """The value column: a value typed the same as the cell's is still a value typed (the
    cell itself reports only changes), handed to `typed_again` with the cell's row."""

    def __init__(self, parent: QWidget, typed_again: Callable[[int], None]):
        super().__init__(parent)
        self.typed_again = typed_again

    def setModelData(self, editor, model, index):  # noqa: N802 (Qt's name)
        if editor.text().strip() == (index.data() or "").strip():
            self.typed_again(index.row())
        else:
            super().setModelData(editor, model, index)


class FiguresTable(QWidget):
    """The Figures table dock: every figure with its label, value, uses, type, decimals
    and source, sortable and edited in place, with buttons to add, duplicate, rename and
    remove figures."""
    field_requested = Signal(str)  # go to a place where a figure is used

    def __init__(self, session: Session, actions: StructureActions,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.actions = session, actions
        self.setObjectName("figures_table")
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(button_row("figures", (
            (tr("New figure…"), self.actions.add_figure, "new"),
            (tr("Duplicate"), self._duplicate, "duplicate"),
            (tr("Rename…"), self._rename, "rename"),
            (tr("Remove…"), self._remove, "remove"))))
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [tr("Label"), tr("Value"), tr("Decimals"), tr("Used"), tr("Type"),
             tr("Counts people"), tr("Source")])
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(TYPE, _TypeDelegate(self.table))
        self.table.setItemDelegateForColumn(VALUE, _ValueDelegate(self.table, self._typed_again))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(LABEL, 190)  # the count of uses stays in view
        header.setStretchLastSection(True)
        for section in (VALUE, TYPE, DECIMALS, USED, PEOPLE):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        self.table.installEventFilter(self)  # the paste key
        self.table.itemChanged.connect(self._changed)
        self.table.cellDoubleClicked.connect(self._double_clicked)
        column.addWidget(self.table)
        self._filling = False
        self._rows: dict[str, tuple] = {}  # figure id: what its row shows (refresh)
        self._items: dict[str, list[QTableWidgetItem]] = {}  # figure id: its row's cells
        self._refresh_timer = QTimer(self)  # when typing pauses: the preview comes first
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(PANELS_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_if_seen)
        self._stale = False  # the document changed while the table was hidden
        session.scene_changed.connect(self._refresh_timer.start)

    def _refresh_if_seen(self) -> None:
        """Fill the table when it is on screen, else when it is shown (a panel behind
        another's tab is not)."""
        self._stale = self.visibleRegion().isEmpty()
        if not self._stale:
            self.refresh()

    def shown(self, visible: bool) -> None:
        """Its panel was shown or hidden (the dock's visibilityChanged): catch up."""
        if visible and self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Fill the table from the document (not while a cell is being edited). Only the
        rows of figures that changed are written again: a keystroke in a large factsheet
        changes one or two of its hundreds of figures."""
        self._refresh_timer.stop()
        document = self.session.document
        if document is None or self.table.state() == QAbstractItemView.State.EditingState:
            return
        values = document.values()
        uses = uses_by_figure(document)
        rows = {figure_id: self._row(document, values, figure_id, figure, uses.get(figure_id, []))
                for figure_id, figure in document.figures.items()}
        same_figures = list(rows) == list(self._rows)
        changed = [figure_id for figure_id, row in rows.items()
                   if not same_figures or self._rows[figure_id][0] != row[0]]
        self._rows = rows
        if not changed:
            return
        current = self.current_figure()
        self._stale = False
        self._filling = True
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        # Sized to their contents once, after the cells are written, not after each cell.
        for section in (VALUE, TYPE, DECIMALS, USED, PEOPLE):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
        if not same_figures:
            self.table.setRowCount(len(document.figures))
            self._items = {}
            for row, figure_id in enumerate(rows):
                self._items[figure_id] = items = [_Item() for _ in range(7)]
                self._fill(items, *rows[figure_id][1])
                for col, item in enumerate(items):
                    self.table.setItem(row, col, item)
        else:
            for figure_id in changed:
                self._fill(self._items[figure_id], *rows[figure_id][1])
        for section in (VALUE, TYPE, DECIMALS, USED, PEOPLE):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSortingEnabled(True)
        self._filling = False
        if current:
            self.select(current)

    def _row(self, document, values, figure_id: str, figure, uses: list) -> tuple:
        """What the row of a figure shows: (a key that changes when the row does,
        (figure id, figure, cells, uses)) for _fill."""
        shown = document.show(figure_id, values)
        cells = (
            (figure.label, figure.label.lower(), True),
            (shown if figure.derived else entry_text(figure.value, document.locale),
             _number(values, figure_id), not figure.derived),
            (None, figure.shown_decimals, True),
            (str(len(uses)), len(uses), False),
            (QCoreApplication.translate("Forms", figure.type), figure.type, True),
            ("", figure.unit == PEOPLE_UNIT, False),
            (figure.source, figure.source.lower(), True),
        )  # in the order of the columns: LABEL, VALUE, DECIMALS, USED, TYPE, PEOPLE, SOURCE
        key = (cells, tuple(uses), figure.derived, figure.formula, figure.type)
        return key, (figure_id, figure, cells, uses)

    def _fill(self, items: list[QTableWidgetItem], figure_id: str, figure, cells,
              uses) -> None:
        for col, (text, key, editable) in enumerate(cells):
            item = items[col]
            if col == DECIMALS:
                item.setData(Qt.ItemDataRole.EditRole, figure.shown_decimals)
            else:
                item.setText(text)
            item.setData(ID_ROLE, figure_id)
            item.setData(SORT_ROLE, key)
            if col == TYPE:
                item.setData(ID_ROLE + 2, figure.type)
            if col == USED:
                item.setToolTip("\n".join(describe_use(self.session, u) for u in uses)
                                or tr("Not used"))
            if col == VALUE:
                item.setToolTip(tr("Computed: {formula}").format(formula=figure.formula)
                                if figure.derived else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            flags = item.flags() | Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags if editable else flags & ~Qt.ItemFlag.ItemIsEditable)
            if col == PEOPLE:
                self._fill_people(item, figure)

    @staticmethod
    def _fill_people(item: QTableWidgetItem, figure) -> None:
        """A tick box for a count or an estimate (ticked: it counts people); none for a
        percentage or a decimal."""
        counts = figure.type in WHOLE_NUMBER_TYPES
        checkable = Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(item.flags() | checkable if counts else item.flags() & ~checkable)
        if counts:
            item.setCheckState(Qt.CheckState.Checked if figure.unit == PEOPLE_UNIT
                               else Qt.CheckState.Unchecked)
        else:
            item.setData(Qt.ItemDataRole.CheckStateRole, None)
        item.setToolTip(people_tip() if counts else "")

    def current_figure(self) -> str | None:
        item = self.table.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select(self, figure_id: str) -> None:
        """Make the figure's row current, in the column that is current (the view does
        not jump back to the labels after an edit)."""
        column = max(self.table.currentColumn(), LABEL)
        for row in range(self.table.rowCount()):
            if self.table.item(row, LABEL).data(ID_ROLE) == figure_id:
                self.table.setCurrentCell(row, column)
                return

    def _changed(self, item: QTableWidgetItem) -> None:
        """A cell typed in: the edit goes to the document; whatever the document then holds
        (the old value when the edit was refused) is what the row shows."""
        if self._filling:
            return
        figure_id = item.data(ID_ROLE)
        figure = self.session.document.figures.get(figure_id)
        if figure is None:
            return
        self._edit(item, figure_id, figure)
        if figure_id in self._rows:  # shown again from the document once the editor closes
            self._rows[figure_id] = (None, self._rows[figure_id][1])
        QTimer.singleShot(0, self.refresh)

    def _typed_again(self, row: int) -> None:
        """The value of the figure in `row` typed again as it was: the same as last year's
        confirms it for this edition (Session.edit)."""
        figure_id = self.table.item(row, VALUE).data(ID_ROLE)
        figure = self.session.document.figures.get(figure_id)
        if figure is not None and not figure.derived:
            self.session.edit(f"figures.{figure_id}.value", figure.value,
                              tr("Change {label}").format(label=figure.label))
            self.session.end_typing_step()

    def _edit(self, item: QTableWidgetItem, figure_id: str, figure) -> None:
        column = item.column()
        if column in (LABEL, SOURCE):
            key = "label" if column == LABEL else "source"
            self.session.edit(f"figures.{figure_id}.{key}", item.text(),
                              tr("Edit {field}").format(field=figure.label))
            self.session.end_typing_step()
        elif column == VALUE:
            try:
                value = read_entry(item.text(), figure.type, self.session.document.locale)
            except EntryError as error:
                language = self.session.language
                self.actions.dialogs.error(tr("Not changed"), say(
                    "entry_invalid", language, label=figure.label, typed=item.text(),
                    shown=self.session.document.show(figure_id),
                    reason=say(error.key, language, **error.params)))
                return
            self.session.edit(f"figures.{figure_id}.value", value,
                              tr("Change {label}").format(label=figure.label))
            self.session.end_typing_step()
        elif column == TYPE and item.data(ID_ROLE + 2) != figure.type:
            self.actions.set_figure_attribute(figure_id, "type", item.data(ID_ROLE + 2))
        elif column == PEOPLE and figure.type in WHOLE_NUMBER_TYPES:
            unit = PEOPLE_UNIT if item.checkState() == Qt.CheckState.Checked else ""
            if unit != figure.unit:
                self.actions.set_figure_attribute(figure_id, "unit", unit)
        elif column == DECIMALS:
            decimals = item.data(Qt.ItemDataRole.EditRole)
            if isinstance(decimals, int) and 0 <= decimals <= 3 \
                    and decimals != figure.shown_decimals:
                self.actions.set_figure_attribute(figure_id, "decimals", decimals)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """The platform's paste key in the table (not while a cell is edited) pastes."""
        kind = event.type()
        if watched is self.table and kind in (QEvent.Type.ShortcutOverride,
                                              QEvent.Type.KeyPress) \
                and event.matches(QKeySequence.StandardKey.Paste) \
                and self.table.state() != QAbstractItemView.State.EditingState:
            if kind == QEvent.Type.KeyPress:
                self.paste()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def paste(self, text: str | None = None) -> bool:
        """Paste cells copied from a spreadsheet or a CSV file (`text`; else the clipboard's)
        from the current cell down and to the right: labels, values, decimals and sources,
        each read as if typed (a value also with no-break spaces, the real minus sign or the
        other locale's notation: model/entry.py read_pasted), all in one undoable step. When
        any cell is refused nothing changes and a message says why. Returns whether it
        pasted."""
        cells = pasted_cells(QApplication.clipboard().text() if text is None else text)
        top, left = max(self.table.currentRow(), 0), max(self.table.currentColumn(), 0)
        if not cells or not self.table.rowCount():
            return False
        changes, refused = self._pasted_changes(cells, top, left)
        if refused:
            self.actions.dialogs.error(tr("Not pasted"), refused)
            return False
        stack = self.session.undo_stack
        self.session.end_typing_step()
        stack.beginMacro(tr("Paste {count} cells").format(count=len(changes)))
        for figure_id, column, value in changes:
            figure = self.session.document.figures[figure_id]
            if column == DECIMALS:
                if value != figure.shown_decimals:
                    self.actions.set_figure_attribute(figure_id, "decimals", value)
            else:
                key = {LABEL: "label", VALUE: "value", SOURCE: "source"}[column]
                self.session.edit(f"figures.{figure_id}.{key}", value,
                                  tr("Change {label}").format(label=figure.label))
                self.session.end_typing_step()
        stack.endMacro()
        QTimer.singleShot(0, self.refresh)
        return True

    def _pasted_changes(self, cells: list[list[str]], top: int,
                        left: int) -> tuple[list[tuple[str, int, object]], str]:
        """What pasting `cells` at row `top`, column `left` changes: (figure id, column,
        value) for each cell; and why it is refused ('' when it is not)."""
        language, document = self.session.language, self.session.document
        if top + len(cells) > self.table.rowCount():
            return [], say("paste_too_many", language, count=len(cells),
                           rows=self.table.rowCount() - top)
        changes = []
        for row, line in enumerate(cells, start=top):
            figure_id = self.table.item(row, LABEL).data(ID_ROLE)
            figure = document.figures[figure_id]
            for column, typed in enumerate(line, start=left):
                if column not in PASTED_INTO:
                    name = self.table.horizontalHeaderItem(min(column, SOURCE)).text()
                    return [], say("paste_column", language, column=name)
                if column == VALUE:
                    if figure.derived:
                        return [], say("paste_computed", language, label=figure.label)
                    try:
                        value = read_pasted(typed, figure.type, document.locale)
                    except EntryError as error:
                        return [], say("entry_invalid", language, label=figure.label,
                                       typed=typed, shown=document.show(figure_id),
                                       reason=say(error.key, language, **error.params))
                elif column == DECIMALS:
                    if typed.strip() not in ("0", "1", "2", "3"):
                        return [], say("paste_decimals", language, label=figure.label,
                                       typed=typed)
                    value = int(typed)
                else:
                    value = typed.strip()
                changes.append((figure_id, column, value))
        return changes, ""

    def _double_clicked(self, row: int, column: int) -> None:
        figure_id = self.table.item(row, LABEL).data(ID_ROLE)
        if column != USED:
            return
        uses = uses_of(self.session.document, figure_id)
        self.field_requested.emit(uses[0].field if uses else f"figures.{figure_id}")

    def _duplicate(self) -> None:
        if self.current_figure():
            self.actions.duplicate_figure(self.current_figure())

    def _rename(self) -> None:
        if self.current_figure():
            self.actions.rename_figure(self.current_figure())

    def _remove(self) -> None:
        if self.current_figure():
            self.actions.remove_figure(self.current_figure())


def pasted_cells(text: str) -> list[list[str]]:
    """The cells of text copied from a spreadsheet (a row per line, cells split by tabs) or
    a CSV file (cells split by ';' when no line has a tab); empty lines at the end left
    out."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    separator = "\t" if any("\t" in line for line in lines) else ";"
    return [line.split(separator) for line in lines]


def _number(values, figure_id: str) -> float:
    try:
        value = values[figure_id]
    except ValueError:
        return float("-inf")
    return value if value == value else float("-inf")
