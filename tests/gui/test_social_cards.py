"""File → Export → Social media: a card of a chosen figure or theme in each social format,
with its alt text shown to copy (issue 23)."""

import pytest
from PIL import Image
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from infographic_app.gui.card_dialog import CARD_FORMATS, CardDialog
from infographic_app.layout.cards import CARD_SIZES
from infographic_app.model.alt_text import alt_text_for_card

THEME = "blocks.themes.themes.partner_perpetrator"


def menu_action(window, *path):
    """The action at File → Export → …, found by the menu texts a user reads."""
    actions = window.menuBar().actions()
    for text in path:
        action = next(a for a in actions if a.text().replace("&", "") == text)
        actions = action.menu().actions() if action.menu() else []
    return action


def test_the_formats_offered_are_the_card_sizes():
    assert list(CARD_FORMATS) == list(CARD_SIZES)


def test_the_dialog_names_what_a_card_shows_in_words_and_shows_its_alt_text(qtbot, window):
    document = window.session.document
    dialog = CardDialog(document, window)
    qtbot.addWidget(dialog)
    names = [dialog.what.itemText(i) for i in range(dialog.what.count())]
    assert "Theme: partner = pleger" in names
    assert f"Figure: {document.figures['visitors_total'].label}" in names
    assert not [name for name in names if "blocks." in name or "_" in name]  # no ids
    assert [dialog.format.itemText(i) for i in range(dialog.format.count())] == [
        "Square post (1080 × 1080)", "Portrait post (1080 × 1350)", "Story (1080 × 1920)",
        "LinkedIn / X (1200 × 627)"]
    dialog.what.setCurrentIndex(dialog.what.findData(THEME))
    assert dialog.alt.toPlainText() == alt_text_for_card(document, THEME)
    copy = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Copy alt text")
    copy.click()
    assert QGuiApplication.clipboard().text() == alt_text_for_card(document, THEME)
    dialog.format.setCurrentIndex(dialog.format.findData("story"))
    assert (dialog.target, dialog.size) == (THEME, "story")


@pytest.mark.parametrize("size", sorted(CARD_SIZES))
def test_file_export_social_media_writes_the_card_and_its_alt_text(qtbot, window, tmp_path,
                                                                   size):
    window.dialogs.card_choice = (THEME, size)
    window.dialogs.next_path = tmp_path / "kaart"
    with qtbot.waitSignal(window.exporter.finished, timeout=30000):
        menu_action(window, "File", "Export", "Social media…").trigger()
    with Image.open(tmp_path / "kaart.png") as image:
        assert image.size == CARD_SIZES[size]
        image.save(tmp_path / f"look-{size}.png")  # to look at
    assert (tmp_path / "kaart.txt").read_text(encoding="utf-8") == alt_text_for_card(
        window.session.document, THEME) + "\n"


def test_cancelling_the_dialog_exports_nothing(qtbot, window, tmp_path):
    window.dialogs.card_choice = None
    window.dialogs.next_path = tmp_path / "kaart.png"
    menu_action(window, "File", "Export", "Social media…").trigger()
    assert not (tmp_path / "kaart.png").exists()
