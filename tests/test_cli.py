import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from infographic_app.cli import main

from pdfcheck import open_pdf, page_text


def test_print_export_writes_a_two_page_pdf(tmp_path, capsys):
    out = tmp_path / "factsheet.pdf"
    assert main(["export", "data/factsheet-2019.yaml", "-o", str(out), "--target", "print"]) == 0
    assert len(open_pdf(out.read_bytes()).pages) == 2
    assert f"wrote {out}" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir()] == ["factsheet.pdf"]  # no temporary left


def test_a_changed_figure_reaches_the_pdf_everywhere(changed_copy, tmp_path):
    path = changed_copy(("    value: 265\n", "    value: 271\n"), ("    value: 34\n",
                                                                  "    value: 28\n"))
    out = tmp_path / "f.pdf"
    assert main(["export", str(path), "-o", str(out), "--target", "screen"]) == 0
    text = page_text(out.read_bytes())[0]
    assert "271 bezoekers waren zelf slachtoffer. De overige 28 hadden" in text
    assert " 265 " not in text


def test_check_passes_the_bundled_factsheet(capsys):
    assert main(["check", "data/factsheet-2019.yaml"]) == 0
    assert "0 error(s)" in capsys.readouterr().out


def test_png_export_of_one_page_and_of_all_pages(qapp, tmp_path):
    one = tmp_path / "card.png"
    assert main(["export", "data/factsheet-2019.yaml", "-o", str(one), "--page", "2",
                 "--dpi", "72"]) == 0
    with Image.open(one) as image:
        assert image.size == (596, 842)
        pixels = np.asarray(image.convert("RGB"))
    assert (pixels[-5] == (225, 31, 99)).all(axis=1).mean() > 0.9  # the footer band, in brand pink
    assert main(["export", "data/factsheet-2019.yaml", "-o", str(tmp_path / "all.png"),
                 "--dpi", "36"]) == 0
    assert sorted(p.name for p in tmp_path.glob("all-*.png")) == ["all-1.png", "all-2.png"]


@pytest.mark.parametrize("target", ["print", "screen"])
@pytest.mark.parametrize("verify", [False, True], ids=["plain", "verify"])
def test_pdf_export_never_imports_qt_and_reads_back_only_with_verify(tmp_path, target, verify):
    """PDF/X and PDF/UA are written as the file is made: pikepdf (and lxml) only read the
    file back, and only when --verify asks for it; and once the chart colours were simulated
    (the first export), the export's checks import no numpy or colorspacious."""
    option = ", '--verify'" if verify else ""
    code = (
        "import sys\n"
        "from infographic_app.cli import main\n"
        f"code = main(['export', 'data/factsheet-2019.yaml', '-o', r'{tmp_path / 'f.pdf'}',"
        f" '--target', '{target}'{option}])\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]\n"
        "print(sorted({m.split('.')[0] for m in sys.modules}\n"
        "             & {'pikepdf', 'lxml', 'numpy', 'colorspacious'}))\n"
        "raise SystemExit(code)\n"
    )
    for _ in ("the first export", "again"):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                                   "PYTHONPATH": os.environ.get("PYTHONPATH", "")})
        assert done.returncode == 0, done.stderr
        assert ("pikepdf" in done.stdout) is verify, done.stdout
        assert "lxml" not in done.stdout or verify
    assert "numpy" not in done.stdout and "colorspacious" not in done.stdout, done.stdout
    with open_pdf((tmp_path / "f.pdf").read_bytes()) as pdf:
        assert ("/OutputIntents" in pdf.Root) is (target == "print")
        assert "/StructTreeRoot" in pdf.Root or target == "print"


@pytest.mark.parametrize("target", ["print", "screen"])
def test_an_export_seen_before_neither_reads_nor_lays_out_again(tmp_path, target):
    """The second export of the same factsheet (the command, as a user runs it) takes the
    factsheet and theme as read, its pages as laid out and its findings as found by the
    first (model/remembered_reading.py, layout/remembered.py, export/remembered_findings.py),
    and keys the remembered answers by the dictionary's and colorspacious' files: it imports
    neither PyYAML nor the layout engine nor any check, nor importlib.metadata and the email
    package, nor logging when nothing was logged, nor the structure tree's module for an
    untagged print PDF (nor, then, how texts read: references, editions), nor what other
    commands and the editor use (Qt, the web, proof and card exports); it says the same and
    writes the same bytes."""
    out = tmp_path / "f.pdf"
    not_needed = {"yaml", "infographic_app.layout.engine", "importlib.metadata", "email",
                  "logging", "infographic_app.checks.report",
                  "infographic_app.checks.spelling", "infographic_app.checks.colour_vision",
                  "infographic_app.checks.disclosure", "infographic_app.checks.preflight",
                  "infographic_app.model.places", "infographic_app.model.reading",
                  "infographic_app.layout.charts",
                  "infographic_app.layout.cards", "infographic_app.export.cards",
                  "infographic_app.export.html", "infographic_app.export.proof",
                  "infographic_app.export.png", "PySide6", "pyqtgraph", "numpy",
                  "colorspacious", "hunspell", "pyphen", "ruamel", "pikepdf", "lxml",
                  "platformdirs"}
    if target == "print":  # the screen PDF's structure tree reads the texts and alt texts
        not_needed |= {"infographic_app.export.pdfua", "infographic_app.model.editions",
                       "infographic_app.model.references", "infographic_app.model.addressing"}
    written, said = [], []
    for _ in ("the first export", "again"):
        done = subprocess.run([sys.executable, "-X", "importtime", "-m", "infographic_app",
                               "export", "data/factsheet-2019.yaml", "-o", str(out),
                               "--target", target], capture_output=True, text=True,
                              env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                                   "PYTHONPATH": os.environ.get("PYTHONPATH", "")})
        assert done.returncode == 0, done.stderr
        written.append(out.read_bytes())
        said.append([line for line in done.stderr.splitlines()
                     if not line.startswith("import time:")])
    imported = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines()
                if line.startswith("import time:")}
    packages = imported | {name.split(".")[0] for name in imported}
    assert "reportlab.pdfgen.canvas" in imported and not packages & not_needed
    assert not [name for name in imported if name.startswith("infographic_app.gui")]
    assert written[0] == written[1]
    assert said[0] == said[1] and "fewer than 10" in "\n".join(said[0])


def test_python_dash_m_works():
    done = subprocess.run([sys.executable, "-m", "infographic_app", "--version"],
                          capture_output=True, text=True)
    assert done.returncode == 0 and "infographic-app 0.1.0" in done.stdout


def test_the_editor_is_not_started_on_a_file_it_cannot_open(capsys, tmp_path):
    assert main([str(tmp_path / "missing.yaml")]) == 2
    assert "missing.yaml: the file does not exist" in capsys.readouterr().err


def test_a_card_for_social_media_with_its_alt_text(qapp, tmp_path, capsys):
    out = tmp_path / "partner.png"
    assert main(["card", "data/factsheet-2019.yaml", "-o", str(out), "--of",
                 "blocks.themes.themes.partner_perpetrator", "--size", "wide"]) == 0
    with Image.open(out) as image:
        assert image.size == (1200, 627)
    alt = (tmp_path / "partner.txt").read_text(encoding="utf-8")
    assert "Cirkeldiagram: (ex-)partner 81,6%, sociale omgeving 10,2%, familielid 8,2%." in alt
    assert main(["card", "data/factsheet-2019.yaml", "-o", str(out), "--of", "visitor_total"]) == 2
    assert "--of: there is no card 'visitor_total'. Did you mean 'visitors_total'?" in \
        capsys.readouterr().err


def test_check_speaks_dutch_in_a_dutch_shell(changed_copy, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "nl_NL")
    document = changed_copy(("    value: 34\n", "    value: 35\n"))  # the parts miss the whole
    assert main(["check", str(document)]) == 1
    out, err = capsys.readouterr()
    [line, *small_counts] = err.splitlines()
    assert line.startswith("fout: ") and "de delen tellen niet op tot het geheel" in line
    assert all(w.startswith("waarschuwing: ") and "personen" in w for w in small_counts)
    assert out.strip().endswith(": 1 fout(en), 2 waarschuwing(en)")


def test_help_shows_the_editor_form_and_the_exit_codes(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith("usage: infographic-app [FACTSHEET.yaml]\n")
    assert "the desktop editor opens" in shown
    codes = shown.split("exit codes:", 1)[1]
    for code in ("0", "1", "2", "3", "130"):
        assert f"\n  {code} " in codes
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert capsys.readouterr().out.startswith("usage: infographic-app export ")


def test_the_man_page_is_made_from_the_parser_and_up_to_date():
    root = Path(__file__).resolve().parents[1]
    script = root / "packaging" / "make_manpage.py"
    checked = subprocess.run([sys.executable, str(script), "--check"], capture_output=True,
                             text=True)
    assert checked.returncode == 0, checked.stderr
    page = (root / "packaging" / "infographic-app.1").read_text(encoding="utf-8")
    assert "infographic\\-app [FACTSHEET.yaml]" in page
    assert ".SH EXIT STATUS" in page and "\\fB130\\fR" in page
    interrupted = page.split("\\fB130\\fR\n", 1)[1].split("\n")
    assert interrupted[:2] == ["interrupted (Ctrl+C)", ".PP"]  # the note is a paragraph
    assert interrupted[2].startswith("Export of several factsheets")
    assert "worst of them: 3, then 2, then 1, then 0." in interrupted[2]
    assert all(f".SS {c}" in page for c in ("export", "card", "check", "new\\-edition"))
    if shutil.which("groff"):  # no warnings from the formatter man uses
        shown = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z",
                                str(root / "packaging" / "infographic-app.1")],
                               capture_output=True, text=True)
        assert shown.returncode == 0 and not shown.stderr, shown.stderr


def _speak(monkeypatch, language: str) -> None:
    """The shell's language: LANG=nl_NL.UTF-8 or LANG=C (then the locale says English)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", language)
    monkeypatch.setattr("infographic_app.model.messages.locale.getlocale", lambda: (None, None))


@pytest.mark.parametrize(("language", "words"), [
    ("nl_NL.UTF-8", {"usage": "gebruik: infographic-app [FACTSHEET.yaml]\n",
                     "help": ("afsluitcodes:", "  -h, --help   deze hulptekst tonen en stoppen",
                              "opdrachten:", "Zonder opdracht opent de editor"),
                     "export": ("gebruik: infographic-app export [-h] [-o OUTPUT | --outdir MAP]",
                                "de uitvoer moet eindigen op .pdf, .png of .html"),
                     "missing": "infographic-app check: deze argumenten zijn verplicht: document",
                     "choice": "argument --target: ongeldige keuze: 'x' (kies uit"}),
    ("C", {"usage": "usage: infographic-app [FACTSHEET.yaml]\n",
           "help": ("exit codes:", "  -h, --help   show this help message and exit",
                    "commands:", "the desktop editor opens"),
           "export": ("usage: infographic-app export [-h] [-o OUTPUT | --outdir FOLDER]",
                      "the output must end in .pdf, .png or .html"),
           "missing": "infographic-app check: the following arguments are required: document",
           "choice": "argument --target: invalid choice: 'x' (choose from"}),
])
def test_help_and_usage_errors_speak_the_shell_s_language(capsys, monkeypatch, tmp_path,
                                                          language, words):
    _speak(monkeypatch, language)
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    assert shown.startswith(words["usage"])
    assert all(word in shown for word in words["help"]), shown
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert capsys.readouterr().out.startswith(words["export"][0])
    assert main(["export", "data/factsheet-2019.yaml", "-o", str(tmp_path / "f.doc")]) == 2
    assert words["export"][1] in capsys.readouterr().err
    assert main(["check"]) == 2
    assert capsys.readouterr().err.strip() == words["missing"]
    assert main(["check", "data/factsheet-2019.yaml", "--target", "x"]) == 2
    assert words["choice"] in capsys.readouterr().err


def test_argparse_s_own_words_are_its_english_in_the_catalogue():
    import argparse

    from infographic_app.cli_words import ARGPARSE_KEYS, speaking
    from infographic_app.model.messages import say

    assert all(say(key, "en") == text for text, key in ARGPARSE_KEYS.items())
    before = argparse._
    with speaking("nl"):
        assert argparse._("usage: ") == "gebruik: "
    assert argparse._ is before
