"""What each kind of block and visual holds, declared once.

Validation, the layout engine, the editor's generated forms and menus, new blocks'
placeholders and the PDF tags all read these declarations, so a new block kind is one
BlockKind here and one layout function (layout/block_layout.py LAYOUTS).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldSpec:
    """One field a block or visual kind declares: its name, kind of value, whether it
    is required, the fields of each entry (for 'items'), the choices (for 'choice') and a help
    text. `big`: a 'figure' or 'figures' field printed large, each figure on its own (a
    tile's number, big numbers, an icon array's headline), where a suppressed count prints
    as '< 10' rather than the words of running text (model/disclosure.py FEWER_THAN_SIGN)."""
    name: str
    kind: str  # "text" | "rich" (markup + figure references) | "figure" | "figures" | "url"
    #           | "items" (a list of sub-records with ids) | "visual"
    #           | "choice" (one of `choices`)
    required: bool = True
    items: tuple[FieldSpec, ...] = ()
    help: str = ""
    choices: tuple[str, ...] = ()
    big: bool = False


def _f(name: str, kind: str, required: bool = True, help: str = "",
       items: tuple[FieldSpec, ...] = (), choices: tuple[str, ...] = (),
       big: bool = False) -> FieldSpec:
    return FieldSpec(name, kind, required, items, help, choices, big)


# Where a kind of block goes. HEAD: atop its page, bled off the top (later pages repeat it as a
# running header); FLOW: in reading order on its page, moving on to the next page when it
# does not fit; FILL: as FLOW, and it takes the room its page has to spare; FOOT: at the foot
# of the factsheet's last page, above the footer, whatever its place in the file; FOOTER: the
# band at the foot of its page.
HEAD, FLOW, FILL, FOOT, FOOTER = "head", "flow", "fill", "foot", "footer"

# Starting texts of a new block's or entry's fields, in the document's language, for any kind
# that does not say otherwise: visible on the page at once, so the user sees where the new
# thing went and what to write.
PLACEHOLDERS = {
    "nl-NL": {"heading": "Nieuwe kop", "title": "Nieuwe titel", "kicker": "Factsheet",
              "text": "Schrijf hier de tekst.", "prefix": "", "caption": "", "url": ""},
    "en-GB": {"heading": "New heading", "title": "New title", "kicker": "Factsheet",
              "text": "Write the text here.", "prefix": "", "caption": "", "url": ""},
}


@dataclass(frozen=True)
class BlockKind:
    """Everything about one kind of block, declared once and read by validation, the layout
    engine, the editor's forms and menus, new blocks' placeholders and the PDF tags.

    `label` names the kind in the editor and `entry` one entry of its list ('tegel'), both
    by interface language ('en', 'nl'); `placeholders` are the starting texts of its fields
    (and its entries' fields) by document locale, over PLACEHOLDERS; `placement` is HEAD, FLOW,
    FILL, FOOT or FOOTER; `splits` says the layout may split it between the entries of its list when
    it does not fit its page; `title` names its field that is the factsheet's title (tagged
    H1; every `heading` is an H2); `entry_role` how the PDF tags each entry: 'list' (L, LI,
    Lbl, LBody), 'paragraph' (one P per entry) or '' (its fields on their own); `heading`
    the heading it prints when its own is left out, by document locale (none: none);
    `reorders` names its lists whose entries the checks may offer to put in another order
    when that makes the factsheet fit its pages (layout/reordering.py): the themes, whose
    order is free, not a numbered list's items, whose numbers mean an order."""

    name: str
    fields: tuple[FieldSpec, ...]
    label: dict[str, str]
    entry: dict[str, str] = field(default_factory=dict)
    placeholders: dict[str, dict[str, str]] = field(default_factory=dict)
    placement: str = FLOW
    splits: bool = False
    title: str = ""
    entry_role: str = ""
    heading: dict[str, str] = field(default_factory=dict)
    reorders: tuple[str, ...] = ()

    def placeholder(self, name: str, locale: str) -> str:
        """The starting text of this kind's field `name` (or its entries') in `locale`."""
        words = {**PLACEHOLDERS.get(locale, PLACEHOLDERS["en-GB"]),
                 **self.placeholders.get(locale, self.placeholders.get("en-GB", {}))}
        return words.get(name, words["text"])

    def entry_name(self, language: str) -> str:
        """What one entry of its list is called in `language` ('en', 'nl')."""
        return self.entry.get(language, self.entry.get("en", ""))

    def heading_in(self, locale: str) -> str:
        """The heading printed when the block has none of its own, in `locale`; '' for
        none."""
        return self.heading.get(locale, self.heading.get("en-GB", ""))

    def label_in(self, language: str) -> str:
        """The kind's name in the editor in `language` ('en', 'nl')."""
        return self.label.get(language, self.label["en"])


BLOCK_KINDS: dict[str, BlockKind] = {kind.name: kind for kind in (
    BlockKind("header_band", (
        _f("kicker", "text", help="small line above the title"),
        _f("title", "text"),
    ), {"en": "Title band", "nl": "Titelband"}, placement=HEAD, title="title"),
    BlockKind("intro", (
        _f("heading", "text"),
        _f("text", "rich"),
        _f("visual", "visual", required=False),
    ), {"en": "Introduction with chart", "nl": "Inleiding met grafiek"}),
    BlockKind("tiles", (
        _f("heading", "text"),
        _f("tiles", "items", items=(
            _f("figure", "figure", help="the big number", big=True),
            _f("text", "rich", help="the sentence under the number"),
            _f("badge", "choice", required=False, choices=("change",),
               help="change: the change since the previous edition under the number "
                    "('+14% t.o.v. editie 2020'); nothing is shown when there is no previous "
                    "value"),
        )),
    ), {"en": "Big-number tiles", "nl": "Tegels met grote getallen"},
        entry={"en": "tile", "nl": "tegel"},
        placeholders={"nl-NL": {"text": "schrijf hier wat dit getal betekent."},
                      "en-GB": {"text": "write here what this number means."}},
        entry_role="paragraph"),
    BlockKind("themes", (
        _f("themes", "items", items=(
            _f("heading", "text"),
            _f("text", "rich"),
            _f("visual", "visual", required=False),
        )),
    ), {"en": "Themes (two columns)", "nl": "Thema's (twee kolommen)"},
        entry={"en": "theme", "nl": "thema"},
        placeholders={"nl-NL": {"heading": "nieuw thema"}, "en-GB": {"heading": "new theme"}},
        placement=FILL, splits=True, reorders=("themes",)),
    BlockKind("numbered_list", (
        _f("heading", "text"),
        _f("prefix", "text", required=False, help="word before each number, e.g. Aanbeveling"),
        _f("items", "items", items=(_f("text", "rich"),)),
    ), {"en": "Numbered list", "nl": "Genummerde lijst"},
        entry={"en": "list item", "nl": "lijstonderdeel"},
        placeholders={"nl-NL": {"text": "Schrijf hier de nieuwe aanbeveling."},
                      "en-GB": {"text": "Write the new recommendation here."}},
        splits=True, entry_role="list"),
    BlockKind("text", (
        _f("heading", "text"),
        _f("text", "rich"),
        _f("visual", "visual", required=False),
    ), {"en": "Text panel", "nl": "Tekstpaneel"}),
    BlockKind("notes", (
        _f("heading", "text", required=False,
           help="above the notes; without it 'Bronnen' ('Sources' in English)"),
        _f("text", "rich", help="sources and notes, a paragraph each"),
    ), {"en": "Notes and sources", "nl": "Noten en bronnen"},
        placeholders={"nl-NL": {"text": "Schrijf hier de bronnen."},
                      "en-GB": {"text": "Write the sources here."}},
        placement=FOOT, heading={"nl-NL": "Bronnen", "en-GB": "Sources"}),
    BlockKind("footer", (
        _f("text", "text"),
        _f("url", "url", required=False, help="web address the footer links to"),
    ), {"en": "Footer", "nl": "Voettekst"}, placement=FOOTER),
)}

VISUAL_KINDS: dict[str, tuple[FieldSpec, ...]] = {
    "icon_array": (
        _f("part", "figure", help="how many are highlighted"),
        _f("whole", "figure", help="how many there are in all"),
        _f("headline", "figure", required=False, help="a figure shown large above the icons",
           big=True),
        _f("caption", "rich", required=False),
    ),
    "percentage_bars": (_f("figures", "figures"),),
    "donut": (_f("figures", "figures"), _f("caption", "rich", required=False)),
    "big_numbers": (_f("figures", "figures", big=True),),
    "trend": (_f("figure", "figure", help="the figure drawn over the editions"),
              _f("caption", "rich", required=False)),
}


@dataclass
class Block:
    """A block of a page: its id, kind (a name of BLOCK_KINDS) and fields, as the file
    holds them (dicts and lists, in file order)."""
    id: str
    kind: str
    fields: dict = field(default_factory=dict)  # as its BlockKind declares, in file order


@dataclass
class Page:
    """A page of the factsheet: its id and blocks, top to bottom."""
    id: str
    blocks: list[Block] = field(default_factory=list)


def prints_big(kind: str, name: str) -> bool:
    """Whether the figure field `name` of the block kind or visual kind `kind` ('tiles',
    'big_numbers'), or of its entries, prints its figures large (FieldSpec.big)."""
    specs = VISUAL_KINDS.get(kind) or (BLOCK_KINDS[kind].fields if kind in BLOCK_KINDS else ())
    specs = (*specs, *(entry for spec in specs for entry in spec.items))
    return any(spec.big for spec in specs if spec.name == name)
