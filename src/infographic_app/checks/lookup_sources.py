"""What answers the checks' lookups: the spelling dictionaries (assets/dictionaries) and the
colour science library (colorspacious). Their files' identities key the answers remembered
between runs (checks/remembered.py) and the findings remembered for an export
(export/remembered_findings.py), so another dictionary or library never reuses old answers.
Found without importing either."""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

from infographic_app.paths import assets_dir, files_version

# The dictionary of each document locale: assets/dictionaries/<name>.aff and .dic.
DICTIONARIES = {"nl-NL": "nl", "en-GB": "en_GB"}


def dictionary_files(locale: str) -> tuple[Path, Path]:
    """The .aff and .dic files of the spelling dictionary of `locale` ('nl-NL', 'en-GB'; any
    other: the Dutch one). They may be missing (the spelling check then says so)."""
    stem = assets_dir() / "dictionaries" / DICTIONARIES.get(locale, "nl")
    return stem.with_suffix(".aff"), stem.with_suffix(".dic")


def colour_science_files() -> tuple[Path, ...]:
    """The Python files of the installed colorspacious package, sorted (none when it is not
    installed). Its files, not its version: reading the version with importlib.metadata
    imports the email package, some 15 ms of every export."""
    spec = find_spec("colorspacious")
    folder = Path(spec.origin).parent if spec and spec.origin else None
    return tuple(sorted(folder.glob("*.py"))) if folder else ()


def lookups_version(locale: str) -> list:
    """The identity (JSON values: paths, sizes, times) of everything that answers the
    lookups of a document in `locale`: its dictionary's files and colorspacious' files."""
    return [*files_version(dictionary_files(locale)), *files_version(colour_science_files())]
