"""The layer rules of pyproject.toml's [tool.importlinter] hold: imports flow cli -> gui ->
export -> render, checks -> layout -> model, never back; the scene stands alone and painters
import only it; Qt stays in the GUI and the Qt painter. (That the PDF export does not even
load Qt at run time is tested in test_cli.py, in a fresh interpreter.)"""

from pathlib import Path

import grimp
from importlinter.cli import lint_imports

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_the_import_contracts_are_kept(capsys):
    code = lint_imports(config_filename=str(PYPROJECT), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert code == 0, report
    assert "5 kept, 0 broken" in report, report


def test_the_editor_s_modules_import_each_other_without_a_circle():
    """No module of the GUI reaches, through its imports (those for type hints included),
    a module that imports it: the window wires its parts together, the parts are handed
    what they use (the session, the dialogs, a callback), never the window."""
    graph = grimp.build_graph("infographic_app")
    gui = {m for m in graph.modules if m.startswith("infographic_app.gui.")}
    circles = [f"{a} -> {b} -> … -> {a}" for a in sorted(gui)
               for b in sorted(graph.find_modules_directly_imported_by(a) & gui)
               if graph.chain_exists(importer=b, imported=a)]
    assert not circles, "\n".join(circles)
