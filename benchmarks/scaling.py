"""Load, layout and check of big factsheets, as `name=value` lines: does it grow linearly?

Builds documents of 2, 10, 20, 50 and 200 pages from the bundled factsheet (its pages
repeated with renamed ids: benchmarks/big_document.py) and times, for each, what every export,
check and editor start pays: `load_document` (YAML, validation, source map), `layout_document`
(fonts parsed once beforehand, as in an editor or a batch) and `check_for_targets` for print
and screen. Medians of --runs runs per size, in milliseconds; then a least-squares fit
`a + b*N` (`fitted_ms_per_page` is b), a fit `a + b*N + c*N^2` for the squared term, and
`ratio_200_to_20`: time(200 pages) / time(20 pages), linear growth gives about 10.

    python benchmarks/scaling.py [--runs 5] [--sizes 2,10,20,50,200]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from big_document import write_big_document  # noqa: E402

from infographic_app.checks.report import check_for_targets  # noqa: E402
from infographic_app.layout.engine import layout_document  # noqa: E402
from infographic_app.layout.fonts import FontSet  # noqa: E402
from infographic_app.model.reading import load_document  # noqa: E402
from infographic_app.model.theme import load_theme_for  # noqa: E402

TARGET_RATIO = 11


def report(name: str, value: object) -> None:
    print(f"{name}={value:.3f}" if isinstance(value, float) else f"{name}={value}", flush=True)


def one_run(path: Path, fonts: FontSet) -> dict[str, float]:
    times = {}
    start = time.perf_counter()
    document = load_document(path)
    theme = load_theme_for(document)
    times["load"] = time.perf_counter() - start
    mark = time.perf_counter()
    scene = layout_document(document, theme, fonts)
    times["layout"] = time.perf_counter() - mark
    mark = time.perf_counter()
    check_for_targets(document, scene, theme, ("print", "screen"))
    times["check"] = time.perf_counter() - mark
    times["total"] = time.perf_counter() - start
    return {name: seconds * 1000 for name, seconds in times.items()}


def fit(xs: list[float], ys: list[float], degree: int) -> list[float]:
    """Least-squares polynomial coefficients, lowest power first (normal equations)."""
    size = degree + 1
    matrix = [[sum(x ** (i + j) for x in xs) for j in range(size)] for i in range(size)]
    vector = [sum(y * x ** i for x, y in zip(xs, ys, strict=True)) for i in range(size)]
    for col in range(size):  # Gauss-Jordan
        pivot = max(range(col, size), key=lambda r: abs(matrix[r][col]))
        matrix[col], matrix[pivot] = matrix[pivot], matrix[col]
        vector[col], vector[pivot] = vector[pivot], vector[col]
        for row in range(size):
            if row != col:
                factor = matrix[row][col] / matrix[col][col]
                matrix[row] = [a - factor * b
                               for a, b in zip(matrix[row], matrix[col], strict=True)]
                vector[row] -= factor * vector[col]
    return [vector[i] / matrix[i][i] for i in range(size)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="2,10,20,50,200")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    totals = {}
    with tempfile.TemporaryDirectory() as folder:
        paths = {n: write_big_document(n, Path(folder)) for n in sizes}
        document = load_document(paths[sizes[0]])
        fonts = FontSet(load_theme_for(document))
        one_run(paths[sizes[0]], fonts)  # warm: fonts parsed, modules imported
        for n in sizes:
            runs = [one_run(paths[n], fonts) for _ in range(args.runs)]
            for step in ("load", "layout", "check", "total"):
                report(f"pages_{n}_{step}_ms", statistics.median(r[step] for r in runs))
            totals[n] = statistics.median(r["total"] for r in runs)
    xs, ys = [float(n) for n in totals], list(totals.values())
    intercept, slope = fit(xs, ys, 1)
    report("fitted_ms_per_page", slope)
    report("fitted_intercept_ms", intercept)
    if len(xs) >= 3:
        quadratic = fit(xs, ys, 2)
        report("fitted_quadratic_ms_per_page", quadratic[1])
        report("fitted_quadratic_ms_per_page_squared", quadratic[2])
    if 20 in totals and 200 in totals:
        ratio = totals[200] / totals[20]
        report("ratio_200_to_20", ratio)
        report("target_ratio", TARGET_RATIO)
        report("scaling_within_target", "yes" if ratio <= TARGET_RATIO else "no")


if __name__ == "__main__":
    main()
