"""The edition commands as a user runs them: new-edition, check, confirm, diff; the real
2019 -> 2020 -> 2021 editions of the factsheet."""

from pathlib import Path

import pytest
from bundled import SMALL_COUNTS

from infographic_app.cli import main
from infographic_app.model.reading import load_document
from infographic_app.paths import default_document

from pdfcheck import page_text

TYPED = ["minors_seen", "minors_estimated", "visitors_total", "visitors_victim",
         "visitors_other", "visitors_minor", "average_age", "exploited_now",
         "exploited_over_year", "perpetrator_partner", "perpetrator_social",
         "perpetrator_family", "multiple_perpetrators", "multiple_victims", "criminal_visitors",
         "criminal_victims", "chat_visitors_per_year", "chat_conversations_per_year"]
KEEP_2019 = ["--replace", "metadata.title", "--replace", "metadata.subject",
             "--replace", "blocks.header.title", "--replace", "blocks.intro.text"]


def _type(path: Path, figure_id: str, old: str, new: str) -> None:
    """Type a value into the file as a user would in a text editor."""
    text = path.read_text(encoding="utf-8")
    block = f"  {figure_id}:\n"
    start = text.index(block)
    at = text.index(f"    value: {old}\n", start)
    path.write_text(text[:at] + f"    value: {new}\n" + text[at + len(f"    value: {old}\n"):],
                    encoding="utf-8")


@pytest.fixture
def edition_2020(tmp_path, capsys):
    out = tmp_path / "factsheet-2020.yaml"
    assert main(["new-edition", str(default_document()), "--edition", "2020", "-o", str(out),
                 *KEEP_2019]) == 0
    said = capsys.readouterr().out
    return out, said


def test_new_edition_lists_the_years_it_found_and_replaces_only_those_asked(edition_2020):
    out, said = edition_2020
    assert "edition 2020, started from edition 2019" in said
    assert "18 figure(s) to update" in said
    assert "replaced  metadata.title: …Onzichtbare slachtoffers in [2019 → 2020]" in said
    assert ("kept      blocks.themes.themes.criminal_exploitation.text: In [2019] kwamen voor "
            "het eerst") in said
    assert f"wrote {out}" in said
    text = out.read_text(encoding="utf-8")
    assert text.startswith("schema_version: 2\nedition: 2020\n")
    assert "title: 'Factsheet mensenhandel: Onzichtbare slachtoffers in 2020'" in text
    assert "In 2018 kwamen slechts {minors_seen}" in text  # another year: untouched
    assert "In 2019 kwamen voor het eerst" in text
    assert "    value: 299\n    updated: false\n    history:\n      2019: 299\n" in text
    assert default_document().read_text(encoding="utf-8").startswith(
        "schema_version: 2\nedition: 2019\nlocale")  # the previous edition is untouched


def test_new_edition_proposes_without_replacing_unless_asked(tmp_path, capsys):
    out = tmp_path / "2020.yaml"
    assert main(["new-edition", str(default_document()), "--edition", "2020", "-o",
                 str(out)]) == 0
    said = capsys.readouterr().out
    assert said.count("  kept      ") == 5 and "replaced  " not in said
    assert "--replace-year (all)" in said
    assert "Onzichtbare slachtoffers in 2019" in out.read_text(encoding="utf-8")
    out_all = tmp_path / "all.yaml"
    assert main(["new-edition", str(default_document()), "--edition", "2020", "-o",
                 str(out_all), "--replace-year"]) == 0
    assert capsys.readouterr().out.count("  replaced  ") == 5
    assert "2019" not in load_document(out_all).block("themes").fields["themes"][3]["text"]


def test_new_edition_shows_the_texts_around_a_year_as_printed(tmp_path, capsys):
    """The listing quotes the words around each year as the page prints them: figures as
    their values, never a `{reference}` a comms person has to look up."""
    out = tmp_path / "2020.yaml"
    assert main(["new-edition", str(default_document()), "--edition", "2020", "-o",
                 str(out)]) == 0
    said = capsys.readouterr().out
    assert "{" not in said and "}" not in said
    assert "blocks.intro.text: In [2018] kwamen slechts 29 van de" in said


@pytest.mark.parametrize(("args", "message"), [
    (["--edition", "2019"], "--edition: the factsheet already is edition 2019"),
    (["--edition", "2020", "--replace", "blocks.about.text"],
     "--replace: 'blocks.about.text' does not name 2019; the fields that do: metadata.title"),
])
def test_new_edition_refuses_what_it_cannot_do(tmp_path, capsys, args, message):
    out = tmp_path / "new.yaml"
    assert main(["new-edition", str(default_document()), "-o", str(out), *args]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_new_edition_of_a_version_1_file_asks_for_its_edition(tmp_path, capsys):
    v1 = Path(__file__).parent / "fixtures" / "factsheet-v1.yaml"
    assert main(["new-edition", str(v1), "-o", str(tmp_path / "n.yaml"), "--edition",
                 "2020"]) == 2
    assert "add a line such as 'edition: 2019'" in capsys.readouterr().err


def test_2019_to_2020_check_lists_every_figure_not_typed_until_confirmed(edition_2020, capsys):
    """283 unique visitors (2019: 299), 250 victims, 91,5% in an exploitation situation."""
    path, _ = edition_2020
    _type(path, "visitors_total", "299", "283")
    _type(path, "visitors_victim", "265", "250")
    _type(path, "exploited_now", "92.9", "91.5")
    main(["check", str(path)])
    err = capsys.readouterr().err
    # Each figure named by its label (a long one cut with '…').
    figures = load_document(path).figures.values()
    named = [line.split("Figure '")[1].split(" › ")[0].removesuffix("…").rstrip("'")
             for line in err.splitlines() if "not updated for edition 2020" in line]
    warned = [next(f.id for f in figures if f.label.startswith(name)) for name in named]
    assert warned == [f for f in TYPED if f not in ("visitors_total", "visitors_victim",
                                                    "exploited_now")]
    assert ("Theme 'criminele uitbuiting' › Text: names 2019, the year of the "
            "previous edition: 'In [2019] kwamen voor het eerst") in err
    assert "Document › Title" not in err
    # An older year in a sentence that was last year's news is listed for review too.
    assert ("Introduction with chart 'Nederlandse min… › Text: names 2018, a year before the "
            "previous edition: 'In [2018] kwamen slechts 29 van de geschatte…'") in err
    # The sum rule catches what was not typed: 250 + 34 is not 283.
    assert ("'bezoekers die zelf slachtoffer waren' (250) + 'bezoekers met een hulpvraag over "
            "iemand anders' (34) = 284") in err

    _type(path, "visitors_other", "34", "33")
    assert main(["confirm", str(path), "--all", "--intended",
                 "blocks.themes.themes.criminal_exploitation.text", "--intended",
                 "blocks.intro.text", "--intended", "figures.minors_seen.source"]) == 0
    said = capsys.readouterr().out
    assert "confirmed unchanged: minors_seen (29)" in said
    assert "visitors_other" not in said  # typed: nothing to confirm
    assert "marked as intended: blocks.themes.themes.criminal_exploitation.text" in said
    assert main(["check", str(path)]) == 0
    out, err = capsys.readouterr()
    assert f"0 error(s), {SMALL_COUNTS} warning(s)" in out
    assert Path(f"{path}.bak").exists()
    text = path.read_text(encoding="utf-8")
    assert "updated: false" not in text
    # FIELD marks each year the text names, each on its own
    assert "intended_year_mentions:\n- blocks.themes.themes.criminal_exploitation.text@2019\n" \
        "- blocks.intro.text@2018\n" in text


def test_checks_speak_dutch(edition_2020, capsys, monkeypatch):
    path, _ = edition_2020
    monkeypatch.setenv("LANGUAGE", "nl")
    main(["check", str(path)])
    err = capsys.readouterr().err
    assert ("unieke bezoekers met een hulpvraag over mensenhandel: niet bijgewerkt voor editie "
            "2020: dit is nog de waarde van editie 2019, 299") in err
    assert "noemt 2019, het jaar van de vorige editie" in err


def test_2020_to_2021_prints_plus_14_percent_on_250_victims(edition_2020, tmp_path, capsys):
    path, _ = edition_2020
    _type(path, "visitors_victim", "265", "250")
    path_2021 = tmp_path / "factsheet-2021.yaml"
    assert main(["new-edition", str(path), "--edition", "2021", "-o", str(path_2021)]) == 0
    _type(path_2021, "visitors_victim", "250", "285")
    text = path_2021.read_text(encoding="utf-8")
    assert "    value: 285\n    updated: false\n    history:\n      2019: 265\n      2020: 250\n" \
        in text
    path_2021.write_text(text.replace(
        "bezoekers waren zelf slachtoffer.",
        "bezoekers waren zelf slachtoffer ({visitors_victim:change} t.o.v. "
        "{visitors_victim:previous}).", 1), encoding="utf-8")
    document = load_document(path_2021)
    assert document.resolve("{visitors_victim:change}") == "+14%"
    pdf = tmp_path / "2021.pdf"
    capsys.readouterr()
    # (Only the victims are typed here, so the sum rule fails: exported anyway.)
    assert main(["export", str(path_2021), "-o", str(pdf), "--target", "screen",
                 "--force"]) == 0
    assert "285 bezoekers waren zelf slachtoffer (+14% t.o.v. 250)." in \
        " ".join(page_text(pdf.read_bytes())[0].split())


def test_a_comparison_with_nothing_to_compare_is_an_error(changed_copy, tmp_path, capsys):
    path = changed_copy(("bezoekers waren zelf slachtoffer.",
                         "bezoekers waren zelf slachtoffer ({visitors_victim:change})."))
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert ("Tile '265' › Text: {visitors_victim:change} compares with the "
            "previous edition, but the figures have no values of an earlier edition, so it "
            "prints '?'") in err
    assert main(["export", str(path), "-o", str(tmp_path / "x.pdf"), "--target", "screen"]) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_diff_shows_figures_texts_and_says_by_its_exit_code(edition_2020, capsys):
    path, _ = edition_2020
    _type(path, "visitors_total", "299", "283")
    _type(path, "exploited_now", "92.9", "91.5")
    assert main(["diff", str(default_document()), str(path)]) == 1
    out = capsys.readouterr().out
    assert "Edition: 2019 → 2020" in out
    assert "  visitors_total  299 → 283  (-5%)  unieke bezoekers" in out
    assert "  exploited_now   92,9% → 91,5%  (-1,4 procentpunt)" in out
    assert "  minors_reached_share " not in out  # prints the same
    assert "  blocks.header.title: Onzichtbare slachtoffers in [-2019-] {+2020+}" in out
    assert "  blocks.intro.text: … met deze groep. In [-2019-] {+2020+} kwam " \
           "{minors_reached_share:number} procent van …" in out
    assert main(["diff", str(path), str(path)]) == 0
    assert "are the same factsheet" in capsys.readouterr().out


def test_diff_lists_entries_added_and_removed(changed_copy, capsys):
    path = changed_copy(("    - id: age\n", "    - id: age_of_victims\n"))
    assert main(["diff", str(default_document()), str(path)]) == 1
    out = capsys.readouterr().out
    assert "Added:\n  blocks.key_figures.tiles.age_of_victims\n" in out
    assert "Removed:\n  blocks.key_figures.tiles.age\n" in out


def test_the_edition_commands_speak_dutch_in_a_dutch_shell(edition_2020, capsys,
                                                            monkeypatch):
    path, _ = edition_2020
    monkeypatch.setenv("LANGUAGE", "nl_NL")
    _type(path, "visitors_total", "299", "283")
    assert main(["diff", str(default_document()), str(path)]) == 1
    out = capsys.readouterr().out
    assert "Editie: 2019 → 2020" in out and "\nCijfers:\n" in out
    assert "Figures" not in out and "Edition" not in out
    assert main(["confirm", str(path), "--all"]) == 0
    out = capsys.readouterr().out
    assert "bevestigd als ongewijzigd: " in out and "geschreven: " in out


def test_diff_prints_changes_as_the_figures_were_printed(changed_copy, capsys):
    old = changed_copy(("    value: 17.7\n", "    value: -2.0\n"),
                       ("    value: 92.9\n", "    value: 92.94\n"),
                       ("    value: 54.7\n", "    value: 91.5\n"), name="2019.yaml")
    new = changed_copy(("edition: 2019", "edition: 2020"),
                       ("    value: 17.7\n", "    value: -1.0\n"),
                       ("    value: 92.9\n", "    value: 91.46\n"),
                       ("    value: 54.7\n", "    value: 75\n    decimals: 0\n"),
                       name="2020.yaml")
    assert main(["diff", str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert "  average_age          -2,0 → -1,0  (+1,0)  gemiddelde" in out  # not -50%
    assert "  exploited_now        92,9% → 91,5%  (-1,4 procentpunt)" in out  # not -1,5
    assert "  exploited_over_year  91,5% → 75%  (-16,5 procentpunt)" in out  # not 92% and -17
