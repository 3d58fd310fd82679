"""Watching another process's window on a virtual X screen (Xvfb), from outside that process.

`virtual_screen()` starts Xvfb on a free display; `Screen` connects to it with libX11 through
ctypes and says when a top-level window is mapped (MapNotify on the root window), when its
content changes (the DAMAGE extension: the server reports every drawing into the window, so
nothing is polled while nothing changes) and what the screen shows there (XGetImage of the
root window, as a numpy array of 0xRRGGBB values; `rgb` makes an image of it). Linux with
libX11 and Xvfb only; `available()` says whether this machine has them.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
Z_PIXMAP = 2
ALL_PLANES = 0xFFFFFFFF
DAMAGE_REPORT_NON_EMPTY = 3
MIN_WINDOW_PX = 200  # smaller top-level windows (Qt's selection owner, group leader) are not it


class _Image(ctypes.Structure):  # the start of Xlib's XImage
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.POINTER(ctypes.c_ubyte)),
                ("byte_order", ctypes.c_int), ("bitmap_unit", ctypes.c_int),
                ("bitmap_bit_order", ctypes.c_int), ("bitmap_pad", ctypes.c_int),
                ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int),
                ("bits_per_pixel", ctypes.c_int)]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
# A window that goes away while it is looked at is no reason to end the benchmark (Xlib's
# default handler exits the process); the call that failed returns nothing instead.
_ignore_errors = _ERROR_HANDLER(lambda display, error: 0)


def available() -> bool:
    """Whether Xvfb and libX11 with the DAMAGE extension's library are installed."""
    return bool(shutil.which("Xvfb") and ctypes.util.find_library("X11")
                and ctypes.util.find_library("Xdamage"))


@contextmanager
def virtual_screen(width: int = 1920, height: int = 1080) -> Iterator[str]:
    """An Xvfb server on a display number it picks itself (no clash with other servers), with
    a black root window; yields the DISPLAY value (":N") and stops the server afterwards."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                               f"{width}x{height}x24", "-br", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as chosen:
            number = chosen.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait()


class Screen:
    """A connection to the X server at `display`, watching for top-level windows."""

    def __init__(self, display: str):
        self.x = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11"))
        self.damage_lib = ctypes.cdll.LoadLibrary(ctypes.util.find_library("Xdamage"))
        x = self.x
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XGetImage.restype = ctypes.POINTER(_Image)
        x.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                                ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        x.XGetGeometry.argtypes = [ctypes.c_void_p, ctypes.c_ulong] + [ctypes.c_void_p] * 7
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self.damage_lib.XDamageCreate.restype = ctypes.c_ulong
        self.damage_lib.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]
        self.damage_lib.XDamageSubtract.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                                    ctypes.c_ulong, ctypes.c_ulong]
        x.XSetErrorHandler(_ignore_errors)
        self.display = x.XOpenDisplay(display.encode())
        if not self.display:
            raise RuntimeError(f"cannot connect to the X server at {display}")
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.root = x.XDefaultRootWindow(self.display)
        self.fd = x.XConnectionNumber(ctypes.c_void_p(self.display))
        base, error = ctypes.c_int(), ctypes.c_int()
        if not self.damage_lib.XDamageQueryExtension(ctypes.c_void_p(self.display),
                                                     ctypes.byref(base), ctypes.byref(error)):
            raise RuntimeError("the X server lacks the DAMAGE extension")
        self.damage_event = base.value  # XDamageNotify is the extension's first event
        x.XSelectInput(self.display, self.root, SUBSTRUCTURE_NOTIFY_MASK)
        self._event = (ctypes.c_long * 24)()  # an XEvent union
        self._damage = 0

    def events(self, until: float) -> Iterator[tuple[str, int]]:
        """("mapped", window) for each top-level window of at least MIN_WINDOW_PX mapped, and
        ("drawn", window) each time the watched window's content changed (see watch), until
        time.perf_counter() reaches `until`; TimeoutError then."""
        x, display = self.x, ctypes.c_void_p(self.display)
        while True:
            while x.XPending(display):
                x.XNextEvent(display, self._event)
                kind = self._event[0] & 0xFFFFFFFF
                if kind == MAP_NOTIFY and min(self.size(self._event[5])) >= MIN_WINDOW_PX:
                    yield "mapped", self._event[5]
                elif kind == self.damage_event and self._damage:
                    self.damage_lib.XDamageSubtract(display, self._damage, 0, 0)
                    yield "drawn", self._event[4]
            left = until - time.perf_counter()
            if left <= 0:
                raise TimeoutError("no window appeared in time")
            select.select([self.fd], [], [], left)

    def watch(self, window: int) -> None:
        """Report every change of `window`'s content from now on as a "drawn" event."""
        self._damage = self.damage_lib.XDamageCreate(ctypes.c_void_p(self.display), window,
                                                     DAMAGE_REPORT_NON_EMPTY)
        self.x.XFlush(ctypes.c_void_p(self.display))

    def forget(self) -> None:
        """Stop watching the window (it may be gone already: the error is ignored)."""
        self.damage_lib.XDamageDestroy(ctypes.c_void_p(self.display), ctypes.c_ulong(self._damage))
        self._damage = 0
        self.x.XSync(ctypes.c_void_p(self.display), 1)  # and drop the events still queued

    def size(self, window: int) -> tuple[int, int]:
        """Width and height of `window` in pixels; (0, 0) when it is gone."""
        return self.geometry(window)[2:]

    def geometry(self, window: int) -> tuple[int, int, int, int]:
        """x, y (in its parent: the root for a top-level window), width and height."""
        root, x, y = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_int()
        width, height, border, depth = (ctypes.c_uint() for _ in range(4))
        if not self.x.XGetGeometry(self.display, window, *(ctypes.byref(v) for v in (
                root, x, y, width, height, border, depth))):
            return 0, 0, 0, 0
        return x.value, y.value, width.value, height.value

    def grab(self, window: int) -> np.ndarray | None:
        """What the screen shows where `window` is (the screen's part of it), as a height ×
        width array of 0xRRGGBB pixel values (uint32: one comparison tests a colour, fast
        enough to look at every frame); None when the window is gone."""
        left, top, width, height = self.geometry(window)
        _, _, screen_width, screen_height = self.geometry(self.root)
        width, height = min(width, screen_width - left), min(height, screen_height - top)
        if width <= 0 or height <= 0:
            return None
        image = self.x.XGetImage(self.display, self.root, left, top, width, height, ALL_PLANES,
                                 Z_PIXMAP)
        if not image:
            return None
        try:
            if image.contents.bits_per_pixel != 32:
                raise RuntimeError("the X screen should have 24-bit colour (Xvfb ...x24)")
            shape = (image.contents.height, image.contents.bytes_per_line)
            rows = np.ctypeslib.as_array(image.contents.data, shape=shape)
            pixels = rows.view("<u4")[:, :image.contents.width]  # 0xXXRRGGBB
            return pixels & 0xFFFFFF
        finally:
            self.x.XDestroyImage(image)

    def close(self) -> None:
        self.x.XCloseDisplay(ctypes.c_void_p(self.display))


def rgb(frame: np.ndarray) -> np.ndarray:
    """A grabbed frame as a height × width × 3 RGB array (to save as an image)."""
    return np.stack([(frame >> shift) & 0xFF for shift in (16, 8, 0)], axis=-1).astype(np.uint8)
