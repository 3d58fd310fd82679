"""The editor as a desktop application: names for screen readers, keys that work on every
platform, an icon, and the bundled factsheet as a template that is never saved over."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from infographic_app.gui.accessibility import is_input, spoken_name, unnamed_inputs
from infographic_app.gui.desktop import APP_ID, app_icon, icon_file, is_template
from infographic_app.paths import default_document

from driving import scroll_forms_through, type_into


def _all_built(qtbot, window):
    """The window with the figure panel (loaded after it shows) and the forms built (scrolled
    through)."""
    qtbot.waitUntil(lambda: window.figures is not None)
    scroll_forms_through(window)
    return [w for w in window.findChildren(QWidget) if is_input(w)]


def _unnamed(window) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}"
            for w in unnamed_inputs(window)]


def test_every_input_has_a_name_for_screen_readers(qtbot, window):
    inputs = _all_built(qtbot, window)
    assert len(inputs) > 250  # forms, panels, preview: the whole window was looked at
    assert _unnamed(window) == []
    editors = window.forms.editors
    # A multi-line text and a figure field: named after their labels, with the block or
    # figure they belong to as the description.
    intro = editors["blocks.intro.text"]
    assert intro.accessibleName() == "Text"
    assert intro.accessibleDescription() == "Nederlandse minderjarige slachtoffers onzichtbaar"
    visitors = editors["figures.visitors_total.value"]
    assert visitors.accessibleName() == window.session.document.figures["visitors_total"].label
    assert editors["figures.visitors_total.source"].accessibleDescription() == \
        visitors.accessibleName()
    bold = [w for w in window.forms.findChildren(QWidget) if getattr(w, "text", None)
            and callable(w.text) and w.text() == "B"]
    assert bold and {spoken_name(b) for b in bold} == {"Bold"}  # not "B"
    assert window.preview.accessibleName() == "Preview"
    assert "printed" in window.preview.accessibleDescription()


def test_every_input_has_a_name_in_dutch_too(qtbot, dutch, make_window):
    window = make_window()
    _all_built(qtbot, window)
    assert _unnamed(window) == []
    assert window.forms.editor_for("blocks.intro.text").accessibleName() == "Tekst"
    assert window.preview.accessibleName() == "Voorbeeld"


def test_the_names_stay_after_the_forms_are_built_again(qtbot, window):
    window.actions.add_page()  # a structural edit: the forms are built again
    qtbot.waitUntil(lambda: not window.forms._rebuild_timer.isActive())
    _all_built(qtbot, window)
    assert _unnamed(window) == []


def test_redo_keys_of_windows_and_linux_both_work_in_a_field(qtbot, window):
    """Offscreen Qt uses the Windows key scheme, where Ctrl+Y was also the soft proof's."""
    type_into(qtbot, window, "figures.visitors_total.value", "300")
    editor = window.forms.editor_for("figures.visitors_total.value")
    figures = window.session.document.figures
    for redo in ("Y", "Shift+Z"):
        qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert figures["visitors_total"].value == 299
        modifiers = Qt.KeyboardModifier.ControlModifier
        if redo.startswith("Shift"):
            modifiers |= Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(editor, getattr(Qt.Key, f"Key_{redo[-1]}"), modifiers)
        assert figures["visitors_total"].value == 300, redo
    assert not window.preview.proof


def test_soft_proof_has_its_own_key(qtbot, window):
    window.preview.setFocus()
    qtbot.keyClick(window.preview, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.preview.proof


def test_the_window_has_the_app_icon(window):
    assert icon_file().name == f"{APP_ID}.svg" and icon_file().is_file()
    assert not window.windowIcon().isNull()
    assert window.windowIcon().cacheKey() != 0
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes


def test_the_bundled_factsheet_opens_untitled_and_is_never_saved_over(qtbot, make_window,
                                                                      tmp_path):
    template = default_document()
    before = template.read_bytes()
    assert is_template(template)
    window = make_window()  # no file given, none opened before: the bundled factsheet
    assert window.session.path is None
    assert window.windowTitle().startswith("New factsheet")
    type_into(qtbot, window, "figures.visitors_total.value", "321")
    window.dialogs.next_path = None  # Save asks where; the user cancels
    assert not window.files.save()
    assert template.read_bytes() == before
    window.dialogs.next_path = tmp_path / "factsheet-2020"
    assert window.files.save()
    assert template.read_bytes() == before
    assert window.session.path == tmp_path / "factsheet-2020.yaml"
    assert "321" in (tmp_path / "factsheet-2020.yaml").read_text(encoding="utf-8")
    recent = window.settings.value("files/recent", [], type=list)
    assert str(template) not in recent and str(template.resolve()) not in recent


def test_opening_the_template_by_name_or_as_last_file_opens_it_untitled(make_window, tmp_path):
    window = make_window()
    window.settings.setValue("files/last", str(default_document()))  # an older version's
    assert window.files.open_path(default_document())
    assert window.session.path is None
    assert str(default_document().resolve()) not in window.settings.value(
        "files/recent", [], type=list)
    again = make_window()
    assert again.session.path is None
    mine = tmp_path / "mine.yaml"
    mine.write_bytes(default_document().read_bytes())
    assert not is_template(mine) and again.files.open_path(mine) and again.session.path == mine


def test_the_template_is_recognised_by_its_folder_not_its_name(tmp_path):
    assert is_template(default_document())
    assert not is_template(tmp_path / default_document().name)
    assert not is_template(Path("factsheet-2019.yaml"))


def test_ctrl_b_and_ctrl_i_wrap_the_selection_in_a_text_field(qtbot, window):
    from PySide6.QtGui import QTextCursor

    from infographic_app.gui.forms import RichTextEdit

    field, editor = next((f, e) for f, e in window.forms.editors.items()
                         if isinstance(e, RichTextEdit))
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.setPlainText("een woord hier")
    for key, marker in ((Qt.Key.Key_B, "**"), (Qt.Key.Key_I, "*")):
        editor.setPlainText("een woord hier")
        cursor = editor.textCursor()
        cursor.setPosition(4)
        cursor.setPosition(9, QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        qtbot.keyClick(editor, key, Qt.KeyboardModifier.ControlModifier)
        assert editor.toPlainText() == f"een {marker}woord{marker} hier"
        QApplication.processEvents()
        assert window.session.value(field) == f"een {marker}woord{marker} hier"
    assert not window.preview.proof


def test_f1_in_dutch_shows_dutch_help_naming_the_dutch_menus(qtbot, dutch, make_window,
                                                             tmp_path):
    from pathlib import Path

    copy = tmp_path / "factsheet.yaml"
    copy.write_bytes((Path(__file__).resolve().parents[2] / "data" / "factsheet-2019.yaml")
                     .read_bytes())
    window = make_window(copy)
    window.preview.setFocus()
    qtbot.keyClick(window.preview, Qt.Key.Key_F1)
    shown = window.help_window
    assert shown is not None and shown.isVisible()
    assert shown.windowTitle() != "Factsheet studio help"
    text = shown.browser.toPlainText()
    assert "De editor" in text and "Links de formulieren" in text
    assert "Het factsheetbestand" in text
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    for menu in ("Bestand", "Bewerken", "Opbouw", "Beeld"):
        assert menu in menus and f"{menu} →" in text
    assert "Exporteren" in text and "Bestand → Exporteren" in text
    assert "The editor" not in text and "File →" not in text and "Edit →" not in text


def test_f1_shows_the_user_part_of_the_readme(qtbot, window):
    from infographic_app.gui.help_window import user_guide
    from infographic_app.paths import readme_file

    window.preview.setFocus()
    qtbot.keyClick(window.preview, Qt.Key.Key_F1)
    shown = window.help_window
    assert shown is not None and shown.isVisible()
    text = shown.browser.toPlainText()
    assert "The editor" in text and "Forms on the left" in text  # the editor section
    assert "The factsheet file" in text and "Writing numbers" in text
    assert "Install the desktop app" not in text and "Command line" not in text
    guide = user_guide(readme_file().read_text(encoding="utf-8"))
    assert guide.startswith("## The editor") and "## The theme" not in guide


def test_the_bundle_carries_the_help():
    """The wheel's copy is checked by tests/test_packaging.py; the bundle's spec adds it."""
    root = Path(__file__).resolve().parents[2]
    assert '"README.md"), "infographic_app")' in (
        root / "packaging" / "infographic-app.spec").read_text(encoding="utf-8")


def test_recent_files_keep_unreachable_files_greyed_out_and_can_be_cleared(qtbot, window,
                                                                          tmp_path):
    others = []
    for name in ("a.yaml", "b.yaml"):
        other = tmp_path / name
        other.write_bytes(default_document().read_bytes())
        assert window.files.open_path(other)
        others.append(other)

    def listed() -> list[str]:
        window.recent_menu.aboutToShow.emit()
        return [a.text() for a in window.recent_menu.actions()
                if a.isEnabled() and not a.isSeparator()]

    def greyed() -> list[str]:
        return [a.text() for a in window.recent_menu.actions()
                if not a.isEnabled() and not a.isSeparator()]

    clear = "&Clear list"
    assert listed() == [str(others[1]), str(others[0]), str(tmp_path / "factsheet.yaml"), clear]
    moved = others[0].rename(tmp_path / "away.yaml")  # a share disconnected, a file moved
    assert listed() == [str(others[1]), str(tmp_path / "factsheet.yaml"), clear]
    assert greyed() == [f"{others[0]} (not reachable now)"]
    assert str(others[0]) in window.settings.value("files/recent", [], type=list)  # kept
    moved.rename(others[0])  # back again
    assert listed() == [str(others[1]), str(others[0]), str(tmp_path / "factsheet.yaml"), clear]
    [clear_action] = [a for a in window.recent_menu.actions() if a.text() == clear]
    clear_action.trigger()
    assert window.settings.value("files/recent", [], type=list) == []
    assert listed() == []  # "No recent files" (disabled) and a disabled Clear list
    assert [a.text() for a in window.recent_menu.actions() if not a.isSeparator()] == [
        "No recent files", clear]
    assert window.files.open_path(others[1])  # the list starts again
    assert listed()[0] == str(others[1])


def test_new_starts_from_the_template_untitled_and_save_asks_where(qtbot, window, tmp_path):
    template = default_document()
    before = template.read_bytes()
    type_into(qtbot, window, "figures.visitors_total.value", "300")
    window.dialogs.save_changes = "discard"
    window.files.new_document()
    assert "template" not in window.dialogs.asked  # one template: no question
    assert window.session.path is None and not window.session.modified
    assert window.session.document.figures["visitors_total"].value == 299
    type_into(qtbot, window, "figures.visitors_total.value", "400")
    window.dialogs.next_path = None
    assert not window.files.save()  # Save asked for a path (the user cancelled)
    assert window.session.path is None and template.read_bytes() == before
    window.dialogs.next_path = tmp_path / "new.yaml"
    assert window.files.save() and window.session.path == tmp_path / "new.yaml"
    assert template.read_bytes() == before


def test_new_offers_a_choice_when_several_templates_ship(qtbot, window, tmp_path, monkeypatch):
    import infographic_app.gui.desktop as desktop
    import infographic_app.paths as paths

    shipped = tmp_path / "install" / "data"
    shipped.mkdir(parents=True)
    (shipped / "factsheet-2019.yaml").write_bytes(default_document().read_bytes())
    other = default_document().read_text(encoding="utf-8").replace("299", "277", 1)
    (shipped / "annual-report.yaml").write_text(other, encoding="utf-8")
    monkeypatch.setattr(paths, "data_dir", lambda: shipped)
    monkeypatch.setattr(desktop, "data_dir", lambda: shipped)
    assert [p.name for p in paths.templates()] == ["factsheet-2019.yaml", "annual-report.yaml"]
    window.dialogs.template_choice = None  # cancelled: the open factsheet stays
    window.files.new_document()
    assert window.dialogs.template_names == ["factsheet-2019", "annual-report"]
    assert window.session.path == tmp_path / "factsheet.yaml"
    window.dialogs.template_choice = 1
    window.files.new_document()
    assert window.session.path is None
    assert window.session.document.figures["visitors_total"].value == 277  # the one chosen
    assert window.session.document.path is None
    before = (shipped / "annual-report.yaml").read_bytes()
    window.dialogs.next_path = None
    type_into(qtbot, window, "figures.visitors_total.value", "278")
    assert not window.files.save()
    assert (shipped / "annual-report.yaml").read_bytes() == before


def test_the_log_rotates_and_keeps_three_old_files(tmp_path):
    import logging

    from infographic_app.gui.app import LOG_BACKUPS, LOG_BYTES, LOG_NAME, log_file_handler

    assert (LOG_BYTES, LOG_BACKUPS) == (1_000_000, 3)
    handler = log_file_handler(tmp_path / "new folder")
    logger = logging.getLogger("infographic_app.test_rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        handler.maxBytes = 2000  # the same handler, filled faster
        for number in range(400):
            logger.warning("line %d of the log, long enough to fill it quickly", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in (tmp_path / "new folder").iterdir())
    assert names == [LOG_NAME] + [f"{LOG_NAME}.{n}" for n in (1, 2, 3)]
    assert all(p.stat().st_size <= 2100 for p in (tmp_path / "new folder").iterdir())
    assert "line 399 of the log" in (tmp_path / "new folder" / LOG_NAME).read_text("utf-8")


def test_a_window_closed_before_its_first_frame_ends_the_start(qtbot, make_window):
    """Closed while the start waits for the first frame (a quit then finds no event loop
    to end): the start says so, and the app does not go on running without a window."""
    import time

    from PySide6.QtCore import QTimer

    from infographic_app.gui.app import FIRST_FRAME_WAIT_S, _show_first_frame

    window = make_window()
    window.hide()
    window.session.undo_stack.setClean()  # nothing to ask about when it closes
    QTimer.singleShot(0, window.close)
    started = time.monotonic()
    assert _show_first_frame(QApplication.instance(), window,
                             window.preview.first_painted) is False
    assert time.monotonic() - started < FIRST_FRAME_WAIT_S


def test_a_share_that_does_not_answer_never_holds_the_recent_menu_up(qtbot, window, monkeypatch):
    """Windows waits up to a minute on a network share that is gone: the menu does not."""
    import threading
    import time

    from infographic_app.gui import recent_files

    gone = threading.Event()
    share = r"\\fileserver\comms\factsheet-2019.yaml"

    def is_file(path: str) -> bool:
        if path == share:
            gone.wait(30)  # the share never answers while the menu opens
            return False
        return Path(path).is_file()

    monkeypatch.setattr(recent_files.os.path, "isfile", is_file)
    window.settings.setValue("files/recent", [share, str(default_document())])
    started = time.monotonic()
    window.recent_menu.aboutToShow.emit()
    took = time.monotonic() - started
    gone.set()
    texts = {a.text(): a.isEnabled() for a in window.recent_menu.actions()
             if not a.isSeparator()}
    assert took < 2
    assert texts[f"{share} (not reachable now)"] is False
    assert texts[str(default_document())] is True
    assert share in window.settings.value("files/recent", [], type=list)
