"""The editor's first frame imports only what it needs: the page is painted before anything of
exporting, the figure panel's charts, saving into a file's text or the dialogs is loaded."""

from __future__ import annotations

import os
import subprocess
import sys

# Run in a process of its own, as a user starts the editor: at the preview's first paint of
# the factsheet's pages, print what is imported and stop.
FIRST_PAINT = """
import os, sys
from infographic_app.gui.preview import PageCanvas
painted = PageCanvas.paintEvent
def first_paint(canvas, event):
    painted(canvas, event)
    if canvas.preview.page_images():
        print("\\n".join(sorted(sys.modules)), flush=True)
        os._exit(0)
PageCanvas.paintEvent = first_paint
from infographic_app.cli import main
main([])
"""

# Not needed before the page is painted (packages, and modules by name; ReportLab's package
# itself is read for its version, which names the cache of fonts that read whole).
NOT_BEFORE_THE_PAGE = (
    "pikepdf", "lxml", "reportlab.pdfbase", "reportlab.pdfgen", "reportlab.lib", "numpy",
    "pyqtgraph", "ruamel", "hunspell",
    "infographic_app.export", "infographic_app.gui.figure_panel",
    "infographic_app.gui.export_dialogs", "infographic_app.gui.compare_view",
    "infographic_app.gui.find_replace", "infographic_app.gui.preferences",
    "infographic_app.gui.help_window", "infographic_app.model.yaml_roundtrip",
)


def test_the_first_paint_imports_no_export_chart_panel_or_dialog(tmp_path):
    """A warm start (the fonts' metrics cached by an earlier one, as on every start but the
    first; the first start reads the font files with ReportLab)."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "c"),
                        "XDG_DATA_HOME": str(tmp_path / "d"),
                        "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", FIRST_PAINT], capture_output=True,
                              text=True, env=env, timeout=120)
    modules = done.stdout.split()
    assert "infographic_app.gui.main_window" in modules, done.stderr[-2000:]
    early = [m for m in modules
             if any(m == name or m.startswith(name + ".") for name in NOT_BEFORE_THE_PAGE)]
    assert early == []
