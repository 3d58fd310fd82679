"""Parsing and writing YAML with PyYAML, for model/storage.py's read_yaml, parse_yaml and
dump_yaml: imported only when a file is really read or written, not when a remembered one is
taken (model/remembered_reading.py)."""

from __future__ import annotations

from typing import Any

import yaml

from infographic_app.model.messages import say
from infographic_app.model.problems import InputError, Problem, escape_invisible, quote_value
from infographic_app.model.storage import (
    _YAML_LINE_BREAKS,
    MAX_TEXT_CHARS,
    MAX_YAML_DEPTH,
    MAX_YAML_VALUES,
    DocumentPath,
    SourceMap,
    needs_double_quotes,
)

# libyaml's parser when PyYAML was built with it: several times faster on a factsheet.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parsed(text: str, source: SourceMap) -> dict:
    """What parse_yaml (model/storage.py) returns and raises, with PyYAML."""
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


def dumped(data: dict, quick: bool = False) -> str:
    """What dump_yaml (model/storage.py) returns, with PyYAML."""
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


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if needs_double_quotes(value) else "|" if "\n" in value \
        else ">" if len(value) > 80 else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


for _dumper in (_Dumper, _QuickDumper):
    _dumper.add_representer(str, _represent_str)
