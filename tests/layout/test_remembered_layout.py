"""Pages laid out before are remembered between runs, and only for the same input."""

from dataclasses import replace

import pytest

from infographic_app.layout.engine import layout_document
from infographic_app.layout.fonts import FontSet
from infographic_app.layout.remembered import remembered_layout
from infographic_app.model import remembered


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "infographic-app" / "layouts"


def _texts(scene) -> str:
    return " ".join(run.text for run in scene.texts())


def test_a_layout_seen_before_is_taken_as_it_was(cache, document, theme, monkeypatch):
    fonts = FontSet(theme)
    first = remembered_layout(document, theme, fonts)
    assert first.pages == layout_document(document, theme, fonts).pages
    assert len(list(cache.glob("*.pickle"))) == 1

    def never(*args, **kwargs):
        raise AssertionError("laid out again")

    monkeypatch.setattr("infographic_app.layout.engine.layout_document", never)
    again = remembered_layout(document, theme, FontSet(theme))
    assert again.pages == first.pages
    assert "Onzichtbare slachtoffers in 2019" in _texts(again)


def test_a_changed_figure_or_theme_is_laid_out_anew(cache, document, theme):
    fonts = FontSet(theme)
    remembered_layout(document, theme, fonts)
    document.figures["visitors_total"].value = 301
    changed = remembered_layout(document, theme, fonts)
    assert "301" in _texts(changed).split() and "299" not in _texts(changed).split()
    wider = replace(theme, page=replace(theme.page, margin=theme.page.margin + 10))
    assert remembered_layout(document, wider, FontSet(wider)).pages \
        == layout_document(document, wider, FontSet(wider)).pages
    assert len(list(cache.glob("*.pickle"))) == 3


def test_changed_code_or_a_damaged_file_is_laid_out_anew(cache, document, theme, tmp_path,
                                                         monkeypatch):
    code = tmp_path / "code"
    code.mkdir()
    (code / "engine.py").write_text("A = 1\n")
    monkeypatch.setattr(remembered, "_PACKAGE", code)
    fonts = FontSet(theme)
    expected = layout_document(document, theme, fonts).pages
    remembered_layout(document, theme, fonts)
    (code / "engine.py").write_text("A = 22\n")  # another size: the code changed
    remembered._code_version.cache_clear()  # as in the next run
    remembered_layout(document, theme, fonts)
    files = list(cache.glob("*.pickle"))
    assert len(files) == 2
    for file in files:
        file.write_bytes(b"not a layout")
    assert remembered_layout(document, theme, fonts).pages == expected


def test_only_the_newest_layouts_are_kept(cache, document, theme, monkeypatch):
    monkeypatch.setattr(remembered, "MOST_KEPT", 2)
    fonts = FontSet(theme)
    for value in (300, 301, 302):
        document.figures["visitors_total"].value = value
        remembered_layout(document, theme, fonts)
    assert len(list(cache.glob("*.pickle"))) == 2


def test_a_cache_that_cannot_be_written_only_costs_the_layout(tmp_path, monkeypatch, document,
                                                              theme):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    fonts = FontSet(theme)
    assert remembered_layout(document, theme, fonts).pages \
        == layout_document(document, theme, fonts).pages
