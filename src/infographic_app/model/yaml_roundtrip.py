"""Saving into the text the user wrote: the file's YAML, changed as little as it takes to hold
the document, so that comments, key order, quoting, folding and indentation stay as they were.

The original text is loaded with ruamel.yaml's round-trip mode and merged with the plain data
of the document: a value that did not change keeps its node (and so how it was written), a
changed value is written the way `dump_yaml` writes it, new keys and list entries go where the
data has them, list entries are matched by their `id` (by value for lists of names).

ruamel.yaml keeps a comment line that stands above an entry with the last value before it
(it belongs to the end of the previous entry). When the entries of a mapping or list are
inserted, removed or reordered, such lines are taken off every entry and put back before the
entry they stood above, so a comment stays with what it describes; a comment above a removed
entry goes with it. The comment lines above the first entry of a list or mapping stay at its
top.
"""

from __future__ import annotations

import copy
import io
from typing import Any

import yaml
from ruamel.yaml import YAML, YAMLError
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
)
from ruamel.yaml.tokens import CommentToken
from ruamel.yaml.util import load_yaml_guess_indent

from infographic_app.model.storage import needs_double_quotes

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BLOCK = (FoldedScalarString, LiteralScalarString)
# What dump_yaml's emitter thinks of a text (whether it may be written as a block).
_ANALYSER = yaml.emitter.Emitter(io.StringIO(), allow_unicode=True)


def updated_text(original: str, data: dict) -> str | None:
    """`original`, the YAML text of a mapping, changed to hold `data` (plain dicts, lists,
    str, int, float, bool; keys in the order to write them), keeping its comments and the
    way untouched values were written. None when `original` is not a YAML mapping that
    ruamel.yaml reads, or when the result would not read back as exactly `data`; the caller
    then writes the data anew."""
    writer = YAML(typ="rt")
    writer.preserve_quotes = True
    try:
        tree, indent, dash = load_yaml_guess_indent(original, yaml=writer)
    except YAMLError:
        return None
    if not isinstance(tree, CommentedMap):
        return None
    _merge_map(tree, data, _movable(tree, data))
    _set_style(writer, indent or 2, dash or 0)
    out = io.StringIO()
    writer.dump(tree, out)
    text = out.getvalue()
    return text if _reads_as(text, data) else None


def _set_style(writer: YAML, indent: int, dash: int) -> None:
    """The file's indentation: `indent` for mappings, the dash of a list item `dash` places
    in from its key (the factsheet's own style: 0, `- ` under the key); long texts folded at
    100 characters as `dump_yaml` does."""
    writer.indent(mapping=indent, sequence=dash + 2, offset=dash)
    writer.width = 100


def _reads_as(text: str, data: dict) -> bool:
    """The text read back (as the reader does, with PyYAML) is `data`, types included."""
    try:
        return repr(yaml.load(text, Loader=_Loader)) == repr(data)
    except yaml.YAMLError:
        return False


def _new(value: Any, pool: dict) -> Any:
    """A new value, written as `dump_yaml` writes it (entries that moved here from another
    list keep their comments, see _movable)."""
    if isinstance(value, dict):
        return _merged(CommentedMap(), value, pool)
    if isinstance(value, list):
        return _merged(CommentedSeq(), value, pool)
    return _styled(value)


def _styled(value: Any) -> Any:
    """A scalar as `dump_yaml` writes it: a text with a line break as a literal block, one
    longer than 80 characters folded."""
    if isinstance(value, str) and needs_double_quotes(value):
        return DoubleQuotedScalarString(value)
    if isinstance(value, str) and ("\n" in value or len(value) > 80) \
            and _ANALYSER.analyze_scalar(value).allow_block:  # else quoted, as PyYAML does
        return LiteralScalarString(value) if "\n" in value else FoldedScalarString(value)
    return value


def _merged(node: Any, value: Any, pool: dict) -> Any:
    """`node` made equal to `value`: the same node when it already is (a scalar) or when it
    was changed in place (a mapping or list), else a fresh one."""
    if isinstance(node, CommentedMap) and isinstance(value, dict):
        _merge_map(node, value, pool)
        return node
    if isinstance(node, CommentedSeq) and isinstance(value, list):
        _merge_seq(node, value, pool)
        return node
    return node if _same_scalar(node, value) else _new(value, pool)


def _same_scalar(node: Any, value: Any) -> bool:
    """The same value of the same kind (1, 1.0 and true are not the same)."""
    kinds = (bool, int, float, str)
    kind = next((k for k in kinds if isinstance(value, k)), None)
    return kind is not None and next((k for k in kinds if isinstance(node, k)), None) is kind \
        and node == value


def _update(node: CommentedMap | CommentedSeq, entry: Any, value: Any, pool: dict) -> None:
    """Make the entry `entry` of `node` equal to `value`; the comment lines below a replaced
    value stay below its replacement."""
    merged = _merged(node[entry], value, pool)
    if merged is not node[entry]:
        lines = _take_lines(node, entry)
        node[entry] = merged
        _put_lines(node, entry, lines)


def _merge_map(node: CommentedMap, value: dict, pool: dict) -> None:
    for key in [k for k in node if k in value]:
        _update(node, key, value[key], pool)
    if list(node) == list(value):
        return
    leads, tail = _detach(node)
    for key in [k for k in node if k not in value]:
        del node[key]
    for key, item in value.items():
        if key in node:
            node.move_to_end(key)
        else:
            node[key] = _new(item, pool)
    _reattach(node, leads, tail)


def _movable(tree: CommentedMap, data: dict) -> dict:
    """The entries that may have moved from one list to another (a block to another page):
    by identity, every mapping whose `id` is found once in the file and once in the data."""
    found: dict = {}
    wanted: dict = {}
    for node, counts in ((tree, found), (data, wanted)):
        stack = [node]
        while stack:
            item = stack.pop()
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                counts.setdefault(_identity(item), []).append(item)
            stack.extend(item.values() if isinstance(item, dict)
                         else item if isinstance(item, list) else ())
    return {key: nodes[0] for key, nodes in found.items()
            if len(nodes) == 1 and len(wanted.get(key, ())) == 1}


def _moved(key: Any, value: Any, pool: dict) -> Any:
    """A new entry of a list: a copy of the entry with its identity elsewhere in the file
    (with the comments inside it, not those below it), else a fresh one."""
    if key not in pool:
        return _new(value, pool)
    node = copy.deepcopy(pool[key])
    _take_lines(node, list(node)[-1])
    return _merged(node, value, pool)


def _identity(item: Any) -> Any:
    """What an entry of a list is known by: its `id`, or its value for a name in a list."""
    if isinstance(item, dict):
        return ("id", item["id"]) if "id" in item else None
    return None if isinstance(item, list) else (type(item).__name__, item)


def _merge_seq(node: CommentedSeq, value: list, pool: dict) -> None:
    old = [_identity(item) for item in node]
    new = [_identity(item) for item in value]
    unique = None not in old + new and len(set(old)) == len(old) and len(set(new)) == len(new)
    if not unique:  # entries without an id: matched by position
        old, new = list(range(len(node))), list(range(len(value)))
    position = {key: index for index, key in enumerate(old)}
    for key, item in zip(new, value, strict=True):
        if key in position:
            _update(node, position[key], item, pool)
    if old == new:
        return
    leads, tail = _detach(node)
    lines = {old[index]: text for index, text in leads.items()}
    comments = {old[index]: slot for index, slot in node.ca.items.items() if index < len(old)}
    items = [node[position[key]] if key in position else _moved(key, item, pool)
             for key, item in zip(new, value, strict=True)]
    list.__setitem__(node, slice(None), items)
    node.ca.items.clear()
    node.ca.items.update({index: comments[key] for index, key in enumerate(new)
                          if key in comments})
    _reattach(node, {index: lines[key] for index, key in enumerate(new) if key in lines}, tail)


# ------------------------------------------------------------------------ comment lines

def _entries(node: CommentedMap | CommentedSeq) -> list:
    return list(node) if isinstance(node, CommentedMap) else list(range(len(node)))


def _last_slot(node: CommentedMap | CommentedSeq, entry: Any) -> tuple[Any, Any, int]:
    """Where the comment after the last value of `entry` is kept: (container, key, position
    in its comment list)."""
    value = node[entry]
    if isinstance(value, CommentedMap | CommentedSeq) and value:
        return _last_slot(value, _entries(value)[-1])
    return node, entry, 2 if isinstance(node, CommentedMap) else 0


def _take_lines(node: Any, entry: Any) -> str:
    """Take the whole comment lines (and blank lines) that follow the last value of
    `entry` off it and return them; an end-of-line comment stays."""
    container, key, position = _last_slot(node, entry)
    slot = container.ca.items.get(key)
    token = slot[position] if slot else None
    if token is None:
        return ""
    text = token.value
    if isinstance(container[key], _BLOCK):  # a block text ends its own line
        lines = text if text.startswith("\n") else " " * token.start_mark.column + text
        slot[position] = None
        return lines
    end = text.find("\n") + 1 if "\n" in text else len(text)
    head, lines = text[:end], text[end:]
    if head in ("", "\n"):
        slot[position] = None
    else:
        token.value = head
    return lines


def _put_lines(node: Any, entry: Any, lines: str) -> None:
    """Put comment lines taken by _take_lines after the last value of `entry`."""
    if not lines:
        return
    container, key, position = _last_slot(node, entry)
    slot = container.ca.items.setdefault(key, [None, None, None, None])
    token = slot[position]
    if token is not None:
        token.value = token.value + lines
    elif isinstance(container[key], _BLOCK):
        slot[position] = CommentToken(lines, CommentMark(0))
    else:
        slot[position] = CommentToken("\n" + lines, CommentMark(0))


def _detach(node: CommentedMap | CommentedSeq) -> tuple[dict, str]:
    """The comment lines above each entry but the first (by key, or index for a list) and
    those after the last entry, taken off."""
    entries = _entries(node)
    lines = [_take_lines(node, entry) for entry in entries]
    leads = {entry: text for entry, text in zip(entries[1:], lines, strict=False) if text}
    return leads, lines[-1] if lines else ""


def _reattach(node: CommentedMap | CommentedSeq, leads: dict, tail: str) -> None:
    """Put the lines from _detach back: each entry's above it, the last ones after the last
    entry. An entry that became the first has no place above it: its lines go below it."""
    entries = _entries(node)
    if not entries:
        return
    _put_lines(node, entries[0], leads.get(entries[0], ""))
    for previous, entry in zip(entries, entries[1:], strict=False):
        _put_lines(node, previous, leads.get(entry, ""))
    _put_lines(node, entries[-1], tail)
