"""Colour difference as a reader sees it, in plain Python (no numpy: the export's checks run
on every export, and importing numpy costs more than the checks).

`seen_by` simulates a colour vision deficiency at full severity with the matrices of Machado,
Oliveira and Fernandes (2009), applied in linear sRGB; `delta_e` is the distance of two sRGB
colours in CAM02-UCS (Luo, Cui and Li 2006) under CIECAM02's sRGB viewing conditions (D65
white, background Y_b 20, adapting luminance 64/pi/5 cd/m², average surround). Both follow
colorspacious 1.1.2 ("sRGB1+CVD" at severity 100, and `deltaE`), which the tests compare
them with.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Colour = tuple[float, float, float]  # sRGB, each channel 0-1
Matrix = tuple[Colour, Colour, Colour]

# Machado et al. (2009), severity 1.0: linear sRGB as a reader with the deficiency sees it.
MACHADO_2009: dict[str, Matrix] = {
    "protanomaly": ((0.152286, 1.052583, -0.204868),
                    (0.114503, 0.786281, 0.099216),
                    (-0.003882, -0.048116, 1.051998)),
    "deuteranomaly": ((0.367322, 0.860646, -0.227968),
                      (0.280085, 0.672501, 0.047413),
                      (-0.011820, 0.042940, 0.968881)),
    "tritanomaly": ((1.255528, -0.076749, -0.178779),
                    (-0.078411, 0.930809, 0.147602),
                    (0.004733, 0.691367, 0.303900)),
}

_XYZ_TO_SRGB: Matrix = ((3.2406, -1.5372, -0.4986),
                        (-0.9689, 1.8758, 0.0415),
                        (0.0557, -0.2040, 1.0570))
_CAT02: Matrix = ((0.7328, 0.4296, -0.1624),
                  (-0.7036, 1.6975, 0.0061),
                  (0.0030, 0.0136, 0.9834))
_HPE: Matrix = ((0.38971, 0.68898, -0.07868),
                (-0.22981, 1.18340, 0.04641),
                (0.00000, 0.00000, 1.00000))
_WHITE = (95.047, 100.0, 108.883)  # D65, XYZ on the 0-100 scale
_Y_B, _L_A = 20.0, 64 / math.pi / 5
_F, _C, _N_C = 1.0, 0.69, 1.0  # average surround
_UCS_C1, _UCS_C2 = 0.007, 0.0228  # CAM02-UCS (K_L 1)


def _apply(matrix: Matrix, vector: Sequence[float]) -> Colour:
    return tuple(sum(m * v for m, v in zip(row, vector, strict=True))
                 for row in matrix)  # type: ignore[return-value]


def _product(first: Matrix, second: Matrix) -> Matrix:
    columns = list(zip(*second, strict=True))
    return tuple(tuple(sum(a * b for a, b in zip(row, column, strict=True))
                       for column in columns) for row in first)  # type: ignore[return-value]


def _inverse(m: Matrix) -> Matrix:
    (a, b, c), (d, e, f), (g, h, i) = m
    det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)
    return ((( e * i - f * h) / det, -(b * i - c * h) / det, (b * f - c * e) / det),
            (-(d * i - f * g) / det, (a * i - c * g) / det, -(a * f - c * d) / det),
            (( d * h - e * g) / det, -(a * h - b * g) / det, (a * e - b * d) / det))


_SRGB_TO_XYZ = _inverse(_XYZ_TO_SRGB)
_HPE_FROM_CAT02 = _product(_HPE, _inverse(_CAT02))


def _linear(channel: float) -> float:
    return channel / 12.92 if channel < 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _gamma(channel: float) -> float:
    return channel * 12.92 if channel <= 0.0031308 else 1.055 * channel ** (1 / 2.4) - 0.055


def seen_by(rgb: Sequence[float], deficiency: str) -> Colour:
    """The sRGB colour (0-1 per channel, clipped to that range) that `rgb` (sRGB, 0-1) looks
    like to a reader with `deficiency` at full severity: a key of MACHADO_2009 ('protanomaly',
    'deuteranomaly', 'tritanomaly'; KeyError for another)."""
    linear = _apply(MACHADO_2009[deficiency], [_linear(c) for c in rgb])
    return tuple(min(1.0, max(0.0, _gamma(c))) for c in linear)  # type: ignore[return-value]


class _Viewing:
    """CIECAM02's values that depend only on the viewing conditions (computed once)."""

    def __init__(self) -> None:
        rgb_w = _apply(_CAT02, _WHITE)
        d = min(1.0, max(0.0, _F * (1 - (1 / 3.6) * math.exp((-_L_A - 42) / 92))))
        self.d_rgb = [d * _WHITE[1] / c + 1 - d for c in rgb_w]
        k = 1 / (5 * _L_A + 1)
        self.f_l = 0.2 * k ** 4 * (5 * _L_A) + 0.1 * (1 - k ** 4) ** 2 * (5 * _L_A) ** (1 / 3)
        self.n = _Y_B / _WHITE[1]
        self.z = 1.48 + math.sqrt(self.n)
        self.n_bb = 0.725 * (1 / self.n) ** 0.2
        self.a_w = self.achromatic(self.adapted(rgb_w))

    def adapted(self, rgb: Sequence[float]) -> Colour:
        """Post-adaptation cone responses (R'a, G'a, B'a) of CAT02 responses `rgb`."""
        prime = _apply(_HPE_FROM_CAT02, [f * c for f, c in zip(self.d_rgb, rgb, strict=True)])
        adapted = []
        for c in prime:
            t = (self.f_l * abs(c) / 100) ** 0.42
            adapted.append(math.copysign(400 * t / (t + 27.13), c) + 0.1)
        return tuple(adapted)  # type: ignore[return-value]

    def achromatic(self, adapted: Colour) -> float:
        r, g, b = adapted
        return (2 * r + g + b / 20 - 0.305) * self.n_bb

    def ucs(self, xyz: Sequence[float]) -> Colour:
        """CAM02-UCS J', a', b' of a colour given as XYZ (0-100)."""
        adapted = self.adapted(_apply(_CAT02, xyz))
        r, g, b = adapted
        a = r - 12 * g / 11 + b / 11
        bb = (r + g - 2 * b) / 9
        hue = math.atan2(bb, a)
        j = 100 * (max(0.0, self.achromatic(adapted)) / self.a_w) ** (_C * self.z)
        e = (12500 / 13) * _N_C * self.n_bb * (math.cos(hue + 2) + 3.8)
        t = e * math.hypot(a, bb) / (r + g + 21 * b / 20)
        chroma = t ** 0.9 * (j / 100) ** 0.5 * (1.64 - 0.29 ** self.n) ** 0.73
        m = chroma * self.f_l ** 0.25
        jp = (1 + 100 * _UCS_C1) * j / (1 + _UCS_C1 * j)
        mp = math.log(1 + _UCS_C2 * m) / _UCS_C2
        return jp, mp * math.cos(hue), mp * math.sin(hue)


_VIEWING = _Viewing()


def delta_e(first: Sequence[float], second: Sequence[float]) -> float:
    """The colour difference of two sRGB colours (0-1 per channel): their distance in
    CAM02-UCS, on about the scale of CIEDE2000 (1: the smallest difference seen between two
    large patches)."""
    seen = [_VIEWING.ucs([100 * v for v in _apply(_SRGB_TO_XYZ, [_linear(c) for c in rgb])])
            for rgb in (first, second)]
    return math.dist(*seen)
