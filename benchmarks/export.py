"""Export speed of the bundled factsheet (data/factsheet-2019.yaml), as `name=value` lines.

In-process, each step is repeated --runs times and reported as the median, in milliseconds:
load (document + theme), layout (fonts already parsed; `layout_cold_ms` is the first layout,
font parsing included), preflight (print and screen), PDF paint for the print target into
memory (bare, and as the PDF/X file: `pdf_print_ms`), the read-back checks `--verify` adds
(`pdf_verify_print_ms`, `pdf_verify_screen_ms`), the atomic save of those bytes, and the
Qt paint of every page at 100 dpi. Whole-process, `infographic-app export
--target print` runs --process-runs times as a subprocess (median, min and max wall time),
with .pyc files kept as in an installed app, and once more without them
(`cli_print_export_no_pyc_wall_ms`: every module compiled anew, as on a machine where no
.pyc can be written or found), beside a bare `import reportlab.pdfgen.canvas` for what the
interpreter and ReportLab cost.

The exports' peer is `benchmarks/bare_reportlab_factsheet.py`, the same two pages drawn with
bare ReportLab (what it leaves out is listed at its top). The command line's print and screen
exports and the peer run interleaved (A B C A B C ...), --process-runs times each, with .pyc
files kept, so all see the same machine: `cli_print_vs_bare_reportlab` and
`cli_screen_vs_bare_reportlab` are ratios of their medians, against `target_cli_print_vs_bare`
and `target_cli_screen_vs_bare`; the load average is quoted before and after. `--also-src DIR`
adds the command line of another checkout's `src` (e.g. the commit before a change) to the same
interleaved runs (`other_cli_print_*`, `other_cli_screen_*`).

`yaml_*`: reading and writing the bundled file's YAML text, PyYAML (what the reader uses, and
today's writer for a new factsheet) beside ruamel.yaml's round-trip mode (load, dump), and a
whole save into the file's own text with one value changed (`save_into_original_ms`: round-trip
load, merge, dump and the read-back check) beside writing it anew (`save_anew_ms`).

`editions_case`: the bundled factsheet carried through 10 editions (10 earlier values per
figure), its load time, checks time and whole in-process screen export (load, layout, checks,
PDF) beside the bundled file's (`*_vs_bundled`: a ratio).

Medians, not means: the machine is shared and noisy (2 cores), and one stalled run should not
move the number. Qt is imported only after the PDF and subprocess measurements.

    python benchmarks/export.py [--runs 15] [--process-runs 9] [--also-src /other/src]
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from infographic_app.checks.report import check_for_targets
from infographic_app.export.pdf import pdf_bytes, pdf_info
from infographic_app.export.pdf_check import check_print_pdf, check_screen_pdf
from infographic_app.layout.engine import layout_document
from infographic_app.layout.fonts import FontSet
from infographic_app.model.reading import load_document
from infographic_app.model.storage import atomic_write
from infographic_app.model.theme import load_theme_for
from infographic_app.paths import default_document
from infographic_app.render.pdf_painter import paint_pdf

TARGETS = {"layout_ms": 10, "preflight_ms": 50, "cli_screen_export_wall_ms": 450,
           "cli_print_export_wall_ms": 600}
TARGET_CLI_VS_BARE = {"print": 1.3, "screen": 1.4}  # the whole export beside bare ReportLab
PEER = Path(__file__).resolve().parent / "bare_reportlab_factsheet.py"


def report(name: str, value: object) -> None:
    print(f"{name}={value:.2f}" if isinstance(value, float) else f"{name}={value}", flush=True)


def timed(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return (time.perf_counter() - start) * 1000, result


def median_ms(action, runs: int) -> float:
    return statistics.median(timed(action)[0] for _ in range(runs))


def wall_ms(command: list[str], runs: int, bytecode: bool = True) -> list[float]:
    """Wall times of `command`. With `bytecode`, Python may keep .pyc files, as in an installed
    app (pip compiles them at install time); a first, unmeasured run writes them."""
    return interleaved_ms({"": (command, {})}, runs, bytecode)[""]


def interleaved_ms(commands: dict[str, tuple[list[str], dict[str, str]]], runs: int,
                   bytecode: bool = True) -> dict[str, list[float]]:
    """Wall times of each named (command, extra environment), run in turn (A B A B ...) so
    that all see the same load on the machine; see wall_ms for `bytecode`."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not bytecode:  # nothing written, and nothing read: .pyc files are looked for only in
        # an empty folder (PYTHONDONTWRITEBYTECODE alone still reads those already there)
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="no-pyc-")
    else:
        for command, extra in commands.values():
            subprocess.run(command, capture_output=True, env=env | extra)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, extra) in commands.items():
            elapsed, done = timed(lambda c=command, e=extra: subprocess.run(
                c, capture_output=True, text=True, env=env | e))
            if done.returncode != 0:
                sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
            times[name].append(elapsed)
    return times


def report_wall(name: str, times: list[float]) -> None:
    report(f"{name}_ms", statistics.median(times))
    report(f"{name}_min_ms", min(times))
    report(f"{name}_max_ms", max(times))


def painted_pdf(scene, info) -> bytes:
    buffer = io.BytesIO()
    paint_pdf(scene, "print", buffer, info)
    return buffer.getvalue()


def save(path: Path, data: bytes) -> None:
    with atomic_write(path) as handle:
        handle.write(data)


def yaml_case(document, runs: int) -> None:
    """Load and save times of the bundled file's YAML: PyYAML beside ruamel.yaml round-trip."""
    import yaml
    from ruamel.yaml import YAML

    from infographic_app.model.storage import dump_yaml
    from infographic_app.model.writing import document_text, document_to_data

    text = default_document().read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    round_trip = YAML(typ="rt")
    tree = round_trip.load(text)
    data = document_to_data(document)
    report("yaml_pyyaml_load_ms", median_ms(lambda: yaml.load(text, Loader=loader), runs))
    report("yaml_ruamel_rt_load_ms", median_ms(lambda: round_trip.load(text), runs))
    report("yaml_pyyaml_dump_ms", median_ms(lambda: dump_yaml(data), runs))
    report("yaml_ruamel_rt_dump_ms", median_ms(lambda: round_trip.dump(tree, io.StringIO()), runs))
    document.figures["visitors_total"].value = 300
    try:
        report("save_anew_ms", median_ms(lambda: document_text(document), runs))
        report("save_into_original_ms", median_ms(lambda: document_text(document, text), runs))
    finally:
        document.figures["visitors_total"].value = 299


def editions_case(document, theme, runs: int) -> None:
    """The bundled factsheet carried through 10 new editions (2020 .. 2029, every figure with
    10 earlier values): its load, layout and checks beside the bundled file's."""
    from infographic_app.model.editions import confirm_unchanged, start_edition
    from infographic_app.model.writing import save_document

    later = document
    for year in range(2020, 2030):
        later = start_edition(later, year)
        confirm_unchanged(later, list(later.figures))
    fonts = FontSet(theme)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "factsheet-2029.yaml"
        save_document(later, path)
        report("editions_history_values", sum(len(f.history) for f in later.figures.values()))
        bundled = median_ms(lambda: load_document(default_document()), runs)
        ten = median_ms(lambda: load_document(path), runs)
        report("load_document_ms", bundled)
        report("load_document_10_editions_ms", ten)
        report("load_10_editions_vs_bundled", ten / bundled)
        loaded = load_document(path)
        scene = layout_document(loaded, theme, fonts)
        plain = layout_document(document, theme, fonts)
        checks = median_ms(lambda: check_for_targets(document, plain, theme,
                                                     ("print", "screen")), runs)
        checks_ten = median_ms(lambda: check_for_targets(loaded, scene, theme,
                                                         ("print", "screen")), runs)
        report("checks_10_editions_vs_bundled", checks_ten / checks)

        def export(source: Path) -> bytes:
            loaded = load_document(source)
            scene = layout_document(loaded, theme, fonts)
            check_for_targets(loaded, scene, theme, ("screen",))
            return pdf_bytes(loaded, theme, "screen", scene=scene)

        whole = median_ms(lambda: export(default_document()), runs)
        whole_ten = median_ms(lambda: export(path), runs)
        report("screen_export_in_process_ms", whole)
        report("screen_export_in_process_10_editions_ms", whole_ten)
        report("screen_export_10_editions_vs_bundled", whole_ten / whole)


def load() -> str:
    return Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"


def against_peer(cli: list[str], tmp: Path, args: argparse.Namespace) -> dict[str, list[float]]:
    """The command line's print and screen exports and the bare ReportLab script, interleaved
    (and another checkout's command line with --also-src); returns every command's times."""
    screen = [*cli[:-1], "screen"]
    commands = {"cli_print": (cli, {}), "cli_screen": (screen, {}),
                "bare": ([sys.executable, str(PEER), str(tmp / "bare.pdf")], {})}
    if args.also_src:
        other = {"PYTHONPATH": str(args.also_src.resolve())}
        at = cli.index("-o") + 1
        commands["other_cli_print"] = ([*cli[:at], str(tmp / "other.pdf"), *cli[at + 1:]], other)
        commands["other_cli_screen"] = ([*screen[:at], str(tmp / "other.pdf"),
                                         *screen[at + 1:]], other)
    report("load_before", load())
    times = interleaved_ms(commands, args.process_runs)
    report("load_after", load())
    bare = statistics.median(times["bare"])
    report_wall("bare_reportlab_print_wall", times["bare"])
    if args.also_src:
        report("other_src", str(args.also_src))
    for name in commands:
        if name == "bare":
            continue
        report_wall(f"{name}_export_wall", times[name])
        report(f"{name}_vs_bare_reportlab", statistics.median(times[name]) / bare)
    for target, ratio in TARGET_CLI_VS_BARE.items():
        report(f"target_cli_{target}_vs_bare", ratio)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="in-process repetitions")
    parser.add_argument("--process-runs", type=int, default=9, help="subprocess repetitions")
    parser.add_argument("--also-src", type=Path,
                        help="another checkout's src folder whose command line to time as well")
    args = parser.parse_args()
    doc = default_document()
    report("runs", args.runs)
    report("process_runs", args.process_runs)
    report("python", platform.python_version())
    report("cpu_count", os.cpu_count())
    # Both change the numbers: no .pyc cache means recompiling every module in each subprocess;
    # without ReportLab's C accelerator (package rl_accel) number formatting runs in Python.
    report("dont_write_bytecode", int(sys.flags.dont_write_bytecode))
    report("reportlab_accel", "yes" if importlib.util.find_spec("_rl_accel") else "no")

    document = load_document(doc)
    theme = load_theme_for(document)
    report("load_ms", median_ms(lambda: load_theme_for(load_document(doc)), args.runs))

    yaml_case(document, args.runs)
    editions_case(document, theme, args.runs)

    cold, _ = timed(lambda: layout_document(document, theme, FontSet(theme)))
    report("layout_cold_ms", cold)
    fonts = FontSet(theme)
    scene = layout_document(document, theme, fonts)
    layout = median_ms(lambda: layout_document(document, theme, fonts), args.runs)
    report("layout_ms", layout)

    preflight = median_ms(lambda: check_for_targets(document, scene, theme,
                                                    ("print", "screen")), args.runs)
    report("preflight_ms", preflight)

    info = pdf_info(document)
    report("pdf_paint_ms", median_ms(lambda: painted_pdf(scene, info), args.runs))
    standard = theme.printing.standard
    report("pdf_print_ms", median_ms(lambda: pdf_bytes(document, theme, "print", scene=scene),
                                     args.runs))
    report("pdf_screen_ms", median_ms(lambda: pdf_bytes(document, theme, "screen", scene=scene),
                                      args.runs))
    data = pdf_bytes(document, theme, "print", scene=scene)
    screen = pdf_bytes(document, theme, "screen", scene=scene)
    report("pdf_verify_print_ms", median_ms(lambda: check_print_pdf(data, standard), args.runs))
    report("pdf_verify_screen_ms", median_ms(lambda: check_screen_pdf(screen), args.runs))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.pdf"
        report("pdf_save_ms", median_ms(lambda: save(out, data), args.runs))
        report("pdf_bytes", len(data))

        cli = [sys.executable, "-m", "infographic_app", "export", str(doc), "-o", str(out),
               "--target", "print"]
        times = against_peer(cli, Path(tmp), args)
        cli_times, screen_times = times["cli_print"], times["cli_screen"]
        report_wall("cli_print_export_no_pyc_wall", wall_ms(cli, args.process_runs, False))
        baseline = [sys.executable, "-c", "import reportlab.pdfgen.canvas"]
        report_wall("python_reportlab_import_wall", wall_ms(baseline, args.process_runs))

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from infographic_app.render.qt_painter import QtPainter, ensure_gui_application, render_page

    ensure_gui_application()
    painter = QtPainter(scene.resources)
    for index in range(len(scene.pages)):
        render_page(scene, index, 100, painter=painter)  # glyph caches warm
        report(f"qt_paint_page{index + 1}_ms",
               median_ms(lambda i=index: render_page(scene, i, 100, painter=painter),
                         args.runs))

    measured = {"layout_ms": layout, "preflight_ms": preflight,
                "cli_screen_export_wall_ms": statistics.median(screen_times),
                "cli_print_export_wall_ms": statistics.median(cli_times)}
    for name, target in TARGETS.items():
        report(f"target_{name}", target)
        report(f"{name.removesuffix('_ms')}_within_target",
               "yes" if measured[name] <= target else "no")


if __name__ == "__main__":
    main()
