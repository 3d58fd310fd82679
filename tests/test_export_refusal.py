"""Export and check agree: what `check` calls an error refuses `export` and `card` before
anything is written, unless --force; warnings never refuse."""

from __future__ import annotations

import pytest

from infographic_app.cli import main
from infographic_app.export.refusal import export_refusal
from infographic_app.model.problems import Problem, Severity
from infographic_app.paths import default_document, default_theme

from pdfcheck import page_text

LAST_WEEK = b"the export of last week, which must survive a refused export\n"
LONG = " ".join(["Meer tekst die niet meer op de pagina past."] * 80)

# Each case: an edit of the bundled factsheet that `check` reports as an error, and words of
# that error on stderr.
ERRORS = {
    "broken-sum": ((("    value: 34\n", "    value: 35\n"),),
                   "the parts do not add up to the whole: 'bezoekers die zelf slachtoffer "
                   "waren' (265) + 'bezoekers met een hulpvraag over iemand anders' (35)"),
    "missing-glyph": ((("title: Onzichtbare slachtoffers in 2019",
                        "title: Onzichtbare slachtoffers in 2019 \u2605"),),
                      "'\u2605' (U+2605) on page 1 is not in the font"),
    "more-than-two-pages": ((("      Kinderhandel en Mensenhandel.\n",
                              f"      Kinderhandel en Mensenhandel. {LONG}\n"),),
                            "the factsheet does not fit on 2 pages: page 2 is "),
}
OUTPUTS = {  # the export's arguments, and the files it would write
    "print-pdf": (("--target", "print"), ("factsheet.pdf",)),
    "screen-pdf": (("--target", "screen"), ("factsheet.pdf",)),
    "png-pages": (("--dpi", "36"), ("factsheet-1.png", "factsheet-2.png")),
}


def _run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _earlier_exports(tmp_path, names) -> dict:
    folder = tmp_path / "out"
    folder.mkdir()
    for name in names:
        (folder / name).write_bytes(LAST_WEEK)
    return {folder / name: LAST_WEEK for name in names}


def _as_found(files: dict) -> dict:
    folder = next(iter(files)).parent
    return {path: path.read_bytes() for path in folder.iterdir()}


@pytest.mark.parametrize("output", sorted(OUTPUTS))
@pytest.mark.parametrize("error", sorted(ERRORS))
def test_an_error_refuses_the_export_and_leaves_the_old_files_as_they_were(
        qapp, changed_copy, tmp_path, capsys, error, output):
    edits, words = ERRORS[error]
    arguments, names = OUTPUTS[output]
    files = _earlier_exports(tmp_path, names)
    out_name = "factsheet.pdf" if output.endswith("pdf") else "factsheet.png"
    code, out, err = _run(capsys, "export", changed_copy(*edits), "-o",
                          tmp_path / "out" / out_name, *arguments)
    assert code == 1
    assert words in err and "error: " in err
    assert f"{out_name}: not exported: the checks found " in err
    assert "add --force to export anyway" in err
    assert "wrote" not in out
    assert _as_found(files) == files  # byte for byte, and nothing beside them


def test_the_refusal_is_said_in_dutch_in_a_dutch_shell(changed_copy, tmp_path, capsys,
                                                       monkeypatch):
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    code, _, err = _run(capsys, "export", changed_copy(*ERRORS["broken-sum"][0]), "-o",
                        tmp_path / "f.pdf")
    assert code == 1
    assert "de delen tellen niet op tot het geheel" in err
    assert "f.pdf: niet geëxporteerd: de controle vond 1 fout(en)" in err
    assert "geef --force mee om toch te exporteren" in err
    assert not (tmp_path / "f.pdf").exists()


@pytest.mark.parametrize("target", ["print", "screen"])
def test_force_exports_with_the_errors_listed(changed_copy, tmp_path, capsys, target):
    out = tmp_path / "f.pdf"
    out.write_bytes(LAST_WEEK)
    code, stdout, err = _run(capsys, "export", changed_copy(*ERRORS["broken-sum"][0]), "-o", out,
                             "--target", target, "--force")
    assert code == 0 and f"wrote {out}" in stdout
    assert ERRORS["broken-sum"][1] in err
    assert "not exported" not in err
    assert out.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize("target", ["print", "screen"])
def test_a_character_the_font_lacks_is_a_visible_question_mark_when_forced(
        changed_copy, tmp_path, capsys, target):
    """Not an invisible glyph that text extraction reads as U+0000."""
    out = tmp_path / "f.pdf"
    code, _, err = _run(capsys, "export", changed_copy(*ERRORS["missing-glyph"][0]), "-o", out,
                        "--target", target, "--force")
    assert code == 0
    assert "'\u2605' (U+2605) on page 1 is not in the font Lato-Black: it shows as '?'" in err
    pages = page_text(out.read_bytes())
    assert "Onzichtbare slachtoffers in 2019 ?" in pages[0]
    assert "Onzichtbare slachtoffers in 2019 ?" in pages[1]  # the running header
    assert not any("\x00" in text or "\u2605" in text for text in pages)


def test_warnings_alone_never_refuse(qapp, tmp_path, capsys):
    """A theme whose minimum text size the chart labels fall under: warnings, no errors."""
    theme = tmp_path / "theme.yaml"
    theme.write_text(default_theme().read_text(encoding="utf-8")
                     .replace("fonts/", f"{default_theme().parent / 'fonts'}/")
                     .replace("profiles/", f"{default_theme().parent / 'profiles'}/")
                     .replace("min_text_size: 6", "min_text_size: 8"), encoding="utf-8")
    document = tmp_path / "factsheet.yaml"
    document.write_text(default_document().read_text(encoding="utf-8")
                        .replace("locale: nl-NL\n", "locale: nl-NL\ntheme: theme.yaml\n", 1),
                        encoding="utf-8")
    code, _, err = _run(capsys, "check", document)
    assert code == 0 and "warning: " in err and "error: " not in err
    for arguments, written in ((("-o", tmp_path / "f.pdf"), "f.pdf"),
                               (("-o", tmp_path / "f.pdf", "--target", "screen"), "f.pdf"),
                               (("-o", tmp_path / "p.png", "--page", "1", "--dpi", "36"),
                                "p.png")):
        (tmp_path / written).unlink(missing_ok=True)
        code, out, err = _run(capsys, "export", document, *arguments)
        assert code == 0, err
        assert "below the 8 pt minimum" in err and "not exported" not in err
        assert f"wrote {tmp_path / written}" in out and (tmp_path / written).stat().st_size


CARD_ERRORS = {
    "broken-sum": ERRORS["broken-sum"],
    "missing-glyph-on-the-card": (
        (("heading: partner = pleger", "heading: partner = pleger \u2605"),),
        "'\u2605' (U+2605) on page 1 is not in the font"),
}


@pytest.mark.parametrize("error", sorted(CARD_ERRORS))
def test_an_error_refuses_a_card_unless_forced(qapp, changed_copy, tmp_path, capsys, error):
    edits, words = CARD_ERRORS[error]
    files = _earlier_exports(tmp_path, ("card.png", "card.txt"))
    card = ["card", changed_copy(*edits), "-o", tmp_path / "out" / "card.png", "--of",
            "blocks.themes.themes.partner_perpetrator"]
    code, out, err = _run(capsys, *card)
    assert code == 1 and words in err and "card.png: not exported" in err and "wrote" not in out
    assert _as_found(files) == files
    code, out, err = _run(capsys, *card, "--force")
    assert code == 0 and words in err and "wrote" in out
    assert (tmp_path / "out" / "card.png").read_bytes().startswith(b"\x89PNG")


def test_export_refusal_returns_the_errors_and_never_a_warning():
    error = Problem("the parts do not add up", severity=Severity.ERROR)
    warning = Problem("small text", severity=Severity.WARNING)
    assert export_refusal([warning, error, warning]) == [error]
    assert export_refusal([warning]) == []
    assert export_refusal([]) == []


@pytest.mark.parametrize("output", ["f.pdf", "f.png"])
def test_the_checks_and_the_export_share_one_layout(qapp, tmp_path, capsys, monkeypatch,
                                                    output):
    from infographic_app.export import png
    from infographic_app.layout import engine

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # not laid out before
    layouts = []

    def counted(*args, **kwargs):
        layouts.append(args)
        return engine_layout(*args, **kwargs)

    engine_layout = engine.layout_document
    for module in (engine, png):  # the PDF export imports it from the engine when it lays out
        monkeypatch.setattr(module, "layout_document", counted)
    code, _, err = _run(capsys, "export", default_document(), "-o", tmp_path / output,
                        "--page", "1", "--dpi", "36")
    assert code == 0, err
    assert len(layouts) == 1
