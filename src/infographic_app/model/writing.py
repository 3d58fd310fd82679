"""Writing a factsheet file: a Document back into YAML, keys in the order the file had them;
into the text it was read from when that is known, so the user's comments stay."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from infographic_app.model.document import SCHEMA_VERSION, Document, Rule
from infographic_app.model.editions import carried_over, previous_edition, written_label
from infographic_app.model.estimates import DEFAULT_STYLE
from infographic_app.model.figures import DEFAULT_DECIMALS, Figure
from infographic_app.model.storage import atomic_write, dump_yaml


def save_document(document: Document, path: Path, original: str | None = None) -> str:
    """Write `document` to `path` as YAML, atomically: on any failure (OSError) an existing
    file stays as it was. `original` is the text the document was read from; when not given,
    the text of the file at `document.path`, if there is one (see document_text). Returns the
    text written."""
    if original is None and document.path is not None:
        original = _text_of(Path(document.path))
    text = document_text(document, original)
    with atomic_write(Path(path), "w") as handle:
        handle.write(text)
    return text


def document_text(document: Document, original: str | None = None) -> str:
    """The YAML text to save `document` as. With `original` (the text it was read from):
    that text changed as little as it takes (model/yaml_roundtrip.py), so comments, key order
    and the way untouched values were written stay; without it, or when it cannot be read as
    a YAML mapping, the document written anew by dump_yaml."""
    data = document_to_data(document)
    kept = None
    if original is not None:
        # ruamel.yaml only when saving into a file's text, not while the editor starts
        from infographic_app.model.yaml_roundtrip import updated_text

        kept = updated_text(original, data)
    return kept if kept is not None else dump_yaml(data)


def _text_of(path: Path) -> str | None:
    """The text of the file at `path`; None when there is none to read."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def document_to_data(document: Document) -> dict:
    """The document as plain data (dicts, lists, str, numbers), ready for YAML: keys in the
    order the file had them, new keys after."""
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    if document.edition is not None:
        data["edition"] = written_label(document.edition)
    if document.intended_year_mentions or "intended_year_mentions" in document.key_order:
        data["intended_year_mentions"] = list(document.intended_year_mentions)
    data["locale"] = document.locale
    if document.theme:
        data["theme"] = document.theme
    if document.metadata:
        data["metadata"] = dict(document.metadata)
    policy = document.disclosure
    if not policy.is_default or "disclosure" in document.key_order:
        data["disclosure"] = _in_order({"min_count": policy.min_count,
                                        "min_base": policy.min_base}, policy.key_order)
    if document.estimate_style != DEFAULT_STYLE or "estimate_style" in document.key_order:
        data["estimate_style"] = document.estimate_style
    previous = previous_edition(document)
    data["figures"] = {f.id: _figure_to_data(f, carried_over(document, f.id, previous))
                       for f in document.figures.values()}
    data["rules"] = [_rule_to_data(r) for r in document.rules]
    if document.word_list or "word_list" in document.key_order:
        data["word_list"] = list(document.word_list)
    data["pages"] = [{"id": p.id, "blocks": [{"id": b.id, "kind": b.kind, **b.fields}
                                             for b in p.blocks]} for p in document.pages]
    return _placed(data, document.key_order)


def _figure_to_data(figure: Figure, carried: bool = False) -> dict:
    """`carried`: the figure still holds the previous edition's value (written
    `updated: false`)."""
    data: dict[str, Any] = {"type": figure.type}
    if figure.derived:
        data["formula"] = figure.formula
    else:
        data["value"] = figure.value
        if carried:  # written only while not updated; confirmed or typed: no mark
            data["updated"] = False
        if figure.low is not None and figure.high is not None:
            data["low"], data["high"] = figure.low, figure.high
        if figure.history or "history" in figure.key_order:
            data["history"] = {written_label(label): value
                               for label, value in figure.history.items()}
    if figure.decimals is not None and (figure.decimals != DEFAULT_DECIMALS[figure.type]
                                        or "decimals" in figure.key_order):
        data["decimals"] = figure.decimals
    if figure.published_decimals or "published_decimals" in figure.key_order:
        data["published_decimals"] = {written_label(label): decimals for label, decimals
                                      in figure.published_decimals.items()}
    if figure.rounding != "nearest" or "rounding" in figure.key_order:
        data["rounding"] = figure.rounding
    data["label"] = figure.label
    if figure.colour is not None:
        data["colour"] = figure.colour
    for key in ("source", "note", "unit", "base", "suppressed", "disclosure_reason"):
        if getattr(figure, key) or key in figure.key_order:
            data[key] = getattr(figure, key)
    return _placed(data, figure.key_order)


def _rule_to_data(rule: Rule) -> dict:
    data: dict[str, Any] = {"id": rule.id, "kind": rule.kind}
    if rule.kind == "part_of_whole":
        data["part"] = rule.parts[0]
    else:
        data["parts"] = list(rule.parts)
    if rule.whole is not None:
        data["whole"] = rule.whole
    if rule.tolerance is not None:
        data["tolerance"] = rule.tolerance
    if rule.rounding is not None:
        data["rounding"] = rule.rounding
    return _in_order(data, rule.key_order)


def _placed(data: dict, order: tuple[str, ...]) -> dict:
    """Keys in the order the file had them; a key the file did not have goes right after
    the key it follows in `data` (a new `history` after `value`, a new `edition` after
    `schema_version`), so a migrated file reads as one written in the new version."""
    if all(key in order for key in data):
        return _in_order(data, order)
    placed = [key for key in order if key in data]
    previous = None
    for key in data:
        if key not in placed:
            placed.insert(placed.index(previous) + 1 if previous in placed else len(placed), key)
        previous = key
    return {key: data[key] for key in placed}


def _in_order(data: dict, order: tuple[str, ...]) -> dict:
    """Keys in the order the file had them; new keys after."""
    known = [key for key in order if key in data]
    return {key: data[key] for key in [*known, *(k for k in data if k not in known)]}
