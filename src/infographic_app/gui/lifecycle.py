"""The open factsheet's life cycle: open, the recovery offer, new and new edition, save and
save as, revert, the recent files and the watch on the file for changes made outside.

Handed the session, the dialogs and the settings, never the window: the window connects
its menus to these methods and shows `status` messages; `recent_changed` asks it to fill
File → Open recent again (`recent_files`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QSettings, Signal

from infographic_app.gui.desktop import is_template
from infographic_app.gui.dialogs import Dialogs
from infographic_app.gui.export_worker import write_failure
from infographic_app.gui.i18n import interface_language, place, tr
from infographic_app.gui.recent_files import start_file
from infographic_app.gui.recovery import RecoveryCopy
from infographic_app.gui.session import Session
from infographic_app.model.change_words import change_in_words, what_was_done
from infographic_app.model.changes import Change
from infographic_app.model.document import Document
from infographic_app.model.editions import (
    EditionError,
    previous_edition,
    replace_mentions,
    start_edition,
    year_mentions_through,
)
from infographic_app.model.file_rules import is_read_only, name_problem
from infographic_app.model.messages import say
from infographic_app.model.problems import InputError, Severity
from infographic_app.model.reading import load_document, load_text
from infographic_app.paths import default_document, documents_folder, templates

MAX_RECENT = 8


class DocumentLifecycle(QObject):
    """Opens, saves and replaces the session's document, asking the user through `dialogs`
    where a choice is theirs; remembers recent files in `settings` ('files/recent',
    'files/last')."""

    status = Signal(str, int)  # a message for the status bar, and for how long (ms)
    recent_changed = Signal()

    def __init__(self, session: Session, dialogs: Dialogs, settings: QSettings,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.session, self.dialogs, self.settings = session, dialogs, settings
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed_outside)
        session.document_replaced.connect(self._watch)
        session.saved.connect(self._watch)
        session.recovery_failed.connect(self._recovery_failed)

    # ------------------------------------------------------------------ opening

    def open_initial(self, path: Path | None, loaded: Document | None = None) -> bool:
        """At start: the file asked for, else the last one, else the bundled factsheet (as a
        new, untitled factsheet: a template is never saved over; recent_files.start_file);
        offer the recovery copy if the previous session ended without saving. `loaded`:
        `path` read already. Returns whether the window shows that file as it is saved (not
        another because it could not be read, nor a recovery copy)."""
        if path is None:
            loaded = None
        opened = self.open_path(start_file(self.settings, path), loaded)
        if not opened:
            self.open_path(default_document())
        return not self.offer_recovery() and opened

    def offer_recovery(self) -> bool:
        """Offer the recovery copy of the open file, or else of a new factsheet never saved.

        The copy is restored into the open file only if that file still holds the version
        the copy was made from; otherwise it opens as a new factsheet, so that restoring
        never writes one file's work into another. Returns whether a copy was restored."""
        recovery = self.session.recovery
        found = recovery.find(self.session.path) or recovery.find(None)
        if found is None:
            return False
        started_from = found.original or found.started_from
        try:
            restored = load_document(found.copy)
            compared = load_text(found.start, found.copy) if found.start is not None \
                else load_document(started_from or default_document())
        except InputError as error:
            self.dialogs.error(tr("Recovery copy unreadable"), _problems(error))
            return False
        into_file = found.matches_original()
        name = found.original.name if found.original else tr("a new factsheet")
        changes = recovered_changes(compared, restored, found, interface_language())
        if not self.dialogs.ask_restore(name, found.written, changes, into_file,
                                        saved_before=found.original is not None):
            recovery.discard(found.original)
            return False
        restored.path = found.original if into_file else None
        self.session.open(restored.path or found.copy, restored)
        # Never the recovery folder: the dialogs start where the factsheet came from.
        self.session.started_from = started_from
        self.session.copy_of = None if into_file else found.original
        self.session.start_text = found.start
        recovery.discard(found.original)  # it lives on as the open, modified document
        self.session.undo_stack.resetClean()
        self.session.write_recovery()
        return True

    def open_path(self, path: Path, loaded: Document | None = None) -> bool:
        """Open a factsheet (`loaded`: that file, read already); on bad input say why and keep
        the open document untouched. False when it was not opened."""
        template = is_template(path)
        try:
            document = loaded or load_document(path)
            if template:  # a new, untitled factsheet: Save asks where
                document.path = None
            self.session.open(path, document)
        except InputError as error:
            self.dialogs.error(tr("Cannot open {name}").format(name=path.name), _problems(error))
            return False
        if not template:
            self._remember(path)
        return True

    def open_checked(self, path: Path) -> None:
        """Open `path` after asking about unsaved changes (Open recent, a dropped file, a file
        handed over by a later start)."""
        if self.may_discard():
            self.open_path(path)

    def open_dialog(self) -> None:
        """File → Open…"""
        if not self.may_discard():
            return
        path = self.dialogs.open_path(str(self.start_folder()))
        if path:
            self.open_path(path)

    def new_document(self) -> None:
        """File → New from template: the bundled factsheet, or when several ship with the app
        the one chosen; it opens untitled (Save asks where), so no template is saved over."""
        bundled = templates() or [default_document()]
        if len(bundled) > 1:
            chosen = self.dialogs.choose_template([p.stem for p in bundled])
            if chosen is None:
                return
            bundled = [bundled[chosen]]
        if self.may_discard():
            self.open_path(bundled[0])  # a template: opens untitled

    def new_edition(self) -> bool:
        """File → New edition…: after the user's answers (gui/edition_dialog.py), the new
        edition opens as a new, unsaved factsheet with its recovery copy written at once
        (Save As gives it a name). False when nothing was started."""
        session = self.session
        document = session.document
        if document.edition is None:
            self.dialogs.error(tr("New edition"), tr(
                "This factsheet does not say which edition it is. Add a line such as "
                "'edition: 2019' at its top, after schema_version, and open it again."))
            return False
        if not self.may_discard():
            return False
        answer = self.dialogs.ask_new_edition(
            document, year_mentions_through(document, document.edition))
        if answer is None:
            return False
        label, chosen = answer
        try:
            new = start_edition(document, label)
        except EditionError as error:
            self.dialogs.error(tr("New edition"), str(error))
            return False
        replace_mentions(new, chosen, new.edition)
        session.open(session.path or default_document(), new)
        session.undo_stack.resetClean()  # not saved anywhere yet
        session.write_recovery()  # a crash before the first edit must not lose it either
        self.status.emit(tr(
            "Edition {edition}: type the new figures, or confirm them unchanged in the checks "
            "list; then Save as.").format(edition=new.edition), 15000)
        return True

    def may_discard(self) -> bool:
        """Ask about unsaved changes; True when it is fine to drop the open document."""
        if not self.session.modified:
            return True
        answer = self.dialogs.ask_save_changes(self.session.path.name if self.session.path
                                               else tr("The new factsheet"))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.session.discard_recovery()
        return answer == "discard"

    def revert(self) -> None:
        """File → Revert to saved, after asking."""
        if self.session.path and self.session.modified and \
                self.dialogs.ask_revert(self.session.path.name):
            self.session.discard_recovery()
            self.open_path(self.session.path)

    # ------------------------------------------------------------------ saving

    def save(self) -> bool:
        """File → Save; True when saved."""
        if self.session.path is None:
            return self.save_as()
        if is_read_only(self.session.path):
            return self._save_read_only_elsewhere(self.session.path)
        return self.confirm_despite_errors("save") and self._save_to(self.session.path)

    def save_as(self) -> bool:
        """Ask for a name (`suggested_path`) and save there; True when saved."""
        path = self.chosen_path(self.dialogs.save_path(str(self.suggested_path())),
                                (".yaml", ".yml"))
        if path and is_read_only(path):
            return self._save_read_only_elsewhere(path)
        return bool(path) and self.confirm_despite_errors("save") and self._save_to(path)

    def suggested_path(self) -> Path:
        """The file Save as proposes, whose name without '.yaml' every export's name starts
        with: the factsheet's own file; for a recovered copy of a file changed since, that
        file; for a new factsheet factsheet-<edition>.yaml (factsheet.yaml without an
        edition) in `start_folder`."""
        session = self.session
        if session.path or session.copy_of:
            return session.path or session.copy_of
        edition = session.document.edition
        return self.start_folder() / (f"factsheet-{edition}.yaml" if edition
                                      else "factsheet.yaml")

    def _save_read_only_elsewhere(self, path: Path) -> bool:
        """A read-only file is never replaced: the user is asked to save under another name
        (Save as) instead, or to cancel."""
        return self.dialogs.ask_save_read_only(path.name) and self.save_as()

    def _save_to(self, path: Path) -> bool:
        self.watcher.removePath(str(path))
        try:
            self.session.save(path)
        except OSError as error:
            self.dialogs.error(tr("Not saved"), tr(
                "{name} could not be saved: {reason}.\nThe file on disk was not changed; your "
                "work is still open here. Save it somewhere else with Save as.").format(
                name=path.name, reason=write_failure(error, path, self.session.language)))
            self._watch()
            return False
        self._remember(path)
        self.status.emit(tr("Saved {path}").format(path=path), 5000)
        return True

    def chosen_path(self, path: Path | None, suffixes: tuple[str, ...]) -> Path | None:
        """The path from a file dialog with the expected extension (the first of `suffixes`)
        added when it lacks one; asks before replacing a file the dialog did not ask about.
        None, after saying why, for a name Windows cannot hold (model/file_rules.py)."""
        if path is None:
            return None
        completed = path if path.suffix.lower() in suffixes \
            else path.with_name(path.name + suffixes[0])
        refused = name_problem(completed)
        if refused is not None:
            key, params = refused
            self.dialogs.error(tr("Choose another name"),
                               say(key, self.session.language, **params))
            return None
        if completed != path and completed.exists() and \
                not self.dialogs.ask_replace(completed.name):
            return None
        return completed

    def confirm_despite_errors(self, action: str) -> bool:
        """True when nothing is wrong, or the user goes ahead with `action` ('save') although
        errors of the checks list stand. (An export's checks run on its worker thread: see
        gui/export_worker.py.)"""
        session = self.session
        session.run_checks()  # the list may be a keystroke behind
        listed = self.listed(p for p in session.problems if p.severity == Severity.ERROR)
        return not listed or self.dialogs.ask_despite_problems(action, listed)

    def listed(self, problems) -> list[str]:
        """Each problem's message and, when it has one, its place in words."""
        return [p.message + (f" ({place(self.session.document, p.field)})" if p.field else "")
                for p in problems]

    def start_folder(self) -> Path:
        """Where the file dialogs (Open, Save as, Compare with, every Export) start: the
        factsheet's folder; for a factsheet not saved yet (a new edition, also as recovered
        after a crash) the folder of the file it was started from, unless that is a template
        that ships with the app; else the user's Documents folder."""
        source = self.session.path or self.session.copy_of or self.session.started_from
        if source is not None and not is_template(source) and source.parent.is_dir():
            return source.parent
        return documents_folder()

    # ------------------------------------------------------------------ recent files

    def recent_files(self) -> list[str]:
        """The recent files, newest first, reachable or not: a file on a network share or in
        a cloud folder that is offline now is kept for when it is back."""
        return [str(p) for p in self.settings.value("files/recent", [], type=list)]

    def clear_recent(self) -> None:
        """File → Open recent → Clear list: forget the recent files (not the files)."""
        self.settings.setValue("files/recent", [])
        self.recent_changed.emit()

    def _remember(self, path: Path) -> None:
        """Put `path` first in Open recent, as an absolute path: the app may be started from
        another folder next time."""
        path = Path(path).resolve()
        recent = [p for p in self.recent_files() if p != str(path)]
        recent.insert(0, str(path))
        self.settings.setValue("files/recent", recent[:MAX_RECENT])
        self.settings.setValue("files/last", str(path))
        self.recent_changed.emit()

    # ------------------------------------------------------------------ the file on disk

    def _watch(self) -> None:
        """Watch the open file (and only it) for changes made by another program."""
        for file in self.watcher.files():
            self.watcher.removePath(file)
        if self.session.path and self.session.path.exists():
            self.watcher.addPath(str(self.session.path))

    def _changed_outside(self, file: str) -> None:
        path = Path(file)
        if path.exists():
            self.watcher.addPath(file)  # editors that replace files drop the watch
        if self.session.path != path or self.session.text_on_disk_is_ours():
            return
        if not path.exists():  # moved, renamed or deleted: nothing to reload
            self.session.undo_stack.resetClean()  # closing asks to save it, so it is kept
            self.dialogs.error(tr("File moved or deleted"), tr(
                "{name} was moved, renamed or deleted outside the editor. Your factsheet is "
                "still open here: save it (File → Save as) to keep it.").format(
                name=path.name))
            return
        if self.dialogs.ask_reload(path.name):
            self.open_path(path)

    def stop_watching(self) -> None:
        """No more questions about the file on disk: the window is closed."""
        for file in self.watcher.files():
            self.watcher.removePath(file)

    def _recovery_failed(self, reason: str) -> None:
        """Say, once, that unsaved work is not protected against a crash, and what to do."""
        self.dialogs.error(tr("No recovery copy"), tr(
            "The recovery copy of your changes could not be written in {folder}: {reason}.\n"
            "Until it can, a crash would lose your unsaved changes: save now (File → Save).")
            .format(folder=self.session.recovery.folder, reason=reason))


def _problems(error: InputError) -> str:
    return "\n".join(str(problem) for problem in error.problems)


def recovered_changes(start: Document, restored: Document, found: RecoveryCopy,
                      language: str) -> list[str]:
    """What the recovery copy `found` (read as `restored`) changes in the factsheet as it
    started (`start`), in `language`: a factsheet never saved first as one line ("Nieuwe
    editie 2020, gemaakt van 2019"; "Nieuwe factsheet, gemaakt van factsheet-2019"), then
    what was done since (model/change_words.py what_was_done)."""
    lines = what_was_done(start, restored, language)
    if found.original is not None:
        return lines
    made_from = found.started_from
    previous = previous_edition(restored)
    if made_from is not None and not is_template(made_from) and previous and \
            restored.edition:
        first = say("change_new_edition", language, edition=restored.edition,
                    previous=previous)
    else:
        first = say("change_new_factsheet", language,
                    name=made_from.stem if made_from else default_document().stem)
    return [first, *lines]


def describe(change: Change, document: Document, before: Document | None = None) -> str:
    """A change for a list, in the interface language: "Cijfer 'unieke bezoekers' ›
    Waarde: 299 → 333" in the document's notation, a changed text as printed around what
    changed (model/change_words.py). `before`: the version changed from (`document` when
    not given), which names what `document` no longer has."""
    return change_in_words(change, before or document, document, interface_language())
