"""Problems found in a document, theme or export, in the form FILE:LINE: field: message."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    message: str
    field: str = ""
    file: str = ""
    line: int | None = None
    severity: Severity = Severity.ERROR
    element_id: str = ""
    # What the editor offers to do about it in the checks list, in one click:
    # 'confirm:<figure id>' (the value is unchanged this edition), 'intended:<text field>'
    # (it names the previous edition's year on purpose), 'new_page:<block id>' (move a block
    # that does not fit its page to a new page after it); '' for nothing.
    fix: str = ""

    def __str__(self) -> str:
        where = self.file or "<document>"
        if self.line is not None:
            where += f":{self.line}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class InputError(Exception):
    """Input that cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
