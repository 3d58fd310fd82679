"""Checks of a new edition: figures nobody updated, texts that still name last year's year,
comparisons with the previous edition that have nothing to compare with, and words saying
how many beside a figure that changed."""

from __future__ import annotations

from infographic_app.checks.number_words import check_number_words
from infographic_app.model.document import Document
from infographic_app.model.editions import (
    EDITION_FORMS,
    comparison_problem,
    intended_mark,
    is_intended,
    not_updated,
    previous_edition,
    year_mentions_through,
)
from infographic_app.model.figures import format_figure
from infographic_app.model.messages import say
from infographic_app.model.problems import Problem, Severity
from infographic_app.model.references import references_in, rich_texts


def check_editions(document: Document, language: str = "en") -> list[Problem]:
    """Warnings for each typed figure not updated for this edition (until its value is typed
    or it is confirmed unchanged) and each text naming the previous edition's year (until it
    is changed or marked as intended); errors for `{figure:change}` and `{figure:previous}`
    that print '?'; warnings for words saying how many beside a figure that changed
    (checks/number_words.py). Each with file, line and field, and the editor's one-click fix."""
    return (_not_updated(document, language) + _year_mentions(document, language)
            + _comparisons(document, language) + _badges(document, language)
            + _precision_changed(document, language) + check_number_words(document, language))


def _problem(document: Document, message: str, field: str, path: tuple, element_id: str,
             severity: Severity, fix: str = "", text: str | None = None) -> Problem:
    source = document.source
    line = None
    if source is not None:
        line = source.line_of_text(path, text) if text else source.line(path)
    return Problem(message, field=field, file=str(document.path or ""), line=line,
                   severity=severity, element_id=element_id, fix=fix)


def _not_updated(document: Document, language: str) -> list[Problem]:
    previous = previous_edition(document)
    problems = []
    for figure_id in not_updated(document):
        figure = document.figures[figure_id]
        message = say("edition_not_updated", language, label=figure.label or figure_id,
                      edition=document.edition, previous=previous or "?",
                      value=format_figure(figure, figure.value, document.locale))
        problems.append(_problem(document, message, f"figures.{figure_id}.value",
                                 ("figures", figure_id, "value"), f"figures.{figure_id}",
                                 Severity.WARNING, fix=f"confirm:{figure_id}"))
    return problems


def _year_mentions(document: Document, language: str) -> list[Problem]:
    """A warning for each year each text names (up to the previous edition's), until the
    year is changed or marked as intended there; it quotes the first mention of that year,
    figure references as printed."""
    problems = []
    reported: set[str] = set()
    previous = previous_edition(document)
    mentions = year_mentions_through(document, previous)
    for mention in mentions:
        mark = intended_mark(mention.field, mention.year)
        if mark in reported or is_intended(document, mention, mentions):
            continue
        reported.add(mark)
        key = "edition_year_mention" if mention.year == previous else "edition_older_year"
        message = say(key, language, year=mention.year,
                      context=mention.context(resolve=document.resolve), edition=document.edition)
        element = mention.field if mention.field.startswith("blocks.") else ""
        problems.append(_problem(document, message, mention.field, mention.path, element,
                                 Severity.WARNING, fix=f"intended:{mark}",
                                 text=mention.year))
    return problems


def _precision_changed(document: Document, language: str) -> list[Problem]:
    """A warning for each change since the previous edition (a `{figure:change}` in a text)
    between values printed with other decimals then and now: it is the difference of the
    printed values (92,9% → 92%: -0,9 procentpunt), which says less than either value (the
    typed values give -1,4)."""
    edition = previous_edition(document)
    problems = []
    for field, path, text in rich_texts(document):
        for reference in references_in(text):
            figure = document.figures.get(reference.figure_id)
            if reference.form != "change" or figure is None or edition is None:
                continue
            then = figure.published_decimals.get(edition, figure.shown_decimals)
            if then == figure.shown_decimals or comparison_problem(
                    document, figure.id, "change") is not None:
                continue
            message = say("edition_precision_changed", language,
                          label=figure.label or figure.id, edition=edition, then=then,
                          now=figure.shown_decimals,
                          change=document.resolve(reference.written))
            problems.append(_problem(document, message, field, path, field, Severity.WARNING,
                                     text=reference.written))
    return problems


def _comparisons(document: Document, language: str) -> list[Problem]:
    problems = []
    for field, path, text in rich_texts(document):
        for reference in references_in(text):
            if reference.form not in EDITION_FORMS or reference.figure_id not in \
                    document.figures:
                continue
            found = comparison_problem(document, reference.figure_id, reference.form)
            if found is None:
                continue
            key, params = found
            message = say(key, language, written=reference.written,
                          figure=reference.figure_id, **params)
            problems.append(_problem(document, message, field, path, field, Severity.ERROR,
                                     text=reference.written))
    return problems


BADGE_REASONS = {"edition_no_previous": "tile_badge_no_edition",
                 "edition_no_previous_value": "tile_badge_no_value"}


def _badges(document: Document, language: str) -> list[Problem]:
    """A warning for each tile whose change badge has nothing to compare with (it prints
    nothing then, see model/editions.py badge_text)."""
    problems = []
    for page_index, page in enumerate(document.pages):
        for block_index, block in enumerate(page.blocks):
            if block.kind != "tiles":
                continue
            for index, tile in enumerate(block.fields.get("tiles") or ()):
                if not isinstance(tile, dict) or tile.get("badge") != "change" or \
                        tile.get("figure") not in document.figures:
                    continue
                figure_id = tile["figure"]
                found = comparison_problem(document, figure_id, "change")
                if found is None:
                    continue
                key, params = found
                figure = document.figures[figure_id]
                message = say("tile_badge_suppressed", language, **params) \
                    if key == "edition_change_suppressed" else say(
                        "tile_badge_nothing", language, label=figure.label or figure_id,
                        reason=say(BADGE_REASONS[key], language, **params))
                field = f"blocks.{block.id}.tiles.{tile.get('id')}.badge"
                path = ("pages", page_index, "blocks", block_index, "tiles", index, "badge")
                problems.append(_problem(document, message, field, path,
                                         f"blocks.{block.id}.tiles.{tile.get('id')}",
                                         Severity.WARNING))
    return problems
