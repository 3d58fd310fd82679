"""The long description and the data table of a chart, for readers who cannot see it.

Where the short alt text (model/alt_text.py) says the kind of chart, its subject and the key
fact, the long description says, in the document's language and number format:
1. every figure with its label (the alt text's sentence of values);
2. the largest and the smallest, when the chart compares figures of one type, and how many
   times the largest is the next;
3. a comparison in words, each said of the figure it is true of: a percentage as people
   say it ('Ruim acht van de tien, 81,6%: (ex-)partner'), or a small part of a whole as
   'Ongeveer 1 op de 42, 31 van de 1.300: in beeld bij de autoriteiten'; never a bracket
   inside a bracket;
4. the change since the previous edition, named as the edition ('Sinds de vorige editie
   (2019)'), not as a year the data could be of, where there is one (model/editions.py);
5. the source of each figure that names one.
The data table holds the same figures as rows: label, value, and the previous edition's
value and the change, and the source, where any figure has them. Qt-free.

A suppressed figure (printed as 'minder dan 10') is said as 'minder dan 10' and nothing is
worked out from it: no largest and smallest, no 'times', no share, no change, so its value
cannot be recovered from the description or the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from infographic_app.model.alt_text import alt_text_for_visual, published_share, shown, with_label
from infographic_app.model.document import Document
from infographic_app.model.editions import (
    change,
    previous_edition,
    previous_shown,
    printed_then,
    show_change,
    trend_points,
    values_in,
)
from infographic_app.model.figure_words import capitalised, percentage_words
from infographic_app.model.figures import FigureValues, FormulaError
from infographic_app.model.numbers import format_number

WORDS = {
    "nl-NL": {
        "extremes": "Het grootst: {largest}; het kleinst: {smallest}.",
        "in_words": "{words}, {value}: {label}.",
        "times": "Het grootste is {about}{times} keer {other}.",
        "next": "het op één na grootste", "smallest": "het kleinste",
        "about": "ongeveer ",
        "one_in": "{about}1 op de {count}, {part} van de {whole}: {label}.",
        "change": "Sinds de vorige editie ({edition}): {changes}.",
        "source": "Bron van '{label}': {source}.",
        "label": "Wat", "value": "Waarde", "previous": "Vorige editie ({edition})",
        "difference": "Verschil",
        "source_column": "Bron", "edition": "Editie",
    },
    "en-GB": {
        "extremes": "The largest: {largest}; the smallest: {smallest}.",
        "in_words": "{words}, {value}: {label}.",
        "times": "The largest is {about}{times} times {other}.",
        "next": "the next largest", "smallest": "the smallest",
        "about": "about ",
        "one_in": "{about}1 in {count}, {part} of the {whole}: {label}.",
        "change": "Since the previous edition ({edition}): {changes}.",
        "source": "Source of '{label}': {source}.",
        "label": "What", "value": "Value", "previous": "Previous edition ({edition})",
        "difference": "Change",
        "source_column": "Source", "edition": "Edition",
    },
}


@dataclass(frozen=True)
class DataTable:
    """A chart's figures as a table: `headers` (column names) and `rows` of printed cells,
    one per figure; the first cell of each row is the figure's label (a row header), the
    `numbers` cells after it hold numbers, any cell after those the source."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numbers: int


def chart_figures(visual: dict) -> list[str]:
    """The figure ids a chart shows, in reading order (an icon array: headline, part, whole)."""
    if visual["kind"] == "icon_array":
        return [f for f in (visual.get("headline"), visual["part"], visual["whole"]) if f]
    if visual["kind"] == "trend":
        return [visual["figure"]]
    return list(visual["figures"])


def long_description(document: Document, visual: dict, heading: str,
                     values: FigureValues | None = None) -> str:
    """The chart described in full, as sentences (see the module text)."""
    values = values or document.values()
    words = WORDS[document.locale]
    figures = chart_figures(visual)
    sentences = [alt_text_for_visual(document, visual, heading, values)]
    compared = [] if visual["kind"] in ("icon_array", "trend") else \
        _comparable(document, values, figures)
    if len(compared) >= 2:
        ordered = sorted(compared, key=lambda f: -_value(values, f))
        largest, smallest = ordered[0], ordered[-1]
        sentences.append(words["extremes"].format(
            largest=with_label(document, values, largest),
            smallest=with_label(document, values, smallest)))
        sentences.append(_times(document, values, ordered[0], ordered[1], len(ordered) == 2))
    sentences += _in_words(document, values, visual, figures)
    sentences.append(_changes(document, figures))
    sentences += [words["source"].format(label=_label(document, f),
                                         source=document.figures[f].printed_source.rstrip("."))
                  for f in figures if document.figures[f].printed_source]
    return " ".join(s for s in sentences if s)


def data_table(document: Document, visual: dict,
               values: FigureValues | None = None) -> DataTable:
    """The chart's figures as a table (see DataTable): a column for the previous edition and
    the change only when the document has a previous edition (empty for a figure without a
    value then), a source column only when a figure names its source."""
    values = values or document.values()
    words = WORDS[document.locale]
    if visual["kind"] == "trend":  # a row per edition
        return DataTable((words["edition"], _label(document, visual["figure"])), tuple(
            (point.edition, point.printed) for point in trend_points(document, visual["figure"])),
            1)
    figures = chart_figures(visual)
    edition = previous_edition(document)
    sources = any(document.figures[f].printed_source for f in figures)
    headers = [words["label"], words["value"]]
    if edition:
        headers += [words["previous"].format(edition=edition), words["difference"]]
        before = values_in(document, edition)
    if sources:
        headers.append(words["source_column"])
    rows = []
    for figure_id in figures:
        row = [_label(document, figure_id), shown(document, values, figure_id)]
        if edition:  # a figure new since then: empty cells, not '?'
            found = change(document, figure_id)
            row += ["", ""] if previous_shown(document, figure_id) is None else [
                printed_then(document, before, figure_id),
                show_change(found, document.locale) if found else ""]
        if sources:
            row.append(document.figures[figure_id].printed_source)
        rows.append(tuple(row))
    return DataTable(tuple(headers), tuple(rows), 3 if edition else 1)


def _label(document: Document, figure_id: str) -> str:
    return document.figures[figure_id].label


def _value(values: FigureValues, figure_id: str) -> Fraction | None:
    try:
        value = values.shown(figure_id)
    except FormulaError:
        return None
    return None if value is None else Fraction(value)


def _comparable(document: Document, values: FigureValues, figures: list[str]) -> list[str]:
    """The figures that can be put in order: all computable, of one type and none suppressed
    (its rank or ratio would narrow 'minder dan 10' down), else none."""
    if len({document.figures[f].type for f in figures}) != 1 or any(
            document.figures[f].suppressed for f in figures):
        return []
    return [] if any(_value(values, f) is None for f in figures) else figures


def _times(document: Document, values: FigureValues, larger: str, smaller: str,
           last: bool) -> str:
    """How many times the largest figure is the next ('Het grootste is ongeveer 8 keer het
    op één na grootste.'; `last`: the next is the smallest); '' when the next is not above
    0. From twice on in whole times, below that with one decimal."""
    big, small = _value(values, larger), _value(values, smaller)
    if not small or small <= 0:
        return ""
    ratio = big / small
    decimals = 0 if ratio >= 2 else 1
    exact = ratio * 10**decimals == int(ratio * 10**decimals)
    words = WORDS[document.locale]
    return words["times"].format(about="" if exact else words["about"],
                                 times=format_number(ratio, decimals, document.locale),
                                 other=words["smallest" if last else "next"])


def _in_words(document: Document, values: FigureValues, visual: dict,
              figures: list[str]) -> list[str]:
    """Each percentage as people say it; for an icon array, a small part of its whole as
    '1 op de N'."""
    words = WORDS[document.locale]
    said = []
    for figure_id in figures:
        figure = document.figures[figure_id]
        value = _value(values, figure_id)
        if figure.type != "percentage" or value is None or figure.suppressed:
            continue
        fraction = percentage_words(values.shown(figure_id), figure.shown_decimals,
                                    document.locale, values.exact(figure_id))
        if fraction:
            said.append(words["in_words"].format(words=capitalised(fraction),
                                                 value=shown(document, values, figure_id),
                                                 label=figure.label))
    if visual["kind"] == "icon_array":
        said.append(_one_in(document, values, visual["part"], visual["whole"]))
    return [sentence for sentence in said if sentence]


def _one_in(document: Document, values: FigureValues, part: str, whole: str) -> str:
    """A small part of its whole as '1 op de N', said of the part it counts ('Ongeveer 1 op
    de 42, 31 van de 1.300: in beeld bij de autoriteiten.'): N is whole / part rounded to a
    whole number, 'ongeveer' unless that is exact. '' when the part is not under a tenth of
    the whole, or either is suppressed."""
    share = published_share(document, values, part, whole)
    if share is None or not 0 < share < 10:
        return ""
    words = WORDS[document.locale]
    count = 100 / share
    sentence = words["one_in"].format(
        about="" if count.denominator == 1 else words["about"],
        count=format_number(count, 0, document.locale), part=shown(document, values, part),
        whole=shown(document, values, whole), label=_label(document, part))
    return capitalised(sentence)


def _changes(document: Document, figures: list[str]) -> str:
    """'Sinds de vorige editie (2018): (ex-)partner +1,2 procentpunt, ...' for the figures
    with a change since the previous edition; '' when none has one."""
    edition = previous_edition(document)
    if edition is None:
        return ""
    changes = [f"{_label(document, f)} {show_change(found, document.locale)}"
               for f in figures if (found := change(document, f)) is not None]
    if not changes:
        return ""
    return WORDS[document.locale]["change"].format(edition=edition, changes=", ".join(changes))
