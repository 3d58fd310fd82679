"""Text pasted from a word processor: soft hyphens, no-break spaces, words wider than their box."""

import itertools

import pyphen
import pytest

from infographic_app.layout import text as text_module
from infographic_app.layout.engine import layout_document
from infographic_app.layout.fonts import FontSet
from infographic_app.layout.text import TextSetter
from infographic_app.model.reading import load_document

SOFT = "\u00ad"
COMPOUND = "kinderbeschermingsmaatregelenonderzoekscommissie"  # 48 letters


@pytest.fixture
def setter(theme):
    return TextSetter(FontSet(theme))


def lines(placed) -> list[str]:
    """The text of each printed line, as a reader sees it."""
    by_line: dict[float, list[str]] = {}
    for run in placed.runs:
        by_line.setdefault(run.y, []).append(run.text)
    return ["".join(parts) for _, parts in sorted(by_line.items())]


def assert_inside(setter, placed, x, width):
    for run in placed.runs:
        assert run.x >= x - 0.01
        assert run.x + setter.fonts.width(run.text, run.face, run.size) <= x + width + 0.01


def test_a_soft_hyphen_is_invisible_where_the_line_does_not_break(setter, theme):
    placed = setter.set(f"De minder{SOFT}jarige slachtoffers", theme.style("body"), 0, 0, 500,
                        "t")
    assert lines(placed) == ["De minderjarige slachtoffers"]


def test_a_soft_hyphen_shows_a_hyphen_where_the_line_breaks(setter, theme):
    style = theme.style("body")
    width = setter.measure("De minder-", style) + 1  # too narrow for "De minderjarige"
    placed = setter.set(f"De minder{SOFT}jarige", style, 0, 0, width, "t")
    assert lines(placed) == ["De minder-", "jarige"]
    assert placed.overflow is None
    assert_inside(setter, placed, 0, width)


def test_a_soft_hyphen_between_bold_and_plain_breaks_in_the_bold_face(setter, theme):
    style = theme.style("body")
    width = setter.measure("**Onder**-", style) + 1
    placed = setter.set(f"**Onder**{SOFT}zoek", style, 0, 0, width, "t")
    assert [(r.text, r.face) for r in placed.runs] == [("Onder-", "bold"), ("zoek", "regular")]


@pytest.mark.parametrize("space", ["\u00a0", "\u202f"], ids=["no-break", "narrow no-break"])
def test_no_break_spaces_never_break(setter, theme, space):
    style = theme.style("tile_text")
    text = "waren minderjarig; hun hulp kostte € 1.250 en duurde 15 jaar of langer"
    broke_there = set()
    for width in range(60, 200, 4):
        plain = lines(setter.set(text, style, 0, 0, width, "t"))
        broke_there |= {line.split(" ")[-1] for line in plain} & {"€", "15"}
        kept = setter.set(text.replace("€ ", "€" + space).replace("15 ", "15" + space), style,
                          0, 0, width, "t")
        joined = "\n".join(lines(kept))
        assert f"€{space}1.250" in joined and f"15{space}jaar" in joined, width
    assert broke_there == {"€", "15"}  # where ordinary spaces do break


def test_a_narrow_no_break_space_a_font_lacks_is_set_as_a_thin_space(setter, theme,
                                                                      monkeypatch):
    has_glyph = FontSet.has_glyph
    monkeypatch.setattr(FontSet, "has_glyph",
                        lambda self, face, char: char != "\u202f" and has_glyph(self, face, char))
    style = theme.style("tile_text")
    placed = setter.set("duurde 15\u202fjaar", style, 0, 0, setter.measure("duurde 15", style) + 1,
                        "t")
    assert lines(placed) == ["duurde", "15\u2009jaar"]


def hyphenated_at(pieces: list[str], prefix: str = "") -> list[int]:
    """Where a word set over several lines was hyphenated: character offsets into the word."""
    ends = itertools.accumulate(len(piece.removesuffix("-")) for piece in pieces[:-1])
    return [end - len(prefix) for end in ends]


def test_a_compound_wider_than_its_box_is_hyphenated_by_the_dutch_dictionary(setter, theme):
    placed = setter.set(f"De {COMPOUND} werkt", theme.style("body"), 0, 0, 100, "t")
    shown = lines(placed)
    assert placed.overflow is None and len(shown) >= 3
    assert_inside(setter, placed, 0, 100)
    assert all(line.endswith("-") for line in shown[:-1])
    assert "".join(line.removesuffix("-") for line in shown) == f"De {COMPOUND} werkt"
    dutch = pyphen.Pyphen(lang="nl_NL").positions(COMPOUND)
    assert set(hyphenated_at(shown, "De ")) <= set(dutch)


def test_the_document_locale_chooses_the_dictionary(changed_copy, theme):
    word = "pneumonoultramicroscopicsilicovolcanoconiosis"
    shown = {}
    for locale in ("nl-NL", "en-GB"):
        path = changed_copy(("locale: nl-NL", f"locale: {locale}"),
                            ("text: slachtoffers waren minderjarig.",
                             f"text: victims with {word}"), name=f"{locale}.yaml")
        scene = layout_document(load_document(path), theme)
        shown[locale] = [run.text for run in scene.texts(0)
                         if run.element_id == "blocks.key_figures.tiles.minors.text"]
        positions = pyphen.Pyphen(lang=locale.replace("-", "_")).positions(word)
        assert set(hyphenated_at(shown[locale], "victims with ")) <= set(positions)
    assert shown["nl-NL"] != shown["en-GB"]


def test_a_web_address_breaks_after_slashes_and_gets_no_hyphen(setter, theme):
    url = "https://www.chatmetfier.nl/over-fier/hulpverlening/mensenhandel"
    placed = setter.set(f"zie {url}", theme.style("body"), 0, 0, 110, "t")
    shown = lines(placed)
    assert placed.overflow is None and len(shown) >= 3
    assert " ".join(shown).replace("/ ", "/").replace("- ", "-") == f"zie {url}"
    assert all(line.endswith(("/", "-")) for line in shown[:-1])
    assert not any(line.endswith("https:/") for line in shown)  # never between the slashes


def test_a_hyphenated_number_breaks_after_its_hyphens(setter, theme):
    number = "0800-1234-5678-9012-3456"
    placed = setter.set(f"bel {number} gratis", theme.style("tile_text"), 0, 0, 70, "t")
    shown = lines(placed)
    assert placed.overflow is None and len(shown) >= 3
    assert_inside(setter, placed, 0, 70)
    assert " ".join(shown).replace("- ", "-") == f"bel {number} gratis"  # no digit group split


@pytest.mark.parametrize("align", ["left", "center", "right"])
def test_a_word_that_cannot_be_broken_is_cut_at_the_box_edge_and_flagged(setter, theme, align):
    number = "080012345678901234567890123456789"
    placed = setter.set(f"bel {number} gratis", theme.style("tile_text"), 50, 10, 70,
                        "blocks.key_figures.tiles.age.text", align=align)
    assert_inside(setter, placed, 50, 70)
    shown = lines(placed)
    assert shown[0] == "bel" and shown[2] == "gratis"
    assert number.startswith(shown[1]) and len(shown[1]) > 5  # cut, not hyphenated
    overflow = placed.overflow
    assert overflow.too_wide == number and overflow.hidden_lines == 0
    assert (overflow.x, overflow.width, overflow.element_id) == (
        50, 70, "blocks.key_figures.tiles.age.text")


def test_ordinary_text_never_asks_the_dictionary(document, theme, monkeypatch):
    def refuse(text, language):
        raise AssertionError(f"hyphenated {text!r}, which fits its box")

    monkeypatch.setattr(text_module, "dictionary_breaks", refuse)
    layout_document(document, theme)  # every word of the factsheet fits its box
