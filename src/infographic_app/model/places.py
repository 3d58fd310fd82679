"""A place in a factsheet named as the editor's forms name it, in Dutch or English: the one
way the checks list, the messages, the dialogs, the compare view and the command line say
where something is.

'blocks.themes.themes.partner_perpetrator.text' is "Thema 'partner = pleger' › Tekst", a
tile is named by the number it shows ("Tegel '265'"), a figure by its label ("Cijfer
'(ex-)partner' › Bron"), a rule in words ("Regel: (ex-)partner + sociale omgeving + familielid
zijn samen 100%"). Internal ids are what the file holds; a person reads these names.
"""

from __future__ import annotations

import re

from infographic_app.model.addressing import elements, value_of
from infographic_app.model.blocks import BLOCK_KINDS
from infographic_app.model.document import Document, Rule
from infographic_app.model.messages import say

SEPARATOR = " › "
DOCUMENT_FIELDS = ("schema_version", "edition", "intended_year_mentions", "locale", "theme")
# The names the forms give each field and chart kind, by interface language.
FIELD_NAMES: dict[str, dict[str, str]] = {
    "kicker": {"en": "Line above the title", "nl": "Regel boven de titel"},
    "title": {"en": "Title", "nl": "Titel"},
    "heading": {"en": "Heading", "nl": "Kop"},
    "text": {"en": "Text", "nl": "Tekst"},
    "figure": {"en": "Figure", "nl": "Cijfer"},
    "figures": {"en": "Figures", "nl": "Cijfers"},
    "prefix": {"en": "Word before each number", "nl": "Woord voor elk nummer"},
    "caption": {"en": "Caption", "nl": "Onderschrift"},
    "url": {"en": "Web address", "nl": "Webadres"},
    "headline": {"en": "Figure shown large", "nl": "Groot getoond cijfer"},
    "part": {"en": "Part", "nl": "Deel"},
    "whole": {"en": "Whole", "nl": "Geheel"},
    "parts": {"en": "Parts", "nl": "Delen"},
    "visual": {"en": "Chart", "nl": "Grafiek"},
    "kind": {"en": "Kind", "nl": "Soort"},
    "author": {"en": "Author", "nl": "Auteur"},
    "subject": {"en": "Subject", "nl": "Onderwerp"},
    "icon_array": {"en": "icons, one per percent", "nl": "figuurtjes, één per procent"},
    "percentage_bars": {"en": "percentage bars", "nl": "percentagebalken"},
    "donut": {"en": "donut", "nl": "donut"},
    "big_numbers": {"en": "big numbers", "nl": "grote getallen"},
    "trend": {"en": "columns over the editions", "nl": "kolommen over de edities"},
    "value": {"en": "Value", "nl": "Waarde"},
    "formula": {"en": "Formula", "nl": "Formule"},
    "type": {"en": "Type", "nl": "Soort"},
    "decimals": {"en": "Decimals", "nl": "Decimalen"},
    "rounding": {"en": "Rounding", "nl": "Afronding"},
    "tolerance": {"en": "Tolerance", "nl": "Marge"},
    "colour": {"en": "Colour", "nl": "Kleur"},
    "history": {"en": "Earlier editions", "nl": "Eerdere edities"},
    "updated": {"en": "Updated", "nl": "Bijgewerkt"},
    "published_decimals": {"en": "Decimals printed before", "nl": "Eerder gedrukte decimalen"},
    "label": {"en": "Label", "nl": "Label"},
    "unit": {"en": "Unit", "nl": "Eenheid"},
    "source": {"en": "Source", "nl": "Bron"},
    "note": {"en": "Note", "nl": "Notitie"},
    "badge": {"en": "Under the number", "nl": "Onder het getal"},
    "change": {"en": "the change since the previous edition",
               "nl": "de verandering sinds de vorige editie"},
    "edition": {"en": "Edition", "nl": "Editie"},
    "locale": {"en": "Language", "nl": "Taal"},
    "theme": {"en": "Theme", "nl": "Thema"},
    "intended_year_mentions": {"en": "Years named on purpose", "nl": "Bewust genoemde jaren"},
    "schema_version": {"en": "File format", "nl": "Bestandsformaat"},
}


def field_label(key: str, language: str) -> str:
    """The form's name of the field or chart kind `key` ('heading' -> 'Kop') in `language`
    ('nl', 'en'); a key it does not know, as it is."""
    names = FIELD_NAMES.get(key)
    return names.get(language, names["en"]) if names else key


def figure_name(document: Document, figure_id: str | None) -> str:
    """A figure as a person knows it: its label, else (no label yet) its id."""
    figure = document.figures.get(figure_id or "")
    return figure.label if figure is not None and figure.label else str(figure_id or "")


def formula_in_words(document: Document, formula: str) -> str:
    """A formula with each figure named by its label in quotes and × for *:
    "('geschatte minderjarige slachtoffers' - 'in beeld bij de autoriteiten') / 'geschatte
    minderjarige slachtoffers' × 100" for '(minors_estimated - minors_seen) / ...'. Names of
    no figure are kept as written."""
    def named(match: re.Match) -> str:
        name = match.group(0)
        return f"'{figure_name(document, name)}'" if name in document.figures else name

    return _NAME.sub(named, formula).replace("*", "×")


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def named_value(document: Document, value: object) -> object:
    """A field's value as a person reads it: a figure id (an entry of a chart's or rule's
    figures) as the figure's label in quotes; any other value as it is."""
    figure = document.figures.get(value) if isinstance(value, str) else None
    return f"'{figure.label}'" if figure is not None and figure.label else value


def figure_choices(document: Document) -> list[tuple[str, str]]:
    """Every figure as a drop-down or list offers it, in the document's order: (name, id),
    the name its label; figures that share a label told apart by their printed value
    ('bezoekers (299)')."""
    labels = [figure_name(document, figure_id) for figure_id in document.figures]
    values = document.values()
    return [(f"{label} ({values.printed(figure_id, document.locale)})"
             if labels.count(label) > 1 else label, figure_id)
            for label, figure_id in zip(labels, document.figures, strict=True)]


def rule_words(document: Document, rule: Rule, language: str) -> str:
    """A rule in words: '(ex-)partner + sociale omgeving + familielid zijn samen 100%'."""
    parts = " + ".join(figure_name(document, p) for p in rule.parts)
    whole = figure_name(document, rule.whole)
    key = {"sum_to_100": "rule_words_100", "sum": "rule_words_sum"}.get(rule.kind,
                                                                          "rule_words_part")
    return say(key, language, parts=parts, whole=whole)


def place_name(document: Document, field: str, language: str) -> str:
    """Where `field` (an element id: 'blocks.themes.themes.networks.text', 'figures.x.value',
    'rules.r', 'metadata.title', 'pages.page1'; or a theme colour's 'colours.primary.cmyk')
    is, named as the forms name it, in `language`: "Thema 'meerdere slachtoffers en daders' ›
    Tekst", "Cijfer 'familielid' › Waarde", 'Regel: … zijn samen 100%', 'Document › Titel',
    "Themabestand › Kleur 'primary'". '' for no field."""
    if not field:
        return ""
    parts = field.split(".")
    head, rest = parts[0], parts[1:]
    if head == "metadata" or head in DOCUMENT_FIELDS:
        return SEPARATOR.join([say("place_document", language),
                               *(field_label(p, language) for p in (rest if head == "metadata"
                                                                    else parts))])
    if head == "figures" and rest:
        return SEPARATOR.join([say("place_figure", language,
                                   name=figure_name(document, rest[0])),
                               *_field_names(rest[1:], language)])
    if head == "rules" and rest:
        rule = next((r for r in document.rules if r.id == rest[0]), None)
        if rule is None and rest[0].isdigit() and int(rest[0]) < len(document.rules):
            rule = document.rules[int(rest[0])]
        words = rule_words(document, rule, language) if rule else rest[0]
        return SEPARATOR.join([say("place_rule", language, words=words),
                               *_field_names(rest[1:], language)])
    if head == "pages" and rest:
        number = next((n for n, p in enumerate(document.pages, 1) if p.id == rest[0]), None)
        return say("place_page", language, number=number or rest[0])
    if head == "blocks":
        return _block_place(document, field, language)
    if head == "colours" and rest:  # a colour of the theme ('colours.primary.cmyk')
        return say("place_theme_colour", language, name=rest[0])
    return field


def _field_names(keys: list[str], language: str) -> list[str]:
    """The form's names of a path's remaining keys; an edition year or a list position as it
    is ('history.2019': 'Eerdere edities › 2019')."""
    return [field_label(key, language) for key in keys]


def _block_place(document: Document, field: str, language: str) -> str:
    holder = max((element for element in elements(document)
                  if field == element.id or field.startswith(element.id + ".")),
                 key=lambda e: len(e.id), default=None)
    if holder is None:
        return field
    kind = BLOCK_KINDS.get(holder.block.kind)
    rest = field[len(holder.id) + 1:].split(".") if field != holder.id else []
    if holder.fields is holder.block.fields:  # the block itself, by its heading unless that
        name = kind.label_in(language) if kind else holder.block.kind  # is the field named
        heading = "" if rest[:1] in (["heading"], ["title"]) else \
            printed_heading(document, holder.fields)
        names = [f"{name} '{heading}'" if heading else name]
    else:
        names = [_entry_name(document, holder, language)]
    return SEPARATOR.join([*names, *_field_names(rest, language)])


def printed_heading(document: Document, fields: dict) -> str:
    """A block's or entry's heading (or title) as printed: figure references as their
    values; '' for none."""
    heading = fields.get("heading") or fields.get("title")
    return " ".join(document.resolve(heading).split()) if isinstance(heading, str) else ""


def entry_title(document: Document, container: str, entry_id: str, language: str) -> str:
    """What an entry of the list `container` ('blocks.themes.themes') is called on its
    own: its heading as printed ('Arbeidsuitbuiting in de bouw'), or without one its place
    ("Tegel '265'")."""
    fields = next((entry for entry in value_of(document, container) or []
                   if isinstance(entry, dict) and entry.get("id") == entry_id), {})
    return printed_heading(document, fields) or place_name(
        document, f"{container}.{entry_id}", language)


def _entry_name(document: Document, holder, language: str) -> str:
    """An entry of a block's list: "Thema 'partner = pleger'", "Tegel '265'" (the number
    it shows), 'Aanbeveling 2' (a numbered list's word and number, as printed)."""
    kind = BLOCK_KINDS.get(holder.block.kind)
    entry = (kind.entry_name(language) if kind else "") or say("what_entry", language)
    entry = entry[:1].upper() + entry[1:]
    number = holder.path[-1] + 1
    heading = printed_heading(document, holder.fields)
    if heading:
        return f"{entry} '{heading}'"
    figure_id = holder.fields.get("figure")
    if isinstance(figure_id, str) and figure_id in document.figures:
        return f"{entry} '{document.values().printed(figure_id, document.locale)}'"
    prefix = holder.block.fields.get("prefix")
    if isinstance(prefix, str) and prefix.strip():
        return f"{' '.join(document.resolve(prefix).split())} {number}"
    return f"{entry} {number}"
