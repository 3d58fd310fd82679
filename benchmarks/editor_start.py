"""Editor start as a user sees it: from launching `infographic-app` to the factsheet's page
painted on the screen, measured from outside the process, as `name=value` lines.

On a virtual X screen (Xvfb, started here on a free display) the benchmark launches the real
command, as a desktop launcher would (settings, log and recovery copies in a fresh folder, so
no last file or recovery copy is found), and watches the screen from its own process
(benchmarks/x11_screen.py): the time the main window is mapped, the time its area first shows
something drawn (`*_window_drawn_*`: no longer the black of the empty screen over
DRAWN_SHARE of it) and the time the page is visibly painted in the preview. The screen is
looked at whenever the X server reports a change in the window, so the benchmark costs no CPU
while the app works.

The page counts as painted when the window shows the factsheet's title band, a block of the
theme's primary colour at least BAND_ROWS rows tall and BAND_WIDTH_PX wide, with below it the
theme's paper colour covering PAPER_SHARE of the band's width over PAPER_ROWS rows: the page,
not a chart bar in a side panel, and not an empty preview. The same test runs on every frame
of the empty window beside it and must never fire there (up to
its first drawn frame).

Beside it, interleaved in the same run: an empty PySide6 QMainWindow of the same size started
and detected the same way (`empty_qt_window_median_s`: launched to drawn). Each command starts
once unmeasured first (Python writes its .pyc files, as pip does at install), and runs on
for WARM_UP_S after its page is painted, as a start a user works in does, so it keeps what
it remembers for the next start (the picture of its page, gui/start_picture.py); the
measured starts are killed as soon as the page is seen. The rest are medians over --starts
starts: the machine is shared and noisy.

    python benchmarks/editor_start.py [--starts 9] [--frames DIR]

--frames DIR saves, from the first measured start, the frame on which the page test fired and
the last frame before it (editor-painted.png, editor-before.png) and the empty window's drawn
frame (empty-drawn.png), to look at.

Without Xvfb (or libX11/libXdamage), it falls back to timing inside the process: the first
paint of the preview's pages, from before the interpreter starts
(`inside_preview_painted_after_start_median_s`), which is not what the screen shows.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import x11_screen  # noqa: E402  (next to this file)

TARGET_PREVIEW_PAINTED_S = 0.6
TARGET_VS_EMPTY = 2.0  # launch -> page painted, beside an empty PySide6 window (issue 21)
TIMEOUT_S = 30.0
BAND_ROWS, BAND_WIDTH_PX = 30, 300
PAPER_ROWS, PAPER_SHARE = 200, 0.4
DRAWN_SHARE = 0.9
WARM_UP_S = 3.0

EMPTY_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1500, 950)
window.show()
app.exec()
"""

# The fallback: timed inside the process, from before the interpreter starts until the
# preview's first paintEvent that paints the factsheet's pages.
INSIDE_SCRIPT = """
import os, sys, time
start = float(sys.argv[1])
os.environ["XDG_CONFIG_HOME"] = sys.argv[2] + "/config"
os.environ["XDG_DATA_HOME"] = sys.argv[2] + "/data"
from infographic_app.gui.preview import PageCanvas
painted = PageCanvas.paintEvent
def first_paint(canvas, event):
    painted(canvas, event)
    if canvas.preview.page_images():
        print(time.time() - start, flush=True)
        os._exit(0)
PageCanvas.paintEvent = first_paint
from infographic_app.cli import main
main([])
"""

# Its peer in the fallback: an empty QMainWindow of the same size, timed the same way (from
# before the interpreter starts until its first paintEvent).
EMPTY_INSIDE_SCRIPT = """
import os, sys, time
start = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        print(time.time() - start, flush=True)
        os._exit(0)
app = QApplication(sys.argv[:1])
window = Window()
window.resize(1500, 950)
window.show()
app.exec()
"""


def report(name: str, value: object) -> None:
    print(f"{name}={value:.3f}" if isinstance(value, float) else f"{name}={value}", flush=True)


def brand_colours() -> tuple[int, int]:
    """The bundled theme's primary and paper colours as 0xRRGGBB values."""
    from infographic_app.model.theme import load_theme
    from infographic_app.paths import default_theme

    colours = load_theme(default_theme()).colours
    return tuple(int(colours[name].hex[1:], 16) for name in ("primary", "paper"))


def page_painted(frame: np.ndarray, primary: int, paper: int) -> bool:
    """Whether `frame` (0xRRGGBB values) shows the factsheet's page: see the module's
    docstring. The colours are compared exactly: the preview draws them as the theme has them."""
    band = frame == primary
    rows = np.flatnonzero(band.sum(axis=1) >= BAND_WIDTH_PX)
    if len(rows) < BAND_ROWS:
        return False
    columns = np.flatnonzero(band[rows].mean(axis=0) >= 0.8)
    if len(columns) < BAND_WIDTH_PX:
        return False
    below = frame[rows[-1] + 1:rows[-1] + 1 + PAPER_ROWS, columns[0]:columns[-1] + 1]
    return len(below) == PAPER_ROWS and (below == paper).mean() >= PAPER_SHARE


def window_drawn(frame: np.ndarray) -> bool:
    """Whether the window's area shows something drawn: not the black of the empty screen."""
    return (frame != 0).mean() >= DRAWN_SHARE


def save(frame: np.ndarray, path: Path) -> None:
    from PIL import Image

    Image.fromarray(x11_screen.rgb(frame)).save(path)


class Starts:
    """Launching commands on one X screen and timing what it shows."""

    def __init__(self, screen: x11_screen.Screen, display: str, frames: Path | None):
        self.screen = screen
        self.display = display
        self.frames = frames
        self.primary, self.paper = brand_colours()

    def environment(self, folder: str) -> dict[str, str]:
        env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb",
                   XDG_CONFIG_HOME=f"{folder}/config", XDG_DATA_HOME=f"{folder}/data")
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # .pyc kept, as installed
        return env

    def time(self, command: list[str], editor: bool, save_as: str | None,
             linger: float = 0.0) -> dict[str, float]:
        """Seconds from launching `command` to its window mapped ("mapped"), drawn ("drawn")
        and, for the editor, the page painted ("painted"). The process is killed `linger`
        seconds afterwards."""
        times: dict[str, float] = {}
        before = None
        with tempfile.TemporaryDirectory() as folder, \
                open(Path(folder) / "stderr", "w+") as errors:
            start = time.perf_counter()
            process = subprocess.Popen(command, env=self.environment(folder),
                                       stdout=subprocess.DEVNULL, stderr=errors)
            try:
                window = None
                for kind, changed in self.screen.events(start + TIMEOUT_S):
                    now = time.perf_counter() - start
                    if kind == "mapped" and window is None:
                        window, times["mapped"] = changed, now
                        self.screen.watch(window)  # and look at once: it may be drawn already
                    elif window is None or changed != window:
                        continue
                    frame = self.screen.grab(window)
                    if frame is None:
                        continue
                    if "drawn" not in times and window_drawn(frame):
                        times["drawn"] = now
                        if save_as and not editor:
                            save(frame, self.frames / f"{save_as}-drawn.png")
                    painted = page_painted(frame, self.primary, self.paper)
                    if painted and not editor:
                        raise AssertionError("the page test fired on the empty window")
                    if painted:
                        times["painted"] = now
                        if save_as:
                            save(frame, self.frames / f"{save_as}-painted.png")
                            if before is not None:
                                save(before, self.frames / f"{save_as}-before.png")
                        break
                    if not editor and "drawn" in times:
                        break
                    before = frame
            except TimeoutError:
                errors.seek(0)
                raise RuntimeError(f"{command[-1]}: nothing on screen after {TIMEOUT_S} s\n"
                                   + errors.read()[-2000:]) from None
            finally:
                time.sleep(linger)
                process.kill()
                process.wait()
                self.screen.forget()
        return times


def editor_command() -> list[str]:
    """The installed command next to this Python, else the package run as a module."""
    command = Path(sys.executable).with_name("infographic-app")
    return [str(command)] if command.exists() else [sys.executable, "-m", "infographic_app"]


def outside(starts: int, frames: Path | None) -> None:
    editor, empty = editor_command(), [sys.executable, "-c", EMPTY_WINDOW]
    results: dict[str, list[float]] = {}
    with x11_screen.virtual_screen() as display:
        screen = x11_screen.Screen(display)
        try:
            runs = Starts(screen, display, frames)
            for round_ in range(starts + 1):  # the first round is not measured
                order = [("start", editor, True), ("empty_qt_window", empty, False)]
                for name, command, is_editor in order[::1 if round_ % 2 else -1]:
                    save_as = ("editor" if is_editor else "empty") \
                        if frames and round_ == 1 else None
                    times = runs.time(command, is_editor, save_as,
                                      0.0 if round_ else WARM_UP_S)
                    if round_:
                        for kind, seconds in times.items():
                            results.setdefault(f"{name}_{kind}", []).append(seconds)
        finally:
            screen.close()
    median = {name: statistics.median(values) for name, values in results.items()}
    report("starts", starts)
    report("start_window_mapped_median_s", median["start_mapped"])
    report("start_window_drawn_median_s", median["start_drawn"])
    report("start_preview_painted_median_s", median["start_painted"])
    report("start_preview_painted_max_s", max(results["start_painted"]))
    report("empty_qt_window_mapped_median_s", median["empty_qt_window_mapped"])
    report("empty_qt_window_median_s", median["empty_qt_window_drawn"])
    report("start_preview_painted_vs_empty_qt_window",
           median["start_painted"] / median["empty_qt_window_drawn"])
    report("target_preview_painted_s", TARGET_PREVIEW_PAINTED_S)
    report("start_within_target",
           "yes" if median["start_painted"] <= TARGET_PREVIEW_PAINTED_S else "no")


def inside(starts: int) -> None:
    """The editor's first paint of its pages and an empty window's first paint, each timed
    inside its process, interleaved; the first round is not measured."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    results: dict[str, list[float]] = {"editor": [], "empty": []}
    for _ in range(starts + 1):
        for name, script in (("editor", INSIDE_SCRIPT), ("empty", EMPTY_INSIDE_SCRIPT)):
            with tempfile.TemporaryDirectory() as folder:
                done = subprocess.run([sys.executable, "-c", script, str(time.time()), folder],
                                      capture_output=True, text=True, check=True, env=env)
            results[name].append(float(done.stdout.strip().splitlines()[-1]))
    editor, empty = (statistics.median(results[name][1:]) for name in ("editor", "empty"))
    report("measured", "inside the process (no Xvfb): not what the screen shows")
    report("load", Path("/proc/loadavg").read_text().split()[0]
           if Path("/proc/loadavg").exists() else "?")
    report("inside_preview_painted_after_start_median_s", editor)
    report("inside_empty_qt_window_painted_median_s", empty)
    report("inside_preview_painted_vs_empty_qt_window", editor / empty)
    report("target_preview_painted_s", TARGET_PREVIEW_PAINTED_S)
    report("target_vs_empty_qt_window", TARGET_VS_EMPTY)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=9, help="measured starts of each")
    parser.add_argument("--frames", type=Path, help="save the detected frames here")
    parser.add_argument("--inside", action="store_true",
                        help="time inside the process even where Xvfb is installed")
    args = parser.parse_args()
    if args.frames:
        args.frames.mkdir(parents=True, exist_ok=True)
    if args.inside or not x11_screen.available():
        inside(args.starts)
    else:
        outside(args.starts, args.frames)


if __name__ == "__main__":
    main()
