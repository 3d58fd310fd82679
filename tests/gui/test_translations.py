"""Every interface text has a Dutch translation, and the .ts file is up to date with the code."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

GUI = Path(__file__).resolve().parents[2] / "src" / "infographic_app" / "gui"
DUTCH = GUI / "translations" / "infographic_app_nl.ts"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(context.findtext("name") or "", message.findtext("source")): message
            for context in root.iter("context") for message in context.iter("message")}


def test_every_text_is_translated_into_dutch():
    for key, message in _messages(DUTCH).items():
        translation = message.find("translation")
        assert translation.get("type") is None and translation.text, key


def test_the_translation_file_knows_every_text_of_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    sources = sorted(str(p) for p in GUI.glob("*.py"))
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)
    assert set(_messages(fresh)) == set(_messages(DUTCH))
