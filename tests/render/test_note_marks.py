"""A footnote mark is a text run of its own that names its note (issue 22), and it prints
exactly as it did while it was set as part of the word before it, as a superscript typed in
the text still is: the same pixels in the screen and print PDFs and in the preview,
wherever the mark stands (after a number, a percentage, a letter, inside bold, two marks
at one place). The PDFs are rendered with poppler's pdftoppm at 100 dpi, as a reader sees
them. (PDFium, which adds up its own rounded advances inside a text object, puts the text
after a mark a fraction of a pixel elsewhere than in one run; the layout's positions are
the same.)"""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, datetime

import numpy as np
import pytest

from infographic_app.layout.fonts import FontSet
from infographic_app.layout.resources import resources_for
from infographic_app.layout.scene import Scene, ScenePage
from infographic_app.layout.text import TextSetter, note_marks
from infographic_app.model.notes import mark
from infographic_app.render.pdf_painter import PdfInfo, paint_pdf

from imaging import qimage_to_array

# {n} is the footnote mark of note n; {n,m} two marks at one place.
TEXTS = [
    "In 2018 kwamen slechts 29{1} van de geschatte 1.300{2} Nederlandse slachtoffers",
    "circa 97%{3} niet in beeld, **slechts 29{1}** wel",
    "Tijdens de chat: AVIM{1} Vader{2} Yvonne.{1,2}",
]


def texts(template: str) -> tuple[str, str]:
    """(the text as the layout resolves it, with marks; the same with the marks typed)."""
    marked = typed = template
    for numbers in ("1", "2", "3", "1,2"):
        found = tuple(int(n) for n in numbers.split(","))
        marked = marked.replace(f"{{{numbers}}}", note_marks(found))
        typed = typed.replace(f"{{{numbers}}}", ",".join(mark(n) for n in found))
    return marked, typed


def page_of(setter: TextSetter, theme, text: str) -> ScenePage:
    style = replace(theme.style("body"), colour="ink")
    placed = setter.set(text, style, 10, 10, 400, "blocks.intro.text")
    return ScenePage(420, 40, 3, placed.runs)


@pytest.fixture(scope="module")
def setter(theme):
    return TextSetter(FontSet(theme))


@pytest.mark.parametrize("template", TEXTS)
def test_the_marks_are_runs_naming_their_notes_and_typed_superscripts_are_not(
        setter, theme, template):
    marked, typed = texts(template)
    runs = page_of(setter, theme, marked).items
    numbers = [int(n) for n in template.replace("{", " {").split("{")[1:]
               for n in n.split("}")[0].split(",")]
    assert [(run.text, run.note) for run in runs if run.note] == [
        (mark(n), n) for n in numbers]
    assert all(not run.note for run in page_of(setter, theme, typed).items)
    assert "".join(run.text for run in runs).replace(" ", "") == \
        "".join(run.text for run in page_of(setter, theme, typed).items).replace(" ", "")


def pdf_pixels(setter: TextSetter, theme, page: ScenePage, target: str,
               folder) -> np.ndarray:
    """The page painted as a `target` PDF, rendered by pdftoppm at 100 dpi."""
    from PIL import Image

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    scene = Scene((page,), resources_for(theme, setter.fonts))
    out = io.BytesIO()
    paint_pdf(scene, target, out, PdfInfo("t", "a", "s", "nl-NL", datetime(2020, 1, 1,
                                                                            tzinfo=UTC)))
    (folder / "page.pdf").write_bytes(out.getvalue())
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(folder / "page.pdf"),
                    str(folder / "page")], check=True)
    with Image.open(folder / "page.png") as image:
        return np.asarray(image.convert("RGB"))


@pytest.mark.parametrize("target", ["screen", "print"])
@pytest.mark.parametrize("template", TEXTS)
def test_a_mark_prints_where_it_printed_as_part_of_its_word(setter, theme, template, target,
                                                           tmp_path):
    marked, typed = texts(template)
    before = pdf_pixels(setter, theme, page_of(setter, theme, typed), target, tmp_path)
    after = pdf_pixels(setter, theme, page_of(setter, theme, marked), target, tmp_path)
    assert (before != after).any(axis=2).sum() == 0


@pytest.mark.parametrize("template", TEXTS)
def test_the_preview_paints_the_text_as_before_and_a_mark_at_most_a_hair_away(
        qapp, setter, theme, template):
    """The preview sets each word at the layout's place and its glyphs with Qt's advances,
    which differ from the font's by up to 0.2%: a mark set at the layout's place (as the
    PDFs set it) may land a fraction of a pixel from where Qt's advances of its word put
    it. Everything else paints the same pixels."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from infographic_app.render.qt_painter import QtPainter

    scale = 4.0

    def painted(text: str) -> np.ndarray:
        image = QImage(round(420 * scale), round(40 * scale), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        QtPainter(resources_for(theme, setter.fonts)).paint_page(
            painter, page_of(setter, theme, text), scale)
        painter.end()
        return 255 - qimage_to_array(image).min(axis=2).astype(float)  # ink

    marked, typed = texts(template)
    before, after = painted(typed), painted(marked)
    marks = [run for run in page_of(setter, theme, marked).items if run.note]
    inside = np.zeros(before.shape[1], dtype=bool)
    columns = np.arange(before.shape[1])
    for run in marks:
        box = slice(round((run.x - 0.5) * scale), round((run.x + run.width + 0.5) * scale))
        inside[box] = True
        ink_before, ink_after = before[:, box].sum(axis=0), after[:, box].sum(axis=0)
        shift = (ink_after @ columns[box] / ink_after.sum()
                 - ink_before @ columns[box] / ink_before.sum()) / scale
        assert abs(shift) < 0.1  # points
    assert (before != after)[:, ~inside].sum() == 0
