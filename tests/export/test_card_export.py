"""Card export: a PNG of exactly the social size, in the brand colours, with its alt text."""

import argparse
import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from infographic_app.export.cards import export_card
from infographic_app.layout.cards import CARD_SIZES
from infographic_app.model.alt_text import alt_text_for_card
from infographic_app.model.problems import InputError

PINK = np.array([225, 31, 99])  # the theme's primary colour on screen, #E11F63


def _pink_share(path):
    pixels = np.asarray(Image.open(path).convert("RGB")).astype(int)
    return (np.abs(pixels - PINK).sum(axis=2) < 30).mean()


@pytest.mark.parametrize("size", sorted(CARD_SIZES))
@pytest.mark.parametrize("target", ["visitors_total", "blocks.themes.themes.partner_perpetrator"])
def test_a_card_is_a_png_of_the_social_size_with_its_alt_text_beside_it(
        qapp, document, theme, tmp_path, target, size):
    png, txt = export_card(document, theme, target, size, tmp_path / "card.png")
    assert (png, txt) == (tmp_path / "card.png", tmp_path / "card.txt")
    with Image.open(png) as image:
        assert (image.format, image.size) == ("PNG", CARD_SIZES[size])
    assert _pink_share(png) > 0.1  # the brand band or panel, and the figures
    assert txt.read_text(encoding="utf-8") == alt_text_for_card(document, target) + "\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["card.png", "card.txt"]


def test_the_huge_figure_is_painted(qapp, document, theme, tmp_path):
    """Qt 6.11 paints no glyph run above 64 pixels; a card's figure is hundreds."""
    png, _ = export_card(document, theme, "visitors_total", "square", tmp_path / "card.png")
    pixels = np.asarray(Image.open(png).convert("RGB")).astype(int)
    band = 230  # pixels: everything below the brand band is paper, but for the figure
    assert (np.abs(pixels[band:] - PINK).sum(axis=2) < 30).mean() > 0.1


def test_an_unknown_target_is_refused_in_plain_words_and_nothing_is_written(
        qapp, document, theme, tmp_path):
    with pytest.raises(InputError) as error:
        export_card(document, theme, "visitor_total", "square", tmp_path / "card.png")
    message = str(error.value)
    assert "--of: there is no card 'visitor_total'. Did you mean 'visitors_total'?" in message
    assert "A card shows a figure (one of minors_seen," in message
    assert "or a tile or theme (one of blocks.key_figures.tiles.visitors," in message
    assert list(tmp_path.iterdir()) == []


def test_the_cli_offers_every_card_size():
    from infographic_app import cli

    commands = next(action for action in cli._parser()._actions
                    if isinstance(action, argparse._SubParsersAction))
    size = next(action for action in commands.choices["card"]._actions if action.dest == "size")
    assert set(size.choices) == set(CARD_SIZES)


@pytest.mark.parametrize("size", sorted(CARD_SIZES))
def test_page_and_card_pngs_are_tagged_srgb(qapp, document, theme, tmp_path, size):
    """An embedded ICC profile (iCCP chunk) of sRGB, read from the PNG's chunks."""
    from infographic_app.export.png import export_png

    png, _ = export_card(document, theme, "visitors_total", size, tmp_path / "card.png")
    pages = export_png(document, theme, tmp_path / "page.png", dpi=30, page=1)
    for path in (png, *pages):
        chunks = png_chunks(path.read_bytes())
        assert b"iCCP" in chunks or b"sRGB" in chunks
        if b"iCCP" in chunks:
            name, _, rest = chunks[b"iCCP"].partition(b"\0")
            profile = zlib.decompress(rest[1:])
            assert b"sRGB" in profile or b"sRGB" in name


def png_chunks(data: bytes) -> dict[bytes, bytes]:
    """Each chunk type of a PNG file with its data (the last of a repeated type)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, at = {}, 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at:at + 4])
        chunks[data[at + 4:at + 8]] = data[at + 8:at + 8 + length]
        at += 12 + length
    return chunks
