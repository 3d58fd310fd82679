"""The print PDF is PDF/X-4 (or X-1a), read independently of the code that wrote and checked it."""

import io
import re

import pikepdf
import pytest

from infographic_app.export.pdf import export_pdf, pdf_bytes
from infographic_app.export.pdf_check import check_print_pdf
from infographic_app.model.problems import InputError

from pdfcheck import box, colour_operators, font_files, open_pdf

XMP = {"x": "adobe:ns:meta/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
       "pdfxid": "http://www.npes.org/pdfx/ns/id/", "pdfx": "http://ns.adobe.com/pdfx/1.3/",
       "xmp": "http://ns.adobe.com/xap/1.0/", "xmpMM": "http://ns.adobe.com/xap/1.0/mm/",
       "pdf": "http://ns.adobe.com/pdf/1.3/", "dc": "http://purl.org/dc/elements/1.1/"}


@pytest.fixture(scope="module", params=[("PDF/X-4", False), ("PDF/X-1a", False),
                                        ("PDF/X-4", True), ("PDF/X-1a", True)],
                ids=["X-4", "X-1a", "X-4-tagged", "X-1a-tagged"])
def pdfx(request):
    """The print PDF for each standard, as it is by default and with the tagged option (issue
    12: the tags must keep every PDF/X rule); every test below runs on all four."""
    from infographic_app.model.reading import load_document
    from infographic_app.model.theme import load_theme
    from infographic_app.paths import default_document, default_theme

    standard, tagged = request.param
    document, theme = load_document(default_document()), load_theme(default_theme())
    data = pdf_bytes(document, theme, "print", standard, tagged=tagged)
    with open_pdf(data) as pdf:
        assert ("/StructTreeRoot" in pdf.Root) is tagged
    return standard, data


def _xmp(pdf: pikepdf.Pdf) -> str:
    return pdf.Root.Metadata.read_bytes().decode("utf-8")


def _xmp_value(xmp: str, tag: str) -> str | None:
    match = re.search(rf"<{tag}[^>]*>(.*?)</{tag}>", xmp, re.S)
    return re.sub(r"<[^>]+>", "", match.group(1)).strip() if match else None


def test_header_version(pdfx):
    standard, data = pdfx
    assert data.startswith(b"%PDF-1.6" if standard == "PDF/X-4" else b"%PDF-1.4")


def test_output_intent_with_an_embedded_cmyk_profile(pdfx):
    _, data = pdfx
    pdf = open_pdf(data)
    [intent] = pdf.Root.OutputIntents
    assert intent.S == "/GTS_PDFX"
    assert str(intent.OutputConditionIdentifier) == "FOGRA39"
    profile = intent.DestOutputProfile
    assert int(profile.N) == 4
    icc = profile.read_bytes()
    assert icc[12:16] == b"prtr" and icc[16:20] == b"CMYK"


def test_version_dates_trapped_and_ids_agree_between_info_and_xmp(pdfx):
    standard, data = pdfx
    pdf = open_pdf(data)
    info, xmp = pdf.docinfo, _xmp(pdf)
    if standard == "PDF/X-4":
        assert str(info.GTS_PDFXVersion) == "PDF/X-4"
        assert _xmp_value(xmp, "pdfxid:GTS_PDFXVersion") == "PDF/X-4"
    else:
        assert str(info.GTS_PDFXVersion) == "PDF/X-1:2003"
        assert str(info.GTS_PDFXConformance) == "PDF/X-1a:2003"
        assert _xmp_value(xmp, "pdfx:GTS_PDFXConformance") == "PDF/X-1a:2003"
    assert info.Trapped == pikepdf.Name("/False") and _xmp_value(xmp, "pdf:Trapped") == "False"
    assert _xmp_value(xmp, "dc:title") == str(info.Title) != ""
    created = str(info.CreationDate)  # D:YYYYMMDDHHmmSS+00'00'
    iso = f"{created[2:6]}-{created[6:8]}-{created[8:10]}T{created[10:12]}:{created[12:14]}"
    assert _xmp_value(xmp, "xmp:CreateDate").startswith(iso)
    assert str(info.ModDate) == created
    document_id = _xmp_value(xmp, "xmpMM:DocumentID")
    assert document_id.removeprefix("uuid:").replace("-", "") == bytes(pdf.trailer.ID[0]).hex()
    assert _xmp_value(xmp, "xmpMM:VersionID")


def test_boxes_fonts_colours_and_nothing_forbidden(pdfx):
    standard, data = pdfx
    pdf = open_pdf(data)
    assert not pdf.is_encrypted
    for key in ("/AcroForm", "/OpenAction", "/Names"):
        assert key not in pdf.Root
    for page in pdf.pages:
        trim, bleed, media = box(page, "/TrimBox"), box(page, "/BleedBox"), box(page, "/MediaBox")
        assert box(page, "/ArtBox") is None and "/Annots" not in page.obj
        assert media[0] <= bleed[0] <= trim[0] and trim[2] <= bleed[2] <= media[2]
        assert media[1] <= bleed[1] <= trim[1] and trim[3] <= bleed[3] <= media[3]
        states = page.Resources.get("/ExtGState", {})
        assert all(float(s.get("/ca", 1)) == 1 and float(s.get("/CA", 1)) == 1
                   for s in states.values())  # no transparency, so X-1a is honest too
    assert colour_operators(pdf) <= {"k", "K"}
    assert all(font_files(pdf).values())


def test_the_same_factsheet_gives_the_same_bytes(pdfx):
    from infographic_app.model.reading import load_document
    from infographic_app.model.theme import load_theme
    from infographic_app.paths import default_document, default_theme

    standard, data = pdfx
    tagged = b"/StructTreeRoot" in data
    again = pdf_bytes(load_document(default_document()), load_theme(default_theme()), "print",
                      standard, tagged=tagged)
    assert again == data


def _broken(data: bytes, change) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        change(pdf)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("change", "complaint"), [
    (lambda pdf: pdf.Root.__delattr__("OutputIntents"), "output intent"),
    (lambda pdf: pdf.docinfo.__setitem__("/GTS_PDFXVersion", "PDF/X-3"), "Info does not say"),
    (lambda pdf: pdf.pages[0].obj.__setitem__("/ArtBox", pdf.pages[0].obj.TrimBox),
     "both TrimBox and ArtBox"),
    (lambda pdf: pdf.pages[1].contents_add(pikepdf.Stream(pdf, b"1 0 0 rg 0 0 5 5 re f"),
                                             prepend=False), "not DeviceCMYK"),
    (lambda pdf: pdf.docinfo.__setitem__("/Trapped", pikepdf.Name("/True")), "Trapped False"),
    (lambda pdf: pdf.docinfo.__setitem__("/Author", "someone else"),
     "the author differs between Info and XMP"),
])
def test_the_self_check_catches_what_a_print_shop_would_reject(pdfx, change, complaint):
    standard, data = pdfx
    assert check_print_pdf(data, standard) == []
    failures = check_print_pdf(_broken(data, change), standard)
    assert any(complaint in failure for failure in failures), failures


def test_a_failed_check_fails_a_verified_export_and_keeps_the_old_file(monkeypatch, tmp_path):
    from infographic_app.export import pdf
    from infographic_app.model.reading import load_document
    from infographic_app.model.theme import load_theme
    from infographic_app.paths import default_document, default_theme

    monkeypatch.setattr(pdf, "write_pdfx", lambda *args: None)  # forgets PDF/X
    output = tmp_path / "factsheet.pdf"
    output.write_bytes(b"the export of last week")
    with pytest.raises(InputError) as caught:
        export_pdf(load_document(default_document()), load_theme(default_theme()),
                   "print", output, verify=True)
    assert any("PDF/X-4 check" in p.message and "output intent" in p.message
               for p in caught.value.problems)
    with pytest.raises(InputError) as caught:
        export_pdf(load_document(default_document()), load_theme(default_theme()),
                   "print", output, verify=True, language="nl")
    assert any(p.message.startswith("de PDF voor de drukker voldoet niet aan PDF/X-4: ")
               for p in caught.value.problems)
    assert output.read_bytes() == b"the export of last week"
    assert [p.name for p in tmp_path.iterdir()] == ["factsheet.pdf"]


def _ids(data: bytes) -> tuple[str, str, bytes]:
    with open_pdf(data) as pdf:
        xmp = _xmp(pdf)
        return (_xmp_value(xmp, "xmpMM:DocumentID"), _xmp_value(xmp, "xmpMM:InstanceID"),
                bytes(pdf.trailer.ID[0]))


def test_a_changed_figure_is_a_new_instance_of_the_same_document(changed_copy):
    from infographic_app.model.reading import load_document
    from infographic_app.model.theme import load_theme_for

    before = load_document(changed_copy())
    after = load_document(changed_copy(("value: 299", "value: 300"), name="later.yaml"))
    first = _ids(pdf_bytes(before, load_theme_for(before), "print"))
    second = _ids(pdf_bytes(after, load_theme_for(after), "print"))
    assert first[0] == second[0] and first[2] == second[2]  # the same factsheet
    assert first[1] != second[1]  # another version of it
    assert first[2].hex() == first[0].removeprefix("uuid:").replace("-", "")


@pytest.mark.parametrize("options", [["--target", "screen"], ["--target", "print", "--tagged"]],
                         ids=["screen", "print-tagged"])
def test_two_processes_write_the_same_bytes(tmp_path, options):
    """Byte-identical across runs, whatever order Python's hashing gives sets and dicts."""
    import subprocess
    import sys

    written = []
    for seed in ("1", "2"):
        out = tmp_path / f"run-{seed}.pdf"
        done = subprocess.run([sys.executable, "-m", "infographic_app", "export",
                               "data/factsheet-2019.yaml", "-o", str(out), *options],
                              capture_output=True, text=True,
                              env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                                   "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        written.append(out.read_bytes())
    assert written[0] == written[1]
