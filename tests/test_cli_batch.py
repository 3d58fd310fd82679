"""`infographic-app export A.yaml B.yaml --outdir DIR`: several factsheets in one call, each
read, checked and written (or refused) on its own, the exit code the worst of them."""

from pathlib import Path

import pytest
from bundled import without_small_counts

from infographic_app.cli import main, output_name
from infographic_app.layout import fonts as fonts_module
from infographic_app.paths import assets_dir, default_theme

from pdfcheck import font_files, open_pdf, page_text

VISITORS = ("    value: 265\n", "    value: 271\n"), ("    value: 34\n", "    value: 28\n")
PARTS_MISS_THE_WHOLE = ("    value: 34\n", "    value: 35\n")
EARLIER = b"%PDF-1.4 an earlier export"


def _export(capsys, *args: object) -> tuple[int, str, str]:
    code = main(["export", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def _theme_copy(folder: Path, edit=lambda text: text) -> Path:
    """The bundled theme with absolute asset paths, edited, in `folder`."""
    text = (default_theme().read_text(encoding="utf-8")
            .replace("fonts/Lato", f"{assets_dir()}/fonts/Lato")
            .replace("profiles/ISO", f"{assets_dir()}/profiles/ISO"))
    path = folder / "theme.yaml"
    path.write_text(edit(text), encoding="utf-8")
    return path


def _with_theme(changed_copy, theme: Path, name: str) -> Path:
    return changed_copy(("locale: nl-NL\n", f"locale: nl-NL\ntheme: {theme}\n"), name=name)


def test_two_factsheets_give_two_pdfs_each_with_its_own_numbers(changed_copy, tmp_path,
                                                                capsys):
    first = changed_copy(name="edition-2019.yaml")
    second = changed_copy(*VISITORS, name="edition-2020.yaml")
    out = tmp_path / "out"
    out.mkdir()
    code, printed, err = _export(capsys, first, second, "--outdir", out, "--target", "print")
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == ["edition-2019.pdf", "edition-2020.pdf"]
    old = page_text((out / "edition-2019.pdf").read_bytes())[0]
    new = page_text((out / "edition-2020.pdf").read_bytes())[0]
    assert "265 bezoekers waren zelf slachtoffer. De overige 34 hadden" in old
    assert "271 bezoekers waren zelf slachtoffer. De overige 28 hadden" in new
    assert " 265 " not in new
    assert f"wrote {out / 'edition-2019.pdf'}\nwrote {out / 'edition-2020.pdf'}\n" in printed
    assert "exported 2 of 2 factsheets" in printed


def test_a_refused_factsheet_does_not_stop_the_good_one(changed_copy, tmp_path, capsys):
    bad = changed_copy(PARTS_MISS_THE_WHOLE, name="bad.yaml")
    good = changed_copy(*VISITORS, name="good.yaml")
    code, printed, err = _export(capsys, bad, good, "--outdir", tmp_path)
    assert code == 1
    assert (tmp_path / "good.pdf").exists() and not (tmp_path / "bad.pdf").exists()
    assert "271 bezoekers" in page_text((tmp_path / "good.pdf").read_bytes())[0]
    lines = without_small_counts(err).splitlines()
    assert lines[0].startswith(f"error: {bad}:") and "do not add up to the whole" in lines[0]
    assert lines[1].startswith(f"{tmp_path / 'bad.pdf'}: not exported: the checks found 1 error")
    assert "exported 1 of 2 factsheets (1 refused by the checks, 0 not usable)" in printed


def test_the_worst_exit_code_wins_and_every_problem_names_its_file(changed_copy, tmp_path,
                                                                   capsys):
    refused = changed_copy(PARTS_MISS_THE_WHOLE, name="refused.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("figures: [\n", encoding="utf-8")
    missing = tmp_path / "missing.yaml"
    good = changed_copy(name="good.yaml")
    out = tmp_path / "out"
    out.mkdir()
    code, printed, err = _export(capsys, refused, broken, missing, good, "--outdir", out)
    assert code == 2
    assert [p.name for p in out.iterdir()] == ["good.pdf"]
    for line in without_small_counts(err).splitlines():
        assert any(str(name) in line for name in (refused, broken, missing, out / "refused.pdf"))
    assert any(line.startswith(f"{broken}:") for line in err.splitlines())
    assert f"{missing}: the file does not exist" in err
    assert "exported 1 of 4 factsheets (1 refused by the checks, 2 not usable)" in printed


def test_force_writes_the_refused_one_too_and_exits_0(changed_copy, tmp_path, capsys):
    bad = changed_copy(PARTS_MISS_THE_WHOLE, name="bad.yaml")
    code, _, err = _export(capsys, bad, "--outdir", tmp_path, "--force", "--target", "screen")
    assert code == 0 and (tmp_path / "bad.pdf").exists()
    assert err.startswith(f"error: {bad}:")


def test_two_factsheets_with_the_same_name_are_refused_before_anything_is_written(
        changed_copy, tmp_path, capsys):
    first = changed_copy(name="factsheet.yaml")
    (tmp_path / "other").mkdir()
    second = tmp_path / "other" / "factsheet.yaml"
    second.write_bytes(first.read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    code, printed, err = _export(capsys, first, second, "--outdir", out)
    assert code == 2 and list(out.iterdir()) == [] and printed == ""
    assert err == (f"{out / 'factsheet.pdf'}: --outdir: {first} and {second} would both be "
                   "written to this file, so nothing was written; rename one of them, or "
                   "export them in separate calls\n")


def test_png_pages_of_one_factsheet_would_overwrite_another(changed_copy, tmp_path, capsys):
    whole = changed_copy(name="card.yaml")
    page_named = changed_copy(name="card-1.yaml")
    code, _, err = _export(capsys, whole, page_named, "--outdir", tmp_path, "--format", "png")
    assert code == 2 and "would both be written" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["card-1.yaml", "card.yaml"]


def test_png_pages_of_several_factsheets(qapp, changed_copy, tmp_path, capsys):
    first = changed_copy(name="a.factsheet.yaml")
    second = changed_copy(*VISITORS, name="b.yaml")
    out = tmp_path / "png"
    out.mkdir()
    code, _, err = _export(capsys, first, second, "--outdir", out, "--format", "png", "--dpi",
                           "36")
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == ["a-1.png", "a-2.png", "b-1.png", "b-2.png"]


@pytest.mark.parametrize(("args", "message"), [
    ([], "say where to write: -o OUT.pdf for one factsheet, or --outdir FOLDER for one or more"),
    (["-o", "{tmp}/x.pdf"], "-o names one file, but 2 factsheets were given; use --outdir "
                            "FOLDER to write each to a file of its own"),
    (["-o", "{tmp}/x.pdf", "--outdir", "{tmp}"], "argument --outdir: not allowed with argument "
                                                 "-o/--output"),
])
def test_where_to_write_is_said_once_and_right(tmp_path, capsys, args, message):
    args = [a.format(tmp=tmp_path) for a in args]
    code, printed, err = _export(capsys, "data/factsheet-2019.yaml", "data/factsheet-2019.yaml",
                                 *args)
    assert code == 2 and printed == "" and list(tmp_path.iterdir()) == []
    assert err == f"infographic-app export: {message}\n"


def test_format_goes_with_outdir_and_outdir_must_be_a_folder(tmp_path, capsys):
    code, _, err = _export(capsys, "data/factsheet-2019.yaml", "-o", tmp_path / "x.pdf",
                           "--format", "png")
    assert code == 2 and err == ("infographic-app export: --format goes with --outdir; with -o "
                                 "the file name's ending (.pdf or .png) chooses\n")
    code, _, err = _export(capsys, "data/factsheet-2019.yaml", "--outdir", tmp_path / "nope")
    assert code == 2 and err == (f"{tmp_path / 'nope'}: --outdir: cannot write here: the "
                                 "folder does not exist (nothing was written)\n")
    assert list(tmp_path.iterdir()) == []


def test_batch_export_speaks_dutch_in_a_dutch_shell(changed_copy, tmp_path, capsys,
                                                    monkeypatch):
    monkeypatch.setenv("LANGUAGE", "nl_NL")
    bad = changed_copy(PARTS_MISS_THE_WHOLE, name="fout.yaml")
    good = changed_copy(name="goed.yaml")
    out = tmp_path / "uit"
    out.mkdir()
    code, printed, err = _export(capsys, bad, good, "--outdir", out)
    assert code == 1
    assert printed == (f"geschreven: {out / 'goed.pdf'}\n1 van de 2 factsheets geëxporteerd "
                       "(1 geweigerd door de controle, 0 onbruikbaar)\n")
    assert err.splitlines()[0].startswith(f"fout: {bad}:")
    assert f"{out / 'fout.pdf'}: niet geëxporteerd" in err
    code, _, err = _export(capsys, good, good, "--outdir", out)
    assert code == 2 and "zouden allebei naar dit bestand geschreven worden" in err


def test_themes_share_fonts_only_when_their_font_files_are_the_same(
        changed_copy, tmp_path, capsys, monkeypatch):
    made = []
    real = fonts_module.FontSet

    def counted(theme):
        made.append(theme)
        return real(theme)

    monkeypatch.setattr(fonts_module, "FontSet", counted)
    (tmp_path / "blue").mkdir()
    (tmp_path / "bold").mkdir()
    blue = _theme_copy(tmp_path / "blue", lambda t: t.replace(
        "primary: {cmyk: [0, 95, 35, 0], rgb: '#E11F63'}",
        "primary: {cmyk: [100, 50, 0, 0], rgb: '#0080FF'}"))
    bold = _theme_copy(tmp_path / "bold", lambda t: t.replace("Lato-Black.ttf", "Lato-Bold.ttf"))
    plain = changed_copy(name="plain.yaml")
    in_blue = _with_theme(changed_copy, blue, "blue.yaml")
    in_bold = _with_theme(changed_copy, bold, "bold.yaml")
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = _export(capsys, plain, in_blue, in_bold, "--outdir", out, "--target", "screen")
    assert code == 0, err
    assert len(made) == 2  # the bundled theme's fonts (plain, blue), then bold's
    fonts = {name: set(font_files(open_pdf((out / f"{name}.pdf").read_bytes())))
             for name in ("plain", "blue", "bold")}
    assert any("Lato-Black" in font for font in fonts["plain"])
    assert fonts["blue"] == fonts["plain"]
    assert not any("Lato-Black" in font for font in fonts["bold"])
    assert _header_colour(out / "plain.pdf") == (225, 31, 99)
    assert _header_colour(out / "blue.pdf") == (0, 128, 255)


def _header_colour(pdf: Path) -> tuple[int, int, int]:
    """The colour of the header band in the top left corner of the first page."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf.read_bytes())
    try:
        return document[0].render(scale=0.5).to_pil().convert("RGB").getpixel((5, 5))
    finally:
        document.close()


@pytest.mark.parametrize(("file", "name"), [
    ("factsheet-2020.yaml", "factsheet-2020"), ("2020.factsheet.yaml", "2020"),
    ("edition.YML", "edition"), ("notes.txt", "notes.txt"), (".yaml", ".yaml")])
def test_output_names(file, name):
    assert output_name(Path("some/folder") / file) == name


def _break_layout_of(monkeypatch, name: str, error: type[BaseException] = RuntimeError):
    """Make the layout fail (as a bug would) for the factsheet file called `name` only."""
    import infographic_app.layout.engine as engine

    real = engine.layout_document

    def layout(document, *args, **kwargs):
        if document.path is not None and document.path.name == name:
            raise error("a bug in the layout")
        return real(document, *args, **kwargs)

    monkeypatch.setattr(engine, "layout_document", layout)


def test_an_error_inside_the_app_with_one_factsheet_does_not_stop_the_others(
        changed_copy, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    _break_layout_of(monkeypatch, "buggy.yaml")
    first = changed_copy(name="first.yaml")
    buggy = changed_copy(name="buggy.yaml")
    refused = changed_copy(PARTS_MISS_THE_WHOLE, name="refused.yaml")
    missing = tmp_path / "missing.yaml"
    last = changed_copy(*VISITORS, name="last.yaml")
    out = tmp_path / "out"
    out.mkdir()
    (out / "buggy.pdf").write_bytes(EARLIER)
    code, printed, err = _export(capsys, first, buggy, refused, missing, last, "--outdir", out)
    assert code == 3  # the worst: above bad input (2) and refused (1)
    assert sorted(p.name for p in out.iterdir()) == ["buggy.pdf", "first.pdf", "last.pdf"]
    assert (out / "buggy.pdf").read_bytes() == EARLIER
    assert "271 bezoekers" in page_text((out / "last.pdf").read_bytes())[0]
    log = tmp_path / "data" / "CKM" / "Factsheet studio" / "factsheet-studio.log"
    assert (f"{buggy}: something went wrong inside the app, not in this file; nothing was "
            f"written for it; the {out / 'buggy.pdf'} already there is from an earlier export "
            f"and was not changed; the details are in {log}. Please report it."
            ) in err.splitlines()
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: a bug in the layout" in logged
    assert f"export {first} {buggy}" in logged
    assert printed.endswith("exported 2 of 5 factsheets (1 refused by the checks, 1 not usable, "
                            "1 stopped by an error inside the app)\n")


def test_an_error_inside_the_app_in_dutch_and_without_a_log(changed_copy, tmp_path, capsys,
                                                             monkeypatch):
    monkeypatch.setenv("LANGUAGE", "nl_NL")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    _break_layout_of(monkeypatch, "kapot.yaml")
    buggy = changed_copy(name="kapot.yaml")
    code, printed, err = _export(capsys, buggy, "-o", tmp_path / "kapot.pdf")
    assert code == 3 and printed == ""
    assert err == (f"{buggy}: er ging iets mis in het programma, niet in dit bestand; er is "
                   "niets voor geschreven. Meld het alstublieft.\n")


def test_ctrl_c_stops_the_whole_batch(changed_copy, tmp_path, capsys, monkeypatch):
    _break_layout_of(monkeypatch, "first.yaml", KeyboardInterrupt)
    first = changed_copy(name="first.yaml")
    second = changed_copy(name="second.yaml")
    out = tmp_path / "out"
    out.mkdir()
    code, printed, _ = _export(capsys, first, second, "--outdir", out)
    assert code == 130 and list(out.iterdir()) == [] and printed == ""



def test_a_refusal_names_the_earlier_export_it_leaves_in_place(changed_copy, tmp_path, capsys):
    bad = changed_copy(PARTS_MISS_THE_WHOLE, name="bad.yaml")
    good = changed_copy(name="good.yaml")
    out = tmp_path / "out"
    out.mkdir()
    (out / "bad.pdf").write_bytes(EARLIER)
    code, _, err = _export(capsys, bad, good, "--outdir", out)
    assert code == 1 and (out / "bad.pdf").read_bytes() == EARLIER
    assert (f"{out / 'bad.pdf'}: not exported: the checks found 1 error(s), listed above; "
            f"nothing was written; the {out / 'bad.pdf'} already there is from an earlier export "
            "and was not changed; correct them, or add --force to export anyway"
            ) in err.splitlines()
    single = tmp_path / "single.pdf"
    single.write_bytes(EARLIER)
    code, _, err = _export(capsys, bad, "-o", single)
    assert code == 1 and single.read_bytes() == EARLIER
    assert f"; the {single} already there is from an earlier export and was not changed" in err


def test_a_refusal_without_an_earlier_export_says_nothing_of_one(changed_copy, tmp_path,
                                                                 capsys):
    bad = changed_copy(PARTS_MISS_THE_WHOLE, name="bad.yaml")
    code, _, err = _export(capsys, bad, "-o", tmp_path / "bad.pdf")
    assert code == 1 and "earlier" not in err


def test_a_refused_png_export_names_each_earlier_page_in_dutch(qapp, changed_copy, tmp_path,
                                                               capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "nl_NL")
    bad = changed_copy(PARTS_MISS_THE_WHOLE, name="fout.yaml")
    out = tmp_path / "uit"
    out.mkdir()
    pages = [out / f"fout-{n}.png" for n in (1, 2, 10)]
    for page in pages:
        page.write_bytes(b"earlier page")
    (out / "fout-x.png").write_bytes(b"not a page")
    code, _, err = _export(capsys, bad, "--outdir", out, "--format", "png", "--dpi", "36")
    assert code == 1 and all(page.read_bytes() == b"earlier page" for page in pages)
    assert (f"er is niets geschreven; de bestanden {pages[0]}, {pages[1]}, {pages[2]} die er "
            "al staan zijn van een eerdere export en zijn niet veranderd; verbeter ze") in err


def test_options_may_come_between_the_factsheets(changed_copy, tmp_path, capsys):
    first = changed_copy(name="a.yaml")
    second = changed_copy(*VISITORS, name="b.yaml")
    out = tmp_path / "out"
    out.mkdir()
    code, printed, err = _export(capsys, first, "--outdir", out, "--target", "screen", second)
    assert code == 0, err
    assert sorted(p.name for p in out.iterdir()) == ["a.pdf", "b.pdf"]
    assert "exported 2 of 2 factsheets" in printed
    code, _, err = _export(capsys, first, second, "--outdir", out, "--nonsense")
    assert code == 2
    assert err == "infographic-app export: unrecognized arguments: --nonsense\n"


@pytest.mark.parametrize(("args", "message"), [
    (["--dpi", "5"], "--dpi: choose a resolution from 36 to 1200 dpi, not 5"),
    (["--page", "0"], "--page: there is no page 0; pages are numbered from 1"),
])
def test_a_wrong_option_is_said_once_before_any_factsheet(changed_copy, tmp_path, capsys,
                                                          args, message):
    first = changed_copy(name="a.yaml")
    second = changed_copy(name="b.yaml")
    out = tmp_path / "out"
    out.mkdir()
    code, printed, err = _export(capsys, first, second, "--outdir", out, "--format", "png",
                                 *args)
    assert code == 2 and printed == "" and list(out.iterdir()) == []
    assert err == f"infographic-app export: {message}\n"


def test_a_problem_with_where_to_write_names_outdir_when_that_was_used(tmp_path, capsys):
    long_name = tmp_path / ("a" * 250 + ".yaml")
    long_name.write_bytes((Path("data") / "factsheet-2019.yaml").read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = _export(capsys, long_name, "--outdir", out)
    assert code == 2 and list(out.iterdir()) == []
    [problem] = err.splitlines()
    assert ": --outdir: cannot write here: the file name is 254 bytes long" in problem
