"""The checks list: broken rules, impossible figures and overflowing text, live as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from infographic_app.gui.fixes import fix_label
from infographic_app.gui.i18n import place, tr
from infographic_app.gui.modal import held_by_a_dialog
from infographic_app.gui.session import Session
from infographic_app.model.problems import Severity


class ChecksPanel(QTreeWidget):
    """The checks list: every problem of the session's checks, errors first as found,
    with where it is; a double-click asks for the field (`field_requested`), a fix button
    for the problem's one-click fix (`fix_requested`)."""
    field_requested = Signal(str)
    fix_requested = Signal(str)  # a problem's one-click fix ('confirm:<figure id>', ...)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("checks")
        self.setHeaderLabels([tr("Severity"), tr("What is wrong"), tr("Where"), ""])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        # The message takes the room (wrapped, never cut off); where it is comes after it.
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.setColumnWidth(0, self._severity_width())
        self.setColumnWidth(2, 300)
        self.itemActivated.connect(self._activated)
        session.problems_changed.connect(self.refresh)
        self._held = QTimer(self, singleShot=True, interval=0)  # a refresh held by a dialog
        self._held.timeout.connect(self.refresh)

    def _severity_width(self) -> int:
        """Room for the icon and the longest severity word of the interface language
        ('Waarschuwing'), so no row cuts it off."""
        words = (tr("Error"), tr("Warning"), self.headerItem().text(0))
        text = max(self.fontMetrics().horizontalAdvance(word) for word in words)
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        return text + icon + 4 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) \
            + 24

    def refresh(self) -> None:
        """List the session's problems, each fix a button (not while a dialog asked from one
        of those buttons is open: see gui/modal.py)."""
        if held_by_a_dialog(self._held.start, self):
            return
        self.clear()
        style = self.style()
        icons = {Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                 Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}
        words = {Severity.ERROR: tr("Error"), Severity.WARNING: tr("Warning")}
        for problem in self.session.problems:
            where = place(self.session.document, problem.field)  # double-click goes there
            item = QTreeWidgetItem([words[problem.severity], problem.message, where])
            item.setIcon(0, icons[problem.severity])
            item.setData(0, Qt.ItemDataRole.UserRole, problem.element_id or problem.field)
            item.setToolTip(1, problem.message)
            self.addTopLevelItem(item)
            if problem.fixes:
                self.setItemWidget(item, 3, self._fix_buttons(problem.fixes, where))
        if self.session.checks_pending:
            self.addTopLevelItem(QTreeWidgetItem(["", tr("Checking the factsheet…"), ""]))
        elif not self.session.problems:
            self.addTopLevelItem(QTreeWidgetItem(["", tr("No problems found."), ""]))

    def _fix_buttons(self, fixes: tuple[str, ...], where: str) -> QWidget:
        """A button for the way out, or a row of them side by side; a screen reader hears
        which place each is for ('Bevestig ongewijzigd: Cijfer 'familielid' › Waarde')."""
        buttons = []
        for fix in fixes:
            label = fix_label(fix, self.session.document)
            button = QPushButton(label)
            button.setAccessibleName(tr("{action}: {place}").format(action=label, place=where))
            button.setObjectName(f"fix:{fix}")
            button.clicked.connect(lambda _=False, f=fix: self.fix_requested.emit(f))
            buttons.append(button)
        if len(buttons) == 1:
            return buttons[0]
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in buttons:
            layout.addWidget(button)
        return row

    def _activated(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole)
        if target:
            self.field_requested.emit(target)
