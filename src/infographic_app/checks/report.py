"""All checks of a document in one list: rules, figures, text that does not fit, preflight."""

from __future__ import annotations

from infographic_app.checks.charts import check_chart_colours
from infographic_app.checks.consistency import check_figures
from infographic_app.checks.editions import check_editions
from infographic_app.checks.messages import say
from infographic_app.checks.placeholders import check_placeholders
from infographic_app.checks.preflight import preflight
from infographic_app.checks.references import check_references
from infographic_app.checks.unit_signs import check_unit_signs
from infographic_app.layout.scene import Scene
from infographic_app.model.document import Document
from infographic_app.model.problems import Problem, Severity
from infographic_app.model.storage import collection_paused
from infographic_app.model.theme import Theme

WORD_SHOWN = 30  # characters of a word too wide for its box that a message quotes


def check_overflow(document: Document, scene: Scene, language: str = "en") -> list[Problem]:
    """Text that does not fit its box: lines left out below, a word cut off at the side, a
    block running past the bottom of the page. One error each, naming the field."""
    problems = []
    for number, page in enumerate(scene.pages, start=1):
        full = {o.element_id for o in page.overflows
                if o.element_id.startswith("blocks.") and o.element_id.count(".") == 1}
        for overflow in page.overflows:
            field, line = document.locate(overflow.element_id)
            messages, fix = [], ""
            if overflow.element_id in full:  # a whole block past the foot of its page
                block = document.block(overflow.element_id.split(".")[1])
                messages.append(say("page_full", language, page=number,
                                    block=block.fields.get("heading") or block.id,
                                    points=round(overflow.height)))
                fix = f"new_page:{block.id}"  # the editor's one click: move it there
            elif overflow.element_id.startswith(tuple(f"{b}." for b in full)) \
                    and not overflow.hidden_lines and not overflow.too_wide:
                continue  # said once, for its block
            if overflow.hidden_lines:
                messages.append(say("overflow_lines", language, page=number,
                                    lines=overflow.hidden_lines))
            if overflow.too_wide:
                word = overflow.too_wide
                if len(word) > WORD_SHOWN:
                    word = word[:WORD_SHOWN - 1] + "…"
                messages.append(say("overflow_sideways", language, page=number, word=word))
            problems += [Problem(message, field=field, file=str(document.path or ""), line=line,
                                 severity=Severity.ERROR, element_id=overflow.element_id,
                                 fix=fix if index == 0 else "")
                         for index, message in enumerate(
                             messages or [say("overflow_page", language, page=number)])]
    return problems


def check_document(document: Document, scene: Scene, language: str = "en") -> list[Problem]:
    """What is wrong with the content, whatever it is exported to."""
    return (check_figures(document, language) + check_references(document, language)
            + check_unit_signs(document, language)
            + check_placeholders(document, language) + check_overflow(document, scene, language)
            + check_editions(document, language))


def check_for_targets(document: Document, scene: Scene, theme: Theme, targets: tuple[str, ...],
                      language: str = "en") -> list[Problem]:
    """The content checks, the charts the theme cannot colour and the preflight of each
    target ('print', 'screen')."""
    with collection_paused():  # many boxes and messages, no garbage cycles
        problems = check_document(document, scene, language)
        problems += check_chart_colours(document, theme, language)
        for target in targets:
            problems += preflight(document, scene, theme, target, language)
        return list(dict.fromkeys(problems))


def has_errors(problems: list[Problem]) -> bool:
    """Whether any of `problems` is an error (warnings never count)."""
    return any(p.severity == Severity.ERROR for p in problems)
