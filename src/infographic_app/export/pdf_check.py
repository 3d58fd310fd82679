"""Self-check of a written print PDF, read back from its bytes before it is handed over.

Reads the file as a print shop's preflight would: the colour operators and spaces actually
painted, embedded fonts, page boxes, output intent, metadata and, for PDF/X-1a, transparency.
"""

from __future__ import annotations

import io
import re

import pikepdf

COLOUR_OPERATORS = {"rg", "RG", "g", "G", "k", "K", "sc", "SC", "scn", "SCN", "cs", "CS"}
_COLOUR_OPERATOR_LIST = " ".join(sorted(COLOUR_OPERATORS))
FORBIDDEN_CATALOG = ("/AcroForm", "/OpenAction", "/AA")


def check_print_pdf(data: bytes, standard: str) -> list[str]:
    """What is wrong with the PDF for `standard` ('PDF/X-4' or 'PDF/X-1a'); empty when fine."""
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PdfError as error:
        return [f"the PDF cannot be read back: {error}"]
    with pdf:
        failures = _document(pdf, standard)
        for number, page in enumerate(pdf.pages, start=1):
            failures += [f"page {number}: {f}" for f in _page(page, standard)]
    return failures


def _document(pdf: pikepdf.Pdf, standard: str) -> list[str]:
    failures = []
    if pdf.is_encrypted:
        failures.append("the PDF is encrypted")
    root = pdf.Root
    failures += [f"the PDF has {key[1:]}, which PDF/X forbids" for key in FORBIDDEN_CATALOG
                 if key in root]
    names = root.get("/Names", {})
    failures += [f"the PDF has {key[1:]}, which PDF/X forbids"
                 for key in ("/JavaScript", "/EmbeddedFiles") if key in names]
    intents = [i for i in root.get("/OutputIntents", []) if i.get("/S") == "/GTS_PDFX"]
    if len(intents) != 1:
        failures.append("there must be exactly one PDF/X output intent")
    else:
        intent = intents[0]
        profile = intent.get("/DestOutputProfile")
        if not str(intent.get("/OutputConditionIdentifier", "")):
            failures.append("the output intent names no printing condition")
        if profile is None or int(profile.get("/N", 0)) != 4:
            failures.append("the output intent has no embedded CMYK profile")
    info = pdf.docinfo
    expected = "PDF/X-4" if standard == "PDF/X-4" else "PDF/X-1:2003"
    if str(info.get("/GTS_PDFXVersion", "")) != expected:
        failures.append(f"Info does not say {expected}")
    for key in ("/Title", "/CreationDate", "/ModDate"):
        if not str(info.get(key, "")):
            failures.append(f"Info has no {key[1:]}")
    if info.get("/Trapped") != pikepdf.Name("/False"):
        failures.append("Info does not say Trapped False")
    failures += _xmp(pdf, info, expected)
    if "/ID" not in pdf.trailer:
        failures.append("the trailer has no ID")
    if standard == "PDF/X-1a" and pdf.pdf_version > "1.4":
        failures.append(f"PDF/X-1a needs PDF 1.4 at most, not {pdf.pdf_version}")
    return failures


def _xmp(pdf: pikepdf.Pdf, info: pikepdf.Dictionary, version: str) -> list[str]:
    meta = pdf.open_metadata()
    key = "pdfxid:GTS_PDFXVersion" if version == "PDF/X-4" else "pdfx:GTS_PDFXVersion"
    failures = []
    if meta.get(key) != version:
        failures.append(f"XMP does not say {version}")
    for field, key, name in (("dc:title", "/Title", "title"), ("dc:creator", "/Author", "author"),
                             ("dc:description", "/Subject", "subject")):
        if _xmp_text(meta.get(field)) != str(info.get(key, "")):
            failures.append(f"the {name} differs between Info and XMP")
    if meta.get("pdf:Trapped") != "False":
        failures.append("XMP does not say Trapped False")
    for field in ("xmp:CreateDate", "xmp:ModifyDate", "xmpMM:DocumentID", "xmpMM:VersionID"):
        if not meta.get(field):
            failures.append(f"XMP has no {field}")
    document_id = str(meta.get("xmpMM:DocumentID", "")).removeprefix("uuid:").replace("-", "")
    trailer = pdf.trailer.get("/ID")
    if trailer is not None and bytes(trailer[0]).hex() != document_id:
        failures.append("the document id differs between the trailer and XMP")
    return failures


def _xmp_text(value: object) -> str:
    """An XMP value as text: a list (dc:creator's authors) joined, absent as empty."""
    if value is None:
        return ""
    return "; ".join(value) if isinstance(value, list) else str(value)


def _page(page: pikepdf.Page, standard: str) -> list[str]:
    failures = []
    boxes = {name: [float(v) for v in page.obj[name]]
             for name in ("/MediaBox", "/BleedBox", "/TrimBox", "/ArtBox") if name in page.obj}
    if "/TrimBox" not in boxes:
        failures.append("no TrimBox")
    if "/ArtBox" in boxes:
        failures.append("both TrimBox and ArtBox")
    if "/TrimBox" in boxes and not (_inside(boxes["/TrimBox"], boxes.get("/BleedBox"))
                                    and _inside(boxes.get("/BleedBox"), boxes["/MediaBox"])):
        failures.append("TrimBox must lie inside BleedBox, and BleedBox inside MediaBox")
    if "/Annots" in page.obj:
        failures.append("annotations (links) on a print page")
    # qpdf picks out the colour operators itself: a third of the time of listing every one
    used = {str(op) for _, op in pikepdf.parse_content_stream(page, _COLOUR_OPERATOR_LIST)}
    if used - {"k", "K"}:
        failures.append(f"colour that is not DeviceCMYK is painted ({', '.join(sorted(used))})")
    resources = page.obj.get("/Resources", {})
    for name, xobject in resources.get("/XObject", {}).items():
        if xobject.get("/Subtype") == "/Image" and xobject.get("/ColorSpace") != "/DeviceCMYK":
            failures.append(f"image {name} is not CMYK")
        if standard == "PDF/X-1a" and "/SMask" in xobject:
            failures.append(f"image {name} is transparent, which PDF/X-1a forbids")
    for font in resources.get("/Font", {}).values():
        for descendant in font.get("/DescendantFonts", [font]):
            descriptor = descendant.get("/FontDescriptor", {})
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                failures.append(f"font {font.get('/BaseFont')} is not embedded")
    if standard == "PDF/X-1a":
        for state in resources.get("/ExtGState", {}).values():
            if float(state.get("/CA", 1)) < 1 or float(state.get("/ca", 1)) < 1 \
                    or "/SMask" in state and state.SMask != "/None":
                failures.append("transparency, which PDF/X-1a forbids")
    return failures


def _inside(inner: list[float] | None, outer: list[float] | None) -> bool:
    if inner is None or outer is None:
        return False
    return (inner[0] >= outer[0] - 0.01 and inner[1] >= outer[1] - 0.01
            and inner[2] <= outer[2] + 0.01 and inner[3] <= outer[3] + 0.01)


# Operators that paint: text showing, path painting, XObjects, shadings, inline images.
PAINTING = {"Tj", "TJ", "'", '"', "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh",
            "EI", "BI"}
HEADING_LEVELS = {f"/H{n}": n for n in range(1, 7)}


def check_screen_pdf(data: bytes) -> list[str]:
    """What is wrong with the screen PDF as tagged PDF (PDF/UA-1); empty when fine.

    Reads the file back without the code that built its tree: every painting operator lies in
    marked content with an MCID or in an Artifact; every MCID is reached exactly once from the
    structure tree and the ParentTree says the same element; every Figure has /Alt; heading
    levels do not skip; the tree's text, element by element in tree order, equals the tagged
    page text in the order it is painted (which is the reading order); links are in Link
    elements with /Contents; MarkInfo, /Lang, DisplayDocTitle, Tabs and the XMP
    identification are there."""
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PdfError as error:
        return [f"the PDF cannot be read back: {error}"]
    with pdf:
        return _tagged(pdf)


def _tagged(pdf: pikepdf.Pdf) -> list[str]:
    root, failures = pdf.Root, []
    if not bool(root.get("/MarkInfo", {}).get("/Marked", False)):
        failures.append("MarkInfo does not say Marked true")
    if not str(root.get("/Lang", "")):
        failures.append("the catalog has no /Lang")
    if not bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
        failures.append("ViewerPreferences do not say DisplayDocTitle true")
    xmp = _xmp_packet(root)
    if not re.search(r"pdfuaid:part(?:>\s*|\s*=\s*[\"'])1\b", xmp):
        failures.append("XMP does not say pdfuaid:part 1")
    if not re.search(r"<dc:title>.*?<rdf:li[^>]*>\s*[^<\s]", xmp, re.S):
        failures.append("XMP has no dc:title")
    tree = root.get("/StructTreeRoot")
    if tree is None:
        return [*failures, "there is no structure tree"]
    page_ids = {page.obj.objgen: number for number, page in enumerate(pdf.pages)}
    content: dict[tuple[int, int], str] = {}  # (page, mcid) -> its text, in painting order
    for number, page in enumerate(pdf.pages):
        mcids, unmarked = _marked_content(page)
        content.update({(number, mcid): text for mcid, text in mcids.items()})
        if unmarked:
            failures.append(f"page {number + 1}: {unmarked} painting operators neither tagged "
                            "nor artifact")
        if "/Annots" in page.obj and page.obj.get("/Tabs") != "/S":
            failures.append(f"page {number + 1} has annotations but no Tabs /S")
    reached: dict[tuple[int, int], pikepdf.Object] = {}  # in the tree's order
    levels: list[int] = []
    links: dict[tuple, pikepdf.Object] = {}  # annotation -> its Link element

    def walk(element: pikepdf.Object, page: int | None) -> None:
        role = str(element.get("/S", ""))
        if role == "/Figure" and not str(element.get("/Alt", "")).strip():
            failures.append("a Figure has no /Alt")
        if role in HEADING_LEVELS:
            levels.append(HEADING_LEVELS[role])
        if "/Pg" in element:
            page = page_ids.get(element.Pg.objgen, page)
        kids = element.get("/K", [])
        kids = kids if isinstance(kids, pikepdf.Array) else [kids]
        for kid in kids:
            if isinstance(kid, int):
                key = (page, int(kid))
            elif kid.get("/Type") == "/MCR":
                key = (page_ids.get(kid.Pg.objgen, page) if "/Pg" in kid else page,
                       int(kid.MCID))
            elif kid.get("/Type") == "/OBJR":
                if role != "/Link":
                    failures.append(f"an annotation is referenced from {role[1:]}, not Link")
                links[kid.Obj.objgen] = element
                continue
            else:
                walk(kid, page)
                continue
            if key in reached:
                failures.append(f"MCID {key[1]} of page {key[0] + 1} is in the tree twice")
            reached[key] = element

    walk(tree.K, None)
    for number, page in enumerate(pdf.pages):
        if "/StructParents" not in page.obj:
            failures.append(f"page {number + 1} has no StructParents")
    failures += [f"MCID {mcid} of page {page + 1} is in no structure element"
                 for page, mcid in sorted(set(content) - set(reached))]
    failures += [f"the tree names MCID {mcid} of page {page + 1}, which is not painted"
                 for page, mcid in sorted(set(reached) - set(content))]
    if levels and levels[0] != 1:
        failures.append(f"the first heading is H{levels[0]}, not H1")
    failures += [f"heading levels skip from H{a} to H{b}" for a, b in zip(levels, levels[1:],
                                                                               strict=False)
                 if b > a + 1]
    failures += _reading_order(content, reached)
    failures += _parent_tree(pdf, tree, reached, links)
    return failures


def _reading_order(content: dict[tuple[int, int], str], reached: dict) -> list[str]:
    """The tree's text in tree order against the tagged page text in painting order, word by
    word; the first difference, with the words before it, when they differ."""
    painted = " ".join(content.values()).split()
    read = " ".join(content.get(key, "") for key in reached).split()
    if painted == read:
        return []
    at = next((i for i, (a, b) in enumerate(zip(painted, read, strict=False)) if a != b),
              min(len(painted), len(read)))
    before = " ".join(painted[max(0, at - 4):at])
    return [f"the tree's text does not read as the page: after \"{before}\" the page has "
            f"\"{' '.join(painted[at:at + 4])}\", the tree \"{' '.join(read[at:at + 4])}\""]


def _xmp_packet(root: pikepdf.Object) -> str:
    """The catalog's XMP packet as text ('' without one), read as XML text rather than
    through an XMP library: the checks need two values, not a model of the packet."""
    stream = root.get("/Metadata")
    if not isinstance(stream, pikepdf.Stream):
        return ""
    return stream.read_bytes().decode("utf-8", "replace")


def _marked_content(page: pikepdf.Page) -> tuple[dict[int, str], int]:
    """The MCIDs of the page's content in painting order with the text each shows (decoded
    with its font's ToUnicode map), and how many painting operators lie outside both
    MCID-marked content and artifacts."""
    stack: list[str] = []  # 'mcid', 'artifact' or 'other' per open sequence
    mcids: dict[int, str] = {}
    unmarked, current, font = 0, None, {}
    fonts = page.obj.get("/Resources", {}).get("/Font", {})
    maps: dict[str, dict[int, str]] = {}
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op in ("BDC", "BMC"):
            properties = operands[1] if op == "BDC" else None
            if operands[0] == "/Artifact":
                stack.append("artifact")
            elif isinstance(properties, pikepdf.Dictionary) and "/MCID" in properties:
                current = int(properties.MCID)
                mcids.setdefault(current, "")
                stack.append("mcid")
            else:
                stack.append("other")
        elif op == "EMC":
            if stack and stack.pop() == "mcid":
                current = None
        elif op == "Tf":
            name = str(operands[0])
            if name not in maps:
                maps[name] = _to_unicode(fonts.get(name))
            font = maps[name]
        if op in PAINTING and not ({"mcid", "artifact"} & set(stack)):
            unmarked += 1
        elif op in SHOWING and current is not None and "artifact" not in stack:
            shown = operands[-1]
            strings = shown if isinstance(shown, pikepdf.Array) else [shown]
            text = "".join(font.get(code, "") for part in strings
                           if isinstance(part, pikepdf.String) for code in bytes(part))
            mcids[current] += " " + text
    return mcids, unmarked


SHOWING = {"Tj", "TJ", "'", '"'}


def _to_unicode(font: pikepdf.Object | None) -> dict[int, str]:
    """A simple font's one-byte codes -> text, from its ToUnicode CMap (bfchar and bfrange)."""
    if font is None or "/ToUnicode" not in font:
        return {}
    cmap = font.ToUnicode.read_bytes().decode("latin-1")
    found: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            found[int(code, 16)] = _utf16(text)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, start in re.findall(
                r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            first = int(start, 16)
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                found[code] = chr(first + offset)
    return found


def _utf16(hex_text: str) -> str:
    text = bytes.fromhex(hex_text).decode("utf-16-be", "replace")
    return "" if text == "\0" else text


def _parent_tree(pdf: pikepdf.Pdf, tree: pikepdf.Object, reached: dict,
                 links: dict) -> list[str]:
    failures = []
    nums = _number_tree(tree.get("/ParentTree", {}))
    for number, page in enumerate(pdf.pages):
        key = int(page.obj.get("/StructParents", -1))
        entries = nums.get(key)
        if entries is None:
            failures.append(f"page {number + 1}'s StructParents has no ParentTree entry")
            continue
        for mcid, element in enumerate(entries):
            if (number, mcid) in reached and reached[(number, mcid)].objgen != element.objgen:
                failures.append(f"the ParentTree and the tree differ on MCID {mcid} of page "
                                f"{number + 1}")
        for annotation in page.obj.get("/Annots", []):
            if annotation.get("/Subtype") in ("/Popup",):
                continue
            if annotation.get("/Subtype") == "/Link":
                if not str(annotation.get("/Contents", "")).strip():
                    failures.append(f"a link on page {number + 1} has no /Contents")
                element = links.get(annotation.objgen)
                parent = nums.get(int(annotation.get("/StructParent", -1)))
                if element is None:
                    failures.append(f"a link on page {number + 1} is in no Link element")
                elif parent is None or parent.objgen != element.objgen:
                    failures.append(f"a link on page {number + 1} has no ParentTree entry")
    if int(tree.get("/ParentTreeNextKey", 0)) <= max(nums, default=-1):
        failures.append("ParentTreeNextKey is not above every ParentTree key")
    return failures


def _number_tree(node: pikepdf.Object) -> dict[int, pikepdf.Object]:
    """A number tree's keys and values, its Kids followed."""
    found = {}
    nums = node.get("/Nums", [])
    for index in range(0, len(nums) - 1, 2):
        found[int(nums[index])] = nums[index + 1]
    for kid in node.get("/Kids", []):
        found.update(_number_tree(kid))
    return found
