"""The web edition as a file: one self-contained, semantic HTML page in the document's
language and number format, from the command line and the editor."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from infographic_app.cli import main
from infographic_app.export.html import export_html, html_page
from infographic_app.model.reading import load_document


class _Outline(HTMLParser):
    """The tags of a page in order, each with its attributes, and the text outside svg."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self._in_svg = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_svg += tag == "svg"

    def handle_endtag(self, tag):
        self._in_svg -= tag == "svg"

    def handle_data(self, data):
        if not self._in_svg:
            self.text.append(data)


def _outline(page: str) -> _Outline:
    outline = _Outline()
    outline.feed(page)
    return outline


def test_the_command_line_writes_the_web_edition_by_its_extension(tmp_path, capsys):
    out = tmp_path / "factsheet.html"
    assert main(["export", "data/factsheet-2019.yaml", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"nl\">")
    assert "<title>Factsheet mensenhandel: Onzichtbare slachtoffers in 2019</title>" in page
    assert str(out) in capsys.readouterr().out


def test_outdir_with_format_html_writes_one_page_per_factsheet(tmp_path):
    assert main(["export", "data/factsheet-2019.yaml", "--outdir", str(tmp_path),
                 "--format", "html"]) == 0
    assert (tmp_path / "factsheet-2019.html").is_file()


def test_an_unknown_extension_names_the_web_page_among_the_choices(tmp_path, capsys):
    assert main(["export", "data/factsheet-2019.yaml", "-o", str(tmp_path / "a.txt")]) == 2
    assert "the output must end in .pdf, .png or .html" in capsys.readouterr().err


def test_the_page_needs_no_network(document, theme):
    page = html_page(document, theme)
    addresses = re.findall(r'(?:src|href)="([^"]*)"|url\(([^)]*)\)', page)
    outside = [a or b for a, b in addresses if not (a or b).startswith(("data:", "#"))]
    assert outside == ["https://www.chatmetfier.nl"]  # the footer's link, for readers to follow
    assert page.count("@font-face") == 5
    assert len(page) < 600_000  # the fonts cut down to the characters used


def test_structure_headings_lists_and_links(document, theme):
    outline = _outline(html_page(document, theme))
    tags = [tag for tag, _ in outline.tags]
    assert tags.count("h1") == 1 and tags.count("h2") == 9  # and the sources' heading
    assert tags.count("ol") == 2  # the recommendations, the numbered sources
    ol = tags.index("ol")
    assert tags[ol:].count("li") >= 4
    assert ("a", {"href": "https://www.chatmetfier.nl"}) in outline.tags
    assert [attrs.get("role") for tag, attrs in outline.tags if tag == "svg"] == ["img"] * 4
    assert tags.count("details") == 3 and tags.count("table") == 3


def test_figures_are_text_in_the_documents_number_format(changed_copy, theme):
    english = load_document(changed_copy(("locale: nl-NL", "locale: en-GB")))
    page = html_page(english, theme)
    text = " ".join(_outline(page).text)
    assert '<html lang="en">' in page
    assert "10,000" in text and "17.7" in text and "81.6%" in text
    assert "Description and figures of the chart" in text


def test_a_phrase_in_another_language_carries_its_language(document, theme):
    """The bundled factsheet marks '*first disclosure*{en}' as English."""
    page = html_page(document, theme)
    assert '(<em lang="en">first disclosure</em>)' in page


def test_a_chart_is_followed_by_its_description_and_table(document, theme):
    page = html_page(document, theme)
    donut = page[page.index('aria-label="Cirkeldiagram'):]
    description = donut[donut.index("<details>"):donut.index("</details>")]
    assert "Het grootst: 81,6% (ex-)partner; het kleinst: 8,2% familielid." in description
    assert ('<tr><th scope="row">(ex-)partner</th><td class="number">81,6%</td></tr>'
            in description)


def test_the_file_is_replaced_only_by_a_whole_page(document, theme, tmp_path):
    out = tmp_path / "f.html"
    out.write_text("earlier", encoding="utf-8")
    assert export_html(document, theme, out) == [out]
    assert out.read_text(encoding="utf-8").rstrip().endswith("</html>")


def test_the_notes_block_comes_last_under_its_heading(tmp_path, theme):
    """Sources are read after the content, as on paper, under 'Bronnen' when the block has
    no heading of its own."""
    from infographic_app.model.blocks import Block
    from infographic_app.paths import default_document

    document = load_document(default_document())
    document.pages[0].blocks.insert(1, Block("sources", "notes",
                                             {"text": "Bron: Chat met Fier, 2019."}))
    page = html_page(document, theme)
    assert page.index(">Bronnen</h2>") > page.index(">Over Chat met Fier</h2>")
    assert page.index("Bron: Chat met Fier, 2019.") < page.index("<footer")


def test_the_notes_and_marks_of_the_web_edition_in_english(changed_copy, theme):
    """Numbered sources and the rounding note: the notes list in the notes section, each
    mark a link to its note, the chart's mark after the chart."""
    shares = [(f"    value: {old}\n", f"    value: {new}\n    decimals: 1\n")
              for old, new in (("81.6", "81.66"), ("10.2", "10.17"), ("8.2", "8.17"))]
    page = html_page(load_document(changed_copy(*shares, ("locale: nl-NL", "locale: en-GB"))),
                     theme)
    assert ('slechts 29<sup class="note-mark"><a id="note-ref-1-0" href="#note-1" '
            'aria-label="note 1">¹</a></sup>') in page
    notes = re.search(r'<ol class="notes-list">(.*?)</ol>', page).group(1)
    assert re.findall(r'<li id="(note-\d)">([^<]*)<', notes) == [
        ("note-1", "Source: Nederlandse minderjarige slachtoffers van seksuele uitbuiting in "
                   "beeld in 2018. "),
        ("note-2", "Source: Geschat aantal Nederlandse minderjarige slachtoffers van seksuele "
                   "uitbuiting. Estimate. "),
        ("note-3", "Afgerond naar beneden: de tekst zegt &quot;circa 97 procent&quot;. "
                   "Computed from an estimate. "),
        ("note-4", "Due to rounding, the parts do not add up to 100%. ")]
    assert 'aria-label="Back to the text of note 4">↩</a>' in notes
    donut = page[page.index('class="donut"'):]
    assert donut.index('href="#note-4"') < donut.index("</figure>")
