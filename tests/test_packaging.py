"""A non-editable install must carry the fonts, theme and factsheets inside the package."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_an_installed_wheel_finds_its_assets_and_exports(tmp_path):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                            "--no-build-isolation", "-q", "-w", str(tmp_path / "dist"), str(ROOT)],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    [wheel] = (tmp_path / "dist").glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("infographic_app/assets/theme.yaml", "infographic_app/assets/fonts/OFL.txt",
                   "infographic_app/assets/fonts/Lato-Regular.ttf",
                   "infographic_app/data/factsheet-2019.yaml", "infographic_app/README.md",
                   "infographic_app/gui/translations/infographic_app_nl.qm",
                   "infographic_app/docs/help-nl.md", "infographic_app/assets/dictionaries/nl.dic",
                   "infographic_app/assets/dictionaries/LICENSE-nl.txt",
                   "infographic_app/assets/dictionaries/en_GB.aff"):
        assert needed in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = ("import infographic_app\n"
              "from infographic_app.paths import default_document\n"
              "from infographic_app.cli import main\n"
              f"assert infographic_app.__file__.startswith({str(site)!r})\n"
              f"assert str(default_document()).startswith({str(site)!r})\n"
              "from infographic_app.paths import readme_file\n"
              f"assert str(readme_file()).startswith({str(site)!r})\n"
              "raise SystemExit(main(['export', str(default_document()), '-o', 'f.pdf']))\n")
    run = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True,
                         text=True, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "f.pdf").read_bytes().startswith(b"%PDF")
    # Qt's own file dialog speaks Dutch from the installed catalogues, '&Look in:' too
    dialog = ("from PySide6.QtWidgets import QApplication, QFileDialog, QLabel\n"
              "from infographic_app.gui.i18n import install_translators\n"
              "app = QApplication([])\n"
              "assert len(install_translators(app, 'nl')) == 2\n"
              "dialog = QFileDialog()\n"
              "dialog.setOption(QFileDialog.Option.DontUseNativeDialog)\n"
              "print('|'.join(label.text() for label in dialog.findChildren(QLabel)))\n")
    run = subprocess.run([sys.executable, "-c", dialog], cwd=tmp_path, capture_output=True,
                         text=True, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin",
                                         "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr
    assert "&Zoeken in:" in run.stdout and "Bestanden van &type:" in run.stdout, run.stdout
