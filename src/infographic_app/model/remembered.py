"""Results of costly work, remembered between runs of the command line in the user's cache
folder, one file per result, named by a digest of everything the work read.

An export of a factsheet seen before needs the same document, theme and pages as the last
time; reading and laying them out again is some 60 ms of a 0.3 s export, and importing the
code that does it as much again. A result is kept under a digest of its `identity` (the
input's bytes or repr, the identities of the files read, and this package's own files, so a
changed app never takes an old result); anything that changes names another file. A damaged
or unreadable file counts as not remembered; one that cannot be written only costs the next
run the work. At most MOST_KEPT results of a kind are kept: the oldest go.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from pathlib import Path

from infographic_app.model.storage import atomic_write
from infographic_app.paths import cache_folder
from infographic_app.paths import package_version as _code_version

FORMAT = 1  # of the cache files; a new format names other files
MOST_KEPT = 40
_PACKAGE = Path(__file__).resolve().parent.parent


def recalled(kind: str, identity: list) -> object | None:
    """The result of `kind` ('documents', 'themes', 'layouts') remembered for `identity` (a
    list of JSON values), or None."""
    try:
        return pickle.loads(_file(kind, identity).read_bytes())
    except Exception:  # not remembered, damaged, or of classes changed since: not there
        return None


def remember(kind: str, identity: list, result: object) -> None:
    """Keep `result` (picklable) as the result of `kind` for `identity`, dropping the oldest
    past MOST_KEPT; never raises OSError."""
    path = _file(kind, identity)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(path) as handle:
            pickle.dump(result, handle, protocol=pickle.HIGHEST_PROTOCOL)
        kept = sorted(path.parent.glob("*.pickle"), key=lambda p: p.stat().st_mtime_ns)
        for old in kept[:-MOST_KEPT]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home only costs the next run the work


def code_version() -> list:
    """The identity of this package's own files (each one's path, size and time): a changed
    or reinstalled app remembers anew."""
    return _code_version(_PACKAGE)


def _file(kind: str, identity: list) -> Path:
    digest = hashlib.sha1(json.dumps([FORMAT, *identity, code_version()]).encode()).hexdigest()
    return cache_folder(kind) / f"{digest[:24]}.pickle"
