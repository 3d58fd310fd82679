"""A page that makes room: next year's structure fits on two pages, as a designer would set it.

Each case is a change a comms team makes between editions; each must give a factsheet that
`check` passes, on two pages, with every text whole, nothing over a text or across a rule,
and no empty band taller than 40 mm."""

from __future__ import annotations

import pytest

from infographic_app.checks.report import check_overflow
from infographic_app.layout.engine import layout_document
from infographic_app.layout.scene import PAGES, TextRun
from infographic_app.model.reading import load_document
from infographic_app.model.theme import MM

from composition import (
    EDITION_2020,
    block,
    bundled_data,
    composition_faults,
    edition_2020_data,
    laid_out,
)


def themes_of(data):
    return block(data, "themes")["themes"]


def fifth_theme(data, number=5):
    data["figures"][f"theme_{number}_share"] = {"type": "percentage", "value": 65,
                                                "decimals": 0, "label": "voor het eerst verteld"}
    themes_of(data).append({
        "id": f"theme_{number}", "heading": f"thema {number}: eerste keer verteld",
        "text": f"{{theme_{number}_share}} van de slachtoffers vertelde op de chat voor het "
                "eerst over de uitbuiting. Zij waren daarvoor nergens in beeld.",
        "visual": {"kind": "percentage_bars", "figures": [f"theme_{number}_share"]}})


def more_tiles(data, count):
    tiles = block(data, "key_figures")["tiles"]
    for number in range(count):
        tiles.append({"id": f"extra_{number}", "figure": "minors_seen",
                      "text": "minderjarige slachtoffers waren in beeld bij de autoriteiten, "
                              "terwijl het er naar schatting veel meer zijn."})


def third_bar(data):
    data["figures"]["exploited_again"] = {"type": "percentage", "value": 25,
                                          "label": "opnieuw uitgebuit na hulp"}
    themes_of(data)[0]["visual"]["figures"].append("exploited_again")


def six_part_donut(data):
    for name, value in (("perpetrator_partner", 60.0), ("perpetrator_social", 10.0),
                        ("perpetrator_family", 8.0)):
        data["figures"][name]["value"] = value
    donut = themes_of(data)[1]["visual"]
    rule = next(r for r in data["rules"] if r["id"] == "perpetrators_make_100")
    for name, label, value in (("stepparents", "(stief)ouders", 12.0),
                               ("clients", "klanten", 6.0), ("unknown", "onbekend", 4.0)):
        data["figures"][name] = {"type": "percentage", "value": value, "label": label}
        donut["figures"].append(name)
        rule["parts"].append(name)


def longer_title(lines):
    def change(data):
        header = block(data, "header")
        header["title"] += " - concept" if lines == 1 else \
            " - concept voor de directie en de stuurgroep"
    return change


def sixth_recommendation(data):
    items = block(data, "recommendations")["items"]
    for number in (5, 6):
        items.append({"id": f"recommendation_{number}",
                      "text": "De staatsecretaris van Justitie en Veiligheid wordt aanbevolen "
                              "om te **investeren in onderzoek** naar criminele uitbuiting."})


def longer_theme_texts(data):
    for theme in themes_of(data):
        words = theme["text"].split()
        theme["text"] += " " + " ".join(words[:len(words) // 3])


CASES = {
    "a 5th theme": fifth_theme,
    "a 5th tile": lambda data: more_tiles(data, 1),
    "a 5th and 6th tile": lambda data: more_tiles(data, 2),
    "a third bar": third_bar,
    "a 6-part donut": six_part_donut,
    "a title one line longer": longer_title(1),
    "a title two lines longer": longer_title(2),
    "a 6th recommendation": sixth_recommendation,
    "theme texts a third longer": longer_theme_texts,
}


@pytest.mark.parametrize("change", CASES.values(), ids=CASES.keys())
def test_a_structural_change_fits_two_pages_as_a_designer_would(change, tmp_path, theme):
    data = bundled_data()
    change(data)
    document, scene = laid_out(tmp_path, data, theme)
    assert composition_faults(document, scene) == []


def test_the_whole_2020_edition_fits_two_pages(theme):
    document = load_document(EDITION_2020)
    scene = layout_document(document, theme)
    assert composition_faults(document, scene) == []
    page1, page2 = (" ".join(r.text for r in scene.texts(i)) for i in (0, 1))
    assert "eerste keer verteld" in page2  # the 5th theme's row moved to the top of page 2
    assert page2.index("eerste keer verteld") < page2.index("Aanbevelingen")
    for number in range(1, 6):
        assert f"Aanbeveling {number}" in page2


def test_the_bundled_factsheet_stays_as_designed(scene, document):
    """The 2019 factsheet needs no tightening: its themes fill page 1 in two rows, their
    charts at the foot of each row, and the about panel closes page 2 above the footer."""
    assert composition_faults(document, scene) == []
    rules = [i for i in scene.pages[0].items
             if getattr(i, "element_id", "").startswith("blocks.themes.themes.")
             and getattr(i, "height", 0) == 1.2]
    assert len({rule.y for rule in rules}) == 2
    body = [r for r in scene.texts() if r.element_id.endswith(".text") and r.face == "regular"]
    assert {r.size for r in body} == {9.0, 8.5, 12.0}  # no type size tightened


def test_a_page_is_tightened_before_content_moves_on(tmp_path, theme):
    """Two more lines in a theme: the page tightens its gaps and leading within the theme's
    ranges, and the row stays on page 1."""
    data = bundled_data()
    themes_of(data)[3]["text"] += " Dit is slechts het topje van de ijsberg."
    document, scene = laid_out(tmp_path, data, theme)
    assert composition_faults(document, scene) == []
    assert "criminele uitbuiting" in " ".join(r.text for r in scene.texts(0))


@pytest.mark.parametrize("style", ["circa", "labelled", "range"])
def test_a_big_figure_a_few_words_longer_is_set_smaller_not_moved(style, tmp_path, theme):
    """Estimates printed as estimates ('circa 97%') make big figures wider than their box:
    they are set smaller on one line (or go on a row of their own), and the second row of
    themes stays on page 1, nothing cut; a small count prints '< 10' there, and 'minder dan
    10' in the text."""
    data = bundled_data()
    data["estimate_style"] = style
    data["figures"]["minors_estimated"].update(low=1200, high=1400)
    for small in ("criminal_visitors", "criminal_victims"):
        data["figures"][small]["suppressed"] = True
    document, scene = laid_out(tmp_path, data, theme)
    assert composition_faults(document, scene) == []
    page1 = " ".join(r.text for r in scene.texts(0))
    assert "criminele uitbuiting" in page1 and "minder dan 10" in page1
    figures = [r for r in scene.texts(0) if r.face == "black"
               and r.element_id in ("figures.minors_unseen_share", "figures.criminal_victims")]
    if style == "circa":
        assert {r.element_id: r.text for r in figures} == {
            "figures.minors_unseen_share": "circa 97%",
            "figures.criminal_victims": "<\u202f10"}  # each on one line
    assert all(r.size >= 0.7 * theme.style("tile_figure").size for r in figures)


def test_a_sixth_theme_fits_or_gets_one_message_with_working_fixes(tmp_path, theme):
    data = edition_2020_data()
    fifth_theme(data, 6)
    document, scene = laid_out(tmp_path, data, theme)
    if len(scene.pages) == 2:
        assert composition_faults(document, scene) == []
        return
    problems = check_overflow(document, scene, "nl")
    [problem] = [p for p in problems if p.severity == "error"]
    assert problem.message.startswith("de factsheet past niet op 2 pagina's: pagina 2 is ")
    assert "mm te vol" in problem.message
    assert set(problem.fixes) == {"add_page", "new_page:about"}
    assert [o.reason for o in scene.pages[1].overflows] == [PAGES]
    # Either way out gives a factsheet without the error (a page more, so a print warning).
    for fix in problem.fixes:
        fixed = edition_2020_data()
        fifth_theme(fixed, 6)
        if fix == "add_page":
            fixed["pages"].append({"id": "page3", "blocks": []})
        else:
            about = block(fixed, "about")
            fixed["pages"][1]["blocks"].remove(about)
            fixed["pages"].insert(2, {"id": "page3", "blocks": [about]})
        document, scene = laid_out(tmp_path, fixed, theme, name=f"{fix[:3]}.yaml")
        assert composition_faults(document, scene, pages=3) == []
        last = [r.element_id for r in scene.texts(2)]
        assert "blocks.footer.text" in last  # the footer closes the factsheet
        [warning] = check_overflow(document, scene, "nl")
        assert warning.severity == "warning" and warning.fixes == ("add_page",)
        assert "pagina 4" in warning.message


def test_a_block_taller_than_a_page_is_named_and_nothing_is_lost(tmp_path, theme):
    data = bundled_data()
    about = block(data, "about")
    about["text"] = " ".join([about["text"]] * 6)
    document, scene = laid_out(tmp_path, data, theme)
    problems = check_overflow(document, scene, "en")
    assert any("'Over Chat met Fier' does not fit on a page even on its own" in p.message
               for p in problems)


def test_two_column_text_is_balanced_without_a_lone_line(tmp_path, theme):
    """Paragraphs get half a line between them; no paragraph leaves its first line alone at
    the foot of the left column or its last line alone atop the right one."""
    data = bundled_data()
    about = block(data, "about")
    sentences = about["text"].split(". ")
    about["text"] = ". ".join(sentences[:4]) + ".\n" + ". ".join(sentences[4:])
    document, scene = laid_out(tmp_path, data, theme)
    runs = [r for r in scene.texts(1) if r.element_id == "blocks.about.text"]
    left = sorted({r.y for r in runs if r.x < 300})
    right = sorted({r.y for r in runs if r.x >= 300})
    assert abs(len(left) - len(right)) <= 1
    steps = {round(b - a, 2) for column in (left, right)
             for a, b in zip(column, column[1:], strict=False)}
    leading = theme.style("body").leading
    assert steps <= {leading, round(leading * 1.5, 2)}, steps  # a paragraph gap somewhere
    assert round(leading * 1.5, 2) in steps


def test_a_title_that_grows_pushes_the_page_down_and_blames_no_theme(tmp_path, theme):
    data = bundled_data()
    block(data, "header")["title"] += " - concept voor de directie en de stuurgroep"
    document, scene = laid_out(tmp_path, data, theme)
    title = [r for r in scene.texts(0) if r.element_id == "blocks.header.title"]
    assert len({r.y for r in title}) == 3  # three lines, none cut
    assert not [p for p in check_overflow(document, scene) if "themes" in p.field]


def test_text_runs_are_whole_lines_in_reading_order(theme):
    """Composition moves no word of a line away from its line mates."""
    scene = layout_document(load_document(EDITION_2020), theme)
    for page in scene.pages:
        for run in (i for i in page.items if isinstance(i, TextRun)):
            assert run.width >= 0


def test_a_list_of_ten_or_more_has_room_for_its_two_digit_numbers(tmp_path, theme):
    data = bundled_data()
    items = block(data, "recommendations")["items"]
    items += [{"id": f"extra_{n}", "text": "Een korte aanbeveling."} for n in range(6)]
    document, scene = laid_out(tmp_path, data, theme)
    assert not [o for page in scene.pages for o in page.overflows if o.reason == "text_box"]
    assert "10" in [r.text for r in scene.texts() if r.face == "black"]


def test_an_edit_on_one_page_lays_out_again_the_pages_its_flow_reaches(theme):
    """The editor lays out only the page it changed, and the pages after it that content
    moving on reaches; the result equals laying out every page."""
    from infographic_app.layout.fonts import FontSet
    from infographic_app.layout.text import TextSetter

    document = load_document(EDITION_2020)
    setter, kept = TextSetter(FontSet(theme), document.locale), {}
    scene = layout_document(document, theme, setter=setter, kept=kept)
    themes = document.block("themes").fields["themes"]
    fifth = themes.pop()  # page 1 no longer sends a row on to page 2
    scene = layout_document(document, theme, setter=setter, previous=scene, changed={0},
                            kept=kept)
    assert "eerste keer verteld" not in " ".join(r.text for r in scene.texts(1))
    assert scene.pages == layout_document(document, theme).pages
    themes.append(fifth)  # and now it does again
    scene = layout_document(document, theme, setter=setter, previous=scene, changed={0},
                            kept=kept)
    assert "eerste keer verteld" in " ".join(r.text for r in scene.texts(1))
    assert scene.pages == layout_document(document, theme).pages


def notes_block(text="1. Bron: Chat met Fier, jaarcijfers 2019.\n2. Schatting van de "
                "Nationaal Rapporteur Mensenhandel."):
    return {"id": "sources", "kind": "notes", "text": text}


def test_the_notes_block_sits_at_the_foot_of_the_last_page_wherever_it_is_in_the_file(
        tmp_path, theme):
    data = bundled_data()
    data["pages"][0]["blocks"].insert(1, notes_block())  # on page 1, after the header
    document, scene = laid_out(tmp_path, data, theme)
    assert composition_faults(document, scene) == []
    runs = [r for r in scene.texts(1) if r.element_id.startswith("blocks.sources")]
    assert [r.text for r in runs][:1] == ["Bronnen"]  # the heading it gets without one
    assert "Nationaal Rapporteur Mensenhandel." in " ".join(r.text for r in runs)
    assert not [r for r in scene.texts(0) if r.element_id.startswith("blocks.sources")]
    footer = next(r for r in scene.texts(1) if r.element_id == "blocks.footer.text")
    about = [r for r in scene.texts(1) if r.element_id == "blocks.about.text"]
    assert max(r.y for r in about) < min(r.y for r in runs) < max(r.y for r in runs) < footer.y
    assert footer.y - max(r.y for r in runs) < 30 * MM  # at the foot, above the footer
    ids = [r.element_id for r in scene.texts(1)]  # read after the page's content
    assert ids.index("blocks.sources.heading") > max(
        i for i, element in enumerate(ids) if element == "blocks.about.text")


def test_a_change_to_the_notes_lays_out_the_last_page_again(theme):
    from infographic_app.layout.fonts import FontSet
    from infographic_app.layout.text import TextSetter
    from infographic_app.model.blocks import Block

    document = load_document(EDITION_2020)
    notes = Block("sources", "notes", {"heading": "Noten", "text": "Eerste bron."})
    document.pages[0].blocks.append(notes)
    setter, kept = TextSetter(FontSet(theme), document.locale), {}
    scene = layout_document(document, theme, setter=setter, kept=kept)
    notes.fields["text"] = "Tweede bron."
    scene = layout_document(document, theme, setter=setter, previous=scene, changed={0},
                            kept=kept)
    assert "Tweede bron." in [r.text for r in scene.texts(len(scene.pages) - 1)]


def test_a_theme_without_the_notes_styles_gets_them(tmp_path, theme):
    from infographic_app.model.theme import load_theme

    text = theme.path.read_text(encoding="utf-8").replace(
        "fonts/", f"{theme.path.parent / 'fonts'}/").replace(
        "profiles/", f"{theme.path.parent / 'profiles'}/")
    assert "notes:" not in text and "notes_heading" not in text
    path = tmp_path / "theme.yaml"
    path.write_text(text, encoding="utf-8")
    old = load_theme(path)
    assert (old.style("notes").size, old.style("notes_heading").font) == (7, "bold")


def test_every_block_kind_has_its_layout_and_a_new_one_shows_at_once(tmp_path, theme):
    """A kind is declared once (model/blocks.py) with its layout (LAYOUTS); a new block of
    any kind starts with placeholder text in the document's language that shows on the page."""
    from infographic_app.layout.block_layout import LAYOUTS
    from infographic_app.model import operations as ops
    from infographic_app.model.blocks import BLOCK_KINDS, FOOTER

    assert set(LAYOUTS) == {name for name, kind in BLOCK_KINDS.items()
                            if kind.placement != FOOTER}
    document = load_document(EDITION_2020)
    ops.add_block(document, document.pages[1].id, "notes").do(document)
    scene = layout_document(document, theme)
    assert "Schrijf hier de bronnen." in [r.text for r in scene.texts(len(scene.pages) - 1)]
    assert BLOCK_KINDS["notes"].label_in("nl") == "Noten en bronnen"


@pytest.mark.parametrize("change", [None, *CASES.values()], ids=["2020", *CASES.keys()])
def test_read_back_from_the_pdf_no_word_lies_over_another(change, tmp_path, theme):
    """The print PDF read back (PyMuPDF's words and their boxes): every text is there and no
    word's box overlaps another's, for the 2020 edition and each structural change."""
    import pymupdf

    from infographic_app.export.pdf import pdf_bytes

    data = edition_2020_data() if change is None else bundled_data()
    if change is not None:
        change(data)
    document, scene = laid_out(tmp_path, data, theme)
    pdf = pymupdf.open(stream=pdf_bytes(document, theme, "print", scene=scene),
                       filetype="pdf")
    assert pdf.page_count == 2
    for page in pdf:
        words = [pymupdf.Rect(w[:4]) for w in page.get_text("words")]
        for index, word in enumerate(words):
            shrunk = word + (0.5, 0.8, -0.5, -0.8)  # the glyph boxes' own overlap allowed
            assert not any(shrunk.intersects(other) for other in words[index + 1:]), \
                page.get_text("words")[index][4]
    text = " ".join(page.get_text() for page in pdf)
    assert "Aanbeveling 4" in text and "Over Chat met Fier" in text


def test_big_numbers_that_do_not_fit_side_by_side_go_on_rows_whole(tmp_path, theme):
    """A donut of four shares shown as big numbers: the numbers stand two by two, whole,
    with their % (a number cut at its box's edge would read as another number)."""
    data = bundled_data()
    visual = themes_of(data)[1]["visual"]
    visual["kind"] = "big_numbers"
    visual.pop("caption")
    data["figures"]["perpetrator_partner"]["value"] = 72.4
    data["figures"]["perpetrator_family"]["value"] = 6.5
    data["figures"]["perpetrator_social"]["value"] = 9.8
    data["figures"]["stepparents"] = {"type": "percentage", "value": 11.3,
                                      "label": "(stief)ouders"}
    visual["figures"].append("stepparents")
    next(r for r in data["rules"] if r["id"] == "perpetrators_make_100")["parts"].append(
        "stepparents")
    document, scene = laid_out(tmp_path, data, theme)
    assert composition_faults(document, scene) == []
    numbers = [r for r in scene.texts(0) if r.face == "black" and r.text.endswith("%")
               and r.element_id.startswith("figures.perpetrator")]
    assert sorted(r.text for r in numbers) == ["6,5%", "72,4%", "9,8%"]
    assert len({round(r.y) for r in numbers}) == 2  # two rows


def test_content_past_the_last_page_gets_one_message_with_working_fixes(tmp_path, theme):
    """A sixth theme with a long text does not fit the 2020 edition's two pages: one error
    names the page and how much it is over, with ways out that work; the footer closes the
    factsheet on its last page; and the amount is what the page is over, not the height of
    what moves on: just before the text is short enough, it is under two lines."""
    def edition(words: int):
        data = edition_2020_data()
        fifth_theme(data, 6)
        long_text = " ".join(["De chat is voor veel slachtoffers de eerste plek."] * 24)
        themes_of(data)[-1]["text"] = " ".join(long_text.split()[:words])
        return data

    from infographic_app.model import operations as ops
    from infographic_app.model.writing import document_to_data

    document, scene = laid_out(tmp_path, edition(192), theme)
    assert len(scene.pages) == 3
    [problem] = [p for p in check_overflow(document, scene, "nl") if p.severity == "error"]
    assert problem.message.startswith("de factsheet past niet op 2 pagina's: pagina 2 is ")
    moving = scene.pages[1].flow_out[0][0]  # the list's last items move on
    assert problem.fixes == ("add_page", f"new_page:{moving}")
    for fix in problem.fixes:
        fixed, _ = laid_out(tmp_path, edition(192), theme, name="before.yaml")
        operation = ops.add_page(fixed) if fix == "add_page" else \
            ops.new_page_from(fixed, moving)
        operation.do(fixed)
        document, scene = laid_out(tmp_path, document_to_data(fixed), theme,
                                   name=f"{fix[:3]}.yaml")
        order = [b.id for b in document.blocks()]
        assert order.index("recommendations") < order.index("about")  # reading order kept
        # (a page given up to what moves on may end half empty: a third page is a choice)
        assert [f for f in composition_faults(document, scene, pages=3)
                if not f.endswith("mm empty")] == []
        assert "blocks.footer.text" in [r.element_id for r in scene.texts(2)]
        [warning] = check_overflow(document, scene, "nl")
        assert warning.severity == "warning" and warning.fixes == ("add_page",)
        assert "voeg een lege pagina 4 toe" in warning.message
    over = None
    for words in range(192, 0, -1):  # shorter word by word until it fits
        document, scene = laid_out(tmp_path, edition(words), theme)
        if len(scene.pages) == 2:
            break
        over = scene.pages[1].overflows[-1].height
    assert len(scene.pages) == 2 and over is not None
    assert over < 2 * theme.style("body").leading


def test_content_past_the_last_page_takes_the_notes_and_the_footer_with_it(tmp_path, theme):
    """When content runs on past the document's last page (an error the user may export
    anyway), the page where it ends is the factsheet's last: the notes block and the closing
    footer go there, after it, so the pages read in the order of the tagged PDF's tree (a
    screen PDF of it passes its self-check) and the last page is not left without a footer."""
    from infographic_app.export.pdf import pdf_bytes

    data = edition_2020_data()
    fifth_theme(data, 6)
    themes_of(data)[-1]["text"] = " ".join(
        ["De chat is voor veel slachtoffers de eerste plek."] * 24)
    document, scene = laid_out(tmp_path, data, theme)
    assert len(scene.pages) == 3
    notes = [i for i in range(3) if "Bronnen" in [r.text for r in scene.texts(i)]]
    footer = [i for i in range(3) if "blocks.footer.text" in
              [r.element_id for r in scene.texts(i)]]
    assert notes == [2] and footer == [2], (notes, footer)
    assert [o.reason for o in scene.pages[1].overflows] == [PAGES]  # the error stays named
    assert pdf_bytes(document, theme, "screen", scene=scene)[:5] == b"%PDF-"


@pytest.mark.parametrize("chart", [True, False], ids=["with_chart", "text_only"])
def test_a_theme_alone_in_its_row_takes_the_whole_width(chart, tmp_path, theme):
    """The 2020 edition's fifth theme is not set in half a row with the other half empty: its
    rule and heading run across the page, and its text stands in the left half with its
    chart beside it, or without a chart in two columns."""
    data = edition_2020_data()
    lone = themes_of(data)[-1]
    element = f"blocks.themes.themes.{lone['id']}"
    shown = tuple(f"figures.{f}" for f in lone["visual"]["figures"])  # its bars
    if not chart:
        del lone["visual"]
    document, scene = laid_out(tmp_path, data, theme)
    assert composition_faults(document, scene) == []
    page = next(i for i in range(len(scene.pages)) if any(
        r.element_id == f"{element}.text" for r in scene.texts(i)))
    geometry = theme.page
    middle = geometry.column_x(6)
    rule = next(item for item in scene.pages[page].items
                if getattr(item, "element_id", "") == element and not isinstance(item, TextRun))
    assert rule.width == pytest.approx(geometry.content_width, abs=1)
    text = [r for r in scene.texts(page) if r.element_id == f"{element}.text"]
    assert all(r.x + r.width <= middle for r in text) is chart  # beside its chart
    assert any(r.x >= middle for r in text) is not chart  # or in a second column
    drawn = [item for item in scene.pages[page].items if not isinstance(item, TextRun)
             and getattr(item, "element_id", "").startswith(shown)]
    assert bool(drawn) is chart
    if chart:
        assert min(getattr(i, "x", middle) for i in drawn) >= middle - 1
        assert min(getattr(i, "y", 1e9) for i in drawn) < max(r.y for r in text)  # beside
