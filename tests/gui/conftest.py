"""The real main window, with settings and recovery copies in a temporary folder and the
dialogs answered by the test instead of a person."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from infographic_app.gui.main_window import MainWindow
from infographic_app.gui.new_figure_dialog import NewFigure
from infographic_app.gui.recovery import Recovery


class ScriptedDialogs:
    """Answers the window's questions as a test tells it to, and remembers what was shown."""

    def __init__(self):
        self.errors: list[tuple[str, str]] = []
        self.save_changes = "discard"
        self.restore = True
        self.reload = True
        self.revert = True
        self.despite_problems = True
        self.replace = True
        self.next_path: Path | None = None
        self.asked: list[str] = []
        self.restore_offers: list[dict] = []  # what each restore question said
        self.problem_lists: list[list[str]] = []  # the errors each "anyway?" question listed
        self.new_edition: tuple[str, list[str] | None] | None = ("2020", None)
        self.edition_offers: list[dict] = []  # what each New edition dialog proposed
        self.starts: list[str] = []  # each file dialog's folder or suggested file

    def ask_save_changes(self, name):
        self.asked.append("save_changes")
        return self.save_changes

    def ask_restore(self, name, written, changes, into_file, saved_before=True):
        self.asked.append("restore")
        self.restore_offers.append({"name": name, "written": written, "changes": changes,
                                    "into_file": into_file, "saved_before": saved_before})
        return self.restore

    def ask_despite_problems(self, action, problems):
        self.asked.append(f"{action} anyway")
        self.problem_lists.append(problems)
        return self.despite_problems

    def ask_confirm_unchanged(self, labels):
        self.asked.append("confirm unchanged")
        self.confirm_labels = labels
        return True

    def ask_replace(self, name):
        self.asked.append("replace")
        return self.replace

    save_read_only_elsewhere = True  # "This file is read-only: save as…": Save as, or Cancel

    def ask_save_read_only(self, name):
        self.asked.append(f"{name} is read-only")
        return self.save_read_only_elsewhere

    def ask_revert(self, name):
        self.asked.append("revert")
        return self.revert

    def ask_reload(self, name):
        self.asked.append("reload")
        return self.reload

    def open_path(self, folder):
        self.starts.append(folder)  # where the file dialog starts
        return self.next_path

    compare_with: Path | None = None  # the file File -> Compare with -> Another… picks

    template_choice: int | None = 0  # File -> New: which of several templates; None: cancel

    def choose_template(self, names):
        self.asked.append("template")
        self.template_names = names
        return self.template_choice

    def compare_path(self, folder):
        self.starts.append(folder)  # where the file dialog starts
        self.asked.append("compare with")
        return self.compare_with

    def save_path(self, suggestion):
        self.starts.append(suggestion)  # where the file dialog starts
        return self.next_path

    # File -> Export -> Social media: (what the card shows, its format), or None: cancel
    card_choice: tuple[str, str] | None = ("visitors_total", "square")

    def card_options(self, document):
        self.asked.append("card")
        return self.card_choice

    printer = None  # File -> Print proof: the QPrinter the print dialog sets up; None: cancel

    def choose_printer(self, name):
        self.asked.append("printer")
        return self.printer

    def export_path(self, suggestion, file_filter):
        self.starts.append(suggestion)  # where the file dialog starts
        return self.next_path

    def ask_new_edition(self, document, mentions):
        """Answer File -> New edition…: `new_edition` is (edition, fields to replace the
        year in; None: the dialog's default ticks), or None to cancel."""
        from infographic_app.gui.edition_dialog import ticked_by_default

        self.asked.append("new_edition")
        self.edition_offers.append({"previous": document.edition, "mentions": list(mentions)})
        if self.new_edition is None:
            return None
        label, fields = self.new_edition
        chosen = [m for m in mentions if (ticked_by_default(m, document.edition)
                                          if fields is None
                                          else m.field in fields)]
        return label, chosen

    def error(self, title, text):
        self.errors.append((title, text))

    # Structural edits: set the answer before the action; each question is remembered.
    new_figure = None  # (label, type, value as typed[, counts people])
    text_answer = None
    remove_uses = True
    remove = True
    add_to_rule = True
    rule_answer = None  # (kind, parts, whole)
    chart_figures = None  # the figures ids a chart with none of its own shows; None: cancel
    merge_with = 0  # the index of the category to merge with; None: cancel

    def ask_new_figure(self, label, types):
        """`new_figure` as the dialog answers it; "counts people" as the dialog ticks it
        (for a count or an estimate) unless a fourth item says otherwise."""
        self.asked.append("new figure")
        if self.new_figure is None:
            return None
        label, kind, typed, *people = self.new_figure
        return NewFigure(label, kind, typed,
                         people[0] if people else kind in ("count", "estimate"))

    def ask_merge_with(self, label, labels):
        self.asked.append("merge with")
        self.problem_lists.append(labels)
        return self.merge_with

    def ask_text(self, title, label, text):
        self.asked.append("text")
        return self.text_answer

    def ask_remove_uses(self, label, places):
        self.asked.append("remove uses")
        self.problem_lists.append(places)
        return self.remove_uses

    def ask_remove(self, what):
        self.asked.append(f"remove {what}")
        return self.remove

    def ask_add_to_rule(self, label, parts):
        self.asked.append("add to rule")
        return self.add_to_rule

    def ask_chart_figures(self, document, kind, new_figure=None):
        self.asked.append("chart figures")
        return self.chart_figures

    def ask_rule(self, document, rule):
        self.asked.append("rule")
        return self.rule_answer


@pytest.fixture
def make_window(qtbot, tmp_path):
    def make(document: Path | None = None, settings_name: str = "settings.ini") -> MainWindow:
        settings = QSettings(str(tmp_path / settings_name), QSettings.Format.IniFormat)
        window = MainWindow(settings, Recovery(tmp_path / "recovery"))
        window.dialogs = window.files.dialogs = ScriptedDialogs()
        qtbot.addWidget(window)
        window.files.open_initial(document)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: bool(window.forms.editors and window.checks.topLevelItemCount()
                                         and not window.session.checks_pending))
        return window

    return make


@pytest.fixture
def window(make_window, tmp_path):
    source = Path(__file__).resolve().parents[2] / "data" / "factsheet-2019.yaml"
    copy = tmp_path / "factsheet.yaml"
    copy.write_bytes(source.read_bytes())
    return make_window(copy)


@pytest.fixture
def dutch(qapp):
    """The interface in Dutch: our translations and Qt's own."""
    from infographic_app.gui.i18n import install_translators
    from infographic_app.model.messages import use_language

    translators = install_translators(qapp, "nl")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    use_language(None)
