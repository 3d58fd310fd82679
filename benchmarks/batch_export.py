"""Exporting many factsheets: one `infographic-app export ... --outdir` call for all of them
beside one call per factsheet, as `name=value` lines.

The bundled factsheet is written --editions times (each with its own number of visitors, so no
two are the same file), then exported to print PDFs (or --target screen) both ways, in turns
(one call for all, then the single calls, --runs times), with .pyc files kept as in an
installed app. Reported: the medians of the whole batch in milliseconds, per factsheet, and the
ratio `batch_vs_single_calls`.

    python benchmarks/batch_export.py [--editions 20] [--runs 5] [--target print]
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

from infographic_app.paths import default_document


def report(name: str, value: object) -> None:
    print(f"{name}={value:.2f}" if isinstance(value, float) else f"{name}={value}", flush=True)


def editions(folder: Path, count: int) -> list[Path]:
    """`count` copies of the bundled factsheet, edition-01.yaml ..., each with its own total
    of visitors (and the visitors asking for someone else, so the parts still add up)."""
    text = default_document().read_text(encoding="utf-8")
    paths = []
    for number in range(1, count + 1):
        path = folder / f"edition-{number:02}.yaml"
        path.write_text(text.replace("    value: 299\n", f"    value: {299 + number}\n", 1)
                        .replace("    value: 34\n", f"    value: {34 + number}\n", 1),
                        encoding="utf-8")
        paths.append(path)
    return paths


def run(commands: list[list[str]], env: dict[str, str]) -> float:
    """Milliseconds to run `commands` one after the other; any failure ends the benchmark."""
    start = time.perf_counter()
    for command in commands:
        done = subprocess.run(command, capture_output=True, text=True, env=env)
        if done.returncode != 0:
            sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--editions", type=int, default=20, help="factsheets per batch")
    parser.add_argument("--runs", type=int, default=5, help="repetitions of each way")
    parser.add_argument("--target", choices=("print", "screen"), default="print")
    args = parser.parse_args()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cli = [sys.executable, "-m", "infographic_app", "export"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sources = editions(folder, args.editions)
        out = folder / "out"
        out.mkdir()
        batch = [[*cli, *map(str, sources), "--outdir", str(out), "--target", args.target]]
        single = [[*cli, str(source), "-o", str(out / f"{source.stem}.pdf"), "--target",
                   args.target] for source in sources]
        run(single[:1], env)  # .pyc files written
        times: dict[str, list[float]] = {"batch": [], "single": []}
        for _ in range(args.runs):
            times["batch"].append(run(batch, env))
            times["single"].append(run(single, env))
    report("editions", args.editions)
    report("runs", args.runs)
    report("target", args.target)
    batch_ms, single_ms = (statistics.median(times[k]) for k in ("batch", "single"))
    report("batch_export_ms", batch_ms)
    report("single_calls_export_ms", single_ms)
    report("batch_per_factsheet_ms", batch_ms / args.editions)
    report("single_call_per_factsheet_ms", single_ms / args.editions)
    report("batch_vs_single_calls", batch_ms / single_ms)


if __name__ == "__main__":
    main()
