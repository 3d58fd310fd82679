"""Older versions of the file format, brought up to the current one when a file is read.

Each migrator takes the data of a file of one version (plain dicts and lists, as read from
YAML) and returns the data of the next version; they run in order, so a file of any older
version reaches the current one (napari's settings migrations work the same way). A file is
never rewritten on reading: it is saved in the current version the next time it is saved.

Every version has a fixture of its format under tests/fixtures/ and a test of its migrator.
"""

from __future__ import annotations

from collections.abc import Callable

Migrator = Callable[[dict], dict]


def _v1_to_v2(data: dict) -> dict:
    """Version 2 adds editions: `edition` at the top, and per typed figure `history` and
    `updated`; all optional. A version-1 file says nothing about its edition, so it gets none
    (start a new edition from it once `edition:` is added); its content is unchanged."""
    return {key: (2 if key == "schema_version" else value) for key, value in data.items()}


# (from version, migrator to from version + 1), in order.
MIGRATIONS: tuple[tuple[int, Migrator], ...] = (
    (1, _v1_to_v2),
)
OLDEST_VERSION = MIGRATIONS[0][0]
CURRENT_VERSION = MIGRATIONS[-1][0] + 1


def migrate(data: dict) -> dict:
    """`data` of a file of version OLDEST_VERSION .. CURRENT_VERSION as data of the current
    version (a new dict; `data` is not changed). The caller checks the version is known:
    a KeyError-free call needs data['schema_version'] in that range."""
    version = data["schema_version"]
    for start, migrator in MIGRATIONS:
        if start >= version:
            data = migrator(data)
            assert data["schema_version"] == start + 1, migrator
    return data
