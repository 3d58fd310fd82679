"""Words saying how many, typed beside a figure that changed since the previous edition."""

import pytest

from infographic_app.checks.editions import check_editions
from infographic_app.checks.report import check_document
from infographic_app.cli import main
from infographic_app.model.editions import start_edition
from infographic_app.model.fields import set_field
from infographic_app.model.problems import Severity
from infographic_app.model.reading import load_document
from infographic_app.model.writing import save_document

THEME = "blocks.themes.themes.long_exploitation.text"
SENTENCE = "In ruim negen van de tien gevallen ({exploited_now})"


def _warnings(document, language="en"):
    return [p for p in check_editions(document, language)
            if "same sentence" in p.message or "dezelfde zin" in p.message]


@pytest.fixture
def edition_2020(document):
    """The 2019 factsheet as the first draft of 2020, with 'In ruim negen van de tien
    gevallen ({exploited_now})' in the theme 'langdurige uitbuiting'."""
    return start_edition(document, 2020)


def test_words_beside_a_figure_that_dropped_to_75_percent_are_warned_about(edition_2020):
    set_field(edition_2020, "figures.exploited_now.value", 75)
    [warning] = _warnings(edition_2020)
    assert warning.severity == Severity.WARNING
    assert warning.field == THEME and warning.element_id == THEME
    assert warning.message == (
        "'ruim negen van de tien' is in the same sentence "
        "as the figure 'in een uitbuitingssituatie tijdens het chatten', which changed since "
        "edition 2019 (92,9% → 75,0%); check that the words still fit, or let them follow the "
        "figure: write {exploited_now:words} (Insert figure, 'in words')")
    [dutch] = _warnings(edition_2020, "nl")
    assert dutch.message.startswith(
        "'ruim negen van de tien' staat in dezelfde zin "
        "als het cijfer 'in een uitbuitingssituatie tijdens het chatten', dat sinds editie 2019 is "
        "veranderd (92,9% → 75,0%)")
    assert "schrijf {exploited_now:words} (Cijfer invoegen, 'in woorden')" in dutch.message


def test_the_words_form_silences_it_and_prints_the_new_words(edition_2020):
    set_field(edition_2020, "figures.exploited_now.value", 75)
    text = edition_2020.block("themes").fields["themes"][0]["text"]
    set_field(edition_2020, THEME, text.replace(
        SENTENCE, "In {exploited_now:words} van de gevallen ({exploited_now})"))
    assert _warnings(edition_2020) == []
    assert edition_2020.resolve(edition_2020.block("themes").fields["themes"][0]["text"]) \
        .startswith("In driekwart van de gevallen (75,0%)")


def test_no_warning_when_the_words_still_hold_or_there_is_no_previous_edition(
        document, edition_2020):
    assert _warnings(document) == []  # a first edition
    assert _warnings(edition_2020) == []  # carried over: the same value
    set_field(edition_2020, "figures.exploited_now.value", 91.5)  # still 'ruim negen van de tien'
    assert _warnings(edition_2020) == []


def test_words_in_another_sentence_are_not_tied_to_the_figure(edition_2020):
    set_field(edition_2020, "figures.exploited_now.value", 75)
    set_field(edition_2020, THEME, "Dit is de helft van het verhaal. Het gaat om "
                                   "{exploited_now} van de gevallen.")
    assert _warnings(edition_2020) == []
    set_field(edition_2020, THEME, "Het merendeel ({exploited_now}) zit vast.")
    [warning] = _warnings(edition_2020)
    assert "'merendeel' is in the same sentence" in warning.message


def test_a_count_and_english_words(edition_2020):
    set_field(edition_2020, "figures.criminal_victims.value", 2)
    edition_2020.locale = "en-GB"
    field = "blocks.themes.themes.criminal_exploitation.text"
    set_field(edition_2020, field, "Of the {criminal_visitors} visitors, almost half "
                                   "({criminal_victims}) were victims.")
    [warning] = _warnings(edition_2020)
    assert warning.message.startswith(
        "'almost half' is in the same sentence as the "
        "figure 'van hen waren zelf slachtoffer', which changed since edition 2019 (5 → 2)")


def test_the_command_line_check_lists_it(edition_2020, tmp_path, capsys, theme):
    set_field(edition_2020, "figures.exploited_now.value", 75)
    path = tmp_path / "factsheet-2020.yaml"
    save_document(edition_2020, path)
    main(["check", str(path)])
    err = capsys.readouterr().err
    line = path.read_text(encoding="utf-8").splitlines().index(
        next(line for line in path.read_text(encoding="utf-8").splitlines()
             if "{exploited_now})" in line)) + 1
    assert (f"{path}:{line}: Theme 'langdurige uitbuiting' › Text: 'ruim negen van "
            "de tien' is in the same sentence as") in err
    from infographic_app.layout.engine import layout_document

    loaded = load_document(path)
    assert any("negen van de tien" in p.message
               for p in check_document(loaded, layout_document(loaded, theme)))


def test_share_words_beside_a_count_are_not_tied_to_it(edition_2020):
    """'het merendeel uitgebuit binnen de drugscriminaliteit' after the counts 7 and 5 of
    'criminele uitbuiting' says what share of them, not how many: a count that changes
    (7 -> 12) does not make those words wrong, so nothing is warned that cannot be put right;
    'verdubbeld' beside a count that changed is."""
    criminal = "blocks.themes.themes.criminal_exploitation.text"
    set_field(edition_2020, "figures.criminal_visitors.value", 12)
    set_field(edition_2020, "figures.criminal_victims.value", 9)
    assert [w for w in _warnings(edition_2020) if w.field == criminal] == []
    set_field(edition_2020, criminal, "Het aantal ({criminal_visitors}) is bijna verdubbeld.")
    [warning] = [w for w in _warnings(edition_2020) if w.field == criminal]
    assert "'bijna verdubbeld'" in warning.message


def test_a_change_between_other_precisions_is_warned_about(edition_2020):
    """92,9% last year, 92% now (decimals set to 0): the printed change, -0,9 procentpunt,
    is the difference of the printed values; the reader is not left with it unwarned."""
    from infographic_app.checks.editions import check_editions

    set_field(edition_2020, "figures.exploited_now.value", 91.5)
    set_field(edition_2020, THEME, "Nu ({exploited_now}), {exploited_now:change}.")
    assert not [p for p in check_editions(edition_2020) if "decimal" in p.message]
    edition_2020.figures["exploited_now"].decimals = 0  # as the Figures table sets it
    [warning] = [p for p in check_editions(edition_2020, "nl") if "decimalen" in p.message]
    assert warning.severity == Severity.WARNING and warning.field == THEME
    assert "stond in editie 2019 met 1 decimaal/decimalen in de factsheet en nu met 0" in \
        warning.message
    assert "(-0,9 procentpunt)" in warning.message
