"""No key is bound twice, under each of Qt's key schemes this machine can show.

Qt gives a standard key (Redo, Save as, Zoom in) different keys per platform: on Windows
Redo is Ctrl+Y as well as Ctrl+Shift+Z. A key bound to two actions fires neither ("ambiguous
shortcut"), so the soft proof, which had Ctrl+Y, and Redo both did nothing on Windows.
"""

import collections
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).resolve().parent / "shortcut_probe.py"
SRC = Path(__file__).resolve().parents[2] / "src"
# Desktop sessions that would make Qt pick a scheme of its own.
SESSION_VARIABLES = ("KDE_FULL_SESSION", "KDE_SESSION_VERSION", "XDG_CURRENT_DESKTOP",
                     "DESKTOP_SESSION", "GNOME_DESKTOP_SESSION_ID", "QT_QPA_PLATFORMTHEME")

# Standard keys no widget of the app acts on: it has no full-screen mode (KDE's FullScreen is
# Ctrl+Shift+F, our New figure).
UNUSED_STANDARD_KEYS = {"FullScreen"}


def _schemes() -> dict[str, dict[str, str]]:
    """Key scheme -> the environment that makes Qt use it. Offscreen Qt has the Windows
    scheme (the default of QPlatformTheme); the others need an X server (Xvfb)."""
    schemes = {"windows": {"QT_QPA_PLATFORM": "offscreen"}}
    if shutil.which("xvfb-run") and shutil.which("Xvfb"):
        x11 = {"QT_QPA_PLATFORM": "xcb"}
        schemes["x11"] = x11
        schemes["gnome"] = {**x11, "QT_QPA_PLATFORMTHEME": "gnome"}
        schemes["kde"] = {**x11, "QT_QPA_PLATFORMTHEME": "kde", "KDE_FULL_SESSION": "true",
                          "KDE_SESSION_VERSION": "5"}
    return schemes


def _probe(scheme: str, variables: dict[str, str]) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in SESSION_VARIABLES}
    env.update(variables)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")])
    command = [sys.executable, str(PROBE)]
    if variables["QT_QPA_PLATFORM"] == "xcb":
        command = ["xvfb-run", "-a", *command]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{scheme}: {done.stderr[-3000:]}"
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module", params=list(_schemes()))
def bindings(request):
    return request.param, _probe(request.param, _schemes()[request.param])


def test_the_probe_sees_the_key_scheme_it_was_started_for(bindings):
    scheme, found = bindings
    redo = set(found["standard"]["Redo"])
    if scheme == "windows":
        assert found["platform"] == "offscreen" and "Ctrl+Y" in redo
    else:
        assert found["platform"] == "xcb" and "Ctrl+Shift+Z" in redo


def test_no_key_is_bound_to_two_actions(bindings):
    scheme, found = bindings
    owners = collections.defaultdict(list)
    for action in found["actions"]:
        if action["window_wide"]:
            for key in action["keys"]:
                owners[key].append(action["text"])
    twice = {key: texts for key, texts in owners.items() if len(texts) > 1}
    assert not twice, f"{scheme}: {twice}"


def test_standard_actions_have_all_of_the_platforms_keys(bindings):
    scheme, found = bindings
    standard = [a for a in found["actions"] if a["standard_key"]]
    assert {a["standard_key"] for a in standard} >= {"New", "Open", "Save", "SaveAs"}
    for action in standard:
        assert set(found["standard"].get(action["standard_key"], [])) <= set(action["keys"]), \
            (scheme, action)
    undo, redo = (next(a for a in found["actions"] if a["text"] == text)
                  for text in ("&Undo", "&Redo"))
    assert set(found["standard"]["Undo"]) <= set(undo["keys"])
    assert set(found["standard"]["Redo"]) | {"Ctrl+Shift+Z"} <= set(redo["keys"])


def test_no_key_of_our_own_is_a_standard_key_of_the_platform(bindings):
    """A key chosen by us (Ctrl+E export, Ctrl+Shift+P soft proof) must not be one the
    platform gives a standard action: a text field or the platform would take it."""
    scheme, found = bindings
    standard = collections.defaultdict(list)
    for name, keys in found["standard"].items():
        if name in UNUSED_STANDARD_KEYS:
            continue
        for key in keys:
            standard[key].append(name)
    for action in found["actions"]:
        own = set(action["keys"]) - set(found["standard"].get(action["standard_key"] or "", []))
        if action["text"] == "&Redo":
            own -= set(found["standard"]["Redo"]) | {"Ctrl+Shift+Z"}
        if action["text"] == "&Undo":
            own -= set(found["standard"]["Undo"])
        clashes = {key: standard[key] for key in own if key in standard}
        assert not clashes, (scheme, action["text"], clashes)


def test_soft_proof_has_a_key_of_its_own(bindings):
    scheme, found = bindings
    [proof] = [a for a in found["actions"] if "soft proof" in a["text"]]
    assert proof["keys"] == ["Ctrl+Shift+P"]


def test_bold_and_italic_keys_belong_to_the_text_fields_alone(bindings):
    """Ctrl+B / Ctrl+I in a text field wrap the selection in **…** / *…*; no action of the
    window may have those keys too, or the field's would not fire."""
    scheme, found = bindings
    field_keys = set()
    for name in ("Bold", "Italic"):
        fields = [a for a in found["actions"] if a["standard_key"] == name]
        assert fields and not any(a["window_wide"] for a in fields), (scheme, name)
        assert all(set(found["standard"][name]) <= set(a["keys"]) for a in fields)
        field_keys |= set(found["standard"][name])
    assert {"Ctrl+B", "Ctrl+I"} <= field_keys
    window_keys = {k for a in found["actions"] if a["window_wide"] for k in a["keys"]}
    assert not field_keys & window_keys, scheme


def test_find_and_replace_has_a_key_in_every_scheme(bindings):
    """The README promises a key for Find and replace; plain X11 gives Replace none."""
    scheme, found = bindings
    [replace] = [a for a in found["actions"] if a["standard_key"] == "Replace"]
    assert replace["keys"] == (found["standard"].get("Replace") or ["Ctrl+H"]), scheme
