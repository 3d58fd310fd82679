"""Two versions or editions of a factsheet side by side, as a reader would compare them:
figures old -> new with their change, texts that changed word by word, entries added or
removed, and any other field that differs. Qt-free; `infographic-app diff` prints it."""

from __future__ import annotations

import copy
import difflib
import re
from dataclasses import dataclass, field

from infographic_app.model.changes import Change, document_changes
from infographic_app.model.document import Document
from infographic_app.model.editions import (
    change_between,
    earlier_editions,
    edition_texts,
    previous_edition,
    show_change,
)
from infographic_app.model.figures import FormulaError
from infographic_app.model.references import replace_references

CONTEXT_WORDS = 4  # words shown either side of a changed passage


@dataclass(frozen=True)
class FigureChange:
    """A figure printed differently: `before` and `after` as readers see them ('299', '283');
    `change` the change as `{figure:change}` would print it ('-5%'; '' when there is none)."""

    figure_id: str
    label: str
    before: str
    after: str
    change: str
    renamed_from: str = ""  # the figure's id in the earlier file, when it was renamed


@dataclass(frozen=True)
class TextChange:
    """A text that changed: `pieces` are (kind, words) in order, kind '=' (same), '-'
    (removed) or '+' (added); `summary()` gives the changed passages with some context."""

    field: str
    pieces: tuple[tuple[str, str], ...]

    def passages(self) -> list[tuple[str, str]]:
        """The pieces with long unchanged stretches cut to CONTEXT_WORDS words either side of
        a change ('…' where words were left out): what a reader needs to see the change."""
        out: list[tuple[str, str]] = []
        for index, (kind, words) in enumerate(self.pieces):
            if kind != "=":
                out.append((kind, words))
                continue
            split = words.split()
            first, last = index == 0, index == len(self.pieces) - 1
            if len(split) <= 2 * CONTEXT_WORDS or (first or last) and \
                    len(split) <= CONTEXT_WORDS:
                out.append((kind, words))
                continue
            head = [] if first else split[:CONTEXT_WORDS]
            tail = [] if last else split[-CONTEXT_WORDS:]
            out.append((kind, " ".join([*head, "…", *tail])))
        return out

    def summary(self) -> str:
        """'… kwamen in [-2019-]{+2020+} voor het …', passages apart joined by ' … '."""
        marks = {"-": "[-{}-]", "+": "{{+{}+}}", "=": "{}"}
        return " ".join(marks[kind].format(words) for kind, words in self.passages())


@dataclass
class Comparison:
    """How two factsheets differ: the editions, figures printed differently, texts
    changed word by word, entries added or removed, and other changed fields."""
    before_edition: str | None
    after_edition: str | None
    figures: list[FigureChange] = field(default_factory=list)
    texts: list[TextChange] = field(default_factory=list)
    added: list[str] = field(default_factory=list)  # entries: 'figures.x', 'blocks.b.items.i'
    removed: list[str] = field(default_factory=list)
    other: list[Change] = field(default_factory=list)  # any other field, as in changes.py

    @property
    def same(self) -> bool:
        return self.before_edition == self.after_edition and not (
            self.figures or self.texts or self.added or self.removed or self.other)


def compare_documents(before: Document, after: Document) -> Comparison:
    """What differs from `before` to `after`, in the order of `after`."""
    result = Comparison(before.edition, after.edition)
    old_values, new_values = before.values(), after.values()
    renamed = renamed_figures(before, after)
    earlier_ids = {figure_id: figure_id for figure_id in after.figures
                   if figure_id in before.figures}
    earlier_ids.update({new: old for old, new in renamed.items()})
    for figure_id, figure in after.figures.items():
        old_id = earlier_ids.get(figure_id)
        if old_id is None:
            continue
        shown_before = before.show(old_id, old_values)
        shown_after = after.show(figure_id, new_values)
        if shown_before == shown_after and old_id == figure_id:
            continue
        try:
            delta = change_between(figure, old_values.shown(old_id),
                                   new_values.shown(figure_id)) \
                if before.figures[old_id].type == figure.type else None
        except FormulaError:
            delta = None
        result.figures.append(FigureChange(
            figure_id, figure.label, shown_before, shown_after,
            show_change(delta, after.locale) if delta is not None else "",
            old_id if old_id != figure_id else ""))
    old_entries, new_entries = _entries(before), _entries(after)
    moved = {f"figures.{old}" for old in renamed} | {f"figures.{new}" for new in
                                                     renamed.values()}
    result.added = [e for e in new_entries if e not in old_entries and e not in moved]
    result.removed = [e for e in old_entries if e not in new_entries and e not in moved]
    old_texts = {name: _with_new_ids(text, renamed)
                 for name, _, text in edition_texts(before)}  # a rename is no text change
    texts = set()
    for name, _, text in edition_texts(after):
        texts.add(name)
        if name in old_texts and old_texts[name] != text:
            result.texts.append(TextChange(name, _word_diff(old_texts[name], text)))
    entries = [*result.added, *result.removed, *moved]
    for change in document_changes(before, after):
        name = change.field
        parts = name.split(".")
        if name == "edition" or name in texts or name in old_texts or \
                any(name == e or name.startswith(e + ".") for e in entries):
            continue
        if parts[0] == "figures" and len(parts) >= 3 and parts[2] in (
                "value", "history", "updated", "published_decimals"):
            continue  # shown as the figure's change, or bookkeeping of editions
        if renamed.get(change.before) == change.after or isinstance(change.before, str) \
                and _with_new_ids(change.before, renamed) == change.after:
            continue  # a chart, rule, tile or formula that follows a renamed figure
        result.other.append(change)
    return result


def renamed_figures(before: Document, after: Document) -> dict[str, str]:
    """Figures renamed from `before` to `after` (old id: new id): of the figures only in
    `before` and those only in `after`, the pairs that are the one figure of that label on
    each side (labels compared without regard to case and spaces around them), or else the
    one figure on each side with that earlier-editions history (not empty)."""
    gone = [f for f in before.figures if f not in after.figures]
    new = [f for f in after.figures if f not in before.figures]
    pairs: dict[str, str] = {}
    keys = (lambda figure: figure.label.strip().casefold() or None,
            lambda figure: tuple(sorted(figure.history.items())) or None)
    for key in keys:
        olds = _unique_by(key, [before.figures[f] for f in gone if f not in pairs])
        news = _unique_by(key, [after.figures[f] for f in new if f not in pairs.values()])
        pairs.update({olds[k].id: news[k].id for k in olds.keys() & news.keys()})
    return pairs


def _with_new_ids(text: str, renamed: dict[str, str]) -> str:
    """`text` with its references to renamed figures (old id: new id) written with their
    new ids."""
    for old, new in renamed.items():
        text = replace_references(text, old, lambda reference, *_, n=new: reference.renamed(n))
    return text


def _unique_by(key, figures: list) -> dict:
    """The figures by `key` (figure -> a hashable or None), only keys exactly one has."""
    found: dict = {}
    for figure in figures:
        value = key(figure)
        if value is not None:
            found[value] = figure if value not in found else None
    return {value: figure for value, figure in found.items() if figure is not None}


def as_previous_edition(document: Document) -> Document | None:
    """The document as its previous edition printed its figures: each typed figure holding
    its value of that edition (none where it has none), derived figures computed from those,
    every figure with the decimals it was published with then, the edition and the figures'
    histories set back. Texts are not kept per edition, so they
    are the current ones. None for a first edition (no figure has a history)."""
    edition = previous_edition(document)
    if edition is None:
        return None
    old = copy.deepcopy(document, {id(document.source): None})
    old.path = None
    old.edition = edition
    earlier = earlier_editions(document)
    kept = set(earlier[:earlier.index(edition)])
    for figure in old.figures.values():
        if not figure.derived:
            figure.value = figure.history.get(edition)
        figure.decimals = figure.decimals_in(edition)
        figure.history = {k: v for k, v in figure.history.items() if k in kept}
        figure.published_decimals = {k: v for k, v in figure.published_decimals.items()
                                     if k in kept}
        figure.updated = True
    return old


def _entries(document: Document) -> list[str]:
    """The named entries: figures, rules, blocks and the entries of their lists."""
    names = [f"figures.{fid}" for fid in document.figures]
    names += [f"rules.{rule.id}" for rule in document.rules]
    for block in document.blocks():
        names.append(f"blocks.{block.id}")
        for key, value in block.fields.items():
            if isinstance(value, list):
                names += [f"blocks.{block.id}.{key}.{item['id']}" for item in value
                          if isinstance(item, dict) and "id" in item]
    return names


_WORD = re.compile(r"\S+")


def _word_diff(before: str, after: str) -> tuple[tuple[str, str], ...]:
    old, new = _WORD.findall(before), _WORD.findall(after)
    pieces: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(("=", " ".join(old[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(("-", " ".join(old[i1:i2])))
        if j2 > j1:
            pieces.append(("+", " ".join(new[j1:j2])))
    return tuple(pieces)
