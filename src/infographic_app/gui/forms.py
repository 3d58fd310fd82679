"""Forms for every part of the document, generated from the block declarations.

A group per block, in the order of the factsheet; inside it the block's fields and the
figures it shows. A new block kind or field gets a form without new widget code here.
This module decides which fields a group has and wires them to the session (edits as
undoable steps, undo and redo shown in the fields); which groups are built at a time is
gui/form_sections.py's, a block's text field is gui/rich_text_edit.py, the labels'
styles gui/form_labels.py.

A structural edit changes only what it changed (the Changes record of model/changes.py): an
entry added, moved or removed is built, moved or dropped in its group, and the other groups
and entries stay the same widgets. That work waits until the preview has been painted; keys
typed meanwhile go to the field that then gets the cursor.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from infographic_app.checks.placeholders import placeholder_words
from infographic_app.gui.accessibility import name_inputs
from infographic_app.gui.commands import redo_keys, undo_keys
from infographic_app.gui.fixes import apply_fix
from infographic_app.gui.form_labels import bold, note, styled_label, subheading
from infographic_app.gui.form_sections import Section, SectionColumn, put_in_order
from infographic_app.gui.i18n import tr
from infographic_app.gui.modal import held_by_a_dialog
from infographic_app.gui.rich_text_edit import RichTextEdit
from infographic_app.gui.session import InvalidEntry, Session
from infographic_app.gui.spelling_marks import SpellingLineEdit
from infographic_app.gui.structure_actions import StructureActions
from infographic_app.gui.structure_widgets import (
    ChartEditor,
    block_bar,
    block_title,
    entry_bar,
)
from infographic_app.gui.wheel_guard import WheelGuard
from infographic_app.model.addressing import (
    elements,
    entry_index,
    holder_of,
    nearest_name,
    value_of,
)
from infographic_app.model.blocks import BLOCK_KINDS, VISUAL_KINDS, Block, FieldSpec
from infographic_app.model.changes import Changes, scope_of
from infographic_app.model.editions import carried_over
from infographic_app.model.entry import EntryError, entry_text, read_entry
from infographic_app.model.messages import say
from infographic_app.model.places import figure_choices, formula_in_words
from infographic_app.model.references import figures_in

NAMES = {
    "kicker": QT_TRANSLATE_NOOP("Forms", "Line above the title"),
    "title": QT_TRANSLATE_NOOP("Forms", "Title"),
    "heading": QT_TRANSLATE_NOOP("Forms", "Heading"),
    "text": QT_TRANSLATE_NOOP("Forms", "Text"),
    "figure": QT_TRANSLATE_NOOP("Forms", "Figure"),
    "figures": QT_TRANSLATE_NOOP("Forms", "Figures"),
    "prefix": QT_TRANSLATE_NOOP("Forms", "Word before each number"),
    "caption": QT_TRANSLATE_NOOP("Forms", "Caption"),
    "url": QT_TRANSLATE_NOOP("Forms", "Web address"),
    "headline": QT_TRANSLATE_NOOP("Forms", "Figure shown large"),
    "part": QT_TRANSLATE_NOOP("Forms", "Part"),
    "whole": QT_TRANSLATE_NOOP("Forms", "Whole"),
    "visual": QT_TRANSLATE_NOOP("Forms", "Chart"),
    "author": QT_TRANSLATE_NOOP("Forms", "Author"),
    "subject": QT_TRANSLATE_NOOP("Forms", "Subject"),
    "icon_array": QT_TRANSLATE_NOOP("Forms", "icons, one per percent"),
    "percentage_bars": QT_TRANSLATE_NOOP("Forms", "percentage bars"),
    "donut": QT_TRANSLATE_NOOP("Forms", "donut"),
    "big_numbers": QT_TRANSLATE_NOOP("Forms", "big numbers"),
    "trend": QT_TRANSLATE_NOOP("Forms", "columns over the editions"),
    "value": QT_TRANSLATE_NOOP("Forms", "Value"),
    "label": QT_TRANSLATE_NOOP("Forms", "Label"),
    "source": QT_TRANSLATE_NOOP("Forms", "Source"),
    "note": QT_TRANSLATE_NOOP("Forms", "Note"),
    "badge": QT_TRANSLATE_NOOP("Forms", "Under the number"),
    "change": QT_TRANSLATE_NOOP("Forms", "the change since the previous edition"),
}
# What the page makes of a figure's source and note, shown in their empty fields.
PRINTED_AS = {
    "source": QT_TRANSLATE_NOOP("Forms", "printed in the numbered notes as \"Source: …\""),
    "note": QT_TRANSLATE_NOOP("Forms", "printed as a numbered note at the foot of the last page"),
}
TYPE_NAMES = {
    "count": QT_TRANSLATE_NOOP("Forms", "count"),
    "estimate": QT_TRANSLATE_NOOP("Forms", "estimate"),
    "decimal": QT_TRANSLATE_NOOP("Forms", "decimal"),
    "percentage": QT_TRANSLATE_NOOP("Forms", "percentage"),
}

def name_of(key: str) -> str:
    """The form label of a field or kind name ('heading', 'donut') in the interface
    language."""
    return QCoreApplication.translate("Forms", NAMES.get(key, key))


class _FieldWatcher(QObject):
    """Tells the forms which field got or lost the keyboard focus, and leaves the undo and
    redo keys to the factsheet's history instead of the field's own."""

    def __init__(self, forms: Forms):
        super().__init__(forms)
        self.forms = forms
        self._undo, self._redo = undo_keys(), redo_keys()  # the platform's, fixed at start

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()  # every event of every field passes here: the cheap test first
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            field = watched.property("field")
            if field and kind == QEvent.Type.FocusIn:
                self.forms.field_focused.emit(field)
            elif field:
                self.forms.session.end_typing_step()
        elif kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            pressed = QKeySequence(event.keyCombination())
            undo, redo = pressed in self._undo, pressed in self._redo
            if kind == QEvent.Type.ShortcutOverride:
                return undo or redo  # not taken by the field: the Edit menu's shortcut fires
            if undo or redo:  # no shortcut took it: still the factsheet's history, never
                stack = self.forms.session.undo_stack  # the field's own
                stack.undo() if undo else stack.redo()
                return True
        return False


class _KeyKeeper(QObject):
    """Holds the keys typed in the window while the cursor is on its way to a field that is
    not built yet (a new entry's, built after the preview is painted), and gives them to
    that field once it has the cursor: nothing typed in between is lost."""

    def __init__(self, forms: Forms):
        super().__init__(forms)
        self.forms = forms
        self.keys: list[QKeyEvent] = []
        self.holding = False

    def hold(self) -> None:
        if not self.holding:
            self.holding = True
            QApplication.instance().installEventFilter(self)

    def give_to(self, widget: QWidget | None) -> None:
        """Stop holding keys; send those held to `widget` (None: nobody has the cursor)."""
        if self.holding:
            QApplication.instance().removeEventFilter(self)
            self.holding = False
        keys, self.keys = self.keys, []
        for key in keys if widget is not None else ():
            QApplication.sendEvent(widget, key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) \
                and isinstance(watched, QWidget) and watched.window() is self.forms.window():
            self.keys.append(QKeyEvent(event.type(), event.key(), event.modifiers(),
                                       event.text(), event.isAutoRepeat(), event.count()))
            return True  # a shortcut's keys never get here: Qt takes them first
        return False


class Forms(SectionColumn):
    """The forms dock: a group of fields per block, in the factsheet's order, generated
    from the block declarations, with the figures each block shows. Edits go to the session
    as undoable steps; `field_focused` says which field has the cursor.

    Only the groups on screen or near it are built (a long factsheet has thousands of
    fields; gui/form_sections.py); the others are placeholders of their height, built when
    scrolled near, and dropped again when far away once more than EDITOR_BUDGET fields are
    built. `editor_for` and `focus_field` build the group of the field they are asked for.

    After a structural edit the forms follow once the preview has its new scene, on the
    next turn of the event loop (after its paint); `focus_field` asked for meanwhile waits
    for them, holding the keys typed."""
    field_focused = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None,
                 actions: StructureActions | None = None,
                 act_on_entry: Callable[[str, str], object] | None = None):
        super().__init__(parent)
        self.session = session
        self.actions = actions  # structural actions: buttons per block, entry and chart
        self.act_on_entry = act_on_entry  # an entry's buttons: see structure_widgets.entry_bar
        self.entry_titles: dict[str, QLabel] = {}  # entry element id -> its title above it
        self.chart_editors: dict[str, ChartEditor] = {}  # visual field -> its chart's editor
        self.entry_rows: dict[str, QWidget] = {}  # entry element id -> its rows, built
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setObjectName("forms")
        self.problem_labels: dict[str, QLabel] = {}
        self.confirm_buttons: dict[str, QPushButton] = {}  # figures carried over unchanged
        # A figure's value when the current step of typing in its field began: what the
        # factsheet shows while the field holds text that is not a valid value.
        self._step_start: dict[str, float | int | None] = {}
        self._typing_in: str | None = None  # the figure field whose typing is being applied
        self._watcher = _FieldWatcher(self)
        self._updating = False
        # Built on the next turn of the event loop: at start the window shows the factsheet
        # first, and the fields follow a moment later.
        self._rebuild_timer = QTimer(self, singleShot=True, interval=0)
        self._rebuild_timer.timeout.connect(self._build_pending)
        # What changed since the forms were built: the Changes of structural edits, or None
        # for everything (another document).
        self._pending: list[Changes] | None = None
        self._focus_after: str | None = None  # the field to focus once they are built
        self._keys = _KeyKeeper(self)
        self._owner: dict[str, str] = {}  # figure id -> the section that shows it
        self._plan: dict[str | None, list[str]] = {}  # see _figure_plan
        session.document_replaced.connect(self._document_replaced)
        session.field_changed.connect(self.show_value)
        session.scene_changed.connect(self._scene_changed)
        session.structure_changed.connect(self._structure_changed)
        self._scroll_to: int | None = None  # kept over a rebuild after a structural edit
        self._wheels = WheelGuard(self)

    # ------------------------------------------------------------------ building

    def rebuild(self) -> None:
        """Lay the groups of fields out again, from the document: a placeholder per group,
        and the groups near the view built."""
        self._rebuild_timer.stop()
        self._pending = []
        for kept in (self.editors, self.problem_labels, self.confirm_buttons, self._step_start,
                     self.entry_titles, self.entry_rows):
            kept.clear()
        document = self.session.document
        self._plan = _figure_plan(document)
        self._owner = {figure_id: "figures" if block_id is None else f"blocks.{block_id}"
                       for block_id, shown in self._plan.items() for figure_id in shown}
        keys = ["metadata", *(f"blocks.{block.id}" for block in document.blocks())]
        if self._plan.get(None):
            keys.append("figures")
        self._lay_out({key: self._prefixes(key) for key in keys}, self._scroll_to)
        self._scroll_to = None

    def _prefixes(self, key: str) -> tuple[str, ...]:
        """The starts of the fields of a section's group."""
        if key == "metadata":
            return ("metadata.",)
        figures = self._plan.get(None if key == "figures" else key.split(".", 1)[1], [])
        own = () if key == "figures" else (key + ".",)
        return own + tuple(f"figures.{figure_id}." for figure_id in figures)

    def _section_key(self, name: str) -> str | None:
        """The section whose group shows a field or element ('blocks.about.text',
        'figures.x'); None for one the forms do not show."""
        parts = name.split(".")
        if parts[0] == "metadata":
            return "metadata"
        if parts[0] == "blocks" and len(parts) > 1:
            return f"blocks.{parts[1]}"
        if parts[0] == "figures" and len(parts) > 1:
            return self._owner.get(parts[1])
        return None

    def _rows_of(self, key: str) -> int:
        """About how many rows of fields a section's group has: a row per field (and one for
        a block's buttons), four per figure."""
        if key == "metadata":
            return 3
        if key == "figures":
            return 4 * len(self._plan.get(None, []))
        block_id = key.split(".", 1)[1]
        return 1 + _rows(self.session.document.block(block_id).fields) \
            + 4 * len(self._plan.get(block_id, []))

    def _group(self, key: str) -> QGroupBox:
        """The group of a section: the document's metadata, a block, or the figures no block
        shows."""
        if key == "metadata":
            box, form = self._group_box(tr("Document"))
            for name in ("title", "author", "subject"):
                self._line(form, f"metadata.{name}", name_of(name))
        elif key == "figures":
            box, form = self._group_box(tr("Other figures"))
            for figure_id in self._plan.get(None, []):
                self._figure(form, figure_id)
        else:
            box = self._block_group(self.session.document.block(key.split(".", 1)[1]))
        name_inputs(box)  # the buttons showing a symbol (↑, ✕, B): after their tool tips
        self._wheels.guard(box)
        return box

    def _block_group(self, block: Block) -> QGroupBox:
        """A block's group: its buttons, its fields, then the figures it is the first to show."""
        box, group = self._group_box(block_title(block))
        if self.actions is not None:
            group.addRow(block_bar(self.actions, block, block_title(block)))
        self._fields(group, f"blocks.{block.id}", block.fields, BLOCK_KINDS[block.kind].fields)
        used = self._plan.get(block.id)
        if used:
            group.addRow(subheading(tr("Figures in this block")))
            for figure_id in used:
                self._figure(group, figure_id)
        return box

    def _forget(self, *prefixes: str) -> None:
        """Drop the editors (and what is kept about them) of fields starting with a prefix."""
        super()._forget(*prefixes)
        for kept in (self.problem_labels, self._step_start, self.entry_titles,
                     self.chart_editors, self.entry_rows):
            for field in [f for f in kept if f.startswith(prefixes)]:
                del kept[field]
        for figure_id in [f for f in self.confirm_buttons
                          if f"figures.{f}.".startswith(prefixes)]:
            del self.confirm_buttons[figure_id]

    def _pinned(self, section: Section) -> bool:
        """A group holding a value that is not valid stays built, however far away."""
        return any(field.startswith(section.prefixes) for field in self.session.invalid_entries)

    def _waiting(self) -> bool:
        """Nothing is built while the forms wait to be built again (_build_pending)."""
        return self._pending is None or bool(self._pending) or self._rebuild_timer.isActive()

    def _groups_built(self) -> None:
        """New fields of computed figures show their values."""
        self.show_derived()

    def _document_replaced(self) -> None:
        self._pending = None
        self._heights.clear()
        self._rebuild_timer.start()

    def _structure_changed(self, changes: Changes) -> None:
        """Something was added, removed or moved: the forms follow once the preview has
        the new scene (_scene_changed)."""
        if self._pending is not None:
            self._pending.append(changes)

    def _scene_changed(self) -> None:
        """The preview has the new scene: computed figures show their values, and the forms
        follow structural edits on the next turn of the event loop, after the preview's
        paint."""
        self.show_derived()
        if self._pending is None or self._pending:
            self._rebuild_timer.start()

    def _build_pending(self) -> None:
        """Build what changed since the forms were built: everything (another document, or
        blocks added, removed or moved), else the groups whose fields changed, and in the
        other groups only the entries added, moved or removed. Then the field asked for
        meanwhile gets the cursor, and the keys typed meanwhile."""
        self._rebuild_timer.stop()
        if held_by_a_dialog(self._rebuild_timer.start, self):  # a field's dialog is open
            return
        pending, self._pending = self._pending, []
        if pending is None:
            self.rebuild()
        elif pending:
            self._follow(pending)
        if self._focus_after is not None:
            name, self._focus_after = self._focus_after, None
            self._keys.give_to(self._focus_now(name) or QApplication.focusWidget())

    def _follow(self, pending: list[Changes]) -> None:
        """Follow structural edits, in the order they were made."""
        document = self.session.document
        plan = _figure_plan(document)
        keys = ["metadata", *(f"blocks.{block.id}" for block in document.blocks())]
        if plan.get(None):
            keys.append("figures")
        if keys != list(self._sections):  # blocks added, removed or moved
            self._scroll_to = self.verticalScrollBar().value()
            self.rebuild()
            return
        self._plan = plan
        self._owner = {figure_id: "figures" if block_id is None else f"blocks.{block_id}"
                       for block_id, shown in plan.items() for figure_id in shown}
        renew = {key for key, section in self._sections.items()
                 if self._prefixes(key) != section.prefixes}
        entries: list[tuple[str, str]] = []  # (how, entry element id), in order
        for changes in pending:
            moves = _entry_moves(changes)
            containers = {element.rpartition(".")[0] for _, element in moves}
            entries += moves
            for field in changes.fields:
                scope = scope_of(field)
                if field in containers or scope in ("rules", "pages", "figures") and \
                        len(field.split(".")) < 3:
                    continue
                renew.add(self._section_key(field) or scope)
        for key in renew & set(self._sections):
            self._renew_section(key)
        for how, element in entries:
            key = scope_of(element)
            if key not in renew:
                self._move_entry(how, element)
        self.show_derived()
        self._fill_view()

    def _move_entry(self, how: str, element: str) -> None:
        """Build, move or drop (`how`: 'inserted', 'moved', 'removed') the rows of one entry
        in its group, as the document has it now; a group not built gets its new height."""
        section = self._sections[scope_of(element)]
        if not section.built:
            self._heights.pop(section.key, None)
            section.widget.setFixedHeight(self._estimate(section.key))
            return
        container, _, entry_id = element.rpartition(".")
        items = value_of(self.session.document, container) or []
        present = any(item.get("id") == entry_id for item in items)
        form = section.widget.layout()
        rows = self.entry_rows.get(element)
        if rows is not None and (how == "removed" or not present):
            self._forget(element + ".")
            self.entry_titles.pop(element, None)
            del self.entry_rows[element]
            form.removeRow(rows)
            return
        if not present:
            return
        index = entry_index(items, entry_id)
        if rows is None:
            spec = next(s for s in BLOCK_KINDS[self.session.document.block(
                container.split(".")[1]).kind].fields if s.name == container.split(".")[2])
            rows = self._entry(form, container, items[index], spec.items)
        else:
            form.takeRow(rows)
        neighbours = [self.entry_rows.get(f"{container}.{item.get('id')}")
                      for item in items[:index]]
        before = next((w for w in reversed(neighbours) if w is not None), None)
        after = next((self.entry_rows.get(f"{container}.{item.get('id')}")
                      for item in items[index + 1:]
                      if self.entry_rows.get(f"{container}.{item.get('id')}") is not None),
                     None)
        if before is None and after is None:
            self._renew_section(section.key)
            return
        row = form.getWidgetPosition(before)[0] + 1 if before is not None \
            else form.getWidgetPosition(after)[0]
        form.insertRow(row, rows)
        rows.show()
        put_in_order(form, rows)
        name_inputs(rows)
        self._wheels.guard(rows)
        self._place_part_in_tab_order(section, rows)

    def _group_box(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        return box, _form(box)

    def _entry(self, form: QFormLayout, container: str, item: dict,
               specs: tuple[FieldSpec, ...]) -> QWidget:
        """The rows of one entry of a list (its title, its buttons, its fields) in a widget
        of their own, a row of `form`: an entry added, moved or removed is one row."""
        element = f"{container}.{item['id']}"
        holder = QWidget(form.parentWidget())
        holder.setObjectName(f"entry:{element}")
        rows = _form(holder)
        rows.setContentsMargins(0, 0, 0, 0)
        title = self.entry_titles[element] = subheading(_item_title(item))
        rows.addRow(title)
        if self.act_on_entry is not None:
            rows.addRow(entry_bar(self.act_on_entry, container, item["id"]))
        self._fields(rows, element, item, specs)
        self.entry_rows[element] = holder
        return holder

    def _fields(self, form: QFormLayout, prefix: str, values: dict,
                specs: tuple[FieldSpec, ...]) -> None:
        for spec in specs:
            field = f"{prefix}.{spec.name}"
            value = values.get(spec.name)
            if spec.kind in ("text", "url"):
                self._line(form, field, name_of(spec.name))
            elif spec.kind == "rich":
                self._rich(form, field, name_of(spec.name))
            elif spec.kind == "figure" and value is not None:
                self._figure_choice(form, field, name_of(spec.name))
            elif spec.kind == "figures" and self.actions is not None:
                pass  # shown by the chart editor, with the chart's kind
            elif spec.kind == "figures" and value:
                labels = ", ".join(self.session.document.figures[f].label for f in value)
                form.addRow(name_of(spec.name), note(labels))
            elif spec.kind == "choice":
                self._choice(form, field, name_of(spec.name), spec.choices)
            elif spec.kind == "items":
                for item in value or []:
                    form.addRow(self._entry(form, field, item, spec.items))
            elif spec.kind == "visual" and self.actions is not None:
                form.addRow(subheading(name_of("visual")))
                chart = self.chart_editors[field] = ChartEditor(self.actions, field, value)
                chart.kind.setAccessibleName(name_of("visual"))
                if chart.list is not None:
                    chart.list.setAccessibleName(name_of("figures"))
                form.addRow(chart)
                if value and value.get("kind") in VISUAL_KINDS:
                    self._fields(form, field, value, VISUAL_KINDS[value["kind"]])
            elif spec.kind == "visual" and value:
                form.addRow(subheading(f"{name_of('visual')}: {name_of(value['kind'])}"))
                self._fields(form, field, value, VISUAL_KINDS[value["kind"]])

    def _register(self, field: str, editor: QWidget, label: str = "",
                  form: QFormLayout | None = None) -> None:
        editor.setProperty("field", field)
        editor.setAccessibleName(label)  # also of a field whose row label is on a holder
        box = form.parentWidget() if form is not None else None
        while box is not None and not isinstance(box, QGroupBox):  # an entry's rows
            box = box.parentWidget()
        if box is not None:  # which block's "Text" it is
            editor.setAccessibleDescription(box.title())
        editor.setObjectName(field)
        editor.installEventFilter(self._watcher)
        self.editors[field] = editor

    def _line(self, form: QFormLayout, field: str, label: str) -> QLineEdit:
        editor = SpellingLineEdit(self.session, self.session.value(field) or "")
        editor.textEdited.connect(lambda text, f=field, n=label: self._edit(f, text, n))
        self._register(field, editor, label, form)
        form.addRow(label, editor)
        return editor

    def _rich(self, form: QFormLayout, field: str, label: str) -> None:
        editor = RichTextEdit(self.session, field)
        editor.setPlainText(self.session.value(field) or "")
        editor.edited.connect(  # not textChanged: that also fires for the spelling marks
            lambda e=editor, f=field, n=label: self._updating or self._edit(f, e.toPlainText(), n))
        self._register(field, editor, label, form)
        holder = QWidget()
        row = QVBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(editor.toolbar())
        row.addWidget(editor)
        form.addRow(label, holder)

    def _figure_choice(self, form: QFormLayout, field: str, label: str) -> None:
        editor = QComboBox()
        editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        editor.setMinimumContentsLength(14)
        editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # the
        # whole label in view, as wide as the other fields
        for name, figure_id in figure_choices(self.session.document):
            editor.addItem(name, figure_id)
        editor.setCurrentIndex(editor.findData(self.session.value(field)))
        editor.activated.connect(
            lambda index, e=editor, f=field, n=label: self._edit(f, e.itemData(index), n))
        self._register(field, editor, label, form)
        form.addRow(label, editor)

    def _choice(self, form: QFormLayout, field: str, label: str, choices: tuple) -> None:
        editor = QComboBox()
        editor.addItem(tr("nothing"), "")
        for choice in choices:
            editor.addItem(name_of(choice), choice)
        editor.setCurrentIndex(max(0, editor.findData(self.session.value(field) or "")))
        editor.activated.connect(lambda i, e=editor, f=field, n=label: self._edit(
            f, e.itemData(i) or None, n))
        self._register(field, editor, label, form)
        form.addRow(label, editor)

    def _figure(self, form: QFormLayout, figure_id: str) -> None:
        figure = self.session.document.figures[figure_id]
        field = f"figures.{figure_id}.value"
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        value = QLineEdit()
        value.setMaximumWidth(110)
        value.setAlignment(Qt.AlignmentFlag.AlignRight)
        kind = QCoreApplication.translate("Forms", TYPE_NAMES[figure.type])
        if figure.derived:
            value.setReadOnly(True)
            formula = formula_in_words(self.session.document, figure.formula)
            value.setToolTip(tr("Computed: {formula}").format(formula=formula))
            line.addWidget(value)
            line.addWidget(note(tr("= {formula}").format(formula=formula)), 1)
        else:
            value.setText(entry_text(figure.value, self.session.document.locale))
            value.textEdited.connect(lambda text, f=figure_id: self._edit_figure(f, text))
            problem = styled_label("", "problem")
            problem.setObjectName(f"problem:{field}")
            self.problem_labels[field] = problem
            line.addWidget(value)
            line.addWidget(note(kind))
            line.addWidget(problem, 1)
            confirm = QPushButton(tr("Confirm unchanged"))
            confirm.setObjectName(f"confirm:{figure_id}")
            confirm.setAccessibleName(tr("{action}: {place}").format(  # which figure
                action=confirm.text(), place=figure.label or figure_id))
            confirm.clicked.connect(lambda _=False, f=figure_id: apply_fix(self.session,
                                                                         f"confirm:{f}"))
            confirm.setVisible(carried_over(self.session.document, figure_id))
            self.confirm_buttons[figure_id] = confirm
            line.addWidget(confirm)
        self._register(field, value, figure.label, form)
        invalid = self.session.invalid_entries.get(field)
        if invalid is not None:  # built again (a structural edit) while it held such text
            value.setText(invalid.error.params["typed"])
            self._show_entry_problem(field, invalid.error)
        form.addRow(bold(figure.label), row)
        for key in ("label", "source", "note"):
            editor = self._line(form, f"figures.{figure_id}.{key}", name_of(key))
            editor.setAccessibleDescription(figure.label)  # whose "Source" it is
            if key in PRINTED_AS:  # what becomes of it, before it is printed by surprise
                editor.setPlaceholderText(QCoreApplication.translate("Forms", PRINTED_AS[key]))
                editor.setToolTip(editor.placeholderText())

    # ------------------------------------------------------------------ editing

    def _edit(self, field: str, value: object, label: str) -> None:
        self.session.edit(field, value, tr("Edit {field}").format(field=label))

    def _edit_figure(self, figure_id: str, text: str) -> None:
        """Change the figure only when the whole field holds a valid value. Otherwise say why
        beside the field and in the checks, and give the figure back the value it had when
        this step of typing began (so no half-typed number reaches the factsheet, and a value
        typed before a pause stays)."""
        session = self.session
        figure = session.document.figures[figure_id]
        field = f"figures.{figure_id}.value"
        if field not in self._step_start or not session.typing_step_open(field):
            self._step_start[field] = figure.value
        before = self._step_start[field]
        description = tr("Change {label}").format(label=figure.label)
        try:
            number, error = read_entry(text, figure.type, session.document.locale), None
        except EntryError as invalid:
            number, error = before, invalid
        self._show_entry_problem(field, error)
        session.set_invalid_entry(field, error and InvalidEntry(field, figure.label, error))
        self._typing_in = field  # what the field holds stays as typed
        try:
            session.edit(field, number, description)
        finally:
            self._typing_in = None

    def _show_entry_problem(self, field: str, error: EntryError | None) -> None:
        text = say(error.key, self.session.language, **error.params) if error else ""
        self.problem_labels[field].setText(text)
        self.editors[field].setProperty("invalid", bool(error))

    # ------------------------------------------------------------------ showing

    def show_value(self, field: str) -> None:
        """Show a value changed by undo/redo, without disturbing the field being typed in."""
        parts = field.split(".")
        if parts[0] == "figures" and parts[1] in self.confirm_buttons:
            self.confirm_buttons[parts[1]].setVisible(
                carried_over(self.session.document, parts[1]))
        entry = field.rpartition(".")[0]
        if entry in self.entry_titles:  # its heading or text names the entry above it
            holder, _ = holder_of(self.session.document, field)
            self.entry_titles[entry].setText(_item_title(holder))
        editor = self.editors.get(field)
        if editor is None:
            return
        value = self.session.value(field)
        self._updating = True
        try:
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(editor.findData("" if value is None else value))
            elif isinstance(editor, QPlainTextEdit):
                if editor.toPlainText() != (value or ""):
                    _replace_text(editor, value or "")
            elif field.startswith("figures.") and field.endswith(".value"):
                self._show_figure_value(field, editor, value)
            elif editor.text() != (value or ""):
                _replace_text(editor, value or "")
        finally:
            self._updating = False

    def _show_figure_value(self, field: str, editor: QLineEdit, value: float | int) -> None:
        """The figure's value, changed by undo or redo, replaces what the field holds, unless
        the field is being typed in and already holds that value."""
        figure = self.session.document.figures[field.split(".")[1]]
        if field == self._typing_in:
            return
        if _read(editor.text(), figure.type, self.session.document.locale) != value:
            editor.setText(entry_text(value, self.session.document.locale))
        self._show_entry_problem(field, None)
        self.session.set_invalid_entry(field, None)
        self._step_start.pop(field, None)

    def show_derived(self) -> None:
        document = self.session.document
        values = document.values()
        for figure in document.figures.values():
            editor = self.editors.get(f"figures.{figure.id}.value")
            if figure.derived and editor is not None:
                shown = document.show(figure.id, values)
                if editor.text() != shown:  # not set again (and redrawn) on every key
                    editor.setText(shown)

    def editor_for(self, name: str) -> QWidget | None:
        """The editor of field `name` ('blocks.about.text', 'figures.x.value'; a chart's
        'blocks.intro.visual': its kind, above its figures), or of the nearest field that
        holds it (an element: 'figures.x', 'blocks.key_figures'; of an
        entry's fields its first text, so a new tile's cursor is where its words go), its
        group built first if it is not; None when the forms show no such field."""
        if self._waiting():
            self._build_pending()
        section = self._sections.get(self._section_key(name) or "")
        if section is not None and not section.built:
            self._build_section(section)
            self._settle()
            self.show_derived()
        if name in self.chart_editors:  # a chart: its kind, above its list of figures
            return self.chart_editors[name].kind
        names = list(self.editors)
        if name not in self.editors and any(element.id == name and element.is_entry
                                            for element in elements(self.session.document)):
            names.sort(key=lambda f: not isinstance(self.editors[f], QLineEdit | QPlainTextEdit))
        field = nearest_name(name, names)
        return None if field is None else self.editors[field]

    def focus_field(self, name: str) -> bool:
        """Focus the editor of `name`, or of the nearest field that holds it, scrolled into
        view. While the forms wait to follow a structural edit (the preview first), that
        happens once they have, and the keys typed meanwhile go to it."""
        if self._waiting():
            self._focus_after = name
            self._keys.hold()
            return True
        return self._focus_now(name) is not None

    def _focus_now(self, name: str) -> QWidget | None:
        """Focus the editor of `name` (see focus_field) now; returns it, or None."""
        editor = self.editor_for(name)
        if editor is None:
            return None
        # All of the field with its label in view (ensureWidgetVisible would settle for the
        # line with a text field's cursor).
        middle = editor.mapTo(self.widget(), QPoint(0, editor.height() // 2))
        self.ensureVisible(middle.x(), middle.y(), 40, editor.height() // 2 + 40)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(editor, QLineEdit | QPlainTextEdit) \
                and _text_of(editor).strip() in placeholder_words():
            editor.selectAll()  # what is typed replaces the placeholder, not goes before it
        return editor


def _figure_plan(document) -> dict[str | None, list[str]]:
    """Which figures each block's group shows (by block id; those its fields are the first
    to use), and under None the figures no block uses."""
    plan: dict[str | None, list[str]] = {}
    shown: set[str] = set()
    for block in document.blocks():
        used = [f for f in figures_in(block.fields) if f not in shown and f in document.figures]
        if used:
            plan[block.id] = used
            shown.update(used)
    rest = [f for f in document.figures if f not in shown]
    if rest:
        plan[None] = rest
    return plan


def _entry_moves(changes: Changes) -> list[tuple[str, str]]:
    """The entries of a block's list that `changes` inserted, removed or moved, as (how,
    element id): ('inserted', 'blocks.key_figures.tiles.new_tile')."""
    return [(how, element) for how in ("inserted", "removed", "moved")
            for element in getattr(changes, how)
            if element.startswith("blocks.") and len(element.split(".")) == 4
            and element.rpartition(".")[0] in changes.fields]


def _form(widget: QWidget) -> QFormLayout:
    """The layout of a group's (or an entry's) rows of fields, labels above the fields: a
    narrow dock keeps the fields wide enough to edit a paragraph."""
    form = QFormLayout(widget)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    return form


def _rows(value) -> int:
    """About how many rows of fields the forms give a block's fields: one per value, and one
    more per entry of a list (its heading and buttons)."""
    if isinstance(value, dict):
        return sum(_rows(item) for key, item in value.items() if key != "id")
    if isinstance(value, list):
        return sum(_rows(item) + isinstance(item, dict) for item in value)
    return 1


def _text_of(editor: QLineEdit | QPlainTextEdit) -> str:
    return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()


def _replace_text(editor: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Put `text` (an undo, a redo) into a field with the cursor where the text changed,
    not at the start or the end (counted in what the field shows: a figure's chip is one
    character)."""
    if isinstance(editor, QPlainTextEdit):
        old = editor.document().toPlainText()
        editor.setPlainText(text)
        shown = editor.document().toPlainText()
        cursor = editor.textCursor()
        cursor.setPosition(len(shown) - _unchanged_end(old, shown))
        editor.setTextCursor(cursor)
    else:
        old = editor.text()
        editor.setText(text)
        editor.setCursorPosition(len(text) - _unchanged_end(old, text))


def _unchanged_end(old: str, new: str) -> int:
    """How many characters at the end of `new` are as they were in `old`, after the part
    the two start with."""
    prefix = len(os.path.commonprefix([old, new]))
    return len(os.path.commonprefix([old[prefix:][::-1], new[prefix:][::-1]]))


def _read(text: str, kind: str, locale: str) -> float | None:
    try:
        return read_entry(text, kind, locale)
    except EntryError:
        return None


def _item_title(item: dict) -> str:
    for key in ("heading", "text"):
        value = item.get(key)
        if isinstance(value, str) and value:
            plain = re.sub(r"[*{}]", "", value)
            return plain if len(plain) < 48 else plain[:45] + "…"
    return item.get("id", "")
