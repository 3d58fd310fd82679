"""The proof sheet (Cijferverantwoording): every printed figure with its value as printed and
as typed, type and formula, source and note, last edition's value and the change, each place
it is printed (in words, with the page), the disclosure decisions and a tick box, for the
second reader who checks the factsheet before it goes to print."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from infographic_app.checks.disclosure import check_disclosure, printed_figures
from infographic_app.export.pdf import pdf_info
from infographic_app.layout.engine import layout_document
from infographic_app.layout.scene import Scene
from infographic_app.model.disclosure import fewer_than
from infographic_app.model.document import Document
from infographic_app.model.editions import (
    EditionChange,
    change,
    previous_edition,
    printed_then,
    show_change,
    values_in,
)
from infographic_app.model.entry import entry_text
from infographic_app.model.figures import FormulaError
from infographic_app.model.messages import say
from infographic_app.model.numbers import LOCALES, format_number
from infographic_app.model.places import formula_in_words, place_name
from infographic_app.model.references import uses_by_figure
from infographic_app.model.storage import atomic_write
from infographic_app.model.theme import MM, Theme

# The language tag of the sheet, which is written in the interface language, not the
# factsheet's.
SHEET_LOCALES = {"nl": "nl-NL", "en": "en-GB"}


@dataclass(frozen=True)
class ProofEntry:
    """One figure of the proof sheet, every value in words as the sheet prints it."""
    label: str
    printed: str
    typed: str  # as typed; for a derived figure the computed value, unrounded
    derived: bool
    kind: str
    formula: str
    source: str
    note: str
    previous: str  # last edition's value as typed; 'nieuw' for a figure new in this one
    change: str
    places: tuple[str, ...]
    disclosure: tuple[str, ...]


def proof_entries(document: Document, scene: Scene, language: str) -> list[ProofEntry]:
    """The proof sheet's entries: every figure printed on the pages, in reading order."""
    uses = uses_by_figure(document)
    warnings = {p.element_id: p.message for p in check_disclosure(document, language)}
    none = say("proof_none", language)
    edition = previous_edition(document)
    before = values_in(document, edition) if edition else None
    entries = []
    for figure_id in printed_figures(document):
        figure = document.figures[figure_id]
        typed = _computed(document, figure_id) if figure.derived else _typed(document, figure_id)
        previous, changed = (none, none) if before is None else \
            _against_previous(document, before, figure_id, language)
        places = tuple(dict.fromkeys(
            _place(document, scene, use.field, language) for use in uses[figure_id]
            if use.field.startswith("blocks.")))
        decisions = []
        if figure.suppressed:
            decisions.append(say("proof_suppressed", language, fewer=fewer_than(
                document.disclosure.min_count, document.locale)))
        if figure.disclosure_reason.strip():
            decisions.append(say("proof_confirmed", language,
                                 reason=figure.disclosure_reason.strip()))
        if f"figures.{figure_id}" in warnings:
            decisions.append(say("proof_warned", language,
                                 message=warnings[f"figures.{figure_id}"]))
        entries.append(ProofEntry(
            label=figure.label or figure_id, printed=document.show(figure_id), typed=typed,
            derived=figure.derived,
            kind=say(f"type_{figure.type}", language),
            formula=formula_in_words(document, figure.formula) if figure.formula else none,
            source=figure.source or none, note=figure.note or none,
            previous=previous, change=changed,
            places=places, disclosure=tuple(decisions) or (none,)))
    return entries


def _against_previous(document: Document, before, figure_id: str,
                      language: str) -> tuple[str, str]:
    """(last edition's value, the change): the value as typed then (a derived one as
    computed then), with what this factsheet shows for it when that differs ("7 (deze
    factsheet toont het als 'minder dan 10')"); the change as the page prints it, a decimal
    figure's in its own unit ('-0,3'), or why it is not worked out (a suppressed figure, no
    value now) instead of '?'; ('nieuw', 'nieuw') for a figure without a value then."""
    try:
        value = before.shown(figure_id)
    except FormulaError:
        value = None
    if value is None:
        new = say("proof_new", language)
        return new, new
    typed = before.printed(figure_id, document.locale)
    if not document.figures[figure_id].derived:
        typed = entry_text(document.figures[figure_id].history[previous_edition(document)],
                           document.locale)
    shown = printed_then(document, before, figure_id)
    if shown != before.printed(figure_id, document.locale):
        typed = say("proof_previous_hidden", language, value=typed, shown=shown)
    if document.figures[figure_id].suppressed:  # its change would give its value away
        return typed, say("proof_change_hidden", language, fewer=fewer_than(
            document.disclosure.min_count, document.locale))
    found = change(document, figure_id)
    if found is None:
        return typed, say("proof_change_unknown", language)
    if document.figures[figure_id].type == "decimal":
        # A mean's change in its own unit (17,7 -> 17,4: -0,3), not in percent of it.
        found = EditionChange(document.values().shown(figure_id) - value, "figure")
    return typed, show_change(found, document.locale)


def _computed(document: Document, figure_id: str) -> str:
    """A derived figure's value as computed, cut (not rounded) after one decimal more than
    it is printed with ('97,6%' for 97,615...% printed 'circa 97%'), so the second reader
    can check the rounding; '?' when it cannot be computed."""
    figure = document.figures[figure_id]
    try:
        exact = document.values().exact(figure_id)
    except FormulaError:
        exact = None
    if exact is None:
        return "?"
    decimals = figure.shown_decimals + 1
    scale = 10**decimals
    cut = Decimal(math.floor(exact * scale)) / scale if exact >= 0 else \
        -Decimal(math.floor(-exact * scale)) / scale
    unit = LOCALES[document.locale].percent if figure.type == "percentage" else ""
    return format_number(cut, decimals, document.locale) + unit


def _typed(document: Document, figure_id: str) -> str:
    """The value as typed, every digit of it, in the document's notation ('17,70' for 17.70
    in the file, '1.300', '10.000' in nl-NL); '?' for none. A value the file writes other
    than as a plain decimal number ('1e3') as the value it reads as."""
    typed = document.source.typed(("figures", figure_id, "value")) if document.source else None
    value = document.figures[figure_id].value
    if typed is not None and _PLAIN_NUMBER.fullmatch(typed):
        decimals = len(typed.partition(".")[2])
        return format_number(Decimal(typed), decimals, document.locale)
    return entry_text(value, document.locale) if value is not None else "?"


# A number as a person types it in the file: no leading zero before other digits, no exponent.
_PLAIN_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")


def _place(document: Document, scene: Scene, field: str, language: str) -> str:
    """'the text of 'criminele uitbuiting', page 1'."""
    place = place_name(document, field, language)
    holder = field.rsplit(".", 1)[0]
    if holder.endswith(".visual"):
        holder = holder.removesuffix(".visual")
    page = next((number for number, page in enumerate(scene.pages, start=1)
                 for item in page.items
                 if getattr(item, "element_id", "").startswith(holder)), None)
    return say("proof_page", language, place=place, page=page) if page else place


def export_proof(document: Document, theme: Theme, path: Path, language: str = "nl",
                 scene: Scene | None = None) -> None:
    """Write the proof sheet of `document` to `path` as an A4 PDF in `language` ('nl',
    'en'), set in the theme's fonts, its properties saying title, the factsheet's author,
    subject, the app as creator and the sheet's language; atomically (OSError: the file is
    left as it was)."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

    scene = scene or layout_document(document, theme)
    for face in ("regular", "bold"):
        pdfmetrics.registerFont(TTFont(f"Proof-{face}", str(theme.fonts[face])))
    body = ParagraphStyle("body", fontName="Proof-regular", fontSize=8.5, leading=11)
    bold = ParagraphStyle("bold", parent=body, fontName="Proof-bold")
    title = ParagraphStyle("title", parent=bold, fontSize=15, leading=19, spaceAfter=4)
    heading = ParagraphStyle("heading", parent=bold, fontSize=10.5, leading=13)
    name = document.metadata.get("title") or (document.path.stem if document.path else "")
    story = [Paragraph(escape(say("proof_title", language, title=name)), title),
             Paragraph(escape(say("proof_intro", language, edition=document.edition or "")),
                       body), Spacer(0, 6 * MM)]
    edition = previous_edition(document) or ""
    for number, entry in enumerate(proof_entries(document, scene, language), start=1):
        rows = [
            (say("proof_printed", language), entry.printed),
            (say("proof_computed" if entry.derived else "proof_typed", language), entry.typed),
            (say("proof_type", language), entry.kind),
            (say("proof_formula", language), entry.formula),
            (say("proof_source", language), entry.source),
            (say("proof_note", language), entry.note),
            (say("proof_previous", language, edition=edition) if edition
             else say("proof_no_previous", language), entry.previous),
            (say("proof_change", language), entry.change),
            (say("proof_places", language), "<br/>".join(map(escape, entry.places))),
            (say("proof_disclosure", language), "<br/>".join(map(escape, entry.disclosure))),
        ]
        markup = (say("proof_places", language), say("proof_disclosure", language))
        empty = ("", say("proof_none", language))
        given = [(key, value if key in markup else escape(value)) for key, value in rows
                 if value not in empty]
        if len(given) < len(rows):  # one line for what is not given, not a row of dashes each
            given.append((say("proof_not_given", language), escape(", ".join(
                key[:1].lower() + key[1:] for key, value in rows if value in empty))))
        table = Table([[Paragraph(escape(key), bold), Paragraph(value, body)]
                       for key, value in given],
            colWidths=(32 * MM, 140 * MM), style=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        story.append(KeepTogether([
            Paragraph(f"□ {number}. {escape(entry.label)} "
                      f"<font name='Proof-regular'>({escape(say('proof_checked', language))}:"
                      f" ______)</font>", heading), table, Spacer(0, 5 * MM)]))
    buffer = BytesIO()
    info = pdf_info(document)
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * MM, rightMargin=18 * MM,
                      topMargin=16 * MM, bottomMargin=16 * MM,
                      title=say("proof_title", language, title=name), author=info.author,
                      subject=say("proof_subject", language, edition=document.edition or ""),
                      creator=info.creator, producer=info.creator,
                      lang=SHEET_LOCALES.get(language, document.locale)).build(story)
    with atomic_write(Path(path), "wb") as handle:
        handle.write(buffer.getvalue())
