"""The screen PDF is tagged PDF/UA-1 (ISO 14289-1), read here without the code that wrote it.

There is no veraPDF or PAC on these machines, so the tests check ISO 14289-1 and the
machine-checkable failure conditions of the Matterhorn Protocol 1.02 directly; each test names
the conditions it covers. The structure tree is read with pikepdf, the text of each marked-
content sequence with PDFium (pypdfium2), so neither the tree nor the texts come from the
export's own code.
"""

from __future__ import annotations

import ctypes
import io

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from infographic_app.export.pdf import pdf_bytes, pdf_info
from infographic_app.export.pdf_check import check_screen_pdf
from infographic_app.layout.engine import layout_document
from infographic_app.model.alt_text import alt_texts
from infographic_app.render.pdf_painter import paint_pdf

from pdfcheck import open_pdf, page_text, structure_elements

PAINTING = {"Tj", "TJ", "'", '"', "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh",
            "BI"}
H2 = ["Nederlandse minderjarige slachtoffers onzichtbaar",
      "Mensenhandel in beeld bij Chat met Fier", "langdurige uitbuiting", "partner = pleger",
      "meerdere slachtoffers en daders", "criminele uitbuiting", "Aanbevelingen",
      "Over Chat met Fier", "Bronnen"]


@pytest.fixture(scope="module")
def factsheet():
    from infographic_app.model.reading import load_document
    from infographic_app.model.theme import load_theme
    from infographic_app.paths import default_document, default_theme

    document = load_document(default_document())
    theme = load_theme(default_theme())
    return document, theme, layout_document(document, theme)


@pytest.fixture(scope="module")
def screen_pdf(factsheet):
    document, theme, scene = factsheet
    return pdf_bytes(document, theme, "screen", scene=scene)


@pytest.fixture(scope="module")
def untagged_pdf(factsheet):
    """The screen PDF as it was painted before tagging: no marks, no tree."""
    document, _, scene = factsheet
    buffer = io.BytesIO()
    paint_pdf(scene, "screen", buffer, pdf_info(document))
    return buffer.getvalue()


def mcid_texts(data: bytes) -> dict[tuple[int, int], str]:
    """(page, MCID) -> the text PDFium finds in that marked-content sequence."""
    document = pdfium.PdfDocument(data)
    texts: dict[tuple[int, int], list[str]] = {}
    try:
        for number, page in enumerate(document):
            textpage = page.get_textpage()
            for obj in page.get_objects(max_depth=1):
                if obj.type != pdfium_c.FPDF_PAGEOBJ_TEXT:
                    continue
                mcid = pdfium_c.FPDFPageObj_GetMarkedContentID(obj.raw)
                size = pdfium_c.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
                buffer = ctypes.create_string_buffer(size)
                pdfium_c.FPDFTextObj_GetText(obj.raw, textpage.raw, ctypes.cast(
                    buffer, ctypes.POINTER(ctypes.c_ushort)), size)
                texts.setdefault((number, mcid), []).append(
                    buffer.raw[:size - 2].decode("utf-16-le"))
    finally:
        document.close()
    return {key: " ".join(" ".join(parts).split()) for key, parts in texts.items()}


class Element:
    """A structure element as read: role, /Alt, its content (page, MCID), OBJRs, kids."""

    def __init__(self, role, alt, marked, objrs, kids):
        self.role, self.alt, self.marked, self.objrs, self.kids = role, alt, marked, objrs, kids
        self.text = ""

    def walk(self):
        yield self
        for kid in self.kids:
            yield from kid.walk()


def read_tree(pdf: pikepdf.Pdf, texts: dict) -> tuple[Element, dict[tuple[int, int], int]]:
    """The structure tree from the StructTreeRoot, and how often each MCID is reached."""
    pages = {page.obj.objgen: number for number, page in enumerate(pdf.pages)}
    reached: dict[tuple[int, int], int] = {}

    def read(node, page):
        if "/Pg" in node:
            page = pages[node.Pg.objgen]
        kids = node.get("/K", [])
        kids = kids if isinstance(kids, pikepdf.Array) else [kids]
        marked, objrs, children = [], [], []
        for kid in kids:
            if isinstance(kid, int):
                marked.append((page, int(kid)))
            elif kid.get("/Type") == "/MCR":
                marked.append((pages[kid.Pg.objgen], int(kid.MCID)))
            elif kid.get("/Type") == "/OBJR":
                objrs.append(kid)
            else:
                children.append(read(kid, page))
        for key in marked:
            reached[key] = reached.get(key, 0) + 1
        element = Element(str(node.S)[1:], str(node.get("/Alt", "")), marked, objrs, children)
        element.text = " ".join(filter(None, [texts.get(k, "") for k in marked]
                                       + [kid.text for kid in children]))
        return element

    return read(pdf.Root.StructTreeRoot.K, None), reached


@pytest.fixture(scope="module")
def tree(screen_pdf):
    pdf = open_pdf(screen_pdf)
    root, reached = read_tree(pdf, mcid_texts(screen_pdf))
    return pdf, root, reached


def content_mcids(pdf: pikepdf.Pdf) -> tuple[dict[tuple[int, int], int], int]:
    """Each (page, MCID) in the content streams with how often it occurs, and the number of
    painting operators outside both MCID-marked content and artifacts."""
    found, loose = {}, 0
    for number, page in enumerate(pdf.pages):
        stack = []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "BMC":
                stack.append("artifact" if operands[0] == "/Artifact" else "other")
            elif op == "BDC":
                props = operands[1]
                if operands[0] == "/Artifact":
                    stack.append("artifact")
                elif isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                    key = (number, int(props.MCID))
                    found[key] = found.get(key, 0) + 1
                    stack.append("mcid")
                else:
                    stack.append("other")
            elif op == "EMC":
                stack.pop()
            elif op in PAINTING and not {"artifact", "mcid"} & set(stack):
                loose += 1
        assert not stack, f"page {number + 1}: marked content left open"
    return found, loose


def test_all_content_is_tagged_or_artifact_and_every_mcid_is_in_the_tree_once(tree):
    """Matterhorn 01-005 (content neither artifact nor tagged), ISO 14289-1 7.1; each MCID
    once in the content and once in the tree (ISO 32000-1 14.7.4)."""
    pdf, _, reached = tree
    found, loose = content_mcids(pdf)
    assert loose == 0
    assert found and set(found.values()) == {1}
    assert reached == dict.fromkeys(found, 1)


def test_the_parent_tree_and_struct_parents_agree_with_the_tree(tree):
    """ISO 32000-1 14.7.4.4: each page's StructParents key finds in the ParentTree an array
    whose entry i is the element that holds MCID i; the link's StructParent its Link."""
    pdf, _, _ = tree
    structroot = pdf.Root.StructTreeRoot
    nums = structroot.ParentTree.Nums
    entries = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    pages = {page.obj.objgen: number for number, page in enumerate(pdf.pages)}

    def holders(node, page, out):
        if "/Pg" in node:
            page = pages[node.Pg.objgen]
        kids = node.get("/K", [])
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            if isinstance(kid, int):
                out[(page, int(kid))] = node.objgen
            elif kid.get("/Type") == "/MCR":
                out[(pages[kid.Pg.objgen], int(kid.MCID))] = node.objgen
            elif kid.get("/Type") == "/OBJR":
                out[kid.Obj.objgen] = node.objgen
            else:
                holders(kid, page, out)
        return out

    held = holders(structroot.K, None, {})
    assert len({int(page.obj.StructParents) for page in pdf.pages}) == len(pdf.pages)
    for number, page in enumerate(pdf.pages):
        array = entries[int(page.obj.StructParents)]
        assert [element.objgen for element in array] == [
            held[(number, mcid)] for mcid in range(len(array))]
        for annotation in page.obj.get("/Annots", []):
            assert entries[int(annotation.StructParent)].objgen == held[annotation.objgen]
    assert int(structroot.ParentTreeNextKey) > max(entries)


def test_the_tree_reads_in_order_with_a_title_and_the_headings(tree):
    """Headings: H1 the title, then an H2 per block heading in reading order (Matterhorn
    14-002 first heading H1, 14-003 no skipped level; ISO 14289-1 7.4)."""
    _, root, _ = tree
    assert root.role == "Document"
    headings = [(e.role, e.text) for e in root.walk() if e.role in ("H1", "H2", "H3")]
    assert headings == [("H1", "Onzichtbare slachtoffers in 2019"), *(("H2", h) for h in H2)]
    roles = [kid.role for kid in root.kids]
    assert roles[:3] == ["P", "H1", "Figure"]  # kicker, title, wordmark
    texts = [kid.text for kid in root.kids]
    assert texts[0] == "Factsheet mensenhandel"
    assert texts[-1] == "www.chatmetfier.nl"  # the footer comes last


def test_the_recommendations_are_a_numbered_list(tree):
    """L > LI > Lbl + LBody (Matterhorn 16-001..16-003, ISO 14289-1 7.6)."""
    _, root, _ = tree
    [numbered, _] = [e for e in root.walk() if e.role == "L"]  # and the notes
    assert [item.role for item in numbered.kids] == ["LI"] * 4
    for number, item in enumerate(numbered.kids, start=1):
        assert [kid.role for kid in item.kids] == ["Lbl", "LBody"]
        label, body = item.kids
        assert label.text == str(number)
        assert body.text.startswith(f"Aanbeveling {number} De staatssecretaris")
    assert "proactief mensenhandel op te sporen" in numbered.kids[3].text


def test_the_numbered_notes_are_a_list_in_the_notes_section(tree):
    """The notes block: a Sect with its heading and an L of the notes, each LI a Lbl (the
    number) and an LBody (the note), in reading order after the rest of page 2."""
    _, root, _ = tree
    [notes] = [e for e in root.kids if e.role == "Sect"]
    assert [kid.role for kid in notes.kids] == ["H2", "L"]
    assert notes.kids[0].text == "Bronnen"
    items = notes.kids[1].kids
    assert [[kid.role for kid in item.kids] for item in items] == [["Lbl", "LBody"]] * 3
    assert [item.kids[0].text for item in items] == ["1.", "2.", "3."]
    assert items[0].kids[1].text == ("Bron: Nederlandse minderjarige slachtoffers van "
                                     "seksuele uitbuiting in beeld in 2018.")
    assert root.kids.index(notes) == len(root.kids) - 2  # before the footer


def test_every_chart_is_a_figure_with_the_editors_alt_text(tree, factsheet):
    """Matterhorn 13-004 (Figure without alternative text), ISO 14289-1 7.3: every chart and
    the icon array carry the alt text the editor shows, in Dutch; big numbers are text."""
    _, root, _ = tree
    document, _, _ = factsheet
    figures = [e for e in root.walk() if e.role == "Figure"]
    assert all(figure.alt.strip() for figure in figures)
    charts = [alt for element_id, alt in alt_texts(document)
              if not alt.startswith("Kerncijfers")]
    assert [f.alt for f in figures[1:]] == charts
    assert [alt.split(" ")[0] for alt in charts] == ["Figurendiagram", "Staafdiagram",
                                                     "Cirkeldiagram"]
    assert figures[0].alt == "ckm! CENTRUM KINDERHANDEL MENSENHANDEL"  # the wordmark


def test_big_numbers_read_as_sentences(tree):
    _, root, _ = tree
    paragraphs = [e.text for e in root.walk() if e.role == "P"]
    for sentence in ("299 unieke bezoekers hadden een hulpvraag over mensenhandel.",
                     "17,7 is de gemiddelde leeftijd van slachtoffers. Ruim een kwart van hen "
                     "is 15 jaar of jonger.",
                     "54 bezoekers noemen meerdere plegers",
                     "circa 10.000 unieke bezoekers per jaar op Chat met Fier"):
        assert sentence in paragraphs


def test_the_link_is_in_a_link_element_with_a_description(tree):
    """Matterhorn 28-011 (link annotation not in a Link element), 28-012 (no Contents), ISO
    14289-1 7.18.5; 28-008/28-009 Tabs /S on a page with annotations (7.18.3)."""
    pdf, root, _ = tree
    [link] = [e for e in root.walk() if e.role == "Link"]
    [objr] = link.objrs
    annotation = objr.Obj
    assert annotation.Subtype == "/Link"
    assert str(annotation.A.URI) == "https://www.chatmetfier.nl"
    assert str(annotation.Contents) == "www.chatmetfier.nl"
    assert link.text == "www.chatmetfier.nl"
    for page in pdf.pages:
        if "/Annots" in page.obj:
            assert page.obj.Tabs == "/S"


def test_catalog_and_metadata_say_tagged_pdf_ua_in_dutch(tree):
    """Matterhorn 06-001..06-003 (XMP, pdfuaid:part, dc:title), 07-001/07-002
    (DisplayDocTitle), 11-006 (document language), ISO 32000-1 14.7.1 MarkInfo."""
    pdf, _, _ = tree
    root = pdf.Root
    assert bool(root.MarkInfo.Marked) is True
    assert str(root.Lang) == "nl-NL"
    assert bool(root.ViewerPreferences.DisplayDocTitle) is True
    meta = pdf.open_metadata()
    assert meta["pdfuaid:part"] == "1"
    assert meta["dc:title"] == str(pdf.docinfo.Title)
    assert "nl-NL" in meta["dc:language"]


def test_fonts_are_embedded_with_to_unicode(tree):
    """ISO 14289-1 7.21.3.1 (embedded) and 7.21.7 (ToUnicode): Matterhorn 31-009, 31-027."""
    pdf, _, _ = tree
    for page in pdf.pages:
        for font in page.Resources.Font.values():
            assert "/FontFile2" in font.FontDescriptor
            assert "/ToUnicode" in font


def test_the_text_reads_as_before_and_nothing_visible_changed(screen_pdf, untagged_pdf):
    assert page_text(screen_pdf) == page_text(untagged_pdf)
    for number in range(2):
        images = []
        for data in (screen_pdf, untagged_pdf):
            document = pdfium.PdfDocument(data)
            images.append(np.asarray(document[number].render(scale=1.5).to_pil()))
            document.close()
        assert np.array_equal(*images)


def test_the_self_check_passes_and_catches_what_is_missing(screen_pdf, untagged_pdf):
    assert check_screen_pdf(screen_pdf) == []
    assert "there is no structure tree" in check_screen_pdf(untagged_pdf)
    pdf = open_pdf(screen_pdf)
    for element in structure_elements(pdf.Root.StructTreeRoot.K):
        if element.get("/S") == "/Figure":
            del element["/Alt"]
    del pdf.pages[1].obj["/Tabs"]
    out = io.BytesIO()
    pdf.save(out)
    failures = check_screen_pdf(out.getvalue())
    assert "a Figure has no /Alt" in failures
    assert "page 2 has annotations but no Tabs /S" in failures


def test_the_print_pdf_is_not_tagged(factsheet):
    document, theme, scene = factsheet
    pdf = open_pdf(pdf_bytes(document, theme, "print", scene=scene))
    assert "/StructTreeRoot" not in pdf.Root and "/MarkInfo" not in pdf.Root


def test_the_tagged_print_pdf_reads_as_the_screen_pdf(factsheet, tree):
    """The print option: the same tree as the screen PDF, crop marks as artifacts, no link
    annotation (PDF/X forbids them; the footer's address is plain text in its P). The PDF/X
    rules with the option on: tests/export/test_pdfx.py."""
    document, theme, scene = factsheet
    data = pdf_bytes(document, theme, "print", scene=scene, tagged=True)
    assert check_screen_pdf(data) == []
    pdf = open_pdf(data)
    found, loose = content_mcids(pdf)
    assert loose == 0
    printed, reached = read_tree(pdf, mcid_texts(data))
    assert reached == dict.fromkeys(found, 1)
    _, screen, _ = tree
    assert [(e.role, e.text) for e in printed.walk() if e.role != "Link"] == [
        (e.role, e.text) for e in screen.walk() if e.role != "Link"]
    assert not any(e.objrs for e in printed.walk())


def test_the_theme_and_the_command_line_ask_for_tagged_print(tmp_path):
    from infographic_app.cli import main
    from infographic_app.model.reading import load_document
    from infographic_app.model.theme import load_theme
    from infographic_app.paths import default_document, default_theme

    folder = default_theme().parent
    text = (default_theme().read_text(encoding="utf-8")
            .replace("fonts/", f"{folder / 'fonts'}/")
            .replace("profiles/", f"{folder / 'profiles'}/")
            .replace("  max_ink: 300\n", "  max_ink: 300\n  tagged: true\n"))
    assert "tagged: true" in text
    (tmp_path / "theme.yaml").write_text(text, encoding="utf-8")
    theme = load_theme(tmp_path / "theme.yaml")
    assert theme.printing.tagged is True
    document = load_document(default_document())
    assert "/StructTreeRoot" in open_pdf(pdf_bytes(document, theme, "print")).Root
    assert "/StructTreeRoot" not in open_pdf(pdf_bytes(document, theme, "print",
                                                       tagged=False)).Root
    out = tmp_path / "print.pdf"
    assert main(["export", str(default_document()), "-o", str(out), "--tagged"]) == 0
    assert bool(open_pdf(out.read_bytes()).Root.MarkInfo.Marked) is True


def _saved(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_the_self_check_catches_an_element_out_of_order(screen_pdf):
    """Issue 12's self-check: the tree's text in order equals the page text in reading order
    (ISO 14289-1 7.2, logical reading order; Matterhorn 09-001, tags not in logical order)."""
    pdf = open_pdf(screen_pdf)
    kids = pdf.Root.StructTreeRoot.K.K
    kids[3], kids[4] = kids[4], kids[3]  # the intro's heading after its text
    failures = check_screen_pdf(_saved(pdf))
    [order] = [f for f in failures if f.startswith("the tree's text does not read")]
    assert "Nederlandse minderjarige slachtoffers onzichtbaar" not in order.split("the tree")[0]
    assert "ckm! CENTRUM KINDERHANDEL MENSENHANDEL" in order  # the words before the change


def test_the_self_check_catches_two_mcids_with_swapped_parents(screen_pdf):
    """Two MCIDs of page 1 given each other's element, in the tree and in the ParentTree
    alike, so that every other check still passes: only the reading order shows it."""
    pdf = open_pdf(screen_pdf)
    first, second = [e for e in structure_elements(pdf.Root.StructTreeRoot.K)
                     if e.get("/S") in ("/H1", "/H2") and isinstance(e.K, pikepdf.Array)
                     and len(e.K) == 1 and isinstance(e.K[0], int)][:2]
    a, b = int(first.K[0]), int(second.K[0])
    first.K, second.K = pikepdf.Array([b]), pikepdf.Array([a])
    nums = pdf.Root.StructTreeRoot.ParentTree.Nums
    parents = nums[1]  # page 1's array
    parents[a], parents[b] = parents[b], parents[a]
    failures = check_screen_pdf(_saved(pdf))
    assert len(failures) == 1 and failures[0].startswith("the tree's text does not read as")
    assert "Onzichtbare slachtoffers in 2019" in failures[0]


def test_a_verified_screen_export_without_its_tree_fails_and_keeps_the_old_file(
        factsheet, monkeypatch, tmp_path):
    from infographic_app.export import pdfua
    from infographic_app.export.pdf import export_pdf
    from infographic_app.model.problems import InputError

    document, theme, scene = factsheet
    monkeypatch.setattr(pdfua, "write_tags", lambda *args: None)  # forgets the tree
    output = tmp_path / "screen.pdf"
    output.write_bytes(b"last week's")
    with pytest.raises(InputError) as caught:
        export_pdf(document, theme, "screen", output, scene=scene, verify=True)
    assert "the screen PDF failed its PDF/UA-1 check: there is no structure tree" in [
        p.message for p in caught.value.problems]
    assert output.read_bytes() == b"last week's"


def test_content_that_moved_on_to_the_next_page_is_tagged_in_reading_order(tmp_path):
    """The 2020 edition's 5th theme moves to the top of page 2 and a notes block sits at the
    foot of page 2: both are tagged content in reading order (not the running header's
    artifacts), and the self-check passes."""
    import yaml

    from infographic_app.model.reading import load_document
    from infographic_app.model.theme import load_theme
    from infographic_app.paths import default_theme

    from composition import EDITION_2020, edition_2020_data

    data = edition_2020_data()
    data["pages"][0]["blocks"].append({"id": "sources", "kind": "notes",
                                       "text": "Bron: Chat met Fier, jaarcijfers 2020."})
    path = tmp_path / EDITION_2020.name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    document, theme = load_document(path), load_theme(default_theme())
    scene = layout_document(document, theme)
    assert "eerste keer verteld" in " ".join(r.text for r in scene.texts(1))
    data = pdf_bytes(document, theme, "screen", scene=scene)
    assert check_screen_pdf(data) == []
    root, _ = read_tree(open_pdf(data), mcid_texts(data))
    headings = [e.text for e in root.walk() if e.role == "H2"]
    assert headings.index("eerste keer verteld") < headings.index("Aanbevelingen") \
        < headings.index("Bronnen")
    paragraphs = " ".join(e.text for e in root.walk() if e.role == "P")
    assert "vertelde op de chat voor het eerst" in paragraphs
    assert "Bron: Chat met Fier, jaarcijfers 2020." in paragraphs


def own_text(element, texts: dict, pdf: pikepdf.Pdf) -> str:
    """The text of the element's own marked content, without its kids' elements."""
    pages = {page.obj.objgen: number for number, page in enumerate(pdf.pages)}
    page = pages[element.Pg.objgen] if "/Pg" in element else None
    kids = element.get("/K", [])
    parts = []
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, int):
            parts.append(texts.get((page, int(kid)), ""))
        elif kid.get("/Type") == "/MCR":
            parts.append(texts.get((pages[kid.Pg.objgen], int(kid.MCID)), ""))
    return " ".join(filter(None, parts))


def references(data: bytes) -> tuple[pikepdf.Pdf, list, dict]:
    pdf = open_pdf(data)
    found = [e for e in structure_elements(pdf.Root.StructTreeRoot.K) if e.S == "/Reference"]
    return pdf, found, mcid_texts(data)


def test_each_footnote_mark_is_a_reference_in_its_paragraph_to_its_note(screen_pdf, factsheet):
    """ISO 14289-1 7.9 (notes and references tagged), ISO 32000-1 14.8.4.4 (Reference): each
    mark after a figure's first use is a Reference of its own inside the paragraph, read out
    as 'noot 1', pointing to its note's list item (/Ref), which points back; the
    paragraph's own text no longer holds the mark."""
    _, _, scene = factsheet
    marks = [(run.text, run.note) for run in scene.texts() if run.note]
    assert marks == [("¹", 1), ("²", 2), ("³", 3)]
    pdf, found, texts = references(screen_pdf)
    assert [(own_text(r, texts, pdf), str(r.Alt)) for r in found] == [
        (text, f"noot {number}") for text, number in marks]
    for reference, (_, number) in zip(found, marks, strict=True):
        paragraph = reference.P
        assert paragraph.S == "/P"
        assert not set("⁰¹²³⁴⁵⁶⁷⁸⁹") & set(own_text(paragraph, texts, pdf))
        [note] = reference.Ref
        assert note.S == "/LI" and note.P.P.S == "/Sect"
        label = note.K[0]
        assert label.S == "/Lbl" and own_text(label, texts, pdf) == f"{number}."
        assert reference.objgen in [back.objgen for back in note.Ref]
    intro = found[0].P
    assert own_text(intro, texts, pdf).startswith("In 2018 kwamen slechts 29 van de geschatte")


def test_a_superscript_typed_in_the_text_stays_in_its_paragraph(changed_copy, theme):
    """Only the layout's footnote marks are References: 'm²' typed in a text is text."""
    from infographic_app.model.reading import load_document

    path = changed_copy(("text: unieke bezoekers hadden",
                         "text: unieke bezoekers per 10 m² hadden"))
    data = pdf_bytes(load_document(path), theme, "screen")
    pdf, found, texts = references(data)
    assert [own_text(r, texts, pdf) for r in found] == ["¹", "²", "³"]
    paragraphs = [own_text(e, texts, pdf) for e in structure_elements(pdf.Root.StructTreeRoot.K)
                  if e.S == "/P"]
    assert any("bezoekers per 10 m² hadden" in text for text in paragraphs)


def test_a_footnote_mark_reads_as_note_in_the_documents_language(changed_copy, theme):
    from infographic_app.model.reading import load_document

    data = pdf_bytes(load_document(changed_copy(("locale: nl-NL", "locale: en-GB"))), theme,
                     "screen")
    pdf, found, _ = references(data)
    assert [str(r.Alt) for r in found] == ["note 1", "note 2", "note 3"]
    pdf.close()
