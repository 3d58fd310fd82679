"""The document keeps its worked-out figure values between uses (an editor shows each figure
in the preview, the checks and the panels), and works them out anew after any change."""

import dataclasses

from infographic_app.model.fields import set_field
from infographic_app.model.reading import load_document
from infographic_app.paths import default_document

SHARE = "minors_unseen_share"  # (minors_estimated - minors_seen) / minors_estimated * 100


def test_nothing_changed_the_same_values_are_used():
    document = load_document(default_document())
    assert document.show(SHARE) == "circa 97%"  # computed from an estimate
    assert document.values() is document.values()


def test_a_changed_figure_is_worked_out_anew_however_it_was_changed():
    document = load_document(default_document())
    figure = document.figures[SHARE]
    shown = []
    for change in (
            lambda: set_field(document, "figures.minors_estimated.value", 2600),  # a value
            lambda: setattr(figure, "rounding", "nearest"),
            lambda: setattr(figure, "decimals", 1),
            lambda: setattr(figure, "type", "decimal"),
            lambda: setattr(figure, "formula", "minors_seen / minors_estimated * 100"),
            lambda: document.figures.update(
                {"minors_seen": dataclasses.replace(document.figures["minors_seen"],
                                                    value=130)}),
            lambda: setattr(document, "figures", dict(document.figures)),
    ):
        change()
        shown.append(document.show(SHARE))
    assert shown == [f"circa {s}" for s in ("98%", "99%", "98,9%", "98,9", "1,1", "5,0",
                                             "5,0")]
    before = document.values()
    document.rules[0].rounding = "largest_remainder"  # a new set of shares rounded together
    assert document.values() is not before
