"""Every question the editor asks the user, in one place, so tests can answer them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from infographic_app.gui.i18n import tr
from infographic_app.model.places import figure_choices

YAML_FILTER = "Factsheet (*.yaml *.yml)"



class Dialogs:
    """Every question the editor asks the user, so tests can answer them instead
    (tests/gui/conftest.py ScriptedDialogs)."""
    def __init__(self, parent: QWidget):
        self.parent = parent

    def ask_save_changes(self, name: str) -> str:
        """'save', 'discard' or 'cancel'."""
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.question(
            self.parent, tr("Unsaved changes"),
            tr("{name} has changes that are not saved. Save them?").format(name=name), buttons,
            QMessageBox.StandardButton.Save)
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")

    def ask_revert(self, name: str) -> bool:
        answer = QMessageBox.question(
            self.parent, tr("Revert to saved"),
            tr("Throw away the changes to {name} since it was last saved?").format(name=name))
        return answer == QMessageBox.StandardButton.Yes

    def ask_restore(self, name: str, written: float, changes: list[str],
                    into_file: bool, saved_before: bool = True) -> bool:
        """Offer a recovery copy of `name`, written at `written` (seconds since the epoch),
        listing what it changes.
        `into_file` False: the file changed since the copy, which then opens as a new
        factsheet; `saved_before` False: a new factsheet never saved (`name` unused)."""
        when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(written)),
                                  "d MMMM yyyy, HH:mm")
        if not saved_before:
            text = tr("Factsheet studio was closed before your new factsheet was saved. A "
                      "recovery copy of your work was written on {when}.").format(when=when) \
                + "\n\n" + tr("It opens as a new factsheet again: save it with File → Save "
                               "as.")
        else:
            text = tr("Factsheet studio was closed without saving {name}. A recovery copy "
                      "of your changes was written on {when}.").format(name=name, when=when)
        if saved_before and not into_file:
            text += "\n\n" + tr("{name} was changed after that copy was made, so the copy "
                                 "opens as a new factsheet: save it under a name of its "
                                 "own.").format(name=name)
        box = QMessageBox(QMessageBox.Icon.Question, tr("Restore unsaved work?"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.parent)
        box.setInformativeText(_listing(tr("What the copy changes:"), changes) + "\n\n"
                               + tr("Restore it?"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_despite_problems(self, action: str, problems: list[str]) -> bool:
        """Whether to go ahead with `action` ('save' or 'export') although these errors
        stand; Cancel is the default."""
        question, anyway = {
            "save": (tr("The factsheet has errors. Save it anyway?"), tr("Save anyway")),
            "export": (tr("The factsheet has errors. Export it anyway?"), tr("Export anyway")),
        }[action]
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Errors in the factsheet"), question,
                          QMessageBox.StandardButton.Cancel, self.parent)
        box.setInformativeText(_listing(tr("The checks found:"), problems))
        go_ahead = box.addButton(anyway, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go_ahead

    def ask_confirm_unchanged(self, labels: list[str]) -> bool:
        """Whether these figures (their labels) keep last edition's value in this one."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Confirm all unchanged"),
                          tr("These figures still hold the value of the previous edition. "
                             "Keep that value in this edition for all of them?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self.parent)
        box.setInformativeText(_listing(tr("Not updated:"), labels))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_save_read_only(self, name: str) -> bool:
        """Whether to save under another name, since the file `name` is read-only."""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Read-only file"),
                          tr("This file is read-only: save as…"),
                          QMessageBox.StandardButton.Cancel, self.parent)
        box.setInformativeText(tr("{name} is marked read-only, so it is not replaced. Save "
                                  "your work as another file.").format(name=name))
        save_as = box.addButton(tr("Save as…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(save_as)
        box.exec()
        return box.clickedButton() is save_as

    def ask_replace(self, name: str) -> bool:
        answer = QMessageBox.question(
            self.parent, tr("Replace file?"),
            tr("{name} already exists. Replace it?").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_reload(self, name: str) -> bool:
        answer = QMessageBox.question(
            self.parent, tr("File changed"),
            tr("{name} was changed by another program. Load that version? Your unsaved "
               "changes would be lost.").format(name=name))
        return answer == QMessageBox.StandardButton.Yes

    def open_path(self, folder: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, tr("Open factsheet"), folder,
                                              YAML_FILTER)
        return Path(path) if path else None

    def choose_template(self, names: list[str]) -> int | None:
        """File → New, when several factsheets ship with the app: which to start from (its
        index in `names`), None when cancelled."""
        name, ok = QInputDialog.getItem(self.parent, tr("New factsheet"),
                                        tr("Start from the template:"), names, 0, False)
        return names.index(name) if ok and name in names else None

    def compare_path(self, folder: str) -> Path | None:
        """The factsheet to compare the open one with (File → Compare with)."""
        path, _ = QFileDialog.getOpenFileName(self.parent, tr("Compare with factsheet"), folder,
                                              YAML_FILTER)
        return Path(path) if path else None

    def save_path(self, suggestion: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, tr("Save factsheet"), suggestion,
                                              YAML_FILTER)
        return Path(path) if path else None

    def export_path(self, suggestion: str, file_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, tr("Export"), suggestion, file_filter)
        return Path(path) if path else None

    def choose_printer(self, name: str) -> QPrinter | None:
        """File → Print proof: a printer set up in Qt's print dialog (A4 paper, the document
        named `name` in the print queue), or None when cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(name)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintDialog(printer, self.parent)
        dialog.setWindowTitle(tr("Print proof"))
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def png_options(self, pages: int) -> tuple[int | None, float] | None:
        """Which page (None: all) and what resolution; None when cancelled."""
        dialog = QDialog(self.parent)
        dialog.setWindowTitle(tr("PNG images"))
        form = QFormLayout(dialog)
        page = QComboBox()
        page.addItem(tr("All pages"), None)
        for number in range(1, pages + 1):
            page.addItem(tr("Page {number}").format(number=number), number)
        dpi = QSpinBox()
        dpi.setRange(36, 1200)
        dpi.setValue(150)
        dpi.setSuffix(" dpi")
        form.addRow(tr("Pages"), page)
        form.addRow(tr("Resolution"), dpi)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return page.currentData(), float(dpi.value())

    def card_options(self, document) -> tuple[str, str] | None:
        """File → Export → Social media: (what the card shows, its format: a key of
        CARD_SIZES), or None when cancelled. The dialog shows the alt text to copy."""
        from infographic_app.gui.card_dialog import CardDialog

        dialog = CardDialog(document, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.target, dialog.size

    def ask_new_edition(self, document, mentions: list) -> tuple[str, list] | None:
        """The label of the edition after `document`'s, and which mentions of its year
        (YearMention) to replace; None when cancelled."""
        from infographic_app.gui.edition_dialog import ask_new_edition

        return ask_new_edition(self.parent, document, mentions)

    def error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.parent, title, text)

    def ask_new_figure(self, label: str, types: list[str]):
        """A new figure's label, type (one of `types`), value as typed and whether it counts
        people (gui/new_figure_dialog.NewFigure); None: cancelled."""
        from infographic_app.gui.new_figure_dialog import NewFigureDialog

        dialog = NewFigureDialog(self.parent, label, types)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()

    def ask_merge_with(self, label: str, labels: list[str]) -> int | None:
        """Which category (its index in `labels`) to merge the figure `label` with; None
        when cancelled."""
        name, ok = QInputDialog.getItem(
            self.parent, tr("Merge with"),
            tr("Merge '{label}' with which category? The merged category shows the sum of "
               "both.").format(label=label), labels, 0, False)
        return labels.index(name) if ok and name in labels else None

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self.parent, title, label, text=text)
        return value.strip() if ok else None

    def ask_remove_uses(self, label: str, places: list[str]) -> bool:
        """Whether to remove a figure that is used, together with its uses (listed)."""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Figure in use"), tr(
            "'{label}' is used. Remove it, and take it out of these places too?").format(
            label=label), QMessageBox.StandardButton.Cancel, self.parent)
        box.setInformativeText(_listing(tr("It is used in:"), places))
        remove = box.addButton(tr("Remove everywhere"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is remove

    def ask_remove(self, what: str) -> bool:
        answer = QMessageBox.question(
            self.parent, tr("Remove"), tr("Remove {what}? Undo brings it back.").format(
                what=what), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_add_to_rule(self, label: str, parts: str) -> bool:
        """Whether a figure added to a chart joins the rule that its shares make 100%."""
        answer = QMessageBox.question(
            self.parent, tr("Add to the rule too?"), tr(
                "The shares in this chart must make 100% ({parts}). Add '{label}' to that "
                "rule too?").format(label=label, parts=parts),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def ask_chart_figures(self, document, kind: str,
                          new_figure: Callable[[], str | None] | None = None) -> list[str] | None:
        """The figures a chart with none of its own is to show, chosen by value and label:
        an icon array's part and whole, or the ticked figures of a list, in the figures'
        order. With `new_figure` (asks for a figure, adds it, returns its id or None), a
        "New figure…" button adds one from here, chosen at once. None: cancelled, or nothing
        ticked."""
        dialog = QDialog(self.parent)
        dialog.setWindowTitle(tr("Figures of the chart"))
        form = QFormLayout(dialog)

        values = document.values()

        def shown(figure_id: str, values: dict | None = None) -> str:
            """The figure by its value and label (`values`: the document's, computed once
            for the whole list; None: computed again, for a figure added from here)."""
            value = document.show(figure_id, values or document.values())
            return f"{value}   {document.figures[figure_id].label}"

        if kind == "icon_array":
            part, whole = QComboBox(), QComboBox()
            for box in (part, whole):
                for figure_id in document.figures:
                    box.addItem(shown(figure_id, values), figure_id)
            form.addRow(tr("Highlighted"), part)
            form.addRow(tr("Out of"), whole)

            def choose(figure_id: str) -> None:
                for box in (part, whole):
                    box.addItem(shown(figure_id), figure_id)
                part.setCurrentIndex(part.count() - 1)

            _new_figure_button(form, new_figure, choose)
            return [part.currentData(), whole.currentData()] \
                if _ok_cancel(dialog, form) else None
        figures = QListWidget()
        figures.setObjectName("chart_figures")

        def tick(figure_id: str, checked: bool = True, values: dict | None = None) -> None:
            item = QListWidgetItem(shown(figure_id, values))
            item.setData(Qt.ItemDataRole.UserRole, figure_id)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            figures.addItem(item)

        for figure_id in document.figures:
            tick(figure_id, False, values)
        form.addRow(tr("Which figures does this chart show?"), figures)
        _new_figure_button(form, new_figure, tick)
        if not _ok_cancel(dialog, form):
            return None
        return [figures.item(i).data(Qt.ItemDataRole.UserRole) for i in range(figures.count())
                if figures.item(i).checkState() == Qt.CheckState.Checked] or None

    def ask_rule(self, document, rule) -> tuple[str, list[str], str | None] | None:
        """A rule's kind, parts and whole, chosen in words; `rule` None for a new one."""
        dialog = QDialog(self.parent)
        dialog.setWindowTitle(tr("Rule"))
        form = QFormLayout(dialog)
        kind = QComboBox()
        for key, words in RULE_WORDS.items():
            kind.addItem(QCoreApplication.translate("Dialogs", words), key)
        parts = QListWidget()
        choices = figure_choices(document)
        for name, figure_id in choices:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, figure_id)
            item.setCheckState(Qt.CheckState.Checked if rule and figure_id in rule.parts
                               else Qt.CheckState.Unchecked)
            parts.addItem(item)
        whole = QComboBox()
        whole.addItem("—", None)
        for name, figure_id in choices:
            whole.addItem(name, figure_id)
        if rule is not None:
            kind.setCurrentIndex(kind.findData(rule.kind))
            kind.setEnabled(False)
            whole.setCurrentIndex(max(0, whole.findData(rule.whole)))
        form.addRow(tr("What must hold"), kind)
        form.addRow(tr("Parts"), parts)
        form.addRow(tr("Whole"), whole)
        if not _ok_cancel(dialog, form):
            return None
        chosen = [parts.item(i).data(Qt.ItemDataRole.UserRole) for i in range(parts.count())
                  if parts.item(i).checkState() == Qt.CheckState.Checked]
        return kind.currentData(), chosen, whole.currentData()


RULE_WORDS = {
    "sum": QT_TRANSLATE_NOOP("Dialogs", "these parts make that whole"),
    "sum_to_100": QT_TRANSLATE_NOOP("Dialogs", "these shares make 100%"),
    "part_of_whole": QT_TRANSLATE_NOOP("Dialogs", "this part is never more than that whole"),
}


def _new_figure_button(form: QFormLayout, new_figure: Callable[[], str | None] | None,
                       chosen: Callable[[str], None]) -> None:
    """A "New figure…" row on `form` when `new_figure` is given: it asks for a figure and
    adds it (`new_figure`: the figure's id, or None), then hands the id to `chosen`."""
    if new_figure is None:
        return
    button = QPushButton(tr("New figure…"))
    button.setObjectName("new_figure")

    def add() -> None:
        figure_id = new_figure()
        if figure_id is not None:
            chosen(figure_id)

    button.clicked.connect(add)
    form.addRow(button)


def _ok_cancel(dialog: QDialog, form: QFormLayout) -> bool:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return dialog.exec() == QDialog.DialogCode.Accepted


MAX_LISTED = 12  # a question lists this many items, then says how many more there are


def _listing(heading: str, lines: list[str]) -> str:
    shown = [f"• {line}" for line in lines[:MAX_LISTED]]
    if len(lines) > MAX_LISTED:
        shown.append(tr("… and {count} more").format(count=len(lines) - MAX_LISTED))
    return "\n".join([heading, *shown])
