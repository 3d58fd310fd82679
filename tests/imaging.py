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
