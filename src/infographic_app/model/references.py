"""Figure references in texts: `{figure_id}` shows the figure with its unit ('92,9%'),
`{figure_id:number}` without it ('92,9'), `{figure_id:change}` its change since the previous
edition ('+14%'), `{figure_id:previous}` its value then ('250') and `{figure_id:words}` the
figure in words ('ruim negen van de tien', model/figure_words.py). The one place that reads
them, and that answers where a figure is used (references_to)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from infographic_app.model.addressing import DocumentPath, Field, block_fields, fields_in
from infographic_app.model.blocks import BLOCK_KINDS
from infographic_app.model.figures import FormulaError, formula_names
from infographic_app.model.markup import LANGUAGE

if TYPE_CHECKING:
    from infographic_app.model.document import Document

# A `{...}` right after a closing * is the language tag of the markup (`*first disclosure*{en}`,
# model/markup.py), not a reference.
REFERENCE = re.compile(r"\{(?!(?<=\*\{)" + LANGUAGE + r"\})([^{}]*)\}")
WORDS_FORM = "words"  # '{figure_id:words}': the figure in words (model/figure_words.py)
# The forms a reference may take after its figure id, `{x:form}`: every reader and writer of
# references goes by this one tuple.
FORMS = ("number", "change", "previous", WORDS_FORM)
_BODY = re.compile(r"^([A-Za-z][A-Za-z0-9_]*)(?::(" + "|".join(FORMS) + r"))?$")


@dataclass(frozen=True)
class Reference:
    """One `{...}` in a text: `written` as typed (braces included); `figure_id` is None when
    what is inside the braces is not a figure id at all ('{2019}', '{}')."""

    written: str
    figure_id: str | None
    # '' for the figure itself, else one of FORMS: 'number', 'change' (against the previous
    # edition: '+14%'), 'previous' (its value in the previous edition) or 'words' ('ruim
    # negen van de tien').
    form: str = ""

    @property
    def number_only(self) -> bool:
        """Whether it shows the figure's number without its unit (`{x:number}`)."""
        return self.form == "number"

    def renamed(self, figure_id: str) -> str:
        """The reference as written for the figure `figure_id`, in the same form:
        '{x:change}'.renamed('y') -> '{y:change}'."""
        return "{" + figure_id + (f":{self.form}" if self.form else "") + "}"


def read_reference(match: re.Match) -> Reference:
    """The reference a REFERENCE match stands for."""
    body = _BODY.match(match.group(1).strip())
    if body is None:
        return Reference(match.group(0), None)
    return Reference(match.group(0), body.group(1), body.group(2) or "")


def references_in(text: str) -> list[Reference]:
    """Every `{...}` in `text`, in order; a lone brace is plain text, not a reference."""
    return [read_reference(match) for match in REFERENCE.finditer(text)]


def replace_references(text: str, figure_id: str,
                       replacement: Callable[[Reference, str, int], str]) -> str:
    """`text` with each reference to `figure_id`, in any form, replaced by what
    `replacement(reference, text, start)` returns (`start`: where it is in `text`);
    everything else (other references, lone braces) as written. The one place that writes
    references."""
    def replace(match: re.Match) -> str:
        reference = read_reference(match)
        return replacement(reference, text, match.start()) \
            if reference.figure_id == figure_id else match.group(0)

    return REFERENCE.sub(replace, text)


def rich_texts(document: Document) -> Iterator[tuple[str, tuple, str]]:
    """Every text that may hold references: (field name as the checks name it, e.g.
    'blocks.intro.text'; its path in the file, for the line; the text)."""
    for field in block_fields(document):
        if field.spec.kind == "rich" and isinstance(field.value, str):
            yield field.id, field.path, field.value


IN_TEXT, AS_FIELD, IN_FORMULA = "reference", "field", "formula"


@dataclass(frozen=True)
class FigureUse:
    """One place where a document uses a figure: what has to change when the figure is
    renamed, and what stops it from being removed.

    `how` is one of:
    - IN_TEXT ("reference"): a text holds `written`, '{x}' or '{x:number}'. Every text field
      counts (headings too), not only the rich texts the checks read;
    - AS_FIELD ("field"): a field holds the figure id itself: a tile's `figure`, an icon
      array's `part`, `whole` or `headline`, an entry of a chart's `figures`, a rule's
      `part`, `parts` entry or `whole`;
    - IN_FORMULA ("formula"): a derived figure's formula names it.
    """

    figure_id: str
    field: str  # element id of the field: 'blocks.intro.text', 'rules.minors.whole',
    #             'blocks.themes.themes.networks.visual.figures', 'figures.share.formula'
    path: DocumentPath  # in the file; an entry of a list has its index: (..., 'figures', 2)
    line: int | None  # 1-based file line (of the reference itself in a long text); None
    #                   when the document was not read from a file
    how: str
    written: str = ""  # the reference as typed for IN_TEXT; the formula for IN_FORMULA

    @property
    def place(self) -> str:
        """What kind of place it is, as the editor names it: 'text', 'formula', 'rule' (a
        rule's part, parts or whole), 'chart' (an entry of a chart's list of figures) or
        'figure' (a field holding this one figure: a tile's, an icon array's)."""
        if self.how != AS_FIELD:
            return {IN_TEXT: "text", IN_FORMULA: "formula"}[self.how]
        if self.field.startswith("rules."):
            return "rule"
        return "chart" if isinstance(self.path[-1], int) else "figure"


def references_to(document: Document, figure_id: str) -> tuple[FigureUse, ...]:
    """Every place `figure_id` is used (see FigureUse): in formulas of derived figures, in
    rules, then on the pages in reading order. Empty when nothing uses it."""
    return tuple(use for use in figure_uses(document) if use.figure_id == figure_id)


def uses_of(document: Document, figure_id: str) -> tuple[FigureUse, ...]:
    """The places `figure_id` is used, once per field (the first use in it), in the order of
    the file: texts, tiles and charts of the blocks, rules, formulas of other figures."""
    return uses_by_figure(document).get(figure_id, ())


def uses_by_figure(document: Document) -> dict[str, tuple[FigureUse, ...]]:
    """uses_of for every figure id the document uses, from one walk of the document."""
    found: dict[str, dict[str, FigureUse]] = {}
    for use in figure_uses(document):
        if use.how == IN_FORMULA and use.field == f"figures.{use.figure_id}.formula":
            continue  # a formula naming its own figure is an error, not a use
        found.setdefault(use.figure_id, {}).setdefault(use.field, use)
    order = ("blocks", "rules", "figures")
    return {figure_id: tuple(sorted(uses.values(),
                                    key=lambda use: order.index(use.field.split(".")[0])))
            for figure_id, uses in found.items()}


def figure_uses(document: Document) -> Iterator[FigureUse]:
    """Every use of every figure id in the document, also of ids that name no figure."""
    from infographic_app.model.document import RULE_KINDS  # document.py imports this module

    for figure in document.figures.values():
        if figure.formula is not None:
            path = ("figures", figure.id, "formula")
            for name in dict.fromkeys(_formula_names(figure.formula)):
                yield FigureUse(name, f"figures.{figure.id}.formula", path,
                                document.line_of(path), IN_FORMULA, figure.formula)
    for index, rule in enumerate(document.rules):
        for key in RULE_KINDS[rule.kind]:
            path = ("rules", index, key)
            named = [(name, (*path, place)) for place, name in enumerate(rule.parts)] \
                if key == "parts" else [(rule.parts[0] if key == "part" else rule.whole, path)]
            for figure_id, where in named:
                yield FigureUse(figure_id, f"rules.{rule.id}.{key}", where,
                                document.line_of(where), AS_FIELD)
    yield from block_figure_uses(document)


def block_figure_uses(document: Document) -> Iterator[FigureUse]:
    """The uses of figure ids in the fields of the document's blocks, in reading order (the
    last part of figure_uses: what the pages print), also of ids that name no figure."""
    for field in block_fields(document):
        for figure_id, where, written in _named_in(field):
            line = document.source.line_of_text(where, written) if written and document.source \
                else document.line_of(where)
            yield FigureUse(figure_id, field.id, where, line, IN_TEXT if written else AS_FIELD,
                            written)


def figures_in(fields: dict) -> list[str]:
    """The ids of the figures a block's fields use (in texts, figure fields and charts),
    each once, in file order; also ids that name no figure. Any field that some block kind
    declares is read, so the block's kind is not needed."""
    return list(dict.fromkeys(figure_id for field in fields_in(fields, _ANY_BLOCK_FIELDS)
                              for figure_id, _, _ in _named_in(field)))


# Every field a block kind declares, by name; a name declared twice ('text') kept once, as
# the kind that counts for figures either way (a text of any kind may hold references).
_ANY_BLOCK_FIELDS = tuple({spec.name: spec for kind in reversed(BLOCK_KINDS.values())
                          for spec in kind.fields}.values())


def _named_in(field: Field) -> Iterator[tuple[str, DocumentPath, str]]:
    """(figure id, path, reference as written or '') for each figure `field` names."""
    kind, value = field.spec.kind, field.value
    if kind in ("text", "rich") and isinstance(value, str):
        for reference in references_in(value):
            if reference.figure_id:
                yield reference.figure_id, field.path, reference.written
    elif kind == "figure" and isinstance(value, str):
        yield value, field.path, ""
    elif kind == "figures" and isinstance(value, list):
        for place, name in enumerate(value):
            if isinstance(name, str):
                yield name, (*field.path, place), ""


def _formula_names(formula: str) -> list[str]:
    try:
        return formula_names(formula)
    except FormulaError:
        return []


def figures_depending_on(document: Document, figure_id: str) -> set[str]:
    """`figure_id` and every figure whose printed value may change with it: derived figures
    whose formulas use it, also through other formulas, and the shares rounded together
    with it (the parts of a rule with `rounding: largest_remainder`)."""
    users: dict[str, set[str]] = {}
    for figure in document.figures.values():
        if figure.formula is not None:
            for name in _formula_names(figure.formula):
                users.setdefault(name, set()).add(figure.id)
    for rule in document.rules:
        if rule.rounding is not None:
            for part in rule.parts:
                users.setdefault(part, set()).update(rule.parts)
    found, todo = {figure_id}, [figure_id]
    while todo:
        for user in users.get(todo.pop(), ()):
            if user not in found:
                found.add(user)
                todo.append(user)
    return found


def figures_computed_from(document: Document, figure_ids: Iterable[str]) -> set[str]:
    """The figures whose own fields the values of `figure_ids` are computed from (the other
    way round from figures_depending_on): themselves, the figures their formulas name, also
    through other formulas, and the shares rounded together with any of them (the parts of
    a rule with a `rounding`); also ids that name no figure."""
    together: dict[str, list[str]] = {}
    for rule in document.rules:
        if rule.rounding is not None:
            for part in rule.parts:
                together.setdefault(part, []).extend(rule.parts)
    found, todo = set(figure_ids), list(figure_ids)
    while todo:
        figure_id = todo.pop()
        figure = document.figures.get(figure_id)
        named = _formula_names(figure.formula) if figure and figure.formula is not None else []
        for other in [*named, *together.get(figure_id, ())]:
            if other not in found:
                found.add(other)
                todo.append(other)
    return found
