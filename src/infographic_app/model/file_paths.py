"""Paths a file names (a theme in a factsheet; fonts, a profile, a logo in a theme), checked
before they are used: whatever a typed path holds, the answer is a path or a reason in words."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from infographic_app.model.messages import say
from infographic_app.model.problems import escape_invisible
from infographic_app.model.storage import file_kind

# Longer than any real path (Linux allows 4,096 bytes, Windows 32,767 characters with \\?\,
# 260 without); a longer one is refused before the file system sees it.
MAX_PATH_CHARS = 4096


class UnusablePath(ValueError):
    """A path that cannot name a file; the message says why in plain words."""


def named_file(base: Path, value: str) -> Path:
    """The absolute path `value` names, relative to the folder `base`.

    Raises UnusablePath for a path that holds a control character (a NUL ends a path early
    for the system), is longer than MAX_PATH_CHARS, or leads through a loop of symbolic links
    or a name the system refuses (too long a folder name). A path to no file is returned as
    it is: whether the file is there is for the reader to say.
    """
    if any(ord(char) < 32 or ord(char) == 127 for char in value):
        char = next(c for c in value if ord(c) < 32 or ord(c) == 127)
        raise UnusablePath(say("path_control_character", character=escape_invisible(char)))
    if len(value) > MAX_PATH_CHARS:
        raise UnusablePath(say("path_too_many_chars", length=f"{len(value):,}",
                               limit=f"{MAX_PATH_CHARS:,}"))
    try:
        return (Path(base) / value).resolve()
    except RuntimeError:  # Python before 3.13: a loop of symbolic links
        raise UnusablePath(say("path_link_loop")) from None
    except (OSError, ValueError) as exc:
        raise UnusablePath(say("path_unusable", reason=getattr(exc, "strerror", None) or exc)
                           ) from None


def not_a_file(path: Path) -> str | None:
    """Why `path` cannot be read as a file, in words ('it does not exist', 'it is a named
    pipe (FIFO), not a file'); None for a regular file (after links)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return say("path_missing")
    except OSError as exc:
        return say("path_unreadable", reason=exc.strerror or exc)
    if stat.S_ISREG(mode):
        return None
    return say("path_not_a_file", kind=say(file_kind(mode)))
