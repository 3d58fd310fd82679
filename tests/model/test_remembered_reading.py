"""A factsheet and theme read before are remembered between runs, and only while unchanged."""

import os
import shutil

import pytest

from infographic_app.model import reading
from infographic_app.model import theme as theme_module
from infographic_app.model.problems import InputError
from infographic_app.model.reading import load_document
from infographic_app.model.remembered_reading import remembered_document, remembered_theme
from infographic_app.paths import assets_dir, default_document


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def _never(*args, **kwargs):
    raise AssertionError("read again")


def test_a_factsheet_read_before_is_taken_as_read_with_its_lines(changed_copy, monkeypatch):
    path = changed_copy()
    first = remembered_document(path)
    assert first == load_document(path)
    monkeypatch.setattr(reading, "load_document", _never)
    again = remembered_document(path)
    assert again == first and again.path == path
    line = first.source.line(("figures", "visitors_total", "value"))
    assert line is not None and again.source.line(("figures", "visitors_total", "value")) == line


def test_a_changed_factsheet_is_read_anew(changed_copy):
    path = changed_copy()
    assert remembered_document(path).figures["visitors_total"].value == 299
    changed_copy(("    value: 299\n", "    value: 300\n"))  # the same file, other bytes
    assert remembered_document(path).figures["visitors_total"].value == 300


def test_a_factsheet_with_problems_says_them_every_time(changed_copy):
    path = changed_copy(("    value: 299\n", "    value: twelve\n"))
    for _ in range(2):
        with pytest.raises(InputError) as raised:
            remembered_document(path)
        assert "twelve" in str(raised.value)
    with pytest.raises(InputError, match="does not exist"):
        remembered_document(path.with_name("missing.yaml"))


def test_a_theme_is_read_anew_when_a_file_it_names_changed(tmp_path, monkeypatch):
    folder = tmp_path / "assets"
    shutil.copytree(assets_dir(), folder, ignore=shutil.ignore_patterns("dictionaries"))
    path = folder / "theme.yaml"
    first = remembered_theme(path)
    reads = []
    load = theme_module.load_theme
    monkeypatch.setattr(theme_module, "load_theme", lambda p: reads.append(p) or load(p))
    assert remembered_theme(path) == first and reads == []
    font = first.fonts["body"] if "body" in first.fonts else next(iter(first.fonts.values()))
    os.utime(font, ns=(1, 1))  # another time: perhaps another font
    assert remembered_theme(path) == first and reads == [path]
    font.write_bytes(font.read_bytes()[:5000])  # cut short: the theme's problem is said
    with pytest.raises(InputError):
        remembered_theme(path)


def test_a_damaged_cache_file_is_read_anew(tmp_path, changed_copy):
    path = changed_copy()
    expected = remembered_document(path)
    for file in (tmp_path / "cache").rglob("*.pickle"):
        file.write_bytes(b"\x80not a pickle")
    assert remembered_document(path) == expected
    assert remembered_document(default_document()) == load_document(default_document())
