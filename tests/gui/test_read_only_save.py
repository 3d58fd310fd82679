"""A read-only factsheet is never replaced by Save without asking (issue 25): the editor asks
to save it as another file ("Dit bestand is alleen-lezen: opslaan als…")."""

from __future__ import annotations

import os

from infographic_app.model.reading import load_document

from driving import type_into


def _read_only(path) -> bytes:
    os.chmod(path, 0o444)
    return path.read_bytes()


def test_save_of_a_read_only_file_asks_and_saves_as_another(qtbot, window, tmp_path):
    path = window.session.path
    type_into(qtbot, window, "figures.visitors_total.value", "300")
    before = _read_only(path)
    copy = tmp_path / "factsheet-copy.yaml"
    window.dialogs.next_path = copy
    assert window.files.save()
    assert window.dialogs.asked[0] == "factsheet.yaml is read-only"
    assert path.read_bytes() == before
    assert load_document(copy).figures["visitors_total"].value == 300
    assert window.session.path == copy


def test_save_of_a_read_only_file_cancelled_writes_nothing(qtbot, window):
    path = window.session.path
    type_into(qtbot, window, "figures.visitors_total.value", "300")
    before = _read_only(path)
    window.dialogs.save_read_only_elsewhere = False
    assert not window.files.save()
    assert path.read_bytes() == before
    assert window.isWindowModified()


def test_save_as_onto_a_read_only_file_asks_too(qtbot, window, tmp_path):
    other = tmp_path / "other.yaml"
    other.write_bytes(window.session.path.read_bytes())
    before = _read_only(other)
    window.dialogs.next_path = other
    window.dialogs.save_read_only_elsewhere = False
    assert not window.files.save_as()
    assert "other.yaml is read-only" in window.dialogs.asked
    assert other.read_bytes() == before
