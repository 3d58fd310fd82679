"""The editor's structural actions: add, duplicate, remove, move and rename figures, entries,
blocks, pages, chart figures and rules.

Each builds a model operation (model/operations.py) for the document as it is, asks what it
needs through the window's dialogs, and pushes it as one undo step; an edit the model refuses
is explained, never half done. An action that was done returns what it changed (a Changes
record, model/changes.py: the new entry's id among what it inserted), else None.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from infographic_app.gui.i18n import interface_language, place, tr
from infographic_app.gui.session import Session
from infographic_app.model import operations as ops
from infographic_app.model.addressing import value_of
from infographic_app.model.changes import Changes
from infographic_app.model.disclosure import PEOPLE
from infographic_app.model.entry import EntryError, read_entry, typed_decimals
from infographic_app.model.figures import FIGURE_TYPES
from infographic_app.model.messages import say
from infographic_app.model.places import rule_words
from infographic_app.model.references import FigureUse, uses_of

USE_KINDS = {
    "text": QT_TRANSLATE_NOOP("Structure", "the text of {place}"),
    "figure": QT_TRANSLATE_NOOP("Structure", "the number of {place}"),
    "chart": QT_TRANSLATE_NOOP("Structure", "the chart of {place}"),
    "rule": QT_TRANSLATE_NOOP("Structure", "the rule {place}"),
    "formula": QT_TRANSLATE_NOOP("Structure", "the formula of {place}"),
}


def describe_use(session: Session, use: FigureUse) -> str:
    """Where a figure is used, in words: "the chart of Thema 'partner = pleger'", "the rule
    (ex-)partner + … make 100%"."""
    document = session.document
    parts = use.field.split(".")
    if parts[0] == "rules":
        rule = next((r for r in document.rules if r.id == parts[1]), None)
        where = rule_words(document, rule, interface_language()) if rule else parts[1]
    else:
        # The figure, block or entry that holds the field: a chart's by the block's name.
        holder = ".".join(parts[:2]) if parts[0] == "figures" else \
            use.field.split(".visual")[0] if ".visual" in use.field else \
            use.field.rsplit(".", 1)[0]
        where = place(document, holder)
    return QCoreApplication.translate("Structure", USE_KINDS[use.place]).format(place=where)


class StructureActions(QObject):
    """The structural actions of the open document; `dialogs` gives the window's Dialogs
    (looked up each time: a test may replace them)."""

    def __init__(self, session: Session, dialogs: Callable[[], object], parent=None):
        super().__init__(parent)
        self.session = session
        self._dialogs = dialogs

    @property
    def dialogs(self):
        return self._dialogs()

    @property
    def document(self):
        return self.session.document

    def run(self, build: Callable[[], ops.Operation], description: str) -> Changes | None:
        """Build the operation and push it as one step (this object its initiator); what it
        changed, or None when it was refused (the user is told why)."""
        try:
            operation = build()
        except ops.Refused as refused:
            self.dialogs.error(tr("Not changed"), say(refused.key, self.session.language,
                                                      **refused.params))
            return None
        return self.session.perform(operation, description, initiator=self)

    # ------------------------------------------------------------------ figures

    def add_figure(self, label: str = "") -> str | None:
        """Ask for a new figure's label, type, value and whether it counts people; add it.
        Returns its id."""
        answer = self.dialogs.ask_new_figure(label, list(FIGURE_TYPES))
        if answer is None:
            return None
        label, kind, typed = answer.label, answer.kind, answer.typed
        try:
            value = read_entry(typed, kind, self.document.locale) if typed.strip() else None
        except EntryError as error:
            self.dialogs.error(tr("Not added"), say(error.key, self.session.language,
                                                    **error.params))
            return None
        figure_id = ops.propose_id(self.document, label)
        decimals = typed_decimals(typed, self.document.locale) if typed.strip() else None
        if self.run(lambda: ops.add_figure(self.document, label, kind, value, figure_id,
                                           decimals=decimals,
                                           unit=PEOPLE if answer.people else ""),
                    tr("Add figure {label}").format(label=label)):
            return figure_id
        return None

    def duplicate_figure(self, figure_id: str) -> None:
        label = self.document.figures[figure_id].label
        self.run(lambda: ops.duplicate_figure(self.document, figure_id),
                 tr("Duplicate figure {label}").format(label=label))

    def merge_figure(self, figure_id: str) -> None:
        """Ask which other category of its whole the figure is merged with (a small count's
        fix); merge them as one step."""
        label = self.document.figures[figure_id].label
        candidates = ops.merge_candidates(self.document, figure_id)
        chosen = self.dialogs.ask_merge_with(
            label, [self.document.figures[f].label for f in candidates])
        if chosen is None:
            return
        into = candidates[chosen]
        self.run(lambda: ops.merge_figures(self.document, figure_id, into),
                 tr("Merge {label} with {other}").format(
                     label=label, other=self.document.figures[into].label))

    def rename_figure(self, figure_id: str) -> None:
        """Ask for a new name (id) for the figure; its uses follow."""
        new = self.dialogs.ask_text(tr("Rename figure"), tr(
            "New name of '{label}' (letters, digits and _; texts refer to it as "
            "{{name}}):").format(label=self.document.figures[figure_id].label), figure_id)
        if new and new != figure_id:
            self.run(lambda: ops.rename_figure(self.document, figure_id, new),
                     tr("Rename figure {old} to {new}").format(old=figure_id, new=new))

    def remove_figure(self, figure_id: str) -> Changes | None:
        """Remove a figure; when it is used, name the places and remove them too only after
        the user agrees (never when a formula uses it)."""
        document = self.document
        label = document.figures[figure_id].label
        description = tr("Remove figure {label}").format(label=label)
        uses = uses_of(document, figure_id)
        places = [describe_use(self.session, use) for use in uses]
        if any(use.place == "formula" for use in uses):
            self.dialogs.error(tr("Not removed"), tr(
                "'{label}' is used in a formula, so it cannot be removed. Change that formula "
                "first. It is used in:\n{places}").format(label=label,
                                                          places="\n".join(places)))
            return None
        if uses and not self.dialogs.ask_remove_uses(label, places):
            return None
        return self.run(lambda: ops.remove_figure(document, figure_id, remove_uses=True),
                        description)

    def set_figure_attribute(self, figure_id: str, attribute: str, value) -> None:
        self.run(lambda: ops.set_figure_attribute(self.document, figure_id, attribute, value),
                 tr("Change {label}").format(label=self.document.figures[figure_id].label))

    # ------------------------------------------------------------------ entries

    def add_entry(self, container: str, after: str | None = None) -> Changes | None:
        return self.run(lambda: ops.add_entry(self.document, container, after), tr("Add entry"))

    def duplicate_entry(self, container: str, entry_id: str) -> Changes | None:
        return self.run(lambda: ops.duplicate_entry(self.document, container, entry_id),
                 tr("Duplicate entry"))

    def remove_entry(self, container: str, entry_id: str) -> Changes | None:
        return self.run(lambda: ops.remove_entry(self.document, container, entry_id),
                 tr("Remove entry"))

    def move_entry(self, container: str, entry_id: str, delta: int) -> Changes | None:
        return self.run(lambda: ops.move_entry(self.document, container, entry_id, delta),
                 tr("Move entry up") if delta < 0 else tr("Move entry down"))

    # ------------------------------------------------------------------ blocks and pages

    def add_block(self, page_id: str, kind: str, index: int | None = None) -> None:
        self.run(lambda: ops.add_block(self.document, page_id, kind, index), tr("Add block"))

    def remove_block(self, block_id: str, title: str) -> None:
        if self.dialogs.ask_remove(title):
            self.run(lambda: ops.remove_block(self.document, block_id),
                     tr("Remove {title}").format(title=title))

    def move_block(self, block_id: str, delta: int) -> None:
        self.run(lambda: ops.move_block(self.document, block_id, delta),
                 tr("Move block up") if delta < 0 else tr("Move block down"))

    def page_of(self, block_id: str) -> str:
        """The id of the page a block is on."""
        return next(p.id for p in self.document.pages if any(b.id == block_id for b in p.blocks))

    def move_block_to_page(self, block_id: str, page_id: str | None) -> Changes | None:
        """Move a block to another page; with None, to a new page right after its own."""
        document = self.document
        if page_id is None:
            own = [p.id for p in document.pages].index(self.page_of(block_id))
            add = ops.add_page(document, own + 1)
            page_id = add.value.id

            def build():
                add.do(document)  # the page the block moves to, in the same step
                try:
                    move = ops.move_block_to_page(document, block_id, page_id)
                finally:
                    add.undo(document)
                return ops.Macro("move block to a new page", [add, move])
        else:
            def build():
                return ops.move_block_to_page(document, block_id, page_id)
        return self.run(build, tr("Move block to another page"))

    def new_page_from(self, block_id: str) -> bool:
        """A new page after the block's own, starting with the block and what follows it
        there (one step)."""
        return self.run(lambda: ops.new_page_from(self.document, block_id),
                        tr("Move block to another page"))

    def add_page(self) -> None:
        self.run(lambda: ops.add_page(self.document), tr("Add page"))

    def remove_page(self, page_id: str) -> None:
        number = [p.id for p in self.document.pages].index(page_id) + 1
        if self.dialogs.ask_remove(tr("page {number}").format(number=number)):
            self.run(lambda: ops.remove_page(self.document, page_id), tr("Remove page"))

    # ------------------------------------------------------------------ charts

    def set_chart_kind(self, visual_field: str, kind: str | None) -> Changes | None:
        """Show a chart as another kind; a chart with no figures of its own (a new theme's)
        first asks which figures it shows, so it never shows one nobody chose. None when
        nothing changed (the question cancelled, or the change refused)."""
        figures = None
        if kind is not None and not ops.chart_figures(value_of(self.document, visual_field)
                                                      or {}):
            figures = self.dialogs.ask_chart_figures(self.document, kind,
                                                     self.add_figure)
            if not figures:
                return None
        return self.run(lambda: ops.set_chart_kind(self.document, visual_field, kind, figures),
                        tr("Change chart"))

    def add_chart_figure(self, visual_field: str, figure_id: str) -> None:
        """Add a figure to a chart; when the chart's figures are in a sum-to-100 rule, offer
        to add it to that rule as well (one step)."""
        document = self.document
        figures = value_of(document, f"{visual_field}.figures") or []
        rule_id = None
        for rule in ops.rules_for_chart(document, figures):
            if figure_id not in rule.parts and self.dialogs.ask_add_to_rule(
                    document.figures[figure_id].label,
                    ", ".join(document.figures[p].label for p in rule.parts)):
                rule_id = rule.id
                break
        self.run(lambda: ops.add_chart_figure(document, visual_field, figure_id,
                                              rule_id=rule_id),
                 tr("Add {label} to chart").format(label=document.figures[figure_id].label))

    def remove_chart_figure(self, visual_field: str, figure_id: str) -> None:
        self.run(lambda: ops.remove_chart_figure(self.document, visual_field, figure_id),
                 tr("Remove figure from chart"))

    def move_chart_figure(self, visual_field: str, figure_id: str, delta: int) -> None:
        self.run(lambda: ops.move_chart_figure(self.document, visual_field, figure_id, delta),
                 tr("Move figure in chart"))

    # ------------------------------------------------------------------ rules

    def add_rule(self) -> None:
        answer = self.dialogs.ask_rule(self.document, None)
        if answer is not None:
            self.run(lambda: ops.add_rule(self.document, *answer), tr("Add rule"))

    def edit_rule(self, rule_id: str) -> None:
        rule = next(r for r in self.document.rules if r.id == rule_id)
        answer = self.dialogs.ask_rule(self.document, rule)
        if answer is not None:
            self.run(lambda: ops.edit_rule(self.document, rule_id, answer[1], answer[2]),
                     tr("Change rule"))

    def remove_rule(self, rule_id: str) -> None:
        self.run(lambda: ops.remove_rule(self.document, rule_id), tr("Remove rule"))
