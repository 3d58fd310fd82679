"""Smoke test of a built bundle, on Linux, Windows and macOS alike (CI, or by hand):

    python packaging/smoke_test.py [BUNDLE]

BUNDLE: dist/infographic-app (Linux, Windows) or "dist/Factsheet studio.app" (macOS); the
default is the one this platform builds. Runs --version, check, the print, screen and PNG
exports of the bundled factsheet, compares the print PDF with the development install's
(when this Python has the app), finds the third-party notices inside, and starts the editor
offscreen for a few seconds. Every run has its own home and data folders. Exit 1, saying
what failed, on any failure or any traceback or error in the output or the app's log.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTSHEET = ROOT / "data" / "factsheet-2019.yaml"
EDITOR_SECONDS = 8
TROUBLE = re.compile(r"traceback|error|critical", re.IGNORECASE)


def programs(bundle: Path) -> tuple[Path, Path]:
    """The command line and the editor of `bundle` on this platform."""
    if sys.platform == "win32":
        return bundle / "infographic-app.exe", bundle / "Factsheet studio.exe"
    if sys.platform == "darwin":
        macos = bundle / "Contents" / "MacOS"
        return macos / "infographic-app", macos / "Factsheet studio"
    return bundle / "infographic-app", bundle / "infographic-app"


def isolated_environment(home: Path) -> dict[str, str]:
    """The environment with a home, settings and data folders of this run only."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
               LOCALAPPDATA=str(home / "AppData" / "Local"),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_CACHE_HOME=str(home / ".cache"))
    for folder in ("AppData/Roaming", "AppData/Local", ".config", ".local/share", ".cache"):
        (home / folder).mkdir(parents=True, exist_ok=True)
    return env


def run(program: Path, *args: object, env: dict[str, str]) -> str:
    done = subprocess.run([str(program), *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=300)
    output = done.stdout + done.stderr
    if done.returncode != 0:
        raise SystemExit(f"FAIL: {program.name} {' '.join(map(str, args))} ended with "
                         f"{done.returncode}:\n{output}")
    print(output, end="")
    return output


def main() -> int:
    default = "dist/Factsheet studio.app" if sys.platform == "darwin" else "dist/infographic-app"
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / default)
    cli, editor = programs(bundle)
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        env = isolated_environment(work / "home")
        run(cli, "--version", env=env)
        run(cli, "check", FACTSHEET, env=env)
        run(cli, "export", FACTSHEET, "-o", work / "print.pdf", env=env)
        run(cli, "export", FACTSHEET, "--target", "screen", "-o", work / "screen.pdf", env=env)
        run(cli, "export", FACTSHEET, "--dpi", "72", "-o", work / "page.png", env=env)
        for name in ("print.pdf", "screen.pdf", "page-1.png", "page-2.png"):
            if not (work / name).is_file() or not (work / name).stat().st_size:
                raise SystemExit(f"FAIL: no {name}")
        compare_with_development_install(work, env)
        notices = list(bundle.rglob("THIRD-PARTY-NOTICES"))
        if not notices or "PySide6" not in notices[0].read_text(encoding="utf-8"):
            raise SystemExit("FAIL: the bundle has no third-party notices naming Qt")
        start_editor(editor, work, env)
    print(f"smoke test passed: {bundle}")
    return 0


def compare_with_development_install(work: Path, env: dict[str, str]) -> None:
    """The bundle's print PDF equals the one this Python's install writes, when it has one."""
    try:
        import infographic_app  # noqa: F401
    except ImportError:
        return
    subprocess.run([sys.executable, "-m", "infographic_app", "export", str(FACTSHEET), "-o",
                    str(work / "venv-print.pdf")], check=True, env=env, timeout=300)
    if (work / "print.pdf").read_bytes() != (work / "venv-print.pdf").read_bytes():
        raise SystemExit("FAIL: the bundle's print PDF differs from the development install's")
    print("the bundle's print PDF equals the development install's")


def start_editor(editor: Path, work: Path, env: dict[str, str]) -> None:
    """The editor runs for EDITOR_SECONDS (the figure panel loads after the window shows)
    without ending and without an error in its output or log."""
    with open(work / "editor.out", "w", encoding="utf-8") as out:
        process = subprocess.Popen([str(editor)], stdout=out, stderr=subprocess.STDOUT, env=env)
        try:
            code = process.wait(EDITOR_SECONDS)
        except subprocess.TimeoutExpired:
            code = None
            process.kill()
            process.wait()
    said = (work / "editor.out").read_text(encoding="utf-8", errors="replace")
    if code is not None:
        raise SystemExit(f"FAIL: the editor ended ({code}):\n{said}")
    logs = list((work / "home").rglob("*.log"))
    if not logs:
        raise SystemExit("FAIL: the editor wrote no log in its data folder")
    for text in [said, *(log.read_text(encoding="utf-8", errors="replace") for log in logs)]:
        if TROUBLE.search(text):
            raise SystemExit(f"FAIL: errors while the editor ran:\n{text}")


if __name__ == "__main__":
    raise SystemExit(main())
