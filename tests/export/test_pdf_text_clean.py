"""The screen PDF's text reads clean for every reader (issue 23): words are never glued at
line ends or between a number and its caption, a hyphen the layout adds reads as a soft
hyphen (U+00AD), a phrase in another language carries its Lang, the numbered list its
ListNumbering, and veraPDF's PDF/UA-1 rules pass.

The text is read as two kinds of reader do: poppler's pdftotext (by position on the page)
and the structure tree (each element's marked content in order, as a screen reader follows
it, read with pikepdf and the fonts' ToUnicode maps, not the export's code)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pikepdf
import pytest

from infographic_app.export.pdf import pdf_bytes
from infographic_app.layout.engine import layout_document
from infographic_app.layout.scene import TextRun
from infographic_app.model.reading import load_document

import veracheck

MINORS = "text: slachtoffers waren minderjarig."
VISITORS = "text: unieke bezoekers hadden een hulpvraag over mensenhandel."


@pytest.fixture(scope="module")
def bundled(document, theme):
    scene = layout_document(document, theme)
    return scene, pdf_bytes(document, theme, "screen", scene=scene)


@pytest.fixture(scope="module")
def document():
    from infographic_app.paths import default_document

    return load_document(default_document())


def pdftotext(data: bytes, tmp_path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def to_unicode(font: pikepdf.Dictionary) -> dict[int, str]:
    """A simple font's ToUnicode map: character code -> text (bfchar and bfrange)."""
    cmap = font.ToUnicode.read_bytes().decode("latin-1")
    codes: dict[int, str] = {}

    def text(hex_string: str) -> str:
        return bytes.fromhex(hex_string).decode("utf-16-be")

    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, target in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            codes[int(code, 16)] = text(target)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for first, last, target in re.findall(
                r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(target, 16)
            for offset, code in enumerate(range(int(first, 16), int(last, 16) + 1)):
                codes[code] = chr(start + offset)
    return codes


def marked_texts(data: bytes) -> dict[tuple[int, int], str]:
    """(page, MCID) -> its text as the fonts' ToUnicode maps spell it (an ActualText in
    place of what it covers), exactly as written: nothing added between strings."""
    pdf = pikepdf.open(io.BytesIO(data))
    texts: dict[tuple[int, int], str] = {}
    for number, page in enumerate(pdf.pages):
        fonts = page.Resources.get("/Font", {})
        maps, codes = {}, {}
        stack: list[tuple[int | None, str | None]] = []  # (MCID, ActualText) per BDC/BMC
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BDC", "BMC"):
                props = operands[1] if op == "BDC" else None
                mcid = int(props.MCID) if isinstance(props, pikepdf.Dictionary) \
                    and "/MCID" in props else (stack[-1][0] if stack else None)
                actual = str(props.ActualText) if isinstance(props, pikepdf.Dictionary) \
                    and "/ActualText" in props else None
                stack.append((mcid, actual))
                if actual is not None and mcid is not None:
                    texts[(number, mcid)] = texts.get((number, mcid), "") + actual
            elif op == "EMC":
                stack.pop()
            elif op == "Tf":
                name = str(operands[0])
                if name not in maps:
                    maps[name] = to_unicode(fonts[name])
                codes = maps[name]
            elif op in ("Tj", "TJ") and stack and stack[-1][0] is not None:
                if any(actual is not None for _, actual in stack):
                    continue  # read as its ActualText
                strings = operands[0] if op == "TJ" else [operands[0]]
                written = "".join(codes.get(byte, "\ufffd") for string in strings
                                  if isinstance(string, pikepdf.String)
                                  for byte in bytes(string))
                key = (number, stack[-1][0])
                texts[key] = texts.get(key, "") + written
    return texts


def structure_elements(data: bytes) -> list[tuple[str, dict, str]]:
    """Every structure element as (role, its attributes: Lang and A, its text): the text of
    its marked content and its kids in order, joined with nothing, as a screen reader that
    follows the structure concatenates it."""
    texts = marked_texts(data)
    pdf = pikepdf.open(io.BytesIO(data))
    pages = {page.obj.objgen: number for number, page in enumerate(pdf.pages)}
    found = []

    def read(node, page) -> str:
        if "/Pg" in node:
            page = pages[node.Pg.objgen]
        kids = node.get("/K", [])
        text = ""
        for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
            if isinstance(kid, int):
                text += texts.get((page, int(kid)), "")
            elif kid.get("/Type") == "/MCR":
                text += texts.get((pages[kid.Pg.objgen], int(kid.MCID)), "")
            elif kid.get("/Type") != "/OBJR":
                text += read(kid, page)
        attributes = {"Lang": str(node.get("/Lang", "")), "A": node.get("/A")}
        found.append((str(node.S)[1:], attributes, text))
        return text

    read(pdf.Root.StructTreeRoot.K, None)
    return found


def line_joints(scene) -> set[tuple[str, str]]:
    """(last word, first word) where a text goes on on the next line, or a big number on
    its caption: the places a reader could glue two words."""
    joints = set()
    for page in scene.pages:
        runs = [item for item in page.items if isinstance(item, TextRun)]
        for run, following in zip(runs, runs[1:], strict=False):
            if (following.y != run.y and run.text.split() and following.text.split()
                    and not run.text.endswith("-")):
                joints.add((run.text.split()[-1], following.text.split()[0]))
    return joints


def glued(text: str, joints) -> list[str]:
    words = set(text.split())
    return sorted(a + b for a, b in joints if a + b in words)


def test_words_at_line_ends_and_between_number_and_caption_are_not_glued(bundled, tmp_path):
    scene, data = bundled
    joints = line_joints(scene)
    assert ("minderjarige", "slachtoffers") in joints  # the examples are joints
    assert ("299", "unieke") in joints
    structure = " ".join(text for role, _, text in structure_elements(data)
                         if role in ("P", "H1", "H2", "LBody", "Lbl"))
    for text in (structure, pdftotext(data, tmp_path)):
        assert "minderjarigeslachtoffers" not in text and "299unieke" not in text
        assert glued(text, joints) == []
    assert "299 unieke bezoekers" in structure
    assert "minderjarige slachtoffers" in structure


def test_a_hyphen_the_layout_adds_reads_as_a_soft_hyphen(changed_copy, theme, tmp_path):
    """ISO 32000-1 14.8.2.2.3: a hyphen that only breaks a word across lines is U+00AD in the
    text; a hyphen that is part of the word stays U+002D."""
    path = changed_copy((MINORS, "text: slachtoffers waren nog minder\u00adjarig."),
                        (VISITORS, VISITORS.replace("bezoekers", "bezoekers uit Noord-Holland")))
    data = pdf_bytes(load_document(path), theme, "screen")
    scene = layout_document(load_document(path), theme)
    assert any(run.hyphen and run.text.endswith("minder-") for run in scene.texts())
    structure = "".join(text for _, _, text in structure_elements(data))
    assert "minder\u00adjarig" in structure
    assert "minder-jarig" not in structure and "minder-" not in structure
    assert "Noord-Holland" in structure
    extracted = pdftotext(data, tmp_path)
    assert re.search("minder\u00ad\\s*jarig", extracted)
    assert not re.search(r"minder-\s*jarig", extracted)


def test_a_phrase_in_another_language_is_a_span_with_its_lang(bundled):
    _, data = bundled
    spans = [(attributes["Lang"], text) for role, attributes, text in structure_elements(data)
             if role == "Span"]
    assert ("en", "first disclosure") in spans
    paragraph = next(text for role, _, text in structure_elements(data)
                     if role == "P" and "first disclosure" in text)
    assert "worstelen (first disclosure), hebben" in paragraph  # in place, no {en} printed
    assert "{en}" not in paragraph


def test_the_numbered_list_says_its_numbering(bundled):
    _, data = bundled
    lists = [attributes["A"] for role, attributes, _ in structure_elements(data)
             if role == "L"]
    assert lists
    for attributes in lists:
        assert attributes.O == "/List" and attributes.ListNumbering == "/Decimal"


@pytest.fixture(scope="module")
def verapdf(tmp_path_factory):
    reason = veracheck.missing_java()
    if reason:
        pytest.skip(f"veraPDF's PDF/UA-1 check needs Java: {reason}")
    return veracheck.compile_checker(tmp_path_factory.mktemp("verapdf"))


def test_verapdf_finds_the_screen_pdf_pdf_ua_1_compliant(verapdf, bundled, tmp_path):
    _, data = bundled
    path = tmp_path / "screen.pdf"
    path.write_bytes(data)
    result = veracheck.validate(verapdf, path)
    assert result.checks > 1000
    assert result.failures == ()


def test_verapdf_fails_a_pdf_without_tags(verapdf, document, theme, tmp_path):
    """The check can fail: the untagged print PDF breaks PDF/UA-1 rules."""
    path = tmp_path / "print.pdf"
    path.write_bytes(pdf_bytes(document, theme, "print", tagged=False))
    assert veracheck.validate(verapdf, path).failures
