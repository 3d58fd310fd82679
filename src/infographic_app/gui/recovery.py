"""Recovery copies: the unsaved document, written a moment after a change, for after a crash.

A copy belongs to one file and to one version of it: it records the file it was made from
and a fingerprint of that file's text as it was opened or last saved. A copy whose file has
changed since can still be opened, but only as a new factsheet, never into that file.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

from infographic_app.model.storage import atomic_write

UNTITLED = "untitled"
MAX_COPIES_PER_FILE = 9  # windows open on one file at once, each with a copy of its own


def fingerprint(text: str) -> str:
    """The version of a factsheet's text: a SHA-256 hex digest of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class RecoveryCopy:
    """A recovery copy found on disk: the file it belongs to (None: a new factsheet),
    the copy, the fingerprint of the text it changes and when it was written (seconds since
    the epoch)."""
    original: Path | None  # the file the copy belongs to; None for a new, unsaved factsheet
    copy: Path
    base: str | None = None  # fingerprint of the original's text the copy changes
    written: float = 0.0  # when the copy was written (seconds since the epoch)
    # The file a new factsheet was started from (a new edition: last year's; a new
    # factsheet: its template), and its text as it started in the editor: what the copy
    # changes. None when unknown (a copy of an older version of the app).
    started_from: Path | None = None
    start: str | None = None

    def matches_original(self) -> bool:
        """Whether the original file still holds the version this copy was made from."""
        if self.original is None or self.base is None:
            return False
        try:
            return fingerprint(self.original.read_text(encoding="utf-8")) == self.base
        except (OSError, UnicodeDecodeError):
            return False


class Recovery:
    """The folder of recovery copies: FOLDER/<key>.yaml with FOLDER/<key>.json beside it
    ({"original": path or null, "base": fingerprint or null, "started_from": path or null,
    "start": text or null}) and FOLDER/<key>.lock.

    Each copy is locked (QLockFile) by the running window that writes it, so two windows on
    one file (two copies of the app, or a second start that could not hand over) never offer,
    overwrite or delete each other's copy: the second writes a copy of its own (<key>-2),
    and a copy is offered only once the window that wrote it is gone (closed or crashed)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._held: dict[str, QLockFile] = {}  # key (of a copy this window owns): its lock

    def _stem(self, original: Path | None) -> str:
        key = str(Path(original).resolve()) if original else UNTITLED
        return hashlib.sha1(key.encode()).hexdigest()[:16]

    def _keys(self, original: Path | None):
        """The keys a copy of `original` may have, the first first: <stem>, <stem>-2, ..."""
        stem = self._stem(original)
        yield stem
        for number in range(2, MAX_COPIES_PER_FILE + 1):
            yield f"{stem}-{number}"

    def _take(self, key: str) -> bool:
        """Whether this window owns the copy `key` now (taking its lock if it is free or its
        owner is gone)."""
        if key in self._held:
            return True
        lock = QLockFile(str(self.folder / f"{key}.lock"))
        lock.setStaleLockTime(0)  # held for hours; stale only when its process is gone
        if not lock.tryLock(0):
            return False
        self._held[key] = lock
        return True

    def _own_key(self, original: Path | None) -> str | None:
        """The key of the copy of `original` this window owns, or None."""
        return next((key for key in self._keys(original) if key in self._held), None)

    def write(self, original: Path | None, text: str, base: str | None = None,
              started_from: Path | None = None, start: str | None = None) -> None:
        """Write the copy of the document that belongs to `original` (None: a new one);
        `base` is the fingerprint of the original's text the changes were made to; for a new
        one, `started_from` the file it was started from and `start` its text as it started
        (what the copy changes). A copy
        another window owns is left alone: this window writes one of its own beside it.
        Raises OSError when the folder or the copy cannot be written."""
        self.folder.mkdir(parents=True, exist_ok=True)
        # A copy on disk that this window does not own is never written over: its window
        # runs, or it waits to be offered at the next opening of its file.
        key = self._own_key(original) or next(
            (key for key in self._keys(original)
             if not (self.folder / f"{key}.yaml").exists() and self._take(key)), None)
        if key is None:
            raise OSError(f"more than {MAX_COPIES_PER_FILE} windows keep a recovery copy of "
                          "this file")
        with atomic_write(self.folder / f"{key}.json", "w") as handle:
            json.dump({"original": str(original) if original else None, "base": base,
                       "started_from": str(started_from) if started_from else None,
                       "start": start}, handle)
        with atomic_write(self.folder / f"{key}.yaml", "w") as handle:
            handle.write(text)

    def discard(self, original: Path | None) -> None:
        """Delete the copy of `original` this window owns (none: nothing happens; a copy of
        another window is never deleted), and give up its lock."""
        key = self._own_key(original)
        if key is None:
            return
        for suffix in (".yaml", ".json"):
            (self.folder / f"{key}{suffix}").unlink(missing_ok=True)
        self._held.pop(key).unlock()

    def find(self, original: Path | None) -> RecoveryCopy | None:
        """A copy that belongs to `original` (None: to a new factsheet) and to no running
        window, if there is one; this window owns it from then on (to restore or discard)."""
        for key in self._keys(original):
            copy, meta = self.folder / f"{key}.yaml", self.folder / f"{key}.json"
            if not copy.is_file() or key in self._held or not self._take(key):
                continue
            try:
                note = json.loads(meta.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                note = None  # an unreadable note: the copy is offered as a new factsheet
            note = note if isinstance(note, dict) else {}
            texts = {name: value if isinstance(value, str) else None
                     for name, value in note.items()}
            started = texts.get("started_from")
            return RecoveryCopy(original, copy, texts.get("base"), copy.stat().st_mtime,
                                Path(started) if started else None, texts.get("start"))
        return None
