"""Image helpers for tests: rasterise PDFs, read QImages, compare with SSIM."""

from __future__ import annotations

import numpy as np


def pdf_pages_as_arrays(pdf: bytes, dpi: float) -> list[np.ndarray]:
    """Every page of a PDF as an RGB array, rendered by PDFium."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return [np.asarray(page.render(scale=dpi / 72).to_pil().convert("RGB"))
                for page in document]
    finally:
        document.close()


def qimage_to_array(image) -> np.ndarray:
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(height, stride)
    return data[:, : width * 3].reshape(height, width, 3).copy()


def _box_mean(image: np.ndarray, size: int) -> np.ndarray:
    """Mean over size x size windows (valid region), via an integral image."""
    integral = np.pad(image, ((1, 0), (1, 0))).cumsum(0).cumsum(1)
    total = (integral[size:, size:] - integral[:-size, size:] - integral[size:, :-size]
             + integral[:-size, :-size])
    return total / (size * size)


def ssim(a: np.ndarray, b: np.ndarray, window: int = 7) -> float:
    """Mean structural similarity of two images (grey levels), as defined by Wang et al. 2004."""
    height, width = min(a.shape[0], b.shape[0]), min(a.shape[1], b.shape[1])
    x = _grey(a[:height, :width])
    y = _grey(b[:height, :width])
    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2
    mx, my = _box_mean(x, window), _box_mean(y, window)
    vx = _box_mean(x * x, window) - mx * mx
    vy = _box_mean(y * y, window) - my * my
    cxy = _box_mean(x * y, window) - mx * my
    score = ((2 * mx * my + c1) * (2 * cxy + c2)) / ((mx * mx + my * my + c1) * (vx + vy + c2))
    return float(score.mean())


def _grey(image: np.ndarray) -> np.ndarray:
    image = image.astype(np.float64)
    if image.ndim == 3:
        image = image[..., 0] * 0.299 + image[..., 1] * 0.587 + image[..., 2] * 0.114
    return image


def _lab(rgb: np.ndarray) -> np.ndarray:
    """sRGB (0..255) to CIELAB (D65)."""
    c = rgb.astype(np.float64) / 255
    c = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    xyz = c @ np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                        [0.0193, 0.1192, 0.9505]]).T
    xyz /= np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 216 / 24389, np.cbrt(xyz), (24389 / 27 * xyz + 16) / 116)
    return np.stack([116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]),
                     200 * (f[..., 1] - f[..., 2])], axis=-1)


def ciede2000(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Colour difference ΔE00 per pixel of two sRGB images."""
    height, width = min(a.shape[0], b.shape[0]), min(a.shape[1], b.shape[1])
    return ciede2000_lab(_lab(a[:height, :width]), _lab(b[:height, :width]))


def ciede2000_lab(lab1: np.ndarray, lab2: np.ndarray) -> np.ndarray:
    """ΔE00 of CIELAB values (Sharma, Wu and Dalal 2005)."""
    l1, a1, b1 = lab1[..., 0], lab1[..., 1], lab1[..., 2]
    l2, a2, b2 = lab2[..., 0], lab2[..., 1], lab2[..., 2]
    c_mean = (np.hypot(a1, b1) + np.hypot(a2, b2)) / 2
    g = 0.5 * (1 - np.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1p = np.degrees(np.arctan2(b1, a1p)) % 360
    h2p = np.degrees(np.arctan2(b2, a2p)) % 360
    dlp, dcp = l2 - l1, c2p - c1p
    dh = h2p - h1p
    dh = np.where(dh > 180, dh - 360, np.where(dh < -180, dh + 360, dh))
    dh = np.where(c1p * c2p == 0, 0, dh)
    dhp = 2 * np.sqrt(c1p * c2p) * np.sin(np.radians(dh / 2))
    lp, cp = (l1 + l2) / 2, (c1p + c2p) / 2
    hsum = h1p + h2p
    hp = np.where(c1p * c2p == 0, hsum,
                  np.where(np.abs(h1p - h2p) <= 180, hsum / 2,
                           np.where(hsum < 360, (hsum + 360) / 2, (hsum - 360) / 2)))
    t = (1 - 0.17 * np.cos(np.radians(hp - 30)) + 0.24 * np.cos(np.radians(2 * hp))
         + 0.32 * np.cos(np.radians(3 * hp + 6)) - 0.20 * np.cos(np.radians(4 * hp - 63)))
    sl = 1 + 0.015 * (lp - 50) ** 2 / np.sqrt(20 + (lp - 50) ** 2)
    sc, sh = 1 + 0.045 * cp, 1 + 0.015 * cp * t
    rt = (-2 * np.sqrt(cp ** 7 / (cp ** 7 + 25 ** 7))
          * np.sin(np.radians(60 * np.exp(-(((hp - 275) / 25) ** 2)))))
    return np.sqrt((dlp / sl) ** 2 + (dcp / sc) ** 2 + (dhp / sh) ** 2
                   + rt * (dcp / sc) * (dhp / sh))
