"""Answers of costly lookups, remembered between runs in the user's cache folder.

Reading the Dutch Hunspell dictionary costs some 0.2-0.4 s, and the colour-blind simulation
imports numpy and colorspacious (some 0.1 s): more than the rest of a command-line export,
for answers that hardly change between exports. So each answer (a word spelled right or not;
the colour difference of two colours as a colour-blind reader sees them) is kept in a small
JSON file, one per kind of lookup and per version of what answers it (a dictionary's files,
the library's version): a run whose questions were all asked before does no lookup. A
damaged or unreadable file counts as empty; one that cannot be written only costs the next
run the lookups.
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

from infographic_app.model.storage import atomic_write
from infographic_app.paths import cache_folder

FORMAT = 1  # of the cache file; a new format names other files
MOST_ANSWERS = 100_000  # a file that grew past this starts again, empty


def files_version(files: tuple[Path, ...]) -> list:
    """The version of what `files` hold, for Remembered's `identity`: each one's path, size
    and modification time (None for one that cannot be read)."""
    identity: list = []
    for path in files:
        try:
            status = path.stat()
            identity += [str(path), status.st_size, status.st_mtime_ns]
        except OSError:
            identity += [str(path), None]
    return identity


class Remembered:
    """The remembered answers of one kind of lookup (`kind`: 'spelling', 'colour-vision'),
    as answered by `source` ('nl': the Dutch dictionary) in the version `identity` (a list
    of JSON values: its files' names, sizes and times, a library's version): `get` a
    question's answer (None: not asked yet), `put` one, `save` the new ones. Answers are
    JSON values (True, 12.5). Safe to share between the window's thread and an export's."""

    def __init__(self, kind: str, source: str, identity: list):
        key = hashlib.sha1(json.dumps([FORMAT, *identity]).encode()).hexdigest()[:16]
        self.path = cache_folder(kind) / f"{source}-{key}.json"
        self._lock = threading.Lock()
        self._answers = self._read()
        self._unsaved = False

    def _read(self) -> dict[str, bool | float]:
        try:
            answers = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(answers, dict) or len(answers) > MOST_ANSWERS:
            return {}
        return {q: a for q, a in answers.items() if isinstance(a, bool | int | float)}

    def get(self, question: str) -> bool | float | None:
        """The answer to `question`, if it was asked before."""
        return self._answers.get(question)

    def put(self, question: str, answer: bool | float) -> None:
        with self._lock:
            if self._answers.get(question) != answer:
                self._answers[question] = answer
                self._unsaved = True

    def save(self) -> None:
        """Write the answers when there are new ones (atomically); never raises OSError."""
        with self._lock:
            if not self._unsaved:
                return
            text = json.dumps(self._answers, ensure_ascii=False, sort_keys=True)
            self._unsaved = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_write(self.path, "w") as handle:
                handle.write(text)
        except OSError:
            pass  # a read-only home only costs the next run the lookups
