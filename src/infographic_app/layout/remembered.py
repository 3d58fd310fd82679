"""Pages laid out before, remembered between runs of the command line.

Laying out the bundled factsheet costs some 30 ms, and importing the layout's modules as
much again: more than a quarter of a command-line export, for pages that come out the same
whenever the document, the theme, the font files and the app's own code are the same. So the
pages of each layout are kept in the user's cache folder (`layouts`), named by a digest of
all of those: the document and the theme as they were read (every field that can print), the
font files' identities (path, size, time) and the installed files of this package and of
HarfBuzz, which kerns. Anything that changes gives another digest, so a remembered layout is
never used for other input; a damaged or unreadable file is laid out anew, and one that cannot
be written only costs the next run the layout. At most MOST_LAYOUTS are kept: the oldest go.

The editor lays out as the user types and keeps its own scene; this is for exports.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from importlib.util import find_spec
from pathlib import Path

from infographic_app.layout.fonts import FontSet
from infographic_app.layout.resources import resources_for
from infographic_app.layout.scene import Scene
from infographic_app.model.document import Document
from infographic_app.model.storage import atomic_write
from infographic_app.model.theme import Theme
from infographic_app.paths import cache_folder, files_version

FORMAT = 1  # of the cache files; a new format names other files
MOST_LAYOUTS = 40
_PACKAGE = Path(__file__).resolve().parent.parent


def remembered_layout(document: Document, theme: Theme, fonts: FontSet) -> Scene:
    """The scene layout_document(document, theme, fonts) makes: its pages as laid out in an
    earlier run with the same input, or laid out now (and remembered). A font file that
    cannot be read raises InputError, as layout_document does."""
    resources = resources_for(theme, fonts)  # reads the fonts' metrics; InputError if broken
    path = cache_folder("layouts") / f"{_digest(document, theme, resources)}.pickle"
    try:
        pages = pickle.loads(path.read_bytes())
        return Scene(tuple(pages), resources)
    except Exception:  # not laid out before, damaged, or from other code: lay out
        pass
    from infographic_app.layout.engine import layout_document

    scene = layout_document(document, theme, fonts)
    _remember(path, scene)
    return scene


def _digest(document: Document, theme: Theme, resources) -> str:
    """Names the layout of this input: the document and theme (their repr holds every field
    that can print), the font files and the code that lays out and kerns."""
    harfbuzz = find_spec("uharfbuzz")
    code = sorted(_PACKAGE.rglob("*.py"))
    if harfbuzz is not None and harfbuzz.origin:
        code.append(Path(harfbuzz.origin))
    identity = [FORMAT, repr(document), repr(theme),
                [face.key for face in resources.faces.values()], files_version(tuple(code))]
    return hashlib.sha1(json.dumps(identity).encode()).hexdigest()[:24]


def _remember(path: Path, scene: Scene) -> None:
    """Keep `scene`'s pages at `path`, dropping the oldest layouts past MOST_LAYOUTS; never
    raises OSError (a read-only home only costs the next run the layout)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(path) as handle:
            pickle.dump(scene.pages, handle, protocol=pickle.HIGHEST_PROTOCOL)
        kept = sorted(path.parent.glob("*.pickle"), key=lambda p: p.stat().st_mtime_ns)
        for old in kept[:-MOST_LAYOUTS]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
