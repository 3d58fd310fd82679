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

import yaml

from infographic_app.model.messages import say
from infographic_app.model.problems import InputError, Problem, escape_invisible, quote_value

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


# libyaml's parser when PyYAML was built with it: several times faster on a factsheet.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str, source: SourceMap) -> dict:
    """The YAML mapping in `text`, with `source` filled in (lines, values as typed, long texts).

    Raises InputError with the file and line for text that is not valid YAML, holds a
    character YAML takes for a line break where an editor shows none, is nested deeper than
    MAX_YAML_DEPTH, expands to more than MAX_YAML_VALUES values through aliases, or holds a
    value YAML cannot construct (a date that does not exist, `!!int abc`).
    """
    with collection_paused():
        return _parse_yaml(text, source)


def _parse_yaml(text: str, source: SourceMap) -> dict:
    source.text_lines = text.split("\n")
    _refuse_hidden_line_breaks(source)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise InputError([Problem(say("file_empty"), file=source.file, line=1)])
        if not isinstance(node, yaml.MappingNode):
            raise InputError([Problem(say("file_not_mapping", kind=say(_kind(node))),
                                      file=source.file, line=node.start_mark.line + 1)])
        _check_size(node, source)
        return _convert(node, (), loader, source)
    except yaml.MarkedYAMLError as exc:
        said = f"{exc.context or ''} {exc.problem or ''}"
        from_start, what = next(((start, say(key, depth=MAX_YAML_DEPTH))
                                 for words, start, key in _PLAIN if words in said),
                                (False, exc.problem or exc.context or say("yaml_unreadable_line")))
        mark = (exc.context_mark if from_start else None) or exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = Problem(say("yaml_invalid", what=what), file=source.file, line=line)
        raise InputError([problem]) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow in a file
        line = text[:exc.position].count("\n") + 1
        raise InputError([Problem(say("yaml_forbidden_character", code=f"U+{exc.character:04X}"),
                                  file=source.file, line=line)]) from None
    except yaml.YAMLError as exc:
        raise InputError([Problem(say("yaml_invalid", what=exc), file=source.file)]) from None
    finally:
        loader.dispose()


# What the YAML parser says (PyYAML and libyaml word it differently), in plain words: the words
# to look for, whether the line to fix is where the quote or bracket began, and the message key.
_PLAIN = (
    ("maximum nesting depth", False, "yaml_nested_too_deep"),
    ("invalid Unicode character", False, "yaml_bad_unicode_escape"),
    ("control characters are not allowed", False, "yaml_control_character"),
    ("escape", False, "yaml_backslash"),
    ("hexdecimal", False, "yaml_backslash"),  # sic, libyaml
    ("quoted scalar", True, "yaml_quote_not_closed"),
    ("simple key", True, "yaml_no_colon"),
    ("flow", True, "yaml_bracket_not_closed"),
    ("mapping values are not allowed", False, "yaml_colon_in_value"),
    ("did not find expected key", False, "yaml_misaligned"),
    ("expected <block end>", False, "yaml_misaligned"),
    ("tab character", False, "yaml_tab"),
    ("'\\t'", False, "yaml_tab"),
    ("cannot start any token", False, "yaml_bad_start"),
    ("another document", False, "yaml_second_document"),
    ("undefined alias", False, "yaml_undefined_alias"),
    ("found duplicate anchor", False, "yaml_duplicate_anchor"),
    ("could not find expected ':'", True, "yaml_no_colon"),
)


def _refuse_hidden_line_breaks(source: SourceMap) -> None:
    for number, line in enumerate(source.text_lines, 1):
        found = next((name for char, name in _YAML_LINE_BREAKS.items() if char in line), None)
        if found:
            raise InputError([Problem(say("yaml_hidden_line_break", character=found),
                                      file=source.file, line=number)])


def _check_size(root: yaml.Node, source: SourceMap) -> None:
    """Refuse a node graph nested deeper than MAX_YAML_DEPTH or whose expansion (every alias
    counted as a copy of the value it names) holds more than MAX_YAML_VALUES values, before
    anything is expanded. Works without recursion, so depth itself cannot crash it."""
    size: dict[int, int] = {}  # id(node): values in its expansion
    depth: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    open_nodes: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        children = _children(node)
        if done:
            open_nodes.discard(key)
            size[key] = 1 + sum(size[id(c)] for c in children)
            depth[key] = 1 + max((depth[id(c)] for c in children), default=0)
            if depth[key] > MAX_YAML_DEPTH or len(open_nodes) >= MAX_YAML_DEPTH:
                raise _too_deep(node, source)
            if size[key] > MAX_YAML_VALUES:
                raise InputError([Problem(say("yaml_too_many_values", count=MAX_YAML_VALUES),
                                          file=source.file, line=node.start_mark.line + 1)])
            continue
        if key in size:
            continue
        if key in open_nodes:
            raise InputError([Problem(say("yaml_alias_loop"), file=source.file,
                                      line=node.start_mark.line + 1)])
        open_nodes.add(key)
        if len(open_nodes) > MAX_YAML_DEPTH:
            raise _too_deep(node, source)
        stack.append((node, True))
        stack.extend((child, False) for child in children if id(child) not in size)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _too_deep(node: yaml.Node, source: SourceMap) -> InputError:
    return InputError([Problem(say("yaml_nested_more_than", depth=MAX_YAML_DEPTH),
                               file=source.file, line=node.start_mark.line + 1)])


def _kind(node: yaml.Node) -> str:
    """The message key naming what a YAML node holds instead of named fields."""
    return "yaml_kind_list" if isinstance(node, yaml.SequenceNode) else "yaml_kind_value"


def _convert(node: yaml.Node, path: DocumentPath, loader: Any, source: SourceMap) -> Any:
    source.record(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        result: dict = {}
        for key_node, value_node in node.value:
            key = (_scalar(key_node, loader, source, path) if isinstance(key_node, yaml.ScalarNode)
                   else loader.construct_object(key_node, deep=True))
            if isinstance(key, bool):  # yes, no, on, off, true, false (YAML 1.1)
                raise InputError([Problem(
                    say("yaml_key_yes_no", name=quote_value(key_node.value),
                        reading=say("yaml_reads_yes" if key else "yaml_reads_no"),
                        quoted=f"'{escape_invisible(key_node.value)}'"),
                    field=".".join(map(str, path)), file=source.file,
                    line=key_node.start_mark.line + 1)])
            if not isinstance(key, str | int):
                raise InputError([Problem(say("yaml_key_not_word"), file=source.file,
                                          line=key_node.start_mark.line + 1)])
            key = str(key)
            if key in result:
                raise InputError([Problem(
                    say("yaml_key_twice", key=quote_value(key), line=source.line((*path, key))),
                    field=".".join(map(str, (*path, key))),
                    file=source.file, line=key_node.start_mark.line + 1)])
            result[key] = _convert(value_node, (*path, key), loader, source)
            source.record((*path, key), key_node.start_mark.line + 1)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, (*path, i), loader, source) for i, item in enumerate(node.value)]
    if not node.style:  # plain, unquoted: YAML decides whether it is a number (libyaml: "")
        source.record_typed(path, node.value)
    if len(node.value) > MAX_TEXT_CHARS:
        source.long_texts.append(path)
    return _scalar(node, loader, source, path)


def _scalar(node: yaml.ScalarNode, loader: Any, source: SourceMap, path: DocumentPath) -> Any:
    if node.tag in _NUMBER_TAGS and len(node.value) > _MAX_NUMBER_CHARS:
        return node.value  # no figure has so many digits; the reader says so, quoting them
    return _construct(node, loader, source, path)


_NUMBER_TAGS = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
# Longer than any number a figure may hold (numbers.MAX_FIGURE_DIGITS) by far, yet short
# enough for Python to convert (it refuses integers of more than 4,300 digits).
_MAX_NUMBER_CHARS = 100
_TAG_NAMES = {"tag:yaml.org,2002:timestamp": "yaml_tag_date",
              "tag:yaml.org,2002:int": "yaml_tag_int", "tag:yaml.org,2002:float": "yaml_tag_float",
              "tag:yaml.org,2002:bool": "yaml_tag_bool", "tag:yaml.org,2002:null": "yaml_tag_null",
              "tag:yaml.org,2002:binary": "yaml_tag_binary"}


def _construct(node: yaml.ScalarNode, loader: Any, source: SourceMap, path: DocumentPath) -> Any:
    """The value of a scalar node as YAML reads it; InputError with the line for a value YAML
    cannot read as its (given or implied) type: `2019-02-30`, `!!int abc`, `!foo bar`."""
    try:
        return loader.construct_object(node, deep=True)
    except Exception:  # PyYAML's constructors raise ValueError, KeyError, IndexError, ...
        line = node.start_mark.line + 1
        typed = quote_value(node.value)
        tag = node.tag
        written = source.text_lines[line - 1]
        before = written.partition(node.value)[0] if node.value else written
        if tag == "tag:yaml.org,2002:timestamp" and "!" not in before:  # not marked: implied
            message = say("yaml_no_such_date", typed=typed)
        elif tag in _TAG_NAMES:
            message = say("yaml_not_as_marked", typed=typed, kind=say(_TAG_NAMES[tag]),
                          mark=f"!!{tag.rsplit(':', 1)[-1]}")
        else:
            message = say("yaml_unknown_mark",
                          mark=quote_value(tag.replace("tag:yaml.org,2002:", "!!")))
        raise InputError([Problem(message, field=".".join(map(str, path)), file=source.file,
                                  line=line)]) from None


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
    if quick:
        try:
            return yaml.dump(data, Dumper=_QuickDumper, sort_keys=False, allow_unicode=True,
                             width=100)
        except UnicodeEncodeError:  # a lone surrogate: libyaml cannot write it, PyYAML can
            pass
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


class _Dumper(yaml.SafeDumper):
    """Long texts as folded blocks, so a saved factsheet stays readable in a text editor."""


class _QuickDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    """_Dumper's representation with libyaml's emitter."""


def needs_double_quotes(value: str) -> bool:
    """Whether `value` must be written in double quotes to read back as it is: it holds a
    character YAML takes for a line break where a text editor shows none, which the reader
    refuses written as it is; in double quotes the emitters write it as an escape."""
    return any(char in value for char in _YAML_LINE_BREAKS)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if needs_double_quotes(value) else "|" if "\n" in value \
        else ">" if len(value) > 80 else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


for _dumper in (_Dumper, _QuickDumper):
    _dumper.add_representer(str, _represent_str)


def is_number(value: object) -> bool:
    """A YAML int or float (YAML's true/false are not numbers)."""
    return isinstance(value, int | float) and not isinstance(value, bool)

