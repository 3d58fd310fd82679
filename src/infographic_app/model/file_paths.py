"""Paths a file names (a theme in a factsheet; fonts, a profile, a logo in a theme), checked
before they are used: whatever a typed path holds, the answer is a path or a reason in words."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from infographic_app.model.problems import escape_invisible

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
        raise UnusablePath(f"the path holds an invisible control character "
                           f"({escape_invisible(char)}); retype it")
    if len(value) > MAX_PATH_CHARS:
        raise UnusablePath(f"the path is {len(value):,} characters long; a path has at most "
                           f"{MAX_PATH_CHARS:,}")
    try:
        return (Path(base) / value).resolve()
    except RuntimeError:  # Python before 3.13: a loop of symbolic links
        raise UnusablePath("the path leads through a loop of symbolic links") from None
    except (OSError, ValueError) as exc:
        raise UnusablePath(f"the path cannot be used: {getattr(exc, 'strerror', None) or exc}"
                           ) from None


def not_a_file(path: Path) -> str | None:
    """Why `path` cannot be read as a file, in words ('it does not exist', 'it is a named
    pipe (FIFO), not a file'); None for a regular file (after links)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "it does not exist"
    except OSError as exc:
        return f"it cannot be read: {exc.strerror or exc}"
    if stat.S_ISREG(mode):
        return None
    kinds = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
             (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
             (stat.S_ISSOCK, "a socket"))
    kind = next((name for test, name in kinds if test(mode)), "a special file")
    return f"it is {kind}, not a file"
