"""A factsheet and its theme as read before, remembered between runs of the command line
(model/remembered.py).

Reading the bundled theme costs some 20 ms (its five fonts and the colour profile are read
whole and checked) and the factsheet some 5 ms, with the YAML reader's and the checks'
modules to import. A document is remembered under its file's name and bytes; a theme under
its file's name and bytes, and used again only while every file it names (fonts, profile,
logo) has the size and time it had when it was read. A file that cannot be read, or that
has problems, is read as ever, so its messages are the same.
"""

from __future__ import annotations

from pathlib import Path

from infographic_app.model.document import Document
from infographic_app.model.remembered import recalled, remember
from infographic_app.model.storage import MAX_YAML_BYTES, read_limited
from infographic_app.model.theme import Theme, named_files
from infographic_app.paths import files_version


def remembered_document(path: Path) -> Document:
    """The document load_document(path) reads: as read before from the same bytes, or read
    now (and remembered). Raises InputError as load_document does."""
    identity = _identity(path)
    found = recalled("documents", identity) if identity else None
    if isinstance(found, Document):
        return found
    from infographic_app.model.reading import load_document

    document = load_document(path)
    if identity:
        remember("documents", identity, document)
    return document


def remembered_theme(path: Path) -> Theme:
    """The theme load_theme(path) reads: as read before from the same bytes while the files it
    names are unchanged, or read now (and remembered). Raises InputError as load_theme does."""
    identity = _identity(path)
    found = recalled("themes", identity) if identity else None
    if isinstance(found, tuple) and len(found) == 2 and found[1] == named_files_version(found[0]):
        return found[0]
    from infographic_app.model.theme import load_theme

    theme = load_theme(path)
    if identity:
        remember("themes", identity, (theme, named_files_version(theme)))
    return theme


def _identity(path: Path) -> list | None:
    """The file's name (as given, and where it is) and a digest of its bytes; None when it
    cannot be read as a factsheet or theme is (read_yaml then says why)."""
    import hashlib

    try:
        data = read_limited(Path(path), MAX_YAML_BYTES)
        where = str(Path(path).resolve())
    except (OSError, ValueError):  # ValueError: UnusableFile, a NUL in the name
        return None
    return [str(path), where, hashlib.sha256(data).hexdigest()]


def named_files_version(theme: Theme) -> list:
    """The identities (JSON values: paths, sizes, times) of the files `theme` names: its
    fonts, output profile and logo (its own bytes are in a theme's identity already)."""
    return files_version(named_files(theme)[1:])
