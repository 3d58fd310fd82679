"""The checks list's one-click fixes: their button texts and the edits they make, each one
undoable step (the structural ones, a new page or a merge, go through gui/structure_actions.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from infographic_app.checks.consistency import ROUND_TOGETHER_FIX
from infographic_app.checks.disclosure import KEY_FIGURES_FIX
from infographic_app.checks.unit_signs import FIX as UNIT_SIGN_FIX
from infographic_app.checks.unit_signs import without_doubled_signs
from infographic_app.gui.i18n import interface_language, place, tr
from infographic_app.layout.reordering import MOVE_FIX, read_fix
from infographic_app.model.editions import marked_place, not_updated
from infographic_app.model.operations import round_together

if TYPE_CHECKING:
    from infographic_app.gui.dialogs import Dialogs
    from infographic_app.gui.session import Session
    from infographic_app.model.document import Document


def fix_label(fix: str, document: Document) -> str:
    """The button text for a problem's one-click fix ('confirm:<figure>', 'intended:<field>',
    'new_page:<block>', 'add_page', 'unit_sign:<field>', 'suppress:<figure>',
    'disclose:<figure>', 'merge:<figure>', 'round_together:<figure>,<figure>,...',
    'key_figures:<visual>', 'move_entry:<list>/<entry>/<places>'), naming what it moves
    as `document` prints it ("Zet 'Arbeidsuitbuiting in de bouw' vóór 'criminele
    uitbuiting'")."""
    kind, _, target = fix.partition(":")
    if kind == MOVE_FIX:
        move = read_fix(document, target)
        words = tr("Put '{entry}' before '{neighbour}'") if move.delta < 0 else \
            tr("Put '{entry}' after '{neighbour}'")
        return words.format(**move.in_words(document, interface_language()))
    if kind == "new_page":
        return tr("Move to a new page")
    if kind == "add_page":
        return tr("Add a page")
    if kind == UNIT_SIGN_FIX:
        return tr("Remove the doubled sign")
    if kind == "suppress":
        return tr("Print as 'fewer than'")
    if kind == "disclose":
        return tr("Confirm with a reason…")
    if kind == "merge":
        return tr("Merge with…")
    if kind == KEY_FIGURES_FIX:
        return tr("Show as key figures")
    if kind == ROUND_TOGETHER_FIX:
        return tr("Round together")
    return tr("Confirm unchanged") if kind == "confirm" else tr("Mark as intended")


def apply_fix(session: Session, fix: str) -> None:
    """Do a problem's one-click fix as one undoable step: confirm a figure unchanged, mark
    a text's mention of the previous year as intended, remove the unit signs typed after
    the figures of a text that print them, print a small count as 'minder dan 10', or
    round shares together (largest remainder)."""
    kind, _, target = fix.partition(":")
    session.end_typing_step()
    if kind == "confirm":
        label = session.document.figures[target].label or target
        session.edit(f"figures.{target}.updated", True,
                     tr("Confirm unchanged: {label}").format(label=label))
    elif kind == "intended":  # target: a mark, 'blocks.intro.text@2018'
        marks = list(session.value("intended_year_mentions"))
        field, year = marked_place(target)
        if target not in marks:
            session.edit("intended_year_mentions", [*marks, target],
                         tr("Year intended: {field}").format(
                             field=f"{place(session.document, field)} ({year})"))
    elif kind == "suppress":
        label = session.document.figures[target].label or target
        session.edit(f"figures.{target}.suppressed", True,
                     tr("Print as 'fewer than': {label}").format(label=label))
    elif kind == ROUND_TOGETHER_FIX:
        parts = target.split(",")
        session.perform(round_together(session.document, parts), tr("Round together: {labels}")
                        .format(labels=", ".join(session.document.figures[f].label
                                                 for f in parts)))
    elif kind == UNIT_SIGN_FIX:
        session.edit(target, without_doubled_signs(session.document, session.value(target)),
                     tr("Remove the doubled sign"))
    session.end_typing_step()


def confirm_all_unchanged(session: Session, dialogs: Dialogs) -> str | None:
    """File → Confirm all figures unchanged…: after a question that lists them, every figure
    still holding last edition's value is confirmed unchanged, as one undo step. Returns a
    message for the status bar when there was nothing to confirm."""
    figure_ids = not_updated(session.document)
    if not figure_ids:
        return tr("Every figure is up to date for this edition.")
    labels = [session.document.figures[f].label or f for f in figure_ids]
    if not dialogs.ask_confirm_unchanged(labels):
        return None
    session.undo_stack.beginMacro(tr("Confirm {count} figures unchanged").format(
        count=len(figure_ids)))
    try:
        for figure_id in figure_ids:
            apply_fix(session, f"confirm:{figure_id}")
    finally:
        session.undo_stack.endMacro()
    return None
