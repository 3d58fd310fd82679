"""Charts that never contradict their figures: the icon array's lit figures, every share of a
donut drawn, and colours that stay with their category."""

import math

import pytest

from infographic_app.layout.charts import DONUT_MIN_ARC, donut_arcs
from infographic_app.layout.engine import layout_document
from infographic_app.layout.scene import Rect, Shape
from infographic_app.model.operations import add_chart_figure, remove_chart_figure
from infographic_app.model.reading import load_document

ICONS = "blocks.intro.visual"
DONUT = "blocks.themes.themes.partner_perpetrator.visual"
SHARES = ("perpetrator_partner", "perpetrator_social", "perpetrator_family")


def _icons(scene, document):
    """The colours of the icon array's 100 figures, in order."""
    return [item.fill for page in scene.pages for item in page.items
            if isinstance(item, Shape) and item.element_id == ICONS]


@pytest.mark.parametrize(("seen", "lit"), [
    ("1299", 99),  # 99,9%: one is not in view, as the text says
    ("1300", 100), ("1400", 100), ("0", 0), ("1", 1),  # 1 of 1.300: 0,08% is not nothing
    ("650", 50)])
def test_the_icon_array_lights_all_only_at_100_and_none_only_at_0(changed_copy, theme,
                                                                    seen, lit):
    document = load_document(changed_copy(("value: 29\n", f"value: {seen}\n")))
    colours = _icons(layout_document(document, theme), document)
    assert len(colours) == 100
    assert colours.count("primary") == lit
    assert colours.count("unlit") == 100 - lit


def _slices(scene):
    """Figure id: colour of each donut slice, and the legend's colour squares."""
    slices, legend = {}, {}
    for page in scene.pages:
        for item in page.items:
            figure = item.element_id.removeprefix("figures.")
            if figure in SHARES + ("perpetrator_other", "perpetrator_x"):
                if isinstance(item, Shape):
                    slices.setdefault(figure, []).append(item)
                elif isinstance(item, Rect) and item.width == item.height == 7:
                    legend[figure] = item.fill
    return slices, legend


def test_a_tiny_share_is_drawn_and_no_slice_is_shortened_by_the_gaps():
    arcs = donut_arcs([81.6, 18.2, 0.2])
    assert all(arc >= DONUT_MIN_ARC for arc in arcs)
    assert arcs[0] > arcs[1] > arcs[2]
    # The large ones stay in proportion to each other: the gaps are not taken from them.
    assert arcs[0] / arcs[1] == pytest.approx(81.6 / 18.2, rel=0.03)
    assert donut_arcs([50.0, 50.0]) == pytest.approx([math.pi - 0.024] * 2)


def test_every_share_of_a_donut_has_a_slice_and_the_legend_keeps_its_value(changed_copy,
                                                                          theme):
    document = load_document(changed_copy(("value: 10.2\n", "value: 18.2\n"),
                                          ("value: 8.2\n", "value: 0.2\n")))
    scene = layout_document(document, theme)
    slices, legend = _slices(scene)
    assert set(slices) == set(SHARES)
    assert all(len(s) == 1 for s in slices.values())
    texts = " ".join(r.text for r in scene.texts(0))
    assert "0,2%" in texts
    assert {f: s[0].fill for f, s in slices.items()} == legend


def test_six_shares_get_six_colours(changed_copy, theme):
    extra = "".join(f"  share_{n}:\n    type: percentage\n    value: 1\n    label: deel {n}\n"
                    for n in range(4, 7))
    path = changed_copy(("rules:\n", extra + "rules:\n"),
                        ("        - perpetrator_family\n", "        - perpetrator_family\n"
                         + "".join(f"        - share_{n}\n" for n in range(4, 7))))
    document = load_document(path)
    scene = layout_document(document, theme)
    colours = [item.fill for page in scene.pages for item in page.items
               if isinstance(item, Shape) and item.element_id.startswith("figures.")
               and item.element_id.removeprefix("figures.") in
               (*SHARES, *(f"share_{n}" for n in range(4, 7)))]
    assert len(colours) == 6 and len(set(colours)) == 6


def test_removing_a_share_leaves_the_others_their_colours(document, theme):
    def colours():
        slices, legend = _slices(layout_document(document, theme))
        assert {f: s[0].fill for f, s in slices.items()} == legend
        return legend

    before = colours()
    remove_chart_figure(document, DONUT, "perpetrator_partner").do(document)
    after = colours()
    assert after == {f: before[f] for f in ("perpetrator_social", "perpetrator_family")}
    # A share added later takes a free colour and keeps the others theirs.
    operation = add_chart_figure(document, DONUT, "perpetrator_partner", index=0)
    operation.do(document)
    again = colours()
    assert {f: again[f] for f in after} == after
    assert len(set(again.values())) == 3
    operation.undo(document)
    assert colours() == after


def _luminance(rgb) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour (0-255 per channel)."""
    linear = [c / 255 / 12.92 if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4
              for c in rgb]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(first, second) -> float:
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_icon_arrays_unlit_figures_reach_3_to_1_against_their_panel(document, theme):
    """WCAG 1.4.11: the figures not lit stand out from the tinted panel behind them."""
    from infographic_app.layout.engine import layout_document
    from infographic_app.layout.scene import Rect, Shape

    page = layout_document(document, theme).pages[0]
    colours = layout_document(document, theme).resources.colours
    figures = [item for item in page.items if isinstance(item, Shape)
               and item.element_id.endswith(".visual") and item.fill != "primary"]
    assert len(figures) > 50
    first = figures[0].commands[0]
    panel = next(item for item in reversed(page.items) if isinstance(item, Rect) and item.fill
                 and item.x <= first[1] <= item.x + item.width
                 and item.y <= first[2] <= item.y + item.height
                 and page.items.index(item) < page.items.index(figures[0]))
    for figure in figures:
        assert _contrast(colours[figure.fill].rgb, colours[panel.fill].rgb) >= 3


def test_a_theme_without_an_unlit_colour_loads_and_uses_muted(tmp_path):
    import shutil

    from infographic_app.model.theme import load_theme
    from infographic_app.paths import default_theme

    folder = tmp_path / "assets"
    shutil.copytree(default_theme().parent, folder)
    path = folder / default_theme().name
    text = path.read_text(encoding="utf-8")
    path.write_text("\n".join(line for line in text.splitlines()
                              if not line.startswith("  unlit:")), encoding="utf-8")
    old = load_theme(path)
    assert old.colours["unlit"].rgb == old.colours["muted"].rgb


@pytest.mark.parametrize(("seen", "rounding", "lit"), [
    ("31", "down", 3),  # 97,6% printed 'circa 97%' not in view: 97 grey, 3 in view
    ("31", "nearest", 2),  # 98% not in view: 98 grey
    ("29", "down", 3), ("455", "nearest", 35)])
def test_the_icon_array_draws_the_printed_headline(changed_copy, theme, seen, rounding, lit):
    """Found by a fresh user: 'circa 97%' above 98 grey figures."""
    path = changed_copy(("value: 29\n", f"value: {seen}\n"),
                        ("    rounding: down\n", f"    rounding: {rounding}\n"))
    document = load_document(path)
    colours = _icons(layout_document(document, theme), document)
    assert colours.count("unlit") == document.values().shown("minors_unseen_share")
    assert colours.count("primary") == lit
