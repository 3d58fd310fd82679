"""Build step: compile the interface translations (.ts, edited in Qt Linguist) into .qm files.

Runs for wheels and editable installs alike; the .qm files are build output, not in git.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        import PySide6

        lrelease = Path(PySide6.__file__).parent / "lrelease"
        folder = Path(self.root) / "src" / "infographic_app" / "gui" / "translations"
        for source in sorted(folder.glob("*.ts")):
            subprocess.run([str(lrelease), "-silent", str(source), "-qm",
                            str(source.with_suffix(".qm"))], check=True)
