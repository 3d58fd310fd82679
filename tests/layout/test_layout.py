import re

import pytest

from infographic_app.checks.report import check_overflow
from infographic_app.layout.engine import layout_document
from infographic_app.layout.scene import Link, Rect, Shape, TextRun
from infographic_app.model.alt_text import alt_texts
from infographic_app.model.reading import load_document

SEED_NUMBERS = ["29", "1.300", "97", "12", "299", "265", "34", "162", "17,7", "92,9%",
                "54,7%", "81,6%", "10,2%", "8,2%", "54", "27", "7", "5", "10.000", "20.000"]


def _words(scene, page=None):
    return re.findall(r"[\w.,%*()-]+", " ".join(r.text for r in scene.texts(page)))


def test_two_pages_with_every_seed_number_in_dutch(scene):
    assert len(scene.pages) == 2
    words = set(_words(scene))
    for number in SEED_NUMBERS:
        assert number in words or f"({number})" in words or f"{number}," in words, number


def test_page_one_and_two_hold_what_the_brief_puts_there(scene):
    page1, page2 = (" ".join(r.text for r in scene.texts(i)) for i in (0, 1))
    for text in ("Onzichtbare slachtoffers in 2019", "ckm!", "Mensenhandel in beeld bij Chat",
                 "langdurige uitbuiting", "partner = pleger", "criminele uitbuiting"):
        assert text in page1
    for text in ("Aanbevelingen", "Aanbeveling 4", "Over Chat met Fier", "www.chatmetfier.nl"):
        assert text in page2


def test_every_primitive_says_where_it_came_from(scene, document):
    for page in scene.pages:
        for item in page.items:
            assert item.element_id, item
            kind, _, rest = item.element_id.partition(".")
            assert kind in ("blocks", "figures", "theme"), item.element_id
            if kind == "figures":
                assert rest.split(".")[0] in document.figures
            if kind == "blocks":
                assert document.locate(item.element_id)[1] is not None, item.element_id


def test_nothing_is_drawn_beyond_the_bleed_and_text_keeps_to_the_margins(scene, theme):
    page_geometry = theme.page
    for page in scene.pages:
        bleed = page.bleed
        for item in page.items:
            if isinstance(item, Rect | Link):
                assert -bleed - 0.01 <= item.x and item.x + item.width <= page.width + bleed + 0.01
                assert -bleed - 0.01 <= item.y and item.y + item.height <= page.height + bleed + .01
            if isinstance(item, Shape):
                for command in item.commands:
                    xs, ys = command[1::2], command[2::2]
                    assert all(-bleed - 0.01 <= x <= page.width + bleed + 0.01 for x in xs)
                    assert all(-bleed - 0.01 <= y <= page.height + bleed + 0.01 for y in ys)
            if isinstance(item, TextRun):
                assert item.x >= page_geometry.margin - 0.01, item
                assert item.x <= page.width - page_geometry.margin, item


def test_one_figure_changes_everywhere_it_is_used(changed_copy, theme):
    path = changed_copy(("    value: 92.9\n", "    value: 91.4\n"))
    scene = layout_document(load_document(path), theme)
    texts = [r for r in scene.texts(0) if "91,4%" in r.text]
    ids = {r.element_id for r in texts}
    assert "blocks.themes.themes.long_exploitation.text" in ids  # the sentence
    assert "figures.exploited_now" in ids  # the chart's value
    assert not [r for r in scene.texts() if "92,9" in r.text]
    rects = {i.fill: i for i in scene.pages[0].items
             if isinstance(i, Rect) and i.element_id == "figures.exploited_now"}
    assert abs(rects["primary"].width / rects["tint"].width - 0.914) < 1e-6  # bar / track


def test_a_derived_figure_follows_its_inputs(changed_copy, theme):
    path = changed_copy(("    value: 162\n", "    value: 260\n"))
    text = " ".join(r.text for r in layout_document(load_document(path), theme).texts(0))
    assert "In 2019 kwam circa 20 procent" in text  # a share of an estimate
    assert "260" in text


def test_the_icon_array_lights_one_figure_per_percent(changed_copy, theme, scene):
    def lit(scene):
        return sum(1 for item in scene.pages[0].items
                   if isinstance(item, Shape) and item.element_id == "blocks.intro.visual"
                   and item.fill == "primary")

    assert lit(scene) == 3  # 29 of 1.300 is 2,2%; the headline prints circa 97% not in view
    path = changed_copy(("    value: 29\n", "    value: 650\n"))
    assert lit(layout_document(load_document(path), theme)) == 50
    # 57 of 200 is exactly 28,5%: 29 figures, as the alt text says (binary floats gave 28).
    document = load_document(changed_copy(("    value: 29\n", "    value: 57\n"),
                                          ("    value: 1300\n", "    value: 200\n")))
    assert lit(layout_document(document, theme)) == 29
    assert "57 van de 200 geschatte minderjarige slachtoffers (29%)" in \
        dict(alt_texts(document))["blocks.intro.visual"]


def test_overflowing_text_is_reported_with_its_field_and_line(changed_copy, theme):
    """A text box that cannot grow (the title takes three lines at most) names its field and
    line; a theme text that grows moves its row on instead (tests/layout/test_composition.py)."""
    long_title = "Onzichtbare slachtoffers in 2019, " * 5
    path = changed_copy(("title: Onzichtbare slachtoffers in 2019", f"title: {long_title}"))
    document = load_document(path)
    scene = layout_document(document, theme)
    [overflow] = scene.pages[0].overflows
    assert overflow.element_id == "blocks.header.title"
    [problem, running_header] = check_overflow(document, scene)
    assert problem.field == overflow.element_id
    assert running_header.field == "blocks.header.title"  # on page 2, one line
    assert "page 2" in running_header.message
    title_line = next(n for n, line in enumerate(path.read_text().splitlines(), 1)
                      if line.strip().startswith("title: Onzichtbare slachtoffers in 2019,"))
    assert problem.line == title_line
    assert "does not fit" in problem.message


def test_the_bundled_factsheet_has_no_overflow(scene):
    assert all(not page.overflows for page in scene.pages)


def test_layout_is_deterministic(document, theme):
    first, second = layout_document(document, theme), layout_document(document, theme)
    assert first.pages == second.pages
    assert first.resources.colours == second.resources.colours
    assert first.resources.faces == second.resources.faces


def test_the_scene_resolves_every_name_its_primitives_use(scene, theme):
    """Painters need nothing but the scene: each colour, face and image it names is in its
    resources, resolved (the palette's CMYK and RGB, the face's file and metrics)."""
    resources = scene.resources
    items = [item for page in scene.pages for item in page.items]
    colours = {c for item in items for c in (getattr(item, "fill", None),
                                            getattr(item, "stroke", None),
                                            getattr(item, "colour", None)) if c}
    assert colours <= set(resources.colours)
    assert resources.colours["primary"].cmyk == theme.colours["primary"].cmyk
    assert resources.colours["primary"].rgb == theme.colours["primary"].rgb
    for face in {run.face for run in scene.texts()}:
        assert resources.faces[face].file == str(theme.fonts[face])
        assert resources.faces[face].descent_at(10) == pytest.approx(1.95)
    assert all(run.width > 0 for run in scene.texts() if run.text.strip())


def test_an_editor_gets_the_same_resources_table_on_every_layout(document, theme):
    from infographic_app.layout.fonts import FontSet
    from infographic_app.layout.text import TextSetter

    setter = TextSetter(FontSet(theme))
    first = layout_document(document, theme, setter=setter)
    assert layout_document(document, theme, setter=setter).resources is first.resources


def test_each_page_is_in_reading_order_header_body_footer(scene):
    """The order both painters paint in, and PDF text extraction reads in."""
    for number, page in enumerate(scene.pages):
        ids = [run.element_id for run in scene.texts(number)]
        assert ids[0] == ("blocks.header.kicker" if number == 0 else "blocks.header.title")
        if "blocks.footer.text" in ids:  # the footer's words and wordmark come last
            start = ids.index("blocks.footer.text")
            assert ids[start:] == ["blocks.footer.text"] + ["theme.wordmark"] * \
                (len(ids) - start - 1)
            # ... and its band stays behind the page's text, as a background
            band = next(i for i, item in enumerate(page.items)
                        if isinstance(item, Rect) and item.element_id == "blocks.footer")
            assert band < page.items.index(scene.texts(number)[0])
    assert "blocks.footer.text" in [run.element_id for run in scene.texts(1)]


def _theme_copy(tmp_path, edit):
    """The bundled theme, its spacing section changed by `edit`, as a file of its own."""
    from infographic_app.model.theme import load_theme
    from infographic_app.paths import default_theme

    folder = default_theme().parent
    text = (default_theme().read_text(encoding="utf-8")
            .replace("fonts/", f"{folder / 'fonts'}/")
            .replace("profiles/", f"{folder / 'profiles'}/"))
    head, spacing = text.split("spacing:\n")
    lines, rest = spacing.split("print:\n")
    path = tmp_path / "theme.yaml"
    path.write_text(f"{head}spacing:\n{edit(lines)}print:\n{rest}", encoding="utf-8")
    return load_theme(path)


def test_a_theme_without_the_furniture_sizes_lays_out_as_before(document, theme, tmp_path):
    """Themes from before the header, footer, band and rule sizes were the theme's get the
    sizes the layout used to have, the paddings worked out from their panel padding."""
    required = ("block_gap", "heading_gap", "panel_padding")
    old = _theme_copy(tmp_path, lambda lines: "".join(
        line + "\n" for line in lines.splitlines() if line.split(":")[0].strip() in required))
    assert old.spacing == pytest.approx(theme.spacing)
    assert layout_document(document, old).pages == layout_document(document, theme).pages
    roomy = _theme_copy(tmp_path, lambda lines: "  block_gap: 16\n  heading_gap: 5\n"
                                                "  panel_padding: 20\n")
    assert roomy.spacing["band_padding"] == pytest.approx(28)
    assert roomy.spacing["text_panel_padding"] == pytest.approx(30)


def test_the_footer_and_the_accent_rules_take_their_sizes_from_the_theme(document, tmp_path):
    from infographic_app.layout.cards import layout_card

    theme = _theme_copy(tmp_path, lambda lines: lines.replace("footer_height: 50",
                                                              "footer_height: 60")
                        .replace("accent_rule_width: 24", "accent_rule_width: 40"))
    page = layout_document(document, theme).pages[1]
    band = next(item for item in page.items if item.element_id == "blocks.footer")
    assert band.y == pytest.approx(page.height - 60)
    card = layout_card(document, theme, "visitors_total", "square").pages[0]
    rules = [item for item in layout_document(document, theme).pages[0].items
             if isinstance(item, Rect) and item.element_id.startswith("blocks.key_figures.tiles.")]
    rules += [item for item in card.items if isinstance(item, Rect) and item.fill == "accent"]
    assert len(rules) == 5 and {(r.width, r.height) for r in rules} == {(40, 3)}
