"""What the editor's Compare view, trend chart, find and replace and change badge are built
on, without Qt: the previous edition as it was, a figure over the editions, the matches of a
search and their replacement, and the badge under a tile's number."""

from pathlib import Path

from infographic_app.checks.editions import check_editions
from infographic_app.layout.engine import layout_document
from infographic_app.model.comparison import (
    FigureChange,
    as_previous_edition,
    compare_documents,
)
from infographic_app.model.editions import badge_text, edition_values, start_edition
from infographic_app.model.fields import get_field, set_field
from infographic_app.model.find_replace import find_matches, replaced_texts
from infographic_app.model.reading import load_document
from infographic_app.model.theme import load_theme_for

SEED = Path(__file__).resolve().parents[2] / "data" / "factsheet-2019.yaml"
VICTIMS_TILE = "blocks.key_figures.tiles.victims"


def _edition_2020():
    document = start_edition(load_document(SEED), 2020)
    set_field(document, "figures.visitors_total.value", 283)
    set_field(document, "figures.visitors_victim.value", 250)
    set_field(document, "figures.exploited_now.value", 91.5)
    return document


def test_the_previous_edition_is_rebuilt_from_the_history():
    document = _edition_2020()
    previous = as_previous_edition(document)
    assert previous.edition == "2019"
    assert previous.figures["visitors_total"].value == 299
    assert all(not f.history for f in previous.figures.values())
    comparison = compare_documents(previous, document)
    assert [(f.figure_id, f.before, f.after, f.change) for f in comparison.figures] == [
        ("visitors_total", "299", "283", "-5%"),
        ("visitors_victim", "265", "250", "-6%"),
        ("exploited_now", "92,9%", "91,5%", "-1,4 procentpunt")]
    assert not comparison.texts and not comparison.added and not comparison.other
    assert as_previous_edition(load_document(SEED)) is None  # a first edition


def series(document, figure_id):
    """A figure's exact value in every edition, as the trend chart reads them."""
    return [(edition, values.exact(figure_id)) for edition, values in edition_values(document)]


def test_a_figure_over_the_editions():
    document = _edition_2020()
    assert series(document, "visitors_victim") == [("2019", 265), ("2020", 250)]
    third = start_edition(document, 2021)
    set_field(third, "figures.visitors_victim.value", 285)
    assert [(e, float(v)) for e, v in series(third, "visitors_victim")] == [
        ("2019", 265.0), ("2020", 250.0), ("2021", 285.0)]


def test_find_leaves_figure_references_alone_unless_asked():
    document = load_document(SEED)
    assert find_matches(document, "visitors_other") == []
    inside = find_matches(document, "visitors_other", in_references=True)
    assert [m.field for m in inside] == [f"{VICTIMS_TILE}.text"]
    matches = find_matches(document, "2019", whole_words=True)
    assert [m.field for m in matches] == [
        "metadata.title", "metadata.subject", "blocks.header.title", "blocks.intro.text",
        "blocks.themes.themes.criminal_exploitation.text"]
    assert find_matches(document, "CHAT MET FIER", match_case=True) == []


def test_replacing_chosen_matches_only():
    document = load_document(SEED)
    matches = [m for m in find_matches(document, "2019")
               if m.field in ("metadata.title", "blocks.intro.text")]
    texts = replaced_texts(matches, "2020")
    assert list(texts) == ["metadata.title", "blocks.intro.text"]
    assert texts["metadata.title"].endswith("in 2020")
    assert "In 2020 kwam {minors_reached_share:number}" in texts["blocks.intro.text"]
    assert get_field(document, "metadata.title").endswith("in 2019")  # not applied here


def test_the_change_badge_under_a_tile():
    document = _edition_2020()
    assert badge_text(document, "visitors_victim") == "-6% t.o.v. editie 2019"
    assert badge_text(document, "exploited_now") == "-1,4 procentpunt t.o.v. editie 2019"
    document.locale = "en-GB"
    assert badge_text(document, "visitors_victim") == "-6% vs edition 2019"
    document.locale = "nl-NL"
    set_field(document, f"{VICTIMS_TILE}.badge", "change")
    scene = layout_document(document, load_theme_for(document))
    runs = [r for r in scene.texts(0) if r.element_id == f"{VICTIMS_TILE}.badge"]
    assert " ".join(r.text for r in runs) == "-6% t.o.v. editie 2019"
    assert not [p for p in check_editions(document) if p.field == f"{VICTIMS_TILE}.badge"]


def test_no_badge_without_a_previous_value_and_a_warning():
    document = load_document(SEED)  # a first edition: nothing to compare with
    set_field(document, f"{VICTIMS_TILE}.badge", "change")
    assert badge_text(document, "visitors_victim") is None
    scene = layout_document(document, load_theme_for(document))
    assert not [r for r in scene.texts(0) if r.element_id.endswith(".badge")]
    [warning] = [p for p in check_editions(document, "nl")
                 if p.field == f"{VICTIMS_TILE}.badge"]
    assert "geen vorige editie" in warning.message and warning.severity.name == "WARNING"


def test_a_badge_must_say_change(tmp_path):
    from infographic_app.model.problems import InputError

    text = SEED.read_text(encoding="utf-8").replace(
        "      figure: visitors_victim\n", "      figure: visitors_victim\n      badge: groei\n")
    path = tmp_path / "badge.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_document(path)
    except InputError as error:
        assert "expected one of: change" in str(error.problems[0])
        assert "badge" in str(error.problems[0])
    else:
        raise AssertionError("a badge other than 'change' was accepted")


AGE_TILE = "blocks.key_figures.tiles.age"


def test_the_badge_of_a_figure_below_zero_last_year_does_not_flip_its_sign():
    document = _edition_2020()
    document.figures["average_age"].history["2019"] = -2.0  # a saldo, say
    set_field(document, "figures.average_age.value", -1.0)
    set_field(document, f"{AGE_TILE}.badge", "change")
    assert badge_text(document, "average_age") == "+1,0 t.o.v. editie 2019"
    scene = layout_document(document, load_theme_for(document))
    runs = [r for r in scene.texts(0) if r.element_id == f"{AGE_TILE}.badge"]
    assert " ".join(r.text for r in runs) == "+1,0 t.o.v. editie 2019"


def test_a_badge_from_zero_prints_the_difference_without_a_warning():
    document = _edition_2020()
    document.figures["visitors_victim"].history["2019"] = 0
    set_field(document, f"{VICTIMS_TILE}.badge", "change")
    assert badge_text(document, "visitors_victim") == "+250 t.o.v. editie 2019"
    assert not [p for p in check_editions(document) if p.field == f"{VICTIMS_TILE}.badge"]


def _published_then_rounded_off():
    """2019 printed 91,5% (one decimal); in 2020 the figure is 75 and shows no decimals."""
    document = load_document(SEED)
    set_field(document, "figures.exploited_now.value", 91.5)
    document = start_edition(document, 2020)
    set_field(document, "figures.exploited_now.value", 75)
    document.figures["exploited_now"].decimals = 0
    return document


def test_compare_shows_last_year_with_the_decimals_it_was_published_with():
    document = _published_then_rounded_off()
    comparison = compare_documents(as_previous_edition(document), document)
    [figure] = [f for f in comparison.figures if f.figure_id == "exploited_now"]
    assert (figure.before, figure.after, figure.change) == ("91,5%", "75%", "-16,5 procentpunt")
    assert badge_text(document, "exploited_now") == "-16,5 procentpunt t.o.v. editie 2019"
    assert document.resolve("{exploited_now:previous}") == "91,5%"


def test_the_trend_shows_each_edition_with_its_own_decimals():
    document = _published_then_rounded_off()
    assert [(edition, values.printed("exploited_now", "nl-NL"))
            for edition, values in edition_values(document)] == [("2019", "91,5%"),
                                                                  ("2020", "75%")]


def test_a_renamed_figure_is_compared_as_the_same_figure_with_its_change(capsys, tmp_path):
    import copy

    from infographic_app.cli import main
    from infographic_app.model import operations as ops
    from infographic_app.model.writing import save_document

    before = load_document(Path("data/factsheet-2019.yaml"))
    after = copy.deepcopy(before)
    ops.rename_figure(after, "perpetrator_partner", "stief_ouders").do(after)
    after.figures["stief_ouders"].value = 20
    comparison = compare_documents(before, after)
    assert comparison.figures == [FigureChange(
        "stief_ouders", "(ex-)partner", "81,6%", "20,0%", "-61,6 procentpunt",
        renamed_from="perpetrator_partner")]
    # Not removed and added, and what follows the rename (the theme's text, its chart, the
    # rule) is no change of its own.
    assert (comparison.added, comparison.removed, comparison.texts, comparison.other) == (
        [], [], [], [])
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    save_document(before, old)
    save_document(after, new)
    assert main(["diff", str(old), str(new)]) == 1
    assert "  perpetrator_partner → stief_ouders  81,6% → 20,0%  (-61,6 procentpunt)  " \
           "(ex-)partner" in capsys.readouterr().out
