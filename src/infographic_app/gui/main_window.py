"""The editor window: forms, live preview, checks, figure panel and undo history in docks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QUndoView,
    QWidget,
)

from infographic_app import __version__
from infographic_app.gui.desktop import app_icon
from infographic_app.gui.i18n import chosen_language, tr
from infographic_app.gui.start_picture import StartPicture

if TYPE_CHECKING:
    import threading

    from PySide6.QtGui import QImage

    from infographic_app.gui.compare_view import CompareView
    from infographic_app.gui.export_worker import ExportRequest
    from infographic_app.gui.figure_panel import FigurePanel
    from infographic_app.gui.find_replace import FindReplaceDialog
    from infographic_app.gui.recovery import Recovery
    from infographic_app.model.document import Document

# Not Ctrl+Y: that is Redo on Windows (tests/gui/test_shortcuts.py checks every key scheme).
SOFT_PROOF_KEY = "Ctrl+Shift+P"
# Not Ctrl+E: on Linux (X11, GNOME, KDE key schemes) a text field takes it as End.
EXPORT_PRINT_KEY = "Ctrl+Shift+E"
# Keys for a standard action where the platform's key scheme has none: plain X11 (a desktop
# without a Qt theme) binds nothing to Replace, while Windows and GNOME use Ctrl+H.
FALLBACK_KEYS = {QKeySequence.StandardKey.Replace: ("Ctrl+H",)}
# At start the figure panel waits for the preview's first paint, at most this long.
START_WAIT_MS = 1500
# How long the status bar offers to open an export's file or its folder (unless another
# export replaces them): long enough to finish a thought and look for them.
EXPORT_LINKS_MS = 120_000



class MainWindow(QMainWindow):
    """The editor window: forms, preview, checks, figure panel, history and the other
    docks around one Session; menus for files, editing, structure, view and help."""
    def __init__(self, settings: QSettings, recovery: Recovery | None,
                 picture: QImage | None = None):
        """The window around a session on `recovery` (gui/recovery.py). Without `recovery`
        only its frame, for a start that shows the window before the editor is imported: the
        panels' places and titles, the menus' titles, the status bar and `picture` (the
        remembered preview, gui/start_picture.py) in the preview's place, with nothing to type
        in; build(recovery) makes the rest."""
        super().__init__()
        self.settings = settings
        self.setObjectName("main_window")
        self.setWindowIcon(app_icon())
        self.setDockNestingEnabled(True)
        self.built = False  # the editor is in the frame (build)
        self.held_requests: list[Path | None] = []  # open_requested before it was
        self.start_picture = StartPicture(picture)
        self.setCentralWidget(self.start_picture)
        self.docks = {name: self._dock(name, title, area) for name, title, area in (
            ("forms", tr("Content"), Qt.DockWidgetArea.LeftDockWidgetArea),
            ("checks", tr("Checks"), Qt.DockWidgetArea.BottomDockWidgetArea),
            ("figures", tr("Figures"), Qt.DockWidgetArea.RightDockWidgetArea),
            ("history", tr("History"), Qt.DockWidgetArea.RightDockWidgetArea),
            ("alt_texts", tr("Alt text"), Qt.DockWidgetArea.RightDockWidgetArea),
            ("figures_table", tr("Figures table"), Qt.DockWidgetArea.RightDockWidgetArea),
            ("rules", tr("Rules"), Qt.DockWidgetArea.RightDockWidgetArea))}
        self.tabifyDockWidget(self.docks["figures"], self.docks["history"])
        self.tabifyDockWidget(self.docks["history"], self.docks["alt_texts"])
        self.tabifyDockWidget(self.docks["alt_texts"], self.docks["figures_table"])
        self.tabifyDockWidget(self.docks["figures_table"], self.docks["rules"])
        self.docks["figures"].raise_()
        self.resizeDocks([self.docks["forms"], self.docks["figures"]], [470, 380],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["checks"]], [130], Qt.Orientation.Vertical)
        bar = self.menuBar()  # the titles now, the actions with the editor (_menus)
        self.menus = {name: bar.addMenu(title) for name, title in (
            ("file", tr("&File")), ("edit", tr("&Edit")), ("structure", tr("&Structure")),
            ("view", tr("&View")), ("help", tr("&Help")))}
        self.zoom_label = QLabel()
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.resize(1500, 950)
        self.default_layout = self.saveState()  # View → Reset the layout
        self.restoreGeometry(settings.value("window/geometry", b""))
        self.restoreState(settings.value("window/state", b""))
        if recovery is not None:
            self.build(recovery)

    def build(self, recovery: Recovery) -> None:
        """The editor in the frame: the session on `recovery`, the preview in the picture's
        place, the panels in their docks, the menus' actions."""
        from infographic_app.gui.accessibility import name_inputs
        from infographic_app.gui.alt_text_panel import AltTextPanel
        from infographic_app.gui.checks_panel import ChecksPanel
        from infographic_app.gui.dialogs import Dialogs
        from infographic_app.gui.element_menu import ElementActions
        from infographic_app.gui.export_worker import Exporter
        from infographic_app.gui.figures_table import FiguresTable
        from infographic_app.gui.forms import Forms
        from infographic_app.gui.lifecycle import DocumentLifecycle
        from infographic_app.gui.preview import Preview
        from infographic_app.gui.rules_panel import RulesPanel
        from infographic_app.gui.session import Session
        from infographic_app.gui.structure_actions import StructureActions

        self.dialogs = Dialogs(self)
        self.session = Session(recovery, chosen_language(self.settings), self)
        self.exporter = Exporter(self)
        self.files = DocumentLifecycle(self.session, self.dialogs, self.settings, self)
        self.setAcceptDrops(True)
        self.preview = Preview(self.session)
        self.start_picture.hold(self.preview)  # where the picture was
        self.preview.setAccessibleName(tr("Preview"))
        self.preview.setAccessibleDescription(tr(
            "The pages of the factsheet as they will be printed. Click a text or a figure to "
            "edit it in the forms."))
        self.actions = StructureActions(self.session, lambda: self.dialogs, self)
        self.element_actions = ElementActions(self.actions,
                                              lambda name: self.forms.focus_field(name), self)
        self.forms = Forms(self.session, actions=self.actions,
                           act_on_entry=self.element_actions.act_on)
        self.checks = ChecksPanel(self.session)
        self.figures: FigurePanel | None = None  # pyqtgraph loads after the window shows
        self._trend_figure: str | None = None  # the figure shown over the editions
        self.compare_view: CompareView | None = None
        self.find_dialog: FindReplaceDialog | None = None
        self.help_window: QWidget | None = None  # Help → Factsheet studio help (F1)
        self.alt_texts = AltTextPanel()
        self.figures_table = FiguresTable(self.session, self.actions)
        self.rules = RulesPanel(self.session, self.actions)
        self.history = QUndoView(self.session.undo_stack)
        self.history.setEmptyLabel(tr("Opened"))
        for name, panel in (("forms", self.forms), ("checks", self.checks),
                            ("figures", QLabel()), ("history", self.history),
                            ("alt_texts", self.alt_texts), ("figures_table", self.figures_table),
                            ("rules", self.rules)):
            self.docks[name].setWidget(panel)
            name_inputs(panel, self.docks[name].windowTitle())  # a table is named after its panel
        self._menus()
        self._connect()
        self.export_links: list[QPushButton] = []  # Open, Show folder after an export
        self.export_links_timer = QTimer(self, singleShot=True)
        self.export_links_timer.timeout.connect(self._clear_export_links)
        self.built = True

    def _dock(self, name: str, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
        """An empty dock: its panel comes with the editor (build)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(QWidget())
        self.addDockWidget(area, dock)
        return dock

    def _action(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # Every binding the platform has for it (Redo: Ctrl+Y and Ctrl+Shift+Z on
            # Windows); setShortcut would keep only the first.
            action.setShortcuts(QKeySequence.keyBindings(shortcut)
                                or [QKeySequence(k) for k in FALLBACK_KEYS.get(shortcut, ())])
            action.setProperty("standard_key", shortcut.name)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def _menus(self) -> None:
        from infographic_app.gui.commands import redo_keys, undo_keys
        from infographic_app.gui.preview import FIT_PAGE, FIT_WIDTH

        keys = QKeySequence.StandardKey
        file = self.menus["file"]
        self._action(file, tr("&New from template"), self.files.new_document, keys.New)
        self._action(file, tr("&Open…"), self.files.open_dialog, keys.Open)
        self._action(file, tr("New e&dition…"), self.files.new_edition)
        self._action(file, tr("&Confirm all figures unchanged…"),
                     self.confirm_all_unchanged)
        compare = file.addMenu(tr("&Compare with"))
        self._action(compare, tr("The &previous edition (the figures' history)"),
                     self.compare_with_previous)
        self._action(compare, tr("&Another factsheet…"), self.compare_with_file)
        self.recent_menu = file.addMenu(tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file.addSeparator()
        self._action(file, tr("&Save"), self.files.save, keys.Save)
        self._action(file, tr("Save &as…"), self.files.save_as, keys.SaveAs)
        self._action(file, tr("Re&vert to saved"), self.files.revert)
        file.addSeparator()
        export = file.addMenu(tr("&Export"))
        self._action(export, tr("PDF for the &print shop…"), lambda: self.export("print"),
                     EXPORT_PRINT_KEY)
        self._action(export, tr("PDF for &screens…"), lambda: self.export("screen"))
        self._action(export, tr("P&NG images…"), lambda: self.export("png"))
        self._action(export, tr("&Web page…"), lambda: self.export("html"))
        self._action(export, tr("&Social media…"), self.export_card)
        self._action(export, tr("Proof sheet (figures for the second &reader)…"),
                     lambda: self.export("proof"))
        self._action(file, tr("&Print proof…"), self.print_proof, keys.Print)
        file.addSeparator()
        self._action(file, tr("&Quit"), self.close, keys.Quit)

        edit = self.menus["edit"]
        # The factsheet's history, also while a form field has the focus (its own undo
        # would add steps instead of undoing them) and in a floating panel.
        undo = self.session.undo_stack.createUndoAction(self, tr("&Undo"))
        undo.setShortcuts(undo_keys())
        redo = self.session.undo_stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcuts(redo_keys())
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        edit.addActions([undo, redo])
        self.undo_action, self.redo_action = undo, redo
        edit.addSeparator()
        self._action(edit, tr("&Find…"), self.find_replace, keys.Find)  # Ctrl+F: the same
        self._action(edit, tr("&Find and replace…"), self.find_replace, keys.Replace)
        edit.addSeparator()
        self._action(edit, tr("&Preferences…"), self.preferences, keys.Preferences)

        self._structure_menu(self.menus["structure"])

        view = self.menus["view"]
        self._action(view, tr("Fit &width"), lambda: self.preview.set_zoom(FIT_WIDTH), "Ctrl+1")
        self._action(view, tr("Fit &page"), lambda: self.preview.set_zoom(FIT_PAGE), "Ctrl+2")
        self._action(view, tr("&Actual size (100%)"), self.preview.actual_size, "Ctrl+0")
        self._action(view, tr("Zoom &in"), lambda: self.preview.zoom_by(1.25), keys.ZoomIn)
        self._action(view, tr("Zoom &out"), lambda: self.preview.zoom_by(0.8), keys.ZoomOut)
        view.addSeparator()
        proof = self._action(view, tr("Simulate &print colours (soft proof)"),
                             lambda: self.preview.set_proof(proof.isChecked()), SOFT_PROOF_KEY)
        proof.setCheckable(True)
        view.addSeparator()
        self._action(view, tr("Ne&xt panel"), lambda: self.next_panel(1), "F6")
        self._action(view, tr("Pre&vious panel"), lambda: self.next_panel(-1), "Shift+F6")
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        self._action(view, tr("&Reset the layout"), self.reset_layout)

        help_menu = self.menus["help"]
        self._action(help_menu, tr("Factsheet studio &help"), self.show_help, keys.HelpContents)
        self._action(help_menu, tr("&About Factsheet studio"), self.about)

    def reset_layout(self) -> None:
        """View → Reset the layout: every panel back where it starts, docked and shown
        (after one was undocked, closed or dragged away by accident)."""
        for dock in self.docks.values():
            dock.setFloating(False)
        self.restoreState(self.default_layout)
        for dock in self.docks.values():
            dock.show()
        self.docks["figures"].raise_()

    def next_panel(self, step: int) -> None:
        """F6 (Shift+F6: back): the keyboard focus to the next panel that is shown: the
        forms, the preview, then each open panel (checks, figures, rules ...) in turn."""
        panels = [self.forms, self.preview,
                  *(dock.widget() for dock in self.docks.values() if dock.isVisible())]
        focused = QApplication.focusWidget()
        now = next((i for i, panel in enumerate(panels)
                    if focused is not None and (focused is panel or panel.isAncestorOf(focused))),
                   -1 if step > 0 else 0)
        panel = panels[(now + step) % len(panels)]
        target = panel if panel.focusPolicy() != Qt.FocusPolicy.NoFocus else next(
            (w for w in panel.findChildren(QWidget) if w.isVisible()
             and w.focusPolicy() != Qt.FocusPolicy.NoFocus), panel)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _structure_menu(self, menu: QMenu) -> None:
        """Figures, blocks, pages and rules: added here, changed in the forms and panels."""
        actions = self.actions
        self._action(menu, tr("New &figure…"), actions.add_figure, "Ctrl+Shift+F")
        self._action(menu, tr("New &rule…"), actions.add_rule)
        menu.addSeparator()
        blocks = menu.addMenu(tr("Add &block"))
        blocks.aboutToShow.connect(lambda: self._fill_block_menu(blocks))
        self._action(menu, tr("Add &page"), actions.add_page)
        remove = menu.addMenu(tr("Remove pa&ge"))
        remove.aboutToShow.connect(lambda: self._fill_page_menu(remove))
        menu.addSeparator()  # the entry or block being edited (gui/element_menu.py)
        menu.addActions(list(self.element_actions.keys.values()))

    def _fill_block_menu(self, menu: QMenu) -> None:
        from infographic_app.gui.structure_widgets import block_menu

        menu.clear()
        for number, page in enumerate(self.session.document.pages, start=1):
            menu.addMenu(block_menu(self.actions, page.id, parent=menu)).setText(
                tr("On page {number}").format(number=number))

    def _fill_page_menu(self, menu: QMenu) -> None:
        menu.clear()
        for number, page in enumerate(self.session.document.pages, start=1):
            self._action(menu, tr("Page {number}").format(number=number),
                         lambda p=page.id: self.actions.remove_page(p))

    def _connect(self) -> None:
        from infographic_app.gui.session import PANELS_DELAY_MS

        session = self.session
        # Bound methods, not lambdas: Qt drops them with the window, so nothing calls a
        # deleted window while the undo stack and timers wind down.
        session.undo_stack.cleanChanged.connect(self._update_title)
        session.document_replaced.connect(self._document_replaced)
        session.saved.connect(self._update_title)
        self.files.status.connect(self.statusBar().showMessage)
        self.files.recent_changed.connect(self._fill_recent_menu)
        session.problems_changed.connect(self._update_title)
        # The panels beside the preview (figure charts, alt texts) follow when typing pauses,
        # as the checks do: on every key, the preview comes first.
        self._panels_timer = QTimer(self)
        self._panels_timer.setSingleShot(True)
        self._panels_timer.setInterval(PANELS_DELAY_MS)
        self._panels_timer.timeout.connect(self._scene_changed)
        session.scene_changed.connect(self._panels_timer.start)
        self.preview.first_painted.connect(self._first_painted)
        # Should the preview not paint (a window never shown), the rest comes all the same.
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(START_WAIT_MS)
        self._start_timer.timeout.connect(self._load_figure_panel)
        self._start_timer.start()
        self.preview.element_clicked.connect(self.forms.focus_field)
        self.preview.zoom_changed.connect(self._show_zoom)
        self.forms.field_focused.connect(self.preview.show_element)
        self.forms.field_focused.connect(self._field_focused)
        self.forms.field_focused.connect(self.element_actions.set_current)
        self.preview.context_requested.connect(self.element_actions.popup)
        self.element_actions.target_shown.connect(self.preview.show_element)
        self.checks.field_requested.connect(self.forms.focus_field)
        self.checks.fix_requested.connect(self._apply_fix)
        self.alt_texts.field_requested.connect(self.forms.focus_field)
        self.figures_table.field_requested.connect(self.forms.focus_field)
        self.docks["figures_table"].visibilityChanged.connect(self.figures_table.shown)
        self._stale_panels: set[str] = set()
        for name in ("alt_texts", "figures"):
            self.docks[name].visibilityChanged.connect(
                lambda visible, name=name: self._panel_shown(name, visible))
        self.exporter.finished.connect(self._export_finished)
        self.exporter.failed.connect(self._export_failed)
        self.exporter.refused.connect(self._export_refused)

    # ------------------------------------------------------------------ documents

    def _document_replaced(self) -> None:
        self._scene_changed()
        self._update_title()

    def _fill_recent_menu(self) -> None:
        """File → Open recent, as it is when the menu opens: each recent file, the ones that
        cannot be reached now (deleted, or on a share or drive not connected) greyed out and
        marked so, without waiting on them (gui/recent_files.py); and Clear list."""
        from infographic_app.gui.recent_files import reachable

        menu = self.recent_menu
        menu.clear()
        recent = self.files.recent_files()
        found = reachable(recent)
        for item in recent:
            if found[item]:
                self._action(menu, item, lambda p=item: self.files.open_checked(Path(p)))
            else:
                menu.addAction(tr("{path} (not reachable now)").format(path=item)) \
                    .setEnabled(False)
        if not recent:
            menu.addAction(tr("No recent files")).setEnabled(False)
        menu.addSeparator()
        self._action(menu, tr("&Clear list"), self.files.clear_recent).setEnabled(bool(recent))

    def open_requested(self, path: Path | None) -> None:
        """A factsheet handed over by a later start of the app (gui/single_instance.py) or by
        the system (macOS Finder); None: the app was started again without one. The window
        comes to the front and opens the file, asking first about unsaved changes, unless
        it is the one open already. Before the editor is built, the request waits for
        open_held_requests."""
        if not self.built:
            self.held_requests.append(path)
            return
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
        if path is None:
            return
        open_now = self.session.path
        if open_now is None or Path(path).resolve() != Path(open_now).resolve():
            self.files.open_checked(Path(path))

    def open_held_requests(self) -> None:
        """Open what was asked for while the window started (open_requested), in turn: after
        the file it starts on, as if asked a moment later."""
        held, self.held_requests = self.held_requests, []
        for path in held:
            self.open_requested(path)

    def _first_painted(self) -> None:
        """The window is on screen with the factsheet: now the figure panel (importing
        pyqtgraph takes a while), once the work queued behind the first frame (the forms'
        fields) is built and painted."""
        if self.figures is None:
            _after_queued_work(self, self._load_figure_panel)

    def remember_start_picture(self, path: Path) -> threading.Thread | None:
        """Keep the preview as painted now, with the window's title, for the next start of
        `path` (gui/start_picture.py): call it when the preview shows that file as saved.
        Returns the thread that writes it (None: `path` cannot be read)."""
        from infographic_app.gui.start_picture import remember
        from infographic_app.model.theme import named_files

        return remember(path, self.session.language, self.preview.grab().toImage(),
                 self.windowTitle(), named_files(self.session.theme))

    def _load_figure_panel(self) -> None:
        """The figure panel, once the window is on screen: importing pyqtgraph takes a while."""
        self._start_timer.stop()
        if self.figures is not None:
            return
        from infographic_app.gui.accessibility import name_inputs
        from infographic_app.gui.figure_panel import FigurePanel

        self.figures = FigurePanel()
        self.figures.figure_activated.connect(self._figure_activated)
        self.docks["figures"].setWidget(self.figures)
        name_inputs(self.figures, self.docks["figures"].windowTitle())
        self._scene_changed()
        if self._trend_figure:
            self.figures.trend.show_figure(self._trend_figure)

    def _scene_changed(self) -> None:
        """The side panels follow the document when typing pauses. A panel not on screen (a
        tab behind another) follows when it is shown: a 50-page factsheet has 150 charts."""
        self._panels_timer.stop()
        self._stale_panels = {"alt_texts", "figures"}
        for name in sorted(self._stale_panels):
            if self._on_screen(self.docks[name]):
                self._refresh_panel(name)

    def _on_screen(self, dock: QDockWidget) -> bool:
        """Whether `dock` is not a tab behind another (a hidden or minimised window counts as
        on screen: its panels are up to date when it comes back)."""
        return not self.isVisible() or self.isMinimized() or not dock.visibleRegion().isEmpty()

    def _panel_shown(self, name: str, visible: bool) -> None:
        if visible and name in self._stale_panels:
            self._refresh_panel(name)

    def _refresh_panel(self, name: str) -> None:
        document = self.session.document
        panel = self.alt_texts if name == "alt_texts" else self.figures
        if document is None or panel is None:  # the figure panel shows it when it loads
            return
        panel.set_document(document)
        self._stale_panels.discard(name)

    def _show_zoom(self, scale: float) -> None:
        self.zoom_label.setText(f"{scale * 72 / self.logicalDpiX() * 100:.0f}%")

    def _field_focused(self, field: str) -> None:
        """A figure's field has the focus: the figure panel shows it over the editions."""
        parts = field.split(".")
        if parts[0] == "figures" and len(parts) > 1:
            self._trend_figure = parts[1]
            if self.figures is not None:
                self.figures.trend.show_figure(parts[1])

    def _figure_activated(self, figure_id: str) -> None:
        self.forms.focus_field(f"figures.{figure_id}")

    def confirm_all_unchanged(self) -> None:
        """File → Confirm all figures unchanged… (gui/fixes.py)."""
        from infographic_app.gui.fixes import confirm_all_unchanged

        message = confirm_all_unchanged(self.session, self.dialogs)
        if message:
            self.statusBar().showMessage(message, 5000)

    def _update_title(self, *_) -> None:
        name = self.session.path.name if self.session.path else tr("New factsheet")
        self.setWindowTitle(f"{name}[*] — Factsheet studio")
        self.setWindowModified(self.session.modified)

    def compare_with_previous(self) -> None:
        """File → Compare with → The previous edition: the figures' history beside them."""
        from infographic_app.model.comparison import as_previous_edition

        if as_previous_edition(self.session.document) is None:
            self.dialogs.error(tr("Compare"), tr(
                "This factsheet has no earlier edition in its figures' history (it is a first "
                "edition). Compare it with last year's factsheet file instead."))
            return
        self._show_comparison(None, "")

    def compare_with_file(self) -> None:
        """File → Compare with → Another factsheet…"""
        path = self.dialogs.compare_path(str(self.files.start_folder()))
        if not path:
            return
        from infographic_app.gui.compare_view import load_other  # not needed at start

        other = load_other(self.dialogs, Path(path))
        if other is not None:
            self._show_comparison(other, Path(path).name)

    def _show_comparison(self, other: Document | None, name: str) -> None:
        if self.compare_view is not None:
            self.compare_view.close()
            self.compare_view.deleteLater()
        from infographic_app.gui.compare_view import CompareView  # not needed at start

        self.compare_view = CompareView(self.session, self.compare_with_file, other, name, self)
        self.compare_view.show()
        self.compare_view.raise_()

    def find_replace(self) -> None:
        """Edit → Find and replace (the platform's Replace key, Ctrl+H on Windows and GNOME), with
        the selected text to find."""
        if self.find_dialog is None:
            from infographic_app.gui.find_replace import FindReplaceDialog  # not at start

            self.find_dialog = FindReplaceDialog(self.session, self.forms.focus_field,
                                                 self.statusBar().showMessage, self)
        focused = self.focusWidget()
        selected = focused.selectedText() if hasattr(focused, "selectedText") else \
            focused.textCursor().selectedText() if hasattr(focused, "textCursor") else ""
        if selected and "\u2029" not in selected:
            self.find_dialog.find.setText(selected)
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.activateWindow()
        self.find_dialog.find.setFocus()
        self.find_dialog.find.selectAll()
        self.find_dialog.refresh()

    def _apply_fix(self, fix: str) -> None:
        from infographic_app.checks.disclosure import KEY_FIGURES_FIX
        from infographic_app.gui.fixes import apply_fix
        from infographic_app.layout.reordering import MOVE_FIX, read_fix

        kind, _, target = fix.partition(":")
        if kind == "new_page":  # a structural edit: one undo step through the actions
            self.actions.new_page_from(target)
        elif kind == "add_page":
            self.actions.add_page()
        elif kind == "disclose":
            self._confirm_disclosure(target)
        elif kind == "merge":
            self.actions.merge_figure(target)
        elif kind == KEY_FIGURES_FIX:  # a chart that would draw a hidden count by its size
            self.actions.set_chart_kind(target, "big_numbers")
        elif kind == MOVE_FIX:  # another order of the themes, in which everything fits
            move = read_fix(self.session.document, target)
            self.actions.move_entry(move.container, move.entry_id, move.delta)
        else:
            apply_fix(self.session, fix)

    def _confirm_disclosure(self, figure_id: str) -> None:
        """Print a small count as it is, with the reason the user gives (stored in the file
        and shown in the proof sheet), as one undo step; nothing without a reason."""
        label = self.session.document.figures[figure_id].label or figure_id
        reason = self.dialogs.ask_text(
            tr("Confirm with a reason"),
            tr("Why may '{label}' be printed as it is? (shown in the proof sheet)").format(
                label=label), "")
        if reason and reason.strip():
            self.session.end_typing_step()
            self.session.edit(f"figures.{figure_id}.disclosure_reason", reason.strip(),
                              tr("Confirm with a reason: {label}").format(label=label))
            self.session.end_typing_step()

    # ------------------------------------------------------------------ export

    def export(self, kind: str) -> None:
        from infographic_app.gui.export_names import export_file_name
        from infographic_app.gui.export_worker import ExportRequest

        folder = self.files.start_folder()
        stem = self.files.suggested_path().stem  # the name Save as proposes
        name = export_file_name(stem, kind)
        file_filter = {"png": "PNG (*.png)", "html": tr("Web page (*.html)")}.get(
            kind, "PDF (*.pdf)")
        path = self.files.chosen_path(
            self.dialogs.export_path(str(folder / name), file_filter),
            (name[name.rfind("."):],))
        if not path:
            return
        from infographic_app.gui.preferences import verify_exports

        request = ExportRequest(kind, path, language=self.session.language,
                                verify=verify_exports(self.settings))
        if kind == "png":
            options = self.dialogs.png_options(len(self.session.scene.pages))
            if options is None:
                return
            request = replace(request, dpi=options[1], page=options[0])
        self._start_export(request)

    def _start_export(self, request: ExportRequest) -> None:
        """Hand the export to the worker: its checks run there (the proof sheet's never:
        it lists what is wrong), and their errors come back as a question
        (`_export_refused`)."""
        self.statusBar().showMessage(tr("Exporting {name}…").format(name=request.path.name))
        self.exporter.start(request, self.session)

    def _export_refused(self, request: ExportRequest, errors: list) -> None:
        self.statusBar().clearMessage()
        if self.dialogs.ask_despite_problems("export", self.files.listed(errors)):
            self._start_export(replace(request, force=True))

    def export_card(self) -> None:
        """File → Export → Social media: a card of a chosen figure or theme in a chosen
        format, as a PNG with its alt text beside it."""
        from infographic_app.gui.export_names import export_file_name
        from infographic_app.gui.export_worker import ExportRequest

        choice = self.dialogs.card_options(self.session.document)
        if choice is None:
            return
        target, size = choice
        folder = self.files.start_folder()
        stem = self.files.suggested_path().stem  # the name Save as proposes
        path = self.files.chosen_path(self.dialogs.export_path(
            str(folder / export_file_name(stem, "card", size)), "PNG (*.png)"),
            (".png",))
        if not path:
            return
        self._start_export(ExportRequest("card", path, target=target, size=size,
                                         language=self.session.language))

    def print_proof(self) -> None:
        """File → Print proof… (Ctrl+P): the pages as the print PDF shows them, on a printer
        the user picks in Qt's print dialog (A4, the pages fitted to what it can print)."""
        from infographic_app.render.qt_painter import paint_pages

        name = self.session.path.name if self.session.path else tr("New factsheet")
        printer = self.dialogs.choose_printer(name)
        if printer is None:
            return
        paint_pages(self.session.scene, printer)
        self.statusBar().showMessage(tr("Sent {name} to {printer}").format(
            name=name, printer=printer.printerName() or printer.outputFileName()), 10000)

    def _export_finished(self, request: ExportRequest, written: list) -> None:
        status = self.statusBar()
        status.showMessage(tr("Exported {files}").format(
            files=", ".join(p.name for p in written)), 15000)
        # Permanent widgets: a message hides the status bar's other widgets while it shows.
        # The buttons of an earlier export make way for these.
        self._clear_export_links()
        for text, url in ((tr("Open"), written[0]), (tr("Show folder"), written[0].parent)):
            button = QPushButton(text)
            button.setObjectName("export_link")
            button.setFlat(True)
            button.clicked.connect(lambda _=False, u=url: QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(u))))
            status.addPermanentWidget(button)
            self.export_links.append(button)
        self.export_links_timer.start(EXPORT_LINKS_MS)

    def _clear_export_links(self) -> None:
        """Take away the last export's Open and Show folder buttons."""
        for button in self.export_links:
            self.statusBar().removeWidget(button)
            button.deleteLater()
        self.export_links = []

    def _export_failed(self, request: ExportRequest, reason: str) -> None:
        self.statusBar().clearMessage()
        self.dialogs.error(tr("Export failed"), tr(
            "{name} was not exported: {reason}\nAn earlier file of that name is unchanged.")
            .format(name=request.path.name, reason=reason))

    # ------------------------------------------------------------------ window

    def preferences(self) -> None:
        from infographic_app.gui.preferences import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()

    def show_help(self) -> None:
        """Help → Factsheet studio help (F1): the README's user part (gui/help_window.py)."""
        from infographic_app.gui.help_window import HelpWindow

        if self.help_window is None:
            self.help_window = HelpWindow(self)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()

    def about(self) -> None:
        """Help → About Factsheet studio (window-modal; `about_dialog` while open)."""
        from infographic_app.gui.preferences import AboutDialog

        self.about_dialog = AboutDialog(__version__, self)
        self.about_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog.open()

    def dragEnterEvent(self, event) -> None:
        if any(url.toLocalFile().endswith((".yaml", ".yml")) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls()
                 if u.toLocalFile().endswith((".yaml", ".yml"))]
        if files:
            self.files.open_checked(Path(files[0]))

    def closeEvent(self, event) -> None:
        if not self.built:  # closed while it starts: nothing opened, nothing to keep
            event.accept()
            return
        if not self.files.may_discard():
            event.ignore()
            return
        self.session.discard_recovery()
        self.files.stop_watching()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()
        event.accept()


def _after_queued_work(parent: QObject, slot: Callable[[], None], turns: int = 2) -> None:
    """Call `slot` after `turns` turns of zero timers: each runs after the timers that were
    due before it and, from the second on, after the events those posted (the paint of what
    they built). QTimer.singleShot(0) would post a call that runs before both."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(0)

    def turn() -> None:
        nonlocal turns
        turns -= 1
        if turns:
            timer.start()
        else:
            timer.deleteLater()
            slot()

    timer.timeout.connect(turn)
    timer.start()
