"""The resources table of a scene: the theme's colours, font faces and images, resolved.

Resolving is where the theme and the print profile are read, so painters never need them.
What needs the profile (proof colours, CMYK separations) and image pixels are worked out on
first use: building a colour transform takes a tenth of a second that a screen export or the
editor's start should not pay.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path

from infographic_app.layout.fonts import FontSet, embeddable
from infographic_app.layout.scene import RGB, Picture, Resources, Swatch
from infographic_app.model.theme import Theme

_last: tuple[Theme, FontSet, Resources] | None = None


def resources_for(theme: Theme, fonts: FontSet) -> Resources:
    """The resources of scenes laid out with `theme` and `fonts` (a FontSet of that theme).
    Asked again for the same two objects (as the editor does on every key), it returns the
    same table, so painters keep what they cached. A font file that cannot be read raises
    InputError."""
    global _last
    if _last is not None and _last[0] is theme and _last[1] is fonts:
        return _last[2]
    profile = theme.printing.output_profile
    colours = {name: Swatch(c.cmyk, c.rgb) for name, c in theme.colours.items()}
    logo = theme.logo
    sources = [str(logo.path)] if logo is not None and logo.pixels is not None else []
    faces = {face: fonts.face(face) for face in theme.fonts}
    resources = Resources(
        colours=colours,
        proof_colours=OnFirstUse(colours, lambda name: _proof(profile, colours[name].cmyk)),
        faces=faces,
        font_programs=OnFirstUse(faces, lambda face: embeddable(faces[face])),
        images=OnFirstUse(sources, lambda source: _decode(*_stamped(source))),
        separations=OnFirstUse(sources, lambda source: _separate(*_stamped(source), profile)))
    _last = (theme, fonts, resources)
    return resources


class OnFirstUse(Mapping):
    """A read-only mapping of `keys` whose values `compute(key)` makes on first use, then
    keeps. A key not in `keys` raises KeyError."""

    def __init__(self, keys: Iterable[str], compute: Callable[[str], object]):
        self._keys = tuple(keys)
        self._compute = compute
        self._values: dict[str, object] = {}

    def __getitem__(self, key: str) -> object:
        if key not in self._values:
            if key not in self._keys:
                raise KeyError(key)
            self._values[key] = self._compute(key)
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def _stamped(source: str) -> tuple[Path, tuple[int, int]]:
    """An image file with its size and time of change, so a changed file is read again."""
    status = Path(source).stat()
    return Path(source), (status.st_size, status.st_mtime_ns)


@lru_cache(maxsize=256)
def _proof(profile: Path, cmyk: tuple[float, float, float, float]) -> RGB:
    """The RGB the print shop's profile prints `cmyk` as."""
    from infographic_app.model.colour_management import converter  # 0.1 s: lazily

    return converter(profile).cmyk_to_rgb(cmyk)


@lru_cache(maxsize=4)
def _decode(file: Path, stamp: tuple[int, int]) -> Picture:
    """A PNG or JPEG as 8-bit RGBA pixels (the theme checked its size and format)."""
    from PIL import Image

    with Image.open(file) as source:
        rgba = source.convert("RGBA")
    return Picture(rgba.width, rgba.height, rgba.tobytes())


@lru_cache(maxsize=4)
def _separate(file: Path, stamp: tuple[int, int], profile: Path) -> bytes:
    """The pixels of an image separated to 8-bit CMYK through the print profile."""
    from PIL import Image

    from infographic_app.model.colour_management import converter  # 0.1 s: lazily

    picture = _decode(file, stamp)
    rgba = Image.frombytes("RGBA", (picture.width, picture.height), picture.rgba)
    return converter(profile).rgb_image_to_cmyk(rgba).tobytes()
