"""Spelling: the words of a factsheet's texts checked against the OpenTaal Dutch dictionary
(or the British English one for an English factsheet), shipped in assets/dictionaries with
their licences and read by Hunspell (the chunspell package bundles it).

The factsheet's own word list (the top-level `word_list`: names such as "AVIM's" and
"helpwanted.nl") is accepted as written. Figure references ('{victims}'), **bold** and
*italic* markers, web and mail addresses, words with digits and abbreviations in capitals
('IND', 'EMPACT') are not checked.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from infographic_app.checks.lookup_sources import dictionary_files
from infographic_app.checks.remembered import Remembered
from infographic_app.model.addressing import block_fields
from infographic_app.model.document import Document
from infographic_app.model.messages import say
from infographic_app.model.problems import Problem, Severity
from infographic_app.model.references import REFERENCE
from infographic_app.paths import files_version

# A word: letters, joined by hyphens, apostrophes or dots inside it ("AVIM's",
# "helpwanted.nl", "ex-partner"), with letters in brackets before or after it checked as part
# of it ("(stief)ouders", "dader(s)"); a number, a reference or a marker is not part of one.
_LETTERS = r"[^\W\d_]+"
WORD = re.compile(rf"(?:\({_LETTERS}\))?{_LETTERS}(?:[-'’.]{_LETTERS})*(?:\({_LETTERS}\))?")
# What is skipped whole: references, web and mail addresses.
SKIPPED = re.compile(REFERENCE.pattern + r"|\S+://\S+|www\.\S+|\S+@\S+")
# The text kinds of a block's fields whose words are checked (model/blocks.py FieldSpec).
TEXT_KINDS = ("text", "rich")


@dataclass(frozen=True)
class Misspelling:
    """A word the dictionary does not know, at characters [start, end) of its text."""

    start: int
    end: int
    word: str


@cache
def _hunspell(locale: str):
    """The Hunspell checker of `locale` ('nl-NL', 'en-GB'), read once (0.2-0.8 s for the
    Dutch dictionary). FileNotFoundError when the dictionary is not installed."""
    import hunspell  # the chunspell package; imported only when a word is looked up

    words = dictionary_files(locale)[1]
    if not words.is_file():
        raise FileNotFoundError(f"the spelling dictionary {words.stem} is missing")
    return hunspell.Hunspell(words.stem, hunspell_data_dir=str(words.parent))


@cache
def _verdicts(locale: str) -> Remembered:
    """Whether a word is spelled right, as the dictionary of `locale` said in earlier runs."""
    files = dictionary_files(locale)
    return Remembered("spelling", files[1].stem, [*files_version(files), COMPOUNDS_VERSION])


def words_in(text: str) -> Iterator[tuple[int, int, str]]:
    """The words of `text` that are checked: (start, end, word), in order."""
    skipped = [m.span() for m in SKIPPED.finditer(text)]
    for match in WORD.finditer(text):
        start, end = match.span()
        if any(a <= start < b for a, b in skipped):
            continue
        word = match.group()
        if len(word) > 1 and word.isupper():
            continue  # an abbreviation
        yield start, end, word


def known(word: str, locale: str, accepted: Collection[str] = ()) -> bool:
    """Whether `word` is spelled right: in `accepted` (the factsheet's word list; also with
    a capital at the start of a sentence) or in the dictionary of `locale` (a word looked up
    in an earlier run is not looked up again: see checks/remembered.py)."""
    right = remembered_verdict(word, locale, accepted)
    if right is None:
        right = _spelled(word.replace("(", "").replace(")", ""), locale)
        _verdicts(locale).put(word, right)
    return right


def remembered_verdict(word: str, locale: str, accepted: Collection[str] = ()) -> bool | None:
    """`known` without asking the dictionary: None for a word it has not been asked about
    (in this run or an earlier one). Asking can take a fifth of a second for a long
    compound, so a field being typed in marks only what is known and asks later."""
    if word in accepted or word[:1].lower() + word[1:] in accepted:
        return True
    return _verdicts(locale).get(word)


def _spelled(word: str, locale: str) -> bool:
    """Whether the dictionary of `locale` knows `word`, a Dutch compound of known words too
    (see `_compound`)."""
    return bool(_hunspell(locale).spell(word)) or locale == "nl-NL" and \
        len(word) <= COMPOUND_LONGEST and _compound(word[:1].lower() + word[1:], locale)


# Dutch writes compounds as one word, and the OpenTaal dictionary lets Hunspell join only the
# words it flags as a compound's start, middle or end (COMPOUNDBEGIN/-MIDDLE/-END): most
# nouns carry no such flag ('uitbuiting' may not end one, 'handel' not stand in the middle),
# so 'arbeidsuitbuiting' and 'mensenhandelzaken' were flagged. A compound is known here when
# it is a known word followed by a known word of COMPOUND_PART letters or more, with the
# linking 's' or '-' between them ('arbeid+s+uitbuiting', 'mensenhandel+zaken'), unless the
# dictionary lists the same words joined the other way ('staat+secretaris': staatssecretaris).
COMPOUND_PART = 4
# Longer words are not taken apart (the search grows with the square of the length; Dutch
# compounds in running text stay well under it). Hunspell still knows the ones it lists.
COMPOUND_LONGEST = 40
LINKS = ("", "s", "-")
COMPOUNDS_VERSION = "compounds-1"  # remembered verdicts of another rule are not reused


def _listed(word: str, locale: str) -> bool:
    """Whether the dictionary holds `word` as a word of its own, not only as a compound
    Hunspell joins from its parts (analysed, and without parts, 'pa:')."""
    analyses = _hunspell(locale).analyze(word)
    return bool(analyses) and not any("pa:" in analysis for analysis in analyses)


def _compound(word: str, locale: str, depth: int = 0) -> bool:
    """Whether `word` is a compound of known words (see COMPOUND_PART and LINKS), at most
    three parts."""
    speller = _hunspell(locale)
    for cut in range(len(word) - COMPOUND_PART, COMPOUND_PART - 1, -1):
        tail = word[cut:]
        if not speller.spell(tail):
            continue
        for link in LINKS:
            head = word[:cut]
            if link and not head.endswith(link):
                continue
            head = head[:len(head) - len(link)]
            if any(_listed(head + other + tail, locale) for other in LINKS if other != link):
                return False  # the dictionary lists it joined otherwise: 'staatssecretaris'
            if len(head) >= COMPOUND_PART - 1 and (speller.spell(head) or depth < 1 and
                                                   _compound(head, locale, depth + 1)):
                return True
    return False


def misspellings(text: str, locale: str, word_list: Iterable[str] = ()) -> list[Misspelling]:
    """The words of `text` that are not spelled right (see `known`), in order."""
    accepted = frozenset(word_list)
    return [Misspelling(start, end, word) for start, end, word in words_in(text)
            if not known(word, locale, accepted)]


def misspellings_so_far(text: str, locale: str, word_list: Iterable[str] = ()
                        ) -> tuple[list[Misspelling], list[str]]:
    """The misspellings of `text` among the words whose verdict is known without asking the
    dictionary (see remembered_verdict), and the words not asked about yet, in order."""
    accepted = frozenset(word_list)
    found, unasked = [], []
    for start, end, word in words_in(text):
        right = remembered_verdict(word, locale, accepted)
        if right is None:
            unasked.append(word)
        elif not right:
            found.append(Misspelling(start, end, word))
    return found, unasked


def suggestions(word: str, locale: str, limit: int = 6) -> list[str]:
    """Hunspell's suggestions for a misspelled `word`, the likeliest first, at most
    `limit`."""
    return list(_hunspell(locale).suggest(word))[:limit]


def check_spelling(document: Document, language: str = "en") -> list[Problem]:
    """A warning for each text field with words not in the dictionary of the document's
    locale nor in its word list, naming the words (each field once, its first line)."""
    problems = []
    for field in block_fields(document):
        if field.spec.kind not in TEXT_KINDS or not isinstance(field.value, str):
            continue
        found = misspellings(field.value, document.locale, document.word_list)
        if not found:
            continue
        words = ", ".join(dict.fromkeys(f"'{m.word}'" for m in found))
        source = document.source
        line = source.line_of_text(field.path, found[0].word) if source is not None else None
        problems.append(Problem(say("spelling", language, words=words), field=field.id,
                                file=str(document.path or ""), line=line,
                                severity=Severity.WARNING, element_id=field.id))
    _verdicts(document.locale).save()
    return problems
