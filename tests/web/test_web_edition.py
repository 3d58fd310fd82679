"""The web edition of the bundled factsheet in a real browser (chromium, headless): WCAG 2.1
A/AA by axe-core at phone and desktop widths, no sideways scrolling from 360 px, every
printed figure as text, headings and landmarks in order, charts with a name and a table."""

from __future__ import annotations

import re

import pytest
from browser import axe_violations, missing, set_width, start_browser

from infographic_app.export.html import export_html

pytestmark = pytest.mark.skipif(bool(missing()), reason=missing() or "browser available")


@pytest.fixture(scope="module")
def page(tmp_path_factory, theme):
    from infographic_app.model.reading import load_document
    from infographic_app.paths import default_document

    path = tmp_path_factory.mktemp("web") / "factsheet-2019.html"
    export_html(load_document(default_document()), theme, path)
    return path


@pytest.fixture(scope="module")
def browser(page):
    driver = start_browser()
    driver.get(page.as_uri())
    yield driver
    driver.quit()


def _text_outside_charts(browser) -> str:
    """The page's text as the browser has it, the charts' own drawing left out, with every
    description opened."""
    return browser.execute_script(
        "document.querySelectorAll('details').forEach(d => d.open = true);"
        "const copy = document.body.cloneNode(true);"
        "copy.querySelectorAll('svg').forEach(s => s.remove());"
        "return copy.textContent.replace(/\\s+/g, ' ');")


@pytest.mark.parametrize("width", [390, 1280])
def test_axe_finds_no_wcag_21_aa_violations(browser, width):
    set_width(browser, width)
    violations = axe_violations(browser)
    assert [(v["id"], v["help"], [n.get("target") for n in v["nodes"]][:3])
            for v in violations] == []


@pytest.mark.parametrize("width", [360, 390, 768, 1280])
def test_nothing_scrolls_sideways(browser, width):
    set_width(browser, width)
    assert browser.execute_script("return window.innerWidth") == width
    scroll, client = browser.execute_script(
        "const e = document.documentElement; return [e.scrollWidth, e.clientWidth];")
    assert scroll <= client


def test_every_printed_figure_is_on_the_page_as_text(browser, document, scene):
    pdf_text = " ".join(run.text for run in scene.texts())
    # as printed, and as read out (an estimate: '97% (geschat)' in a chart's description)
    forms = {(document.show(f, with_unit=unit, as_estimate=estimate),  # an estimate is bare
              document.show(f, with_unit=unit, for_alt_text=True))  # where its text says so
             for f in document.figures for unit in (True, False) for estimate in (True, False)}
    forms = {(shown, read) for shown, read in forms if shown in pdf_text}
    assert {"299", "17,7", "92,9%", "81,6%", "1.300", "97%", "12", "20.000"} <= \
        {shown for shown, _ in forms}
    text = _text_outside_charts(browser)
    assert sorted(shown for shown, read in forms if shown not in text and read not in text) == []


def test_headings_and_landmarks_read_in_the_factsheets_order(browser):
    headings = browser.execute_script(
        "return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]"
        ".map(h => [h.tagName, h.textContent]);")
    assert headings == [
        ["H1", "Onzichtbare slachtoffers in 2019"],
        ["H2", "Nederlandse minderjarige slachtoffers onzichtbaar"],
        ["H2", "Mensenhandel in beeld bij Chat met Fier"],
        ["H2", "langdurige uitbuiting"],
        ["H2", "partner = pleger"],
        ["H2", "meerdere slachtoffers en daders"],
        ["H2", "criminele uitbuiting"],
        ["H2", "Aanbevelingen"],
        ["H2", "Over Chat met Fier"],
        ["H2", "Bronnen"],  # the numbered sources, last in the main content
    ]
    landmarks = browser.execute_script(
        "return [...document.querySelectorAll('header, main, footer')]"
        ".map(e => e.tagName + (e.closest('main') && e.tagName !== 'MAIN' ? ' in main' : ''));")
    assert landmarks == ["HEADER", "MAIN", "FOOTER"]
    assert browser.execute_script("return document.documentElement.lang") == "nl"


def test_each_chart_is_an_image_with_its_short_alt_text_as_name(browser):
    from selenium.webdriver.common.by import By

    charts = browser.find_elements(By.CSS_SELECTOR, "figure svg")
    assert len(charts) == 3  # icon array, bars, donut; big numbers are text
    assert {chart.get_attribute("role") for chart in charts} == {"img"}
    names = [chart.accessible_name for chart in charts]
    assert names[0].startswith("Figurendiagram 'Nederlandse minderjarige slachtoffers")
    assert names[2] == ("Cirkeldiagram 'partner = pleger', 3 delen: het grootst is "
                        "(ex-)partner met 81,6%.")
    mark = browser.find_element(By.CSS_SELECTOR, "header svg")
    assert mark.accessible_name == "Logo van Centrum tegen Kinderhandel en Mensenhandel"


def test_the_donuts_table_holds_its_figures_under_headers(browser):
    rows = browser.execute_script(
        "const t = document.querySelectorAll('figure table')[2];"
        "return [...t.rows].map(r => [...r.cells].map(c => [c.tagName, c.textContent]));")
    assert rows == [[["TH", "Wat"], ["TH", "Waarde"]],
                    [["TH", "(ex-)partner"], ["TD", "81,6%"]],
                    [["TH", "sociale omgeving"], ["TD", "10,2%"]],
                    [["TH", "familielid"], ["TD", "8,2%"]]]


def test_the_footer_links_to_the_website(browser):
    from selenium.webdriver.common.by import By

    link = browser.find_element(By.CSS_SELECTOR, "footer a")
    assert (link.text, link.get_attribute("href")) == ("www.chatmetfier.nl",
                                                       "https://www.chatmetfier.nl/")


def test_a_mark_links_to_its_note_and_the_note_back_to_the_text(browser):
    from selenium.webdriver.common.by import By

    mark = browser.find_element(By.CSS_SELECTOR, "main p sup a")
    assert (mark.text, mark.accessible_name) == ("¹", "noot 1")  # read mid-sentence
    mark.click()
    note = browser.find_element(By.CSS_SELECTOR, ":target")
    assert note.tag_name == "li" and note.text.startswith(
        "Bron: Nederlandse minderjarige slachtoffers van seksuele uitbuiting in beeld in 2018.")
    notes = browser.execute_script(
        "return [...document.querySelectorAll('section.notes ol li')].map(li => li.id);")
    assert notes == ["note-1", "note-2", "note-3"]
    note.find_element(By.CSS_SELECTOR, "a").click()
    back = browser.find_element(By.CSS_SELECTOR, ":target")
    assert back.text == "¹" and "slechts 29" in back.find_element(By.XPATH, "../..").text


def test_sections_have_readable_unique_anchors_from_their_headings(browser):
    """The link targets are the headings in the document's language, never internal ids
    ('#blocks-themes-criminal_exploitation', '#blocks-_notes')."""
    ids = browser.execute_script(
        "return [...document.querySelectorAll('h2[id]')].map(h => h.id);")
    assert "criminele-uitbuiting" in ids and "bronnen" in ids, ids
    assert "partner-pleger" in ids, ids  # 'partner = pleger'
    assert len(set(ids)) == len(ids)
    assert not [i for i in ids if "blocks" in i or "_" in i or not re.fullmatch(r"[a-z0-9-]+", i)]


def test_a_note_mark_is_not_underlined(browser):
    """'31¹' must not read as '31-': the mark's link has no underline (until hovered)."""
    from selenium.webdriver.common.by import By

    mark = browser.find_element(By.CSS_SELECTOR, "main p sup a")
    assert "underline" not in mark.value_of_css_property("text-decoration-line")
