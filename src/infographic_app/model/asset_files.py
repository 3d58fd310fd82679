"""What the theme's files are, read from the files themselves: font and colour profile
headers, and the size of a logo image, before anything uses them."""

from __future__ import annotations

from pathlib import Path

MAX_LOGO_PIXELS = 25_000_000  # a logo of 5000 x 5000 pixels is already 40 cm wide at 300 ppi


def file_start(file: Path, size: int) -> bytes:
    """The first `size` bytes of a file (fewer if it is shorter), where fonts and profiles
    say what they are. OSError when the file cannot be read."""
    with file.open("rb") as handle:
        return handle.read(size)


def raster_size(file: Path) -> tuple[int, int]:
    """Width and height in pixels of a PNG or JPEG logo, read from its header before any
    pixel is decoded. ValueError, saying why in words, for another format, an image over
    MAX_LOGO_PIXELS, or a damaged file; FileNotFoundError when there is no such file."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(file) as image:
            if image.format not in ("PNG", "JPEG"):
                raise ValueError(f"it is {image.format or 'not an image'}; use SVG, PNG or JPEG")
            width, height = image.size
            if width * height > MAX_LOGO_PIXELS:
                raise ValueError(f"it is {width} x {height} pixels; a logo needs at most "
                                 f"{MAX_LOGO_PIXELS // 1_000_000} million")
            image.verify()  # reads the whole file: a damaged one fails here, not at export
    except Image.DecompressionBombError:
        raise ValueError("the image is too large to open safely") from None
    except (UnidentifiedImageError, SyntaxError, OSError) as error:
        if isinstance(error, FileNotFoundError):
            raise
        raise ValueError("it is not a readable SVG, PNG or JPEG file") from None
    return width, height
