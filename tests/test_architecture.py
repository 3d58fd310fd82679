"""Imports flow gui -> export -> render -> layout -> model, never back, and Qt stays on top."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "infographic_app"
ALLOWED = {  # what each part may import from the project (besides itself and paths)
    "model": set(),
    "layout": {"model"},
    "checks": {"model", "layout"},
    "render": {"model", "layout"},
    "export": {"model", "layout", "render", "checks"},
    "gui": {"model", "layout", "render", "export", "checks"},
}
QT_ALLOWED = {"gui", "render/qt_painter.py"}


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("part", sorted(ALLOWED))
def test_each_part_imports_only_the_parts_below_it(part):
    for path in (PACKAGE / part).rglob("*.py"):
        for name in _imports(path):
            if name.startswith("infographic_app."):
                used = name.split(".")[1]
                assert used in ALLOWED[part] | {part, "paths"}, f"{path}: imports {name}"


def test_qt_is_used_only_by_the_editor_and_the_qt_painter():
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.split("/")[0] in QT_ALLOWED or relative in QT_ALLOWED:
            continue
        qt = {n for n in _imports(path) if n.split(".")[0] in ("PySide6", "pyqtgraph")}
        assert not qt, f"{relative} imports {qt}"
