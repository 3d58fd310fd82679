"""Typing latency of the editor: from a key press to the repainted preview, as `name=value` lines.

Drives the real main window offscreen on the bundled 2019 factsheet. It types 200 keys into a
figure field and 200 into a text field (alternating a character and a backspace, so the
factsheet stays the same size) and measures, for each key, the time from sending the key event
until the preview has been laid out, painted into its page images and repainted on screen:
once with the keys one after the other at once (`*_edit_*`), once paced as a person types, a
key due every --pace-ms (`*_paced_*`, timed from when the key was due, so the work the editor
does when typing pauses, checks and side panels, counts when a key has to wait for it).
Then a structural edit: a tile added with the '+' of its form, timed from the click until the
preview has been laid out and repainted (`structure_edit_*`), and until the new tile's field
in the forms has the cursor (`structure_settled_*`: the forms follow the preview); each is
undone, untimed, so the factsheet stays the same.
Also the peak memory of the typing run. The editor's start, as the screen shows it, is
measured by benchmarks/editor_start.py.

Medians and 95th percentiles, not means: the machine is shared and noisy (2 cores).

With --pages N the typing runs on a factsheet of N pages (the bundled one's pages repeated
with renamed ids, benchmarks/big_document.py); the keys go to the first copy's fields.

With --also-src DIR the same runs are made, --rounds times, in a fresh process each, of this
checkout and of another checkout's `src` (e.g. main's) one after the other, so both see the
same load on the shared machine; each number is then reported for both (`this_*`, `other_*`),
over the keys of all rounds, with the load average before and after.

    python benchmarks/preview_latency.py [--keys 200] [--edits 40] [--pages N] [--pace-ms 200]
                                         [--also-src /other/src --rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_P95_MS = 16
TARGET_STRUCTURE_P95_MS = 50
TARGET_MEMORY_MB = 200

def report(name: str, value: object) -> None:
    print(f"{name}={value:.2f}" if isinstance(value, float) else f"{name}={value}", flush=True)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def typing_latencies(window, field: str, keys: int, pace_ms: float = 0) -> list[float]:
    """Milliseconds from each key to the repainted preview. With `pace_ms`, a key is due
    every pace_ms, as a person types (200 ms: 60 words a minute), and the event loop runs
    in between, so the work the editor does when typing pauses (checks, side panels, the
    recovery copy) runs too; a key is timed from when it was due, so the wait behind that
    work counts. Without, keys follow one another at once and that work never runs."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    editor = window.forms.editor_for(field)
    editor.setFocus()
    if hasattr(editor, "end"):
        editor.end(False)
    else:
        editor.moveCursor(editor.textCursor().MoveOperation.End)
    QTest.qWait(1000)  # what focusing the field set off is done
    times = []
    first = time.perf_counter()
    for index in range(keys):
        start = first + index * pace_ms / 1000 if pace_ms else time.perf_counter()
        while time.perf_counter() < start:
            QApplication.processEvents()
            time.sleep(0.001)
        if index % 2 == 0:
            QTest.keyClick(editor, "7" if field.startswith("figures.") else "e")
        else:
            QTest.keyClick(editor, Qt.Key.Key_Backspace)
        QApplication.processEvents()  # the re-layout runs on the next event-loop turn
        window.preview.canvas.repaint()  # and the preview shows it
        times.append((time.perf_counter() - start) * 1000)
    return times


def structure_latencies(window, edits: int) -> tuple[list[float], list[float]]:
    """Milliseconds from a click on a tile's 'add after' button to the repainted preview, and
    to the new tile's field in the forms having the cursor (the forms follow the preview)."""
    from PySide6.QtWidgets import QApplication, QToolButton

    tile = "blocks.key_figures.tiles.visitors"
    window.forms.ensureWidgetVisible(window.forms.editor_for(tile))  # the user scrolls to it
    preview, settled = [], []
    for _ in range(edits):
        button = window.forms.findChild(QToolButton,
                                        f"entry_add_after:{tile}")
        start = time.perf_counter()
        button.click()
        QApplication.processEvents()  # the re-layout (and, before, the forms' rebuild)
        window.preview.canvas.repaint()
        preview.append((time.perf_counter() - start) * 1000)
        while not _new_tile_focused(window) and time.perf_counter() - start < 5:
            QApplication.processEvents()
        settled.append((time.perf_counter() - start) * 1000)
        window.session.undo_stack.undo()
        _settle(window)
    return preview, settled


def _new_tile_focused(window) -> bool:
    from PySide6.QtWidgets import QApplication

    focused = QApplication.focusWidget()
    return focused is not None and ".tiles.new_tile." in str(focused.property("field"))


def _settle(window) -> None:
    """Let the re-layout and the forms follow an edit, untimed."""
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
    while window.forms._rebuild_timer.isActive() or window.session._relayout_timer.isActive():
        QApplication.processEvents()


def open_big_document(window, pages: int, folder: str) -> None:
    """Open a factsheet of `pages` pages built from the bundled one, as File > Open would."""
    sys.path.insert(0, str(Path(__file__).parent))
    from big_document import write_big_document

    window.files.open_path(write_big_document(pages, Path(folder)))


def load() -> str:
    """The load average of the last minute, as /proc/loadavg says it."""
    return Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"


def interleaved(args: argparse.Namespace) -> None:
    """This checkout and the one at --also-src, run one after the other --rounds times (which
    goes first alternates), each in a process of its own; the keys of all rounds pooled."""
    sources = {"this": Path(__file__).resolve().parent.parent / "src",
               "other": args.also_src.resolve()}
    pooled: dict[str, dict[str, list[float]]] = {name: {} for name in sources}
    report("other_src", str(sources["other"]))
    report("load_before", load())
    with tempfile.TemporaryDirectory() as folder:
        for round_number in range(args.rounds):
            order = list(sources) if round_number % 2 == 0 else list(sources)[::-1]
            for name in order:
                raw = Path(folder) / f"{name}.json"
                subprocess.run([sys.executable, __file__, "--keys", str(args.keys),
                                "--edits", str(args.edits), "--pages", str(args.pages),
                                "--pace-ms", str(args.pace_ms), "--raw", str(raw)],
                               env={**os.environ, "PYTHONPATH": str(sources[name])},
                               check=True, stdout=subprocess.DEVNULL)
                for key, times in json.loads(raw.read_text()).items():
                    pooled[name].setdefault(key, []).extend(times)
            report(f"load_after_round_{round_number + 1}", load())
    for name, results in pooled.items():
        for key, times in results.items():
            if key == "peak_memory_mb":
                report(f"{name}_peak_memory_mb", max(times))
                continue
            report(f"{name}_{key}_median_ms", statistics.median(times))
            report(f"{name}_{key}_p95_ms", percentile(times, 0.95))
    report("target_p95_ms", TARGET_P95_MS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=200, help="keys typed into each field")
    parser.add_argument("--edits", type=int, default=40, help="structural edits to time")
    parser.add_argument("--pages", type=int, default=0,
                        help="type into a factsheet of this many pages (0: the bundled one)")
    parser.add_argument("--pace-ms", type=float, default=200,
                        help="a key every this many ms in the paced typing runs")
    parser.add_argument("--also-src", type=Path,
                        help="another checkout's src folder to run interleaved with this one")
    parser.add_argument("--rounds", type=int, default=3,
                        help="with --also-src: runs of each checkout")
    parser.add_argument("--raw", type=Path, help="also write every time measured (JSON)")
    args = parser.parse_args()
    if args.also_src:
        interleaved(args)
        return

    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from infographic_app.gui.main_window import MainWindow
    from infographic_app.gui.recovery import Recovery

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, Recovery(Path(folder) / "recovery"))
        window.files.open_initial(None)
        if args.pages:
            open_big_document(window, args.pages, folder)
            report("pages", len(window.session.document.pages))
        window.resize(1500, 950)
        window.show()
        app.processEvents()
        QTest.qWait(3000)  # what loads after the first paint has loaded
        results = {}
        for name, field in (("figure", "figures.visitors_total.value"),
                            ("text", "blocks.about.text")):
            for run, pace in (("edit", 0), ("paced", args.pace_ms)):
                times = typing_latencies(window, field, args.keys, pace)
                results[f"{name}_{run}"] = times
                report(f"{name}_{run}_keys", len(times))
                report(f"{name}_{run}_median_ms", statistics.median(times))
                report(f"{name}_{run}_p95_ms", percentile(times, 0.95))
                report(f"{name}_{run}_max_ms", max(times))
        structure, settled = structure_latencies(window, args.edits)
        report("structure_edit_count", len(structure))
        if structure:  # none with --edits 0
            report("structure_edit_median_ms", statistics.median(structure))
            report("structure_edit_p95_ms", percentile(structure, 0.95))
            report("structure_edit_max_ms", max(structure))
            report("structure_settled_median_ms", statistics.median(settled))
            report("structure_settled_p95_ms", percentile(settled, 0.95))
        window.session.undo_stack.setClean()
        window.close()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report("peak_memory_mb", peak_mb)
    if args.raw:
        args.raw.write_text(json.dumps({**results, "structure_edit": structure,
                                        "structure_settled": settled,
                                        "peak_memory_mb": [peak_mb]}))
    report("target_p95_ms", TARGET_P95_MS)
    report("target_peak_memory_mb", TARGET_MEMORY_MB)
    report("target_structure_p95_ms", TARGET_STRUCTURE_P95_MS)
    within = all(percentile(t, 0.95) <= TARGET_P95_MS for t in results.values())
    report("typing_within_target", "yes" if within else "no")
    if structure:
        report("structure_within_target",
               "yes" if percentile(structure, 0.95) <= TARGET_STRUCTURE_P95_MS else "no")
    report("memory_within_target", "yes" if peak_mb <= TARGET_MEMORY_MB else "no")


if __name__ == "__main__":
    main()
