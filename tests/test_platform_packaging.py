"""The Windows and macOS builds, read here since they cannot run here: the spec (run with
PyInstaller's build steps recorded instead of done), the installer script, the CI workflows;
and the licences: the project's own, the third-party notices, the pinned release versions."""

import sys
import types
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
WORKFLOWS = ROOT / ".github" / "workflows"
sys.path.insert(0, str(PACKAGING))

import third_party_notices  # noqa: E402


class _Step:
    """A PyInstaller build step (Analysis, EXE, BUNDLE …), recorded."""

    def __init__(self, kind, args, kwargs):
        self.kind, self.args, self.kwargs = kind, args, kwargs
        self.scripts = self.pure = self.binaries = self.datas = []


def _spec_run(platform: str, monkeypatch) -> list[_Step]:
    """The build steps the spec asks for on `platform`."""
    steps: list[_Step] = []
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package: []
    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in ("FixedFileInfo", "StringFileInfo", "StringStruct", "StringTable",
                 "VarFileInfo", "VarStruct", "VSVersionInfo"):
        setattr(versioninfo, name, lambda *a, _name=name, **k: (_name, a, k))
    for name, module in (("PyInstaller", types.ModuleType("PyInstaller")),
                         ("PyInstaller.utils", types.ModuleType("PyInstaller.utils")),
                         ("PyInstaller.utils.hooks", hooks),
                         ("PyInstaller.utils.win32", types.ModuleType("x")),
                         ("PyInstaller.utils.win32.versioninfo", versioninfo)):
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(sys, "platform", platform)

    def step(kind):
        def record(*args, **kwargs):
            steps.append(_Step(kind, args, kwargs))
            return steps[-1]
        return record

    names = {kind: step(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    spec = PACKAGING / "infographic-app.spec"
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"),
         {"SPECPATH": str(PACKAGING), "__name__": "spec", **names})
    return steps


@pytest.fixture(autouse=True)
def _compiled_translations():
    if not list((ROOT / "src" / "infographic_app" / "gui" / "translations").glob("*.qm")):
        pytest.skip("no compiled translations (pip install -e . compiles them)")


def test_windows_gets_a_windowed_editor_and_a_console_command_line_in_one_folder(monkeypatch):
    steps = _spec_run("win32", monkeypatch)
    programs = {s.kwargs["name"]: s.kwargs for s in steps if s.kind == "EXE"}
    assert programs["Factsheet studio"]["console"] is False  # no console window behind it
    assert programs["infographic-app"]["console"] is True
    for program in programs.values():
        assert program["icon"].endswith("factsheet-studio.ico") and Path(program["icon"]).is_file()
        assert program["version"][0] == "VSVersionInfo"
        assert program["strip"] is False
    [collect] = [s for s in steps if s.kind == "COLLECT"]
    assert {p.kwargs["name"] for p in collect.args if isinstance(p, _Step)} == set(programs)
    assert not [s for s in steps if s.kind == "BUNDLE"]
    [analysis] = [s for s in steps if s.kind == "Analysis"]
    bundled = {Path(source).name for source, _ in analysis.kwargs["datas"]}
    assert {"THIRD-PARTY-NOTICES", "LICENSE", "README.md", "assets", "data"} <= bundled


def test_macos_gets_an_app_bundle_with_document_types_and_high_dpi(monkeypatch):
    steps = _spec_run("darwin", monkeypatch)
    [bundle] = [s for s in steps if s.kind == "BUNDLE"]
    assert bundle.kwargs["name"] == "Factsheet studio.app"
    assert bundle.kwargs["icon"].endswith(".icns") and Path(bundle.kwargs["icon"]).is_file()
    assert bundle.kwargs["bundle_identifier"] == "nl.fier.FactsheetStudio"
    plist = bundle.kwargs["info_plist"]
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleExecutable"] == "Factsheet studio"
    [yaml_type] = plist["CFBundleDocumentTypes"]
    assert yaml_type["LSItemContentTypes"] == ["public.yaml"]
    assert yaml_type["LSHandlerRank"] == "Alternate"  # offered, never taking YAML over
    [declared] = plist["UTImportedTypeDeclarations"]
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == ["yaml", "yml"]
    programs = {s.kwargs["name"]: s.kwargs["console"] for s in steps if s.kind == "EXE"}
    assert programs == {"Factsheet studio": False, "infographic-app": True}


def test_linux_keeps_its_one_program(monkeypatch):
    steps = _spec_run("linux", monkeypatch)
    assert [(s.kwargs["name"], s.kwargs["console"]) for s in steps if s.kind == "EXE"] == [
        ("infographic-app", True)]


def test_the_windows_installer_is_per_user_with_start_menu_uninstaller_and_open_with():
    script = (PACKAGING / "windows" / "factsheet-studio.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert r'Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"' in script
    assert "{uninstallexe}" in script
    for extension in (".yaml", ".yml"):
        assert rf'Software\Classes\{extension}\OpenWithProgids' in script
    assert r'""{app}\{#AppExe}"" ""%1""' in script  # the editor opens the file
    assert '#define AppExe "Factsheet studio.exe"' in script
    assert r'Source: "..\..\dist\infographic-app\*"' in script
    assert (PACKAGING / "windows" / "factsheet-studio.ico").is_file()
    assert "LicenseFile=..\\..\\LICENSE" in script


def _workflow(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def _commands(workflow: dict) -> str:
    return "\n".join(step.get("run", "") for job in workflow["jobs"].values()
                     for step in job["steps"])


@pytest.mark.parametrize("name, runner", [("test_win.yml", "windows-latest"),
                                          ("test_mac.yml", "macos-latest")])
def test_the_tests_run_on_windows_and_macos(name, runner):
    workflow = _workflow(name)
    [job] = workflow["jobs"].values()
    assert job["runs-on"] == runner
    assert job["env"]["QT_QPA_PLATFORM"] == "offscreen"
    assert "pip install -e \".[test]\"" in _commands(workflow)
    assert "python -m pytest" in _commands(workflow)


@pytest.mark.parametrize("name, runner, bundle", [
    ("build_win.yml", "windows-latest", "dist/infographic-app"),
    ("build_mac.yml", "macos-latest", '"dist/Factsheet studio.app"')])
def test_the_builds_use_the_pinned_versions_and_are_smoke_tested(name, runner, bundle):
    workflow = _workflow(name)
    [job] = workflow["jobs"].values()
    assert job["runs-on"] == runner
    commands = _commands(workflow)
    assert "pip install -c packaging/constraints-release.txt" in commands
    assert "third_party_notices.py --constraints packaging/constraints-release.txt" in commands
    assert "packaging/infographic-app.spec" in commands
    assert f"python packaging/smoke_test.py {bundle}" in commands
    for step in job["steps"]:  # secrets cannot be tested in a step's `if`
        assert "secrets." not in str(step.get("if", ""))


def test_the_linux_release_build_uses_the_pinned_versions_too():
    build = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert "--constraints packaging/constraints-release.txt" in build
    assert 'cp LICENSE THIRD-PARTY-NOTICES "$bundle/"' in build


def test_the_pins_cover_every_distribution_the_app_runs_on():
    pinned = {line.split("==")[0] for line in
              (PACKAGING / "constraints-release.txt").read_text(encoding="utf-8").splitlines()
              if "==" in line and not line.startswith("#")}
    needed = {third_party_notices.canonicalize_name(d.metadata["Name"])
              for d in third_party_notices.closure()}
    assert needed <= pinned
    assert "pyinstaller" in pinned


def test_the_notices_name_every_distribution_and_carry_qts_licence():
    notices = third_party_notices.notices()
    for distribution in third_party_notices.closure():
        assert f"- {distribution.metadata['Name']} {distribution.version}: " in notices
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices and "Version 3" in notices
    assert "SIL OPEN FONT LICENSE" in notices.upper()
    committed = (ROOT / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8")
    for name in ("PySide6", "reportlab", "pikepdf", "numpy"):
        assert name.lower() in committed.lower()


def test_the_project_has_a_licence_and_the_test_extra_caps_pymupdf():
    import tomllib

    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == {"text": "GPL-3.0-or-later"}
    assert "pymupdf>=1.24.3,<2" in project["optional-dependencies"]["test"]
    force = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force["THIRD-PARTY-NOTICES"] == "infographic_app/THIRD-PARTY-NOTICES"


def test_about_lists_the_software_of_others_and_where_the_texts_are(qapp):
    from infographic_app.gui.preferences import about_text
    from infographic_app.paths import third_party_notices as notices_file

    text = about_text("9.9")
    assert "GNU General Public License, version 3 or later" in text
    assert "<li>PySide6_Essentials " in text and "LGPL-3.0-only" in text
    assert str(notices_file()) in text
