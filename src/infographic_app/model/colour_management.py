"""Conversions between the print shop's CMYK and screen RGB through one ICC output profile.

littleCMS (Pillow's ImageCms) does the work. Building a transform takes some 50 ms, so
converters are made once per profile and only when a colour or an image needs one.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageCms


class ColourConverter:
    """Converts CMYK (percent) to the RGB the print profile (an ICC file) predicts,
    with littleCMS; for colours given only in CMYK and for the soft proof."""
    def __init__(self, profile: Path):
        cmyk = ImageCms.getOpenProfile(str(profile))
        srgb = ImageCms.createProfile("sRGB")
        intent = ImageCms.Intent.RELATIVE_COLORIMETRIC
        self._to_rgb = ImageCms.buildTransform(cmyk, srgb, "CMYK", "RGB", renderingIntent=intent)
        self._to_cmyk = ImageCms.buildTransform(srgb, cmyk, "RGB", "CMYK",
                                                renderingIntent=ImageCms.Intent.PERCEPTUAL)

    def cmyk_to_rgb(self, cmyk: tuple[float, float, float, float]) -> tuple[int, int, int]:
        """The screen colour of a CMYK ink mix (0..1 each) as printed to the profile."""
        pixel = Image.new("CMYK", (1, 1), tuple(round(v * 255) for v in cmyk))
        return ImageCms.applyTransform(pixel, self._to_rgb).getpixel((0, 0))

    def cmyk_image_to_rgb(self, image: Image.Image) -> Image.Image:
        return ImageCms.applyTransform(image, self._to_rgb)

    def rgb_image_to_cmyk(self, image: Image.Image) -> Image.Image:
        """A screen image separated for print, as the print shop's profile prescribes."""
        return ImageCms.applyTransform(image.convert("RGB"), self._to_cmyk)


@lru_cache(maxsize=4)
def converter(profile: Path) -> ColourConverter:
    """The colour converter of the ICC profile at `profile`."""
    return ColourConverter(Path(profile))
