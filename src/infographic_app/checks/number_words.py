"""Words that state a figure ('negen van de tien', 'de helft', 'a quarter') typed by hand in
the same sentence as a figure that changed since the previous edition: the number moved on,
the words may not have. `{figure:words}` writes such words from the figure itself."""

from __future__ import annotations

import re

from infographic_app.model.document import Document
from infographic_app.model.editions import previous_edition, previous_shown, values_in
from infographic_app.model.messages import say
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
    ),
    "en-GB": (
        rf"{_ENGLISH_COUNTED}\s+(?:in|out\s+of)\s+(?:two|three|four|five|ten|twenty|a\s+hundred)",
        r"half", r"(?:a|one|three)\s+quarters?", r"(?:a|one|two)\s+thirds?", r"majority",
        r"minority", r"most", r"(?:almost|nearly|virtually)\s+(?:all|everyone|none)",
    ),
}
# Words that say how a figure of any type changed. The words above say what share something
# is: tied to a percentage anywhere in its sentence, to a count only right before it ('bijna
# de helft (5)'); after a count they say what share of it ('5 slachtoffers, het merendeel
# uitgebuit ...'), which does not change with it.
CHANGE_WORDS = {"nl-NL": (r"verdubbel\w*", r"gehalveerd", r"halveer\w*"),
                "en-GB": (r"doubled", r"halved")}


def _pattern(locale: str, words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<!\w){QUALIFIED[locale]}(?:{'|'.join(words)})(?!\w)",
                      re.IGNORECASE)


_PATTERNS = {locale: _pattern(locale, words) for locale, words in NUMBER_WORDS.items()}
_CHANGE_PATTERNS = {locale: _pattern(locale, words) for locale, words in CHANGE_WORDS.items()}
# A sentence ends at '.', '!' or '?' before a space, or at an empty line.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def check_number_words(document: Document, language: str = "en") -> list[Problem]:
    """A warning for each figure that changed since the previous edition and shares a
    sentence with words saying how many, typed by hand ('In ruim negen van de tien gevallen
    ({exploited_now})'). It names the figure by its label (the text's place is its field),
    and suggests `{figure:words}`. A figure changed so little that `{figure:words}` would say
    the same then and now (92,9% and 91,5%: 'ruim negen van de tien') is left alone, and so is a
    figure written as `{figure:words}`: its words follow it. None for a first edition."""
    edition = previous_edition(document)
    if edition is None:
        return []
    values, before_values = document.values(), values_in(document, edition)
    share_words = _PATTERNS.get(document.locale, _PATTERNS["en-GB"])
    change_words = _CHANGE_PATTERNS.get(document.locale, _CHANGE_PATTERNS["en-GB"])
    problems = []
    for field, path, text in rich_texts(document):
        for sentence in _SENTENCE_END.split(text):
            words = REFERENCE.sub(lambda match: " " * len(match.group(0)), sentence)
            found_share, found_change = share_words.search(words), change_words.search(words)
            if found_share is None and found_change is None:
                continue
            named = {reference.figure_id: reference for reference in references_in(sentence)
                     if reference.form != WORDS_FORM}
            for figure_id, reference in named.items():
                figure = document.figures.get(figure_id)
                found = found_share if figure is not None and found_share is not None and (
                    figure.type == "percentage"
                    or _before(words, found_share, sentence.index(reference.written))) \
                    else found_change
                if found is None or figure is None or \
                        previous_shown(document, figure_id) is None or \
                        document.in_words(figure_id, before_values) == \
                        document.in_words(figure_id, values):
                    continue
                before = document.show(figure_id, before_values)
                now = document.show(figure_id, values)
                message = say("number_words_changed", language,
                              words=" ".join(found.group(0).split()),
                              label=figure.label or figure_id, edition=edition,
                              before=before, now=now, suggestion=f"{{{figure_id}:words}}")
                line = document.source.line_of_text(path, reference.written) \
                    if document.source else None
                problems.append(Problem(message, field=field, file=str(document.path or ""),
                                        line=line, severity=Severity.WARNING,
                                        element_id=field))
    return problems


BEFORE = 3  # words between the words saying a count's share and the count, at most


def _before(text: str, found: re.Match, position: int) -> bool:
    """Whether the words `found` in `text` stand right before position `position` (a
    reference's): at most BEFORE words between them."""
    return found.end() <= position and len(text[found.end():position].split()) <= BEFORE
