"""The forms' scrolled column of groups of fields, built only near the view.

A long factsheet has thousands of fields. The column holds one section per group: built (a
group box of fields) while it is on screen or near it, else a placeholder as tall as the
group was when last built, or is estimated to be. Scrolling builds the groups within half a
screen of the view, keeping what is on screen where it is while the groups above it change
height; once more than EDITOR_BUDGET fields are built, the groups furthest away are dropped
again. What the groups hold is the subclass's (gui/forms.py); which parts are near the view,
gui/near_view.py says.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QScrollArea, QVBoxLayout, QWidget

from infographic_app.gui.near_view import near, shown_range

# Fields built at most (about six pages of the bundled factsheet); beyond it the groups
# furthest from the view are dropped (SectionColumn._fill_view).
EDITOR_BUDGET = 300
ROW_HEIGHT, GROUP_EXTRA = 50, 40  # pixels: a field with its label; a group's title and frame
MAX_FILL_ROUNDS = 4  # builds near the view per scroll: groups may turn out shorter


class Section:
    """One group of the column: built (a group box of fields) while it is near the view, else
    a placeholder as tall as the group was, or is estimated to be."""

    def __init__(self, key: str, prefixes: tuple[str, ...], widget: QWidget):
        self.key = key  # 'metadata', 'blocks.<id>' or 'figures' (the figures no block shows)
        self.prefixes = prefixes  # every field of the group starts with one of these
        self.widget = widget
        self.built = False


class SectionColumn(QScrollArea):
    """A scroll area showing a column of sections, each a group of fields built only while
    it is near the view. `editors` holds the editor of each field of the groups built now,
    by field name.

    A subclass says what a group is and fills `editors` as it builds one (`_group`), about
    how many rows of fields it has (`_rows_of`), what else it keeps about a field
    (`_forget`), which built groups must stay (`_pinned`), when building must wait
    (`_waiting`) and what to do once groups were built near the view (`_groups_built`)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editors: dict[str, QWidget] = {}  # of the groups built now
        self._sections: dict[str, Section] = {}  # in the order of the column
        self._heights: dict[str, int] = {}  # of groups built before, for their placeholders
        self._filling = False  # building the groups near the view
        self.verticalScrollBar().valueChanged.connect(self._fill_view)

    # ------------------------------------------------------------------ for the subclass

    def _group(self, key: str) -> QWidget:
        """The group of section `key`, built now, its fields registered in `editors`."""
        raise NotImplementedError

    def _rows_of(self, key: str) -> int:
        """About how many rows of fields the group of section `key` has."""
        raise NotImplementedError

    def _prefixes(self, key: str) -> tuple[str, ...]:
        """The starts of the fields of the group of section `key`."""
        raise NotImplementedError

    def _forget(self, *prefixes: str) -> None:
        """Drop the editors (and what is kept about them) of fields starting with a prefix."""
        for field in [f for f in self.editors if f.startswith(prefixes)]:
            del self.editors[field]

    def _pinned(self, section: Section) -> bool:
        """True for a built group that must not be dropped, however far from the view."""
        return False

    def _waiting(self) -> bool:
        """True while the sections are about to be laid out again: nothing is built then."""
        return False

    def _groups_built(self) -> None:
        """Called after groups near the view were built."""

    # ------------------------------------------------------------------ the column

    def _lay_out(self, prefixes: dict[str, tuple[str, ...]], scroll_to: int | None) -> None:
        """A new column of sections, one per key of `prefixes` (in its order; the starts of
        the fields of each group), each a placeholder; scrolled to `scroll_to` (pixels) if
        given, and the groups near the view built."""
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(10)
        self._sections = {}  # nothing to fill while the old groups go
        sections = {key: Section(key, starts, _placeholder(self._estimate(key)))
                    for key, starts in prefixes.items()}
        for section in sections.values():
            column.addWidget(section.widget)
        column.addStretch(1)
        self.setWidget(body)
        self._sections = sections
        if scroll_to is not None:
            self._settle()
            self.verticalScrollBar().setValue(scroll_to)
        self._fill_view()

    def _estimate(self, key: str) -> int:
        """A group's height in pixels: as tall as when it was last built, or else estimated
        from the number of its fields."""
        if key in self._heights:
            return self._heights[key]
        return GROUP_EXTRA + ROW_HEIGHT * self._rows_of(key)

    def _build_section(self, section: Section) -> None:
        """Build a section's group in place of what it shows now, its fields in the Tab
        order where the group is in the column (Qt puts a new widget's at the end)."""
        self._show_instead(section, self._group(section.key))
        section.built = True
        self._place_in_tab_order(section)

    def _place_in_tab_order(self, section: Section) -> None:
        """Move the group's fields in the window's Tab order to just after the last field of
        the nearest built group above it, or after the column itself: every built group
        then follows the one above it, whenever it was built."""
        _chain(self._stop_above(section), _tab_stops(section.widget))

    def _place_part_in_tab_order(self, section: Section, part: QWidget) -> None:
        """Move the Tab stops of `part`, just put into the built group of `section` (among
        the group's children in its order, see put_in_order), to just after the stop before
        it in the group, in one pass."""
        own = _tab_stops(part)
        if not own:
            return
        stops = _tab_stops(section.widget)
        at = stops.index(own[0])
        _chain(stops[at - 1] if at else self._stop_above(section), own)

    def _stop_above(self, section: Section) -> QWidget:
        """The last Tab stop of the nearest built group above `section`, else the column."""
        sections = list(self._sections.values())
        above = (_tab_stops(s.widget) for s in reversed(sections[:sections.index(section)])
                 if s.built)
        return next((stops[-1] for stops in above if stops), self)

    def _drop_section(self, section: Section) -> None:
        """Put a placeholder as tall as the group in place of a built group."""
        self._heights[section.key] = section.widget.height()
        self._forget(*section.prefixes)
        self._show_instead(section, _placeholder(section.widget.height()))
        section.built = False

    def _renew_section(self, key: str) -> None:
        """The group of section `key` changed: built again if it is built, else its
        placeholder as tall as the group is now estimated to be."""
        section = self._sections[key]
        self._heights.pop(key, None)
        section.prefixes = self._prefixes(key)
        if section.built:
            self._forget(*section.prefixes)
            self._build_section(section)
        else:
            section.widget.setFixedHeight(self._estimate(key))

    def _show_instead(self, section: Section, new: QWidget) -> None:
        old, section.widget = section.widget, new
        self.widget().layout().replaceWidget(old, new)
        old.hide()  # at once: the layout would show the new group on the next turn of
        new.show()  # the event loop, too late for a field in it to get the cursor
        old.deleteLater()

    def _settle(self) -> None:
        """Lay the groups out now, so that where each one is can be read."""
        body = self.widget()
        if body is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the groups'
            body.layout().activate()  # own layouts, then the column's

    def _fill_view(self) -> None:
        """Build the groups on screen or within half a screen of it, keeping what is on
        screen where it is; when more than EDITOR_BUDGET fields are built, drop the groups
        furthest away (not one with the cursor, nor a pinned one)."""
        if self._filling or not self._sections or self._waiting():
            return
        self._filling = True
        built = False
        try:
            for _ in range(MAX_FILL_ROUNDS):  # a built group may be shorter than estimated
                self._settle()
                top, bottom = shown_range(self)
                sections = list(self._sections.values())
                spans = [(s.widget.y(), s.widget.height()) for s in sections]
                wanted = [sections[i] for i in sorted(near(spans, top, bottom,
                                                          (bottom - top) / 2))]
                missing = [s for s in wanted if not s.built]
                if not missing:
                    break
                # What stays in place: a group on screen already built (its height is
                # known), else the first on screen; groups built above it push it down.
                shown = [s for s in wanted if s.widget.y() + s.widget.height() > top
                         and s.widget.y() < bottom] or wanted
                anchor = next((s for s in shown if s.built), shown[0])
                offset = top - anchor.widget.y()
                for section in missing:
                    self._build_section(section)
                built = True
                self._settle()
                self.verticalScrollBar().setValue(round(anchor.widget.y() + offset))
            self._drop_far(set(id(s) for s in wanted))
        finally:
            self._filling = False
        if built:
            self._groups_built()

    def _drop_far(self, near_view: set[int]) -> None:
        """Drop the built groups furthest from the view while more than EDITOR_BUDGET fields
        are built."""
        count = len(self.editors)
        if count <= EDITOR_BUDGET:
            return
        top, bottom = shown_range(self)
        middle = (top + bottom) / 2
        focused = self.window().focusWidget()  # also while another window is active
        built = sorted((s for s in self._sections.values() if s.built and id(s) not in near_view),
                       key=lambda s: -abs(s.widget.y() + s.widget.height() / 2 - middle))
        for section in built:
            if count <= EDITOR_BUDGET:
                break
            if (focused is not None and section.widget.isAncestorOf(focused)) \
                    or self._pinned(section):
                continue
            fields = sum(1 for field in self.editors if field.startswith(section.prefixes))
            self._drop_section(section)
            count -= fields

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fill_view()


def _tab_stops(group: QWidget) -> list[QWidget]:
    """The widgets in `group` that Tab stops at, in the order they were made (top to bottom,
    as the group's fields are made); not those in windows of their own (a drop-down's list)."""
    window = group.window()
    return [widget for widget in group.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.window() is window]


def _chain(after: QWidget, stops: list[QWidget]) -> None:
    """Put `stops` in the Tab order one after the other, right after `after`."""
    for stop in stops:
        QWidget.setTabOrder(after, stop)
        after = stop


def put_in_order(form: QFormLayout, widget: QWidget) -> None:
    """Put `widget`, a row just inserted into `form`, among the children of the form's
    widget where the row is: Qt appends a new widget's to the end, and the Tab stops and
    the order of reading follow the children's order."""
    row, _ = form.getWidgetPosition(widget)
    following = [item.widget() for below in range(row + 1, form.rowCount())
                 for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                              QFormLayout.ItemRole.SpanningRole)
                 if (item := form.itemAt(below, role)) is not None and item.widget() is not None]
    children = form.parentWidget().children()
    siblings = [w for w in following if w.parentWidget() is form.parentWidget()]
    if siblings:
        widget.stackUnder(min(siblings, key=children.index))
    else:
        widget.raise_()


def _placeholder(height: int) -> QWidget:
    """What stands in for a group not built: empty, as tall as the group."""
    widget = QWidget()
    widget.setFixedHeight(height)
    return widget
