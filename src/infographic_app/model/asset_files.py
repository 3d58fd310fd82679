"""What the theme's files are, read from their bytes: whether a font or colour profile is
whole, and the size of a logo image, before anything uses them."""

from __future__ import annotations

import struct
from functools import lru_cache
from pathlib import Path

from infographic_app.model.messages import say
from infographic_app.paths import cache_folder

MAX_LOGO_PIXELS = 25_000_000  # a logo of 5000 x 5000 pixels is already 40 cm wide at 300 ppi
# Tables a TrueType font needs to be measured and embedded.
_FONT_TABLES = (b"cmap", b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp", b"name", b"post")


def _tables(data: bytes, count: str, first: int, size: int, fields: str) -> list[tuple]:
    """The entries of a table directory (a font's or a profile's): the number of entries is
    the struct format `count` at offset `first - 4` or `first - 2` ('>H' at 4 for a font, '>I'
    at 128 for a profile), then `fields` from each `size`-byte entry; struct.error past the
    end of `data`."""
    (entries,) = struct.unpack_from(count, data, first - 8 if count == ">H" else first - 4)
    return [struct.unpack_from(">" + fields, data, first + i * size) for i in range(entries)]


def font_damage(data: bytes) -> str | None:
    """What is wrong with the structure of a TrueType file, in words; None when every table
    it needs is there and lies within the file (a truncated copy fails here)."""
    try:
        tables = {tag: (offset, length) for tag, _, offset, length in
                  _tables(data, ">H", 12, 16, "4sIII")}
    except struct.error:
        return say("font_directory_cut")
    missing = [tag.decode("latin-1") for tag in _FONT_TABLES if tag not in tables]
    if missing:
        return say("font_table_missing", tables=", ".join(missing))
    if any(offset + length > len(data) for offset, length in tables.values()):
        return say("font_cut_short", size=f"{len(data):,}")
    return None if _font_reads_whole(data) else say("font_tables_unreadable")


@lru_cache(maxsize=8)
def _font_reads_whole(data: bytes) -> bool:
    """Whether ReportLab reads every table of the font (`data`) it measures with and can embed
    a subset of every character in it: as much as any text ever asks of it. Some 25 ms a face,
    so a font that read whole is remembered (by its bytes and ReportLab's version) in the
    user's cache folder, as a profile that worked is."""
    import hashlib
    from io import BytesIO

    from reportlab import Version  # the package's version only: not its PDF modules

    digest = hashlib.sha256(data + f"\0reportlab {Version}".encode()).hexdigest()[:32]
    marker = cache_folder("checked-files") / f"{digest}.font-works"
    if marker.exists():
        return True
    from reportlab.pdfbase.ttfonts import TTFontFile  # not while the editor starts warm

    try:
        font = TTFontFile(BytesIO(data))
        font.makeSubset(sorted(font.charToGlyph))
    except Exception:  # whatever damaged bytes make the parser raise (struct, index, value...)
        return False
    _remember(marker)
    return True


def _remember(marker: Path) -> None:
    """Leave `marker` in the cache folder; a read-only home only costs the check again."""
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
    except OSError:
        pass


def profile_damage(data: bytes) -> str | None:
    """What is wrong with a CMYK output profile, in words; None when its header, its tag table
    and the tables to convert colours are whole and littleCMS builds a transform with it."""
    if len(data) < 132 or data[36:40] != b"acsp":
        return say("profile_no_header")
    (declared,) = struct.unpack_from(">I", data, 0)
    if declared != len(data):
        return say("profile_size", declared=f"{declared:,}", size=f"{len(data):,}")
    if not profile_id_matches(data):
        return say("profile_id_mismatch")
    try:
        tags = {tag: (offset, length) for tag, offset, length in _tables(data, ">I", 132, 12,
                                                                         "4sII")}
    except struct.error:
        return say("profile_tags_cut")
    if any(offset + length > len(data) for offset, length in tags.values()):
        return say("profile_tag_past_end")
    missing = [tag.decode() for tag in (b"A2B0", b"B2A0") if tag not in tags]
    if missing:
        return say("profile_no_table", tables=say("or").join(missing))
    return None if _transform_works(data) else say("profile_no_transform")


def profile_id_matches(data: bytes) -> bool:
    """Whether an ICC profile (its bytes, at least the 128-byte header) matches the profile
    ID in its header (bytes 84-99): the MD5 of the whole profile with the profile flags
    (44-47), rendering intent (64-67) and profile ID fields set to zero, as ICC.1:2010 7.2.18
    computes it. A profile without an ID (all zeros, allowed before ICC version 4) matches."""
    written = data[84:100]
    if written == bytes(16):
        return True
    import hashlib

    zeroed = bytearray(data)
    zeroed[44:48] = zeroed[64:68] = bytes(4)
    zeroed[84:100] = bytes(16)
    return hashlib.md5(zeroed, usedforsecurity=False).digest() == written


@lru_cache(maxsize=8)
def _transform_works(data: bytes) -> bool:
    """Whether littleCMS turns CMYK into sRGB with the profile (some 40 ms, so once a file;
    a profile that worked is remembered, by its bytes and Pillow's version, in the user's
    cache folder, so a screen export or the editor's start do not build a transform)."""
    import hashlib
    from io import BytesIO

    from PIL import __version__

    digest = hashlib.sha256(data + f"\0{__version__}".encode()).hexdigest()[:32]
    marker = cache_folder("checked-files") / f"{digest}.works"
    if marker.exists():
        return True
    from PIL import Image, ImageCms

    try:
        transform = ImageCms.buildTransform(ImageCms.ImageCmsProfile(BytesIO(data)),
                                            ImageCms.createProfile("sRGB"), "CMYK", "RGB")
        ImageCms.applyTransform(Image.new("CMYK", (1, 1), (0, 255, 0, 0)), transform)
    except (OSError, ValueError, TypeError, ImageCms.PyCMSError):
        return False
    _remember(marker)
    return True


def raster_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG or JPEG logo (its bytes), checked before any pixel is decoded;
    then every pixel is decoded, so a damaged or truncated file fails here, not at export."""
    from io import BytesIO

    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(BytesIO(data)) as image:
            if image.format not in ("PNG", "JPEG"):
                raise ValueError(say("image_kind",
                                     kind=image.format or say("image_not_an_image")))
            width, height = image.size
            if width * height > MAX_LOGO_PIXELS:
                raise ValueError(say("image_too_many_pixels", width=width, height=height,
                                     million=MAX_LOGO_PIXELS // 1_000_000))
            image.verify()  # the chunks' checksums (PNG)
        with Image.open(BytesIO(data)) as image:
            image.load()  # every pixel: a file cut short fails here
    except Image.DecompressionBombError:
        raise ValueError(say("image_too_large")) from None
    except (UnidentifiedImageError, SyntaxError, OSError, struct.error, EOFError):
        raise ValueError(say("image_unreadable")) from None
    if not width or not height:
        raise ValueError(say("image_no_pixels"))
    return width, height
