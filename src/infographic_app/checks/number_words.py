"""Words that state a figure ('negen van de tien', 'de helft', 'a quarter') typed by hand in
the same sentence as a figure that changed since the previous edition: the number moved on,
the words may not have. `{figure:words}` writes such words from the figure itself."""

from __future__ import annotations

import re

from infographic_app.model.messages import say
from infographic_app.model.addressing import elements
from infographic_app.model.document import Document
from infographic_app.model.editions import previous_edition, previous_shown, values_in
from infographic_app.model.problems import Problem, Severity
from infographic_app.model.references import (
    REFERENCE,
    WORDS_FORM,
    references_in,
    rich_texts,
)

_COUNTED = r"(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)"
_ENGLISH_COUNTED = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
# Words that say how many, by the language of the factsheet (its locale), each with the
# qualifier before it, if any ('ruim negen van de tien', 'almost half').
QUALIFIED = {"nl-NL": r"(?:(?:ruim|bijna|ongeveer|circa|zo'n|meer\s+dan|minder\s+dan)\s+)?",
             "en-GB": r"(?:(?:just\s+over|almost|nearly|about|around|over|more\s+than|"
                      r"less\s+than)\s+)?"}
NUMBER_WORDS = {
    "nl-NL": (
        rf"{_COUNTED}\s+(?:van|op)\s+(?:de\s+)?(?:twee|drie|vier|vijf|tien|twintig|honderd)",
        r"(?:de\s+)?helft", r"(?:een|één)\s+kwart", r"drie\s*kwart",
        r"(?:een|één|twee)\s+derde", r"meerderheid", r"merendeel", r"minderheid",
        r"overgrote\s+deel", r"de\s+meeste", r"(?:bijna|vrijwel|nagenoeg)\s+(?:alle|iedereen|geen)",
        r"verdubbel\w*", r"gehalveerd", r"halveer\w*",
    ),
    "en-GB": (
        rf"{_ENGLISH_COUNTED}\s+(?:in|out\s+of)\s+(?:two|three|four|five|ten|twenty|a\s+hundred)",
        r"half", r"(?:a|one|three)\s+quarters?", r"(?:a|one|two)\s+thirds?", r"majority",
        r"minority", r"most", r"(?:almost|nearly|virtually)\s+(?:all|everyone|none)",
        r"doubled", r"halved",
    ),
}
_PATTERNS = {locale: re.compile(rf"(?<!\w){QUALIFIED[locale]}(?:{'|'.join(words)})(?!\w)",
                                re.IGNORECASE)
             for locale, words in NUMBER_WORDS.items()}
# A sentence ends at '.', '!' or '?' before a space, or at an empty line.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def check_number_words(document: Document, language: str = "en") -> list[Problem]:
    """A warning for each figure that changed since the previous edition and shares a
    sentence with words saying how many, typed by hand ('In ruim negen van de tien gevallen
    ({exploited_now})'). It names the text's place and the figure by its label, and suggests
    `{figure:words}`. A figure changed so little that `{figure:words}` would say the same
    then and now (92,9% and 91,5%: 'ruim negen van de tien') is left alone, and so is a
    figure written as `{figure:words}`: its words follow it. None for a first edition."""
    edition = previous_edition(document)
    if edition is None:
        return []
    values, before_values = document.values(), values_in(document, edition)
    pattern = _PATTERNS.get(document.locale, _PATTERNS["en-GB"])
    problems = []
    for field, path, text in rich_texts(document):
        for sentence in _SENTENCE_END.split(text):
            found = pattern.search(REFERENCE.sub(" ", sentence))
            if found is None:
                continue
            named = {reference.figure_id: reference for reference in references_in(sentence)
                     if reference.form != WORDS_FORM}
            for figure_id, reference in named.items():
                if figure_id not in document.figures or \
                        previous_shown(document, figure_id) is None or \
                        document.in_words(figure_id, before_values) == \
                        document.in_words(figure_id, values):
                    continue
                before = document.show(figure_id, before_values)
                now = document.show(figure_id, values)
                figure = document.figures[figure_id]
                message = say("number_words_changed", language,
                              place=place_of(document, field, language),
                              words=" ".join(found.group(0).split()),
                              label=figure.label or figure_id, edition=edition,
                              before=before, now=now, suggestion=f"{{{figure_id}:words}}")
                line = document.source.line_of_text(path, reference.written) \
                    if document.source else None
                problems.append(Problem(message, field=field, file=str(document.path or ""),
                                        line=line, severity=Severity.WARNING,
                                        element_id=field))
    return problems


def place_of(document: Document, field: str, language: str) -> str:
    """A rich text named as a reader of the form knows it: "the text of 'langdurige
    uitbuiting'" for 'blocks.themes.themes.long_exploitation.text' (a theme by its heading,
    a tile by its figure's label, an entry of a numbered list by the list's heading and its
    number, a block by its heading), 'the caption of ...' for a chart's caption."""
    holder = max((element for element in elements(document)
                  if field.startswith(element.id + ".")), key=lambda e: len(e.id),
                 default=None)
    if holder is None:
        return field
    name = _name(document, holder.fields)
    if not name and holder.fields is not holder.block.fields:  # an entry of a block's list
        prefix = holder.block.fields.get("prefix")  # as printed: 'Aanbeveling 2'
        heading = prefix if isinstance(prefix, str) and prefix.strip() else \
            _name(document, holder.block.fields) or holder.block.kind
        name = f"{heading.strip()} {holder.path[-1] + 1}"
    key = "place_caption" if field.endswith(".caption") else "place_text"
    return say(key, language, name=name or holder.block.kind)


def _name(document: Document, fields: dict) -> str:
    """The heading of a block or entry, else (a tile) its figure's label; '' for neither."""
    heading = fields.get("heading") or fields.get("title")
    if isinstance(heading, str) and heading.strip():
        return heading.strip()
    figure = document.figures.get(fields.get("figure")) if isinstance(
        fields.get("figure"), str) else None
    return figure.label if figure is not None and figure.label else ""
