"""Logos from files: SVG stays vector in the PDF, PNG/JPEG are separated for print; bad logo
files are refused with a message naming the theme's line, without hanging or crashing."""

import struct
import zlib

import pytest
from PIL import Image

from infographic_app.checks.preflight import preflight
from infographic_app.export.pdf import pdf_bytes
from infographic_app.export.pdf_check import check_print_pdf
from infographic_app.layout.engine import layout_document
from infographic_app.layout.scene import Image as ImagePrimitive
from infographic_app.layout.scene import Shape
from infographic_app.model.problems import InputError
from infographic_app.model.theme import load_theme
from infographic_app.paths import default_theme

from pdfcheck import colour_operators, open_pdf

LOGO_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40">
  <g transform="translate(2,2)"><rect width="36" height="36" rx="4"/>
  <circle cx="58" cy="18" r="18"/><path d="M80 36 L98 0 L116 36 Z"/></g></svg>"""


def theme_with_logo(tmp_path, name: str, data: bytes, width_mm: float = 30):
    logo = tmp_path / name
    logo.write_bytes(data)
    folder = default_theme().parent
    text = (default_theme().read_text(encoding="utf-8")
            .replace("fonts/", f"{folder / 'fonts'}/")
            .replace("profiles/", f"{folder / 'profiles'}/")
            .replace("wordmark:\n", f"logo:\n  file: {name}\n  width_mm: {width_mm}\n"
                                    f"  colour: paper\nwordmark:\n"))
    path = tmp_path / "theme.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def png_bytes(width: int, height: int) -> bytes:
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    image.paste((20, 60, 140, 255), (0, 0, width // 2, height))
    from io import BytesIO

    buffer = BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_an_svg_logo_stays_vector_in_the_print_pdf(document, tmp_path):
    theme = load_theme(theme_with_logo(tmp_path, "logo.svg", LOGO_SVG))
    scene = layout_document(document, theme)
    logo = [i for i in scene.pages[0].items if i.element_id == "theme.logo"]
    assert logo and all(isinstance(i, Shape) and i.fill == "paper" for i in logo)
    assert not [r for r in scene.texts(0) if r.element_id == "theme.wordmark"]
    data = pdf_bytes(document, theme, "print")
    assert check_print_pdf(data, "PDF/X-4") == []
    pdf = open_pdf(data)
    assert not pdf.pages[0].Resources.get("/XObject")  # no image: the logo is paths
    assert colour_operators(pdf) <= {"k", "K"}


def test_a_png_logo_is_separated_to_cmyk_for_print(document, tmp_path):
    theme = load_theme(theme_with_logo(tmp_path, "logo.png", png_bytes(600, 200)))
    for standard in ("PDF/X-4", "PDF/X-1a"):
        data = pdf_bytes(document, theme, "print", standard)
        assert check_print_pdf(data, standard) == []
        pdf = open_pdf(data)
        [image] = pdf.pages[0].Resources.XObject.values()
        assert image.ColorSpace == "/DeviceCMYK" and "/SMask" not in image
    pdf = open_pdf(pdf_bytes(document, theme, "screen"))
    [image] = pdf.pages[0].Resources.XObject.values()
    assert image.ColorSpace == "/DeviceRGB"


def test_a_small_image_is_flagged_before_it_prints_blurred(document, tmp_path):
    fonts_ok = load_theme(theme_with_logo(tmp_path, "logo.png", png_bytes(600, 200)))
    scene = layout_document(document, fonts_ok)
    assert preflight(document, scene, fonts_ok, "print") == []
    small = load_theme(theme_with_logo(tmp_path, "small.png", png_bytes(90, 30)))
    header, footer = preflight(document, layout_document(document, small), small)
    assert "page 1 has 76.2 pixels per inch" in header.message
    assert "below 300" in header.message and "page 2" in footer.message
    assert header.file == str(small.path)  # the logo is the theme's: the finding says so


def test_the_preview_draws_the_logo(qapp, document, tmp_path):
    from infographic_app.render.qt_painter import render_page

    from imaging import qimage_to_array

    theme = load_theme(theme_with_logo(tmp_path, "logo.png", png_bytes(600, 200)))
    scene = layout_document(document, theme)
    [image] = [i for i in scene.pages[0].items if isinstance(i, ImagePrimitive)]
    pixels = qimage_to_array(render_page(scene, 0, 72))
    inside = pixels[int(image.y + 5), int(image.x + 5)]
    assert tuple(inside) == (20, 60, 140)  # the logo's blue, over the pink band


def _huge_png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


@pytest.mark.parametrize(("name", "data", "words"), [
    ("logo.png", b"this is not a png at all", "not a readable SVG, PNG or JPEG"),
    ("huge.png", _huge_png_header(40_000, 40_000), "too large to open safely"),
    ("big.png", _huge_png_header(6_000, 6_000), "6000 x 6000 pixels"),
    ("entities.svg", b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaa">'
                     b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;">]><svg>&b;</svg>', "entities"),
    ("external.svg", b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">'
                     b'<image href="file:///etc/passwd" width="9" height="9"/></svg>',
     "embedded image"),
    ("linked.svg", b'<svg xmlns="http://www.w3.org/2000/svg" '
                   b'xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 9 9"><a '
                   b'xlink:href="http://example.org/x.svg"><rect width="9" height="9"/></a></svg>',
     "refers to another file"),
    ("doctype.svg", b'<?xml version="1.0"?><!DOCTYPE svg SYSTEM "http://example.org/svg.dtd">'
                    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">'
                    b'<rect width="9" height="9"/></svg>', "DOCTYPE"),
    ("script.svg", b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">'
                   b'<script>alert(1)</script><rect width="9" height="9"/></svg>', "a script"),
    ("huge.svg", b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">'
                 + b' ' * 2_000_000 + b'</svg>', "larger than 2 MB"),
    ("sizeless.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><rect width="9" height="9"/>'
                     b'</svg>', "no viewBox or width and height"),
    ("empty.svg", b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">'
                  b'<rect width="9" height="9" fill="none"/><text>logo</text></svg>',
     "no shapes to draw"),
])
def test_a_bad_logo_file_is_refused_with_its_line(tmp_path, name, data, words):
    theme = theme_with_logo(tmp_path, name, data)
    with pytest.raises(InputError) as caught:
        load_theme(theme)
    [problem] = caught.value.problems
    line = next(n for n, t in enumerate(theme.read_text().splitlines(), 1) if "  file: " in t)
    assert (problem.file, problem.line, problem.field) == (str(theme), line, "logo.file")
    assert words in problem.message


def test_a_missing_logo_file_is_named(tmp_path):
    theme = theme_with_logo(tmp_path, "logo.svg", LOGO_SVG)
    (tmp_path / "logo.svg").unlink()
    with pytest.raises(InputError) as caught:
        load_theme(theme)
    assert "the logo 'logo.svg' does not exist" in caught.value.problems[0].message


# A logo of 120 x 40 units: markers in two corners fix where it lands on the page; an outline
# (fill: none, in a style), a rounded square, and a half disc drawn with an arc.
SHAPES_SVG = b"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40">
  <style>.outline { fill: none; stroke: #000 }</style>
  <rect width="4" height="4"/><rect x="116" y="36" width="4" height="4"/>
  <rect class="outline" x="10" y="10" width="20" height="20"/>
  <rect x="40" y="5" width="30" height="30" style="fill:none"/>
  <rect x="40" y="5" width="30" height="30" rx="12"/>
  <path d="M80 20 A 10 10 0 0 1 100 20 Z"/></svg>"""


@pytest.mark.parametrize("painter", ["preview", "pdf"])
def test_svg_logo_shapes_are_drawn_as_the_file_says(qapp, document, tmp_path, painter):
    """Outlines stay empty, rounded corners are round, arcs are drawn: in the header of the
    preview and of the PDF, the logo (in the paper colour) is white exactly there."""
    from infographic_app.render.qt_painter import render_page

    from imaging import pdf_pages_as_arrays, qimage_to_array

    theme = load_theme(theme_with_logo(tmp_path, "logo.svg", SHAPES_SVG, width_mm=60))
    scene = layout_document(document, theme)
    logo = [i for i in scene.pages[0].items if i.element_id == "theme.logo"]
    assert len(logo) == 4  # the outlines are not shapes to fill
    xs = [v for item in logo for c in item.commands for v in c[1::2]]
    ys = [v for item in logo for c in item.commands for v in c[2::2]]
    left, top, unit = min(xs), min(ys), (max(xs) - min(xs)) / 120
    assert (max(ys) - top) / unit == pytest.approx(40)
    dpi = 288
    if painter == "preview":
        pixels = qimage_to_array(render_page(scene, 0, dpi))
    else:
        pixels = pdf_pages_as_arrays(pdf_bytes(document, theme, "screen", scene=scene), dpi)[0]

    def seen(x: float, y: float) -> tuple[int, ...]:
        scale = dpi / 72
        return tuple(pixels[int((top + y * unit) * scale), int((left + x * unit) * scale)])

    paper, band = theme.colours["paper"].rgb, theme.colours["primary_dark"].rgb  # the wedge
    assert _near(seen(2, 2), paper) and _near(seen(118, 38), paper)
    assert _near(seen(20, 20), band)  # inside the outline: not filled
    assert _near(seen(55, 20), paper) and _near(seen(42, 7), band)  # a round corner
    assert _near(seen(90, 14), paper) and _near(seen(90, 26), band)  # the arc's half disc


def _near(colour: tuple[int, ...], expected: tuple[int, ...]) -> bool:
    return all(abs(int(a) - b) <= 12 for a, b in zip(colour, expected, strict=True))


def test_svg_sizes_in_millimetres_are_read_as_millimetres(tmp_path):
    """A 30 x 10 mm logo without a viewBox draws in pixels (96 per inch): a square of
    56.69 px is 15 mm, half the logo's width, whatever width the theme gives the logo."""
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" width="30mm" height="10mm">'
           b'<rect width="56.6929" height="37.7953"/></svg>')
    logo = load_theme(theme_with_logo(tmp_path, "logo.svg", svg, width_mm=45)).logo
    assert logo.height == pytest.approx(logo.width / 3)
    [square] = logo.shapes
    assert max(c[1] for c in square if c[0] != "Z") == pytest.approx(logo.width / 2, rel=1e-4)
    assert max(c[2] for c in square if c[0] != "Z") == pytest.approx(logo.height, rel=1e-4)


def test_only_what_an_svg_shows_becomes_logo_shapes():
    """Clip paths, masks, markers, symbols and patterns are drawn only through a reference,
    and hidden or transparent shapes not at all: none of them becomes a shape of the logo."""
    from infographic_app.model.svg import parse_svg

    hidden = "".join(f'<rect x="{x}" width="7" height="7" {how}/>' for x, how in enumerate(
        ('visibility="hidden"', 'opacity="0"', 'fill-opacity="0"', 'style="fill:none"'), 10))
    shapes, width, height = parse_svg(
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40">'
        b'<clipPath id="c"><rect width="50" height="50"/></clipPath>'
        b'<mask id="m"><rect width="60" height="50" fill="white"/></mask>'
        b'<marker id="k"><rect width="3" height="3"/></marker>'
        b'<symbol id="s"><rect width="4" height="4"/></symbol>'
        b'<pattern id="p" width="5" height="5"><rect width="2" height="2"/></pattern>'
        + hidden.encode() + b'<g style="opacity:0"><rect x="5" width="7" height="7"/></g>'
        b'<rect x="1" y="2" width="7" height="7" clip-path="url(#c)"/></svg>')
    assert (width, height) == (120, 40)
    assert shapes == ((("M", 1, 2), ("L", 8, 2), ("L", 8, 9), ("L", 1, 9), ("Z",)),)
