"""Which of the recent files can be reached now, without letting a disconnected network share
or an offline cloud folder hold the menu up: each file is looked at on a thread of its own,
and one that gives no answer in time counts as not reachable (for now; it stays listed)."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings

from infographic_app.paths import default_document

# How long Open recent waits, at most, for all the files to answer (seconds).
REACH_TIMEOUT_S = 0.3


def reachable(paths: list[str], timeout: float = REACH_TIMEOUT_S,
              is_file: Callable[[str], bool] | None = None) -> dict[str, bool]:
    """For each of `paths`, whether `is_file` (default os.path.isfile) says it is a file
    within `timeout` seconds in all. A check that has not answered by then (Windows waits
    up to a minute on a share that is gone) counts as False and is left to finish on its
    daemon thread, which never keeps the app from quitting. Never raises for a path: an
    OSError counts as False."""
    is_file = is_file or os.path.isfile
    answers: dict[str, bool] = {}

    def look(path: str) -> None:
        try:
            answers[path] = bool(is_file(path))
        except (OSError, ValueError):
            answers[path] = False

    threads = [threading.Thread(target=look, args=(path,), daemon=True) for path in paths]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + timeout
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    return {path: answers.get(path, False) for path in paths}


def start_file(settings: QSettings, asked: Path | None) -> Path:
    """The factsheet the editor opens at start: the one `asked` for, else the last one
    opened ('files/last' in `settings`) while it can be reached, else the bundled one."""
    if asked is not None:
        return Path(asked)
    last = settings.value("files/last", "")
    return Path(last) if last and reachable([last])[last] else default_document()
