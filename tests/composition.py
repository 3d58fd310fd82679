"""What a well-composed page is, as tests check it on the scene: every text shown whole, no
text over another text or across a rule, no tall empty band, and `check` without errors."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

from infographic_app.checks.report import check_document
from infographic_app.layout.engine import layout_document
from infographic_app.layout.scene import Image, Rect, Scene, Shape, TextRun
from infographic_app.model.problems import Severity
from infographic_app.model.reading import load_document
from infographic_app.model.theme import MM
from infographic_app.paths import default_document

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EDITION_2020 = FIXTURES / "factsheet-2020.yaml"
LONGEST_EMPTY_BAND = 40 * MM


def bundled_data() -> dict:
    """The bundled 2019 factsheet as plain data, to change and write."""
    return yaml.safe_load(default_document().read_text(encoding="utf-8"))


def edition_2020_data() -> dict:
    return yaml.safe_load(EDITION_2020.read_text(encoding="utf-8"))


def block(data: dict, block_id: str) -> dict:
    return next(b for page in data["pages"] for b in page["blocks"] if b["id"] == block_id)


def laid_out(tmp_path: Path, data: dict, theme, name: str = "factsheet.yaml"):
    """Write `data` as a factsheet file, read it and lay it out: (document, scene)."""
    path = tmp_path / name
    path.write_text(yaml.safe_dump(copy.deepcopy(data), allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    document = load_document(path)
    return document, layout_document(document, theme)


def text_box(run: TextRun, scene: Scene) -> tuple[float, float, float, float]:
    """x0, y0, x1, y1 of a text run's ink area (ascent to descent), points."""
    face = scene.resources.faces[run.face]
    return (run.x, run.y - face.ascent_at(run.size), run.x + run.width,
            run.y + face.descent_at(run.size))


def item_extent(item, scene: Scene) -> tuple[float, float] | None:
    """The top and bottom of what an item paints, points; None for what paints nothing."""
    if isinstance(item, TextRun):
        if not item.text.strip():
            return None
        box = text_box(item, scene)
        return box[1], box[3]
    if isinstance(item, Rect | Image):
        return item.y, item.y + item.height
    if isinstance(item, Shape):
        ys = [value for command in item.commands for value in command[2::2]]
        return (min(ys), max(ys)) if ys else None
    return None


def overlaps(a, b, slack: float = 0.4) -> bool:
    return a[0] < b[2] - slack and b[0] < a[2] - slack and a[1] < b[3] - slack \
        and b[1] < a[3] - slack


def composition_faults(document, scene: Scene, pages: int = 2) -> list[str]:
    """Everything a designer would object to, in words; empty for a well-composed factsheet."""
    faults = []
    if len(scene.pages) != pages:
        faults.append(f"{len(scene.pages)} pages, not {pages}")
    errors = [p.message for p in check_document(document, scene) if p.severity == Severity.ERROR]
    faults += [f"check: {message}" for message in errors]
    for number, page in enumerate(scene.pages, start=1):
        faults += [f"page {number}: overflow of {o.element_id}" for o in page.overflows]
        runs = [r for r in page.items if isinstance(r, TextRun) and r.text.strip()]
        boxes = [(text_box(r, scene), r) for r in runs]
        for index, (box, run) in enumerate(boxes):
            for other_box, other in boxes[index + 1:]:
                if overlaps(box, other_box):
                    faults.append(f"page {number}: '{run.text}' over '{other.text}'")
        rules = [i for i in page.items if isinstance(i, Rect) and i.height <= 1.5]
        for box, run in boxes:
            for rule in rules:
                if overlaps(box, (rule.x, rule.y, rule.x + rule.width, rule.y + rule.height),
                            slack=0.0):
                    faults.append(f"page {number}: '{run.text}' across a rule")
        faults += [f"page {number}: {band / MM:.0f} mm empty"
                   for band in [longest_empty_band(page, scene)] if band > LONGEST_EMPTY_BAND]
    return faults


def longest_empty_band(page, scene: Scene) -> float:
    """The tallest stretch of the page, between its top and bottom margins, where nothing is
    painted across the whole width (points). A blank page has none."""
    extents = sorted(e for e in (item_extent(i, scene) for i in page.items) if e is not None)
    if not extents:
        return 0.0
    margin = 13 * MM
    longest, reached = 0.0, max(margin, extents[0][0])
    for top, bottom in extents:
        if top > reached:
            longest = max(longest, min(top, page.height - margin) - reached)
        reached = max(reached, bottom)
    return max(longest, page.height - margin - reached)
