"""What would break on the laptops the factsheet is made on (Windows, macOS), shown here by
giving the code the rules of those systems: binary reads, LF saves, one data folder, the
system's language, names Windows cannot hold, a PDF held open, case-blind name clashes."""

import os
import sys
from pathlib import Path

import pytest

from infographic_app import paths
from infographic_app.cli import main
from infographic_app.model import messages, storage, system_language
from infographic_app.model.file_rules import held_by_another_program, name_problem
from infographic_app.model.reading import load_document
from infographic_app.model.writing import save_document
from infographic_app.paths import assets_dir, default_document

WINDOWS_O_BINARY = 0x8000  # msvcrt's _O_BINARY


def _run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([*map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------- reading and writing

def test_files_are_opened_in_binary_mode_where_the_system_has_one(monkeypatch, tmp_path):
    """On Windows os.open without O_BINARY reads in text mode: it stops at the first 0x1A
    byte and turns CRLF into LF. Here os.open is given Windows' flag and behaviour."""
    monkeypatch.setattr(os, "O_BINARY", WINDOWS_O_BINARY, raising=False)
    real_open = os.open

    def windows_open(path, flags, *args):
        if flags & WINDOWS_O_BINARY:
            return real_open(path, flags & ~WINDOWS_O_BINARY, *args)
        text_mode = tmp_path / "text-mode-view"  # what the C runtime hands a text-mode read
        data = Path(path).read_bytes().split(b"\x1a")[0].replace(b"\r\n", b"\n")
        text_mode.write_bytes(data)
        return real_open(text_mode, flags, *args)

    monkeypatch.setattr(os, "open", windows_open)
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    png = tmp_path / "logo.png"
    png.write_bytes(data)
    assert storage.read_limited(png, 1_000_000) == data
    font = assets_dir() / "fonts" / "Lato-Regular.ttf"
    assert storage.read_limited(font, 10_000_000) == font.read_bytes()


def test_a_saved_factsheet_has_lf_line_ends_even_where_python_writes_crlf(monkeypatch,
                                                                         tmp_path):
    """Python's text files on Windows write CRLF unless told the line end: given that default
    here, a save still writes LF only, and so does the recovery copy's note."""
    real_fdopen = os.fdopen

    def windows_fdopen(fd, mode="r", *args, **kw):
        if "b" not in mode:
            kw.setdefault("newline", "\r\n")  # Windows' os.linesep
        return real_fdopen(fd, mode, *args, **kw)

    monkeypatch.setattr(storage.os, "fdopen", windows_fdopen)
    document = load_document(default_document())
    target = tmp_path / "factsheet.yaml"
    save_document(document, target)
    written = target.read_bytes()
    assert b"\n" in written and b"\r\n" not in written
    with storage.atomic_write(tmp_path / "note.json", "w") as handle:
        handle.write('{"a": 1}\n{"b": 2}\n')
    assert (tmp_path / "note.json").read_bytes() == b'{"a": 1}\n{"b": 2}\n'


# ---------------------------------------------------------------- one data folder

@pytest.mark.parametrize("platform, expected", [
    ("linux", Path("home", ".local", "share", "CKM", "Factsheet studio")),
    ("win32", Path("home", "AppData", "Local", "CKM", "Factsheet studio")),
    ("darwin", Path("home", "Library", "Application Support", "CKM", "Factsheet studio")),
])
def test_the_log_and_recovery_folder_is_the_platforms_own(monkeypatch, tmp_path, platform,
                                                          expected):
    import platformdirs

    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "home" / "AppData" / "Local"))
    from platformdirs import macos, unix, windows

    # platformdirs chooses its class by the platform it was imported on, and asks Windows for
    # its folders through ctypes: given both here.
    monkeypatch.setattr(windows, "get_win_folder", lambda name: os.environ["LOCALAPPDATA"])
    monkeypatch.setattr(platformdirs, "PlatformDirs", {
        "linux": unix.Unix, "win32": windows.Windows, "darwin": macos.MacOS}[platform])
    assert paths.user_data_folder() == tmp_path / expected
    assert paths.log_file() == tmp_path / expected / "factsheet-studio.log"
    assert paths.recovery_folder() == tmp_path / expected / "recovery"


@pytest.mark.parametrize("platform, expected", [
    ("linux", Path("home", ".cache", "infographic-app", "spelling")),
    ("win32", Path("home", "AppData", "Local", "infographic-app", "Cache", "spelling")),
    ("darwin", Path("home", "Library", "Caches", "infographic-app", "spelling")),
])
def test_the_cache_folder_is_the_platforms_own(monkeypatch, tmp_path, platform, expected):
    """On Linux the cache folder is found without platformdirs (it is read on every export),
    and is the folder platformdirs names, with XDG_CACHE_HOME or without."""
    import platformdirs
    from platformdirs import macos, unix, windows

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "home" / "AppData" / "Local"))
    monkeypatch.setattr(windows, "get_win_folder", lambda name: os.environ["LOCALAPPDATA"])
    monkeypatch.setattr(platformdirs, "PlatformDirs", {
        "linux": unix.Unix, "win32": windows.Windows, "darwin": macos.MacOS}[platform])
    monkeypatch.setattr(paths.sys, "platform", platform)
    assert paths.cache_folder("spelling") == tmp_path / expected
    if platform == "linux":
        for folder in (str(tmp_path / "elsewhere"), "  "):
            monkeypatch.setenv("XDG_CACHE_HOME", folder)
            assert paths.cache_folder("spelling") == Path(platformdirs.user_cache_dir(
                "infographic-app", appauthor=False)) / "spelling"


def test_the_command_line_logs_an_internal_error_where_the_editor_logs(monkeypatch, tmp_path,
                                                                       capsys, changed_copy):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    from infographic_app.gui.app import log_file_handler

    def broken(*args, **kwargs):
        raise RuntimeError("a fault inside the app")

    monkeypatch.setattr("infographic_app.cli._check", broken)
    code, _, err = _run(capsys, "check", changed_copy())
    assert code == 3
    log = tmp_path / "data" / "CKM" / "Factsheet studio" / "factsheet-studio.log"
    assert f"the details are in {log}" in err
    assert "a fault inside the app" in log.read_text(encoding="utf-8")
    handler = log_file_handler(paths.user_data_folder())
    try:
        assert Path(handler.baseFilename) == log
    finally:
        handler.close()


# ---------------------------------------------------------------- the system's language

@pytest.fixture
def no_language_variables(monkeypatch):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)


def test_the_command_line_speaks_dutch_on_a_dutch_windows(monkeypatch, no_language_variables,
                                                          changed_copy, capsys):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(system_language, "windows_ui_language", lambda: 0x0413)  # nl-NL
    code, out, _ = _run(capsys, "check", changed_copy())
    assert code == 0
    assert "0 fout(en), 2 waarschuwing(en)" in out  # the two small counts
    monkeypatch.setattr(system_language, "windows_ui_language", lambda: 0x0809)  # en-GB
    assert messages.command_line_language() == "en"


def test_the_command_line_speaks_dutch_on_a_dutch_mac(monkeypatch, no_language_variables,
                                                      tmp_path):
    import plistlib

    preferences = tmp_path / ".GlobalPreferences.plist"
    preferences.write_bytes(plistlib.dumps({"AppleLanguages": ["nl-NL", "en-GB"]},
                                           fmt=plistlib.FMT_BINARY))
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(system_language, "MAC_PREFERENCES", preferences)
    assert messages.command_line_language() == "nl"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")  # the shell's choice comes first
    assert messages.command_line_language() == "en"
    monkeypatch.delenv("LANG")
    monkeypatch.setattr(system_language, "MAC_PREFERENCES", tmp_path / "none.plist")
    assert messages.command_line_language() == "en"


def test_linux_without_variables_speaks_english(monkeypatch, no_language_variables):
    monkeypatch.setattr(sys, "platform", "linux")
    assert messages.command_line_language() == "en"


# ---------------------------------------------------------------- names Windows cannot hold

@pytest.mark.parametrize("name, key", [
    ("NUL.pdf", "name_reserved"), ("con.pdf", "name_reserved"), ("Com1.png", "name_reserved"),
    ("lpt9.tar.pdf", "name_reserved"), ("factsheet.pdf.", "name_trailing_dot"),
    ("factsheet.pdf ", "name_trailing_space"), ("fact:sheet.pdf", "name_character"),
    ("what?.pdf", "name_character"), ("tab\there.pdf", "name_character"),
])
def test_names_windows_cannot_hold_are_refused(name, key, tmp_path):
    assert name_problem(tmp_path / name)[0] == key


@pytest.mark.parametrize("name", ["console.pdf", "nullity.pdf", "COM10.pdf", "factsheet.pdf",
                                  "jaar 2020 (concept).pdf"])
def test_ordinary_names_pass(name, tmp_path):
    assert name_problem(tmp_path / name, platform="win32") is None


def test_a_windows_reserved_name_is_refused_with_a_sentence(changed_copy, tmp_path, capsys):
    code, out, err = _run(capsys, "export", changed_copy(), "-o", tmp_path / "NUL.pdf")
    assert code == 2 and "wrote" not in out
    assert ("-o: cannot write here: Windows keeps the name NUL for a device, so 'NUL.pdf' "
            "could not be opened there; choose another name (nothing was written)") in err
    assert not list(tmp_path.glob("*.pdf"))


def test_a_reserved_name_is_refused_in_dutch_in_a_dutch_shell(changed_copy, tmp_path, capsys,
                                                              monkeypatch):
    monkeypatch.setenv("LANGUAGE", "nl")
    code, _, err = _run(capsys, "card", changed_copy(), "-o", tmp_path / "aux.png",
                        "--of", "visitors_total")
    assert code == 2
    assert "Windows houdt de naam AUX vrij voor een apparaat, dus 'aux.png' zou daar niet " \
           "te openen zijn" in err


def test_a_path_beyond_max_path_is_refused_on_windows_only(tmp_path, monkeypatch):
    deep = tmp_path / ("map-" * 60) / "factsheet.pdf"
    assert name_problem(deep, platform="linux") is None
    key, params = name_problem(deep, platform="win32")
    assert key == "path_too_long" and params["limit"] == 259
    assert "Windows opens at most 259" in messages.say(key, "en", **params)


# ---------------------------------------------------------------- a file held open

def _held(path: Path) -> PermissionError:
    error = PermissionError(13, "Permission denied", str(path))
    error.winerror = 32  # ERROR_SHARING_VIOLATION: Acrobat has the PDF open
    return error


def test_a_pdf_open_in_a_pdf_reader_is_named_as_such(changed_copy, tmp_path, capsys,
                                                     monkeypatch):
    out = tmp_path / "factsheet.pdf"
    out.write_bytes(b"%PDF-1.4 the one open in Acrobat")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LANGUAGE", "nl")

    def replace_refused(*args, **kwargs):
        raise _held(out)

    monkeypatch.setattr("infographic_app.export.pdf.export_pdf", replace_refused)
    code, _, err = _run(capsys, "export", changed_copy(), "-o", out)
    assert code == 2
    assert "het bestand is geopend in een ander programma; sluit het daar (sluit de PDF in " \
           "uw PDF-lezer) en probeer het opnieuw" in err
    assert "permission denied" not in err.lower()
    assert out.read_bytes() == b"%PDF-1.4 the one open in Acrobat"


def test_access_denied_is_a_held_file_only_on_windows_and_not_for_a_read_only_one(tmp_path):
    target = tmp_path / "factsheet.pdf"
    target.write_bytes(b"%PDF")
    denied = PermissionError(13, "Permission denied")
    denied.winerror = 5
    assert held_by_another_program(denied, target, platform="win32")
    assert not held_by_another_program(denied, target, platform="darwin")
    assert not held_by_another_program(denied, tmp_path / "new.pdf", platform="win32")
    target.chmod(0o444)
    try:
        assert not held_by_another_program(denied, target, platform="win32")
    finally:
        target.chmod(0o644)


# ---------------------------------------------------------------- name clashes

def test_names_differing_only_in_case_clash_in_a_batch_export(changed_copy, tmp_path, capsys):
    first = changed_copy(name="Factsheet.yaml")
    (tmp_path / "other").mkdir()
    second = tmp_path / "other" / "factsheet.yaml"
    second.write_bytes(first.read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = _run(capsys, "export", first, second, "--outdir", out)
    assert code == 2
    assert f"{first} and {second} would both be written to this file" in err
    assert list(out.iterdir()) == []


def test_a_png_page_name_clashes_whatever_its_case(changed_copy, tmp_path, capsys):
    first = changed_copy(name="report.yaml")
    second = changed_copy(name="REPORT-1.yaml")
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = _run(capsys, "export", first, second, "--outdir", out, "--format", "png")
    assert code == 2 and "would both be written to this file" in err
