"""Bad input on the command line: what a user sees.

Every case runs the CLI in-process and expects exit code 2 (1 for a failed `check`), one line
FILE:LINE: field: message on stderr in plain words, no traceback, and for an export: an existing
output file left byte for byte as it was, with no temporary file beside it.
"""

from __future__ import annotations

import resource
import signal
import textwrap
from pathlib import Path

import pytest
from bundled import SMALL_COUNTS, without_small_counts

from infographic_app.cli import main
from infographic_app.paths import default_document, default_theme

EARLIER_EXPORT = b"%PDF-1.7\n% the factsheet exported last week; must survive a failed export\n"


def _line_of(path: Path, text: str) -> int:
    """The 1-based line of `path` that holds `text`; there must be exactly one."""
    lines = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if text in line]
    assert len(lines) == 1, f"test setup: {text!r} is on lines {lines} of {path}"
    return lines[0]


def _run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out and "Traceback" not in err
    return code, out, err


def _earlier_export(tmp_path: Path, name: str = "factsheet.pdf") -> Path:
    """An existing export in a folder of its own."""
    folder = tmp_path / "out"
    folder.mkdir()
    output = folder / name
    output.write_bytes(EARLIER_EXPORT)
    return output


def _assert_untouched(output: Path) -> None:
    assert output.read_bytes() == EARLIER_EXPORT
    strays = [p.name for p in output.parent.iterdir() if p.name.startswith(".")]
    assert strays == [], f"temporary files left behind: {strays}"
    assert [p.name for p in output.parent.iterdir()] == [output.name]


def _assert_one_problem(err: str, file: Path | str, line: int | None, field: str,
                        *words: str) -> str:
    """stderr is exactly one problem: FILE:LINE: field: message, holding `words`."""
    where = f"{file}:{line}:" if line is not None else f"{file}:"
    prefix = f"{where} {field}: " if field else f"{where} "
    [problem] = without_small_counts(err).splitlines()
    assert problem.startswith(prefix), f"expected {prefix!r}..., got {problem!r}"
    for word in words:
        assert word in problem, f"{word!r} not in {problem!r}"
    return problem


def _as_top_level_list(text: str) -> str:
    """The whole factsheet as the only item of a list."""
    return "- " + textwrap.indent(text, "  ")[2:]


# Each case: the edit of the bundled factsheet text; the line of the problem (a number, or text
# found on exactly that line of the edited file); the field ("" for a problem with the file as a
# whole); words of the message.
DOCUMENT_CASES = [
    pytest.param(
        lambda t: t.replace("    label: bezoekers die zelf slachtoffer waren",
                            '    label: "bezoekers die zelf slachtoffer waren', 1),
        'label: "bezoekers die zelf slachtoffer waren', "",
        ("not valid YAML", "quote", "never closed"),
        id="yaml-unclosed-quote"),
    pytest.param(
        lambda t: t.replace("    type: count\n    value: 29\n",
                            "    type: count\n      value: 29\n", 1),
        "      value: 29", "",
        ("not valid YAML", "indentation"),
        id="yaml-bad-indentation"),
    pytest.param(
        lambda t: t.replace("    label: familielid", "    label: familie: lid", 1),
        "label: familie: lid", "",
        ("not valid YAML", "colon", "in quotes"),
        id="yaml-colon-in-text"),
    pytest.param(
        lambda t: "",
        1, "",
        ("the file is empty",),
        id="empty-file"),
    pytest.param(
        _as_top_level_list,
        1, "",
        ("must hold named fields (key: value)", "holds a list"),
        id="top-level-list"),
    pytest.param(
        lambda t: t.replace("    value: 299\n", "    value: twee\n", 1),
        "value: twee", "figures.visitors_total.value",
        ("'twee' is not a number", "write digits"),
        id="text-where-a-count-belongs"),
    pytest.param(
        lambda t: t.replace("    label: bezoekers die zelf slachtoffer waren\n", "", 1),
        "  visitors_victim:", "figures.visitors_victim.label",
        ("this required field is missing",),
        id="figure-without-label"),
    pytest.param(
        lambda t: t.replace("    heading: Over Chat met Fier\n", "", 1),
        "  - id: about", "blocks.about.heading",
        ("this required field is missing",),
        id="block-without-heading"),
    pytest.param(
        lambda t: t.replace("  - id: recommendations\n    kind: numbered_list\n",
                            "  - id: recommendations\n", 1),
        "  - id: recommendations", "blocks.recommendations.kind",
        ("this required field is missing",),
        id="block-without-kind"),
    pytest.param(
        lambda t: t.replace("        kind: donut\n", "        kind: pie\n", 1),
        "kind: pie", "blocks.themes.themes.partner_perpetrator.visual.kind",
        ("unknown visual kind 'pie'", "donut"),
        id="unknown-visual-kind"),
    pytest.param(
        lambda t: t.replace("    value: 162\n", "    value: -162\n", 1),
        "value: -162", "figures.visitors_minor.value",
        ("a count cannot be negative", "-162"),
        id="negative-count"),
    pytest.param(
        lambda t: t.replace("    value: 92.9\n", "    value: 129.2\n", 1),
        "value: 129.2", "figures.exploited_now.value",
        ("a percentage lies between 0 and 100", "129.2"),
        id="percentage-over-100"),
    # Numbers YAML 1.1 reads otherwise than a reader of the file does: refused, saying how to
    # write them, quoting them as typed.
    pytest.param(
        lambda t: t.replace("    value: 162\n", "    value: 010\n", 1),
        "value: 010", "figures.visitors_minor.value",
        ("a number does not start with 0: write 10", "'010' as the octal number 8"),
        id="leading-zero-octal"),
    pytest.param(
        lambda t: t.replace("    value: 7\n", "    value: 007\n", 1),
        "value: 007", "figures.criminal_visitors.value",
        ("a number does not start with 0: write 7",),
        id="leading-zeros"),
    pytest.param(
        lambda t: t.replace("    value: 17.7\n", "    value: 017.7\n", 1),
        "value: 017.7", "figures.average_age.value",
        ("a number does not start with 0: write 17.7",),
        id="leading-zero-decimal"),
    pytest.param(
        lambda t: t.replace("    value: 299\n", "    value: 0x12B\n", 1),
        "value: 0x12B", "figures.visitors_total.value",
        ("'0x12B' is a hexadecimal number (299)", "ordinary digits"),
        id="hexadecimal"),
    pytest.param(
        lambda t: t.replace("    value: 27\n", "    value: 0o33\n", 1),
        "value: 0o33", "figures.multiple_victims.value",
        ("'0o33' is an octal number (27)", "ordinary digits"),
        id="octal-yaml-1.2"),
    pytest.param(
        lambda t: t.replace("    value: 54\n", "    value: 1:30\n", 1),
        "value: 1:30", "figures.multiple_perpetrators.value",
        ("YAML reads '1:30' as 90", "base 60", "in digits"),
        id="base-60"),
    pytest.param(
        lambda t: t.replace("    value: 10000\n", "    value: 10_000\n", 1),
        "value: 10_000", "figures.chat_visitors_per_year.value",
        ("write '10_000' without _: 10000",),
        id="underscore"),
    pytest.param(
        lambda t: t.replace("    value: 20000\n", "    value: 2e4\n", 1),
        "value: 2e4", "figures.chat_conversations_per_year.value",
        ("write '2e4' out in digits: 20000",),
        id="exponent-text"),
    pytest.param(
        lambda t: t.replace("    value: 20000\n", "    value: 2.0e+4\n", 1),
        "value: 2.0e+4", "figures.chat_conversations_per_year.value",
        ("write '2.0e+4' out in digits: 20000",),
        id="exponent-number"),
    pytest.param(
        lambda t: t.replace("    value: 8.2\n", "    value: .82\n", 1),
        "value: .82", "figures.perpetrator_family.value",
        ("'.82' needs a digit on both sides of the point, e.g. 0.82", "missing"),
        id="point-without-leading-digit"),
    pytest.param(
        lambda t: t.replace("    value: 1300\n", "    value: 1.300\n", 1),
        "value: 1.300", "figures.minors_estimated.value",
        ("an estimate is a whole number, not '1.300'", "write thousands without a point: 1300"),
        id="thousands-point-in-an-estimate"),
    pytest.param(
        lambda t: t.replace("    value: 10000\n", "    value: 10.000\n", 1),
        "value: 10.000", "figures.chat_visitors_per_year.value",
        ("not '10.000'", "write thousands without a point: 10000"),
        id="thousands-point-that-yaml-reads-as-10"),
    pytest.param(
        lambda t: t.replace("    value: 10000\n", "    value: 1.300.000\n", 1),
        "value: 1.300.000", "figures.chat_visitors_per_year.value",
        ("write thousands without points: 1300000",),
        id="thousands-points"),
    pytest.param(
        lambda t: t.replace("    value: 162\n", "    value: yes\n", 1),
        "value: yes", "figures.visitors_minor.value",
        ("'yes' is not a number",),
        id="yes-is-no-number"),
    pytest.param(
        lambda t: t.replace("    label: familielid\n", "    label: 010\n", 1),
        "label: 010", "figures.perpetrator_family.label",
        ("must be text, not '010' (put it in quotes)",),
        id="number-where-text-belongs-quoted-as-typed"),
    pytest.param(
        lambda t: t.replace("    decimals: 0\n    rounding: down\n",
                            "    decimals: 010\n    rounding: down\n", 1),
        "decimals: 010", "figures.minors_unseen_share.decimals",
        ("must be a whole number from 0 to 3, not '010'",),
        id="decimals-quoted-as-typed"),
    # Rounding shares as a set.
    pytest.param(
        lambda t: t.replace("  - perpetrator_family\n- id:",
                            "  - perpetrator_family\n  rounding: largest\n- id:", 1),
        "rounding: largest", "rules.perpetrators_make_100.rounding",
        ("use largest_remainder", "not 'largest'", "remove this field"),
        id="unknown-set-rounding"),
    pytest.param(
        lambda t: t.replace("  whole: visitors_total\n- id: minors_among_victims",
                            "  whole: visitors_total\n  rounding: largest_remainder\n"
                            "- id: minors_among_victims", 1),
        "rounding: largest_remainder", "rules.victims_and_others_make_total.rounding",
        ("only a sum_to_100 rule rounds its parts together",),
        id="set-rounding-on-a-sum-rule"),
    pytest.param(
        lambda t: t.replace("  - perpetrator_family\n- id:",
                            "  - perpetrator_family\n  rounding: largest_remainder\n- id:", 1)
        .replace("    value: 81.6\n", "    value: 81.6\n    decimals: 0\n", 1),
        "rounding: largest_remainder", "rules.perpetrators_make_100.rounding",
        ("the same number of decimals", "'(ex-)partner' 0, 'sociale omgeving' 1"),
        id="set-rounding-with-mixed-decimals"),
    pytest.param(
        lambda t: t.replace("  - perpetrator_family\n- id:",
                            "  - perpetrator_family\n  rounding: largest_remainder\n- id:", 1)
        .replace("    value: 8.2\n", "    value: 8.2\n    rounding: down\n", 1),
        "rounding: largest_remainder", "rules.perpetrators_make_100.rounding",
        ("'familielid' is rounded down", "remove its 'rounding'"),
        id="set-rounding-of-a-figure-rounded-down"),
    pytest.param(
        lambda t: t.replace("  - perpetrator_family\n- id:",
                            "  - perpetrator_family\n  rounding: largest_remainder\n"
                            "- id: partner_and_rest\n  kind: sum_to_100\n  parts:\n"
                            "  - perpetrator_partner\n  - exploited_now\n"
                            "  rounding: largest_remainder  # again\n- id:", 1),
        "rounding: largest_remainder  # again", "rules.partner_and_rest.rounding",
        ("'(ex-)partner' is already rounded together", "'perpetrators_make_100'"),
        id="figure-in-two-sets"),
    pytest.param(
        lambda t: t.replace("locale: nl-NL\n", "locale: nl-NL\ntheme: themes/ckm.yaml\n", 1),
        "theme: themes/ckm.yaml", "theme",
        ("the theme file 'themes/ckm.yaml' does not exist",),
        id="missing-theme-file"),
]


def _bad_document(tmp_path: Path, edit) -> Path:
    original = default_document().read_text(encoding="utf-8")
    text = edit(original)
    assert text != original, "test setup: the edit changed nothing"
    path = tmp_path / "factsheet.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _expected_line(path: Path, line: int | str) -> int:
    return line if isinstance(line, int) else _line_of(path, line)


@pytest.mark.parametrize(("edit", "line", "field", "words"), DOCUMENT_CASES)
def test_check_reports_bad_document(capsys, tmp_path, edit, line, field, words):
    document = _bad_document(tmp_path, edit)
    code, out, err = _run(capsys, "check", document)
    assert code == 2
    _assert_one_problem(err, document, _expected_line(document, line), field, *words)


@pytest.mark.parametrize(("edit", "line", "field", "words"), DOCUMENT_CASES)
def test_export_of_bad_document_keeps_earlier_export(capsys, tmp_path, edit, line, field,
                                                     words):
    document = _bad_document(tmp_path, edit)
    output = _earlier_export(tmp_path)
    code, out, err = _run(capsys, "export", document, "-o", output, "--target", "print")
    assert code == 2
    _assert_one_problem(err, document, _expected_line(document, line), field, *words)
    _assert_untouched(output)


@pytest.mark.parametrize(("written", "words"), [
    ("{visitors_totaal}", ("names no figure: there is no figure 'visitors_totaal'",
                           "did you mean 'visitors_total'?")),
    ("{2019}", ("'{2019}' in the text is not a figure reference",)),
    ("{}", ("'{}' in the text is not a figure reference",))])
def test_a_broken_reference_in_a_text_is_an_error_of_the_check(capsys, tmp_path, written,
                                                              words):
    """The file opens (so the editor can put it right); `check` names file, line and field."""
    document = _bad_document(tmp_path, lambda t: t.replace("{visitors_other}", written, 1))
    code, out, err = _run(capsys, "check", document)
    assert code == 1
    [problem] = [line for line in err.splitlines() if line.startswith("error: ")]
    where = f"error: {document}:{_line_of(document, written)}: " \
            "Tile '265' › Text: "
    assert problem.startswith(where) and all(w in problem for w in words), problem


def test_missing_font_names_theme_line_and_face(capsys, tmp_path):
    fonts = default_theme().parent / "fonts"
    theme = tmp_path / "ckm-theme.yaml"
    theme.write_text(
        default_theme().read_text(encoding="utf-8")
        .replace("fonts/Lato-", f"{fonts}/Lato-")
        .replace("profiles/", f"{default_theme().parent / 'profiles'}/")
        .replace(f"{fonts}/Lato-Italic.ttf", f"{tmp_path}/Lato-Italic.ttf"),
        encoding="utf-8")
    document = _bad_document(
        tmp_path, lambda t: t.replace("locale: nl-NL\n", "locale: nl-NL\ntheme: ckm-theme.yaml\n"))
    output = _earlier_export(tmp_path)

    code, out, err = _run(capsys, "export", document, "-o", output)

    assert code == 2
    _assert_one_problem(err, theme, _line_of(theme, "  italic: "), "fonts.italic",
                        f"the font file '{tmp_path}/Lato-Italic.ttf' does not exist")
    _assert_untouched(output)


@pytest.mark.parametrize("name", ["factsheet.pdf", "factsheet.png"])
def test_output_folder_that_does_not_exist(capsys, tmp_path, name):
    output = tmp_path / "no such folder" / name
    code, out, err = _run(capsys, "export", default_document(), "-o", output)
    assert code == 2
    _assert_one_problem(err, output, None, "-o", "cannot write here",
                        f"the folder {output.parent} does not exist")
    assert not output.parent.exists()


def test_output_folder_that_is_a_file(capsys, tmp_path):
    # Root may write into a read-only folder, but nobody can write inside a regular file.
    blocker = tmp_path / "factsheets"
    blocker.write_bytes(EARLIER_EXPORT)
    output = blocker / "factsheet.pdf"
    code, out, err = _run(capsys, "export", default_document(), "-o", output)
    assert code == 2
    _assert_one_problem(err, output, None, "-o", "cannot write here",
                        f"the folder {blocker} is a file, not a folder")
    assert blocker.read_bytes() == EARLIER_EXPORT
    assert [p.name for p in tmp_path.iterdir()] == ["factsheets"]


def test_output_that_is_a_folder(capsys, tmp_path):
    output = tmp_path / "out" / "factsheet.pdf"
    output.mkdir(parents=True)
    (output / "keep.txt").write_bytes(EARLIER_EXPORT)
    code, out, err = _run(capsys, "export", default_document(), "-o", output)
    assert code == 2
    _assert_one_problem(err, output, None, "-o", "cannot write here", "this is a folder",
                        "give a file name")
    assert [p.name for p in output.iterdir()] == ["keep.txt"]
    assert (output / "keep.txt").read_bytes() == EARLIER_EXPORT
    assert [p.name for p in output.parent.iterdir()] == ["factsheet.pdf"]


def test_output_where_no_file_can_be_created(capsys):
    # /proc exists, but even root cannot create a file in it: the write itself fails.
    output = Path("/proc/factsheet-studio-test.pdf")
    code, out, err = _run(capsys, "export", default_document(), "-o", output)
    assert code == 2
    _assert_one_problem(err, output, None, "-o", "cannot write here", "nothing was written")
    assert not output.exists()


def test_write_that_fails_halfway_keeps_earlier_export(capsys, tmp_path):
    # A file size limit makes the kernel refuse the write partway through the new PDF (EFBIG),
    # as a full disk would; root is not exempt.
    output = _earlier_export(tmp_path)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))
    try:
        code = main(["export", str(default_document()), "-o", str(output)])
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)
    out, err = capsys.readouterr()
    assert "Traceback" not in out and "Traceback" not in err
    assert code == 2
    _assert_one_problem(err, output, None, "-o", "cannot write here", "nothing was written")
    _assert_untouched(output)


def test_check_names_broken_rule_and_its_figures(capsys, tmp_path):
    document = _bad_document(tmp_path, lambda t: t.replace("    value: 34\n", "    value: 35\n"))
    code, out, err = _run(capsys, "check", document)
    assert code == 1
    line = _line_of(document, "- id: victims_and_others_make_total")
    [problem] = [p for p in err.splitlines() if p.startswith("error: ")]
    assert problem.startswith(
        f"error: {document}:{line}: Rule: bezoekers die zelf slachtoffer war…: ")
    assert "the parts do not add up to the whole" in problem
    for shown in ("'bezoekers die zelf slachtoffer waren' (265)",
                  "'bezoekers met een hulpvraag over iemand anders' (35)", "= 300",
                  "'unieke bezoekers met een hulpvraag over mensenhandel' (299)"):
        assert shown in problem
    assert f"{document}: 1 error(s)" in out


def test_duplicate_figure_key_reports_second_line(capsys, tmp_path):
    # A copied figure block whose name was not changed: visitors_victim twice.
    document = _bad_document(
        tmp_path, lambda t: t.replace("  visitors_minor:\n", "  visitors_victim:\n", 1))
    lines = [n for n, line in enumerate(document.read_text().splitlines(), 1)
             if line == "  visitors_victim:"]
    assert len(lines) == 2
    first, second = lines
    code, out, err = _run(capsys, "check", document)
    assert code == 2
    _assert_one_problem(err, document, second, "figures.visitors_victim",
                        "'visitors_victim' is given twice", f"first on line {first}")


@pytest.mark.parametrize(("header", "words"), [
    (b"mntrRGB ", ("is not a CMYK output profile", "RGB colour")),
    (None, ("is not a CMYK output profile",))])
def test_an_output_profile_that_is_not_cmyk_is_refused(capsys, tmp_path, header, words):
    real = (default_theme().parent / "profiles" / "ISOcoated_v2_300_bas.icc").read_bytes()
    profile = tmp_path / "screen.icc"
    profile.write_bytes(real[:12] + header + real[20:] if header else b"not a profile")
    theme = tmp_path / "theme.yaml"
    theme.write_text(default_theme().read_text(encoding="utf-8")
                     .replace("fonts/", f"{default_theme().parent / 'fonts'}/")
                     .replace("profiles/ISOcoated_v2_300_bas.icc", str(profile)),
                     encoding="utf-8")
    document = _bad_document(
        tmp_path, lambda t: t.replace("locale: nl-NL\n", "locale: nl-NL\ntheme: theme.yaml\n"))
    output = _earlier_export(tmp_path)
    code, out, err = _run(capsys, "export", document, "-o", output)
    assert code == 2
    _assert_one_problem(err, theme, _line_of(theme, "  output_profile: "),
                        "print.output_profile", *words)
    _assert_untouched(output)


@pytest.mark.parametrize(("old", "typed", "field", "words"), [
    ("17.7", "1.300", "Figure 'gemiddelde leeftijd van slachtof… › Value",
     ("'1.300' is read as 1,3", "not 1.300", "write 1.3 if you mean 1,3, or 1300 if you mean "
                                             "1.300")),
    ("92.9", "12.500", "Figure 'in een uitbuitingssituatie tijde… › Value",
     ("'12.500' is read as 12,5", "not 12.500", "write 12.5 if you mean 12,5, or 12500 if you "
                                               "mean 12.500")),
])
def test_a_decimal_typed_like_dutch_thousands_is_a_warning(capsys, tmp_path, old, typed, field,
                                                           words):
    document = _bad_document(tmp_path, lambda t: t.replace(f"    value: {old}\n",
                                                           f"    value: {typed}\n", 1))
    line = _line_of(document, f"value: {typed}")
    code, out, err = _run(capsys, "check", document)
    assert code == 0
    problem = _assert_one_problem(err, f"warning: {document}", line, field, *words)
    assert f"{document}: 0 error(s), {1 + SMALL_COUNTS} warning(s)" in out
    output = tmp_path / "f.pdf"
    code, out, err = _run(capsys, "export", document, "-o", output, "--target", "screen")
    assert code == 0 and output.exists()
    assert without_small_counts(err).strip() == problem


def test_the_warning_about_thousands_speaks_dutch(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "nl_NL")
    document = _bad_document(tmp_path, lambda t: t.replace("    value: 17.7\n",
                                                           "    value: 1.300\n", 1))
    code, out, err = _run(capsys, "check", document)
    assert code == 0
    assert ("'1.300' wordt gelezen als 1,3: in het bestand is een punt een decimaalteken, dus "
            "dit is geen 1.300; schrijf 1.3 als u 1,3 bedoelt, of 1300 als u 1.300 bedoelt") in err
