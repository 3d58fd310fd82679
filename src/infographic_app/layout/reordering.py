"""Another order of a block's entries in which the factsheet fits its pages: a way out of
content running past the last page that a user should not have to find by trying.

Themes sit in rows of two, each row as tall as its taller theme, so which themes share a
row decides how tall the rows are: a long theme beside a short one, or a new theme added at
the end, can push a row to the next page where another order keeps every row on its page.
A kind whose entries may be put in another order declares it (model/blocks.py
BlockKind.reorders: the themes, not a numbered list). Each trial moves one entry a few
places, the nearest moves first and the last entries first (the one just added is the
likely one), lays the factsheet out again and keeps the first order in which it fits its
pages. The checks offer that move as a fix; the order stays the user's to choose.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from infographic_app.layout.engine import layout_document
from infographic_app.layout.fonts import FontSet
from infographic_app.layout.scene import PAGES, TALLER_THAN_PAGE, Rect, Scene, TextRun
from infographic_app.layout.text import TextSetter
from infographic_app.model.addressing import value_of
from infographic_app.model.blocks import BLOCK_KINDS, Block, Page
from infographic_app.model.document import Document
from infographic_app.model.operations import move_entry
from infographic_app.model.places import entry_title
from infographic_app.model.theme import Theme

MAX_TRIALS = 6  # layouts tried at most (the nearest moves), each a layout of the factsheet


@dataclass(frozen=True)
class EntryMove:
    """Moving the entry `entry_id` of the list `container` ('blocks.themes.themes') `delta`
    places (-1: one up), as model/operations.py move_entry does; `neighbour` is the entry
    it then stands right before (moved up) or right after (moved down)."""

    container: str
    entry_id: str
    delta: int
    neighbour: str

    @property
    def fix(self) -> str:
        """The checks list's fix for it: 'move_entry:<container>/<entry id>/<delta>'."""
        return f"{MOVE_FIX}:{self.container}/{self.entry_id}/{self.delta}"

    def in_words(self, document: Document, language: str) -> dict[str, str]:
        """The entry and its neighbour as the page names them, for a message or a button
        ('entry': 'Arbeidsuitbuiting in de bouw', 'neighbour': 'criminele uitbuiting')."""
        return {"entry": entry_title(document, self.container, self.entry_id, language),
                "neighbour": entry_title(document, self.container, self.neighbour, language)}


MOVE_FIX = "move_entry"


def read_fix(document: Document, target: str) -> EntryMove:
    """The move of a move_entry fix's target ('blocks.themes.themes/new_theme/-1'), its
    neighbour as `document` stands."""
    container, entry_id, delta = target.split("/")
    ids = [entry["id"] for entry in value_of(document, container)]
    return EntryMove(container, entry_id, int(delta), ids[ids.index(entry_id) + int(delta)])


def fitting_move(document: Document, theme: Theme, scene: Scene, over: float,
                 setter: TextSetter | None = None) -> EntryMove | None:
    """The least move of one entry of a reorderable block (BlockKind.reorders) after which
    the factsheet, laid out as `scene`, `over` points past its pages, fits them: found by
    laying it out again (at most MAX_TRIALS times, with `setter` when given); None when no
    move tried fits. A block is tried only when it is taller on the pages than `over`:
    another order of its entries cannot win more than that (a list of a thousand items
    pages over is not laid out six times more)."""
    setter = setter or TextSetter(FontSet(theme), document.locale)
    candidates = [move for move in _candidates(document)
                  if height_on(scene, move.container.split(".")[1]) > over]
    for move in candidates[:MAX_TRIALS]:
        if fits(layout_document(moved(document, move), theme, setter=setter),
                len(document.pages)):
            return move
    return None


def fits(scene: Scene, pages: int) -> bool:
    """Whether `scene` keeps within `pages` pages, no block running past them or taller
    than a page."""
    return len(scene.pages) <= pages and not any(
        overflow.reason in (PAGES, TALLER_THAN_PAGE)
        for page in scene.pages for overflow in page.overflows)


def height_on(scene: Scene, block_id: str) -> float:
    """How tall the block `block_id` is on the pages of `scene`, added up over the pages
    (points, from the top of its first rectangle or line to the bottom of its last)."""
    prefix, total = f"blocks.{block_id}.", 0.0
    for page in scene.pages:
        spans = [(item.y - item.size, item.y) if isinstance(item, TextRun)
                 else (item.y, item.y + item.height) for item in page.items
                 if isinstance(item, TextRun | Rect) and (item.element_id + ".")
                 .startswith(prefix)]
        if spans:
            total += max(bottom for _, bottom in spans) - min(top for top, _ in spans)
    return total


def _candidates(document: Document) -> list[EntryMove]:
    """Every move of one entry of a reorderable block: the nearest first, then the later
    entries first, up before down."""
    moves = []
    for block in document.blocks():
        for name in BLOCK_KINDS[block.kind].reorders:
            entries = block.fields.get(name) or []
            ids = [entry["id"] for entry in entries]
            for source, entry_id in enumerate(ids):
                for target in range(len(ids)):
                    if target != source:
                        moves.append((abs(target - source), -source, target > source,
                                      EntryMove(f"blocks.{block.id}.{name}", entry_id,
                                                target - source, ids[target])))
    return [move for *_, move in sorted(moves, key=lambda m: m[:3])]


def moved(document: Document, move: EntryMove) -> Document:
    """A copy of `document` with `move` made, the document itself left as it is (its
    figures shared: only the moved list is copied)."""
    block_id, name = move.container.split(".")[1:3]
    trial = copy.copy(document)
    trial.__dict__.pop("_block_positions", None)

    def own(block: Block) -> Block:
        if block.id != block_id:
            return block
        return Block(block.id, block.kind, {**block.fields, name: list(block.fields[name])})

    trial.pages = [Page(page.id, [own(block) for block in page.blocks])
                   for page in document.pages]
    move_entry(trial, move.container, move.entry_id, move.delta).do(trial)
    return trial
