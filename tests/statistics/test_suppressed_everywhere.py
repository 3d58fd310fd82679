"""A count printed as 'minder dan 10' cannot be worked out from anything the factsheet
publishes: the screen PDF's text and tag alt texts, the web page (text, attributes, SVG), a
social card's alt text and the editor's Alt-tekst panel, in Dutch and English.

The 2020 edition of the bundled factsheet with 'bezoekers over criminele uitbuiting' at 9
(7 in 2019) and suppressed: the Alt-tekst panel once said '1,8 keer het kleinste' (9 / 5)
and '+29%' (7 -> 9). Each output is made twice, with the suppressed count at 9 and at 6:
what is published must be the same, so nothing in it depends on the hidden value."""

from __future__ import annotations

import re

import pikepdf
import pytest
from tests.pdfcheck import page_text

from infographic_app.export.html import html_page
from infographic_app.export.pdf import pdf_bytes
from infographic_app.gui.alt_text_panel import AltTextPanel
from infographic_app.layout.engine import layout_document
from infographic_app.model.alt_text import alt_text_for_card
from infographic_app.model.editions import start_edition
from infographic_app.model.reading import load_document
from infographic_app.paths import default_document

HIDDEN = "criminal_visitors"
THEME = "blocks.themes.themes.criminal_exploitation"
# What gives 9 away beside 5 victims, 7 last year and 299 visitors: the value, 9 / 5, the
# change from 7, 5 / 9 as a share, 9 / 299 as a share.
GIVEAWAYS = {"nl-NL": ("9", "1,8", "29%", "+29%", "55,6%", "56%", "3,0%", "3%"),
             "en-GB": ("9", "1.8", "29%", "+29%", "55.6%", "56%", "3.0%", "3%")}


def factsheet(value: int, locale: str):
    """The 2020 edition with the hidden count at `value`, shown in a text (as it is, as its
    change, its previous value and in words), in a tile with a change badge, as big numbers
    and in a trend chart."""
    document = start_edition(load_document(default_document()), "2020")
    document.locale = locale
    figure = document.figures[HIDDEN]
    figure.value, figure.suppressed, figure.updated = value, True, True
    blocks = {block.id: block for block in document.blocks()}
    themes = {theme["id"]: theme for theme in blocks["themes"].fields["themes"]}
    themes["criminal_exploitation"]["text"] += (
        f" Verandering: {{{HIDDEN}:change}}; vorig jaar {{{HIDDEN}:previous}}; in woorden "
        f"{{{HIDDEN}:words}}.")
    themes["networks"]["visual"] = {"kind": "trend", "figure": HIDDEN}
    tile = blocks["key_figures"].fields["tiles"][2]
    tile["figure"], tile["badge"] = HIDDEN, "change"
    return document


def published(value: int, locale: str, theme, qtbot) -> dict[str, str]:
    """Everything published about the factsheet, by output."""
    document = factsheet(value, locale)
    scene = layout_document(document, theme)
    data = pdf_bytes(document, theme, "screen", scene=scene)
    with pikepdf.open(__import__("io").BytesIO(data)) as pdf:
        alts = [str(obj.get("/Alt")) for obj in pdf.objects
                if isinstance(obj, pikepdf.Dictionary) and "/Alt" in obj]
    panel = AltTextPanel()
    qtbot.addWidget(panel)
    panel.set_document(document)
    html = html_page(document, theme, scene)
    return {
        "pdf text": " ".join(page_text(data)),
        "pdf alt texts": " | ".join(alts),
        "web page text": re.sub(r"<[^>]*>", " ", re.sub(r"(?s)<style>.*?</style>", "", html)),
        "web page attributes and svg titles": " | ".join(
            re.findall(r'(?:aria-label|title|alt|data-[\w-]+)="([^"]*)"', html)
            + re.findall(r"<title>(.*?)</title>", html)),
        "web page": html,
        "card alt texts": " | ".join(alt_text_for_card(document, target)
                                     for target in (HIDDEN, THEME)),
        "alt-tekst panel": panel.browser.toPlainText(),
        "page scene": " ".join(run.text for index in range(len(scene.pages))
                               for run in scene.texts(index)),
    }


def numbers(text: str) -> set[str]:
    """The numbers a reader sees in `text`: '8', '1,6', '+14%', '62,5%'."""
    return set(re.findall(r"[+-]?\d+(?:[.,]\d+)*%?", text))


@pytest.mark.parametrize("locale", ["nl-NL", "en-GB"])
def test_nothing_published_gives_a_suppressed_count_away(locale, theme, qtbot):
    nine, six = published(9, locale, theme, qtbot), published(6, locale, theme, qtbot)
    fewer = "minder dan 10" if locale == "nl-NL" else "fewer than 10"
    for output, text in nine.items():
        if output != "web page":  # its SVG's coordinates are numbers too: compared below
            leaks = numbers(text) & set(GIVEAWAYS[locale])
            assert not leaks, f"{output} gives the hidden count away: {leaks}"
        assert text == six[output], f"{output} depends on the hidden count"
    for output in ("pdf text", "web page text", "card alt texts", "alt-tekst panel"):
        assert fewer in nine[output], output
    # no ratio or rank names it; it is described as fewer than 10
    panel = nine["alt-tekst panel"]
    assert "keer" not in panel.split("criminele uitbuiting")[-1].split("Over Chat")[0]
    assert f"{fewer} bezoekers over criminele uitbuiting" in panel
