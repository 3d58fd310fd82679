"""The screen PDF as tagged PDF (PDF/UA-1, ISO 14289-1): roles from the document, marks for
the painter, and the structure tree written with ReportLab's objects as the file is made.

`plan_tags` reads the scene's element ids with the document's block kinds and decides, for
every primitive, its structure element or that it is an artifact (backgrounds, rules, the
running header, a repeated wordmark). The painter wraps each run of primitives in a
marked-content sequence with an MCID and reports which group each MCID went to; `write_tags`
then builds the tree in reading order (the painting order), the ParentTree, the Link's
object reference, MarkInfo, the language, DisplayDocTitle and Tabs (the XMP identification
is `xmp.xmp_packet`'s).

    Document
      P (kicker), H1 (title), Figure (wordmark)
      H2, P, Figure /Alt (a chart or icon array), P ("299 unieke bezoekers hadden ...")
      P > Span /Lang en (a phrase marked as in another language: *first disclosure*{en})
      P > Reference /Alt (noot 1) /Ref [the note's LI] (a footnote mark: "¹")
      L /A <</O /List /ListNumbering /Decimal>> > LI > Lbl ("1"), LBody ("Aanbeveling 1 ...")
      P > Link (text, OBJR of the annotation with /Contents)
      Sect (the numbered notes) > H2 (a notes block's own heading), L > LI > Lbl ("1."),
        LBody ("Bron: ..."); each LI /Ref [the References of its marks]

A footnote mark in the text is a Reference (ISO 32000-1 14.8.4.4, "a citation to content
elsewhere in the document") of its own inside the paragraph, read out as its /Alt ('noot
1') rather than '¹'; it and its note point to each other with /Ref (the structure
reference of ISO 32000-2 14.7.2, which PDF 1.7 readers pass over). The notes stay a
numbered list (L > LI): printed as one at the foot of the last page, they are endnotes a
screen reader announces as a list of so many items and can step through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFDocument,
    PDFName,
    PDFObject,
    PDFPage,
    PDFString,
)
from reportlab.pdfgen.canvas import Canvas

from infographic_app.export.pdf_objects import add_entry
from infographic_app.layout.scene import Link, Scene, TextRun
from infographic_app.model.alt_text import alt_texts
from infographic_app.model.blocks import BLOCK_KINDS, HEAD
from infographic_app.model.document import Document
from infographic_app.model.notes import figure_notes, mark_name
from infographic_app.render.pdf_painter import ARTIFACTS, Mark, PdfInfo

# A Figure with /Alt; big numbers are text.
CHARTS = ("icon_array", "percentage_bars", "donut", "trend")
NOTE_NUMBER = re.compile(r"^(\d+)\.$")  # a numbered note's number, set as a text of its own
NOTES = "notes"  # the key of the notes' Sect


@dataclass
class Node:
    """A structure element: its role, its children (nodes, and (page, MCID) pairs in reading
    order), for a Figure its alternative text, for a Span in another language its `language`
    (BCP 47), for a numbered list its `numbering` (ListNumbering: 'Decimal'), and for a
    footnote mark's Reference and a numbered note's LI the `note`'s number."""

    key: str
    role: str
    alt: str = ""
    kids: list = field(default_factory=list)
    link: tuple[int, int] | None = None  # a Link's (page, annotation index among the links)
    language: str = ""
    numbering: str = ""
    note: int = 0


@dataclass
class TagPlan:
    """What the painter marks (one Mark per primitive of each page) and the tree its groups
    belong to: the root's kids in reading order, every group's node by key, and the group of
    each MCID the painter will write on each page (consecutive equal marks share one)."""

    marks: list[list[Mark]]
    root: Node
    nodes: dict[str, Node]
    groups: list[list[str]]


def plan_tags(document: Document, scene: Scene, links: bool = True) -> TagPlan:
    """The role of every primitive of `scene`, laid out from `document`; without `links` (the
    print PDF has no annotations) text over a link is plain text of its element."""
    return _Planner(document, scene, links).plan()


class _Planner:
    def __init__(self, document: Document, scene: Scene, links: bool = True):
        self.document, self.scene, self.links = document, scene, links
        self.blocks = {block.id: block for block in document.blocks()}
        self.home = {block.id: number for number, page in enumerate(document.pages)
                     for block in page.blocks}
        self.alts = dict(alt_texts(document))
        self.root = Node("", "Document")
        self.nodes: dict[str, Node] = {}
        self.drawn: set[str] = set()  # the wordmark or logo, once it has been drawn whole
        self.drawing: str | None = None  # the one being drawn now (several runs in a row)
        self.block = self.entry = None
        self.note_targets = {note.target for note in figure_notes(document).notes}
        self.note: Node | None = None  # the LI of the note being tagged

    def plan(self) -> TagPlan:
        marks, groups = [], []
        for number, page in enumerate(self.scene.pages):
            links = [item for item in page.items if isinstance(item, Link)] if self.links \
                else []
            self.block = self.entry = None
            self.end_wordmark()
            page_marks, page_groups, current = [], [], None
            for item in page.items:
                if isinstance(item, Link):
                    page_marks.append(("Artifact", ""))  # not content: never painted as such
                    continue
                mark = self.mark(number, item)
                link = _link_over(item, links)
                if link is not None and mark[0] not in ARTIFACTS:
                    mark = self.link_mark(number, mark, links.index(link))
                if (isinstance(item, TextRun) and item.language
                        and mark[0] not in (*ARTIFACTS, "Figure")):
                    mark = self.language_mark(mark, item.language, current)
                if (isinstance(item, TextRun) and item.note
                        and mark[0] not in (*ARTIFACTS, "Figure")):
                    mark = self.reference_mark(mark, item.note)
                page_marks.append(mark)
                if mark != current and mark[0] not in ARTIFACTS:  # the painter's next MCID
                    self.nodes[mark[1]].kids.append((number, len(page_groups)))
                    page_groups.append(mark[1])
                current = mark
            marks.append(page_marks)
            groups.append(page_groups)
        return TagPlan(marks, self.root, self.nodes, groups)

    def language_mark(self, mark: Mark, language: str, before: Mark | None) -> Mark:
        """Text in another language: a Span with its Lang inside the element the text
        belongs to; the text right before it, when in the same Span, continues it."""
        if before is not None and before[0] == "Span" and before[1].startswith(mark[1] + "#"):
            span = self.nodes[before[1]]
            if span.language == language:
                return before
        parent = self.nodes[mark[1]]
        key = f"{mark[1]}#span{len(parent.kids)}"
        self.node(key, "Span", parent).language = language
        return "Span", key

    def reference_mark(self, mark: Mark, number: int) -> Mark:
        """A footnote mark: a Reference of its own inside the element the text belongs to,
        read out as 'noot 1' and referring to note `number`."""
        parent = self.nodes[mark[1]]
        key = f"{mark[1]}#note{number}.{len(parent.kids)}"
        self.node(key, "Reference", parent, mark_name(number, self.document.locale)).note = \
            number
        return "Reference", key

    def node(self, key: str, role: str, parent: Node | None = None, alt: str = "") -> Node:
        node = self.nodes.get(key)
        if node is None:
            node = self.nodes[key] = Node(key, role, alt)
            (parent or self.root).kids.append(node)
        return node

    def leaf(self, key: str, role: str, parent: Node | None = None, alt: str = "") -> Mark:
        self.node(key, role, parent, alt)
        return role, key

    def link_mark(self, page: int, mark: Mark, index: int) -> Mark:
        """Text over a link: a Link element inside the element the text belongs to."""
        key = f"{mark[1]}#link{page}.{index}"
        node = self.node(key, "Link", self.nodes[mark[1]])
        node.link = (page, index)
        return "Link", key

    def mark(self, page: int, item) -> Mark:
        element = item.element_id
        parts = element.split(".")
        text = isinstance(item, TextRun)
        if parts[0] == "theme":
            return self.theme_mark(item)
        self.end_wordmark()  # something else comes: the wordmark is drawn
        if text and element in self.note_targets:
            return self.note_mark(item.text)
        if parts[0] == "blocks" and len(parts) > 1 and parts[1] in self.blocks:
            block = self.blocks[parts[1]]
            if BLOCK_KINDS[block.kind].placement == HEAD \
                    and self.home.get(block.id, page) != page:  # the running header
                return ("Artifact:Header", "")
            self.block = block
            listed = len(parts) > 3 and isinstance(block.fields.get(parts[2]), list)
            self.entry = ".".join(parts[:4]) if listed else None
            return self.block_mark(block, parts, text)
        if parts[0] == "figures" and len(parts) > 1:
            return self.figure_mark(parts[1], text)
        return self.leaf(element, "P") if text else ("Artifact", "")

    def note_mark(self, text: str) -> Mark:
        """The numbered notes, in the notes' Sect: a list item per note, its number the
        Lbl and its text the LBody; the generated notes block's heading (which a click sends
        to the first note) its H2."""
        sect = self.node(NOTES, "Sect")
        number = NOTE_NUMBER.match(text.strip())
        if number:
            items = self.node(f"{NOTES}.list", "L", sect)
            items.numbering = "Decimal"
            self.note = self.node(f"{NOTES}.{number.group(1)}", "LI", items)
            self.note.note = int(number.group(1))
            return self.leaf(f"{self.note.key}#Lbl", "Lbl", self.note)
        if self.note is not None:
            return self.leaf(f"{self.note.key}#LBody", "LBody", self.note)
        return self.leaf(f"{NOTES}.heading", "H2", sect)

    def end_wordmark(self) -> None:
        """The wordmark or logo being drawn, if any, is whole: where it comes again, it is
        repeated."""
        if self.drawing is not None:
            self.drawn.add(self.drawing)
            self.drawing = None

    def theme_mark(self, item) -> Mark:
        """The wordmark or logo: a Figure where it is first drawn (its runs in a row), an
        artifact where it is repeated: on a later page, or in the footer of the same page."""
        element = item.element_id
        if element in self.drawn:
            return ("Artifact", "")
        self.drawing = element
        node = self.node(element, "Figure")
        if isinstance(item, TextRun):
            node.alt = " ".join(filter(None, (node.alt, item.text)))
        elif not node.alt:
            node.alt = self.document.metadata.get("author", "") or "Logo"
        return "Figure", element

    def block_mark(self, block, parts: list[str], text: bool) -> Mark:
        element = ".".join(parts)
        block_key = ".".join(parts[:2])
        visual = self.visual_of(parts)
        if visual is not None:
            return self.visual_mark(*visual, text)
        if not text:
            return ("Artifact", "")
        kind = BLOCK_KINDS[block.kind]
        if len(parts) == 3 and parts[2] == kind.title:
            return self.leaf(element, "H1")
        if parts[-1] == "heading":
            return self.leaf(element, "H2")
        if self.entry and kind.entry_role == "list":
            items = self.node(f"{block_key}.{parts[2]}", "L")
            items.numbering = "Decimal"
            entry = self.node(self.entry, "LI", items)
            if element == self.entry and not any(kid.role == "Lbl" for kid in entry.kids):
                return self.leaf(f"{self.entry}#Lbl", "Lbl", entry)
            return self.leaf(f"{self.entry}#LBody", "LBody", entry)
        if self.entry and kind.entry_role == "paragraph":
            return self.leaf(self.entry, "P")  # the big number and its sentence, one paragraph
        return self.leaf(element, "P")

    def visual_of(self, parts: list[str]) -> tuple[str, dict] | None:
        """(element id, visual) when `parts` lie inside a block's or entry's visual."""
        if "visual" not in parts:
            return None
        key = ".".join(parts[:parts.index("visual") + 1])
        return key, self.visual_at(key)

    def visual_at(self, key: str) -> dict:
        holder = self.blocks[key.split(".")[1]].fields
        if self.entry and key.startswith(self.entry + "."):
            entry_id = self.entry.split(".")[-1]
            listed = holder.get(self.entry.split(".")[2], [])
            holder = next((e for e in listed if e.get("id") == entry_id), {})
        visual = holder.get("visual")
        return visual if isinstance(visual, dict) else {}

    def visual_mark(self, key: str, visual: dict, text: bool, figure: str = "") -> Mark:
        if visual.get("kind") in CHARTS:
            return self.leaf(key, "Figure", alt=self.alts.get(key, ""))
        if figure:  # a big number and its label: one paragraph that reads as a sentence
            return self.leaf(f"figures.{figure}", "P")
        return self.leaf(key, "P") if text else ("Artifact", "")

    def figure_mark(self, figure: str, text: bool) -> Mark:
        """A figure's number (or label, bar, slice) belongs to the visual or tile around it."""
        if self.block is not None:
            owner = self.entry or f"blocks.{self.block.id}"
            visual = self.visual_at(f"{owner}.visual")
            if figure in _figures_of(visual):
                return self.visual_mark(f"{owner}.visual", visual, text, figure)
            if self.entry and BLOCK_KINDS[self.block.kind].entry_role == "paragraph":
                return self.leaf(self.entry, "P") if text else ("Artifact", "")
        return self.leaf(f"figures.{figure}", "P") if text else ("Artifact", "")


def _figures_of(visual: dict) -> set[str]:
    return {*visual.get("figures", ()), *(visual.get(k) for k in ("figure", "part", "whole",
                                                                  "headline") if visual.get(k))}


def _link_over(item, links: list[Link]) -> Link | None:
    """The link whose area holds the text run's baseline start, if any."""
    if not isinstance(item, TextRun) or not links:
        return None
    return next((link for link in links if link.x - 1 <= item.x <= link.x + link.width + 1
                 and link.y - 1 <= item.y <= link.y + link.height + 1), None)


def write_tags(canvas: Canvas, plan: TagPlan, groups: list[list[str]], info: PdfInfo,
               link_texts: list[list[str]]) -> None:
    """Add the structure tree to the painted document of `canvas` (every page shown, not yet
    saved), with ReportLab's own objects: the elements in reading order, the ParentTree, each
    Link's object reference to its annotation (given /Contents: `link_texts`, each page's
    links' descriptions in painting order), each footnote mark's Reference and its note's
    LI referring to each other (/Ref), StructParents and Tabs, MarkInfo, the language
    and DisplayDocTitle. `groups` is what the painter reported (each page's MCIDs' groups),
    which must be what the plan expects (else ValueError). The XMP packet is the caller's (it
    differs for print and screen)."""
    if groups != plan.groups:
        raise ValueError("the painter wrote other marked content than the tag plan holds")
    doc = canvas._doc
    pages = [doc.Reference(page) for page in doc.Pages.pages]
    parents: list[list] = [["null"] * len(g) for g in groups]
    objects: list[tuple[int, object]] = []  # annotations' StructParent entries
    # note number -> its marks' References, and its LI (the elements built)
    references: dict[int, list[_Reference]] = {}
    notes: dict[int, _Reference] = {}

    def build(node: Node, parent: object) -> object | None:
        """The element of `node` and its kids, registered once it has any (None if not)."""
        element = PDFDictionary({"Type": PDFName("StructElem"), "S": PDFName(node.role)})
        ref = _Reference(element)  # numbered only when it is written
        kids = []
        first_page = next((k[0] for k in _leaves(node)), None)
        if first_page is not None:
            element["Pg"] = pages[first_page]
        for kid in node.kids:
            if isinstance(kid, Node):
                built = build(kid, ref)
                if built is not None:
                    kids.append(built)
                continue
            page, mcid = kid
            parents[page][mcid] = ref
            kids.append(mcid if page == first_page else PDFDictionary(
                {"Type": PDFName("MCR"), "Pg": pages[page], "MCID": mcid}))
        if node.link is not None:
            page, index = node.link
            annotation = _links(doc, doc.Pages.pages[page])[index]
            annotation["Contents"] = PDFString(link_texts[page][index])
            key = len(pages) + len(objects)
            annotation["StructParent"] = key
            objects.append((key, ref))
            kids.append(PDFDictionary({"Type": PDFName("OBJR"),
                                       "Obj": doc.Reference(annotation), "Pg": pages[page]}))
        if not kids:
            return None
        element["P"] = parent
        element["K"] = PDFArray(kids)
        if node.alt:
            element["Alt"] = PDFString(node.alt)
        if node.language:
            element["Lang"] = PDFString(node.language)
        if node.numbering:
            element["A"] = PDFDictionary({"O": PDFName("List"),
                                          "ListNumbering": PDFName(node.numbering)})
        if node.note and node.role == "Reference":
            references.setdefault(node.note, []).append(ref)
        elif node.note:
            notes[node.note] = ref
        return ref

    tree_root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
    root_ref = doc.Reference(tree_root)
    document = build(plan.root, root_ref)
    document.target["Lang"] = PDFString(info.language)
    for number, marks in references.items():
        if number in notes:
            notes[number].target["Ref"] = PDFArray(marks)
            for reference in marks:
                reference.target["Ref"] = PDFArray([notes[number]])
    nums = []
    for number, page in enumerate(doc.Pages.pages):
        add_entry(page, "StructParents", number)
        nums += [number, doc.Reference(PDFArray(parents[number]))]
        if page.Annots:
            add_entry(page, "Tabs", PDFName("S"))
    for key, element in objects:
        nums += [key, element]
    tree_root["K"] = document
    tree_root["ParentTree"] = doc.Reference(PDFDictionary({"Nums": PDFArray(nums)}))
    tree_root["ParentTreeNextKey"] = len(pages) + len(objects)
    catalog = doc.Catalog
    catalog.StructTreeRoot = root_ref
    catalog.MarkInfo = PDFDictionary({"Marked": "true"})
    catalog.Lang = PDFString(info.language)
    catalog.ViewerPreferences = PDFDictionary({"DisplayDocTitle": "true"})


class _Reference(PDFObject):
    """A reference to `target`, an object of its own in the file: numbered by the document the
    first time it is written, so an element can be referred to before it is complete (its
    kids name it as their parent) and one that ends up empty takes no number."""

    def __init__(self, target: PDFObject):
        self.target = target

    def format(self, document: PDFDocument) -> bytes:
        return document.Reference(self.target).format(document)


def _leaves(node: Node):
    for kid in node.kids:
        if isinstance(kid, Node):
            yield from _leaves(kid)
        else:
            yield kid


def _links(doc: PDFDocument, page: PDFPage) -> list[PDFDictionary]:
    """The page's link annotations, as ReportLab's linkURL made them, in painting order."""
    annotations = (doc.idToObject[ref.name] for ref in page.Annots or ())
    return [a for a in annotations if isinstance(a, PDFDictionary)
            and a.dict.get("Subtype") == PDFName("Link")]


def link_texts(scene: Scene) -> list[list[str]]:
    """What each link of each page says: the text over it, else its address."""
    texts = []
    for page in scene.pages:
        runs = [item for item in page.items if isinstance(item, TextRun)]
        said = []
        for link in (item for item in page.items if isinstance(item, Link)):
            words = " ".join(run.text for run in runs if _link_over(run, [link]) is link)
            said.append(words or link.url)
        texts.append(said)
    return texts
