"""Words already looked up in a spelling dictionary, remembered between runs.

Reading the Dutch Hunspell dictionary costs some 0.2-0.4 s, more than the rest of a
command-line export; a factsheet's words hardly change between exports. So each word's verdict
(spelled right or not) is kept in a small JSON file in the user's cache folder, one per
dictionary and per version of its files (their size and modification time): a run whose words
are all known there reads no dictionary. A damaged or unreadable file counts as empty, and one
that cannot be written only costs the next run the dictionary.
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

from infographic_app.model.storage import atomic_write

FORMAT = 1  # of the cache file; a new format names other files
MOST_WORDS = 100_000  # a file that grew past this starts again, empty


def cache_folder() -> Path:
    """Where the verdicts are kept: the per-user cache of the platform (Linux:
    $XDG_CACHE_HOME or ~/.cache; Windows: %LOCALAPPDATA%; macOS: ~/Library/Caches); tests set
    XDG_CACHE_HOME."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("infographic-app", appauthor=False)) / "spelling"


class Verdicts:
    """The remembered verdicts of the dictionary `files` (its .aff and .dic): `get` a word's
    (None: not looked up yet), `put` one, `save` the new ones. Safe to share between the
    window's thread and an export's."""

    def __init__(self, files: tuple[Path, ...]):
        identity = [FORMAT]
        for path in files:
            try:
                status = path.stat()
                identity += [str(path), status.st_size, status.st_mtime_ns]
            except OSError:
                identity += [str(path), None]
        key = hashlib.sha1(json.dumps(identity).encode()).hexdigest()[:16]
        self.path = cache_folder() / f"{files[-1].stem}-{key}.json"
        self._lock = threading.Lock()
        self._words = self._read()
        self._unsaved = False

    def _read(self) -> dict[str, bool]:
        try:
            words = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(words, dict) or len(words) > MOST_WORDS:
            return {}
        return {w: v for w, v in words.items() if isinstance(v, bool)}

    def get(self, word: str) -> bool | None:
        """Whether `word` is spelled right, if it was looked up before."""
        return self._words.get(word)

    def put(self, word: str, right: bool) -> None:
        with self._lock:
            if self._words.get(word) is not right:
                self._words[word] = right
                self._unsaved = True

    def save(self) -> None:
        """Write the verdicts when there are new ones (atomically); never raises OSError."""
        with self._lock:
            if not self._unsaved:
                return
            text = json.dumps(self._words, ensure_ascii=False, sort_keys=True)
            self._unsaved = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_write(self.path, "w") as handle:
                handle.write(text)
        except OSError:
            pass  # a read-only home only costs the next run the dictionary
