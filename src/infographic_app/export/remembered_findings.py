"""What the checks found for an export seen before, remembered between runs of the command
line (model/remembered.py), as the document and its pages are (model/remembered_reading.py,
layout/remembered.py).

The checks cost some 15 ms of an export and importing their modules as much again, for a list
that comes out the same whenever the same file is exported with the same theme, to the same
target, in the same language. So the list is remembered under all that the checks read: the
file's text (its line numbers are in the messages), the document and the theme as read and
their pages' identity (layout_identity), the files the theme names (fonts, print profile,
logo), the target, the language, the spelling dictionary and the colour science library
(checks/lookup_sources.py) and the app's own code. A change
to any of them names another file, so the checks run again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from infographic_app.checks.lookup_sources import lookups_version
from infographic_app.layout.remembered import layout_identity
from infographic_app.layout.scene import Scene
from infographic_app.model.document import Document
from infographic_app.model.problems import Problem
from infographic_app.model.remembered import recalled, remember
from infographic_app.model.remembered_reading import named_files_version
from infographic_app.model.theme import Theme


def remembered_findings(document: Document, theme: Theme, scene: Scene, target: str,
                        language: str, find: Callable[[], list[Problem]]) -> list[Problem]:
    """What `find()` returns (the findings of exporting `scene` to `target`, 'print' or
    'screen', said in `language`): as found in an earlier run for the same input, or found
    now (and remembered). `scene` must be the document's own pages as layout_document or
    remembered_layout makes them with `theme` (not a card). Exceptions of `find` pass."""
    identity = _identity(document, theme, scene, target, language)
    found = recalled("findings", identity)
    if isinstance(found, list) and all(isinstance(problem, Problem) for problem in found):
        return found
    problems = find()
    remember("findings", identity, problems)
    return problems


def _identity(document: Document, theme: Theme, scene: Scene, target: str,
              language: str) -> list:
    source = document.source
    text = "\n".join(source.text_lines) if source is not None else ""
    return [target, language, hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
            *layout_identity(document, theme, scene.resources), named_files_version(theme),
            lookups_version(document.locale)]
