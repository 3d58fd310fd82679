"""How long the editor's window stalls while it exports, as `name=value` lines.

Drives the real main window offscreen on a factsheet of --pages pages (the bundled one's pages
repeated with renamed ids, benchmarks/big_document.py). A timer ticks every millisecond on the
event loop; for each export (File → Export, the file dialog answered at once) the longest gap
between two ticks, from the click until the worker says it is done, is the longest time the
window could not answer (`*_stall_max_ms`; minus the 1 ms tick). Each target (print, screen)
is exported --runs times; medians of the runs' longest stalls and the longest of all, beside
the whole export's time, against `target_stall_ms`. The load average is quoted.

Runs on any checkout's code (PYTHONPATH=other/src) as long as the window has `export(kind)`
and `exporter.finished`.

    python benchmarks/export_stall.py [--pages 50] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET_STALL_MS = 25


def report(name: str, value: object) -> None:
    print(f"{name}={value:.2f}" if isinstance(value, float) else f"{name}={value}", flush=True)


def load() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def one_export(window, kind: str, path: Path) -> tuple[float, float]:
    """(longest gap between two ticks of a 1 ms timer, whole time), in milliseconds, of one
    export of `kind` to `path`, from the menu's click until the worker is done."""
    from PySide6.QtCore import QEventLoop, QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    done: list[str] = []

    def finished(*_):
        done.append("finished")
        loop.quit()

    def failed(_request, reason):
        done.append(reason)
        loop.quit()

    window.exporter.finished.connect(finished)
    window.exporter.failed.connect(failed)
    window.dialogs.export_path = lambda *_: path
    timer.start()
    start = time.perf_counter()
    ticks.append(start)
    window.export(kind)  # on the GUI thread: whatever it does before handing over counts
    loop.exec()
    end = time.perf_counter()
    timer.stop()
    window.exporter.finished.disconnect(finished)
    window.exporter.failed.disconnect(failed)
    if done != ["finished"]:
        sys.exit(f"the {kind} export failed: {done}")
    ticks.append(end)
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    return max(gaps) * 1000 - 1, (end - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from big_document import write_big_document
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from infographic_app.gui.main_window import MainWindow
    from infographic_app.gui.recovery import Recovery

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = write_big_document(args.pages, folder)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, Recovery(folder / "recovery"))
        window.dialogs.ask_despite_problems = lambda *_: True
        window.dialogs.ask_replace = lambda *_: True
        window.dialogs.error = lambda title, text: print(f"{title}: {text}", file=sys.stderr)
        for question in ("ask_restore", "ask_confirm_unchanged", "ask_save_changes"):
            setattr(window.dialogs, question, lambda *_, q=question: sys.exit(f"asked: {q}"))
        window.open_initial(source)
        window.show()
        QTest.qWait(3000)  # the first paint, checks and panels are done
        report("pages", len(window.session.scene.pages))
        report("runs", args.runs)
        report("load_before", load())
        longest: dict[str, list[float]] = {"print": [], "screen": []}
        whole: dict[str, list[float]] = {"print": [], "screen": []}
        for run in range(args.runs + 1):
            for kind in longest:
                stall, took = one_export(window, kind, folder / f"{kind}-{run}.pdf")
                if run:  # the first of each warms the imports and font caches
                    longest[kind].append(stall)
                    whole[kind].append(took)
                QTest.qWait(200)
        report("load_after", load())
        for kind in longest:
            report(f"{kind}_stall_max_ms_median", statistics.median(longest[kind]))
            report(f"{kind}_stall_max_ms_worst", max(longest[kind]))
            report(f"{kind}_export_ms_median", statistics.median(whole[kind]))
        worst = max(max(values) for values in longest.values())
        report("target_stall_ms", TARGET_STALL_MS)
        report("stall_within_target", "yes" if worst <= TARGET_STALL_MS else "no")
        window.session.undo_stack.setClean()
        window.close()
    app.processEvents()


if __name__ == "__main__":
    main()
