"""The rules Windows puts on the files the app writes, told before writing instead of after:
names it keeps for devices (CON, NUL, COM1 …), names ending in a dot or a space, characters
it refuses, paths longer than MAX_PATH, and a file held open by another program.

The name rules are applied on every platform: a factsheet's PDF travels (e-mail, a shared
drive) to colleagues and print shops on Windows, where such a file cannot be opened.
Each rule answers with a message key of model/messages.py and its parameters, for the
caller to say in the user's language.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

# Names Windows keeps for devices, whatever the extension (nul.pdf is the device NUL).
RESERVED_NAMES = frozenset({"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
                            *(f"LPT{n}" for n in range(1, 10))})
# Characters Windows refuses in a file name (besides the path separators).
REFUSED_CHARACTERS = '<>:"|?*'
# The longest path the Windows programs of a laptop open without long-path support.
MAX_PATH = 259
# Windows' errors for a file another program has open: sharing and lock violation.
_IN_USE_ERRORS = (32, 33)
_ACCESS_DENIED = 5


def name_problem(path: Path, platform: str | None = None) -> tuple[str, dict] | None:
    """What is wrong with writing a file at `path` for Windows, as (message key, params), or
    None. Keys: 'name_reserved' (CON.pdf), 'name_trailing_dot', 'name_trailing_space',
    'name_character' (holds one of REFUSED_CHARACTERS or a control character), and, on
    Windows only (`platform`, default sys.platform), 'path_too_long' (more than MAX_PATH
    characters once made absolute)."""
    name = Path(path).name
    device = name.split(".")[0].rstrip(" ").upper()
    if device in RESERVED_NAMES:
        return "name_reserved", {"name": name, "device": device}
    if name.endswith("."):
        return "name_trailing_dot", {"name": name}
    if name.endswith(" "):
        return "name_trailing_space", {"name": name}
    refused = next((char for char in name if char in REFUSED_CHARACTERS or ord(char) < 32),
                   None)
    if refused is not None:
        shown = refused if ord(refused) >= 32 else f"U+{ord(refused):04X}"
        return "name_character", {"name": name, "character": shown}
    if (platform or sys.platform) == "win32":
        length = len(str(Path(path).absolute()))
        if length > MAX_PATH:
            return "path_too_long", {"length": length, "limit": MAX_PATH}
    return None


def held_by_another_program(error: OSError, path: Path, platform: str | None = None) -> bool:
    """Whether writing `path` failed because another program has it open (a PDF reader holds
    the PDF): Windows' sharing or lock violation, or its 'access denied' when replacing a file
    that exists and is not read-only. Always False on other platforms (`platform`, default
    sys.platform), where an open file can be replaced."""
    if (platform or sys.platform) != "win32":
        return False
    code = getattr(error, "winerror", None)
    if code in _IN_USE_ERRORS:
        return True
    denied = code == _ACCESS_DENIED or error.errno == errno.EACCES
    try:
        return denied and Path(path).is_file() and not is_read_only(Path(path))
    except OSError:
        return False


def is_read_only(path: Path) -> bool:
    """Whether the existing file at `path` is marked read-only: no one may write it (no write
    permission bit, as `chmod a-w` or a file manager's 'read-only' leaves it), or this user may
    not. A rename over it would still replace it, so a save asks first. False for a path
    with no file."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK)
