"""Chart colours side by side stay distinguishable for colour-blind readers (issue 23)."""

import shutil

import pytest

from infographic_app.checks.colour_vision import (
    ALIKE_BELOW,
    check_colour_vision,
    simulated_difference,
)
from infographic_app.checks.report import check_for_targets
from infographic_app.layout.engine import layout_document
from infographic_app.model.theme import load_theme
from infographic_app.paths import default_theme

RED, GREEN = "#D91A1A", "#1A991A"


@pytest.fixture
def red_green_theme(tmp_path):
    """The bundled theme whose first two chart colours are a red and a green of about the
    same lightness, the pair deuteranopes and protanopes confuse."""
    folder = tmp_path / "assets"
    shutil.copytree(default_theme().parent, folder)
    path = folder / default_theme().name
    text = path.read_text(encoding="utf-8")
    for name, rgb in (("chart_teal", RED), ("chart_amber", GREEN)):
        start = text.index(f"  {name}: {{")
        old = text[start:text.index("\n", start)]
        text = text.replace(old, old[:old.index("rgb:")] + f"rgb: '{rgb}'}}")
    text = text.replace("chart_colours: [primary, accent, chart_teal, chart_amber,",
                        "chart_colours: [chart_teal, chart_amber, accent, primary,")
    path.write_text(text, encoding="utf-8")
    return load_theme(path)


def test_a_red_green_pair_looks_alike_to_a_deuteranope_but_not_to_everyone():
    red, green = (217, 26, 26), (26, 153, 26)
    assert simulated_difference(red, green, "deuteranomaly") < ALIKE_BELOW
    assert simulated_difference(red, green, "tritanomaly") > ALIKE_BELOW
    with pytest.raises(ValueError):
        simulated_difference(red, green, "achromatopsia")


def test_check_warns_on_neighbouring_shares_in_red_and_green(document, red_green_theme):
    problems = check_colour_vision(document, red_green_theme, "nl")
    assert [p.message for p in problems] == [
        "in de grafiek van 'partner = pleger' staan '(ex-)partner' en 'sociale omgeving' "
        "naast elkaar in kleuren die voor lezers met deuteranopie (groenblind) op elkaar "
        "lijken; kies grafiekkleuren in het thema die meer in lichtheid verschillen, of "
        "verander de volgorde van de aandelen"]
    assert {p.severity for p in problems} == {"warning"}
    scene = layout_document(document, red_green_theme)
    assert problems[0] in check_for_targets(document, scene, red_green_theme, ("screen",), "nl")


def test_the_bundled_theme_passes(document, theme):
    assert check_colour_vision(document, theme, "en") == []
