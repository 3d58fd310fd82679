"""All checks of a document in one list: rules, figures, text that does not fit, preflight."""

from __future__ import annotations

from typing import TYPE_CHECKING

from infographic_app.checks.charts import check_chart_colours
from infographic_app.checks.colour_vision import check_colour_vision
from infographic_app.checks.consistency import check_figures
from infographic_app.checks.disclosure import check_disclosure
from infographic_app.checks.editions import check_editions
from infographic_app.checks.estimates import check_estimates
from infographic_app.checks.placeholders import check_placeholders
from infographic_app.checks.preflight import preflight
from infographic_app.checks.references import check_references
from infographic_app.checks.spelling import check_spelling
from infographic_app.checks.unit_signs import check_unit_signs
from infographic_app.layout.scene import PAGES, TALLER_THAN_PAGE, Overflow, Scene
from infographic_app.layout.text import TextSetter
from infographic_app.model.document import Document
from infographic_app.model.messages import say
from infographic_app.model.problems import Problem, Severity
from infographic_app.model.storage import collection_paused
from infographic_app.model.theme import MM, Theme

if TYPE_CHECKING:
    from infographic_app.layout.reordering import EntryMove

WORD_SHOWN = 30  # characters of a word too wide for its box that a message quotes


def check_overflow(document: Document, scene: Scene, language: str = "en",
                   theme: Theme | None = None,
                   setter: TextSetter | None = None) -> list[Problem]:
    """Content that does not fit: lines of a text box left out below, a word cut off at the
    side (one error each, naming the field); content running past the factsheet's pages or
    a block taller than a page (one error naming the page, how much and the ways out: with
    the `theme` given, also another order of the themes in which it fits, when one is found
    by laying it out again, with `setter` when given: layout/reordering.py); and a page
    count a print shop cannot print on sheets (a warning)."""
    problems = []
    for number, page in enumerate(scene.pages, start=1):
        for overflow in page.overflows:
            field, line = document.locate(overflow.element_id)
            where = {"field": field, "file": str(document.path or ""), "line": line,
                     "element_id": overflow.element_id}
            if overflow.reason in (PAGES, TALLER_THAN_PAGE):
                move = None
                if theme is not None and overflow.reason == PAGES:
                    # here, not at the top: an export seen before checks without a layout
                    from infographic_app.layout.reordering import fitting_move
                    move = fitting_move(document, theme, scene, overflow.height, setter)
                problems.append(_page_problem(document, overflow, number, language, where,
                                              move))
                continue
            messages = []
            if overflow.hidden_lines:
                messages.append(say("overflow_lines", language, page=number,
                                    lines=overflow.hidden_lines))
            if overflow.too_wide:
                word = overflow.too_wide
                if len(word) > WORD_SHOWN:
                    word = word[:WORD_SHOWN - 1] + "…"
                messages.append(say("overflow_sideways", language, page=number, word=word))
            problems += [Problem(message, severity=Severity.ERROR, **where)
                         for message in messages or [say("overflow_page", language,
                                                         page=number)]]
    pages = len(scene.pages)
    if pages > 2 and pages % 2 and not problems:
        problems.append(Problem(say("pages_odd", language, pages=pages, next=pages + 1,
                                    fewer=pages - 1),
                                file=str(document.path or ""), severity=Severity.WARNING,
                                fix="add_page"))
    return problems


def _page_problem(document: Document, overflow: Overflow, number: int, language: str,
                  where: dict, move: EntryMove | None = None) -> Problem:
    """The one error for content that runs past the factsheet's pages (with its ways out:
    the `move` of an entry that makes it fit, when there is one; allow the next page, move
    the block to a new page) or a block taller than a page."""
    block = document.block(overflow.element_id.split(".")[1])
    name = block.fields.get("heading") or block.fields.get("title") or block.id
    mm = max(1, round(overflow.height / MM))
    if overflow.reason == TALLER_THAN_PAGE:
        return Problem(say("taller_than_page", language, block=name, mm=mm, page=number),
                       severity=Severity.ERROR, **where)
    message = say("pages_over", language, pages=len(document.pages), page=number, mm=mm,
                  block=name, next=number + 1, lines=max(1, overflow.hidden_lines))
    fixes = f"add_page new_page:{block.id}"
    if move is not None:
        message += say("pages_fit_moved_up" if move.delta < 0 else "pages_fit_moved_down",
                       language, pages=len(document.pages), **move.in_words(document, language))
        fixes = f"{move.fix} {fixes}"
    return Problem(message, severity=Severity.ERROR, fix=fixes, **where)


def check_document(document: Document, scene: Scene, language: str = "en",
                   theme: Theme | None = None,
                   setter: TextSetter | None = None) -> list[Problem]:
    """What is wrong with the content, whatever it is exported to (with the `theme` given,
    content running past the pages is offered another order of the themes that fits, when
    there is one: check_overflow)."""
    return (check_figures(document, language) + check_references(document, language)
            + check_unit_signs(document, language) + check_placeholders(document, language)
            + check_overflow(document, scene, language, theme, setter)
            + check_editions(document, language) + check_disclosure(document, language)
            + check_spelling(document, language) + check_estimates(document, language))


def check_for_targets(document: Document, scene: Scene, theme: Theme, targets: tuple[str, ...],
                      language: str = "en", setter: TextSetter | None = None) -> list[Problem]:
    """The content checks, the charts the theme cannot colour and the preflight of each
    target ('print', 'screen'); an editor passes its `setter`, for the trial layouts of
    another order of the themes (check_overflow)."""
    with collection_paused():  # many boxes and messages, no garbage cycles
        problems = check_document(document, scene, language, theme, setter)
        problems += check_chart_colours(document, theme, language)
        problems += check_colour_vision(document, theme, language)
        for target in targets:
            problems += preflight(document, scene, theme, target, language)
        return list(dict.fromkeys(problems))


def has_errors(problems: list[Problem]) -> bool:
    """Whether any of `problems` is an error (warnings never count)."""
    return any(p.severity == Severity.ERROR for p in problems)
