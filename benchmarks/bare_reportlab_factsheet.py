"""The print factsheet drawn with bare ReportLab: the peer that `benchmarks/export.py` times the
command line's print export against (`cli_print_vs_bare_reportlab`).

It is what a developer would write without Factsheet studio: one script that draws the bundled
factsheet (data/factsheet-2019.yaml) as it comes out of `infographic-app export --target print`,
with the layout already worked out by hand. It exists to be compared; nothing imports it.

Included, as the print export has it:
- two pages of A4 trim with 3 mm bleed, on sheets 10 mm larger on each side, with TrimBox,
  BleedBox and crop marks (in registration colour, starting outside the bleed);
- the same four Lato TrueType files (regular, bold, italic, black) from assets/fonts,
  registered with ReportLab and embedded as subsets (each file parsed by ReportLab here);
- every text line as the export sets it: the resolved strings (figures written the Dutch
  way), fonts, sizes, colours and positions, hard-coded below;
- the bands, tiles, bars and legend swatches as CMYK rectangles; the header's slanted panel,
  the 100 person icons and the three donut segments as vector paths, in CMYK;
- title, author, subject, creator and a fixed date; compressed page streams; invariant output.

Not included, though the print export does them: reading and checking the factsheet and its
theme, working out the figures and breaking the lines (the layout), the checks that refuse an
export with errors, the PDF/X-4 post-processing (output intent with the print profile, XMP
metadata, PDF/X keys), the read-back self-check, the atomic save, and the tagged-PDF option.

    python benchmarks/bare_reportlab_factsheet.py OUT.pdf
"""

from __future__ import annotations

import math
import sys
from datetime import UTC, datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONTS = Path(__file__).resolve().parent.parent / "assets" / "fonts"
FACES = {"regular": "Lato-Regular", "bold": "Lato-Bold", "italic": "Lato-Italic",
         "black": "Lato-Black"}
CMYK = {"primary": (0, 0.95, 0.35, 0), "primary_dark": (0.1, 1, 0.45, 0.35),
        "accent": (0.85, 0.6, 0, 0.3), "ink": (0, 0, 0, 0.9), "muted": (0, 0, 0, 0.72),
        "rule": (0, 0, 0, 0.2), "tint": (0, 0.07, 0.02, 0), "accent_tint": (0.1, 0.04, 0, 0),
        "paper": (0, 0, 0, 0)}
WIDTH, HEIGHT, BLEED = 210 * mm, 297 * mm, 3 * mm
SLUG = 10 * mm  # paper around the trim: the bleed, then the crop marks
DATE = datetime(2024, 1, 1, tzinfo=UTC)

# Positions are points from the top-left corner of the trim, y down (baselines for text).
TEXTS = (
    (
        (36.85, 38.86, "bold", 11, "paper", "Factsheet mensenhandel"),
        (36.85, 67.12, "black", 25, "paper", "Onzichtbare slachtoffers in 2019"),
        (493.79, 52.15, "black", 30, "paper", "ckm!"),
        (492.79, 65.99, "bold", 6.2, "paper", "CENTRUM"),
        (492.79, 73.39, "bold", 6.2, "paper", "KINDERHANDEL"),
        (492.79, 80.79, "bold", 6.2, "paper", "MENSENHANDEL"),
        (36.85, 123.27, "black", 14, "primary",
         "Nederlandse minderjarige slachtoffers onzichtbaar"),
        (36.85, 141.25, "regular", 9, "ink",
         "In 2018 kwamen slechts 29 van de geschatte 1.300 Nederlandse minderjarige"),
        (36.85, 154.05, "regular", 9, "ink",
         "slachtoffers van seksuele uitbuiting in beeld bij de autoriteiten. Dit betekent dat op"),
        (36.85, 166.84, "regular", 9, "ink",
         "circa 97 procent van deze slachtoffers het zicht ontbreekt. Bij Chat met Fier is er wel"),
        (36.85, 179.65, "regular", 9, "ink",
         "contact met deze groep. In 2019 kwam 12 procent van het geschatte aantal"),
        (36.85, 192.44, "regular", 9, "ink",
         "minderjarige slachtoffers van seksuele uitbuiting op de "
         "chat. In veel gevallen vertelden"),
        (36.85, 205.25, "regular", 9, "ink",
         "slachtoffers hier voor het eerst over wat hen is overkomen. Veel van hen zijn niet in"),
        (36.85, 218.05, "regular", 9, "ink",
         "beeld bij andere organisaties en komen niet voor in de "
         "officiële slachtofferregistraties."),
        (36.85, 230.85, "regular", 9, "ink",
         "De chat is daarmee een waardevolle bron van informatie om trends en ontwikkelingen"),
        (36.85, 243.65, "regular", 9, "ink",
         "op het gebied van mensenhandel zichtbaar te maken en te duiden."),
        (406.02, 173.37, "black", 34, "primary", "97%"),
        (406.02, 189.84, "regular", 8.5, "ink", "niet in beeld bij de autoriteiten"),
        (406.02, 251.44, "bold", 8.5, "ink", "29"),
        (417.94, 251.44, "regular", 8.5, "ink", "van de geschatte 1.300 in beeld"),
        (406.02, 262.44, "regular", 8.5, "ink", "bij de autoriteiten"),
        (406.02, 273.14, "regular", 7.5, "muted", "elk figuurtje staat voor 1%"),
        (36.85, 330.67, "black", 14, "accent", "Mensenhandel in beeld bij Chat met Fier"),
        (36.85, 377.77, "black", 34, "primary", "299"),
        (36.85, 396.24, "regular", 8.5, "ink", "unieke bezoekers hadden een"),
        (36.85, 407.74, "regular", 8.5, "ink", "hulpvraag over mensenhandel."),
        (170.79, 377.77, "black", 34, "primary", "265"),
        (170.79, 396.24, "regular", 8.5, "ink", "bezoekers waren zelf"),
        (170.79, 407.74, "regular", 8.5, "ink", "slachtoffer. De overige 34"),
        (170.79, 419.24, "regular", 8.5, "ink", "hadden een hulpvraag over"),
        (170.79, 430.74, "regular", 8.5, "ink", "iemand anders."),
        (304.72, 377.77, "black", 34, "primary", "162"),
        (304.72, 396.24, "regular", 8.5, "ink", "slachtoffers waren minderjarig."),
        (438.66, 377.77, "black", 34, "primary", "17,7"),
        (438.66, 396.24, "regular", 8.5, "ink", "is de gemiddelde leeftijd van"),
        (438.66, 407.74, "regular", 8.5, "ink", "slachtoffers. Ruim een kwart"),
        (438.66, 419.24, "regular", 8.5, "ink", "van hen is 15 jaar of jonger."),
        (36.85, 482.26, "black", 12.5, "primary", "langdurige uitbuiting"),
        (36.85, 499.95, "regular", 9, "ink",
         "In ruim negen van de tien gevallen (92,9%) bevindt een"),
        (36.85, 512.75, "regular", 9, "ink", "slachtoffer zich op het moment van chatten in een"),
        (36.85, 525.55, "regular", 9, "ink",
         "uitbuitingssituatie. Ruim de helft van de slachtoffers (54,7%)"),
        (36.85, 538.35, "regular", 9, "ink", "wordt al langer dan een jaar uitgebuit."),
        (36.85, 582.72, "black", 20, "primary", "92,9%"),
        (110.77, 585.66, "regular", 7.5, "ink", "in een uitbuitingssituatie tijdens het chatten"),
        (36.85, 613.72, "black", 20, "primary", "54,7%"),
        (110.77, 616.66, "regular", 7.5, "ink", "langer dan een jaar uitgebuit"),
        (304.72, 482.26, "black", 12.5, "primary", "partner = pleger"),
        (304.72, 499.95, "regular", 9, "ink",
         "De (ex-)partner van het slachtoffer wordt in 81,6% van gevallen"),
        (304.72, 512.75, "regular", 9, "ink",
         "genoemd als mensenhandelaar, gevolgd door iemand uit de"),
        (304.72, 525.55, "regular", 9, "ink",
         "sociale omgeving (10,2%) en een familielid (8,2%) van het"),
        (304.72, 538.35, "regular", 9, "ink", "slachtoffer."),
        (376.72, 573.87, "bold", 9, "primary", "wie is de mensenhandelaar?"),
        (387.72, 586.66, "bold", 7.5, "ink", "81,6%"),
        (410.5, 586.66, "regular", 7.5, "ink", "(ex-)partner"),
        (387.72, 600.16, "bold", 7.5, "ink", "10,2%"),
        (410.5, 600.16, "regular", 7.5, "ink", "sociale omgeving"),
        (387.72, 613.66, "bold", 7.5, "ink", "8,2%"),
        (406.15, 613.66, "regular", 7.5, "ink", "familielid"),
        (36.85, 660.68, "black", 12.5, "primary", "meerdere slachtoffers en daders"),
        (36.85, 678.37, "regular", 9, "ink",
         "54 bezoekers geven aan dat er meerdere plegers bij de"),
        (36.85, 691.17, "regular", 9, "ink",
         "uitbuitingssituatie betrokken zijn en 27 spreekt over meerdere"),
        (36.85, 703.97, "regular", 9, "ink",
         "slachtoffers. Dit wijst op grotere en georganiseerdere"),
        (36.85, 716.77, "regular", 9, "ink", "netwerken dan welke in beeld komen bij de"),
        (36.85, 729.57, "regular", 9, "ink", "opsporingsorganisaties."),
        (36.85, 772.41, "black", 34, "primary", "54"),
        (36.85, 788.08, "regular", 7.5, "ink", "bezoekers noemen meerdere plegers"),
        (168.7, 772.41, "black", 34, "primary", "27"),
        (168.7, 788.08, "regular", 7.5, "ink", "bezoekers noemen meerdere"),
        (168.7, 797.58, "regular", 7.5, "ink", "slachtoffers"),
        (304.72, 660.68, "black", 12.5, "primary", "criminele uitbuiting"),
        (304.72, 678.37, "regular", 9, "ink",
         "In 2019 kwamen voor het eerst bezoekers praten over criminele"),
        (304.72, 691.17, "regular", 9, "ink",
         "uitbuiting. Het ging om 7 bezoekers, waaronder 5 slachtoffers,"),
        (304.72, 703.97, "regular", 9, "ink",
         "het merendeel uitgebuit binnen de drugscriminaliteit. Dit is"),
        (304.72, 716.77, "regular", 9, "ink", "slechts het topje van de ijsberg."),
        (304.72, 772.41, "black", 34, "primary", "7"),
        (304.72, 788.08, "regular", 7.5, "ink", "bezoekers over criminele uitbuiting"),
        (436.57, 772.41, "black", 34, "primary", "5"),
        (436.57, 788.08, "regular", 7.5, "ink", "van hen waren zelf slachtoffer"),
    ),
    (
        (36.85, 24.86, "bold", 11, "paper",
         "Factsheet mensenhandel | Onzichtbare slachtoffers in 2019"),
        (36.85, 73.71, "black", 22, "primary", "Aanbevelingen"),
        (36.85, 118.2, "black", 40, "primary", "1"),
        (81.5, 95.25, "bold", 9, "primary", "Aanbeveling 1"),
        (81.5, 109.66, "regular", 12, "ink",
         "De staatsecretaris van Justitie en Veiligheid wordt aanbevolen om te"),
        (445.02, 109.66, "bold", 12, "ink", "investeren in online"),
        (81.5, 127.66, "bold", 12, "ink", "proactieve hulpverlening"),
        (216.92, 127.66, "regular", 12, "ink",
         "zodat meer slachtoffers van mensenhandel worden bereikt en"),
        (81.5, 145.66, "regular", 12, "ink", "beschermd."),
        (36.85, 206.2, "black", 40, "primary", "2"),
        (81.5, 183.25, "bold", 9, "primary", "Aanbeveling 2"),
        (81.5, 197.66, "regular", 12, "ink",
         "De staatsecretaris van Justitie en Veiligheid wordt aanbevolen om te"),
        (445.02, 197.66, "bold", 12, "ink", "investeren in een"),
        (81.5, 215.66, "bold", 12, "ink", "laagdrempelige, anonieme hulpverleningstool"),
        (326.1, 215.66, "regular", 12, "ink", "om slachtoffers van criminele uitbuiting te"),
        (81.5, 233.66, "regular", 12, "ink", "ondersteunen en zichtbaar te maken."),
        (36.85, 294.2, "black", 40, "primary", "3"),
        (81.5, 271.25, "bold", 9, "primary", "Aanbeveling 3"),
        (81.5, 285.66, "regular", 12, "ink",
         "De staatsecretaris van Justitie en Veiligheid wordt aanbevolen om"),
        (431.31, 285.66, "bold", 12, "ink", "inzichtelijk te maken"),
        (81.5, 303.66, "bold", 12, "ink", "welke impuls de AVIM's nodig hebben"),
        (288.2, 303.66, "regular", 12, "ink", "om de onzichtbare groep slachtoffers beter te"),
        (81.5, 321.66, "regular", 12, "ink",
         "beschermen en hun mensenhandelaren op te sporen en te vervolgen."),
        (36.85, 382.2, "black", 40, "primary", "4"),
        (81.5, 359.25, "bold", 9, "primary", "Aanbeveling 4"),
        (81.5, 373.66, "regular", 12, "ink",
         "De staatsecretaris van Justitie en Veiligheid wordt "
         "aanbevolen om ervoor te zorgen dat de"),
        (81.5, 391.66, "regular", 12, "ink",
         "politie zo snel als mogelijk de instrumenten ontvangt om op meer effectieve wijze"),
        (81.5, 409.66, "bold", 12, "ink", "proactief mensenhandel op te sporen"),
        (280.16, 409.66, "regular", 12, "ink", ". Hierbij moet aan bestaande en nieuwe"),
        (81.5, 427.66, "regular", 12, "ink", "instrumenten worden gedacht."),
        (54.85, 579.26, "black", 14, "primary", "Over Chat met Fier"),
        (54.85, 617.36, "black", 34, "primary", "10.000"),
        (54.85, 633.03, "regular", 7.5, "ink", "unieke bezoekers per jaar op Chat met Fier"),
        (302.64, 617.36, "black", 34, "primary", "20.000"),
        (302.64, 633.03, "regular", 7.5, "ink", "gesprekken per jaar met chathulpverleners"),
        (54.85, 653.73, "regular", 9, "ink",
         "Per jaar komen ongeveer 10.000 unieke bezoekers op Chat"),
        (54.85, 666.53, "regular", 9, "ink",
         "met Fier en worden meer dan 20.000 gesprekken gevoerd"),
        (54.85, 679.33, "regular", 9, "ink", "met de chathulpverleners van Fier. Deze (anonieme)"),
        (54.85, 692.13, "regular", 9, "ink",
         "gesprekken gaan met name over problemen die bezoekers"),
        (54.85, 704.93, "regular", 9, "ink", "ervaren in het domein van geweld in"),
        (54.85, 717.73, "regular", 9, "ink", "afhankelijkheidsrelaties. De drempel om over deze"),
        (54.85, 730.53, "regular", 9, "ink",
         "onderwerpen te praten is hoog. In veel gevallen vertellen"),
        (54.85, 743.33, "regular", 9, "ink", "de bezoekers op de chat voor de eerste keer over de"),
        (54.85, 756.13, "regular", 9, "ink", "problematiek waarmee zij worstelen ("),
        (202.2, 756.13, "italic", 9, "ink", "first disclosure"),
        (256.1, 756.13, "regular", 9, "ink", "),"),
        (304.72, 653.73, "regular", 9, "ink", "hebben ze last van traumaklachten en speelt er"),
        (304.72, 666.53, "regular", 9, "ink", "onveiligheid. De medewerkers van de chat zijn"),
        (304.72, 679.33, "regular", 9, "ink",
         "professioneel getrainde hbo-geschoolde hulpverleners met"),
        (304.72, 692.13, "regular", 9, "ink", "veel kennis en ervaring op het gebied van (online)"),
        (304.72, 704.93, "regular", 9, "ink",
         "hulpverlening bij misbruik, geweld en uitbuiting. Chat met"),
        (304.72, 717.73, "regular", 9, "ink",
         "Fier werkt samen met offline en online partners, zoals:"),
        (304.72, 730.53, "regular", 9, "ink",
         "Kindertelefoon, politie, Veilig Thuis, CSG, NOC*NSF,"),
        (304.72, 743.33, "regular", 9, "ink", "helpwanted.nl, 113-online en het Centrum tegen"),
        (304.72, 756.13, "regular", 9, "ink", "Kinderhandel en Mensenhandel."),
        (36.85, 819.55, "bold", 12, "paper", "www.chatmetfier.nl"),
        (520.04, 820.38, "black", 18, "paper", "ckm!"),
    ),
)
RECTS = (
    (
        (-8.5, -8.5, 612.28, 104.5, "primary"),
        (394.02, 134, 164.41, 152.6, "tint"),
        (-8.5, 302.6, 612.28, 145.6, "accent_tint"),
        (36.85, 341.4, 24, 3, "accent"),
        (170.79, 341.4, 24, 3, "accent"),
        (304.72, 341.4, 24, 3, "accent"),
        (438.66, 341.4, 24, 3, "accent"),
        (36.85, 464.2, 253.7, 1.2, "primary"),
        (110.77, 569.62, 179.78, 7, "tint"),
        (110.77, 569.62, 167.02, 7, "primary"),
        (110.77, 600.62, 179.78, 7, "tint"),
        (110.77, 600.62, 98.34, 7, "primary"),
        (304.72, 464.2, 253.7, 1.2, "primary"),
        (376.72, 582.12, 7, 7, "primary"),
        (376.72, 595.62, 7, 7, "accent"),
        (376.72, 609.12, 7, 7, "muted"),
        (36.85, 642.62, 253.7, 1.2, "primary"),
        (304.72, 642.62, 253.7, 1.2, "primary"),
    ),
    (
        (-8.5, 791.89, 612.28, 58.5, "primary"),
        (-8.5, -8.5, 612.28, 48.5, "primary"),
        (81.5, 160, 476.93, 0.6, "rule"),
        (81.5, 248, 476.93, 0.6, "rule"),
        (81.5, 336, 476.93, 0.6, "rule"),
        (81.5, 442, 476.93, 0.6, "rule"),
        (36.85, 549.99, 521.57, 225.9, "tint"),
    ),
)

HEADER_PANEL = ((434.02, -8.5), (603.78, -8.5), (603.78, 96), (394.02, 96))
ICONS = {"x": 406.02, "top": 201.5, "cell": 7.0205, "columns": 20, "lit": 2}
DONUT = {"cx": 334.72, "cy": 596.62, "outer": 30, "inner": 17.4,
         "shares": ((81.6, "primary"), (10.2, "accent"), (8.2, "muted"))}


def main(out: str) -> None:
    for name in FACES.values():
        pdfmetrics.registerFont(TTFont(name, str(FONTS / f"{name}.ttf")))
    canvas = Canvas(out, invariant=1, pageCompression=1, enforceColorSpace="cmyk",
                    initialFontName=FACES["regular"], lang="nl-NL")
    stamp = DATE.strftime("D:%Y%m%d%H%M%S+00'00'")
    canvas.setDateFormatter(lambda *_: stamp)
    canvas.setTitle("Factsheet mensenhandel: Onzichtbare slachtoffers in 2019")
    canvas.setAuthor("Centrum tegen Kinderhandel en Mensenhandel")
    canvas.setSubject("Mensenhandel in beeld bij Chat met Fier, cijfers over 2019")
    canvas.setCreator("Factsheet studio")
    for page, (texts, rects) in enumerate(zip(TEXTS, RECTS, strict=True)):
        canvas.setPageSize((WIDTH + 2 * SLUG, HEIGHT + 2 * SLUG))
        canvas.setTrimBox((SLUG, SLUG, SLUG + WIDTH, SLUG + HEIGHT))
        canvas.setBleedBox((SLUG - BLEED, SLUG - BLEED, SLUG + WIDTH + BLEED,
                            SLUG + HEIGHT + BLEED))
        for x, y, width, height, colour in rects:
            canvas.setFillColorCMYK(*CMYK[colour])
            canvas.rect(SLUG + x, SLUG + HEIGHT - y - height, width, height, stroke=0, fill=1)
        if page == 0:
            draw_shapes(canvas)
        for x, y, face, size, colour, text in texts:
            canvas.setFillColorCMYK(*CMYK[colour])
            canvas.setFont(FACES[face], size)
            canvas.drawString(SLUG + x, SLUG + HEIGHT - y, text)
        crop_marks(canvas)
        canvas.showPage()
    canvas.save()


def draw_shapes(canvas: Canvas) -> None:
    """The header's slanted panel, the icon array and the donut of the first page."""
    path = canvas.beginPath()
    for index, (x, y) in enumerate(HEADER_PANEL):
        (path.lineTo if index else path.moveTo)(SLUG + x, SLUG + HEIGHT - y)
    path.close()
    canvas.setFillColorCMYK(*CMYK["primary_dark"])
    canvas.drawPath(path, stroke=0, fill=1)
    cell = ICONS["cell"]
    size = cell * 0.86
    for index in range(100):
        row, column = divmod(index, ICONS["columns"])
        x = SLUG + ICONS["x"] + column * cell + (cell - size) / 2
        top = SLUG + HEIGHT - ICONS["top"] - row * cell
        canvas.setFillColorCMYK(*CMYK["primary" if index < ICONS["lit"] else "rule"])
        person = canvas.beginPath()
        person.circle(x + size / 2, top - size * 0.2, size * 0.19)
        radius = size * 0.3
        shoulders = top - size * 0.45 - radius
        person.moveTo(x + size / 2 - radius, top - size)
        person.lineTo(x + size / 2 - radius, shoulders)
        person.arcTo(x + size / 2 - radius, shoulders - radius, x + size / 2 + radius,
                     shoulders + radius, startAng=180, extent=-180)
        person.lineTo(x + size / 2 + radius, top - size)
        person.close()
        canvas.drawPath(person, stroke=0, fill=1)
    cx, cy = SLUG + DONUT["cx"], SLUG + HEIGHT - DONUT["cy"]
    outer, inner, gap = DONUT["outer"], DONUT["inner"], math.degrees(0.012)
    start = 90.0  # degrees, counter-clockwise from 3 o'clock; the donut runs clockwise
    for share, colour in DONUT["shares"]:
        sweep = 360 * share / 100
        segment = canvas.beginPath()
        segment.arc(cx - outer, cy - outer, cx + outer, cy + outer, start - gap,
                    -(sweep - 2 * gap))
        segment.arcTo(cx - inner, cy - inner, cx + inner, cy + inner, start - sweep + gap,
                      sweep - 2 * gap)
        segment.close()
        canvas.setFillColorCMYK(*CMYK[colour])
        canvas.drawPath(segment, stroke=0, fill=1)
        start -= sweep


def crop_marks(canvas: Canvas) -> None:
    """5 mm marks at the trim lines, 1 mm outside the bleed, on every plate."""
    canvas.setStrokeColorCMYK(1, 1, 1, 1)
    canvas.setLineWidth(0.3)
    start, length = BLEED + 1 * mm, 5 * mm
    for x in (SLUG, SLUG + WIDTH):
        for edge, direction in ((SLUG, -1), (SLUG + HEIGHT, 1)):
            canvas.line(x, edge + direction * start, x, edge + direction * (start + length))
    for y in (SLUG, SLUG + HEIGHT):
        for edge, direction in ((SLUG, -1), (SLUG + WIDTH, 1)):
            canvas.line(edge + direction * start, y, edge + direction * (start + length), y)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python benchmarks/bare_reportlab_factsheet.py OUT.pdf")
    main(sys.argv[1])
