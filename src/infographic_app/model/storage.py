"""Reading YAML with line numbers, and writing files so that a failure never leaves half a file."""

from __future__ import annotations

import bisect
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from infographic_app.model.problems import InputError, Problem

Path_ = tuple[str | int, ...]


class SourceMap:
    """Line numbers (1-based) of every key and item of a loaded YAML file, and the text of
    every unquoted value as it was typed."""

    def __init__(self, file: str):
        self.file = file
        self.text_lines: list[str] = []  # the file, line by line
        self._lines: dict[Path_, int] = {}
        self._typed: dict[Path_, str] = {}
        self._starts: list[int] | None = None  # every recorded line, sorted; built when asked

    def record(self, path: Path_, line: int) -> None:
        """Remember that the key or item at `path` is on `line` (1-based); by the reader."""
        self._lines[path] = line
        self._starts = None

    def record_typed(self, path: Path_, text: str) -> None:
        """Remember how the unquoted value at `path` was typed; by the reader."""
        self._typed[path] = text

    def typed(self, path: Path_) -> str | None:
        """The unquoted value at `path` as written in the file ('010', where YAML reads 8);
        None for a quoted or block text, a list, a mapping, or a path the file does not hold."""
        return self._typed.get(path)

    def line(self, path: Path_) -> int | None:
        """The line of `path`, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            if path[:end] in self._lines:
                return self._lines[path[:end]]
        return None

    def line_of_text(self, path: Path_, text: str) -> int | None:
        """The line of a multi-line value at `path` on which `text` first appears."""
        start = self.line(path)
        if start is None:
            return None
        if self._starts is None:
            self._starts = sorted(set(self._lines.values()))
        after = bisect.bisect_right(self._starts, start)
        end = self._starts[after] if after < len(self._starts) else len(self.text_lines) + 1
        return next((n for n in range(start, end) if text in self.text_lines[n - 1]), start)

    def problem(self, path: Path_, field: str, message: str, line: int | None = None,
                **kw: Any) -> Problem:
        """A problem with this file, on `line` or else on the line of `path`."""
        return Problem(message, field=field, file=self.file, line=line or self.line(path), **kw)


def read_yaml(path: Path) -> tuple[dict, SourceMap]:
    """Load a YAML mapping and remember where each value came from."""
    source = SourceMap(str(path))
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError([Problem("the file does not exist", file=str(path))]) from None
    except UnicodeDecodeError as exc:
        raise InputError([Problem(f"the file is not UTF-8 text (byte {exc.start})",
                                  file=str(path))]) from None
    except OSError as exc:
        raise InputError([Problem(f"cannot read the file: {exc.strerror}",
                                  file=str(path))]) from None
    return parse_yaml(text, source), source


# libyaml's parser when PyYAML was built with it: several times faster on a factsheet.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str, source: SourceMap) -> dict:
    """The YAML mapping in `text`, recording lines and typed values in `source`;
    InputError, with the line and the problem in plain words, for anything else."""
    source.text_lines = text.split("\n")
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise InputError([Problem("the file is empty", file=source.file, line=1)])
        if not isinstance(node, yaml.MappingNode):
            raise InputError([Problem(
                f"the file must hold named fields (key: value), but it holds {_kind(node)}",
                file=source.file, line=node.start_mark.line + 1)])
        return _convert(node, (), loader, source)
    except yaml.MarkedYAMLError as exc:
        said = f"{exc.context or ''} {exc.problem or ''}"
        from_start, what = next(((start, plain) for words, start, plain in _PLAIN if words in said),
                                (False, exc.problem or exc.context or "cannot read this line"))
        mark = (exc.context_mark if from_start else None) or exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = Problem(f"not valid YAML: {what}", file=source.file, line=line)
        raise InputError([problem]) from None
    except yaml.YAMLError as exc:
        raise InputError([Problem(f"not valid YAML: {exc}", file=source.file)]) from None
    finally:
        loader.dispose()


_MISALIGNED = ("this line does not line up with the lines above it; check its indentation and "
               "that every quote above it is closed")
_TAB = "indent with spaces, not tabs"
_BACKSLASH = ("a backslash (\\) in a text in double quotes must be written twice; or use single "
              "quotes")
# What the YAML parser says (PyYAML and libyaml word it differently), in plain words: the words
# to look for, whether the line to fix is where the quote or bracket began, and the message.
_PLAIN = (
    ("escape", False, _BACKSLASH),
    ("hexdecimal", False, _BACKSLASH),  # sic, libyaml
    ("quoted scalar", True, "a quote opens on this line but is never closed; add the closing "
                            "quote"),
    ("simple key", True, "a line without a colon where a field belongs; write name: value"),
    ("flow", True, "a [ or { opens on this line but is not closed where it should be; check the "
                   "brackets and commas"),
    ("mapping values are not allowed", False, "a colon followed by a space starts a new field "
     "here; put a text that holds ': ' in quotes, or check the indentation of this line"),
    ("did not find expected key", False, _MISALIGNED),
    ("expected <block end>", False, _MISALIGNED),
    ("tab character", False, _TAB),
    ("'\\t'", False, _TAB),
    ("cannot start any token", False, "a value cannot start with this character (a tab, @ or `); "
                                      "indent with spaces, and put such a text in quotes"),
)


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return "a single value"


def _convert(node: yaml.Node, path: Path_, loader: Any, source: SourceMap) -> Any:
    source.record(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        result: dict = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str | int):
                raise InputError([Problem("a field name must be a word",
                                          file=source.file, line=key_node.start_mark.line + 1)])
            key = str(key)
            if key in result:
                raise InputError([Problem(
                    f"'{key}' is given twice in the same place (first on line "
                    f"{source.line((*path, key))}); remove or rename one",
                    field=".".join(map(str, (*path, key))),
                    file=source.file, line=key_node.start_mark.line + 1)])
            result[key] = _convert(value_node, (*path, key), loader, source)
            source.record((*path, key), key_node.start_mark.line + 1)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, (*path, i), loader, source) for i, item in enumerate(node.value)]
    if not node.style:  # plain, unquoted: YAML decides whether it is a number (libyaml: "")
        source.record_typed(path, node.value)
    return loader.construct_object(node, deep=True)


@contextmanager
def atomic_write(path: Path, mode: str = "wb") -> Iterator[Any]:
    """Write to a temporary file beside `path`, fsync it, then rename it over `path`.

    Whatever goes wrong before the rename, an existing file at `path` is untouched
    and no temporary file is left behind.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def dump_yaml(data: dict) -> str:
    """`data` as YAML text, keys in their order, long texts as folded blocks."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


class _Dumper(yaml.SafeDumper):
    """Long texts as folded blocks, so a saved factsheet stays readable in a text editor."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else ">" if len(value) > 80 else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def is_number(value: object) -> bool:
    """A YAML int or float (YAML's true/false are not numbers)."""
    return isinstance(value, int | float) and not isinstance(value, bool)
