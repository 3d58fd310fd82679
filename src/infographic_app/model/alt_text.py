"""Alt text: what each chart and social card shows, in words, for people who cannot see it.

Written in the document's language, with every number as the document writes it; a
suppressed figure as 'minder dan 10', with no share or rank worked out from it. This is
also where a card target ('visitors_total', 'blocks.themes.themes.partner_perpetrator') is
looked up, so a card's layout and its alt text always describe the same thing.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from fractions import Fraction

from infographic_app.model.addressing import elements
from infographic_app.model.document import Document
from infographic_app.model.editions import trend_points
from infographic_app.model.figures import FigureValues, FormulaError
from infographic_app.model.markup import strip_markup
from infographic_app.model.numbers import format_percentage, round_value
from infographic_app.model.problems import InputError, Problem

SENTENCES = {
    "nl-NL": {
        "donut": "Cirkeldiagram",
        "percentage_bars": "Staafdiagram",
        "icon_array": "Figurendiagram",
        "big_numbers": "Kerncijfers",
        "trend": "Kolomdiagram over de edities",
        "this_edition": "deze editie",
        "edition": "editie {edition}",
        "part_of_whole": "{part} van de {whole} {whole_label} ({share}) {part_label}",
        "part_of_whole_hidden": "{part} van de {whole} {whole_label} {part_label}",
        "parts": "{count} delen",
        "bars": "{count} staven",
        "largest": "het grootst is {label} met {value}",
        "source": "Bron: {source}",
        "from": "Uit de factsheet '{title}'",
    },
    "en-GB": {
        "donut": "Pie chart",
        "percentage_bars": "Bar chart",
        "icon_array": "Icon chart",
        "big_numbers": "Key figures",
        "trend": "Column chart over the editions",
        "this_edition": "this edition",
        "edition": "edition {edition}",
        "part_of_whole": "{part} of the {whole} {whole_label} ({share}) {part_label}",
        "part_of_whole_hidden": "{part} of the {whole} {whole_label} {part_label}",
        "parts": "{count} parts",
        "bars": "{count} bars",
        "largest": "the largest is {label} at {value}",
        "source": "Source: {source}",
        "from": "From the factsheet '{title}'",
    },
}

# The emphasis markers of rich text (as layout/text.py reads them), which a screen reader
# would otherwise spell out; an asterisk inside a word (NOC*NSF) stays.


@dataclass(frozen=True)
class Card:
    """What a social card shows: a figure large with its label or a tile's text (figure and
    tile cards), or a heading, text and visual (theme cards)."""

    element_id: str  # of the figure or entry, for the card's primitives
    figure: str = ""
    heading: str = ""
    text: str = ""  # rich text, with figure references
    visual: dict | None = None


def alt_text_for_visual(document: Document, visual: dict, heading: str,
                        values: FigureValues | None = None) -> str:
    """One sentence: the kind of chart, its heading, and every figure it shows with its label;
    the figures from `values` (default: the document's values now)."""
    words = SENTENCES[document.locale]
    values = values or document.values()
    kind = visual["kind"]
    if kind == "icon_array":
        body = _part_of_whole(document, values, visual)
        if visual.get("headline"):
            body = f"{with_label(document, values, visual['headline'])}; {body}"
    elif kind == "big_numbers":
        body = ", ".join(with_label(document, values, f) for f in visual["figures"])
    elif kind == "trend":
        body = _trend(document, visual["figure"])
    else:
        body = ", ".join(f"{document.figures[f].label} {shown(document, values, f)}"
                         for f in visual["figures"])
    title = f" '{heading}'" if heading else ""
    return f"{words[kind]}{title}: {body}."


def _trend(document: Document, figure_id: str) -> str:
    """A trend's data, each value named by its edition, not by a year its data could be of:
    "'label' editie 2017 250, editie 2018 270, editie 2019 299 (deze editie)"."""
    words = SENTENCES[document.locale]
    points = ", ".join(
        " ".join(filter(None, (point.edition and words["edition"].format(
            edition=point.edition), point.printed)))
        + (f" ({words['this_edition']})" if point.current else "")
        for point in trend_points(document, figure_id))
    return f"'{document.figures[figure_id].label}' {points}"


def short_alt_text(document: Document, visual: dict, heading: str,
                   values: FigureValues | None = None) -> str:
    """The short text alternative of a chart: its kind, its heading (the subject) and the
    key fact. A donut or bar chart of more than two figures says how many parts or bars it
    has and which is the largest ('Cirkeldiagram 'partner = pleger', 3 delen: het grootst is
    (ex-)partner met 81,6%.'); any other chart says every figure it shows, as
    alt_text_for_visual does, and so does a chart with a suppressed figure (naming the
    largest would rank it). The long description (model/chart_description.py) says the
    rest."""
    values = values or document.values()
    figures = visual.get("figures", [])
    if visual["kind"] not in ("donut", "percentage_bars") or len(figures) <= 2 or any(
            document.figures[f].suppressed for f in figures):
        return alt_text_for_visual(document, visual, heading, values)
    words = SENTENCES[document.locale]
    largest = max(figures, key=lambda f: _number(values, f))
    count = words["parts" if visual["kind"] == "donut" else "bars"].format(count=len(figures))
    fact = words["largest"].format(label=document.figures[largest].label,
                                   value=shown(document, values, largest))
    title = f" '{heading}'" if heading else ""
    return f"{words[visual['kind']]}{title}, {count}: {fact}."


def alt_texts(document: Document) -> list[tuple[str, str]]:
    """(element id, short alt text) of every visual of the document, in reading order: what
    the PDF's figures and the web edition's charts carry as their text alternative."""
    values = document.values()  # each figure rounded once, however many charts show it
    return [(element_id, short_alt_text(document, visual, heading, values))
            for element_id, heading, visual in visuals(document)]


def visuals(document: Document) -> list[tuple[str, str, dict]]:
    """(element id, heading, visual) of every visual: a block's own and its entries'."""
    return [(f"{element.id}.visual", element.fields.get("heading", ""), element.fields["visual"])
            for element in elements(document) if isinstance(element.fields.get("visual"), dict)]


def alt_text_for_card(document: Document, target: str) -> str:
    """Everything a card shows, in reading order: figure and label (or heading, text and
    chart), the figure's source, and the factsheet it comes from."""
    card = find_card(document, target)
    values = document.values()
    if card.figure:
        said = card.text or document.figures[card.figure].label
        parts = [f"{shown(document, values, card.figure)} {_plain(document, values, said)}",
                 source_line(document, card.figure)]
    else:
        parts = [card.heading, _plain(document, values, card.text),
                 alt_text_for_visual(document, card.visual, "", values) if card.visual
                 else ""]
    title = factsheet_title(document)
    if title:
        parts.append(SENTENCES[document.locale]["from"].format(title=title))
    return " ".join(_sentence(part) for part in parts if part)


def card_targets(document: Document) -> list[str]:
    """What a card can show: any figure, by id, or a tile or theme, by its address."""
    return [*document.figures, *_card_entries(document)]


def find_card(document: Document, target: str) -> Card:
    """The card for `target`; InputError naming the choices when there is none."""
    if target in document.figures:
        return Card(f"figures.{target}", figure=target)
    entry = _card_entries(document).get(target)
    if entry is None:
        raise InputError([Problem(_no_card(document, target), field="--of",
                                  file=str(document.path or ""))])
    return Card(target, figure=entry.get("figure", ""),
                heading=entry.get("heading", ""), text=entry.get("text", ""),
                visual=entry.get("visual"))


def source_line(document: Document, figure_id: str) -> str:
    """'Bron: ...' for a figure that names its source, else ''."""
    source = document.figures[figure_id].printed_source
    return SENTENCES[document.locale]["source"].format(source=source) if source else ""


def factsheet_title(document: Document) -> str:
    """The title in the factsheet's header band ('' without one), as a card shows it."""
    header = next((b for b in document.blocks() if b.kind == "header_band"), None)
    return header.fields.get("title", "") if header else ""


def _card_entries(document: Document) -> dict[str, dict]:
    """Tiles (a figure and its text) and themes (a heading and text), by address."""
    return {element.id: element.fields for element in elements(document) if element.is_entry
            and ("figure" in element.fields
                 or ("heading" in element.fields and "text" in element.fields))}


def _no_card(document: Document, target: str) -> str:
    entries, choices = list(_card_entries(document)), card_targets(document)
    hint = [c for c in choices if c.startswith(target)] or difflib.get_close_matches(target,
                                                                                      choices)
    also = f" Did you mean '{hint[0]}'?" if hint else ""
    return (f"there is no card '{target}'.{also} A card shows a figure (one of "
            f"{', '.join(document.figures)}) or a tile or theme (one of {', '.join(entries)}).")


def shown(document: Document, values: FigureValues, figure_id: str) -> str:
    """The figure as the document prints it ('81,6%'), an estimate as it is read out
    ('1.300 (geschat)'), unless its label says so already ('geschatte …')."""
    said = ESTIMATE_LABEL.search(document.figures[figure_id].label)
    return document.show(figure_id, values, as_estimate=not said, for_alt_text=not said)


# A label that says its figure is an estimate ('geschatte minderjarige slachtoffers').
ESTIMATE_LABEL = re.compile(r"geschat|schatting|estimat", re.IGNORECASE)


def with_label(document: Document, values: FigureValues, figure_id: str) -> str:
    """The figure as printed, then its label: '29 in beeld bij de autoriteiten'."""
    return f"{shown(document, values, figure_id)} {document.figures[figure_id].label}"


def _number(values: FigureValues, figure_id: str) -> float:
    """The figure's value for comparing; -inf when it cannot be computed."""
    try:
        value = values.shown(figure_id)
    except FormulaError:
        value = None
    return float(value) if value is not None else float("-inf")


def published_share(document: Document, values: FigureValues, part: str,
                    whole: str) -> Fraction | None:
    """`part` as an exact percentage of `whole`, as far as it may be published: None when it
    cannot be computed, and when either is suppressed (the share and the other figure would
    give the hidden one away)."""
    if document.figures[part].suppressed or document.figures[whole].suppressed:
        return None
    try:
        return values.share(part, whole)
    except FormulaError:
        return None


def drawn_share(document: Document, values: FigureValues, visual: dict) -> Fraction | None:
    """The share of its whole an icon array draws for its part (a percentage; None as
    published_share): the printed headline when the headline is the part's share, 100
    minus it when the headline is the other part's (97% not in view draws 3 of 100 in
    view, not 2, so the picture agrees with the number printed above it, rounded down on
    purpose or not); else the part's exact share. A headline within one percentage point
    of neither is not read as either; a headline that would draw all or none when the share
    is not exactly that leaves the exact share."""
    share = published_share(document, values, visual["part"], visual["whole"])
    headline = visual.get("headline")
    if share is None or not headline or document.figures[headline].type != "percentage" \
            or document.figures[headline].suppressed:
        return share
    try:
        printed, exact = values.shown(headline), values.exact(headline)
    except FormulaError:
        return share
    if printed is None or exact is None:
        return share
    if abs(exact - share) < 1:
        drawn = Fraction(printed)
    elif abs(exact - (100 - share)) < 1:
        drawn = 100 - Fraction(printed)
    else:
        return share
    # All or none only when it is so: 1 of 1.300 not in view printed as 0% still shows one.
    return share if drawn in (0, 100) and share != drawn else drawn


def _part_of_whole(document: Document, values: FigureValues, visual: dict) -> str:
    """'31 van de 1.300 geschatte ... (2%) in beeld ...'; without the share when it is
    hidden, or when the icons, drawn as the headline prints it, show another (2% beside
    97% not in view)."""
    part, whole = visual["part"], visual["whole"]
    share = published_share(document, values, part, whole)
    drawn = drawn_share(document, values, visual)
    without_share = document.figures[part].suppressed or document.figures[whole].suppressed \
        or (share is not None and drawn != share and round_value(share, 0) != drawn)
    # Whole percents, as the icons show them; a share under 1% keeps a decimal, or it says 0%.
    decimals = 1 if share is not None and 0 < share < 1 else 0
    share_text = format_percentage(share, decimals, document.locale)
    return SENTENCES[document.locale][
        "part_of_whole_hidden" if without_share else "part_of_whole"] \
        .format(part=shown(document, values, part), whole=shown(document, values, whole),
                whole_label=document.figures[whole].label, share=share_text,
                part_label=document.figures[part].label)


def _plain(document: Document, values: FigureValues, text: str) -> str:
    """Rich text as a reader hears it: figures filled in, emphasis markers gone, one line."""
    text = strip_markup(document.resolve(text, values))
    return " ".join(text.split())


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else f"{text}."
