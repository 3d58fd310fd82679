"""Problems found in a document, theme or export, in the form FILE:LINE: field: message."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How bad a problem is: an error stops an export (unless forced); a warning never
    does."""
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong, in the form FILE:LINE: field: message; with its severity and
    the element it concerns (for the preview), and an optional one-click fix."""
    message: str
    field: str = ""
    file: str = ""
    line: int | None = None
    severity: Severity = Severity.ERROR
    element_id: str = ""
    # What the editor offers to do about it in the checks list, in one click:
    # 'confirm:<figure id>' (the value is unchanged this edition), 'intended:<text field>'
    # (it names the previous edition's year on purpose), 'new_page:<block id>' (a new page
    # after the block's own, starting with the block and what follows it there),
    # 'add_page' (a page more at the end of the factsheet), 'unit_sign:<text field>'
    # (remove the unit sign typed after a figure that prints it); several ways out
    # separated by spaces; '' for nothing.
    fix: str = ""

    @property
    def fixes(self) -> tuple[str, ...]:
        """The one-click fixes offered, each as `fix` describes one."""
        return tuple(self.fix.split())

    def __str__(self) -> str:
        """One line, FILE:LINE: field: message, whatever the file held: a line break or a
        terminal escape sequence in a quoted value is printed as an escape (\\n, \\x1b), so
        a value can neither forge a message line nor recolour the terminal."""
        where = self.file or "<document>"
        if self.line is not None:
            where += f":{self.line}"
        field = f" {_shortened(self.field)}:" if self.field else ""
        return escape_invisible(f"{where}:{field} {self.message}")


def _shortened(field: str, limit: int = 40) -> str:
    """A field name with each part (a key typed in the file, a heading or label of a place
    named in words: 'Thema 'x' › Tekst') cut to about `limit` characters."""
    return "".join(f"{part[:limit]}…" if len(part) > limit + 1 else part
                   for part in re.split(r"(\.| › )", field))


class InputError(Exception):
    """Input that cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def quote_value(value: object, limit: int = 40) -> str:
    """`value` in single quotes for a message, safe to print: line breaks, tabs, terminal
    escape sequences and other invisible characters written as escapes (\\n, \\x1b), and
    cut to about `limit` characters with '…' (a message line stays one readable line)."""
    text = escape_invisible(str(value))
    return f"'{text[:limit]}…'" if len(text) > limit + 1 else f"'{text}'"


def shown_path(path: object, limit: int = 300) -> str:
    """A file's path for a message line: invisible characters escaped as escape_invisible
    does (a line break in a file name cannot start a new line), and a path longer than
    `limit` characters cut in the middle with '…', keeping its start and its file name."""
    text = escape_invisible(str(path))
    if len(text) <= limit:
        return text
    keep = (limit - 1) // 2
    return f"{text[:keep]}…{text[-keep:]}"


def escape_invisible(text: str) -> str:
    """`text` with every control character (C0, DEL, C1: line breaks, tabs, the escape that
    starts a terminal sequence), line and paragraph separator and bidirectional control
    written as a Python escape (\\n, \\x1b, \\u202e), so printing it cannot start a new line,
    move the cursor, colour a terminal or reorder what it shows. Other text is kept as it is."""
    if text.isprintable():
        return text
    return "".join(ascii(ch)[1:-1] if ch in _INVISIBLE or unicodedata.category(ch) in
                   ("Cc", "Zl", "Zp") else ch for ch in text)


# Bidirectional controls: printable to a terminal, but they reorder what it shows.
_INVISIBLE = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068"
                       "\u2069")
