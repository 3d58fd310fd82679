"""argparse's own words (usage:, options, its usage errors) in the user's language.

argparse words its texts through gettext, looking `_` and `ngettext` up in its module each
time; `speaking` answers those lookups from the message catalogue while the command line is
built and read. A text the catalogue does not hold stays argparse's English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from infographic_app.model.messages import say

# argparse's gettext texts (Python 3.11 to 3.13), each with its catalogue key.
ARGPARSE_KEYS = {
    "usage: ": "argparse_usage",
    "positional arguments": "argparse_positionals",
    "options": "argparse_options",
    "show this help message and exit": "argparse_help",
    "the following arguments are required: %s": "argparse_required",
    "unrecognized arguments: %s": "argparse_unrecognized",
    "invalid choice: %(value)r (choose from %(choices)s)": "argparse_invalid_choice",
    "argument %(argument_name)s: %(message)s": "argparse_argument",
    "expected one argument": "argparse_one",
    "expected at most one argument": "argparse_at_most_one",
    "expected at least one argument": "argparse_at_least_one",
    "not allowed with argument %s": "argparse_not_allowed",
    "one of the arguments %s is required": "argparse_one_required",
    "ambiguous option: %(option)s could match %(matches)s": "argparse_ambiguous",
    "invalid %(type)s value: %(value)r": "argparse_invalid_value",
    "ignored explicit argument %r": "argparse_explicit",
    "expected %s argument": "argparse_expected_n",
    "expected %s arguments": "argparse_expected_ns",
}


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Within the block, argparse words its texts in `language` ('nl' or 'en'); afterwards
    as before (also when the block ends by SystemExit, as --help does)."""
    def gettext(text: str | None) -> str | None:
        key = ARGPARSE_KEYS.get(text) if isinstance(text, str) else None
        return say(key, language) if key else text

    def ngettext(singular: str, plural: str, count: int) -> str:
        return gettext(singular if count == 1 else plural)

    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = gettext, ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved
