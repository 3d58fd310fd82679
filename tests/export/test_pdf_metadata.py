"""Both PDFs carry the same date, the factsheet's own; the print PDF's XMP says what its
document information says. Read back with pikepdf, apart from the code that wrote them."""

import os
from datetime import UTC, datetime

import pytest

from infographic_app.export.pdf import pdf_bytes
from infographic_app.model.reading import load_document
from infographic_app.model.theme import load_theme_for

from pdfcheck import open_pdf, xmp_value

SAVED = datetime(2024, 3, 14, 9, 26, 53, tzinfo=UTC)
BUILD = datetime(2023, 11, 2, 16, 5, 0, tzinfo=UTC)


def _pdfs(path) -> dict:
    document = load_document(path)
    theme = load_theme_for(document)
    return {target: pdf_bytes(document, theme, target) for target in ("print", "screen")}


@pytest.fixture
def saved_copy(changed_copy, monkeypatch):
    """The bundled factsheet, saved on SAVED."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    path = changed_copy()
    os.utime(path, (SAVED.timestamp(), SAVED.timestamp()))
    return path


def test_both_pdfs_are_dated_when_the_factsheet_was_saved(saved_copy):
    for target, data in _pdfs(saved_copy).items():
        pdf = open_pdf(data)
        info = pdf.docinfo
        assert str(info.CreationDate) == "D:20240314092653+00'00'", target
        assert str(info.ModDate) == "D:20240314092653+00'00'", target
    print_pdf = open_pdf(_pdfs(saved_copy)["print"])
    for tag in ("xmp:CreateDate", "xmp:ModifyDate"):
        assert xmp_value(print_pdf, tag) == "2024-03-14T09:26:53+00:00"


def test_a_reproducible_build_dates_both_pdfs_by_source_date_epoch(saved_copy, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(BUILD.timestamp())))
    for target, data in _pdfs(saved_copy).items():
        pdf = open_pdf(data)
        info = pdf.docinfo
        assert str(info.CreationDate) == str(info.ModDate) == "D:20231102160500+00'00'", target


def test_the_print_xmp_has_the_title_author_and_subject_of_the_info(saved_copy):
    pdf = open_pdf(_pdfs(saved_copy)["print"])
    info = pdf.docinfo
    assert str(info.Author) == "Centrum tegen Kinderhandel en Mensenhandel"
    assert str(info.Subject) == "Mensenhandel in beeld bij Chat met Fier, cijfers over 2019"
    assert xmp_value(pdf, "dc:title") == str(info.Title) != ""
    assert xmp_value(pdf, "dc:creator") == str(info.Author)
    assert xmp_value(pdf, "dc:description") == str(info.Subject)


def test_the_same_factsheet_gives_the_same_bytes_in_both_pdfs(saved_copy):
    assert _pdfs(saved_copy) == _pdfs(saved_copy)
