"""Reading YAML with line numbers, and writing files so that a failure never leaves half a file."""

from __future__ import annotations

import bisect
import errno
import gc
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from infographic_app.model.messages import say
from infographic_app.model.problems import InputError, Problem

# A place in the file: keys and list indexes, e.g. ("pages", 0, "blocks", 2, "heading").
DocumentPath = tuple[str | int, ...]


class SourceMap:
    """Line numbers (1-based) of every key and item of a loaded YAML file, and the text of
    every unquoted value as it was typed."""

    def __init__(self, file: str):
        self.file = file
        self.text_lines: list[str] = []  # the file, line by line
        self._lines: dict[DocumentPath, int] = {}
        self._typed: dict[DocumentPath, str] = {}
        self._starts: list[int] | None = None  # every recorded line, sorted; built when asked
        self.long_texts: list[DocumentPath] = []  # values longer than MAX_TEXT_CHARS

    def record(self, path: DocumentPath, line: int) -> None:
        """Remember that the key or item at `path` is on `line` (1-based); by the reader."""
        self._lines[path] = line
        self._starts = None

    def record_typed(self, path: DocumentPath, text: str) -> None:
        """Remember how the unquoted value at `path` was typed; by the reader."""
        self._typed[path] = text

    def typed(self, path: DocumentPath) -> str | None:
        """The unquoted value at `path` as written in the file ('010', where YAML reads 8);
        None for a quoted or block text, a list, a mapping, or a path the file does not hold."""
        return self._typed.get(path)

    def line(self, path: DocumentPath) -> int | None:
        """The line of `path`, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            if path[:end] in self._lines:
                return self._lines[path[:end]]
        return None

    def line_of_text(self, path: DocumentPath, text: str) -> int | None:
        """The line of a multi-line value at `path` on which `text` first appears."""
        start = self.line(path)
        if start is None:
            return None
        if self._starts is None:
            self._starts = sorted(set(self._lines.values()))
        after = bisect.bisect_right(self._starts, start)
        end = self._starts[after] if after < len(self._starts) else len(self.text_lines) + 1
        return next((n for n in range(start, end) if text in self.text_lines[n - 1]), start)

    def problem(self, path: DocumentPath, field: str, message: str, line: int | None = None,
                **kw: Any) -> Problem:
        """A problem with this file, on `line` or else on the line of `path`."""
        return Problem(message, field=field, file=self.file, line=line or self.line(path), **kw)


# Limits on what a file may make the app do. A factsheet (about 10 kB, 1,000 values, nested 8
# deep, texts under 1,000 characters) and a theme (3 kB) stay far below each; a file beyond
# one is refused with the limit in the message, before it can take minutes or gigabytes.
MAX_YAML_BYTES = 1_000_000  # a factsheet or theme file
MAX_YAML_VALUES = 100_000  # values in a file once YAML aliases (*name) are expanded
MAX_YAML_DEPTH = 50  # lists and fields inside one another
MAX_TEXT_CHARS = 20_000  # one text value: some ten pages of plain text, far more than a box holds
# Characters YAML takes for a line break (next line, line and paragraph separator) where an
# editor shows none: they would make every later line number in a message wrong.
_YAML_LINE_BREAKS = {"\x85": "U+0085", "\u2028": "U+2028", "\u2029": "U+2029"}


def read_flags() -> int:
    """How read_limited opens a file: read-only, never waiting on a FIFO or taking a terminal,
    and in binary mode on Windows, whose C runtime otherwise reads in text mode (it stops at
    the first 0x1A byte and turns CRLF into LF: 81 bytes of a 661 kB font, 5 of a PNG)."""
    return (os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
            | getattr(os, "O_NOCTTY", 0))


class UnusableFile(ValueError):
    """A file that is not read: not a regular file, or larger than its limit. The message says
    why in plain words ('it is not a regular file but a named pipe (FIFO)')."""


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file `path`, at most `limit` bytes of them.

    Never blocks on a named pipe or device and never reads past `limit`: a FIFO, a device
    (`/dev/zero`), a folder or a socket raises UnusableFile without being read, and so does a
    file of more than `limit` bytes (the message gives the limit in kB or MB). Raises
    FileNotFoundError and other OSErrors as `open` does.
    """
    fd = os.open(path, read_flags())
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise UnusableFile(say("file_not_regular", kind=say(file_kind(mode))))
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise UnusableFile(say("file_too_large", size=_size(limit)))
        return b"".join(chunks)
    finally:
        os.close(fd)


def file_kind(mode: int) -> str:
    """The message key naming the kind of a file that is not a regular one."""
    kinds = ((stat.S_ISDIR, "file_kind_folder"), (stat.S_ISFIFO, "file_kind_pipe"),
             (stat.S_ISCHR, "file_kind_device"), (stat.S_ISBLK, "file_kind_device"),
             (stat.S_ISSOCK, "file_kind_socket"))
    return next((key for test, key in kinds if test(mode)), "file_kind_special")


def _os_reason(error: OSError) -> str:
    """Why the system could not read a file, in the user's words where it is a common case."""
    if isinstance(error, PermissionError):
        return say("file_no_permission")
    return error.strerror or str(error)


def _size(limit: int) -> str:
    return f"{limit / 1_000_000:g} MB" if limit >= 1_000_000 else f"{limit / 1000:g} kB"


def read_yaml(path: Path) -> tuple[dict, SourceMap]:
    """Load a YAML mapping and remember where each value came from.

    Raises InputError, naming the file (and the line where there is one), for a file that does
    not exist, is not a regular file, is larger than MAX_YAML_BYTES, is not UTF-8, is not valid
    YAML, or is nested or expands (YAML aliases) beyond MAX_YAML_DEPTH and MAX_YAML_VALUES.
    Texts longer than MAX_TEXT_CHARS are loaded but listed in `SourceMap.long_texts`, for the
    reader to refuse with the field's name.
    """
    source = SourceMap(str(path))
    try:
        data = read_limited(Path(path), MAX_YAML_BYTES)
    except FileNotFoundError:
        raise InputError([Problem(say("file_missing"), file=str(path))]) from None
    except UnusableFile as exc:
        raise InputError([Problem(say("file_unusable", reason=exc), file=str(path))]) from None
    except OSError as exc:
        raise InputError([Problem(say("file_unreadable", reason=_os_reason(exc)),
                                  file=str(path))]) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InputError([Problem(say("file_not_utf8", byte=f"{data[exc.start]:#04x}"),
                                  file=str(path), line=line)]) from None
    # As a text file is read in Python: \r\n and a lone \r end a line, like \n.
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    return parse_yaml(text, source), source


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cycle collector paused, for work that makes many objects and no garbage
    cycles (parsing a file, laying out a document): the collector's passes over everything
    made so far grew with the document (a 200-page factsheet loaded 40% slower with it).
    Whatever such work drops is still freed at once, by reference counting."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def collect_young() -> None:
    """One pass of the cycle collector over the youngest objects only (those made since the
    last pass), paused or not. Big work that pauses the collector calls it after each piece
    (a laid-out page): the pass then looks at one page's objects while they are still in the
    processor's cache, and stops tracking the tuples of numbers among them, instead of one
    pass over a whole document's objects when the collector resumes, which grew faster than
    the document (50 ms for 200 pages, 2.3 ms for 20)."""
    gc.collect(0)


def parse_yaml(text: str, source: SourceMap) -> dict:
    """The YAML mapping in `text`, with `source` filled in (lines, values as typed, long texts).

    Raises InputError with the file and line for text that is not valid YAML, holds a
    character YAML takes for a line break where an editor shows none, is nested deeper than
    MAX_YAML_DEPTH, expands to more than MAX_YAML_VALUES values through aliases, or holds a
    value YAML cannot construct (a date that does not exist, `!!int abc`).
    """
    from infographic_app.model.yaml_text import parsed  # PyYAML: not for a remembered read

    with collection_paused():
        return parsed(text, source)


# A temporary file beside an output older than this is left over from a write that was killed
# (kill -9, a power cut) and is removed by the next write of that output; a younger one may
# belong to a write still in progress (a second window saving the same file).
STALE_TEMP_SECONDS = 60


def remove_stale_temporaries(path: Path) -> None:
    """Delete the temporary files atomic_write left beside `path` when a process writing it
    was killed (`.NAME.xxxxxxxx.tmp`, older than STALE_TEMP_SECONDS). Never raises OSError:
    a file that cannot be removed simply stays."""
    import time

    path = Path(path)
    limit = time.time() - STALE_TEMP_SECONDS
    try:
        pattern = f"{_glob_escape(temporary_prefix(path))}????????.tmp"
        candidates = list(path.parent.glob(pattern))
    except OSError:
        return
    for candidate in candidates:
        try:
            if candidate.is_file() and candidate.stat().st_mtime < limit:
                candidate.unlink()
        except OSError:
            pass


def _glob_escape(name: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[]" else ch for ch in name)


# A text file is written in UTF-8 with LF line ends on every platform (Python's default on
# Windows is CRLF, which would make a one-word change show as a change of every line).
TEXT_WRITING = {"encoding": "utf-8", "newline": "\n"}


@contextmanager
def atomic_write(path: Path, mode: str = "wb") -> Iterator[Any]:
    """Write to a temporary file beside `path`, fsync it, then rename it over `path`.

    In text mode ("w") it writes UTF-8 with LF line ends on every platform (TEXT_WRITING).
    Whatever goes wrong before the rename, an existing file at `path` is untouched
    and no temporary file is left behind; temporary files a killed earlier write left are
    removed (see remove_stale_temporaries). Raises OSError as the writes do.
    """
    path = Path(path)
    remove_stale_temporaries(path)
    fd, tmp = tempfile.mkstemp(prefix=temporary_prefix(path), suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else TEXT_WRITING)) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_all(files: Mapping[Path, bytes] | Iterable[tuple[Path, bytes]],
                     remove: Iterable[Path] = ()) -> None:
    """Write several files as one set, and remove the files in `remove` with it (the pages of
    an earlier, longer export). `files` may be a generator of (path, data): each file goes to
    a temporary file beside it as it comes, so only one is held in memory at a time.

    Only when every file is complete (and synced) are they renamed into place. When anything
    fails, before or while renaming (a full disk, a file name that is a folder, a file of
    another user in a shared folder), every file already replaced is put back, every removed
    file returns, and no temporary file is left: the earlier set stays whole and the OSError
    is raised, its `filename` the file that failed. Only if putting back fails as well is
    SetPartlyReplaced raised, naming the files that now hold the new version.
    """
    items = files.items() if isinstance(files, Mapping) else files
    written: list[tuple[str, Path]] = []
    try:
        for path, data in items:
            path = Path(path)
            written.append((_write_temporary(path, data), path))
        _replace_all(written, [Path(path) for path in remove])
    except BaseException:
        for tmp, _ in written:
            Path(tmp).unlink(missing_ok=True)
        raise


class SetPartlyReplaced(OSError):
    """A set of files that could neither be replaced whole nor be put back: `new` are the
    files that hold the new version; the others hold the earlier one."""

    def __init__(self, cause: OSError, new: list[Path]):
        names = ", ".join(path.name for path in new)
        super().__init__(cause.errno, f"{cause.strerror or cause}; {names} could not be put "
                                      "back and already hold the new version",
                         cause.filename)
        self.new = new


def _write_temporary(path: Path, data: bytes) -> str:
    """`data` in a new, synced temporary file beside `path`, with `path`'s permissions."""
    remove_stale_temporaries(path)
    fd, tmp = tempfile.mkstemp(prefix=temporary_prefix(path), suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _replace_all(written: list[tuple[str, Path]], remove: list[Path]) -> None:
    """Rename each temporary over its file and take the files in `remove` away, keeping what
    each held aside until all is done; on any failure, put everything back."""
    done: list[tuple[Path, Path | None]] = []  # a file changed, and what it held before
    try:
        for tmp, path in written:
            kept = _set_aside(path, keep=True)
            try:
                os.replace(tmp, path)
            except OSError as exc:
                if kept is not None:
                    kept.unlink(missing_ok=True)
                raise _naming(exc, path) from None
            done.append((path, kept))
        for path in remove:
            done.append((path, _set_aside(path, keep=False)))
    except BaseException as exc:
        not_back = _put_back(done)
        if not_back and isinstance(exc, OSError):
            raise SetPartlyReplaced(exc, not_back) from exc
        raise
    for _, kept in done:
        if kept is not None:
            kept.unlink(missing_ok=True)


def _set_aside(path: Path, keep: bool) -> Path | None:
    """What `path` holds, under a temporary name beside it (a second link to it when `keep`,
    else the file itself moved there); None when there is no file at `path`."""
    if not os.path.lexists(path):
        return None
    fd, name = tempfile.mkstemp(prefix=temporary_prefix(path), suffix=".tmp", dir=path.parent)
    os.close(fd)
    aside = Path(name)
    try:
        if not keep:
            os.replace(path, aside)
            return aside
        if not path.is_file() or path.is_symlink():
            raise OSError(errno.EISDIR if path.is_dir() else errno.EEXIST,
                          "this name is taken by a folder or other non-file", str(path))
        aside.unlink()
        try:
            os.link(path, aside)
        except OSError:  # a file system without hard links, or protected ones: a copy
            shutil.copyfile(path, aside)
        return aside
    except OSError as exc:
        aside.unlink(missing_ok=True)
        raise _naming(exc, path) from None


def _put_back(done: list[tuple[Path, Path | None]]) -> list[Path]:
    """Undo `done` (last first): each file gets back what it held, a new file is removed.
    Returns the files that could not be put back."""
    failed = []
    for path, kept in reversed(done):
        try:
            if kept is None:
                path.unlink(missing_ok=True)
            else:
                os.replace(kept, path)
        except OSError:
            failed.append(path)
    return failed[::-1]


def _naming(exc: OSError, path: Path) -> OSError:
    """`exc` with `path` as its file name, for a message that says which file failed."""
    return OSError(exc.errno, exc.strerror or str(exc), str(path))


# Most file systems allow names of 255 bytes; a temporary name adds 14 to the file's ('.',
# '.', 8 random characters, '.tmp'), so a longer file name is shortened in it.
_MAX_NAME_BYTES = 255
_TEMPORARY_EXTRA_BYTES = 14


def temporary_prefix(path: Path) -> str:
    """The start of the name of a temporary file beside `path`: '.NAME.', NAME cut (at a
    character's end) so that the whole temporary name fits in 255 bytes."""
    name = Path(path).name
    encoded = os.fsencode(name)
    room = _MAX_NAME_BYTES - _TEMPORARY_EXTRA_BYTES
    if len(encoded) > room:
        name = os.fsdecode(encoded[:room].decode("utf-8", "ignore").encode("utf-8"))
    return f".{name}."


def dump_yaml(data: dict, quick: bool = False) -> str:
    """`data` as YAML text, keys in their order, long texts as folded blocks.

    quick: with libyaml's emitter (when PyYAML has it), five times faster (a 50-page
    factsheet in 40 ms instead of 200 ms). It reads back as the same data and writes an
    ordinary factsheet the same, but some rare texts (tabs, control characters) are quoted
    or folded otherwise than by the Python emitter, whose choices the comment-keeping save
    imitates: for text only the app reads back, such as a recovery copy."""
    from infographic_app.model.yaml_text import dumped  # PyYAML: not for a remembered read

    return dumped(data, quick)


def needs_double_quotes(value: str) -> bool:
    """Whether `value` must be written in double quotes to read back as it is: it holds a
    character YAML takes for a line break where a text editor shows none, which the reader
    refuses written as it is; in double quotes the emitters write it as an escape."""
    return any(char in value for char in _YAML_LINE_BREAKS)


def is_number(value: object) -> bool:
    """A YAML int or float (YAML's true/false are not numbers)."""
    return isinstance(value, int | float) and not isinstance(value, bool)

