"""A new figure shows the decimals the document's figures of its type use."""

from infographic_app.model import operations as ops


def test_a_new_percentage_is_whole_like_the_documents_other_percentages(document):
    for figure_id in ("exploited_now", "exploited_over_year", "perpetrator_partner"):
        document.figures[figure_id].decimals = 0
    ops.add_figure(document, "ongeveer", "percentage", 4).do(document)
    assert document.resolve("ongeveer {ongeveer}") == "ongeveer 4%"


def test_a_new_figure_keeps_the_types_default_where_the_document_uses_it(document):
    ops.add_figure(document, "aandeel", "percentage", 65).do(document)  # 4 of 6 show one
    ops.add_figure(document, "leeftijd", "decimal", 17).do(document)
    assert document.resolve("{aandeel} {leeftijd}") == "65,0% 17,0"
    assert document.figures["aandeel"].decimals is None  # the default: not written


def test_the_usual_decimals_of_a_type():
    from infographic_app.model.figures import Figure, usual_decimals

    def figures(*decimals):
        return [Figure(f"f{i}", "percentage", "", value=1, decimals=d)
                for i, d in enumerate(decimals)]

    assert usual_decimals([], "percentage") is None
    assert usual_decimals(figures(0, 0, 2), "percentage") == 0
    assert usual_decimals(figures(0, 2), "percentage") == 0  # a tie: the fewest
    assert usual_decimals(figures(0, None), "percentage") is None  # a tie with the default
    assert usual_decimals(figures(2, 2), "decimal") is None  # no decimal figure at all


def test_a_new_figure_shows_the_decimals_its_value_was_typed_with(document):
    """'65' typed for a new percentage prints '65%', not '65,0%'; '14,3' prints '14,3%'."""
    from infographic_app.model.entry import read_entry, typed_decimals

    for number, (typed, printed) in enumerate((("65", "65%"), ("14,3", "14,3%"),
                                               ("7,25", "7,25%"))):
        value = read_entry(typed, "percentage", "nl-NL")
        ops.add_figure(document, f"share {typed}", "percentage", value, f"share_{number}",
                       decimals=typed_decimals(typed, "nl-NL")).do(document)
        assert document.show(f"share_{number}") == printed
