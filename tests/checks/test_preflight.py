"""Each preflight check: a factsheet or theme that triggers it; the bundled one does not."""

import pytest

from infographic_app.checks.preflight import preflight
from infographic_app.layout.engine import layout_document
from infographic_app.layout.fonts import FontSet
from infographic_app.layout.resources import resources_for
from infographic_app.layout.scene import Rect, Scene, ScenePage
from infographic_app.model.problems import Severity
from infographic_app.model.reading import load_document
from infographic_app.model.theme import load_theme
from infographic_app.paths import default_document, default_theme


@pytest.fixture
def themed(tmp_path):
    """The bundled theme with text replacements, as a file of its own."""

    def write(*replacements):
        folder = default_theme().parent
        text = (default_theme().read_text(encoding="utf-8")
                .replace("fonts/", f"{folder / 'fonts'}/")
                .replace("profiles/", f"{folder / 'profiles'}/"))
        for old, new in replacements:
            assert old in text, old
            text = text.replace(old, new)
        path = tmp_path / "theme.yaml"
        path.write_text(text, encoding="utf-8")
        return load_theme(path)

    return write


def _scene(page, theme):
    return Scene((page,), resources_for(theme, FontSet(theme)))


def findings(document, theme, target="print", language="en"):
    return preflight(document, layout_document(document, theme), theme, target, language)


@pytest.mark.parametrize("target", ["print", "screen"])
def test_the_bundled_factsheet_passes_preflight(document, theme, target):
    assert findings(document, theme, target) == []


def test_text_below_the_minimum_size(document, themed):
    theme = themed(("chart_label: {font: regular, size: 7.5", "chart_label: {font: regular, "
                                                               "size: 5.5"))
    small = [f for f in findings(document, theme) if "below the 6 pt" in f.message]
    assert small and all("5.5 pt" in f.message and f.severity == Severity.WARNING
                         for f in small)
    assert {f.field for f in small} >= {"figures.exploited_now.label", "blocks.intro.visual"}


def test_a_character_the_font_lacks(document, theme, changed_copy):
    document = load_document(changed_copy(("title: Onzichtbare slachtoffers in 2019",
                                           "title: Onzichtbare slachtoffers in 2019 ★")))
    on_title, in_running_header = findings(document, theme, "screen")
    assert on_title.severity == Severity.ERROR
    assert "'★' (U+2605) on page 1" in on_title.message and "Lato-Black" in on_title.message
    assert on_title.field == "blocks.header.title" and on_title.line is not None
    assert "on page 2" in in_running_header.message  # page 2 repeats the title


def test_small_text_in_four_colour_black(document, themed):
    theme = themed(("ink: {cmyk: [0, 0, 0, 90]", "ink: {cmyk: [60, 40, 40, 100]"))
    rich = [f for f in findings(document, theme) if "four-colour black" in f.message]
    assert rich and all("100% K" in f.message for f in rich)
    assert {f.field for f in rich} >= {"blocks.intro.text"}


def test_a_hairline(document, theme):
    page = ScenePage(595, 842, 8.5, (Rect(50, 400, 300, 0.1, "rule", "blocks.themes"),))
    [finding] = preflight(document, _scene(page, theme), theme, "print")
    assert "0.1 pt thin" in finding.message
    fine = ScenePage(595, 842, 8.5, (Rect(50, 400, 300, 0.6, "rule", "blocks.themes"),))
    assert preflight(document, _scene(fine, theme), theme, "print") == []


def test_total_ink_above_the_limit(document, themed):
    theme = themed(("primary_dark: {cmyk: [10, 100, 45, 35]", "primary_dark: {cmyk: [80, 100, "
                                                               "80, 60]"))
    [finding] = [f for f in findings(document, theme) if "ink" in f.message]
    assert "'primary_dark' has 320% ink" in finding.message and "300%" in finding.message
    assert finding.severity == Severity.ERROR


def test_text_too_close_to_the_trim_edge(document, themed):
    theme = themed(("margin_mm: 13", "margin_mm: 4"))
    near = [f for f in findings(document, theme) if "from the trim edge" in f.message]
    assert near and all("closer than 5 mm" in f.message for f in near)


def test_a_background_that_stops_at_the_trim_edge(document, theme):
    short = ScenePage(595, 842, 8.5, (Rect(0, 0, 595, 60, "primary", "blocks.header"),))
    edges = preflight(document, _scene(short, theme), theme, "print")
    assert [f.message.split("(")[1].split(")")[0] for f in edges] == ["left", "top", "right"]
    assert all("not into the bleed" in f.message and f.field == "blocks.header" for f in edges)
    bled = ScenePage(595, 842, 8.5, (Rect(-8.5, -8.5, 612, 68.5, "primary", "blocks.header"),))
    assert preflight(document, _scene(bled, theme), theme, "print") == []


def test_low_contrast_text_on_screen(document, themed):
    theme = themed(("muted: {cmyk: [0, 0, 0, 72], rgb: '#666666'}",
                    "muted: {cmyk: [0, 0, 0, 60], rgb: '#999999'}"))
    [finding] = findings(document, theme, "screen")
    assert "contrast of 2.5:1" in finding.message and "below 4.5:1" in finding.message
    assert finding.field == "blocks.intro.visual"
    assert findings(document, theme, "print") == []  # contrast is a screen matter


def test_findings_speak_dutch_when_asked(document, themed):
    theme = themed(("margin_mm: 13", "margin_mm: 4"))
    [finding, *_] = findings(document, theme, "print", language="nl")
    assert "van de snijlijn" in finding.message


# The screen PDF is tagged PDF/UA (issue 12): what a screen reader would miss is named with
# the field a person must fill in.

def screen_findings(path, theme, language="en"):
    document = load_document(path)
    return document, findings(document, theme, "screen", language)


def test_a_chart_figure_without_a_label_on_screen(theme, changed_copy):
    path = changed_copy(("    label: (ex-)partner", "    label: ''"))
    _, found = screen_findings(path, theme)
    [finding] = [f for f in found if "alt text" in f.message]
    assert finding.field == "figures.perpetrator_partner.label" and finding.line is not None
    assert "'perpetrator_partner' as a bare number" in finding.message
    assert "give the figure a label" in finding.message
    assert finding.severity == Severity.WARNING


def test_a_chart_without_figures_on_screen(theme):
    document = load_document(default_document())  # a copy of its own, changed in memory
    [themes] = [b for b in document.blocks() if b.id == "themes"]
    themes.fields["themes"][1]["visual"]["figures"] = []
    found = [f for f in findings(document, theme, "screen") if "screen reader" in f.message]
    assert [f.field for f in found] == ["blocks.themes.themes.partner_perpetrator.visual"]
    assert "add the figures it should show" in found[0].message


def test_an_empty_heading_on_screen(theme, changed_copy):
    _, found = screen_findings(changed_copy(("heading: partner = pleger", "heading: ''")), theme)
    [finding] = [f for f in found if "heading is empty" in f.message]
    assert finding.field == "blocks.themes.themes.partner_perpetrator.heading"
    assert finding.line is not None and "write a heading" in finding.message


def test_an_empty_title_on_screen_refuses_the_export(theme, changed_copy):
    _, found = screen_findings(changed_copy(("title: Onzichtbare slachtoffers in 2019",
                                             "title: ''")), theme, "nl")
    [finding] = [f for f in found if "titel is leeg" in f.message]
    assert finding.field == "blocks.header.title" and finding.severity == Severity.ERROR
    assert "schrijf een titel" in finding.message


def test_a_link_without_text_on_screen(theme, changed_copy):
    _, found = screen_findings(changed_copy(("text: www.chatmetfier.nl", "text: ''")), theme)
    [finding] = [f for f in found if "links to" in f.message]
    assert finding.field == "blocks.footer.text" and finding.line is not None
    assert "links to https://www.chatmetfier.nl but shows no text" in finding.message
    assert "write the address or a description" in finding.message


def test_the_screen_findings_are_not_print_findings(theme, changed_copy):
    document = load_document(changed_copy(("text: www.chatmetfier.nl", "text: ''")))
    assert findings(document, theme, "print") == []
