"""Consistency rules between figures, sanity of derived figures, shares that do not add up as
printed, and typed values a reader of the file would read differently."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

from infographic_app.checks.pairs import check_pairs
from infographic_app.model.document import Document, Rule
from infographic_app.model.figures import (
    WHOLE_NUMBER_TYPES,
    FigureValues,
    FormulaError,
    format_figure,
)
from infographic_app.model.messages import say
from infographic_app.model.numbers import MAX_FIGURE_DIGITS, format_number, round_value, to_exact
from infographic_app.model.places import figure_name, formula_in_words
from infographic_app.model.problems import Problem, Severity
from infographic_app.model.rounding import (
    TOTAL,
    PartsOfWhole,
    may_round_together,
    off_by_rounding,
    parts_of_wholes,
    rounding_note,
    rounding_slack,
)
from infographic_app.model.typed_numbers import thousands_reading

ROUND_TOGETHER_FIX = "round_together"  # a fix: round the shares (ids after ':') together


def check_figures(document: Document, language: str = "en") -> list[Problem]:
    """Every rule declared in the document (errors), derived figures that came out impossible
    (errors), sets of shares whose printed values do not make 100% (warnings) and values typed
    like a Dutch thousands group, 1.300 (warnings); each with file, line and field."""
    values = document.values()
    problems = [p for index, rule in enumerate(document.rules)
                for p in _check_rule(document, rule, index, values, language)]
    broken = {p.field for p in problems}
    pairs = check_pairs(document, values, language)
    problems += pairs + _check_derived(document, values, language, {p.field for p in pairs})
    problems += _check_shares(document, values, language, broken)
    return problems + _check_typed(document, language)


def _check_derived(document: Document, values: FigureValues, language: str,
                   said: set[str]) -> list[Problem]:
    """Derived figures that came out impossible; `said`: fields already reported (a share
    whose part is larger than its whole)."""
    problems = []
    for figure in document.figures.values():
        if not figure.derived or f"figures.{figure.id}" in said:
            continue
        field = f"figures.{figure.id}"
        line = document.line_of(("figures", figure.id, "formula"))
        try:
            value = values.exact(figure.id)
        except FormulaError as exc:
            problems.append(_problem(document, field, line, str(exc), field))
            continue
        if value is None and figure.id in values.too_large:
            message = say("formula_too_large", language,
                          formula=formula_in_words(document, figure.formula),
                          digits=MAX_FIGURE_DIGITS)
        elif value is None:
            message = say("formula_nan", language,
                          formula=formula_in_words(document, figure.formula))
        elif figure.type == "percentage" and not 0 <= value <= 100:
            message = say("formula_percentage", language, value=document.show(figure.id, values))
        elif value < 0 and figure.type in WHOLE_NUMBER_TYPES:
            message = say("formula_negative", language, value=document.show(figure.id, values))
        else:
            continue
        problems.append(_problem(document, field, line, message, field))
    return problems


def _named(document: Document, values: FigureValues, figure_id: str) -> str:
    """A figure as a message names it: its label and its shown value, "'familielid' (8,2%)"."""
    return f"'{figure_name(document, figure_id)}' ({document.show(figure_id, values)})"


def _problem(document: Document, field: str, line: int | None, message: str,
             element_id: str, severity: Severity = Severity.ERROR,
             fix: str | None = None) -> Problem:
    return Problem(message, field=field, file=str(document.path or ""), line=line,
                   severity=severity, element_id=element_id, fix=fix or "")


def _check_rule(document: Document, rule: Rule, index: int, values: FigureValues,
                language: str) -> list[Problem]:
    try:
        parts = [values.exact(p) for p in rule.parts]
        whole = values.exact(rule.whole) if rule.whole else None
    except FormulaError:
        return []  # reported with the figure itself
    if None in parts or (rule.whole and whole is None):
        return []
    figures = [document.figures[p] for p in rule.parts]
    field = f"rules.{rule.id}"
    line = document.line_of(("rules", index))
    element = f"figures.{rule.parts[0]}"
    total = sum(parts, Fraction(0))
    # Rounded figures may miss the whole by half a unit of their last decimal each.
    tolerance = (to_exact(rule.tolerance) if rule.tolerance is not None
                 else rounding_slack(figures))
    if rule.kind == "sum" and abs(total - whole) > tolerance:
        return [_problem(document, field, line, say(
            "sum", language, terms=_terms(document, values, rule),
            total=format_figure(document.figures[rule.whole], total, document.locale),
            whole=_named(document, values, rule.whole)), element)]
    if rule.kind == "sum_to_100" and abs(total - 100) > tolerance:
        return [_problem(document, field, line, say(
            "sum_to_100", language, terms=_terms(document, values, rule),
            total=format_figure(figures[0], total, document.locale)), element)]
    if rule.kind == "part_of_whole" and parts[0] > whole:
        return [_problem(document, field, line, say(
            "part_of_whole", language, terms=_terms(document, values, rule),
            whole=_named(document, values, rule.whole)), element)]
    return []


def _terms(document: Document, values: FigureValues, rule: Rule) -> str:
    """The rule's parts as its message names them: 'a (12) + b (30)'."""
    return " + ".join(_named(document, values, p) for p in rule.parts)


def _check_shares(document: Document, values: FigureValues, language: str,
                  broken: set[str]) -> list[Problem]:
    """Warnings for sets of parts that, as printed, do not add up (to 100%, or to a sum
    rule's whole: the notes block then prints the rounding note, model/rounding.py, and
    where the shares may be rounded together that is the fix offered), or show a share as
    0% or 100% that is not; a rule that already fails is left to its error."""
    problems = []
    for shares in parts_of_wholes(document):
        if shares.whole is not None:
            if shares.field not in broken and off_by_rounding(document, values, shares):
                problems.append(_parts_printed(document, values, shares, language))
            continue
        figures = [document.figures[f] for f in shares.figures]
        try:
            exact = [values.exact(f) for f in shares.figures]
            printed = [values.shown(f) for f in shares.figures]
        except FormulaError:
            continue
        if None in exact or None in printed or shares.field in broken:
            continue
        total = sum(exact, Fraction(0))
        if not shares.always_breakdown and abs(total - 100) > rounding_slack(figures):
            continue  # bars of shares that overlap, such as 92,9% and 54,7%
        messages = [(_all_or_nothing(document, values, shares, index, exact, printed,
                                     language), None) for index in range(len(figures))]
        finest = max(figures, key=lambda f: f.shown_decimals)
        if sum(printed, Decimal(0)) != 100:
            note, fix = rounding_note(document.locale), None
            exact_total = format_figure(finest, total, document.locale)
            if not off_by_rounding(document, values, shares):
                advice = say("shares_not_100", language, exact=exact_total)
            elif round_value(total, finest.shown_decimals) != 100:  # rounded at the source
                advice = say("shares_rounded_at_source", language, exact=exact_total, note=note)
            elif may_round_together(document, values, shares):
                advice = say("shares_round_together", language, note=note)
                fix = f"{ROUND_TOGETHER_FIX}:{','.join(shares.figures)}"
            else:
                advice = say("shares_rounding_note", language, note=note)
            messages.append((say(
                "shares_printed_sum", language, advice=advice,
                total=format_figure(finest, sum(printed, Decimal(0)), document.locale),
                terms=" + ".join(_named(document, values, f) for f in shares.figures)), fix))
        problems += [_problem(document, shares.field, shares.line, message, shares.element_id,
                              Severity.WARNING, fix) for message, fix in messages if message]
    return problems


def _parts_printed(document: Document, values: FigureValues, shares: PartsOfWhole,
                   language: str) -> Problem:
    """The warning for the parts of a sum rule that, as printed, miss the printed whole."""
    whole = document.figures[shares.whole]
    total = sum((values.shown(f) for f in shares.figures), Decimal(0))
    return _problem(document, shares.field, shares.line, say(
        "parts_printed_sum", language, total=format_figure(whole, total, document.locale),
        whole=_named(document, values, shares.whole),
        terms=" + ".join(_named(document, values, f) for f in shares.figures),
        note=rounding_note(document.locale, TOTAL)), shares.element_id, Severity.WARNING)


def _all_or_nothing(document: Document, values: FigureValues, shares: PartsOfWhole, index: int,
                    exact: list[Fraction], printed: list[Decimal], language: str) -> str:
    """The warning for a share printed as 0% that is not zero, or as 100% beside shares that
    are not zero; '' when the share is printed truthfully."""
    others = exact[:index] + exact[index + 1:]
    if printed[index] == 0 and exact[index] != 0:
        key = "share_printed_0"
    elif printed[index] == 100 and any(others):
        key = "share_printed_100"
    else:
        return ""
    figure = document.figures[shares.figures[index]]
    return say(key, language, figure=f"'{figure_name(document, figure.id)}'",
               shown=document.show(figure.id, values),
               precise=_precise(figure, exact[index], document.locale))


def _precise(figure, value: Fraction, locale: str) -> str:
    """`value` with the fewest decimals (up to 3) that show it is neither 0 nor 100."""
    decimals = figure.shown_decimals
    while decimals < 3 and round_value(value, decimals) in (0, 100):
        decimals += 1
    return format_figure(replace(figure, decimals=decimals, rounding="nearest"), value, locale)


def _check_typed(document: Document, language: str) -> list[Problem]:
    """Warnings for decimals and percentages typed like a Dutch thousands group ('1.300' is
    read as 1.3), while the figure still holds the value read from the file."""
    problems = []
    for figure in document.figures.values():
        path = ("figures", figure.id, "value")
        typed = document.source.typed(path) if document.source else None
        digits = thousands_reading(typed or "")
        if figure.derived or figure.type in WHOLE_NUMBER_TYPES or digits is None \
                or to_exact(figure.value) != Fraction(typed):
            continue
        read = Decimal(typed).normalize()
        message = say("typed_thousands", language, typed=typed, short=format(read, "f"),
                      decimal=format_number(read, max(0, -read.as_tuple().exponent),
                                            document.locale),
                      thousands=format_number(int(digits), 0, document.locale), digits=digits)
        problems.append(_problem(document, f"figures.{figure.id}.value",
                                 document.line_of(path), message, f"figures.{figure.id}",
                                 Severity.WARNING))
    return problems
