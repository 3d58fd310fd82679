"""The proof sheet, read back: every printed figure of the bundled factsheet with what the
second reader checks."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pypdfium2

from infographic_app.cli import main
from infographic_app.paths import default_document

# The 2020 edition a fresh user made in the Dutch editor.
FRESH_2020 = Path(__file__).resolve().parents[1] / "fixtures" / "fresh-user-2020.yaml"


def read_back(path) -> str:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return " ".join(" ".join(pdf[i].get_textpage().get_text_range().split())
                        for i in range(len(pdf)))
    finally:
        pdf.close()


def test_the_proof_sheet_lists_all_20_figures_of_the_bundled_factsheet(tmp_path, monkeypatch,
                                                                        document):
    monkeypatch.setenv("LANGUAGE", "nl")
    out = tmp_path / "proof.pdf"
    assert main(["proof", str(default_document()), "-o", str(out)]) == 0
    text = read_back(out)
    assert text.startswith("Cijferverantwoording: Factsheet mensenhandel")
    for figure in document.figures.values():
        assert f"{figure.label} (gecontroleerd door: ______)" in text, figure.id
    assert text.count("□") == len(document.figures) == 20
    # value as printed and typed, type, formula, source, places with page, disclosure
    assert "Afgedrukt 17,7 Ingevoerd 17,7 Soort decimaal getal" in text
    # a formula names its figures by their labels, as the second reader knows them
    assert "Formule ('geschatte minderjarige slachtoffers' - 'in beeld bij de autoriteiten') " \
           "/ 'geschatte minderjarige slachtoffers' × 100" in text
    assert "minors_estimated" not in text
    assert "Bron Geschat aantal Nederlandse minderjarige slachtoffers" in text
    assert "Afgedrukt in Thema 'criminele uitbuiting' › Tekst, pagina 1 Thema 'criminele " \
           "uitbuiting' › Grafiek › Cijfers, pagina 1" in text
    # small counts in the comms staff's words, not the field's 'disclosure'
    assert "Kleine aantallen waarschuwing: 'van hen waren zelf slachtoffer' toont 5 personen" \
        in text
    assert "Onthulling" not in text
    # what a figure lacks is one line, not a row of dashes each, so 20 figures fit 4 pages
    assert "Niet ingevuld formule, noot, vorige editie, verandering, kleine aantallen" in text
    assert " — " not in text
    assert len(pypdfium2.PdfDocument(str(out))) <= 4


def test_the_proof_sheet_shows_a_confirmed_reason_and_the_change_in_english(
        tmp_path, monkeypatch, changed_copy):
    monkeypatch.setenv("LANGUAGE", "en")
    path = changed_copy(("    value: 7\n", "    value: 7\n    history:\n      2018: 3\n"
                                             "    disclosure_reason: in the annual report\n"))
    out = tmp_path / "proof.pdf"
    assert main(["proof", str(path), "-o", str(out)]) == 0
    text = read_back(out)
    assert text.startswith("Proof sheet:")
    assert "Previous edition (2018) 3 Change" in text
    assert "Small counts confirmed: in the annual report" in text
    assert "Formula 'minderjarige slachtoffers' / 'geschatte minderjarige slachtoffers' × 100" \
        in text


def test_the_proof_sheet_writes_typed_values_in_the_documents_notation(tmp_path, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "nl")
    out = tmp_path / "proof.pdf"
    assert main(["proof", str(default_document()), "-o", str(out)]) == 0
    text = read_back(out)
    for typed in ("17,7", "1.300", "92,9", "10.000"):
        assert f"Ingevoerd {typed} " in text, typed
    for english in ("17.7", "1300", "92.9", "10000"):
        assert f"Ingevoerd {english} " not in text, english


def test_the_proof_sheet_of_a_new_edition_shows_what_the_second_reader_checks(
        tmp_path, monkeypatch):
    """Found by a fresh user in her 2020 edition: 'Ingevoerd —' for a derived share,
    'Editie 2019: minder dan 10' for a 7, '?' for a new figure, '-2%' for a mean age."""
    monkeypatch.setenv("LANGUAGE", "nl")
    out = tmp_path / "proof.pdf"
    assert main(["proof", str(FRESH_2020), "-o", str(out)]) == 0
    text = read_back(out)
    # the derived share, unrounded, beside its rounding down
    assert "Afgedrukt circa 97% Berekend 97,6% Soort percentage" in text
    # the typed 7 of 2019, and what this factsheet shows for it
    assert "Vorige editie (2019) 7 (deze factsheet toont het als 'minder dan 10')" in text
    # a figure new in this edition
    assert "bezoekers over arbeidsuitbuiting in de bouw" in text
    assert "Vorige editie (2019) nieuw Verandering nieuw" in text
    # a mean age's change in its own unit
    assert "Afgedrukt 17,4 Ingevoerd 17,4" in text
    assert "Vorige editie (2019) 17,7 Verandering -0,3" in text
    assert "Verandering -2%" not in text and "Ingevoerd —" not in text


def test_a_suppressed_figures_change_says_why_it_is_not_worked_out(tmp_path, monkeypatch):
    """Found in a 2020 edition: 'Verandering ?' for a figure printed as 'minder dan 10'."""
    for language, words in (
            ("nl", "Verandering niet berekend: de factsheet drukt dit cijfer af als 'minder dan "
                   "10', en de verandering zou de waarde verraden"),
            ("en", "Change not worked out: the factsheet prints this figure as 'minder dan 10', "
                   "and the change would give its value away")):
        monkeypatch.setenv("LANGUAGE", language)
        out = tmp_path / f"proof-{language}.pdf"
        assert main(["proof", str(FRESH_2020), "-o", str(out)]) == 0
        text = read_back(out)
        assert words in text, language
        assert "Verandering ?" not in text and "Change ?" not in text


def test_the_proof_sheets_properties_name_title_author_subject_app_and_language(
        tmp_path, monkeypatch):
    """Found in a 2020 edition: producer 'ReportLab PDF Library', author '(anonymous)'."""
    monkeypatch.setenv("LANGUAGE", "nl")
    out = tmp_path / "proof.pdf"
    assert main(["proof", str(default_document()), "-o", str(out)]) == 0
    with pikepdf.open(out) as pdf:
        info = pdf.docinfo
        assert str(info["/Title"]).startswith("Cijferverantwoording: ")
        assert str(info["/Author"]) == "Centrum tegen Kinderhandel en Mensenhandel"
        assert str(info["/Subject"]) == ("Elk afgedrukt cijfer van editie 2019, met zijn bron, "
                                         "voor de tweede lezer")
        assert str(info["/Creator"]) == str(info["/Producer"]) == "Factsheet studio"
        assert str(pdf.Root.Lang) == "nl-NL"
