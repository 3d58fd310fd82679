"""packaging/: the desktop entry, AppStream metainfo, file type, icons and bundle spec.

These parse the files and check what desktop-file-validate and appstreamcli validate
require (and what ties the files together), so they need neither tool installed.
"""

import configparser
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "nl.fier.FactsheetStudio"
MIME_TYPE = "application/x-factsheet+yaml"
FREEDESKTOP_MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_app_id_is_the_one_the_app_gives_qt():
    from infographic_app.gui.desktop import APP_ID as used

    assert used == APP_ID


def test_the_desktop_entry_has_what_the_specification_requires():
    entry = _desktop_entry()
    assert entry["Type"] == "Application" and entry["Version"] == "1.4"
    assert entry["Name"] == "Factsheet studio"
    assert entry["Icon"] == APP_ID  # a theme icon name, not a path
    assert entry["Exec"].split()[0] == "infographic-app" and entry["Exec"].endswith("%f")
    assert entry["Terminal"] == "false"
    categories = entry["Categories"].rstrip(";").split(";")
    assert "Office" in categories  # a main category
    assert entry["Categories"].endswith(";") and entry["Keywords"].endswith(";")
    # Its own file type only: a launcher for every YAML file would be a nuisance.
    assert entry["MimeType"] == f"{MIME_TYPE};"
    for key in entry:
        assert key.split("[")[0] in {
            "Type", "Version", "Name", "GenericName", "Comment", "Icon", "Exec", "TryExec",
            "Terminal", "MimeType", "Categories", "Keywords", "StartupNotify"}, key


def test_the_metainfo_names_the_app_its_launcher_and_file_type():
    root = ET.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") in {"CC0-1.0", "FSFAP", "MIT"}
    assert root.findtext("project_license")
    assert root.findtext("name") == _desktop_entry()["Name"]
    summary = root.findtext("summary")
    assert summary and not summary.endswith(".") and len(summary) < 80
    assert root.find("description/p") is not None
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.find("launchable").get("type") == "desktop-id"
    assert root.findtext("provides/binary") == "infographic-app"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.find("content_rating").get("type") == "oars-1.1"
    import infographic_app

    assert root.find("releases/release").get("version") == infographic_app.__version__


def test_the_file_type_is_ours_and_claims_no_other_yaml():
    root = ET.parse(PACKAGING / f"{APP_ID}.mime.xml").getroot()
    [mime] = root.findall(f"{FREEDESKTOP_MIME}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert {s.get("type") for s in mime.findall(f"{FREEDESKTOP_MIME}sub-class-of")} == {
        "application/yaml", "text/x-yaml"}
    globs = [g.get("pattern") for g in mime.findall(f"{FREEDESKTOP_MIME}glob")]
    assert globs and all(g.startswith("*.factsheet.") for g in globs)
    [magic] = mime.findall(f"{FREEDESKTOP_MIME}magic")
    first = magic.find(f"{FREEDESKTOP_MIME}match")
    assert first.get("value") == "schema_version:" and first.get("offset") == "0"
    assert first.find(f"{FREEDESKTOP_MIME}match").get("value") == "\nfigures:"
    text = (ROOT / "data" / "factsheet-2019.yaml").read_text(encoding="utf-8")
    assert text.startswith("schema_version:") and "\nfigures:" in text[:4096]


def test_qt_recognises_a_factsheet_by_name_or_content_and_no_other_yaml(tmp_path):
    """What a file manager would do, with the file type installed in a data folder."""
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    (packages / f"{APP_ID}.xml").write_bytes((PACKAGING / f"{APP_ID}.mime.xml").read_bytes())
    plain = tmp_path / "other.yaml"
    plain.write_text("name: not a factsheet\nfigures: 3\n", encoding="utf-8")
    renamed = tmp_path / "factsheet-without-extension"
    renamed.write_bytes((ROOT / "data" / "factsheet-2019.yaml").read_bytes())
    named = tmp_path / "jaar.factsheet.yaml"
    named.write_text("# empty\n", encoding="utf-8")
    script = ("import sys\nfrom PySide6.QtCore import QMimeDatabase\n"
              "db = QMimeDatabase()\n"
              "print(db.mimeTypeForName(sys.argv[1]).isValid())\n"
              "for p in sys.argv[2:]:\n    print(db.mimeTypeForFile(p).name())\n")
    env = dict(os.environ, XDG_DATA_DIRS=str(tmp_path / "share"),
               XDG_DATA_HOME=str(tmp_path / "none"))
    done = subprocess.run([sys.executable, "-c", script, MIME_TYPE,
                           str(ROOT / "data" / "factsheet-2019.yaml"), str(renamed),
                           str(named), str(plain)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    known, original, by_content, by_name, other = done.stdout.split()
    assert known == "True"
    assert by_content == by_name == MIME_TYPE
    # A name's extension outweighs the content (shared-mime-info): NAME.yaml stays YAML, and
    # so does every other YAML file.
    assert original != MIME_TYPE and other != MIME_TYPE


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


def test_the_icon_set_has_every_size_rendered_from_the_one_svg():
    source = ROOT / "assets" / "icons" / f"{APP_ID}.svg"
    hicolor = PACKAGING / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == source.read_bytes()
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        assert _png_size(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    for size in (16, 32, 48, 64, 256):
        assert _png_size(source.with_name(f"{APP_ID}-{size}.png")) == (size, size)
    root = ET.parse(source).getroot()
    assert root.get("viewBox") == "0 0 128 128"  # square


def test_the_pngs_are_up_to_date_with_the_svg(tmp_path):
    """packaging/render_icons.py run again changes nothing."""
    from PySide6.QtGui import QImage

    script = PACKAGING / "render_icons.py"
    code = (f"import runpy, sys\nsys.argv = ['render']\n"
            f"module = runpy.run_path({str(script)!r})\n"
            f"from PySide6.QtGui import QGuiApplication\n"
            f"app = QGuiApplication([])\n"
            f"module['render'](64).save({str(tmp_path / 'fresh.png')!r})\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=60)
    assert done.returncode == 0, done.stderr
    fresh = QImage(str(tmp_path / "fresh.png"))
    kept = QImage(str(PACKAGING / "icons" / "hicolor" / "64x64" / "apps" / f"{APP_ID}.png"))
    assert fresh.convertToFormat(kept.format()) == kept


def test_the_bundle_spec_keeps_what_pyinstaller_cannot_see():
    spec = (PACKAGING / "infographic-app.spec").read_text(encoding="utf-8")
    assert '"_rl_accel"' in spec  # imported by ReportLab inside exec()
    assert "strip=False" in spec and "strip=True" not in spec  # numpy's OpenBLAS
    for folder in ('"infographic_app/assets"', '"infographic_app/data"',
                   '"infographic_app/gui/translations"'):
        assert folder in spec
    compile(spec, "infographic-app.spec", "exec")
    if os.name == "nt":  # no sh, no executable bits: the Windows workflows use no script
        return
    for script in ("build.sh", "install.sh", "smoke_test.sh", "macos/create_dmg.sh",
                   "macos/sign_and_notarise.sh"):
        path = PACKAGING / script
        assert os.access(path, os.X_OK), script
        assert subprocess.run(["sh", "-n", str(path)]).returncode == 0, script
    build = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert "tar -czf" in build and "infographic-app.spec" in build
