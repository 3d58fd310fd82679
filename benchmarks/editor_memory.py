"""Memory of the editor per page of the factsheet, as `name=value` lines.

For each size (2, 10 and 50 pages by default; big_document.py repeats the bundled factsheet's
two pages) a fresh process opens the real main window offscreen, as `infographic-app` would
(settings and recovery copies in a temporary folder), shows it at 1500x950, waits until the
preview has painted and the deferred work has run (the forms, the checks, the figure panel
with pyqtgraph), then reads the document as a user does: the preview scrolled through every
page, from the first to the last, a click on an element of the last page (its field gets the
cursor) and a few keys typed there. Then it reports the resident memory: `current` (VmRSS
from /proc/self/status) and `peak` (ru_maxrss), in MB.

The empty-window baseline is the same window, shown at the same size and given the same time
for its deferred work (the figure panel loads without a first paint after START_WAIT_MS),
with no factsheet opened at all: what the program costs before it holds any page.
`mb_per_page` is the least-squares slope of the current memory over the sizes (what one more
page costs); `pages_N_mb_per_page_over_baseline` is (memory at N pages - baseline) / N, which
also counts what any open factsheet costs once (fonts, the layout code, the checks).

The machine is shared and noisy: each size runs in its own process, `--repeat` times, and the
medians are reported.

    python benchmarks/editor_memory.py [--sizes 2,10,50] [--repeat 1] [--trace N]

--trace N prints, per size, the N biggest Python allocation sites (tracemalloc, which slows
the run and adds its own memory: for finding where the memory goes, not for the numbers) and
the widgets alive by class.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

TARGET_MB_PER_PAGE = 1
WIDTH, HEIGHT = 1500, 950


def report(name: str, value: object) -> None:
    print(f"{name}={value:.2f}" if isinstance(value, float) else f"{name}={value}", flush=True)


def rss_mb() -> float:
    """The process's resident memory now, in MB (VmRSS)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def settle(app, seconds: float) -> None:
    """Run the event loop for `seconds`, as a window left alone would."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def read_through(app, window) -> None:
    """Scroll the preview from the first page to the last, painting each; then click an
    element on the last page and type a few keys into the field that gets the cursor."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    preview = window.preview
    bar = preview.verticalScrollBar()
    places = preview.page_places()
    for origin, _ in places:
        bar.setValue(int(origin.y()))
        app.processEvents()
        preview.canvas.repaint()
    origin, size = places[-1]
    point = QPoint(int(origin.x() + size.width() * 0.3), int(origin.y() + size.height() * 0.2))
    for _ in range(40):  # down the page until the click lands on an element
        if preview.element_at(point.toPointF()):
            break
        point += QPoint(0, int(size.height() / 50))
    bar.setValue(max(0, point.y() - preview.viewport().height() // 2))
    app.processEvents()
    QTest.mouseClick(preview.canvas, Qt.MouseButton.LeftButton, pos=point)
    app.processEvents()
    editor = QApplication.focusWidget()
    if editor is not None and editor is not preview.canvas:
        for key in ("7", Qt.Key.Key_Backspace, "e", Qt.Key.Key_Backspace):
            QTest.keyClick(editor, key)
            app.processEvents()
            preview.canvas.repaint()
    settle(app, 1.0)  # the checks and the side panels follow the typing


def child(pages: int, trace: int) -> None:
    """One measured window (pages=0: no factsheet opened), reporting in this process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if trace:
        import tracemalloc

        tracemalloc.start(8)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from infographic_app.gui.main_window import START_WAIT_MS, MainWindow
    from infographic_app.gui.recovery import Recovery

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = folder + "/config"
        os.environ["XDG_DATA_HOME"] = folder + "/data"
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, Recovery(Path(folder) / "recovery"))
        if pages:
            sys.path.insert(0, str(Path(__file__).parent))
            from big_document import write_big_document

            window.files.open_path(write_big_document(pages, Path(folder)))
        window.resize(WIDTH, HEIGHT)
        window.show()
        settle(app, START_WAIT_MS / 1000 + 1.5)  # first paint, forms, checks, figure panel
        if pages:
            read_through(app, window)
        import gc

        gc.collect()
        app.processEvents()
        report("rss_mb", rss_mb())
        report("peak_mb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        widgets = QApplication.allWidgets()
        report("widgets", len(widgets))
        if trace:
            import tracemalloc

            snapshot = tracemalloc.take_snapshot()
            for stat in snapshot.statistics("traceback")[:trace]:
                frame = stat.traceback[-1]
                print(f"# {stat.size / 1024:9.0f} KiB {stat.count:7d}  "
                      f"{frame.filename.split('site-packages/')[-1]}:{frame.lineno}")
            for name, count in Counter(type(w).__name__ for w in widgets).most_common(12):
                print(f"# {count:6d} {name}")
        window.session.undo_stack.setClean()
        os._exit(0)  # the numbers are out; tearing a big window down is not measured


def measure(pages: int, trace: int) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--child", str(pages), "--trace",
                           str(trace)], capture_output=True, text=True, check=True)
    values = {}
    for line in done.stdout.splitlines():
        if line.startswith("#"):
            print(f"# pages={pages} {line[2:]}")
        elif "=" in line:
            name, value = line.split("=", 1)
            values[name] = float(value)
    return values


def slope(xs: list[float], ys: list[float]) -> float:
    """The least-squares slope of ys over xs."""
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    covariance = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    return covariance / sum((x - mx) ** 2 for x in xs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2,10,50", help="page counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="processes per size")
    parser.add_argument("--trace", type=int, default=0,
                        help="print this many allocation sites and widget classes per size")
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child, args.trace)
        return

    sizes = [int(size) for size in args.sizes.split(",")]
    results: dict[int, dict[str, float]] = {}
    for pages in [0, *sizes]:
        runs = [measure(pages, args.trace) for _ in range(args.repeat)]
        results[pages] = {name: statistics.median(run[name] for run in runs)
                          for name in runs[0]}
    baseline = results[0]["rss_mb"]
    report("baseline_rss_mb", baseline)
    report("baseline_peak_mb", results[0]["peak_mb"])
    report("baseline_widgets", int(results[0]["widgets"]))
    for pages in sizes:
        report(f"pages_{pages}_rss_mb", results[pages]["rss_mb"])
        report(f"pages_{pages}_peak_mb", results[pages]["peak_mb"])
        report(f"pages_{pages}_widgets", int(results[pages]["widgets"]))
        report(f"pages_{pages}_mb_per_page_over_baseline",
               (results[pages]["rss_mb"] - baseline) / pages)
    per_page = slope(sizes, [results[pages]["rss_mb"] for pages in sizes]) \
        if len(sizes) > 1 else (results[sizes[0]]["rss_mb"] - baseline) / sizes[0]
    report("mb_per_page", per_page)
    report("peak_mb_per_page", slope(sizes, [results[p]["peak_mb"] for p in sizes])
           if len(sizes) > 1 else (results[sizes[0]]["peak_mb"] - baseline) / sizes[0])
    report("target_mb_per_page", TARGET_MB_PER_PAGE)
    report("memory_within_target", "yes" if per_page <= TARGET_MB_PER_PAGE else "no")


if __name__ == "__main__":
    main()
