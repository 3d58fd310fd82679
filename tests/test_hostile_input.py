"""Hostile and broken input (issue 11): a clear FILE:LINE: field: message, never a traceback,
never a hang, never runaway memory, never a mix of old and new output.

Inputs that used to hang or eat memory run in a subprocess with a time limit and a memory cap;
the others run the CLI in-process, as tests/test_bad_input.py does.
"""

from __future__ import annotations

import io
import os
import resource
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image
from test_bad_input import (
    EARLIER_EXPORT,
    _assert_one_problem,
    _assert_untouched,
    _bad_document,
    _earlier_export,
    _line_of,
    _run,
)

from infographic_app.cli import EXIT_INTERNAL_ERROR
from infographic_app.paths import assets_dir, default_document, default_theme

TESTS = Path(__file__).resolve().parent
SECONDS = 30  # a check takes well under a second; the hangs this guards against were endless
MEMORY = 2_000_000_000  # bytes of address space; the runaway cases grew past 4 GB


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _cli(*argv: object, env: dict | None = None) -> subprocess.CompletedProcess:
    """The installed command in a subprocess, under a time limit and a memory cap."""
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "infographic_app", *map(str, argv)],
                            capture_output=True, text=True, timeout=SECONDS, preexec_fn=_limits,
                            env={**os.environ, **(env or {})}, errors="replace")
    assert time.monotonic() - started < SECONDS
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    return result


def _theme_copy(tmp_path: Path, edit=lambda t: t, name: str = "theme.yaml") -> Path:
    """The bundled theme beside the document, with absolute asset paths, edited."""
    assets = assets_dir()
    text = (default_theme().read_text(encoding="utf-8")
            .replace("fonts/Lato", f"{assets}/fonts/Lato")
            .replace("profiles/ISO", f"{assets}/profiles/ISO"))
    theme = tmp_path / name
    theme.write_text(edit(text), encoding="utf-8")
    return theme


def _document_with_theme(tmp_path: Path, theme: Path) -> Path:
    return _bad_document(tmp_path, lambda t: t.replace(
        "locale: nl-NL\n", f"locale: nl-NL\ntheme: {theme.name}\n", 1))


def _value(line: str, value: str):
    """An edit of the bundled factsheet: the line `    value: OLD` becomes `    value: NEW`."""
    return lambda t: t.replace(f"    value: {line}\n", f"    value: {value}\n", 1)


def _formula(formula: str):
    """average_age (a decimal) computed by `formula` instead of typed."""
    return lambda t: t.replace("    value: 17.7\n", f"    formula: {formula}\n", 1)


# --- 1. numbers out of range: exit 2 at load, the range in the message

@pytest.mark.parametrize(("edit", "typed", "field", "words"), [
    (_value("299", "1" + "0" * 28), "1" + "0" * 28, "figures.visitors_total.value",
     ("has 29 digits; a figure has at most 15",)),
    (_value("299", "1" + "0" * 15), "1" + "0" * 15, "figures.visitors_total.value",
     ("has 16 digits; a figure has at most 15",)),
    (_value("17.7", "1" + "0" * 27 + ".5"), "1" + "0" * 27 + ".5", "figures.average_age.value",
     ("has 29 digits",)),
    (_value("299", "9" * 309), "9" * 309, "figures.visitors_total.value",
     ("'" + "9" * 40 + "…' has 309 digits",)),
    (_value("299", "9" * 5000), "9" * 5000, "figures.visitors_total.value",
     ("has 5000 digits",)),
    (_value("299", ".inf"), ".inf", "figures.visitors_total.value",
     ("must be a finite number, not '.inf'",)),
    (_value("299", ".nan"), ".nan", "figures.visitors_total.value",
     ("must be a finite number, not '.nan'",)),
    (_value("17.7", "-.inf"), "-.inf", "figures.average_age.value",
     ("must be a finite number",)),
], ids=["count-1e28", "count-16-digits", "decimal-1e27", "count-309-digits",
        "count-5000-digits", "count-inf", "count-nan", "decimal-minus-inf"])
def test_a_number_out_of_range_is_refused_with_the_range(capsys, tmp_path, edit, typed, field,
                                                         words):
    document = _bad_document(tmp_path, edit)
    code, out, err = _run(capsys, "check", document)
    assert code == 2
    _assert_one_problem(err, document, _line_of(document, f"value: {typed}"), field, *words)


def test_the_largest_figure_is_accepted(capsys, tmp_path):
    document = _bad_document(tmp_path, _value("20000", "9" * 15))
    code, out, err = _run(capsys, "check", document)
    assert code in (0, 1)  # it may not fit its box; it is a figure
    assert "digits" not in err


@pytest.mark.parametrize("formula", [
    "visitors_total * 1" + "0" * 40,
    "visitors_total * 1" + "0" * 25,
    "chat_conversations_per_year * chat_conversations_per_year * "
    "chat_conversations_per_year * chat_conversations_per_year",
    "visitors_total * 1e999",
], ids=["times-1e40", "times-1e25", "product-of-estimates", "float-infinity"])
def test_a_formula_result_out_of_range_is_said_so_not_division_by_zero(capsys, tmp_path,
                                                                        formula):
    document = _bad_document(tmp_path, _formula(formula))
    code, out, err = _run(capsys, "check", document)
    assert code == 1
    [problem] = [p for p in err.splitlines() if "Figure 'gemiddelde leeftijd van" in p]
    line = _line_of(document, "formula: " + formula[:20])
    assert problem.startswith(f"error: {document}:{line}: Figure 'gemiddelde leeftijd van "
                              "slachtof…: the formula '")
    assert "more than 15 digits before the point" in problem
    assert "division by zero" not in err


# --- 2. resource exhaustion: refused quickly, within a memory cap

def _laughs(levels: int = 9) -> str:
    lines = ["lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"lol{n}: &lol{n} [{', '.join([f'*lol{n - 1}'] * 10)}]" for n in range(1, levels)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("where", ["document", "theme"])
def test_alias_expansion_is_bounded(tmp_path, where):
    if where == "document":
        document = _bad_document(tmp_path, lambda t: _laughs() + t)
        file = document
    else:
        file = _theme_copy(tmp_path, lambda t: _laughs() + t)
        document = _document_with_theme(tmp_path, file)
    result = _cli("check", document)
    assert result.returncode == 2
    # Line 5: there the expansion passes the limit (lol4 stands for 100,000 values).
    _assert_one_problem(result.stderr, file, 5, "", "more than 100,000 values",
                        "aliases (*name)")


def test_an_alias_that_contains_itself_is_refused(capsys, tmp_path):
    document = _bad_document(tmp_path, lambda t: "loop: &loop [1, *loop]\n" + t)
    code, out, err = _run(capsys, "check", document)
    assert code == 2
    _assert_one_problem(err, document, 1, "", "a value cannot contain itself")


@pytest.mark.parametrize("special", ["fifo", "/dev/zero", "folder"])
def test_a_document_that_is_not_a_regular_file_is_refused_unread(tmp_path, special):
    if special == "fifo":
        document = tmp_path / "factsheet.yaml"
        os.mkfifo(document)
        kind = "a named pipe (FIFO)"
    elif special == "folder":
        document = tmp_path
        kind = "a folder"
    else:
        document = Path(special)
        kind = "a device"
    result = _cli("check", document)
    assert result.returncode == 2
    _assert_one_problem(result.stderr, document, None, "",
                        f"cannot use this file: it is not a regular file but {kind}")


def test_a_document_over_the_size_limit_is_refused_unread(tmp_path):
    document = _bad_document(tmp_path, lambda t: t.replace(
        "    label: familielid\n", "    label: " + "familielid " * 200_000 + "\n", 1))
    result = _cli("check", document)
    assert result.returncode == 2
    _assert_one_problem(result.stderr, document, None, "", "larger than 1 MB")


@pytest.mark.parametrize("size", [20_001, 900_000])
def test_a_text_value_over_the_limit_is_refused_with_its_field(capsys, tmp_path, size):
    document = _bad_document(tmp_path, lambda t: t.replace(
        "    label: familielid\n", "    label: " + "x" * size + "\n", 1))
    code, out, err = _run(capsys, "check", document)
    assert code == 2
    _assert_one_problem(err, document, _line_of(document, "label: xxx"),
                        "figures.perpetrator_family.label", "longer than 20,000 characters")


@pytest.mark.parametrize("asset", ["profile", "logo", "font"])
def test_a_theme_file_that_is_a_fifo_is_refused_unread(tmp_path, asset):
    pipe = tmp_path / {"profile": "print.icc", "logo": "logo.png", "font": "face.ttf"}[asset]
    os.mkfifo(pipe)
    if asset == "profile":
        edit = lambda t: t.replace(f"{assets_dir()}/profiles/ISOcoated_v2_300_bas.icc",  # noqa: E731
                                   str(pipe))
        line, field = "  output_profile: ", "print.output_profile"
    elif asset == "font":
        edit = lambda t: t.replace(f"{assets_dir()}/fonts/Lato-Bold.ttf", str(pipe))  # noqa: E731
        line, field = "  bold: ", "fonts.bold"
    else:
        edit = lambda t: t + f"logo:\n  file: {pipe}\n  width_mm: 30\n"  # noqa: E731
        line, field = "  file: ", "logo.file"
    theme = _theme_copy(tmp_path, edit)
    result = _cli("check", _document_with_theme(tmp_path, theme))
    assert result.returncode == 2
    _assert_one_problem(result.stderr, theme, _line_of(theme, line), field,
                        "it is not a regular file but a named pipe (FIFO)")


# --- 3. formulas and nesting

@pytest.mark.parametrize(("formula", "words"), [
    (" + ".join(["visitors_total"] * 1000), ("16997 characters long", "at most 500")),
    ("-" * 1000 + "visitors_total", ("1014 characters long",)),
    (" ".join(["a"] * 1500), ("2999 characters long",)),
    ("(" * 60 + "visitors_total" + " + 1)" * 60, ("more than 50 operations or brackets",)),
    ("-" * 60 + "visitors_total", ("more than 50 operations or brackets",)),
    ("+".join(["a"] * 100), ("more than 50 operations or brackets",)),
], ids=["1000-terms", "1000-unary-minus", "1500-words", "60-sums-in-brackets", "60-unary-minus",
        "100-terms"])
def test_a_formula_too_long_or_too_deep_is_refused(capsys, tmp_path, formula, words):
    document = _bad_document(tmp_path, _formula(formula))
    code, out, err = _run(capsys, "check", document)
    assert code == 2
    _assert_one_problem(err, document, _line_of(document, "formula: " + formula[:20]),
                        "figures.average_age.formula", *words)


def test_a_long_chain_of_formulas_is_refused(capsys, tmp_path):
    """Each formula uses the one below it, 80 deep: computed from the top, this recursed."""
    chain = "".join(f"  step{n}:\n    type: decimal\n    formula: step{n - 1} + 1\n"
                    f"    label: stap {n}\n" for n in range(79, 0, -1))
    document = _bad_document(tmp_path, lambda t: t.replace(
        "figures:\n", "figures:\n  step0:\n    type: decimal\n    value: 1\n"
                      "    label: stap 0\n" + chain, 1))
    code, out, err = _run(capsys, "check", document)
    assert code == 2
    assert "through more than 50 formulas that use one another" in err


@pytest.mark.parametrize("levels", [60, 500, 5000])
def test_deep_yaml_nesting_is_refused(capsys, tmp_path, levels):
    document = _bad_document(tmp_path, lambda t: t + "deep: " + "[" * levels + "]" * levels
                             + "\n")
    code, out, err = _run(capsys, "check", document)
    assert code == 2
    _assert_one_problem(err, document, _line_of(document, "deep: "), "",
                        "nested", "check the brackets")


def test_deep_block_nesting_is_refused(capsys, tmp_path):
    nested = "".join(f"{'  ' * n}k{n}:\n" for n in range(200)) + "  " * 200 + "end: 1\n"
    document = _bad_document(tmp_path, lambda t: t + nested)
    code, out, err = _run(capsys, "check", document)
    assert code == 2
    assert "nested more than 50 deep" in err


# --- 4. YAML the loader used to pass through

@pytest.mark.parametrize(("edit", "line", "field", "words"), [
    (lambda t: t.replace("  author: Centrum tegen Kinderhandel en Mensenhandel\n",
                         "  author: 2019-02-30\n", 1),
     "author: 2019-02-30", "metadata.author", ("'2019-02-30' as a date, but there is no such",
                                                "quotes")),
    (_value("299", "!!bool maybe"), "!!bool maybe", "figures.visitors_total.value",
     ("'maybe' is marked as yes or no (!!bool)",)),
    (_value("299", "!!int abc"), "!!int abc", "figures.visitors_total.value",
     ("'abc' is marked as a whole number (!!int)",)),
    (_value("299", "!!timestamp abc"), "!!timestamp abc", "figures.visitors_total.value",
     ("'abc' is marked as a date (!!timestamp)",)),
    (_value("299", "!!float"), "!!float", "figures.visitors_total.value",
     ("'' is marked as a number (!!float)",)),
    (_value("299", "!whatever 12"), "!whatever 12", "figures.visitors_total.value",
     ("the mark '!whatever' is not something this app reads",)),
    (lambda t: t.replace("    label: familielid", '    label: "\\ud800"', 1), "ud800", "",
     ("escape", "that is no character")),
    (lambda t: t.replace("    label: familielid", "    label: famil\u2029ielid", 1), "famil\u2029",
     "", ("invisible line break (U+2029)",)),
    (lambda t: t.replace("    label: familielid", "    label: " + "a\u2029" * 12, 1), "a\u2029a",
     "", ("U+2029",)),
    (lambda t: t.replace("    label: familielid", "    label: fami\x07lie", 1), "fami\x07",
     "", ("U+0007",)),
    (lambda t: t + "---\nother: 1\n", "---", "", ("'---'", "a file holds one factsheet")),
    (_value("299", "*nowhere"), "*nowhere", "", ("refers to a value marked &name",)),
], ids=["impossible-date", "bool-maybe", "int-abc", "timestamp-abc", "float-empty",
        "unknown-tag", "lone-surrogate", "paragraph-separator", "12-paragraph-separators",
        "control-character", "second-document", "undefined-alias"])
def test_yaml_the_loader_passed_through_is_refused_in_words(capsys, tmp_path, edit, line,
                                                             field, words):
    document = _bad_document(tmp_path, edit)
    code, out, err = _run(capsys, "check", document)
    assert code == 2
    # Lines as an editor counts them: str.splitlines would also break at U+2029.
    [number] = [n for n, text in enumerate(document.read_text(encoding="utf-8").split("\n"), 1)
                if line in text]
    problem = _assert_one_problem(err, document, number, field, *words)
    assert "found" not in problem  # libyaml's words ("found undefined alias") are reworded


def test_an_encoding_error_names_the_line(capsys, tmp_path):
    document = tmp_path / "factsheet.yaml"
    document.write_bytes(default_document().read_text(encoding="utf-8")
                         .replace("familielid", "famili\xeblid").encode("latin-1"))
    code, out, err = _run(capsys, "check", document)
    assert code == 2
    line = next(n for n, text in enumerate(document.read_bytes().split(b"\n"), 1)
                if b"famili\xeb" in text)
    _assert_one_problem(err, document, line, "", "not UTF-8", "byte 0xeb")


# --- 5. messages cannot be forged or garbled

@pytest.mark.parametrize(("typed", "shown"), [
    ('"12\\n/tmp/other.yaml:3: figures.a.value: all is well"', "'12\\n/tmp/other.yaml:3: "),
    ('"\\e[31mred\\e[0m"', "'\\x1b[31mred\\x1b[0m'"),
    ('"\\u202eevil"', "'\\u202eevil'"),
])
def test_a_value_quoted_in_a_message_is_escaped(capsys, tmp_path, typed, shown):
    document = _bad_document(tmp_path, _value("299", typed))
    code, out, err = _run(capsys, "check", document)
    assert code == 2
    problem = _assert_one_problem(err, document, _line_of(document, typed[:8]),
                                  "figures.visitors_total.value", shown, "is not a number")
    assert "\x1b" not in problem and "\u202e" not in problem


def test_a_long_value_is_shortened_in_a_message(capsys, tmp_path):
    document = _bad_document(tmp_path, _value("299", "'" + "twee" * 500 + "'"))
    code, out, err = _run(capsys, "check", document)
    assert code == 2
    problem = _assert_one_problem(err, document, _line_of(document, "value: 'twee"),
                                  "figures.visitors_total.value", "…' is not a number")
    assert len(problem) < 300


# --- 6. theme and asset files

def _damaged_theme(tmp_path: Path, kind: str) -> tuple[Path, str, str]:
    """A theme naming a damaged file of `kind`: (theme, the theme line's text, field)."""
    assets = assets_dir()
    profile = f"{assets}/profiles/ISOcoated_v2_300_bas.icc"
    real_profile = Path(profile).read_bytes()
    if kind in ("truncated-font", "font-without-tables"):
        font = Path(f"{assets}/fonts/Lato-Italic.ttf").read_bytes()
        damaged = tmp_path / "Lato-Italic.ttf"
        damaged.write_bytes(font[:5000] if kind == "truncated-font"
                            else font[:4] + struct.pack(">H", 0) + font[6:12])
        return (_theme_copy(tmp_path, lambda t: t.replace(f"{assets}/fonts/Lato-Italic.ttf",
                                                          str(damaged))),
                "  italic: ", "fonts.italic")
    damaged = tmp_path / "print.icc"
    damaged.write_bytes({"truncated-profile": real_profile[:60_000],
                         "20-byte-profile": real_profile[:20],
                         "profile-wrong-size": real_profile[:-4] + b"\0\0\0\0" + b"x"}[kind])
    # Colours without rgb take it from the profile: a damaged one must not get that far.
    return (_theme_copy(tmp_path, lambda t: t.replace(profile, str(damaged))
                        .replace(", rgb: '#E11F63'", "")),
            "  output_profile: ", "print.output_profile")


@pytest.mark.parametrize("kind", ["truncated-font", "font-without-tables", "truncated-profile",
                                  "20-byte-profile", "profile-wrong-size"])
def test_a_damaged_font_or_profile_is_refused_with_the_theme_line(capsys, tmp_path, kind):
    theme, line, field = _damaged_theme(tmp_path, kind)
    document = _document_with_theme(tmp_path, theme)
    output = _earlier_export(tmp_path)
    code, out, err = _run(capsys, "export", document, "-o", output)
    assert code == 2
    _assert_one_problem(err, theme, _line_of(theme, line), field, "damaged or incomplete")
    _assert_untouched(output)


def _svg(body: str, attributes: str = 'viewBox="0 0 100 50"') -> bytes:
    return f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}>{body}</svg>'.encode()


def _raster(kind: str) -> bytes:
    image = Image.new("RGB", (400, 200), "red")
    for x in range(0, 400, 7):
        image.putpixel((x, x % 200), (x % 255, 0, 255 - x % 255))
    data = io.BytesIO()
    image.save(data, kind)
    return data.getvalue()


@pytest.mark.parametrize(("name", "data", "words"), [
    ("auto.svg", _svg('<rect x="auto" width="10" height="10"/>'), ('x="auto"', "not a number")),
    ("zero.svg", _svg('<rect width="10" height="10"/>', 'width="0" height="0"'),
     ("size (0 x 0) is not a positive number",)),
    ("nested.svg", _svg("<g>" * 1000 + '<rect width="10" height="10"/>' + "</g>" * 1000),
     ("nested more than 50 deep",)),
    ("huge.svg", _svg('<rect x="1e999" width="10" height="10"/>'),
     ("coordinate too large",)),
    ("infinite.svg", _svg('<rect width="10" height="10"/>', 'viewBox="0 0 1e999 50"'),
     ("is not a positive number",)),
    ("cut.png", _raster("PNG")[:-200], ("cut short",)),
    ("cut.jpg", _raster("JPEG")[:-200], ("cut short",)),
], ids=["svg-x-auto", "svg-zero-size", "svg-1000-groups", "svg-1e999", "svg-infinite-box",
        "truncated-png", "truncated-jpeg"])
def test_a_broken_logo_is_refused_by_check_with_the_theme_line(capsys, tmp_path, name, data,
                                                               words):
    (tmp_path / name).write_bytes(data)
    theme = _theme_copy(tmp_path, lambda t: t + f"logo:\n  file: {name}\n  width_mm: 30\n")
    code, out, err = _run(capsys, "check", _document_with_theme(tmp_path, theme))
    assert code == 2
    _assert_one_problem(err, theme, _line_of(theme, "  file: "), "logo.file",
                        "cannot be used", *words)


@pytest.mark.parametrize("edit", [
    lambda t: t.replace("  title: 'Factsheet mensenhandel: Onzichtbare slachtoffers in 2019'\n",
                        "", 1),
    lambda t: t.replace("  title: 'Factsheet mensenhandel: Onzichtbare slachtoffers in 2019'\n",
                        "  title: '  '\n", 1),
], ids=["missing", "blank"])
def test_a_print_pdf_without_title_is_an_error_of_check_first(capsys, tmp_path, edit):
    document = _bad_document(tmp_path, edit)
    code, out, err = _run(capsys, "check", document)
    assert code == 1
    [problem] = [p for p in err.splitlines() if p.startswith("error: ")]
    assert problem.startswith(f"error: {document}:{_line_of(document, 'metadata:')}: "
                              "Document › Title: the print PDF (PDF/X) needs a title")
    output = _earlier_export(tmp_path)
    code, out, err = _run(capsys, "export", document, "-o", output)
    assert code == 1
    _assert_untouched(output)
    code, out, err = _run(capsys, "check", document, "--target", "screen")
    assert code == 0


# --- 7. outputs

@pytest.mark.parametrize("name", ["a" * 300 + ".pdf", "a" * 300 + "/factsheet.pdf"])
def test_an_output_name_too_long_is_refused_in_words(capsys, tmp_path, name):
    code, out, err = _run(capsys, "export", default_document(), "-o", tmp_path / name)
    assert code == 2
    [problem] = err.splitlines()
    assert "-o: cannot write here" in problem
    assert list(tmp_path.iterdir()) == []


def test_png_pages_are_replaced_all_together_or_not_at_all(capsys, tmp_path, monkeypatch,
                                                          qapp):
    """A write that fails on page 2 (a full disk) leaves both earlier pages as they were."""
    folder = tmp_path / "out"
    folder.mkdir()
    pages = [folder / "factsheet-1.png", folder / "factsheet-2.png"]
    for page in pages:
        page.write_bytes(b"earlier page " + page.name.encode())
    import infographic_app.model.storage as storage

    real_fsync, calls = os.fsync, []

    def fsync(fd):
        if os.readlink(f"/proc/self/fd/{fd}").endswith(".tmp") and ".factsheet-" in \
                os.readlink(f"/proc/self/fd/{fd}"):
            calls.append(fd)
            if len(calls) == 2:  # the second page: the disk is full
                raise OSError(28, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(storage.os, "fsync", fsync)
    code, out, err = _run(capsys, "export", default_document(), "-o", folder / "factsheet.png",
                          "--dpi", "36")
    assert code == 2
    assert "No space left on device (nothing was written)" in err
    assert [p.read_bytes() for p in pages] == [b"earlier page factsheet-1.png",
                                               b"earlier page factsheet-2.png"]
    assert sorted(p.name for p in folder.iterdir()) == [p.name for p in pages]


def test_temporary_files_of_a_killed_export_are_removed_by_the_next(capsys, tmp_path):
    output = tmp_path / "factsheet.pdf"
    stale = tmp_path / ".factsheet.pdf.k1ll3d9x.tmp"
    young = tmp_path / ".factsheet.pdf.wr1t1ng0.tmp"
    other = tmp_path / ".notes.txt.k1ll3d9x.tmp"
    for path in (stale, young, other):
        path.write_bytes(b"half a file")
    hour_ago = time.time() - 3600
    for path in (stale, other):
        os.utime(path, (hour_ago, hour_ago))
    code, out, err = _run(capsys, "export", default_document(), "-o", output, "--target",
                          "screen")
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [output.name, young.name, other.name])


def test_killed_export_leaves_the_earlier_file(tmp_path):
    output = _earlier_export(tmp_path)
    process = subprocess.Popen([sys.executable, "-m", "infographic_app", "export",
                                str(default_document()), "-o", str(output)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    process.kill()
    process.wait()
    written = output.read_bytes()
    assert written == EARLIER_EXPORT or (written.startswith(b"%PDF-")
                                         and written.rstrip().endswith(b"%%EOF"))


# --- 8. exit codes

def test_an_internal_error_has_its_own_exit_code_and_a_logged_traceback(capsys, tmp_path,
                                                                       monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    import infographic_app.layout.engine as engine

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the layout")

    monkeypatch.setattr(engine, "layout_document", broken)
    code, out, err = _run(capsys, "check", default_document())
    assert code == EXIT_INTERNAL_ERROR == 3
    log = tmp_path / "data" / "CKM" / "Factsheet studio" / "factsheet-studio.log"
    [sentence] = err.splitlines()
    assert sentence == ("infographic-app: something went wrong inside the app, not in your "
                        f"file (nothing was written); the details are in {log}. Please report "
                        "it.")
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: a bug in the layout" in logged
    assert f"check {default_document()}" in logged


def test_an_internal_error_without_a_writable_log_still_says_one_sentence(capsys, tmp_path,
                                                                          monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    import infographic_app.layout.engine as engine

    monkeypatch.setattr(engine, "layout_document", lambda *a, **k: 1 / 0)
    code, out, err = _run(capsys, "check", default_document())
    assert code == 3
    assert err.strip() == ("infographic-app: something went wrong inside the app, not in your "
                           "file (nothing was written). Please report it.")


# --- the fuzz test

def test_fuzzed_factsheets_and_themes_never_crash_hang_or_run_away(tmp_path):
    """300 mutated factsheets and themes (the same ones every run) through `check`, in a
    subprocess under a memory cap; see tests/fuzz_check.py for what each must do and for the
    command of a longer run."""
    result = subprocess.run(
        [sys.executable, str(TESTS / "fuzz_check.py"), "--examples", "300"],
        capture_output=True, text=True, timeout=180, preexec_fn=_limits,
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "300 examples" in result.stdout
