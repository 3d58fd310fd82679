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

from infographic_app.model.storage import atomic_write

UNTITLED = "untitled"


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
    ({"original": path or null, "base": fingerprint or null})."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def _stem(self, original: Path | None) -> str:
        key = str(Path(original).resolve()) if original else UNTITLED
        return hashlib.sha1(key.encode()).hexdigest()[:16]

    def write(self, original: Path | None, text: str, base: str | None = None) -> None:
        """Write the copy of the document that belongs to `original` (None: a new one);
        `base` is the fingerprint of the original's text the changes were made to."""
        self.folder.mkdir(parents=True, exist_ok=True)
        stem = self._stem(original)
        with atomic_write(self.folder / f"{stem}.json", "w") as handle:
            json.dump({"original": str(original) if original else None, "base": base}, handle)
        with atomic_write(self.folder / f"{stem}.yaml", "w") as handle:
            handle.write(text)

    def discard(self, original: Path | None) -> None:
        stem = self._stem(original)
        for suffix in (".yaml", ".json"):
            (self.folder / f"{stem}{suffix}").unlink(missing_ok=True)

    def find(self, original: Path | None) -> RecoveryCopy | None:
        """The copy that belongs to `original` (None: to a new factsheet), if there is one."""
        stem = self._stem(original)
        copy, meta = self.folder / f"{stem}.yaml", self.folder / f"{stem}.json"
        if not copy.is_file():
            return None
        try:
            base = json.loads(meta.read_text(encoding="utf-8")).get("base")
        except (OSError, ValueError, AttributeError):
            base = None  # an unreadable note: the copy is offered as a new factsheet
        return RecoveryCopy(original, copy, base if isinstance(base, str) else None,
                            copy.stat().st_mtime)
