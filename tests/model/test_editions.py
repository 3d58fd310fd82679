"""Editions in the file format (version 2), starting a new edition, and the change since the
previous edition as texts print it."""

from pathlib import Path

import pytest

from infographic_app.model.document import SCHEMA_VERSION
from infographic_app.model.editions import (
    EditionError,
    is_updated,
    not_updated,
    previous_edition,
    replace_mentions,
    start_edition,
    year_mentions,
)
from infographic_app.model.fields import set_field
from infographic_app.model.migrations import CURRENT_VERSION, MIGRATIONS, migrate
from infographic_app.model.problems import InputError
from infographic_app.model.reading import load_document
from infographic_app.model.writing import save_document
from infographic_app.paths import default_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
V1 = FIXTURES / "factsheet-v1.yaml"


def _saved(document, tmp_path, name="saved.yaml") -> str:
    path = tmp_path / name
    save_document(document, path)
    return path.read_text(encoding="utf-8")


# --------------------------------------------------------------------- format and migration

def test_the_migrators_reach_the_current_version_in_order():
    assert [start for start, _ in MIGRATIONS] == list(range(1, CURRENT_VERSION))
    assert CURRENT_VERSION == SCHEMA_VERSION == 2


def test_version_1_to_2_changes_only_the_version_and_keeps_the_key_order():
    data = {"schema_version": 1, "locale": "nl-NL", "figures": {"a": {"type": "count",
                                                                       "value": 1}}}
    migrated = migrate(data)
    assert migrated == {**data, "schema_version": 2}
    assert list(migrated) == list(data)
    assert data["schema_version"] == 1  # the data read is not changed


def test_a_version_1_file_opens_unchanged_and_is_saved_as_version_2(tmp_path):
    old = load_document(V1)
    bundled = load_document(default_document())
    assert old.migrated_from == 1
    assert old.edition is None
    for figure in bundled.figures.values():
        figure.unit = ""  # the bundled figures that count people say so (an optional key)
    assert old.figures == bundled.figures and old.pages == bundled.pages
    text = _saved(old, tmp_path)
    # The bundled factsheet is the version-1 fixture as version 2, with its edition (and the
    # spelling check's word list, which came with version 2).
    bundled_text = default_document().read_text(encoding="utf-8")
    assert text == bundled_text[:bundled_text.index("word_list:\n")].replace(
        "edition: 2019\n", "").replace("    unit: personen\n", "")
    again = tmp_path / "again.yaml"
    save_document(load_document(tmp_path / "saved.yaml"), again)
    assert again.read_text(encoding="utf-8") == text


def test_the_bundled_factsheet_is_edition_2019_of_version_2(document):
    assert default_document().read_text(encoding="utf-8").startswith(
        "schema_version: 2\nedition: 2019\n")
    assert document.edition == "2019"
    assert previous_edition(document) is None
    assert not_updated(document) == []


def test_a_saved_version_2_file_with_history_round_trips_byte_for_byte(document, tmp_path):
    new = start_edition(document, 2020)
    set_field(new, "figures.visitors_total.value", 283)
    first = _saved(new, tmp_path, "2020.yaml")
    assert "edition: 2020\n" in first
    assert ("  visitors_total:\n    type: count\n    value: 283\n    history:\n      2019: 299\n"
            "    published_decimals:\n      2019: 0\n    label:") in first
    assert ("  visitors_victim:\n    type: count\n    value: 265\n    updated: false\n"
            "    history:\n      2019: 265\n") in first
    assert _saved(load_document(tmp_path / "2020.yaml"), tmp_path, "again.yaml") == first


def test_editions_as_labels_and_in_order(changed_copy):
    path = changed_copy(("edition: 2019", "edition: 2021-2022"),
                        ("    value: 299\n", "    value: 299\n    history:\n      2020-2021: 283\n"
                                             "      2019-2020: 250\n"))
    document = load_document(path)
    assert document.edition == "2021-2022"
    assert document.figures["visitors_total"].history == {"2020-2021": 283, "2019-2020": 250}
    assert previous_edition(document) == "2019-2020"  # labels keep the file's order
    assert document.resolve("{visitors_total:previous}") == "250"


@pytest.mark.parametrize(("old", "new", "message"), [
    ("schema_version: 2", "schema_version: 3", "schema versions 1 to 2, the file says '3' "
                                               "(written by a newer Factsheet studio"),
    ("edition: 2019", "edition: 19.5", "the edition is a year (2020) or a label"),
    ("edition: 2019", "edition: 2020\nedition: 2021", "given twice"),
    ("    value: 299\n", "    value: 299\n    history:\n      2019: 283\n",
     "figures.visitors_total.history.2019: this is the value of edition 2019"),
    ("    value: 299\n", "    value: 299\n    history:\n      2018: 1.300\n",
     "figures.visitors_total.history.2018: a count is a whole number, not '1.300'"),
    ("    value: 299\n", "    value: 299\n    history:\n      2018: -3\n",
     "a count cannot be negative, not '-3'"),
    ("    value: 299\n", "    value: 299\n    history: 283\n",
     "expected the earlier values by edition, e.g. 2019: 299"),
    ("    value: 299\n", "    value: 299\n    updated: nee\n",
     "figures.visitors_total.updated: must be true or false, not 'nee'"),
    ("    decimals: 0\n    label: van",
     "    decimals: 0\n    history:\n      2018: 10\n    label: van",
     "a figure with a formula has no history"),
])
def test_bad_edition_fields_name_file_line_and_field(changed_copy, old, new, message):
    path = changed_copy((old, new))
    with pytest.raises(InputError) as caught:
        load_document(path)
    said = str(caught.value)
    assert message in said
    assert f"{path}:" in said and any(f"{path}:{n}:" in said for n in range(1, 40))


# --------------------------------------------------------------------- a new edition

def test_a_new_edition_moves_values_into_history_and_marks_them_not_updated(document):
    new = start_edition(document, "2020")
    typed = [fid for fid, f in document.figures.items() if not f.derived]
    assert new.edition == "2020" and new.path is None
    assert not_updated(new) == typed
    assert new.figures["visitors_total"].history == {"2019": 299}
    assert new.figures["visitors_total"].value == 299  # still shown until typed
    assert document.figures["visitors_total"].history == {}  # the original is untouched
    assert new.figures["minors_reached_share"].history == {}
    assert not is_updated(new, "minors_reached_share")


def test_typing_a_value_or_confirming_marks_it_updated_and_derived_figures_follow(document):
    new = start_edition(document, 2020)
    set_field(new, "figures.visitors_minor.value", 170)
    assert is_updated(new, "visitors_minor")
    assert not is_updated(new, "minors_reached_share")  # minors_estimated is not yet
    set_field(new, "figures.minors_estimated.updated", True)
    assert is_updated(new, "minors_reached_share")
    assert "minors_estimated" not in not_updated(new)


@pytest.mark.parametrize(("edition", "message"), [
    ("2019", "already is edition 2019"), ("", "is not an edition"),
    ("20{20}", "is not an edition")])
def test_a_new_edition_needs_a_new_label(document, edition, message):
    with pytest.raises(EditionError, match=message):
        start_edition(document, edition)


def test_a_version_1_file_must_say_its_edition_first():
    with pytest.raises(EditionError, match="add a line such as 'edition: 2019'"):
        start_edition(load_document(V1), 2020)


def test_the_previous_year_is_found_only_as_that_year(document):
    new = start_edition(document, 2020)
    found = [(m.field, m.context()) for m in year_mentions(new)]
    assert found == [
        ("metadata.title", "…Onzichtbare slachtoffers in [2019]"),
        ("metadata.subject", "…beeld bij Chat met Fier, cijfers over [2019]"),
        ("blocks.header.title", "Onzichtbare slachtoffers in [2019]"),
        ("blocks.intro.text", "…is er wel contact met deze groep. In [2019] kwam "
                              "{minors_reached_share:number}…"),
        ("blocks.themes.themes.criminal_exploitation.text",
         "In [2019] kwamen voor het eerst bezoekers praten…"),
    ]
    # "In 2018 kwamen slechts 29…" names another year and is no proposal.
    assert all("2018" not in m.year for m in year_mentions(new))


def test_chosen_replacements_change_only_those_places(document):
    new = start_edition(document, 2020)
    chosen = [m for m in year_mentions(new) if m.field != "blocks.themes.themes."
                                                           "criminal_exploitation.text"]
    assert replace_mentions(new, chosen, "2020") == [
        "metadata.title", "metadata.subject", "blocks.header.title", "blocks.intro.text"]
    assert new.metadata["title"] == "Factsheet mensenhandel: Onzichtbare slachtoffers in 2020"
    intro = new.block("intro").fields["text"]
    assert "In 2018 kwamen slechts" in intro and "In 2020 kwam {minors_reached_share" in intro
    assert new.block("themes").fields["themes"][3]["text"].startswith("In 2019 kwamen voor")
    assert [m.field for m in year_mentions(new)] == [
        "blocks.themes.themes.criminal_exploitation.text"]


# --------------------------------------------------------------------- change and previous

def _edition_2021(document):
    """2019 -> 2020 -> 2021 with the victims of the published factsheets: 265, 250, 285."""
    edition_2020 = start_edition(document, 2020)
    set_field(edition_2020, "figures.visitors_victim.value", 250)
    set_field(edition_2020, "figures.exploited_now.value", 91.5)
    edition_2021 = start_edition(edition_2020, 2021)
    set_field(edition_2021, "figures.visitors_victim.value", 285)
    return edition_2021


def test_the_change_on_last_year_prints_as_the_2021_factsheet_did(document):
    new = _edition_2021(document)
    assert new.resolve("{visitors_victim:change}") == "+14%"
    assert new.resolve("{visitors_victim:previous}") == "250"
    assert new.resolve("({visitors_victim:change} t.o.v. {visitors_victim:previous})") == \
        "(+14% t.o.v. 250)"
    assert new.resolve("{visitors_total:change}") == "0%"  # confirmed or not, the same value
    new.locale = "en-GB"
    assert new.resolve("{visitors_victim:change}") == "+14%"


def test_a_change_of_a_percentage_is_in_percentage_points(document):
    new = start_edition(document, 2020)
    set_field(new, "figures.exploited_now.value", 91.5)
    assert new.resolve("{exploited_now:change} / {exploited_now:previous}") == \
        "-1,4 procentpunt / 92,9%"
    new.locale = "en-GB"
    assert new.resolve("{exploited_now:change}") == "-1.4 percentage points"


def test_a_change_is_rounded_half_away_from_zero(document):
    new = start_edition(document, 2020)
    set_field(new, "figures.multiple_victims.value", 27 * 2)  # +100%
    set_field(new, "figures.criminal_visitors.value", 1)  # 7 -> 1: -85,71..%
    set_field(new, "figures.visitors_total.value", 299 + 299 * 5 // 1000)  # 300: +0,33%
    new.figures["criminal_victims"].history["2019"] = 8
    set_field(new, "figures.criminal_victims.value", 9)  # 8 -> 9: +12,5% -> +13%
    new.figures["multiple_perpetrators"].history["2019"] = 8
    set_field(new, "figures.multiple_perpetrators.value", 7)  # 8 -> 7: -12,5% -> -13%
    assert new.resolve("{multiple_victims:change} {criminal_visitors:change} "
                       "{visitors_total:change} {criminal_victims:change} "
                       "{multiple_perpetrators:change}") == "+100% -86% 0% +13% -13%"


def test_a_derived_figure_compares_with_its_inputs_earlier_values(document):
    new = start_edition(document, 2020)
    set_field(new, "figures.visitors_minor.value", 260)
    assert new.resolve("{minors_reached_share:previous} -> {minors_reached_share}") == \
        "12% -> circa 20%"  # computed from an estimate


def test_without_a_previous_edition_change_and_previous_print_a_question_mark(document):
    assert document.resolve("{visitors_total:change} {visitors_total:previous}") == "? ?"


def test_an_undone_edit_makes_the_figure_not_updated_again(document, tmp_path):
    new = start_edition(document, 2020)
    set_field(new, "figures.visitors_total.value", 283)
    assert "visitors_total" not in not_updated(new)
    set_field(new, "figures.visitors_total.value", 299)  # what an undo does
    assert "visitors_total" in not_updated(new)
    assert "    value: 299\n    updated: false\n" in _saved(new, tmp_path)


def test_a_value_changed_by_hand_in_the_file_counts_as_updated(document, tmp_path):
    new = start_edition(document, 2020)
    path = tmp_path / "2020.yaml"
    save_document(new, path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    value: 299\n    updated: false\n", "    value: 283\n"
                                 "    updated: false\n"), encoding="utf-8")
    edited = load_document(path)
    assert "visitors_total" not in not_updated(edited)
    assert "    value: 283\n    history:\n" in _saved(edited, tmp_path, "again.yaml")


def test_a_confirmed_figure_is_saved_without_a_mark(document, tmp_path):
    new = start_edition(document, 2020)
    set_field(new, "figures.visitors_other.updated", True)
    text = _saved(new, tmp_path)
    assert "  visitors_other:\n    type: count\n    value: 34\n    history:\n" in text
    assert "visitors_other" not in not_updated(load_document(tmp_path / "saved.yaml"))


# --------------------------------------------------------------------- changes as printed

def test_a_change_from_a_negative_base_is_in_the_figures_own_unit(document):
    new = start_edition(document, 2020)
    new.figures["average_age"].history["2019"] = -2.0  # a saldo, say
    set_field(new, "figures.average_age.value", -1.0)
    assert new.resolve("{average_age:previous} -> {average_age} ({average_age:change})") == \
        "-2,0 -> -1,0 (+1,0)"
    set_field(new, "figures.average_age.value", -3.5)
    assert new.resolve("{average_age:change}") == "-1,5"
    new.figures["average_age"].history["2019"] = 2.0  # from a positive base: relative
    set_field(new, "figures.average_age.value", -1.0)
    assert new.resolve("{average_age:change}") == "-150%"
    new.locale = "en-GB"
    new.figures["average_age"].history["2019"] = -2.0
    assert new.resolve("{average_age:change}") == "+1.0"


def test_a_change_from_zero_is_the_difference_and_not_an_error(document):
    from infographic_app.checks.editions import check_editions

    new = start_edition(document, 2020)
    new.figures["criminal_victims"].history["2019"] = 0
    set_field(new, "figures.criminal_victims.value", 12)
    set_field(new, "blocks.intro.text", "Criminele uitbuiting: {criminal_victims:change}.")
    assert new.resolve("{criminal_victims:change}") == "+12"
    assert not [p for p in check_editions(new) if p.field == "blocks.intro.text"]


def test_a_change_in_points_is_the_difference_of_the_printed_values(document):
    new = start_edition(document, 2020)
    new.figures["exploited_now"].history["2019"] = 92.94
    set_field(new, "figures.exploited_now.value", 91.46)
    # A reader's calculator: 91,5 - 92,9 = -1,4 (the unrounded values differ by 1,48).
    assert new.resolve("Was {exploited_now:previous}, nu {exploited_now}: "
                       "{exploited_now:change}") == "Was 92,9%, nu 91,5%: -1,4 procentpunt"


def test_a_relative_change_is_taken_from_the_printed_values(document):
    new = start_edition(document, 2020)
    new.figures["average_age"].history["2019"] = 10.04  # printed 10,0
    set_field(new, "figures.average_age.value", 10.45)  # printed 10,5: +5%, not +4,08..%
    assert new.resolve("{average_age:previous} -> {average_age}: {average_age:change}") == \
        "10,0 -> 10,5: +5%"


def test_earlier_values_print_with_the_decimals_they_were_published_with(document, tmp_path):
    new = start_edition(document, 2020)
    assert new.figures["exploited_now"].published_decimals == {"2019": 1}
    assert new.figures["minors_reached_share"].published_decimals == {"2019": 0}  # derived
    set_field(new, "figures.exploited_now.value", 75)
    new.figures["exploited_now"].decimals = 0
    new.figures["minors_reached_share"].decimals = 1
    assert new.resolve("{exploited_now:previous} -> {exploited_now}: {exploited_now:change}") \
        == "92,9% -> 75%: -17,9 procentpunt"
    assert new.resolve("{minors_reached_share:previous}") == "12%"
    text = _saved(new, tmp_path)
    assert "    decimals: 0\n    published_decimals:\n      2019: 1\n    label:" in text
    again = load_document(tmp_path / "saved.yaml")
    assert again.figures["exploited_now"].published_decimals == {"2019": 1}
    assert again.resolve("{exploited_now:previous}") == "92,9%"
    third = start_edition(again, 2021)
    assert third.figures["exploited_now"].published_decimals == {"2019": 1, "2020": 0}


def test_a_file_without_published_decimals_shows_earlier_values_with_todays(tmp_path):
    text = default_document().read_text(encoding="utf-8").replace(
        "edition: 2019", "edition: 2020").replace(
        "    value: 92.9\n", "    value: 75\n    history:\n      2019: 91.5\n    decimals: 2\n")
    path = tmp_path / "old.yaml"
    path.write_text(text, encoding="utf-8")
    document = load_document(path)
    assert document.figures["exploited_now"].published_decimals == {}
    assert document.resolve("{exploited_now:previous}") == "91,50%"


@pytest.mark.parametrize(("written", "said"), [
    ("published_decimals: 1", "expected the decimals by edition, e.g. 2019: 1"),
    ("published_decimals:\n      2019: 5", "must be a whole number from 0 to 3, not '5'"),
    ("published_decimals:\n      '20 19!': 1", "is not an edition"),
])
def test_bad_published_decimals_are_named(tmp_path, written, said):
    text = default_document().read_text(encoding="utf-8").replace(
        "    value: 92.9\n", f"    value: 92.9\n    {written}\n")
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_document(path)
    assert said in str(error.value)
    assert "exploited_now" in str(error.value) and "published_decimals" in str(error.value)


def test_an_older_file_s_mark_of_a_text_covers_the_year_its_warning_quoted_only():
    """Marks used to name only the text; the warning then quoted the text's first year."""
    from infographic_app.checks.editions import check_editions
    from infographic_app.model.editions import start_edition
    from infographic_app.model.reading import load_document
    from infographic_app.paths import default_document

    document = start_edition(load_document(default_document()), 2020)
    document.intended_year_mentions = ["blocks.intro.text"]  # as a 2020 file of before holds it
    years = [p.fix for p in check_editions(document) if p.field == "blocks.intro.text"]
    assert years == ["intended:blocks.intro.text@2019"]  # 2018 was quoted and marked
    document.intended_year_mentions = ["blocks.intro.text@2019"]
    years = [p.fix for p in check_editions(document) if p.field == "blocks.intro.text"]
    assert years == ["intended:blocks.intro.text@2018"]


def test_a_ticked_older_year_moves_on_with_the_edition():
    """'In 2018 kwamen slechts…' in the 2019 edition speaks of the data a year behind: ticked,
    it says 2019 in the 2020 edition, not 2020."""
    from infographic_app.model.editions import moved_on, replace_mentions, year_mentions_through

    assert moved_on("2019", "2019", "2020") == "2020"
    assert moved_on("2018", "2019", "2020") == "2019"
    assert moved_on("2017", "2019", "2021") == "2019"
    assert moved_on("2019", "2019", "2020-2021") == "2020-2021"
    assert moved_on("2018", "winter", "lente") == "lente"  # editions without a year
    document = load_document(default_document())
    new = start_edition(document, "2020")
    older = [m for m in year_mentions_through(new, "2019") if m.year == "2018"
             and m.field == "blocks.intro.text"]
    replace_mentions(new, older, new.edition)
    assert new.block("intro").fields["text"].startswith("In 2019 kwamen slechts {minors_seen}")


def test_a_year_in_a_figures_source_is_listed_for_review():
    """The numbered notes print the sources: 'in beeld in 2018' is named for review too."""
    from infographic_app.model.editions import year_mentions_through

    new = start_edition(load_document(default_document()), "2020")
    fields = {m.field for m in year_mentions_through(new, "2019")}
    assert "figures.minors_seen.source" in fields
