"""Reading a factsheet file: YAML into a validated Document, every problem with file, line
and field."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from infographic_app.model.blocks import BLOCK_KINDS, VISUAL_KINDS, Block, FieldSpec, Page
from infographic_app.model.disclosure import UNITS, DisclosurePolicy
from infographic_app.model.document import (
    ID_PATTERN,
    METADATA_FIELDS,
    RULE_KINDS,
    RULE_ROUNDING,
    SCHEMA_VERSION,
    Document,
    Rule,
)
from infographic_app.model.editions import edition_label
from infographic_app.model.estimates import DEFAULT_STYLE, ESTIMATE_STYLES
from infographic_app.model.figures import (
    FIGURE_TYPES,
    WHOLE_NUMBER_TYPES,
    Figure,
    FormulaError,
    article,
    formula_names,
    value_problem,
)
from infographic_app.model.messages import say
from infographic_app.model.migrations import OLDEST_VERSION, migrate
from infographic_app.model.numbers import FIGURE_LIMIT, LOCALES, MAX_FIGURE_DIGITS, ROUNDING
from infographic_app.model.problems import InputError, Problem, quote_value
from infographic_app.model.storage import (
    MAX_TEXT_CHARS,
    SourceMap,
    is_number,
    parse_yaml,
    read_yaml,
)
from infographic_app.model.typed_numbers import PLAIN, thousands_reading, writing_problem

# Entries in one list of a block (tiles, themes, list items, a chart's figures): a factsheet's
# lists hold a few dozen at most; one of this many is laid out and checked in a few seconds.
MAX_LIST_ITEMS = 1000


def load_document(path: Path) -> Document:
    """Read and validate a factsheet; InputError lists every problem with file, line and field."""
    data, source = read_yaml(Path(path))
    document = _DocumentReader(source).read(data)
    document.path = Path(path)
    return document


def load_text(text: str, path: Path) -> Document:
    """A factsheet from its YAML `text` (a recovery copy's start), validated as
    `load_document` does; problems name `path`. The document has no file (path None)."""
    source = SourceMap(str(path))
    return _DocumentReader(source).read(parse_yaml(text, source))


def _digits(typed: str) -> int:
    """The number of digits of a value written plainly ('-17.75': 4); 0 for any other text."""
    return sum(ch.isdigit() for ch in typed) if PLAIN.fullmatch(typed) else 0


def _child(value: Any, *keys: str | int) -> Any:
    """value[key][key]... or None where the data has no such entry."""
    for key in keys:
        found = (isinstance(value, dict) and key in value) or (
            isinstance(value, list) and isinstance(key, int) and 0 <= key < len(value))
        if not found:
            return None
        value = value[key]
    return value


class _DocumentReader:
    def __init__(self, source: SourceMap):
        self.source = source
        self.problems: list[Problem] = []
        self.figure_ids: set[str] = set()  # every figure given, also those with a problem

    def problem(self, path: tuple, message: str, line: int | None = None) -> None:
        self.problems.append(self.source.problem(path, self.field_name(path), message, line))

    def field_name(self, path: tuple) -> str:
        """Entries named by their ids, as the scene and the checks name them:
        ('pages', 0, 'blocks', 2, 'tiles', 1, 'text') is 'blocks.key_figures.tiles.victims.text'."""
        value: Any = self.data
        page = _child(value, "pages", path[1]) if path[:1] == ("pages",) and len(path) > 3 else None
        if path[2:3] == ("blocks",) and isinstance(page, dict):
            value, path = {"blocks": page.get("blocks")}, ("blocks", *path[3:])
        names = []
        for part in path:
            child = _child(value, part)
            named = isinstance(part, int) and isinstance(child, dict) and \
                isinstance(child.get("id"), str)
            names.append(child["id"] if named else str(part))
            value = child
        return ".".join(names)

    def read(self, data: dict) -> Document:
        self.data = data
        for path in self.source.long_texts:
            self.problem(path, say("text_too_long", limit=MAX_TEXT_CHARS))
        if self.problems:
            raise InputError(self.problems)
        self._check_keys(data, (), ("schema_version", "edition", "intended_year_mentions",
                                    "locale", "theme", "metadata", "disclosure", "estimate_style",
                                    "figures", "rules", "pages", "word_list"),
                         required=("schema_version", "figures", "pages"))
        version = data.get("schema_version")
        if "schema_version" in data and (not is_number(version) or version not in range(
                OLDEST_VERSION, SCHEMA_VERSION + 1)):
            newer = say("schema_newer") if is_number(version) and version > SCHEMA_VERSION \
                else ""
            self.problem(("schema_version",),
                         say("schema_unknown", oldest=OLDEST_VERSION, newest=SCHEMA_VERSION,
                             typed=self._typed(version, ("schema_version",)), newer=newer))
            raise InputError(self.problems)
        migrated_from = version if version != SCHEMA_VERSION and version is not None else None
        if migrated_from is not None:
            data = self.data = migrate(data)
        edition = self._edition(data)
        intended = self._intended(data)
        word_list = self._word_list(data)
        locale = data.get("locale", "nl-NL")
        if not isinstance(locale, str) or locale not in LOCALES:
            self.problem(("locale",), say("unknown_choice", what=say("what_locale"),
                                          typed=quote_value(locale), choices=", ".join(LOCALES)))
            locale = "nl-NL"
        theme = self._text(data, (), "theme", required=False) or None
        metadata = self._metadata(data.get("metadata", {}))
        disclosure = self._disclosure(data.get("disclosure"))
        estimate_style = self._choice(data, (), "estimate_style", ESTIMATE_STYLES,
                                      "what_estimate_style") if "estimate_style" in data else None
        figures = self._figures(data.get("figures", {}))
        rules = self._rules(data.get("rules", []), figures)
        pages = self._pages(data.get("pages", []), figures)
        if self.problems:
            raise InputError(self.problems)
        document = Document(locale=locale, metadata=metadata, figures=figures, rules=rules,
                            pages=pages, theme=theme, source=self.source,
                            key_order=tuple(data), edition=edition,
                            intended_year_mentions=intended, migrated_from=migrated_from,
                            disclosure=disclosure, word_list=word_list,
                            estimate_style=estimate_style or DEFAULT_STYLE)
        for figure in figures.values():
            if document.edition is not None and document.edition in figure.history:
                self.problem(("figures", figure.id, "history", document.edition),
                             say("history_own_edition", edition=document.edition))
        self._check_formulas(document)
        if self.problems:
            raise InputError(self.problems)
        return document

    # --- editions (schema version 2)

    def _edition(self, data: dict) -> str | None:
        if data.get("edition") is None:
            return None
        label = edition_label(data["edition"])
        if label is None:
            self.problem(("edition",), say("edition_invalid",
                                          typed=self._typed(data["edition"], ("edition",))))
        return label

    def _intended(self, data: dict) -> list[str]:
        value = data.get("intended_year_mentions")
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(("intended_year_mentions",),
                         say("expected_text_fields"))
            return []
        return list(value)

    def _word_list(self, data: dict) -> list[str]:
        """The words the spelling check accepts in this factsheet (optional)."""
        value = data.get("word_list")
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(("word_list",), say("expected_word_list"))
            return []
        return list(value)

    def _history(self, figure: Figure, spec: dict, path: tuple) -> None:
        """A typed figure's values in earlier editions ({2019: 299}) and its `updated` mark."""
        if "history" in spec:
            history = spec["history"]
            where = (*path, "history")
            if figure.derived:
                self.problem(where, say("history_of_formula"))
            elif not isinstance(history, dict):
                self.problem(where, say("expected_history"))
            else:
                for key, value in history.items():
                    label = edition_label(int(key) if key.isdigit() else key)
                    if label is None:
                        self.problem((*where, key), say("not_an_edition", key=quote_value(key)))
                        continue
                    typed = self._figure_value(value, figure.type, (*where, key))
                    if typed is not None:
                        figure.history[label] = typed
        if "updated" in spec:
            updated = spec["updated"]
            if figure.derived:
                self.problem((*path, "updated"), say("updated_of_formula"))
            elif not isinstance(updated, bool):
                self.problem((*path, "updated"), say("must_be_bool", typed=self._typed(
                    updated, (*path, "updated"))))
            else:
                figure.updated = updated

    def _published_decimals(self, figure: Figure, spec: Any, where: tuple) -> None:
        """The decimals the figure was printed with in earlier editions ({2019: 1})."""
        if not isinstance(spec, dict):
            self.problem(where, say("expected_published_decimals"))
            return
        for key, decimals in spec.items():
            label = edition_label(int(key) if str(key).isdigit() else key)
            if label is None:
                self.problem((*where, key), say("not_an_edition", key=quote_value(key)))
            elif not is_number(decimals) or decimals not in (0, 1, 2, 3):
                typed = self._typed(decimals, (*where, key))
                self.problem((*where, key), say("decimals_range", typed=typed))
            else:
                figure.published_decimals[label] = int(decimals)

    # --- generic checks

    def _check_keys(self, data: Any, path: tuple, allowed: tuple, required: tuple = ()) -> bool:
        if not isinstance(data, dict):
            self.problem(path, say("expected_fields"))
            return False
        for key in data:
            if key not in allowed:
                hint = difflib.get_close_matches(key, allowed, n=1)
                also = say("did_you_mean", name=hint[0]) if hint else \
                    say("known_fields", names=", ".join(allowed))
                self.problem((*path, key), say("unknown_field", key=quote_value(key)) + also)
        for key in required:
            if key not in data:
                self.problem((*path, key), say("field_missing"))
        return True

    def _text(self, data: dict, path: tuple, key: str, required: bool = True) -> str:
        if key not in data or data[key] is None:
            if required:
                self.problem((*path, key), say("field_missing"))
            return ""
        value = data[key]
        if not isinstance(value, str):
            self.problem((*path, key), say("must_be_text", typed=self._typed(value, (*path, key))))
            return ""
        return value

    def _choice(self, data: dict, path: tuple, key: str, choices: Any, what: str) -> str | None:
        """The value of `key` if it is one of `choices`; a missing or unknown one is reported."""
        value = data.get(key)
        if value is None:
            self.problem((*path, key), say("field_missing"))
            return None
        if not isinstance(value, str) or value not in choices:
            self.problem((*path, key), say("unknown_choice", what=say(what),
                                           typed=self._typed(value, (*path, key)),
                                           choices=", ".join(choices)))
            return None
        return value

    def _id(self, value: Any, path: tuple, seen: set[str], what: str) -> str:
        if value is None:
            self.problem(path, say("field_missing"))
            return ""
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            self.problem(path, say("id_invalid", what=say(what), typed=self._typed(value, path)))
            return ""
        if value in seen:
            self.problem(path, say("id_twice", what=say(what), typed=quote_value(value)))
        seen.add(value)
        return value

    def _figure_ref(self, value: Any, path: tuple, figures: dict[str, Figure]) -> str:
        if isinstance(value, str) and value in self.figure_ids and value not in figures:
            return ""  # the figure is there, with a problem of its own that is reported
        if not isinstance(value, str) or value not in figures:
            hint = difflib.get_close_matches(str(value), figures, n=1)
            also = say("did_you_mean", name=hint[0]) if hint else ""
            self.problem(path, say("no_such_figure", name=quote_value(value)) + also)
            return ""
        return value

    # --- sections

    def _metadata(self, data: Any) -> dict[str, str]:
        if not self._check_keys(data, ("metadata",), METADATA_FIELDS):
            return {}
        return {key: self._text(data, ("metadata",), key, required=False) for key in data
                if key in METADATA_FIELDS}

    def _disclosure(self, data: Any) -> DisclosurePolicy:
        """The disclosure policy (model/disclosure.py); the defaults without one."""
        policy = DisclosurePolicy()
        if data is None or not self._check_keys(data, ("disclosure",), ("min_count",
                                                                         "min_base")):
            return policy
        policy.key_order = tuple(data)
        for key in ("min_count", "min_base"):
            if key not in data:
                continue
            value = data[key]
            if not is_number(value) or value != int(value) or not 1 <= value <= 10_000:
                self.problem(("disclosure", key), say(
                    "disclosure_limit", typed=self._typed(value, ("disclosure", key))))
            else:
                setattr(policy, key, int(value))
        return policy

    def _disclosure_fields(self, figure: Figure, spec: dict, path: tuple) -> None:
        """A figure's unit, base, suppressed and disclosure_reason."""
        if "unit" in spec:
            figure.unit = self._choice(spec, path, "unit", UNITS, "what_unit") or ""
        if "base" in spec:
            base = spec["base"]
            if isinstance(base, str) and base in self.figure_ids:
                figure.base = base
            elif isinstance(base, str):
                self.problem((*path, "base"), say("no_such_figure", name=quote_value(base)))
            elif not is_number(base) or base < 1 or base != int(base):
                self.problem((*path, "base"), say("disclosure_base",
                                                  typed=self._typed(base, (*path, "base"))))
            else:
                figure.base = int(base)
        if "suppressed" in spec:
            if not isinstance(spec["suppressed"], bool):
                self.problem((*path, "suppressed"), say(
                    "must_be_bool", typed=self._typed(spec["suppressed"], (*path, "suppressed"))))
            else:
                figure.suppressed = spec["suppressed"]
        figure.disclosure_reason = self._text(spec, path, "disclosure_reason", required=False)

    def _estimate_range(self, figure: Figure, spec: dict, path: tuple) -> None:
        """A typed estimate's range (`low`, `high`): both or neither, low <= value <= high."""
        given = [key for key in ("low", "high") if key in spec]
        if not given:
            return
        if figure.type != "estimate" or figure.derived:
            self.problem((*path, given[0]), say("range_typed_estimate_only"))
            return
        if len(given) == 1:
            missing = "high" if given == ["low"] else "low"
            self.problem((*path, given[0]), say("range_needs_both", missing=missing))
            return
        low = self._figure_value(spec["low"], figure.type, (*path, "low"))
        high = self._figure_value(spec["high"], figure.type, (*path, "high"))
        if low is None or high is None or figure.value is None:
            return
        if not low <= figure.value <= high:
            self.problem((*path, "low"), say("range_must_hold_value", low=f"{low:g}",
                                             high=f"{high:g}", value=f"{figure.value:g}"))
            return
        figure.low, figure.high = low, high

    def _figures(self, data: Any) -> dict[str, Figure]:
        figures: dict[str, Figure] = {}
        if not isinstance(data, dict):
            self.problem(("figures",), say("expected_figures"))
            return figures
        self.figure_ids = set(data)
        for figure_id, spec in data.items():
            path = ("figures", figure_id)
            self._id(figure_id, path, set(), "what_figure")
            figure = self._figure(figure_id, spec, path)
            if figure:
                figures[figure_id] = figure
        return figures

    def _figure(self, figure_id: str, spec: Any, path: tuple) -> Figure | None:
        allowed = ("type", "value", "formula", "decimals", "rounding", "label", "source", "note",
                   "history", "updated", "published_decimals", "colour", "unit", "base",
                   "suppressed", "disclosure_reason", "low", "high")
        if not self._check_keys(spec, path, allowed):
            return None
        kind = self._choice(spec, path, "type", FIGURE_TYPES, "what_figure_type")
        if kind is None:
            return None
        figure = Figure(id=figure_id, type=kind, label=self._text(spec, path, "label"),
                        source=self._text(spec, path, "source", required=False),
                        note=self._text(spec, path, "note", required=False),
                        key_order=tuple(spec))
        if "formula" in spec:
            if "value" in spec:
                self.problem((*path, "value"), say("value_and_formula"))
            formula = spec["formula"]
            if not isinstance(formula, str):
                self.problem((*path, "formula"), say("formula_not_text"))
            else:
                figure.formula = formula
                try:
                    formula_names(formula)
                except FormulaError as exc:
                    self.problem((*path, "formula"), str(exc))
        elif "value" not in spec:
            self.problem((*path, "value"), say("value_missing"))
        else:
            figure.value = self._figure_value(spec["value"], kind, (*path, "value"))
        if "decimals" in spec:
            decimals = spec["decimals"]
            if not is_number(decimals) or decimals not in (0, 1, 2, 3):
                typed = self._typed(decimals, (*path, "decimals"))
                self.problem((*path, "decimals"), say("decimals_range", typed=typed))
            elif kind in WHOLE_NUMBER_TYPES and decimals:
                self.problem((*path, "decimals"), say("whole_number_decimals",
                                                      article=article(kind), kind=kind))
            else:
                figure.decimals = decimals
        if "rounding" in spec:
            if not isinstance(spec["rounding"], str) or spec["rounding"] not in ROUNDING:
                typed = self._typed(spec["rounding"], (*path, "rounding"))
                self.problem((*path, "rounding"), say("use_one_of", choices=", ".join(ROUNDING),
                                                      typed=typed))
            else:
                figure.rounding = spec["rounding"]
        if "colour" in spec:
            colour = spec["colour"]
            if isinstance(colour, bool) or not isinstance(colour, int) or not 1 <= colour <= 99:
                self.problem((*path, "colour"), say("colour_number", typed=self._typed(
                    colour, (*path, "colour"))))
            else:
                figure.colour = int(colour)
        self._history(figure, spec, path)
        self._disclosure_fields(figure, spec, path)
        self._estimate_range(figure, spec, path)
        if "published_decimals" in spec:
            self._published_decimals(figure, spec["published_decimals"],
                                     (*path, "published_decimals"))
        return figure

    def _typed(self, value: Any, path: tuple) -> str:
        """The value at `path` in quotes as the file writes it ('010', not YAML's 8)."""
        typed = self.source.typed(path)
        return quote_value(value if typed is None else typed)

    def _figure_value(self, value: Any, kind: str, path: tuple) -> float | None:
        """The typed value if it is a number of type `kind` written plainly; else None, with
        the problem (quoting the value as typed) reported."""
        typed = self.source.typed(path) or ""
        thousands = thousands_reading(typed)
        if value is None:
            problem = say("value_empty")
        elif (digits := _digits(typed)) > MAX_FIGURE_DIGITS:
            problem = say("value_too_many_digits", typed=self._typed(value, path),
                          digits=digits, limit=MAX_FIGURE_DIGITS)
        elif written := writing_problem(typed):
            problem = written
        elif not is_number(value):
            problem = say("value_not_number", typed=self._typed(value, path))
        elif kind in WHOLE_NUMBER_TYPES and thousands:
            problem = say("value_thousands_point", article=article(kind), kind=kind,
                          typed=self._typed(value, path), thousands=thousands)
        elif wrong := value_problem(kind, value):
            problem = f"{wrong}, not {self._typed(value, path)}"
        else:
            return int(value) if kind in WHOLE_NUMBER_TYPES else value
        self.problem(path, problem)
        return None

    def _rules(self, data: Any, figures: dict[str, Figure]) -> list[Rule]:
        rules: list[Rule] = []
        if not isinstance(data, list):
            self.problem(("rules",), say("expected_rules"))
            return rules
        seen: set[str] = set()
        rounded: dict[str, str] = {}  # figure id: the rule that rounds it as a set
        for index, spec in enumerate(data):
            path = ("rules", index)
            if not self._check_keys(spec, path, ("id", "kind", "parts", "part", "whole",
                                                 "tolerance", "rounding")):
                continue
            rule_id = self._id(spec.get("id"), (*path, "id"), seen, "what_rule")
            path = ("rules", index)
            kind = self._choice(spec, path, "kind", RULE_KINDS, "what_rule_kind")
            if kind is None:
                continue
            for key in RULE_KINDS[kind]:
                if key not in spec:
                    self.problem((*path, key), say("rule_needs", kind=kind, key=key))
            parts = spec.get("parts", [spec["part"]] if "part" in spec else [])
            if not isinstance(parts, list) or not parts:
                self.problem((*path, "parts"), say("expected_figure_list"))
                continue
            parts = [self._figure_ref(p, (*path, "parts"), figures) for p in parts]
            whole = (self._figure_ref(spec["whole"], (*path, "whole"), figures)
                     if "whole" in spec else None)
            tolerance = spec.get("tolerance")
            written = writing_problem(self.source.typed((*path, "tolerance")) or "")
            if tolerance is not None and (written or not is_number(tolerance) or
                                          not 0 <= tolerance < FIGURE_LIMIT):
                self.problem((*path, "tolerance"), written or say(
                    "tolerance_invalid", typed=self._typed(tolerance, (*path, "tolerance"))))
            rounding = self._rule_rounding(spec, path, kind, parts, figures, rounded)
            rules.append(Rule(id=rule_id, kind=kind, parts=parts, whole=whole,
                              tolerance=tolerance, rounding=rounding, key_order=tuple(spec)))
            for part in parts if rounding else ():
                rounded.setdefault(part, rule_id)
        return rules

    def _rule_rounding(self, spec: dict, path: tuple, kind: str, parts: list[str],
                       figures: dict[str, Figure], rounded: dict[str, str]) -> str | None:
        """A valid `rounding` of a rule, or None (problems reported): a sum_to_100 rule may
        round its parts as one set when they show the same decimals and are rounded to the
        nearest, and each figure is rounded by one set at most."""
        if "rounding" not in spec:
            return None
        path, rounding = (*path, "rounding"), spec["rounding"]
        shares = [figures[p] for p in parts if p]
        decimals = {f.shown_decimals for f in shares}
        if kind != "sum_to_100":
            self.problem(path, say("rounding_not_sum_to_100"))
        elif rounding not in RULE_ROUNDING:
            self.problem(path, say("rule_rounding_invalid", choices=", ".join(RULE_ROUNDING),
                                   typed=self._typed(rounding, path)))
        elif len(decimals) > 1:
            shown = ", ".join(f"'{f.label or f.id}' {f.shown_decimals}" for f in shares)
            self.problem(path, say("rule_rounding_decimals", shown=shown))
        elif any(f.rounding != "nearest" for f in shares):
            figure = next(f for f in shares if f.rounding != "nearest")
            self.problem(path, say("rule_rounding_direction", label=figure.label or figure.id,
                                   rounding=figure.rounding))
        elif any(f.id in rounded for f in shares):
            figure = next(f for f in shares if f.id in rounded)
            self.problem(path, say("rule_rounding_twice", label=figure.label or figure.id,
                                   rule=rounded[figure.id]))
        else:
            return rounding
        return None

    def _pages(self, data: Any, figures: dict[str, Figure]) -> list[Page]:
        pages: list[Page] = []
        if not isinstance(data, list) or not data:
            self.problem(("pages",), say("expected_pages"))
            return pages
        page_ids: set[str] = set()
        block_ids: set[str] = set()
        for index, spec in enumerate(data):
            path = ("pages", index)
            if not self._check_keys(spec, path, ("id", "blocks"), required=("blocks",)):
                continue
            page = Page(id=self._id(spec.get("id"), (*path, "id"), page_ids, "what_page"))
            blocks = spec.get("blocks") or []
            if not isinstance(blocks, list):
                self.problem((*path, "blocks"), say("expected_blocks"))
                continue
            for b_index, block_spec in enumerate(blocks):
                block = self._block(block_spec, (*path, "blocks", b_index), block_ids, figures)
                if block:
                    page.blocks.append(block)
            pages.append(page)
        return pages

    def _block(self, spec: Any, path: tuple, seen: set[str],
               figures: dict[str, Figure]) -> Block | None:
        if not isinstance(spec, dict):
            self.problem(path, say("expected_block"))
            return None
        kind = self._choice(spec, path, "kind", BLOCK_KINDS, "what_block_kind")
        if kind is None:
            return None
        block_id = self._id(spec.get("id"), (*path, "id"), seen, "what_block")
        specs = BLOCK_KINDS[kind].fields
        self._check_keys(spec, path, ("id", "kind", *(s.name for s in specs)))
        self._fields(spec, path, specs, figures)
        fields = {key: value for key, value in spec.items() if key not in ("id", "kind")}
        return Block(id=block_id, kind=kind, fields=fields)

    def _fields(self, data: dict, path: tuple, specs: tuple[FieldSpec, ...],
                figures: dict[str, Figure]) -> None:
        for spec in specs:
            where = (*path, spec.name)
            if spec.name not in data or data[spec.name] is None:
                if spec.required:
                    self.problem(where, say("field_missing"))
                continue
            value = data[spec.name]
            if spec.kind in ("text", "rich", "url"):
                # References in a rich text are checked with the document (checks/references),
                # so a file with a mistyped one still opens, to be put right in the editor.
                self._text(data, path, spec.name)
            elif spec.kind == "figure":
                self._figure_ref(value, where, figures)
            elif spec.kind == "figures":
                if not isinstance(value, list) or not value:
                    self.problem(where, say("expected_figure_list"))
                elif len(value) > MAX_LIST_ITEMS:
                    self.problem(where, say("too_many_figures", count=len(value),
                                            limit=MAX_LIST_ITEMS))
                else:
                    for i, item in enumerate(value):
                        self._figure_ref(item, (*where, i), figures)
            elif spec.kind == "items":
                self._items(value, where, spec.items, figures)
            elif spec.kind == "visual":
                self._visual(value, where, figures)
            elif spec.kind == "choice" and value not in spec.choices:
                self.problem(where, say("expected_one_of", choices=", ".join(spec.choices)))

    def _items(self, value: Any, path: tuple, specs: tuple[FieldSpec, ...],
               figures: dict[str, Figure]) -> None:
        if not isinstance(value, list) or not value:
            self.problem(path, say("expected_entries"))
            return
        if len(value) > MAX_LIST_ITEMS:
            self.problem(path, say("too_many_entries", count=len(value), limit=MAX_LIST_ITEMS))
            return
        seen: set[str] = set()
        for index, item in enumerate(value):
            where = (*path, index)
            if self._check_keys(item, where, ("id", *(s.name for s in specs))):
                self._id(item.get("id"), (*where, "id"), seen, "what_entry")
                self._fields(item, where, specs, figures)

    def _visual(self, value: Any, path: tuple, figures: dict[str, Figure]) -> None:
        if not isinstance(value, dict):
            self.problem(path, say("expected_visual"))
            return
        kind = self._choice(value, path, "kind", VISUAL_KINDS, "what_visual_kind")
        if kind is None:
            return
        specs = VISUAL_KINDS[kind]
        self._check_keys(value, path, ("kind", *(s.name for s in specs)))
        self._fields(value, path, specs, figures)

    def _check_formulas(self, document: Document) -> None:
        values = document.values()
        for figure in document.figures.values():
            if not figure.derived:
                continue
            path = ("figures", figure.id, "formula")
            unknown = [n for n in formula_names(figure.formula) if n not in document.figures]
            if unknown:
                self.problem(path, say("no_such_figure", name=quote_value(unknown[0])))
                continue
            try:
                values[figure.id]
            except FormulaError as exc:
                self.problem(path, str(exc))
