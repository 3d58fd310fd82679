"""Pages laid out before, remembered between runs of the command line (model/remembered.py).

Laying out the bundled factsheet costs some 30 ms, and importing the layout's modules as
much again, for pages that come out the same whenever the document, the theme, the font files
and the app's own code are the same. So the pages are remembered under all of those: the
document and the theme as they were read (their repr holds every field that can print), the
font files' identities and HarfBuzz's installed files, which kern. The editor lays out as the
user types and keeps its own scene; this is for exports.
"""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

from infographic_app.layout.fonts import FontSet
from infographic_app.layout.resources import resources_for
from infographic_app.layout.scene import Resources, Scene
from infographic_app.model.document import Document
from infographic_app.model.remembered import recalled, remember
from infographic_app.model.theme import Theme
from infographic_app.paths import files_version


def remembered_layout(document: Document, theme: Theme, fonts: FontSet) -> Scene:
    """The scene layout_document(document, theme, fonts) makes: its pages as laid out in an
    earlier run with the same input, or laid out now (and remembered). A font file that
    cannot be read raises InputError, as layout_document does."""
    resources = resources_for(theme, fonts)  # reads the fonts' metrics; InputError if broken
    identity = layout_identity(document, theme, resources)
    pages = recalled("layouts", identity)
    if isinstance(pages, tuple):
        return Scene(pages, resources)
    from infographic_app.layout.engine import layout_document

    scene = layout_document(document, theme, fonts)
    remember("layouts", identity, scene.pages)
    return scene


def layout_identity(document: Document, theme: Theme, resources: Resources) -> list:
    """Everything the pages of `document` laid out with `theme` depend on, as JSON values:
    the document and the theme as read (their repr), the identities of the font files of
    `resources` (resources_for(theme, fonts)) and of HarfBuzz's installed files."""
    harfbuzz = find_spec("uharfbuzz")
    shaper = (Path(harfbuzz.origin),) if harfbuzz is not None and harfbuzz.origin else ()
    return [repr(document), repr(theme), [face.key for face in resources.faces.values()],
            files_version(shaper)]
