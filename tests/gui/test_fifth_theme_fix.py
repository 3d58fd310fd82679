"""Her fifth theme, added at the end, ran the factsheet onto page 3; the checks list now
offers the order of the themes that fits, in words, as one undoable click."""

from pathlib import Path

import yaml
from PySide6.QtWidgets import QApplication, QPushButton

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LONGER = " Het gaat vaak om jongeren die drugs moeten vervoeren of verkopen." * 3
FIX = "move_entry:blocks.themes.themes/new_theme/-1"


def her_file_as_she_added_it(tmp_path: Path) -> Path:
    """Her factsheet with the new theme at the end, and the criminal exploitation theme a
    few sentences longer (as tall as 'minder dan 10' in big type made its row)."""
    data = yaml.safe_load((FIXTURES / "fresh-user-2020.yaml").read_text(encoding="utf-8"))
    blocks = [b for page in data["pages"] for b in page["blocks"] if b["id"] == "themes"]
    entries = blocks[0]["themes"]
    entries.append(entries.pop([t["id"] for t in entries].index("new_theme")))
    entries[-2]["text"] += LONGER  # criminal exploitation
    path = tmp_path / "factsheet-2020.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_the_checks_list_offers_the_order_that_fits_and_undo_takes_it_back(
        qtbot, make_window, tmp_path, dutch):
    window = make_window(her_file_as_she_added_it(tmp_path))
    window.session.run_checks()
    QApplication.processEvents()
    assert len(window.session.scene.pages) == 3
    button = window.checks.findChild(QPushButton, f"fix:{FIX}")
    assert button.text() == "Zet 'Arbeidsuitbuiting in de bouw' vóór 'criminele uitbuiting'"
    assert "new_theme" not in button.accessibleName()  # no ids, only words
    button.click()
    qtbot.waitUntil(lambda: len(window.session.scene.pages) == 2)
    themes = window.session.document.block("themes").fields["themes"]
    assert [t["id"] for t in themes][-2:] == ["new_theme", "criminal_exploitation"]
    window.session.run_checks()
    assert not [p for p in window.session.problems if "pagina's" in p.message
                and p.severity == "error"]
    window.session.undo_stack.undo()  # one step back to her order
    qtbot.waitUntil(lambda: len(window.session.scene.pages) == 3)
    assert [t["id"] for t in themes][-1] == "new_theme"
