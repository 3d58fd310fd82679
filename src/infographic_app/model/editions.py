"""Editions: the factsheet of one year, started from the last one.

A document knows its edition (`Document.edition`, '2020' or a label such as '2020-2021') and
each typed figure its values in earlier editions (`Figure.history`, edition label -> value,
oldest first). Starting a new edition (`start_edition`) moves every typed value into the
history and marks the figure not updated (`Figure.updated` False) until a value is typed or
it is confirmed unchanged; every figure, typed or derived, also keeps the decimals each
earlier edition printed it with (`Figure.published_decimals`), so an earlier value is shown
as it was published. The change since the previous edition is derived here, never typed,
from the values as printed: `{figure:change}` and `{figure:previous}` in texts.

Qt-free; the command line and the editor both use these functions.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from infographic_app.model.addressing import block_fields
from infographic_app.model.disclosure import fewer_than
from infographic_app.model.figures import Figure, FigureValues, FormulaError
from infographic_app.model.numbers import LOCALES, format_number, round_value

if TYPE_CHECKING:
    from infographic_app.model.document import Document

# Reference forms that compare with the previous edition: '{visitors_total:change}'.
EDITION_FORMS = ("change", "previous")
NO_PREVIOUS = "?"  # printed where there is no previous value; an error of the checks
CHANGE_DECIMALS = 0  # a relative change is shown in whole percents: '+14%'
# How a change of a percentage is written: in percentage points, singular and plural.
POINTS = {"nl-NL": ("procentpunt", "procentpunt"),
          "en-GB": ("percentage point", "percentage points")}
EDITION_LABEL = re.compile(r"^[0-9A-Za-z][0-9A-Za-z ./_-]{0,31}$")


class EditionError(ValueError):
    """A new edition cannot be started (no edition given, the same label, a bad label)."""


def edition_label(value: Any) -> str | None:
    """An edition as the document keeps it: the text '2020' for a year typed as 2020, a
    label as typed; None when `value` is neither a year (a whole number from 1000 to 9999)
    nor a label of letters, digits, spaces and . / _ - (at most 32 characters)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value) if 1000 <= value <= 9999 else None
    if isinstance(value, str) and EDITION_LABEL.match(value.strip()):
        return value.strip()
    return None


def written_label(label: str) -> int | str:
    """An edition label as the file writes it: a year as a plain number (2020), else text."""
    return int(label) if label.isdigit() and not label.startswith("0") else label


def earlier_editions(document: Document) -> list[str]:
    """The editions the figures have values for, oldest first, the document's own left out.

    Years are put in order by number; other labels keep the order of the file (the first
    figure's history first)."""
    seen: dict[str, None] = {}
    for figure in document.figures.values():
        for label in figure.history:
            if label != document.edition:
                seen.setdefault(label, None)
    labels = list(seen)
    if all(label.isdigit() for label in labels):
        labels.sort(key=int)
    return labels


def previous_edition(document: Document) -> str | None:
    """The edition before this one: the latest of `earlier_editions`; None for a first
    edition (no figure has a history)."""
    labels = earlier_editions(document)
    return labels[-1] if labels else None


def values_in(document: Document, edition: str) -> FigureValues:
    """The figures' values as they were printed in `edition`: typed figures from their history
    (None where a figure has no value for it), derived figures computed from those, each
    rounded to the decimals it was published with (`Figure.decimals_in`)."""
    figures = {fid: replace(figure, decimals=figure.decimals_in(edition),
                            value=figure.value if figure.derived else figure.history.get(edition))
               for fid, figure in document.figures.items()}
    return FigureValues(figures, [tuple(rule.parts) for rule in document.rules
                                  if rule.rounding == "largest_remainder"])


def previous_shown(document: Document, figure_id: str) -> Decimal | None:
    """The figure's value as the previous edition printed it (rounded to the decimals it was
    published with); None when there is none (no previous edition, no value for it, or a
    formula that cannot be computed then)."""
    edition = previous_edition(document)
    if edition is None:
        return None
    try:
        return values_in(document, edition).shown(figure_id)
    except FormulaError:
        return None


@dataclass(frozen=True)
class EditionChange:
    """A change since an earlier edition as it is printed: `amount` rounded to the places it
    is shown with (the Decimal's own places: Decimal('-1.4'), Decimal('14')), in `unit`:
    'points' (percentage points, for a percentage), 'percent' (relative, in whole percents)
    or 'figure' (the figure's own unit, for a base of 0 or less)."""

    amount: Decimal
    unit: str


def change(document: Document, figure_id: str) -> EditionChange | None:
    """The change since the previous edition, computed from the values as printed then and
    now (see `change_between`); None when either cannot be computed, and for a suppressed
    figure (printed as 'minder dan 10': last year's value plus the change would give it)."""
    if document.figures[figure_id].suppressed:
        return None
    try:
        now = document.values().shown(figure_id)
    except FormulaError:
        return None
    return change_between(document.figures[figure_id], previous_shown(document, figure_id), now)


def change_between(figure: Figure, before: Decimal | None,
                   now: Decimal | None) -> EditionChange | None:
    """The change of `figure` from `before` to `now`, both values as printed (Decimals with
    the places they were printed with), so a reader's calculator gives the same:
    - a percentage: the difference in percentage points, with the places of the finer of the
      two (92,9% -> 91,5%: -1,4; 91,5% -> 75%: -16,5);
    - any other figure from a base above 0: the relative change in whole percents, rounded
      half away from zero (250 -> 285: +14%);
    - any other figure from a base of 0 or less: the difference in the figure's own unit
      (-2,0 -> -1,0: +1,0; 0 -> 12: +12), as a percentage of such a base would flip its
      sign or not exist.
    None when either value is None."""
    if before is None or now is None:
        return None
    if figure.type == "percentage":
        return EditionChange(now - before, "points")
    if before <= 0:
        return EditionChange(now - before, "figure")
    relative = (Fraction(now) - Fraction(before)) / Fraction(before) * 100
    return EditionChange(round_value(relative, CHANGE_DECIMALS), "percent")


def show_change(value: EditionChange | None, locale: str) -> str:
    """A change as readers see it: '+14%', '-3%', '0%'; in points '+1,2 procentpunt' (nl-NL)
    or '-1.4 percentage points' (en-GB); in the figure's unit '+1,0'; NO_PREVIOUS ('?') for
    None."""
    if value is None:
        return NO_PREVIOUS
    sign = "+" if value.amount > 0 else ""
    places = max(0, -int(value.amount.as_tuple().exponent))
    number = format_number(value.amount, places, locale)
    if value.unit == "points":
        one, many = POINTS.get(locale, POINTS["en-GB"])
        return f"{sign}{number} {one if abs(value.amount) == 1 else many}"
    if value.unit == "percent":
        return f"{sign}{number}{LOCALES[locale].percent}"
    return f"{sign}{number}"


def show_against_previous(document: Document, figure_id: str, form: str) -> str:
    """What `{figure_id:change}` or `{figure_id:previous}` prints; NO_PREVIOUS ('?') when
    there is nothing to compare with (see `comparison_problem`). The previous value prints
    with the decimals it was published with."""
    if form == "change":
        return show_change(change(document, figure_id), document.locale)
    edition = previous_edition(document)
    if edition is None:
        return NO_PREVIOUS
    return printed_then(document, values_in(document, edition), figure_id)


def printed_then(document: Document, values: FigureValues, figure_id: str) -> str:
    """The figure's value in an earlier edition (`values`, see `values_in`) as this edition
    prints it: as that edition published it ('7', '92,9%'), but 'minder dan 10' for a figure
    suppressed now whose value then was under the policy's `min_count` too: a small count
    stays hidden in every edition this one shows."""
    if _hidden_then(document, values, figure_id):
        return fewer_than(document.disclosure.min_count, document.locale)
    return values.printed(figure_id, document.locale)


def _hidden_then(document: Document, values: FigureValues, figure_id: str) -> bool:
    if not document.figures[figure_id].suppressed:
        return False
    try:
        value = values.shown(figure_id)
    except FormulaError:
        return False
    return value is not None and value < document.disclosure.min_count


def comparison_problem(document: Document, figure_id: str, form: str) -> tuple[str, dict] | None:
    """Why `{figure_id:form}` prints NO_PREVIOUS: a message key of model/messages.py and
    its parameters; None when it prints a value."""
    edition = previous_edition(document)
    if edition is None:
        return "edition_no_previous", {}
    if form == "change" and document.figures[figure_id].suppressed:
        return "edition_change_suppressed", {
            "label": document.figures[figure_id].label or figure_id,
            "fewer": fewer_than(document.disclosure.min_count, document.locale)}
    if previous_shown(document, figure_id) is None or \
            form == "change" and change(document, figure_id) is None:
        return "edition_no_previous_value", {"edition": edition}
    return None


# --------------------------------------------------------------------- updated or not

def carried_over(document: Document, figure_id: str, previous: str | None = None) -> bool:
    """Whether a typed figure still holds the value carried over from the previous edition
    (`previous`, found when not given): it is marked not updated (`updated: false`) and its
    value is still that edition's. Typing another value updates it, and undoing that typing
    makes it carried over again, with no mark to keep in step; typing the same value is no
    change, so an unchanged figure is confirmed instead (`updated` True)."""
    figure = document.figures[figure_id]
    if figure.derived or figure.updated:
        return False
    previous = previous if previous is not None else previous_edition(document)
    return previous is None or previous not in figure.history or \
        figure.history[previous] == figure.value


def not_updated(document: Document) -> list[str]:
    """The typed figures still holding the value carried over from the previous edition."""
    previous = previous_edition(document)
    return [fid for fid in document.figures if carried_over(document, fid, previous)]


def is_updated(document: Document, figure_id: str, _seen: frozenset = frozenset()) -> bool:
    """Whether a figure is up to date for this edition: a typed figure when its value was
    typed or confirmed, a derived one when every figure its formula uses is."""
    from infographic_app.model.figures import formula_names

    figure = document.figures[figure_id]
    if not figure.derived:
        return not carried_over(document, figure_id)
    if figure_id in _seen:
        return True  # a formula that depends on itself is an error of its own
    try:
        names = formula_names(figure.formula)
    except FormulaError:
        return True
    return all(is_updated(document, name, _seen | {figure_id}) for name in names
               if name in document.figures)


def confirm_unchanged(document: Document, figure_ids: Iterable[str]) -> list[str]:
    """Mark typed figures as up to date with the value they hold; returns those that were
    not before. (The editor does this through the field 'figures.<id>.updated', undoable.)"""
    changed = []
    for figure_id in figure_ids:
        if carried_over(document, figure_id):
            changed.append(figure_id)
        document.figures[figure_id].updated = True
    return changed


# --------------------------------------------------------------------- texts and years

def edition_texts(document: Document) -> Iterator[tuple[str, tuple, str]]:
    """Every text a reader sees and a new edition may have to change: the metadata, the
    figures' labels, sources and notes, and every text field of the blocks (headings,
    kicker, title, texts, captions). Yields (field
    name as set_field and the checks name it, path in the file for the line, text)."""
    for key, value in document.metadata.items():
        if isinstance(value, str):
            yield f"metadata.{key}", ("metadata", key), value
    for figure_id, figure in document.figures.items():  # labels show in charts and tiles
        yield f"figures.{figure_id}.label", ("figures", figure_id, "label"), figure.label
    for field in block_fields(document):
        if field.spec.kind in ("text", "rich") and isinstance(field.value, str):
            yield field.id, field.path, field.value
    for figure_id, figure in document.figures.items():  # in the notes at the foot
        for key in ("source", "note"):
            if getattr(figure, key):
                yield f"figures.{figure_id}.{key}", ("figures", figure_id, key), \
                    getattr(figure, key)


@dataclass(frozen=True)
class YearMention:
    """One place where a text names an edition's year: `text[start:end]` is the year."""

    field: str  # 'blocks.themes.themes.criminal_exploitation.text'
    path: tuple  # in the file, for the line
    text: str  # the whole text of the field
    start: int
    end: int

    @property
    def year(self) -> str:
        return self.text[self.start:self.end]

    def context(self, replacement: str | None = None, width: int = 40,
                resolve: Callable[[str], str] = str) -> str:
        """The words around the year on one line, the year in brackets ('…In [2019] kwamen
        voor het eerst…'), or with `replacement` shown as '[2019 → 2020]'. `resolve`: how
        the text around it and in the brackets reads (Document.resolve: figure references as
        printed), applied before it is cut, so no reference is cut in half."""
        before = " ".join(resolve(self.text[:self.start]).split())
        after = " ".join(resolve(self.text[self.end:]).split())
        head = before if len(before) <= width else "…" + before[-width:].partition(" ")[2]
        tail = after if len(after) <= width else after[:width].rpartition(" ")[0] + "…"
        found = resolve(self.year)  # a match of find may take in a figure's printed value
        year = found if replacement is None else f"{found} → {replacement}"
        space_before = " " if self.text[:self.start][-1:].isspace() else ""
        space_after = " " if self.text[self.end:][:1].isspace() else ""
        return f"{head}{space_before}[{year}]{space_after}{tail}"


def year_mentions(document: Document, year: str | None = None) -> list[YearMention]:
    """Every place a text names `year` (default: the previous edition) as a word of its own,
    outside figure references: '2019' in 'In 2019 kwamen', not in '20190' or '{x_2019}'.
    Empty when there is no year to look for."""
    year = year if year is not None else previous_edition(document)
    if not year:
        return []
    return _mentions(document, re.compile(rf"(?<![\w]){re.escape(year)}(?![\w])"))


# A year as a word of its own: 1900 to 2099.
YEAR = re.compile(r"(?<![\w])(?:19|20)\d\d(?![\w])")


def year_mentions_through(document: Document, last: str | None) -> list[YearMention]:
    """Every place a text names a year up to and including `last` (an edition: a year,
    '2019', or a label starting with one, '2019-2020'), outside figure references: the
    edition's own year and every older one ('In 2018 kwamen', 'sinds 2017'). When a new
    edition starts from `last`, each may be a 'this year' that is out of date now, so each
    is listed for review. Empty when `last` does not start with a year."""
    first = re.match(r"(?:19|20)\d\d", last or "")
    if first is None:
        return []
    return [mention for mention in _mentions(document, YEAR)
            if int(mention.year) <= int(first.group(0))]


def _mentions(document: Document, pattern: re.Pattern) -> list[YearMention]:
    """The matches of `pattern` in the document's texts, outside figure references."""
    mentions = []
    for field, path, text in edition_texts(document):
        braces = [m.span() for m in re.finditer(r"\{[^{}]*\}", text)]
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in braces):
                continue
            mentions.append(YearMention(field, path, text, match.start(), match.end()))
    return mentions


# A mark of a year named on purpose (`Document.intended_year_mentions`): the text field and
# the year, 'blocks.intro.text@2018'. A mark of a field alone, as files written before marks
# named their year hold it, covers the year its warning quoted: the field's first mention.
MARK_YEAR = "@"


def intended_mark(field: str, year: str) -> str:
    """The mark that `year` in the text `field` is named on purpose:
    'blocks.intro.text@2018'."""
    return f"{field}{MARK_YEAR}{year}"


def marked_place(mark: str) -> tuple[str, str | None]:
    """A mark's text field and year: ('blocks.intro.text', '2018'); the year None for a mark
    of a field alone (an older file's)."""
    field, _, year = mark.partition(MARK_YEAR)
    return field, year or None


def is_intended(document: Document, mention: YearMention,
                mentions: list[YearMention] | None = None) -> bool:
    """Whether `mention` was marked as named on purpose: its year in its field, or (an older
    file's mark of the field alone) it names the year that field names first. `mentions`:
    the document's year mentions, found when not given."""
    marks = document.intended_year_mentions
    if intended_mark(mention.field, mention.year) in marks:
        return True
    if mention.field not in marks:
        return False
    mentions = mentions if mentions is not None else \
        year_mentions_through(document, previous_edition(document))
    first = min((m for m in mentions if m.field == mention.field), key=lambda m: m.start)
    return first.year == mention.year


def moved_on(year: str, previous: str | None, new: str) -> str:
    """What a year named in edition `previous`'s texts becomes in edition `new` when its
    mention is ticked: the previous edition's own year the new edition ('2019' -> '2020',
    or a label '2020-2021'); an older year as many years on as the editions are apart ('In
    2018 kwamen' of the 2019 edition says 2019 in the 2020 edition: the data a year behind
    stays a year behind); `new` when an edition does not start with a year."""
    first = re.match(r"(?:19|20)\d\d", previous or "")
    then = re.match(r"(?:19|20)\d\d", new)
    if year == previous or first is None or then is None:
        return new
    return str(int(year) + int(then.group(0)) - int(first.group(0)))


def replace_mentions(document: Document, mentions: Iterable[YearMention], new: str) -> list[str]:
    """Write what each mention's year becomes in edition `new` (see `moved_on`; `document` is
    the new edition's draft, whose previous edition the texts were written for) in its place
    (mentions found in this document's current texts); returns the fields changed, in order.
    An older year moved on is marked as named on purpose (reviewed when ticked). A mention
    whose field no longer holds the text it was found in is left alone."""
    from infographic_app.model.fields import get_field, set_field

    marks = document.intended_year_mentions
    by_field: dict[str, list[YearMention]] = {}
    for mention in mentions:
        by_field.setdefault(mention.field, []).append(mention)
    changed = []
    for field, found in by_field.items():
        text = get_field(document, field)
        if text != found[0].text:
            continue
        for mention in sorted(found, key=lambda m: m.start, reverse=True):
            year = moved_on(mention.year, previous_edition(document), new)
            text = text[:mention.start] + year + text[mention.end:]
            if year != new and intended_mark(field, year) not in marks:
                marks.append(intended_mark(field, year))  # reviewed: no warning
        set_field(document, field, text)
        changed.append(field)
    return changed


# --------------------------------------------------------------------- a new edition

def start_edition(document: Document, edition: Any) -> Document:
    """A copy of `document` as the first draft of `edition` (a year or a label): each typed
    figure's value moved into its history under the current edition and marked not updated
    (the value stays, so the factsheet still shows something until the new one is typed),
    the decimals each figure was printed with recorded (`Figure.published_decimals`),
    marks of intended year mentions dropped (they were about the year before), no file.

    Texts are not changed here: `year_mentions` proposes the replacements, `replace_mentions`
    applies those the user chose. Raises EditionError when `document` does not say its
    edition, or `edition` is not a valid label or is the document's own edition.
    """
    label = edition_label(edition)
    if label is None:
        raise EditionError(f"'{edition}' is not an edition: give a year (2020) or a label of "
                           "letters and digits (2020-2021)")
    if document.edition is None:
        raise EditionError("the factsheet does not say which edition it is: add a line such "
                           "as 'edition: 2019' at its top (after schema_version)")
    if label == document.edition:
        raise EditionError(f"the factsheet already is edition {label}; give the next one")
    if any(label in figure.history for figure in document.figures.values()):
        raise EditionError(f"the figures already have values for edition {label}, an earlier "
                           "edition; give a new one")
    new = copy.deepcopy(document, {id(document.source): None})  # lines of the old file
    new.path = None
    new.edition = label
    new.intended_year_mentions = []
    for figure in new.figures.values():
        if not figure.derived and figure.value is None:
            continue  # nothing was printed
        figure.published_decimals = {**figure.published_decimals,
                                     document.edition: figure.shown_decimals}
        if not figure.derived:
            figure.history = {**figure.history, document.edition: figure.value}
            figure.updated = False
    return new


# --------------------------------------------------------------------- over the editions

def edition_values(document: Document) -> list[tuple[str | None, FigureValues]]:
    """The figures' values in every edition, oldest first, this edition last (its name None
    when the document gives none): the earlier ones from the history, derived figures computed
    from the history of their inputs."""
    return [*((edition, values_in(document, edition)) for edition in earlier_editions(document)),
            (document.edition, document.values())]


@dataclass(frozen=True)
class TrendPoint:
    """A figure in one edition, as a printed trend draws it: the edition's label ('2019';
    the document's own may have none: ''), its value as that edition published it (None:
    none that edition, or `hidden`), printed ('17,7'; 'minder dan 10' when hidden), whether
    it is this edition, and whether the value is hidden (a suppressed figure's value under
    the policy's `min_count`, see `printed_then`)."""

    edition: str
    value: Decimal | None
    printed: str
    current: bool
    hidden: bool = False


def trend_points(document: Document, figure_id: str) -> list[TrendPoint]:
    """The figure over the editions, oldest first, this edition last: each earlier edition
    it has a value for, with the decimals that edition printed it with; a suppressed figure
    hidden now and in each edition it was under the policy's `min_count`."""
    points = []
    editions = edition_values(document)
    for index, (edition, values) in enumerate(editions):
        current = index == len(editions) - 1
        try:
            value = values.shown(figure_id)
        except FormulaError:
            value = None
        if value is None and not current:
            continue
        hidden = _hidden_then(document, values, figure_id) or (
            current and document.figures[figure_id].suppressed)
        printed = document.show(figure_id, values) if current else \
            printed_then(document, values, figure_id)
        points.append(TrendPoint(edition or "", None if hidden else value, printed, current,
                                 hidden))
    return points


# The change badge of a tile, naming the edition, not a year its data could be of:
# '+14% t.o.v. editie 2020' (nl-NL), '+14% vs edition 2020' (en-GB).
BADGE_WORDS = {"nl-NL": "{change} t.o.v. editie {edition}",
               "en-GB": "{change} vs edition {edition}"}


def badge_text(document: Document, figure_id: str) -> str | None:
    """The change badge under a tile's number, as printed ('+14% t.o.v. editie 2020'); None
    when there is nothing to compare with (no previous edition or value): then no badge is
    printed, and the checks warn (tile_badge_nothing)."""
    if figure_id not in document.figures or comparison_problem(
            document, figure_id, "change") is not None:
        return None
    edition = previous_edition(document)
    shown = show_against_previous(document, figure_id, "change")
    words = BADGE_WORDS.get(document.locale, BADGE_WORDS["en-GB"])
    return words.format(change=shown, edition=edition)
