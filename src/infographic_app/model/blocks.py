"""What each kind of block and visual holds, declared once.

Validation, the layout and the editor's generated forms all read these
declarations, so a new block kind needs no per-field code elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldSpec:
    """One field a block or visual kind declares: its name, kind of value, whether it
    is required, the fields of each entry (for 'items'), the choices (for 'choice') and a help
    text."""
    name: str
    kind: str  # "text" | "rich" (markup + figure references) | "figure" | "figures" | "url"
    #           | "items" (a list of sub-records with ids) | "visual"
    #           | "choice" (one of `choices`)
    required: bool = True
    items: tuple[FieldSpec, ...] = ()
    help: str = ""
    choices: tuple[str, ...] = ()


def _f(name: str, kind: str, required: bool = True, help: str = "",
       items: tuple[FieldSpec, ...] = (), choices: tuple[str, ...] = ()) -> FieldSpec:
    return FieldSpec(name, kind, required, items, help, choices)


BLOCK_KINDS: dict[str, tuple[FieldSpec, ...]] = {
    "header_band": (
        _f("kicker", "text", help="small line above the title"),
        _f("title", "text"),
    ),
    "intro": (
        _f("heading", "text"),
        _f("text", "rich"),
        _f("visual", "visual", required=False),
    ),
    "tiles": (
        _f("heading", "text"),
        _f("tiles", "items", items=(
            _f("figure", "figure", help="the big number"),
            _f("text", "rich", help="the sentence under the number"),
            _f("badge", "choice", required=False, choices=("change",),
               help="change: the change since the previous edition under the number "
                    "('+14% t.o.v. 2020'); nothing is shown when there is no previous value"),
        )),
    ),
    "themes": (
        _f("themes", "items", items=(
            _f("heading", "text"),
            _f("text", "rich"),
            _f("visual", "visual", required=False),
        )),
    ),
    "numbered_list": (
        _f("heading", "text"),
        _f("prefix", "text", required=False, help="word before each number, e.g. Aanbeveling"),
        _f("items", "items", items=(_f("text", "rich"),)),
    ),
    "text": (
        _f("heading", "text"),
        _f("text", "rich"),
        _f("visual", "visual", required=False),
    ),
    "footer": (
        _f("text", "text"),
        _f("url", "url", required=False, help="web address the footer links to"),
    ),
}

VISUAL_KINDS: dict[str, tuple[FieldSpec, ...]] = {
    "icon_array": (
        _f("part", "figure", help="how many are highlighted"),
        _f("whole", "figure", help="how many there are in all"),
        _f("headline", "figure", required=False, help="a figure shown large above the icons"),
        _f("caption", "rich", required=False),
    ),
    "percentage_bars": (_f("figures", "figures"),),
    "donut": (_f("figures", "figures"), _f("caption", "rich", required=False)),
    "big_numbers": (_f("figures", "figures"),),
}


@dataclass
class Block:
    """A block of a page: its id, kind (one of BLOCK_KINDS) and fields, as the file
    holds them (dicts and lists, in file order)."""
    id: str
    kind: str
    fields: dict = field(default_factory=dict)  # as declared in BLOCK_KINDS, in file order


@dataclass
class Page:
    """A page of the factsheet: its id and blocks, top to bottom."""
    id: str
    blocks: list[Block] = field(default_factory=list)
