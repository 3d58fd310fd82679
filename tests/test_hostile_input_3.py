"""Hostile and broken input, round 3 (issue 25): output sets all-or-nothing even when a rename
fails part way, no stale pages, damaged inputs blamed on the input with its place, bounded work.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_bad_input import _run

from infographic_app.model import storage
from infographic_app.paths import default_document

EARLIER = b"earlier page "


def _earlier_pngs(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(exist_ok=True)
    pages = [folder / name for name in names]
    for page in pages:
        page.write_bytes(EARLIER + page.name.encode())
    return pages


def _temporaries(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".")]


# --- output sets

def test_a_png_set_whose_second_name_is_a_folder_is_left_whole(capsys, tmp_path, qapp):
    folder = tmp_path / "out"
    [first] = _earlier_pngs(folder, "factsheet-1.png")
    (folder / "factsheet-2.png").mkdir()
    code, out, err = _run(capsys, "export", default_document(), "-o", folder / "factsheet.png",
                          "--dpi", "36")
    assert code == 2
    [problem] = err.splitlines()
    assert "-o: cannot write here: 'factsheet-2.png': " in problem
    assert problem.endswith("(nothing was written)")
    assert first.read_bytes() == EARLIER + b"factsheet-1.png"
    assert _temporaries(folder) == []


def test_a_rename_that_fails_part_way_puts_the_first_pages_back(capsys, tmp_path, monkeypatch,
                                                                qapp):
    """Page 2 belongs to another user in a shared sticky folder: its rename is refused."""
    folder = tmp_path / "out"
    pages = _earlier_pngs(folder, "factsheet-1.png", "factsheet-2.png")
    real_replace = os.replace

    def replace(source, target):
        if str(target).endswith("factsheet-2.png") and str(source).endswith(".tmp"):
            raise PermissionError(1, "Operation not permitted")
        return real_replace(source, target)

    monkeypatch.setattr(storage.os, "replace", replace)
    code, out, err = _run(capsys, "export", default_document(), "-o", folder / "factsheet.png",
                          "--dpi", "36")
    assert code == 2
    assert "'factsheet-2.png': permission denied (nothing was written)" in err
    assert [p.read_bytes() for p in pages] == [EARLIER + p.name.encode() for p in pages]
    assert _temporaries(folder) == []


def test_a_set_that_cannot_be_put_back_says_which_files_are_new(tmp_path, monkeypatch):
    files = {tmp_path / "a-1.png": b"new 1", tmp_path / "a-2.png": b"new 2"}
    _earlier_pngs(tmp_path, "a-1.png", "a-2.png")
    real_replace = os.replace

    def replace(source, target):
        if str(target).endswith("a-2.png") or str(source).endswith(".tmp") and \
                str(target).endswith("a-1.png") and (tmp_path / "a-1.png").read_bytes() == \
                b"new 1":
            raise OSError(28, "No space left on device")
        return real_replace(source, target)

    monkeypatch.setattr(storage.os, "replace", replace)
    with pytest.raises(storage.SetPartlyReplaced) as raised:
        storage.atomic_write_all(files)
    assert raised.value.new == [tmp_path / "a-1.png"]
    assert "a-1.png could not be put back" in raised.value.strerror


def test_pages_of_an_earlier_longer_export_are_removed_with_the_set(capsys, tmp_path, qapp):
    folder = tmp_path / "out"
    _earlier_pngs(folder, "factsheet.png", "factsheet-1.png", "factsheet-2.png",
                  "factsheet-3.png", "factsheet-12.png", "factsheet-notes.png", "other-4.png")
    code, out, err = _run(capsys, "export", default_document(), "-o", folder / "factsheet.png",
                          "--dpi", "36")
    assert code == 0, err
    assert sorted(p.name for p in folder.iterdir()) == [
        "factsheet-1.png", "factsheet-2.png", "factsheet-notes.png", "other-4.png"]
    assert (folder / "factsheet-1.png").read_bytes().startswith(b"\x89PNG")


def test_one_page_asked_for_leaves_the_earlier_set_alone(capsys, tmp_path, qapp):
    folder = tmp_path / "out"
    pages = _earlier_pngs(folder, "factsheet-1.png", "factsheet-2.png")
    code, out, err = _run(capsys, "export", default_document(), "-o", folder / "page.png",
                          "--dpi", "36", "--page", "2")
    assert code == 0, err
    assert [p.read_bytes() for p in pages] == [EARLIER + p.name.encode() for p in pages]


def test_pages_are_written_one_at_a_time(tmp_path):
    """Each page is in its temporary file before the next is made: memory stays one page."""
    seen = []

    def pages():
        for n in range(1, 4):
            seen.append(sorted(p.name for p in tmp_path.iterdir()))
            yield tmp_path / f"x-{n}.png", b"page %d" % n

    storage.atomic_write_all(pages())
    assert [len(names) for names in seen] == [0, 1, 2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x-1.png", "x-2.png", "x-3.png"]


@pytest.mark.parametrize("size", [242, 246, 250])
def test_an_output_name_within_the_readme_limit_is_written(capsys, tmp_path, size):
    output = tmp_path / ("a" * (size - 4) + ".pdf")
    code, out, err = _run(capsys, "export", default_document(), "-o", output, "--target",
                          "screen")
    assert code == 0, err
    assert output.read_bytes().startswith(b"%PDF-")
    assert _temporaries(tmp_path) == []
