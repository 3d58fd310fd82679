import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.ttfonts import TTFont

from infographic_app.layout.fonts import FontSet
from infographic_app.layout.text import Span, TextSetter, parse_markup
from infographic_app.model.markup import strip_markup


def test_bold_and_italic_markup():
    assert parse_markup("om te **investeren in online hulp** zodat") == [
        Span("om te "), Span("investeren in online hulp", bold=True), Span(" zodat")]
    assert parse_markup("worstelen (*first disclosure*), hebben") == [
        Span("worstelen ("), Span("first disclosure", italic=True), Span("), hebben")]


def test_a_language_tag_after_markup_names_the_phrase_language_and_never_prints(theme):
    assert parse_markup("worstelen (*first disclosure*{en}), hebben") == [
        Span("worstelen ("), Span("first disclosure", italic=True, language="en"),
        Span("), hebben")]
    assert parse_markup("**Thank you**{en-GB} en *merci*") == [
        Span("Thank you", bold=True, language="en-GB"), Span(" en "),
        Span("merci", italic=True)]
    assert strip_markup("(*first disclosure*{en}) en {a}") == "(first disclosure) en {a}"
    placed = _setter(theme).set("zij worstelen (*first disclosure*{en}), hebben",
                                theme.style("body"), 0, 0, 400, "t")
    assert "".join(run.text for run in placed.runs) == "zij worstelen (first disclosure), hebben"
    assert [(run.text, run.language) for run in placed.runs] == [
        ("zij worstelen (", ""), ("first disclosure", "en"), ("), hebben", "")]


def test_a_language_tag_is_not_a_figure_reference():
    from infographic_app.model.references import references_in

    assert [r.written for r in references_in("(*first disclosure*{en}) {a} *{b}*")] == [
        "{a}", "{b}"]


def test_only_a_hyphen_the_layout_adds_is_marked_as_one(theme):
    setter = _setter(theme)
    style = theme.style("body")
    soft = setter.set("slachtoffers waren minder\u00adjarig", style, 0, 0, 110, "t")
    assert [(run.text, run.hyphen) for run in soft.runs] == [
        ("slachtoffers waren minder-", True), ("jarig", False)]
    hard = setter.set("slachtoffers uit Noord-Holland", style, 0, 0, 100, "t")
    assert [(run.text, run.hyphen) for run in hard.runs] == [
        ("slachtoffers uit Noord-", False), ("Holland", False)]


def test_an_asterisk_inside_a_word_stays_a_character():
    text = "(*first disclosure*) ... Veilig Thuis, CSG, NOC*NSF, helpwanted.nl"
    assert strip_markup(text) == "(first disclosure) ... Veilig Thuis, CSG, NOC*NSF, helpwanted.nl"
    assert strip_markup("5 * 3 = 15") == "5 * 3 = 15"
    assert strip_markup("**unclosed bold") == "**unclosed bold"


def _setter(theme):
    return TextSetter(FontSet(theme))


def _line_widths(setter, placed):
    """Width of every line as the fonts measure it, from the runs' positions."""
    lines = {}
    for run in placed.runs:
        end = run.x + setter.fonts.width(run.text, run.face, run.size)
        lines[run.y] = max(lines.get(run.y, 0.0), end)
    return lines


def test_lines_fit_the_box_and_keep_every_word(theme):
    setter = _setter(theme)
    text = ("De staatsecretaris van Justitie en Veiligheid wordt aanbevolen om te **investeren "
            "in online proactieve hulpverlening** zodat meer slachtoffers worden bereikt.")
    placed = setter.set(text, theme.style("body"), 10, 20, 150, "t")
    assert placed.overflow is None and placed.lines >= 3
    assert all(end <= 10 + 150 + 0.01 for end in _line_widths(setter, placed).values())
    assert " ".join(r.text for r in placed.runs).split() == strip_markup(text).split()
    bold = [r for r in placed.runs if r.face == "bold"]
    assert " ".join(r.text for r in bold) == "investeren in online proactieve hulpverlening"


def test_word_offsets_are_where_the_pdf_will_put_each_word(theme):
    setter = _setter(theme)
    placed = setter.set("Onzichtbare slachtoffers in 2019", theme.style("title"), 0, 0, 500, "t")
    [run] = placed.runs
    words = run.text.split(" ")
    expected, pen = [], 0.0
    for word in words:
        expected.append(pen)
        # the space is measured on its own: no kerning reaches across it
        pen += setter.fonts.width(word, "black", run.size) + setter.fonts.width(" ", "black",
                                                                                run.size)
    assert list(run.word_offsets) == pytest.approx(expected)


def test_a_word_cut_at_the_edge_keeps_every_kerned_character_that_fits(theme):
    """A word wider than its box is cut after its last character inside the box, measured
    with the kerning it is set with: 'T.' pairs are kerned, so nine characters fit where
    their plain advances would make room for seven."""
    setter = _setter(theme)
    style = theme.style("title")
    word = "T.T.T.T.T.T.T.T."
    box = setter.fonts.width(word[:9], "black", style.size) + 0.005
    placed = setter.set(word, style, 0, 0, box, "t", max_height=style.leading)
    assert [run.text for run in placed.runs] == [word[:9]]
    assert placed.overflow is not None and placed.overflow.too_wide == word
    assert placed.width <= box


def test_text_that_does_not_fit_is_flagged_not_cut_silently(theme):
    setter = _setter(theme)
    style = theme.style("body")
    placed = setter.set("woord " * 200, style, 0, 0, 100, "blocks.x.text",
                        max_height=style.leading * 3)
    assert placed.lines == 3
    assert placed.overflow is not None
    assert placed.overflow.element_id == "blocks.x.text"
    assert placed.overflow.hidden_lines > 0
    assert max(r.y for r in placed.runs) < style.leading * 3


def test_forced_line_breaks(theme):
    placed = _setter(theme).set("een\ntwee\n\ndrie", theme.style("body"), 0, 0, 300, "t")
    assert [r.text for r in placed.runs] == ["een", "twee", "drie"]
    ys = [r.y for r in placed.runs]
    assert ys[1] - ys[0] == theme.style("body").leading


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéëï0123456789,.()%-/\u00ad\u00a0\u202f",
                min_size=1, max_size=30)


def _letters(text: str) -> str:
    """What must survive line breaking: the text less spaces, hyphens and soft hyphens."""
    return "".join(ch for ch in text if ch not in " -\u00ad")


@settings(max_examples=60, deadline=None)
@given(st.lists(words, min_size=1, max_size=60), st.floats(min_value=60, max_value=400))
def test_any_text_breaks_into_lines_that_fit(theme, word_list, width):
    setter = _setter(theme)
    text = " ".join(word_list)
    placed = setter.set(text, theme.style("body"), 0, 0, width, "t")
    for run in placed.runs:  # nothing sticks out of the box, and no soft hyphen prints
        assert run.x + setter.fonts.width(run.text, run.face, run.size) <= width + 0.01
        assert "\u00ad" not in run.text
        assert len(run.word_offsets) == len(run.text.split(" "))
    if placed.overflow is None:
        assert _letters("".join(r.text for r in placed.runs)) == _letters(text)
    else:  # only a word that could not be broken is cut, at the box's edge, and flagged
        assert placed.overflow.too_wide and placed.overflow.hidden_lines == 0
        assert _letters(placed.overflow.too_wide) in _letters(text)


def test_font_metrics_from_the_cache_are_the_fonts_own(theme, tmp_path, monkeypatch):
    from infographic_app.layout import fonts

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fonts._metrics_cached.cache_clear()
    first = FontSet(theme).metrics("bold")  # read from the font, then cached on disk
    folder = tmp_path / "infographic-app" / "font-metrics"
    assert list(folder.glob("Lato-Bold-*.metrics.pickle"))
    fonts._metrics_cached.cache_clear()
    second = FontSet(theme).metrics("bold")  # read from the cache file
    assert second == first
    real = TTFont("bold", str(theme.fonts["bold"])).face
    assert second.widths[ord("W")] == real.charWidths[ord("W")]
    assert (second.ascent, second.descent) == (real.ascent, -real.descent) == (805, 195)
    assert ord("€") in second.glyphs


def test_a_character_the_font_lacks_is_set_measured_and_painted_as_a_question_mark(theme):
    setter = _setter(theme)
    style = theme.style("body")
    placed = setter.set("Slachtoffers \u2605 in **2019 \u4e2d\u2605**", style, 0, 0, 500, "t")
    regular, bold = placed.runs
    assert (regular.text, regular.missing) == ("Slachtoffers ? in", "\u2605")
    assert (bold.text, bold.missing) == ("2019 ??", "\u4e2d\u2605")
    assert placed.width == setter.measure("Slachtoffers ? in **2019 ??**", style)


def test_a_line_reaches_from_the_fonts_ascent_to_its_descent(theme):
    """Lato says 805 and 195 per 1000 above and below the baseline: one 10 pt line is 10 pt
    high, two are one leading more (the descent used to be a Lato-only guess, 2.51 pt)."""
    from dataclasses import replace

    style = replace(theme.style("body"), size=10, leading=14)
    setter = _setter(theme)
    assert setter.set("Slachtoffers", style, 0, 0, 500, "t").height == pytest.approx(10)
    assert setter.set("Slachtoffers\nin 2019", style, 0, 0, 500, "t").height == \
        pytest.approx(24)
    assert setter.fonts.descent("regular", 10) == pytest.approx(1.95)


def test_the_font_embedded_from_the_cache_is_the_parsed_fonts(theme, tmp_path, monkeypatch):
    """A PDF export takes ReportLab's parsed tables from the cache, not from the font file;
    the subset it embeds is the one the parsed font gives, byte for byte."""
    from infographic_app.layout import fonts

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fonts._parse_cached.cache_clear()
    face = FontSet(theme).face("bold")
    parsed = fonts.embeddable(face)  # parsed, then its tables cached on disk
    assert list((tmp_path / "infographic-app" / "font-metrics").glob("Lato-Bold-*.pickle"))
    fonts._parse_cached.cache_clear()
    cached = fonts.embeddable(face)
    assert cached is not parsed and cached.fontName == parsed.fontName == face.key
    subset = [ord(c) for c in "Slachtoffers 2019 €"]
    assert cached.face.makeSubset(subset) == parsed.face.makeSubset(subset)
    assert cached.stringWidth("Slachtoffers", 10) == parsed.stringWidth("Slachtoffers", 10)
    fonts._parse_cached.cache_clear()
