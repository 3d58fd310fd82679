"""The layer rules of pyproject.toml's [tool.importlinter] hold: imports flow cli -> gui ->
export -> render, checks -> layout -> model, never back; the scene stands alone and painters
import only it; Qt stays in the GUI and the Qt painter. (That the PDF export does not even
load Qt at run time is tested in test_cli.py, in a fresh interpreter.)"""

from pathlib import Path

from importlinter.cli import lint_imports

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_the_import_contracts_are_kept(capsys):
    code = lint_imports(config_filename=str(PYPROJECT), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert code == 0, report
    assert "5 kept, 0 broken" in report, report
