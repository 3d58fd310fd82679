"""Shared fixtures: the bundled factsheet and theme, and a way to write a changed copy."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Font metrics are cached per user; tests keep theirs to themselves.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="factsheet-tests-cache-")

from infographic_app.layout.engine import layout_document  # noqa: E402
from infographic_app.model.reading import load_document  # noqa: E402
from infographic_app.model.theme import load_theme  # noqa: E402
from infographic_app.paths import default_document, default_theme  # noqa: E402

# The text extracted from the printed 2019 factsheet (a copy of shared/seed/factsheet-2019.txt).
SEED = Path(__file__).resolve().parent / "reference" / "seed-factsheet-2019.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def document():
    return load_document(default_document())


@pytest.fixture(scope="session")
def theme():
    return load_theme(default_theme())


@pytest.fixture
def scene(document, theme):
    return layout_document(document, theme)


@pytest.fixture
def changed_copy(tmp_path):
    """Write the bundled factsheet with text replacements applied; returns its path."""

    def write(*replacements: tuple[str, str], name: str = "factsheet.yaml") -> Path:
        text = default_document().read_text(encoding="utf-8")
        for old, new in replacements:
            assert old in text, f"test setup: {old!r} is not in the bundled factsheet"
            text = text.replace(old, new, 1)
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture(autouse=True)
def every_pdf_is_read_back(monkeypatch):
    """Every PDF a test makes is read back with pikepdf: the product's PDF/X and PDF/UA checks
    (pdf_check) and the independent reading of tests/pdfcheck.py (fonts embedded, CMYK only
    in print, RGB only on screen); a failure fails the export."""
    from infographic_app.export import pdf

    from pdfcheck import colour_operators, font_files, open_pdf

    checked = pdf.verify_pdf

    def verify(data: bytes, target: str, standard: str | None, tagged: bool,
               language: str = "en") -> None:
        checked(data, target, standard, tagged, language)
        with open_pdf(data) as read:
            assert all(font_files(read).values()), font_files(read)
            allowed = {"k", "K"} if target == "print" else {"rg", "RG"}
            assert colour_operators(read) <= allowed, colour_operators(read)

    monkeypatch.setattr(pdf, "ALWAYS_VERIFY", True)
    monkeypatch.setattr(pdf, "verify_pdf", verify)
