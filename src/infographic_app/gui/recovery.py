"""Recovery copies: the unsaved document, written a moment after each edit, for after a crash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from infographic_app.model.storage import atomic_write

UNTITLED = "untitled"


@dataclass(frozen=True)
class RecoveryCopy:
    original: Path | None  # the file the copy belongs to; None for a new, unsaved factsheet
    copy: Path


class Recovery:
    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def _stem(self, original: Path | None) -> str:
        key = str(Path(original).resolve()) if original else UNTITLED
        return hashlib.sha1(key.encode()).hexdigest()[:16]

    def write(self, original: Path | None, text: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        stem = self._stem(original)
        with atomic_write(self.folder / f"{stem}.yaml", "w") as handle:
            handle.write(text)
        with atomic_write(self.folder / f"{stem}.json", "w") as handle:
            json.dump({"original": str(original) if original else None}, handle)

    def discard(self, original: Path | None) -> None:
        stem = self._stem(original)
        for suffix in (".yaml", ".json"):
            (self.folder / f"{stem}{suffix}").unlink(missing_ok=True)

    def find(self, original: Path | None) -> RecoveryCopy | None:
        copy = self.folder / f"{self._stem(original)}.yaml"
        return RecoveryCopy(original, copy) if copy.exists() else None

    def all(self) -> list[RecoveryCopy]:
        found = []
        for meta in sorted(self.folder.glob("*.json")):
            copy = meta.with_suffix(".yaml")
            try:
                original = json.loads(meta.read_text(encoding="utf-8")).get("original")
            except (OSError, ValueError):
                continue
            if copy.exists():
                found.append(RecoveryCopy(Path(original) if original else None, copy))
        return found
