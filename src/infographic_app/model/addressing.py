"""Where things are: element ids, document paths and file lines, mapped in one place.

An element id names a part of the document the way the scene, the checks and the editor
name it, with dots: 'figures.visitors_total.value', 'metadata.title', 'rules.shares_add_up',
'blocks.intro.text', 'blocks.key_figures.tiles.victims.text',
'blocks.themes.themes.networks.visual.caption'. Entries of a list are named by their id.

A document path is where the same part sits in the file, as a tuple of keys and list
indices: ('pages', 0, 'blocks', 2, 'tiles', 1, 'text'). The document's SourceMap turns a
path into a file line.

Ids that name nothing in the document ('theme.logo', 'theme.wordmark') have no path and no
line.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from infographic_app.model.blocks import BLOCK_KINDS, VISUAL_KINDS, Block, FieldSpec
from infographic_app.model.storage import DocumentPath

if TYPE_CHECKING:
    from infographic_app.model.document import Document

# Element ids that start like the file's keys ('pages.page1.blocks' names a page's blocks).
TOP_LEVEL = ("figures", "metadata", "rules", "pages", "intended_year_mentions", "word_list")


def path_of(document: Document, element_id: str) -> DocumentPath:
    """The document path of `element_id`: 'blocks.intro.text' -> ('pages', 0, 'blocks', 1,
    'text'); 'rules.shares_add_up' -> ('rules', 3). KeyError when the document holds no such
    element (a figure, block or entry id it does not have, a field that is not there)."""
    path, _, complete = _resolve(document, element_id)
    if not complete:
        raise KeyError(f"the document holds no {element_id!r}")
    return path


def line_of(document: Document, element_id: str) -> int | None:
    """The file line (1-based) of `element_id`, or of the nearest part of the document that
    holds it ('blocks.intro.visual.caption' without a caption: the visual's line). None when
    the document was not read from a file, or the id names nothing in it ('theme.logo')."""
    path, _, _ = _resolve(document, element_id)
    return document.line_of(path) if path else None


def holder_of(document: Document, element_id: str) -> tuple[Any, str]:
    """The object that holds the value of `element_id`, and the value's key in it:
    (the Figure, 'value') for 'figures.x.value', (the entry's dict, 'text') for
    'blocks.key_figures.tiles.victims.text', (document.metadata, 'title'), (the document,
    'figures') for a top-level name ('figures', 'intended_year_mentions'). The value itself
    need not be there (an optional field left out); everything above it must be, else
    KeyError."""
    parent, _, key = element_id.rpartition(".")
    if not parent and key in TOP_LEVEL:
        return document, key
    _, holder, complete = _resolve(document, parent)
    if not parent or not complete or not (isinstance(holder, dict)
                                          or dataclasses.is_dataclass(holder)):
        raise KeyError(f"the document holds nothing that could have {element_id!r}")
    return holder, key


def value_of(document: Document, element_id: str) -> Any:
    """The value `element_id` names: a field's value, an entry, a list ('rules',
    'pages.page1.blocks', 'blocks.key_figures.tiles'), the figures by id ('figures'), a
    record's attribute ('rules.shares_add_up.parts'); None for an optional field left out.
    KeyError when the document holds nothing that could have it."""
    _, value, complete = _resolve(document, element_id)
    if complete:
        return value
    holder, key = holder_of(document, element_id)
    return holder.get(key) if isinstance(holder, dict) else getattr(holder, key, None)


def set_value(document: Document, element_id: str, value: Any) -> None:
    """Set the value `element_id` names (see holder_of) in place; None removes a field of a
    mapping (an optional field left out). KeyError as holder_of."""
    holder, key = holder_of(document, element_id)
    if not isinstance(holder, dict):
        setattr(holder, key, value)
    elif value is None:
        holder.pop(key, None)
    else:
        holder[key] = value


def entry_index(entries: list | dict, key: str | int) -> int:
    """The index of the entry `key` among `entries`: of the entry with that id in a list (a
    dict entry's 'id', a record's `id`, or a plain id), of that key in a mapping's order (the
    figures); an int is the index itself. KeyError when there is no such entry."""
    if isinstance(key, int):
        return key
    if isinstance(entries, dict):
        index = list(entries).index(key) if key in entries else None
    else:
        index = _key(entries, key)
        if index is None and key in entries:  # plain ids: a chart's figures, a rule's parts
            index = entries.index(key)
    if index is None:
        raise KeyError(f"no entry {key!r}")
    return index


def insert_entry(entries: list | dict, index: int, entry: Any) -> None:
    """Insert `entry` at `index` of a list, or of a mapping by id in file order (the
    figures: `entry.id` is its key)."""
    if isinstance(entries, list):
        entries.insert(index, entry)
        return
    items = list(entries.items())
    items.insert(index, (entry.id, entry))
    entries.clear()
    entries.update(items)


def pop_entry(entries: list | dict, index: int) -> Any:
    """Remove and return the entry at `index` of a list, or of a mapping in its order."""
    if isinstance(entries, list):
        return entries.pop(index)
    items = list(entries.items())
    _, entry = items.pop(index)
    entries.clear()
    entries.update(items)
    return entry


def nearest_name(element_id: str, names: Collection[str]) -> str | None:
    """The name among `names` (for example the fields of a form) that best stands for
    `element_id`: itself; 'figures.x' -> 'figures.x.value'; a chart or entry -> the first of
    its own fields; otherwise the nearest element that holds it. None when none does."""
    if element_id in names:
        return element_id
    if f"{element_id}.value" in names:
        return f"{element_id}.value"
    inside = next((name for name in names if name.startswith(element_id + ".")), None)
    if inside:
        return inside
    parts = element_id.split(".")
    return next((".".join(parts[:end]) for end in range(len(parts) - 1, 0, -1)
                 if ".".join(parts[:end]) in names), None)


@dataclass(frozen=True)
class Element:
    """A block, or an entry of one of a block's lists (a tile, a theme, a list item)."""

    id: str  # 'blocks.key_figures', 'blocks.key_figures.tiles.victims'
    path: DocumentPath  # ('pages', 0, 'blocks', 2), ('pages', 0, 'blocks', 2, 'tiles', 1)
    fields: dict  # the block's fields or the entry itself: the document's own dict
    block: Block  # the block it is, or is an entry of

    @property
    def is_entry(self) -> bool:
        """True for an entry of a block's list, False for the block itself."""
        return self.fields is not self.block.fields


def elements(document: Document) -> Iterator[Element]:
    """Every block and, after each block, the entries of its lists, in reading order."""
    for name, path, block in _blocks(document):
        yield Element(name, path, block.fields, block)
        for key, value in block.fields.items():
            for index, entry in enumerate(value if isinstance(value, list) else ()):
                if isinstance(entry, dict) and "id" in entry:
                    yield Element(f"{name}.{key}.{entry['id']}", (*path, key, index), entry,
                                  block)


@dataclass(frozen=True)
class Field:
    """One field a block kind or visual kind declares (model/blocks.py), as a document
    holds it."""

    id: str  # element id: 'blocks.key_figures.tiles.victims.text'
    path: DocumentPath  # ('pages', 0, 'blocks', 2, 'tiles', 1, 'text')
    spec: FieldSpec
    value: Any  # the document's own value, not a copy


def block_fields(document: Document) -> Iterator[Field]:
    """Every declared field the document's blocks hold, in reading order; see fields_in."""
    for name, path, block in _blocks(document):
        yield from fields_in(block.fields, BLOCK_KINDS[block.kind].fields, name, path)


def _blocks(document: Document) -> Iterator[tuple[str, DocumentPath, Block]]:
    """(element id, path in the file, block) of every block, in reading order."""
    for page_index, page in enumerate(document.pages):
        for block_index, block in enumerate(page.blocks):
            yield f"blocks.{block.id}", ("pages", page_index, "blocks", block_index), block


def fields_in(values: dict, specs: tuple[FieldSpec, ...], element_id: str = "",
              path: DocumentPath = ()) -> Iterator[Field]:
    """The fields of `values` that `specs` declare, in file order: a list of entries is
    yielded, then each entry's fields; a visual, then the fields its kind declares. Names and
    paths start at `element_id` and `path` (a block's; '' and () for names relative to
    `values`). Keys no spec declares ('id', 'kind') are left out."""
    declared = {spec.name: spec for spec in specs}
    for key, value in values.items():
        spec = declared.get(key)
        if spec is None:
            continue
        name, where = f"{element_id}.{key}" if element_id else key, (*path, key)
        yield Field(name, where, spec, value)
        if spec.kind == "items" and isinstance(value, list):
            for index, entry in enumerate(value):
                if isinstance(entry, dict):
                    yield from fields_in(entry, spec.items, f"{name}.{entry.get('id')}",
                                         (*where, index))
        elif spec.kind == "visual" and isinstance(value, dict) and \
                value.get("kind") in VISUAL_KINDS:
            yield from fields_in(value, VISUAL_KINDS[value["kind"]], name, where)


def block_position(document: Document, block_id: str) -> tuple[int, int] | None:
    """(page index, block index) of the block with id `block_id`, None when there is none.

    Answered from an index kept with the document and checked at every answer: a block
    moved, removed or renamed since it was built makes it be built again, so lookups cost
    the same at 2 pages and at 200 (the checks look up every element they report)."""
    index = document.__dict__.get("_block_positions")
    found = index.get(block_id) if index is not None else None
    if found is not None:
        page_index, block_index = found
        pages = document.pages
        if page_index < len(pages) and block_index < len(pages[page_index].blocks) \
                and pages[page_index].blocks[block_index].id == block_id:
            return found
    index = {}
    for page_index, page in enumerate(document.pages):
        for block_index, block in enumerate(page.blocks):
            index.setdefault(block.id, (page_index, block_index))
    document.__dict__["_block_positions"] = index
    return index.get(block_id)


def _resolve(document: Document, element_id: str) -> tuple[DocumentPath, Any, bool]:
    """How far the document holds `element_id`: the path and value of its longest leading
    part that the document holds, and whether that is all of it."""
    head, *rest = element_id.split(".")
    if head == "blocks" and rest:
        found = block_position(document, rest[0])
        if found is None:
            return (), None, False
        page_index, block_index = found
        path = ("pages", page_index, "blocks", block_index)
        value, rest = document.pages[page_index].blocks[block_index].fields, rest[1:]
    elif head in TOP_LEVEL:
        path, value = (head,), getattr(document, head)
    else:
        return (), None, False
    for part in rest:
        key = _key(value, part)
        if key is None:
            return path, value, False
        value = value[key] if isinstance(value, dict | list) else getattr(value, key)
        path = (*path, key)
    return path, value, True


def _key(value: Any, part: str) -> str | int | None:
    """The key or index under which `value` holds `part`: a mapping's key, a list entry's
    index by its id, a record's (Figure, Rule) attribute; None where it holds none."""
    if isinstance(value, dict):
        return part if part in value else None
    if isinstance(value, list):
        return next((index for index, item in enumerate(value)
                     if (item.get("id") if isinstance(item, dict) else getattr(item, "id", None))
                     == part), None)
    if dataclasses.is_dataclass(value):
        return part if part in {f.name for f in dataclasses.fields(value)} else None
    return None
