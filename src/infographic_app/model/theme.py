"""The look of a factsheet, kept apart from its content: page grid, colours, fonts, text styles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from infographic_app.model.asset_files import font_damage, profile_damage, raster_size
from infographic_app.model.file_paths import UnusablePath, named_file, not_a_file
from infographic_app.model.messages import say
from infographic_app.model.problems import InputError, Problem, quote_value
from infographic_app.model.storage import (
    MAX_TEXT_CHARS,
    SourceMap,
    UnusableFile,
    is_number,
    read_limited,
    read_yaml,
)
from infographic_app.paths import default_theme

if TYPE_CHECKING:
    from infographic_app.model.document import Document

MM = 72 / 25.4
FONT_FACES = ("regular", "bold", "italic", "bold_italic", "black")
HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
# The colours of multi-colour charts (a donut's shares), in the order shares take them, for a
# theme that names none in `chart_colours`; a chart has at most as many shares as colours.
DEFAULT_CHART_COLOURS = ("primary", "accent", "muted", "primary_dark", "rule")


@dataclass(frozen=True)
class Colour:
    """A theme colour by name, with the CMYK the print PDF uses and the RGB of screens."""

    name: str
    cmyk: tuple[float, float, float, float]  # 0..1 per ink, for print
    rgb: tuple[int, int, int]  # 0..255, for screen

    @property
    def hex(self) -> str:
        """The RGB value as '#E11F63'."""
        return "#{:02X}{:02X}{:02X}".format(*self.rgb)


@dataclass(frozen=True)
class TextStyle:
    """A named text style of the theme ('body', 'tile_figure')."""

    name: str
    font: str  # a face of FONT_FACES
    size: float  # points
    leading: float  # points from one baseline to the next
    colour: str  # a name in Theme.colours
    # Copy-fitting: the size and leading this style may be tightened to when a page is full
    # (the theme's `tight: {size, leading}`); None: as `size`, or as `leading` less the
    # spacing's `leading_tightening` for running text (layout/fitting.py).
    tight_size: float | None = None
    tight_leading: float | None = None


@dataclass(frozen=True)
class PageGeometry:
    """Trim size, bleed, margins and grid, all in points."""

    width: float
    height: float
    bleed: float
    margin: float
    columns: int
    gutter: float

    @property
    def content_width(self) -> float:
        """The width between the margins, in points."""
        return self.width - 2 * self.margin

    def column_x(self, column: int) -> float:
        """Left edge of grid column `column` (0-based); column == columns is the right margin."""
        step = (self.content_width + self.gutter) / self.columns
        return self.margin + column * step

    def span(self, first: int, count: int) -> tuple[float, float]:
        """x and width of `count` grid columns starting at `first`."""
        x = self.column_x(first)
        return x, self.column_x(first + count) - self.gutter - x


@dataclass(frozen=True)
class Wordmark:
    """The name drawn in the header band when the theme has no logo: a large mark and the
    smaller lines beside it."""

    mark: str
    lines: tuple[str, ...]


PDFX_STANDARDS = ("PDF/X-4", "PDF/X-1a")


@dataclass(frozen=True)
class PrintSettings:
    """The print shop's conditions: PDF/X standard, output profile, limits for preflight."""

    standard: str
    output_profile: Path
    output_condition: str
    output_condition_info: str
    registry: str
    min_text_size: float
    safe_margin: float  # points
    max_ink: float  # percent, all four inks together
    tagged: bool = False  # the print PDF carries the screen PDF's structure tree too


# The most read of each file a theme names. Lato is 0.1 MB a face, the bundled profile 1 MB
# (the largest common CMYK profiles are some 4 MB); a larger file is refused, not read.
MAX_FONT_BYTES = 20_000_000
MAX_PROFILE_BYTES = 10_000_000
MAX_LOGO_BYTES = 10_000_000  # PNG or JPEG; an SVG logo is bounded by svg.MAX_BYTES
_PATH_CHARS = 300  # a file name quoted in a message is shortened beyond this


@dataclass(frozen=True)
class Logo:
    """A logo file placed instead of the drawn wordmark. An SVG becomes vector shapes (in
    points, from the logo's top-left corner) in one theme colour; PNG/JPEG stay images."""

    path: Path
    width: float  # points
    height: float
    colour: str
    shapes: tuple[tuple[tuple, ...], ...] = ()
    pixels: tuple[int, int] | None = None


@dataclass(frozen=True)
class Theme:
    """The look of a factsheet, read from a theme file by load_theme: page geometry
    (points), colours and text styles by name, font files by face (FONT_FACES), spacing by
    name (points), the wordmark or logo, and the print shop's conditions. `path` is the
    theme file; relative file names in it are resolved against its folder."""

    name: str
    page: PageGeometry
    colours: dict[str, Colour]
    fonts: dict[str, Path]
    styles: dict[str, TextStyle]
    spacing: dict[str, float]
    wordmark: Wordmark
    printing: PrintSettings
    path: Path
    logo: Logo | None = None
    # Names in `colours`, distinct, in the order a chart's shares take them (DEFAULT_CHART_COLOURS
    # when the file names none); the most shares a multi-colour chart may have.
    chart_colours: tuple[str, ...] = DEFAULT_CHART_COLOURS
    # Whether a figure with a source or note gets a footnote mark ('29¹') where it is first
    # printed; without marks the numbered notes are still printed (a plain sources line).
    footnote_marks: bool = True
    # The theme file's line of each colour's CMYK ('colours.primary.cmyk': 12), for findings
    # about a colour to name the line to change.
    lines: dict[str, int] = field(default_factory=dict, compare=False)

    def style(self, name: str) -> TextStyle:
        """The text style `name`; KeyError when the theme has none (it has every
        REQUIRED_STYLES)."""
        return self.styles[name]


REQUIRED_STYLES = ("kicker", "title", "wordmark", "wordmark_lines", "section_heading", "heading",
                   "band_heading", "theme_heading", "body", "tile_text", "tile_figure",
                   "chart_figure", "chart_label", "caption", "list_number", "list_label",
                   "list_text", "footer")
REQUIRED_COLOURS = ("primary", "primary_dark", "accent", "ink", "muted", "rule", "tint",
                    "accent_tint", "paper")
# Text styles a theme may leave out, with what it then gets (font, size, leading, colour):
# styles added after themes were written, so older themes keep loading.
OPTIONAL_STYLES = {
    "notes_heading": ("bold", 8, 10, "ink"),  # the notes block's heading
    "notes": ("regular", 7, 9, "ink"),  # sources and notes
}
REQUIRED_SPACING = ("block_gap", "heading_gap", "panel_padding")
# Sizes of the page's furniture (points), with the values a theme without them gets: the
# layout's own before they were a theme's. A default given as a function is worked out from
# the required spacing.
OPTIONAL_SPACING = {
    "header_height": 96,  # the header band's least height; a long title makes it taller
    "header_padding_top": 30,  # from the top of the page to the header's kicker
    "header_padding_bottom": 20,  # from the title to the foot of the header band
    "running_header_height": 40,  # the slim band atop the following pages
    "footer_height": 50,
    "band_padding": lambda spacing: spacing["panel_padding"] * 1.4,  # the key-figures band
    "text_panel_padding": lambda spacing: spacing["panel_padding"] * 1.5,
    "accent_rule_width": 24,  # the accent rule above a key figure
    "accent_rule_height": 3,
    "chart_height": 60,  # a theme's chart under its text; charts with more parts grow
    "chart_gap": 8,  # from a theme's text to its chart
    "list_item_gap": 26,  # between the items of a numbered list, a rule halfway
    # Copy-fitting: before content moves on to the next page, the layout may tighten the page
    # down to these, never further (layout/fitting.py): a spacing `X` with an `X_tight`.
    "block_gap_tight": lambda spacing: spacing["block_gap"] * 0.6,
    "chart_height_tight": lambda spacing: spacing["chart_height"] * 0.8,
    "list_item_gap_tight": lambda spacing: spacing["list_item_gap"] * 0.6,
    "leading_tightening": 0.6,  # points off the leading of running text without `tight`
}


def load_theme(path: Path) -> Theme:
    """Read and check a theme file and the files it names (fonts, colour profile, logo).

    Raises InputError listing every problem with the theme's file, line and field: a value out
    of range, a file that is missing, not a regular file, larger than its limit (MAX_FONT_BYTES,
    MAX_PROFILE_BYTES, MAX_LOGO_BYTES) or damaged; the YAML limits of read_yaml apply too.
    """
    data, source = read_yaml(Path(path))
    return _ThemeReader(source, Path(path)).read(data)


class _ThemeReader:
    def __init__(self, source: SourceMap, path: Path):
        self.source, self.path = source, path
        self.problems: list[Problem] = []

    def problem(self, path: tuple, message: str) -> None:
        self.problems.append(self.source.problem(path, ".".join(map(str, path)), message))

    def number(self, data: dict, path: tuple, key: str, low: float, high: float) -> float:
        value = data.get(key) if isinstance(data, dict) else None
        if not is_number(value) or not low <= value <= high:
            self.problem((*path, key), say("theme_number_range", low=f"{low:g}",
                                           high=f"{high:g}", typed=quote_value(value)))
            return low
        return float(value)

    def named_file(self, where: tuple, value: str, what: str) -> Path | None:
        """The file `value` names, relative to the theme; None (and a problem at `where`
        naming the `what`) for a path that cannot name a file."""
        try:
            return named_file(self.path.parent, value)
        except UnusablePath as error:
            self.problem(where, say("theme_file_unusable", what=what, name=quote_value(value),
                                    reason=error))
            return None

    def section(self, data: dict, key: str) -> dict:
        value = data.get(key)
        if not isinstance(value, dict):
            self.problem((key,), say("theme_section_missing"))
            return {}
        return value

    def read(self, data: dict) -> Theme:
        for path in self.source.long_texts:
            self.problem(path, say("theme_text_too_long", limit=MAX_TEXT_CHARS))
        if self.problems:
            raise InputError(self.problems)
        page = self.section(data, "page")
        geometry = PageGeometry(
            width=self.number(page, ("page",), "width_mm", 50, 1000) * MM,
            height=self.number(page, ("page",), "height_mm", 50, 1000) * MM,
            bleed=self.number(page, ("page",), "bleed_mm", 0, 10) * MM,
            margin=self.number(page, ("page",), "margin_mm", 3, 50) * MM,
            columns=int(self.number(page, ("page",), "columns", 1, 24)),
            gutter=self.number(page, ("page",), "gutter_mm", 0, 20) * MM,
        )
        printing = self.printing(self.section(data, "print"))
        colours = self.colours(self.section(data, "colours"), printing.output_profile)
        fonts = self.fonts(self.section(data, "fonts"))
        styles = self.styles(self.section(data, "styles"), colours)
        spacing_data = self.section(data, "spacing")
        spacing = {key: self.number(spacing_data, ("spacing",), key, 0, 200)
                   for key in REQUIRED_SPACING}
        for key, default in OPTIONAL_SPACING.items():
            spacing[key] = self.number(spacing_data, ("spacing",), key, 0, 200) \
                if key in spacing_data else default(spacing) if callable(default) else default
        logo = self.logo(data["logo"], colours) if "logo" in data else None
        chart_colours = self.chart_colours(data.get("chart_colours", DEFAULT_CHART_COLOURS),
                                           colours)
        marks = data.get("footnote_marks", True)
        if not isinstance(marks, bool):
            self.problem(("footnote_marks",), say("must_be_bool", typed=quote_value(marks)))
        mark = self.section(data, "wordmark")
        lines = mark.get("lines", [])
        if not isinstance(mark.get("mark"), str) or not mark["mark"].strip() \
                or not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
            self.problem(("wordmark",), say("theme_wordmark"))
        if self.problems:
            raise InputError(self.problems)
        return Theme(name=str(data.get("name", "")), page=geometry, colours=colours, fonts=fonts,
                     styles=styles, spacing=spacing,
                     wordmark=Wordmark(mark["mark"], tuple(lines)), printing=printing,
                     path=self.path, logo=logo, chart_colours=chart_colours,
                     footnote_marks=marks is not False,
                     lines={f"colours.{name}.cmyk": self.source.line(("colours", name, "cmyk"))
                            for name in colours})

    def chart_colours(self, names: object, colours: dict[str, Colour]) -> tuple[str, ...]:
        """The chart colours: distinct names of theme colours, at least two."""
        where = ("chart_colours",)
        if not isinstance(names, list | tuple) or len(names) < 2 or not all(
                isinstance(name, str) for name in names):
            self.problem(where, say("theme_chart_colours"))
            return DEFAULT_CHART_COLOURS
        for index, name in enumerate(names):
            if name not in colours:
                self.problem((*where, index), say("theme_no_colour", name=quote_value(name)))
            elif name in names[:index]:
                self.problem((*where, index), say("theme_colour_twice",
                                                  name=quote_value(name)))
        return tuple(names)

    def logo(self, data: object, colours: dict[str, Colour]) -> Logo | None:
        where = ("logo",)
        if not isinstance(data, dict) or not isinstance(data.get("file"), str):
            self.problem(where, say("theme_logo_fields"))
            return None
        file = self.named_file((*where, "file"), data["file"], say("theme_logo"))
        width = self.number(data, where, "width_mm", 5, 200) * MM
        if file is None:
            return None
        colour = data.get("colour", "paper")
        if colour not in colours:
            self.problem((*where, "colour"), say("theme_no_colour", name=quote_value(colour)))
        from infographic_app.model.svg import (  # only themes with a logo
            MAX_BYTES as MAX_SVG_BYTES,
        )
        from infographic_app.model.svg import SvgError, parse_svg

        named = quote_value(data["file"], _PATH_CHARS)
        try:
            if file.suffix.lower() == ".svg":
                shapes, svg_width, svg_height = parse_svg(read_limited(file, MAX_SVG_BYTES))
                factor = width / svg_width
                scaled = tuple(tuple((c[0], *(v * factor for v in c[1:])) for c in shape)
                               for shape in shapes)
                return Logo(file, width, svg_height * factor, colour, shapes=scaled)
            pixels = raster_size(read_limited(file, MAX_LOGO_BYTES))
            return Logo(file, width, width * pixels[1] / pixels[0], colour, pixels=pixels)
        except FileNotFoundError:
            self.problem((*where, "file"), say("theme_file_missing", what=say("theme_logo"),
                                               name=named, file=file))
        except (SvgError, ValueError) as error:  # UnusableFile is a ValueError
            self.problem((*where, "file"), say("theme_file_unusable", what=say("theme_logo"),
                                               name=named, reason=error))
        except OSError as error:
            self.problem((*where, "file"), say("theme_file_unreadable", what=say("theme_logo"),
                                               name=named, reason=error.strerror or error))
        return None

    def printing(self, data: dict) -> PrintSettings:
        path = ("print",)
        standard = data.get("standard", "PDF/X-4")
        if standard not in PDFX_STANDARDS:
            self.problem((*path, "standard"), say("use_one_of", choices=", ".join(PDFX_STANDARDS),
                                                  typed=quote_value(standard)))
        texts = {key: data.get(key) for key in ("output_condition", "output_condition_info",
                                                "registry")}
        for key, value in texts.items():
            if not isinstance(value, str) or not value:
                self.problem((*path, key), say("theme_text_missing"))
        return PrintSettings(
            standard=standard, output_profile=self.output_profile(data.get("output_profile")),
            output_condition=str(texts["output_condition"]),
            output_condition_info=str(texts["output_condition_info"]),
            registry=str(texts["registry"]),
            min_text_size=self.number(data, path, "min_text_size", 2, 20),
            safe_margin=self.number(data, path, "safe_margin_mm", 0, 30) * MM,
            max_ink=self.number(data, path, "max_ink", 200, 400),
            tagged=self.flag(data, path, "tagged"))

    def flag(self, data: dict, path: tuple, key: str) -> bool:
        """A yes/no setting, no when absent."""
        value = data.get(key, False)
        if not isinstance(value, bool):
            self.problem((*path, key), say("must_be_bool", typed=quote_value(value)))
            return False
        return value

    def output_profile(self, value: object) -> Path:
        """An ICC profile of a CMYK printing condition (class 'prtr', colour space 'CMYK'),
        whole (its size, tag table and conversion tables) and usable by littleCMS."""
        where = ("print", "output_profile")
        if not isinstance(value, str):
            self.problem(where, say("theme_profile_missing"))
            return Path()
        file = self.named_file(where, value, say("theme_profile"))
        if file is None:
            return Path()
        named = quote_value(value, _PATH_CHARS)
        try:
            data = read_limited(file, MAX_PROFILE_BYTES)
        except FileNotFoundError:
            self.problem(where, say("theme_file_missing", what=say("theme_profile"), name=named,
                                    file=file))
            return file
        except (UnusableFile, OSError) as error:
            reason = error.strerror if isinstance(error, OSError) else error
            self.problem(where, say("theme_file_unusable", what=say("theme_profile"),
                                    name=named, reason=reason))
            return file
        header = data[:20]
        if len(header) < 20 or header[12:16] != b"prtr" or header[16:20] != b"CMYK":
            kind = header[16:20].decode("latin-1").strip() if len(header) >= 20 else ""
            self.problem(where, say("theme_not_cmyk", name=named,
                                    kind=quote_value(kind)[1:-1] or say("theme_no_kind")))
        elif damage := profile_damage(data):
            self.problem(where, say("theme_file_damaged", what=say("theme_profile"), name=named,
                                    damage=damage, remedy=say("theme_ask_profile_again")))
        return file

    def colours(self, data: dict, profile: Path) -> dict[str, Colour]:
        """Each colour's CMYK, and its RGB as given or, when left out, through the profile."""
        colours = {}
        for name in REQUIRED_COLOURS:
            if name not in data:
                self.problem(("colours", name), say("theme_colour_missing"))
        for name, spec in data.items():
            path = ("colours", name)
            cmyk, rgb = (spec.get("cmyk"), spec.get("rgb")) if isinstance(spec, dict) else (None,
                                                                                            None)
            if not (isinstance(cmyk, list) and len(cmyk) == 4 and all(
                    is_number(v) and 0 <= v <= 100
                    for v in cmyk)):
                self.problem((*path, "cmyk"), say("theme_cmyk"))
                continue
            inks = tuple(v / 100 for v in cmyk)
            if rgb is None and self.problems:  # perhaps the profile: the theme is refused,
                colours[name] = Colour(name, inks, (0, 0, 0))  # but the colour is there
                continue
            if rgb is None:
                from infographic_app.model.colour_management import converter  # 0.1 s: lazily

                colours[name] = Colour(name, inks, converter(profile).cmyk_to_rgb(inks))
                continue
            if not (isinstance(rgb, str) and HEX_COLOUR.match(rgb)):
                self.problem((*path, "rgb"), say("theme_rgb"))
                continue
            colours[name] = Colour(name, inks, tuple(int(rgb[i:i + 2], 16) for i in (1, 3, 5)))
        if "unlit" not in colours and "muted" in colours:  # optional: themes made before it
            colours["unlit"] = replace(colours["muted"], name="unlit")
        return colours

    def fonts(self, data: dict) -> dict[str, Path]:
        fonts = {}
        for face in FONT_FACES:
            value = data.get(face)
            if not isinstance(value, str):
                self.problem(("fonts", face), say("theme_font_missing"))
                continue
            file = self.named_file(("fonts", face), value, say("theme_font_file"))
            if file is None:
                continue
            named = quote_value(value, _PATH_CHARS)
            try:
                content = read_limited(file, MAX_FONT_BYTES)
            except FileNotFoundError:
                self.problem(("fonts", face), say("theme_file_missing",
                                                  what=say("theme_font_file"), name=named,
                                                  file=file))
                continue
            except (UnusableFile, OSError) as error:
                reason = error.strerror if isinstance(error, OSError) else error
                self.problem(("fonts", face), say("theme_file_unusable",
                                                  what=say("theme_font_file"), name=named,
                                                  reason=reason))
                continue
            if content[:4] not in (b"\x00\x01\x00\x00", b"true"):
                self.problem(("fonts", face), say("theme_not_truetype", name=named))
            elif damage := font_damage(content):
                self.problem(("fonts", face), say("theme_file_damaged",
                                                  what=say("theme_font_file"), name=named,
                                                  damage=damage, remedy=say("theme_copy_again")))
            else:
                fonts[face] = file
        return fonts

    def styles(self, data: dict, colours: dict[str, Colour]) -> dict[str, TextStyle]:
        styles = {}
        for name in REQUIRED_STYLES:
            if name not in data:
                self.problem(("styles", name), say("theme_style_missing"))
        for name, spec in data.items():
            path = ("styles", name)
            if not isinstance(spec, dict):
                self.problem(path, say("theme_style_fields"))
                continue
            font, colour = spec.get("font"), spec.get("colour")
            if font not in FONT_FACES:
                self.problem((*path, "font"), say("use_one_of", choices=", ".join(FONT_FACES),
                                                  typed=quote_value(font)))
            if not isinstance(colour, str) or colour not in colours:
                self.problem((*path, "colour"), say("theme_no_colour",
                                                    name=quote_value(colour)))
            size = self.number(spec, path, "size", 4, 200)
            leading = self.number(spec, path, "leading", 4, 240)
            tight = spec.get("tight", {})
            if not isinstance(tight, dict):
                self.problem((*path, "tight"), say("theme_tight"))
                tight = {}
            styles[name] = TextStyle(
                name, font, size, leading, colour,
                self.number(tight, (*path, "tight"), "size", 4, size) if "size" in tight
                else None,
                self.number(tight, (*path, "tight"), "leading", 4, leading)
                if "leading" in tight else None)
        for name, (font, size, leading, colour) in OPTIONAL_STYLES.items():
            styles.setdefault(name, TextStyle(name, font, size, leading, colour))
        return styles


def named_files(theme: Theme) -> tuple[Path, ...]:
    """The files `theme` was read from and names: the theme file, its fonts, output profile
    and logo (what a result made with the theme depends on)."""
    files = [theme.path, *theme.fonts.values(), theme.printing.output_profile]
    if theme.logo is not None:
        files.append(theme.logo.path)
    return tuple(Path(file) for file in files)


def load_theme_for(document: Document) -> Theme:
    """The theme a document names (relative to the document), or the bundled one."""
    return load_theme(theme_path_for(document))


def theme_path_for(document: Document) -> Path:
    """The theme file a document names (relative to the document), or the bundled one. A
    named file that does not exist raises InputError naming the document's line."""
    if not document.theme:
        return default_theme()
    base = document.path.parent if document.path else Path.cwd()
    named = quote_value(document.theme, _PATH_CHARS)
    what = say("theme_theme_file")
    try:
        path = named_file(base, document.theme)
        reason = not_a_file(path)
    except UnusablePath as error:
        path, reason = None, str(error)
    if path is not None and not path.exists():
        message = say("theme_file_missing", what=what, name=named, file=path)
    elif reason:
        message = say("theme_file_unusable", what=what, name=named, reason=reason)
    else:
        return path
    raise InputError([Problem(message, field="theme", file=str(document.path or ""),
                              line=document.line_of(("theme",)))])
