"""The one message catalogue (model/messages.py): every message in Dutch and English, no
message written past it, and the user's language found on every system."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from infographic_app.model import messages
from infographic_app.model.messages import MESSAGES, command_line_language, say
from infographic_app.model.problems import InputError
from infographic_app.model.reading import load_document
from infographic_app.model.theme import load_theme
from infographic_app.paths import default_theme

SOURCE = Path(messages.__file__).resolve().parents[1]
# Calls that put a text in front of a person: a problem, an error about a file.
MESSAGE_CALLS = {"Problem": 0, "problem": None, "UnusableFile": 0, "InputError": None}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_is_in_dutch_and_english(key):
    texts = MESSAGES[key]
    assert set(texts) == {"en", "nl"}
    # Dutch needs no 'a'/'an', so it may leave out a field English uses; never add one.
    assert _fields(texts["nl"]) <= _fields(texts["en"])


def _literal_messages(path: Path) -> list[str]:
    """The calls in `path` that hand a person a literal text (a string or an f-string)
    instead of a message of the catalogue."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else \
            node.func.attr if isinstance(node.func, ast.Attribute) else ""
        if name not in MESSAGE_CALLS:
            continue
        for argument in node.args:
            if isinstance(argument, ast.JoinedStr) or (
                    isinstance(argument, ast.Constant) and isinstance(argument.value, str)
                    and any(ch.isalpha() for ch in argument.value)):
                found.append(f"{path.relative_to(SOURCE)}:{node.lineno}")
    return found


@pytest.mark.parametrize("module", ["model/storage.py", "model/reading.py"])
def test_the_reader_words_every_message_through_the_catalogue(module):
    assert _literal_messages(SOURCE / module) == []


# Two words in a row in a string literal: a sentence someone reads (a command such as
# 'infographic-app export' is a name, not words).
SENTENCE = re.compile(r"(?<![-\w])[A-Za-z]{2,}[ ,;:'()]+[A-Za-z]{2,}")


def _literal_sentences(path: Path) -> list[str]:
    """The string literals in `path` that read as words (docstrings left out): in a module
    that speaks only through the catalogue, each is a message that bypasses it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr)}
    found = []
    for node in ast.walk(tree):
        if id(node) in docstrings or isinstance(node, ast.JoinedStr):
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and SENTENCE.search(node.value):
            found.append(f"{path.relative_to(SOURCE)}:{node.lineno}: {node.value[:40]}")
    return found


@pytest.mark.parametrize("module", ["model/theme.py", "model/asset_files.py", "model/svg.py",
                                    "model/file_paths.py",
                                    "cli.py", "cli_editions.py"])
def test_theme_and_command_line_words_every_message_through_the_catalogue(module):
    assert _literal_messages(SOURCE / module) == []
    assert _literal_sentences(SOURCE / module) == []


def _theme_with(tmp_path: Path, old: str = "", new: str = "") -> Path:
    """The bundled theme in `tmp_path`, its files found, with `old` replaced by `new`."""
    theme = tmp_path / "theme.yaml"
    folder = default_theme().parent
    theme.write_text(default_theme().read_text(encoding="utf-8")
                     .replace("fonts/", f"{folder / 'fonts'}/")
                     .replace("profiles/", f"{folder / 'profiles'}/").replace(old, new, 1),
                     encoding="utf-8")
    return theme


@pytest.mark.parametrize(("language", "words"), [
    ("nl_NL.UTF-8", ("verwacht een getal van 3 tot en met 50, niet 'veel'",
                     "lettertypebestand 'weg.ttf' bestaat niet",
                     "verwacht vier inktpercentages")),
    ("C", ("expected a number from 3 to 50, not 'veel'", "the font file 'weg.ttf' does not exist",
           "expected four ink percentages")),
])
def test_the_theme_s_problems_are_said_in_the_user_s_language(tmp_path, monkeypatch, language,
                                                                words):
    _speak(monkeypatch, language)
    theme = _theme_with(tmp_path, "margin_mm: ", "margin_mm: veel #")
    text = theme.read_text(encoding="utf-8")
    italic = next(line for line in text.splitlines() if line.strip().startswith("italic:"))
    theme.write_text(text.replace(italic, "  italic: weg.ttf")
                     .replace("cmyk: [0, 95, 35, 0]", "cmyk: [1, 2]", 1), encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_theme(theme)
    said = str(refused.value)
    assert all(word in said for word in words), said


def test_a_damaged_logo_is_said_in_dutch(tmp_path, monkeypatch):
    _speak(monkeypatch, "nl_NL.UTF-8")
    (tmp_path / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" '
                                       'height="10"><script>x</script></svg>', encoding="utf-8")
    theme = _theme_with(tmp_path)
    theme.write_text(theme.read_text(encoding="utf-8")
                     + "logo: {file: logo.svg, width_mm: 20, colour: paper}\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_theme(theme)
    assert "het logo 'logo.svg' is niet te gebruiken: de SVG bevat een script (<script>), " \
           "en dat mag een logo niet" in str(refused.value)


def _speak(monkeypatch, language: str) -> None:
    """The system's language as the shell's LANG says: 'nl_NL.UTF-8', 'C'."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", language)
    monkeypatch.setattr(messages.locale, "getlocale", lambda: (None, None))


def test_a_file_that_cannot_be_read_is_refused_in_dutch(tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    missing = tmp_path / "weg.yaml"
    with pytest.raises(InputError) as refused:
        load_document(missing)
    assert str(refused.value).endswith("weg.yaml: het bestand bestaat niet")
    (tmp_path / "map.yaml").mkdir()
    with pytest.raises(InputError) as refused:
        load_document(tmp_path / "map.yaml")
    assert "het is geen gewoon bestand maar een map" in str(refused.value)
    broken = tmp_path / "kapot.yaml"
    broken.write_text("schema_version: 2\nfigures: {}\npages: []\nlocale: xx\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_document(broken)
    assert "onbekende taalinstelling 'xx'; gebruik een van" in str(refused.value)


@pytest.mark.parametrize(("environment", "platform", "windows", "system", "expected"), [
    ({"LANG": "nl_NL.UTF-8"}, "linux", None, "", "nl"),
    ({"LANGUAGE": "nl:en", "LANG": "en_GB.UTF-8"}, "linux", None, "", "nl"),
    ({"LC_ALL": "C", "LANG": "nl_BE.UTF-8"}, "linux", None, "", "nl"),
    ({}, "win32", 0x0413, "", "nl"),  # Windows in Dutch: nothing in the environment
    ({}, "win32", 0x0813, "", "nl"),  # Flemish
    ({}, "win32", 0x0409, "Dutch_Netherlands", "en"),  # English display language wins
    ({}, "win32", None, "Dutch_Netherlands", "nl"),
    ({}, "darwin", None, "nl_NL", "nl"),  # macOS app started from the Finder
    ({}, "darwin", None, "en_US", "en"),
])
def test_the_language_comes_from_the_system_on_every_platform(
        monkeypatch, environment, platform, windows, system, expected):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    monkeypatch.setattr(messages.sys, "platform", platform)
    monkeypatch.setattr(messages, "_windows_display_language", lambda: windows)
    monkeypatch.setattr(messages.locale, "getlocale", lambda: (system or None, None))
    assert command_line_language() == expected


def test_the_editor_s_choice_outweighs_the_system(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    messages.use_language("nl")
    try:
        assert say("file_missing") == "het bestand bestaat niet"
    finally:
        messages.use_language(None)
    assert say("file_missing") == "the file does not exist"
