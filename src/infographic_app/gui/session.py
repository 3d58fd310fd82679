"""The open factsheet: model, undo history, file, scene and checks. Widgets observe it.

Every edit is a SetField command on the undo stack. A change marks the pages it touches
stale; they are laid out again once per event-loop turn, however many fields changed (the
other pages' scene is kept as it was), and the checks follow when typing pauses.
"""

from __future__ import annotations

import copy
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from infographic_app.gui.commands import SetField, Structural
from infographic_app.gui.recovery import Recovery, fingerprint
from infographic_app.layout.engine import layout_document
from infographic_app.layout.fonts import FontSet
from infographic_app.layout.scene import Scene
from infographic_app.layout.text import TextSetter
from infographic_app.model.addressing import block_position
from infographic_app.model.blocks import Page
from infographic_app.model.changes import Changes
from infographic_app.model.document import Document
from infographic_app.model.editions import carried_over
from infographic_app.model.entry import EntryError
from infographic_app.model.fields import get_field, set_field
from infographic_app.model.messages import say
from infographic_app.model.notes import changes_notes, changes_uses
from infographic_app.model.operations import Operation
from infographic_app.model.problems import Problem, Severity
from infographic_app.model.reading import load_document
from infographic_app.model.references import figures_depending_on, figures_in
from infographic_app.model.storage import atomic_write, dump_yaml
from infographic_app.model.theme import Theme, load_theme_for
from infographic_app.model.writing import document_text, document_to_data

TYPING_PAUSE_MS = 1000  # a pause this long ends one undo step of typing
# The recovery copy is written this long after the first change not yet in a copy, however
# steadily the user goes on typing.
AUTOSAVE_DELAY_MS = 2000
# The checks run when typing pauses this long: the preview comes first on every key. Longer
# than a steady typist's keys are apart (150 to 250 ms), so no key waits for the checks
# while someone types (on a 50-page factsheet they take some 300 ms).
CHECKS_DELAY_MS = 400
# The panels beside the preview (figures table, figure charts, alt texts) follow a longer
# pause: their work grows with the document, and the preview comes first on every key. Not
# at the same moment as the checks either: a key typed then waits for one of the two at most.
PANELS_DELAY_MS = 2 * CHECKS_DELAY_MS


@dataclass(frozen=True)
class InvalidEntry:
    """A figure field holding text that is not a valid value; the document keeps its value."""

    field: str  # 'figures.visitors_total.value'
    label: str  # the figure's label, as the form shows it
    error: EntryError  # what is wrong, with the text as typed in error.params['typed']


class Session(QObject):
    """The open factsheet: document, theme, undo history, scene and checks, and its
    file. Widgets observe its signals; every change goes through an undoable command."""
    field_changed = Signal(str)  # a field's value changed (by an edit, undo or redo)
    scene_changed = Signal()  # the scene is up to date again
    problems_changed = Signal()  # the checks have run again
    document_replaced = Signal()  # another document (or another version of it) is open
    saved = Signal()  # the document was written to its file (perhaps under a new name)
    file_changed_outside = Signal(str)  # the open file was changed by another program
    # Something was inserted, removed, moved or renamed (by an edit, undo or redo): what, as
    # one model/changes.py Changes record, emitted once per step.
    structure_changed = Signal(object)
    # The recovery copy could not be written (the reason): said once, until a copy is
    # written again.
    recovery_failed = Signal(str)

    def __init__(self, recovery: Recovery, language: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        self.recovery = recovery
        self.language = language  # of the checks' messages
        self.undo_stack = QUndoStack(self)
        self.document: Document | None = None
        self.theme: Theme | None = None
        self.setter: TextSetter | None = None
        self.scene: Scene | None = None
        self.problems: list[Problem] = []
        self.checks_pending = False  # the open document's checks are still to be worked out
        self.invalid_entries: dict[str, InvalidEntry] = {}
        self._typing_field: str | None = None
        self._typing_index = -1  # the undo index the open typing step sits at
        self._typing_timer = _single_shot(self, TYPING_PAUSE_MS, self.end_typing_step)
        self._relayout_timer = _single_shot(self, 0, self._relayout_changed)
        # The pages edits touched since the last layout (indices); None: every page.
        self._changed_pages: set[int] | None = None
        self._page_figures: list[set[str]] | None = None  # the figures each page shows
        self._kept: dict = {}  # what layouts keep for the next (layout_document)
        self._notes_changed = True  # a source, note or figure use, since the last layout
        self._uses_changed = True  # a figure use (which figure a page prints where), since
        #                            the last layout
        self._checks_timer = _single_shot(self, CHECKS_DELAY_MS, self.run_checks)
        self._autosave_timer = _single_shot(self, AUTOSAVE_DELAY_MS, self.write_recovery)
        self._written_text: str | None = None  # the file as this session opened or saved it
        # The file the open factsheet was read from (a new edition: last year's; a new
        # factsheet: its template), also while the factsheet has no name of its own.
        self.started_from: Path | None = None
        # A factsheet with no name of its own: its text as it opened (what a recovery copy
        # lists changes against), and the file it is a changed copy of (a recovery copy of
        # a file changed since), whose folder and name Save as suggests.
        self.start_text: str | None = None
        self.copy_of: Path | None = None
        self._recovery_failing = False  # the last recovery copy could not be written
        # Held while the document changes, and while an export copies it on its thread.
        self.document_lock = threading.Lock()
        self.edits = 0  # changes of the document so far: a scene knows which it shows

    # ------------------------------------------------------------------ files

    @property
    def path(self) -> Path | None:
        return self.document.path if self.document else None

    @property
    def modified(self) -> bool:
        """Changes not saved: undo steps since the last save, or figure fields holding text
        that is not a valid value (typing that would be lost)."""
        return not self.undo_stack.isClean() or bool(self.invalid_entries)

    def open(self, path: Path, document: Document | None = None) -> None:
        """Open `path` (raises InputError with every problem; the open document is untouched)."""
        document = document or load_document(Path(path))
        theme = load_theme_for(document)
        self.document, self.theme = document, theme
        self.started_from = Path(path)
        self.start_text = None if document.path else dump_yaml(document_to_data(document),
                                                               quick=True)
        self.copy_of = None
        self.problems = []  # another document's problems are never shown for this one
        self.checks_pending = True
        self.edits += 1
        self.setter = TextSetter(FontSet(theme), document.locale)
        self._written_text = Path(path).read_text(encoding="utf-8") if Path(path).exists() else None
        self.invalid_entries.clear()
        self.undo_stack.clear()
        self._kept, self._page_figures = {}, None
        self.relayout()  # the checks follow on the event loop, after the first paint
        self.document_replaced.emit()
        self.problems_changed.emit()  # none until they are worked out for this document

    def save(self, path: Path | None = None) -> None:
        """Write the document atomically, keeping the previous version as FILE.bak.

        On failure (OSError) the file on disk is untouched and the document stays modified.
        """
        path = Path(path or self.path)
        text = document_text(self.document, self._written_text)  # the user's comments stay
        if not _holds(path, text):  # else the file and its backup (the version before) stay
            if path.exists():
                with atomic_write(backup_path(path)) as backup, path.open("rb") as old:
                    shutil.copyfileobj(old, backup)
            with atomic_write(path, "w") as handle:
                handle.write(text)
        self._written_text = text
        # The recovery copy of this document is out of date now, whatever name it had.
        for name in {self.path, path}:
            self.recovery.discard(name)
        self._autosave_timer.stop()
        self.document.path = path
        self.undo_stack.setClean()
        self.saved.emit()

    def text_on_disk_is_ours(self) -> bool:
        try:
            return self.path.read_text(encoding="utf-8") == self._written_text
        except OSError:
            return False

    def write_recovery(self) -> None:
        """Write the recovery copy of the open document (or remove it when nothing is
        unsaved); it records which version of the file on disk it changes. When it cannot
        be written, `recovery_failed` says why, once until a copy is written again."""
        if self.document is None:
            return
        if self.undo_stack.isClean():
            self.recovery.discard(self.path)
            return
        base = fingerprint(self._written_text) \
            if self._written_text is not None and self.path else None
        try:
            self.recovery.write(self.path, dump_yaml(document_to_data(self.document),
                                                     quick=True), base,
                                self.started_from, None if self.path else self.start_text)
        except OSError as error:
            if not self._recovery_failing:
                self._recovery_failing = True
                self.recovery_failed.emit(error.strerror or str(error))
            return
        self._recovery_failing = False

    def discard_recovery(self) -> None:
        self.recovery.discard(self.path)

    # ------------------------------------------------------------------ edits

    def value(self, field: str) -> Any:
        return get_field(self.document, field)

    def edit(self, field: str, value: Any, description: str) -> None:
        """An edit from the user: one undoable step (merged while typing in one field).
        A figure's value typed the same as last year's confirms it unchanged: the user typed
        this edition's value."""
        old = get_field(self.document, field)
        if old == value:
            figure_id = _typed_figure(field)
            if figure_id and carried_over(self.document, figure_id):
                self.edit(f"figures.{figure_id}.updated", True, description)
            return
        if not self.typing_step_open(field):
            self.end_typing_step()
        self.undo_stack.push(SetField(self, field, copy.deepcopy(old), value, description))
        self._typing_field = field
        self._typing_index = self.undo_stack.index()
        self._typing_timer.start()

    def typing_step_open(self, field: str) -> bool:
        """Whether an edit of `field` joins the last step: the user is still typing in it,
        without a pause, and nothing (an undo, a redo) moved the history since."""
        return self._typing_field == field and self.undo_stack.index() == self._typing_index

    def end_typing_step(self) -> None:
        self._typing_field = None
        self._typing_timer.stop()

    def apply(self, field: str, value: Any) -> None:
        """Change the model (called by commands only) and schedule the re-layout."""
        before = get_field(self.document, field)
        if not self._notes_changed:
            self._notes_changed = changes_notes(field, before, value)
        if not self._uses_changed:
            self._uses_changed = changes_uses(field, before, value)
        with self.document_lock:
            set_field(self.document, field, copy.deepcopy(value))
            self.edits += 1
        self._touched(self._pages_showing(field))
        self.field_changed.emit(field)
        self._relayout_timer.start()
        if not self._autosave_timer.isActive():  # not restarted by every key: steady
            self._autosave_timer.start()  # typing is copied too

    def perform(self, operation: Operation, description: str,
                initiator: object = None) -> Changes:
        """A structural edit from the user (see model/operations.py): one undoable step.
        Returns what it changed; `initiator` (the view that asked) is named in the Changes
        that `structure_changed` carries."""
        self.end_typing_step()
        command = Structural(self, operation, description, initiator)
        self.undo_stack.push(command)
        return command.changes

    def apply_operation(self, operation: Operation, undo: bool,
                        initiator: object = None) -> Changes:
        """Do or undo a structural operation (called by commands only), tell the views what
        changed (`structure_changed`, once) and schedule the re-layout of the pages it can
        move. Returns the Changes."""
        header = _header(self.document)
        with self.document_lock:
            changes = (operation.undo(self.document) if undo
                       else operation.do(self.document)).by(initiator)
            self.edits += 1
        self._touched(self._pages_changed_by(changes, header))
        self._notes_changed = self._uses_changed = True
        for field in [f for f in self.invalid_entries
                      if f.split(".")[1] not in self.document.figures]:
            del self.invalid_entries[field]  # typing in a figure that is gone
        self.structure_changed.emit(changes)
        self._relayout_timer.start()
        if not self._autosave_timer.isActive():
            self._autosave_timer.start()
        return changes

    def _pages_changed_by(self, changes: Changes, header) -> set[int] | None:
        """The pages (indices) whose layout a structural change can change by itself (the
        layout moves on to the next while content moving on differs); None: every page.

        Pages inserted, removed or moved: that page and all after it; a block inserted,
        removed or moved: its pages; a block's field or list: the page of the block (every
        page for the running header, or when the header band itself came or went); a
        figure's attribute: the pages that show the figure; a figure inserted, removed or
        renamed, or a rule: no page by itself (its uses are changes of their own)."""
        document = self.document
        if (header and header.id) != (_header(document) and _header(document).id):
            return None
        pages: set[int] = set()
        if changes.pages_from is not None:
            pages.update(range(changes.pages_from, len(document.pages)))
        index = {page.id: number for number, page in enumerate(document.pages)}
        if self._page_figures is not None and len(self._page_figures) != len(document.pages):
            self._page_figures = None
        later: list[str] = []  # figure attributes: once the pages' figures are known
        for field in changes.fields:
            parts = field.split(".")
            if parts[0] == "pages" and len(parts) == 3:
                if parts[1] not in index:  # a page removed in the same step
                    if changes.pages_from is None:
                        return None
                    continue
                pages.add(index[parts[1]])
                if self._page_figures is not None:
                    self._page_figures[index[parts[1]]] = _figures_on(
                        document.pages[index[parts[1]]], _header(document))
            elif parts[0] == "blocks":
                shown = self._pages_showing(field)
                if shown is None:
                    return None
                pages |= shown
            elif parts[0] == "figures" and len(parts) > 2:
                later.append(field)
            elif parts[0] not in ("figures", "rules", "pages"):
                return None
        for field in later:
            shown = self._pages_showing(field)
            if shown is None:
                return None
            pages |= shown
        return pages

    def set_invalid_entry(self, field: str, entry: InvalidEntry | None) -> None:
        """Record (or, with None, clear) that a figure field holds text that is not a valid
        value; it is an error in the checks until the field holds a valid value again."""
        if entry is None and field not in self.invalid_entries:
            return
        if entry is None:
            del self.invalid_entries[field]
        else:
            self.invalid_entries[field] = entry
        self._checks_timer.start()

    def relayout(self) -> None:
        """Lay out every page again."""
        self._touched(None)
        self._relayout_changed()

    def _relayout_changed(self) -> None:
        """Lay out again the pages edits touched since the last layout."""
        self._relayout_timer.stop()
        changed, self._changed_pages = self._changed_pages, set()
        self.scene = layout_document(self.document, self.theme, setter=self.setter,
                                     previous=self.scene, changed=changed, kept=self._kept,
                                     notes_changed=self._notes_changed or changed is None,
                                     uses_changed=self._uses_changed or changed is None)
        self._notes_changed = self._uses_changed = False
        self.scene_changed.emit()
        self._checks_timer.start()

    def _touched(self, pages: set[int] | None) -> None:
        """Mark pages (indices; None: all) to be laid out again."""
        if pages is None or self._changed_pages is None:
            self._changed_pages = None
        else:
            self._changed_pages |= pages

    def _pages_showing(self, field: str) -> set[int] | None:
        """The pages whose layout a change of `field` may change; None: any page.

        A block's field changes its own page (the header band: every page, as running
        header); a figure's, the pages that show it or a figure computed from it (or rounded
        with it); its history (editions, compared on every page) and anything else: all."""
        parts = field.split(".")
        document = self.document
        if parts[0] == "blocks" and len(parts) > 2:
            found = block_position(document, parts[1])
            header = _header(document)
            if found is None or (header is not None and header.id == parts[1]):
                return None
            if self._page_figures is not None and found[0] < len(self._page_figures):
                self._page_figures[found[0]] = _figures_on(document.pages[found[0]], header)
            return {found[0]}
        if parts[0] == "figures" and len(parts) > 2 and parts[2] != "history" \
                and parts[1] in document.figures:
            shown = figures_depending_on(document, parts[1])
            if self._page_figures is None or len(self._page_figures) != len(document.pages):
                header = _header(document)
                self._page_figures = [_figures_on(page, header) for page in document.pages]
            return {index for index, used in enumerate(self._page_figures)
                    if not used.isdisjoint(shown)}
        return None

    def run_checks(self) -> None:
        """Rules, overflow and preflight (print and screen), a moment after the preview."""
        self._checks_timer.stop()
        # here, not at the top: the checks' modules load after the window's first paint
        from infographic_app.checks.report import check_for_targets

        self.problems = self.entry_problems() + check_for_targets(
            self.document, self.scene, self.theme, ("print", "screen"),
            self.language, self.setter)
        self.checks_pending = False
        self.problems_changed.emit()

    def current_scene(self) -> Scene | None:
        """The scene of the document as it is now; None while an edit waits for its layout."""
        return None if self._relayout_timer.isActive() else self.scene

    def entry_problems(self) -> list[Problem]:
        """An error for each figure field that holds text that is not a valid value."""
        problems = []
        for entry in self.invalid_entries.values():
            figure_id = entry.field.split(".")[1]
            reason = say(entry.error.key, self.language, **entry.error.params)
            message = say("entry_invalid", self.language, label=entry.label,
                          typed=entry.error.params["typed"], reason=reason,
                          shown=self.document.show(figure_id))
            problems.append(Problem(message, field=entry.field, file=str(self.path or ""),
                                    line=self.document.line_of(("figures", figure_id, "value")),
                                    severity=Severity.ERROR, element_id=f"figures.{figure_id}"))
        return problems


def _header(document: Document):
    """The header band every page without its own shows as running header."""
    return next((b for b in document.blocks() if b.kind == "header_band"), None)


def _figures_on(page: Page, header) -> set[str]:
    """The ids of the figures a page shows: its blocks', and the running header's."""
    blocks = page.blocks if header is None else [*page.blocks, header]
    return {figure_id for block in blocks for figure_id in figures_in(block.fields)}


def _typed_figure(field: str) -> str | None:
    """The figure whose value `field` is ('figures.visitors_total.value'), else None."""
    parts = field.split(".")
    return parts[1] if len(parts) == 3 and parts[0] == "figures" and parts[2] == "value" \
        else None


def _holds(path: Path, text: str) -> bool:
    """Whether the file at `path` holds `text` already (as `save` writes it: UTF-8)."""
    try:
        return path.read_bytes() == text.encode("utf-8")
    except OSError:
        return False


def backup_path(path: Path) -> Path:
    """Where the previous version of `path` is kept on save: FILE.yaml.bak beside it."""
    return path.with_name(path.name + ".bak")


def _single_shot(parent: QObject, interval: int, slot) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    timer.timeout.connect(slot)
    return timer
