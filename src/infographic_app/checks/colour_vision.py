"""Chart colours for colour-blind readers: shares that sit side by side in a multi-colour
chart (a donut's neighbouring slices, the last next to the first) must stay distinguishable
under simulated protanopia, deuteranopia and tritanopia.

Each pair of screen (sRGB) colours is seen through the simulation of Machado, Oliveira and
Fernandes (2009) at full severity (colorspacious' "sRGB1+CVD" space, severity 100) and
compared with colorspacious' colour difference (delta E in CAM02-UCS, on the scale of
CIEDE2000: about 1 for the smallest difference seen between two large patches). Each
difference is remembered between runs (checks/remembered.py), so an export of a theme whose
colours were simulated before imports neither numpy nor colorspacious.
ALIKE_BELOW = 10: chart slices and legend swatches are small marks, for which a difference
must be several times that of large patches to be seen reliably (Stone, Szafir and Setlur,
"An engineering model for color difference as a function of size", 2014); categorical-
palette tools flag pairs under about 10 as confusable. A pure red next to a pure green
comes out at about 4 for deuteranopia; the bundled theme's neighbours at 19 or more."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from infographic_app.checks.charts import MULTI_COLOUR
from infographic_app.checks.lookup_sources import colour_science_files
from infographic_app.checks.remembered import Remembered
from infographic_app.model.alt_text import visuals
from infographic_app.model.chart_colours import colour_slots
from infographic_app.model.document import Document
from infographic_app.model.messages import say
from infographic_app.model.problems import Problem, Severity
from infographic_app.model.theme import Theme
from infographic_app.paths import files_version

ALIKE_BELOW = 10.0  # delta E (CAM02-UCS) under which two simulated colours look alike
DEFICIENCIES = ("protanomaly", "deuteranomaly", "tritanomaly")  # at severity 100: -anopia


def simulated_difference(first: Sequence[int], second: Sequence[int], deficiency: str) -> float:
    """The colour difference (delta E, CAM02-UCS) between two sRGB colours (0-255 per
    channel) as a reader with `deficiency` (one of DEFICIENCIES, at full severity) sees
    them, as colorspacious works it out (remembered from an earlier run when it was asked
    then). An unknown deficiency raises ValueError."""
    if deficiency not in DEFICIENCIES:
        raise ValueError(f"not a colour vision deficiency: {deficiency!r}")
    question = f"{deficiency} {tuple(first)} {tuple(second)}"
    answer = _differences().get(question)
    if answer is None:
        answer = _worked_out(first, second, deficiency)
        _differences().put(question, answer)
    return float(answer)


@cache
def _differences() -> Remembered:
    """The differences worked out in earlier runs, by this installation of colorspacious
    (its package's files: lookup_sources.colour_science_files)."""
    return Remembered("colour-vision", "machado-2009",
                      ["colorspacious", *files_version(colour_science_files())])


def _worked_out(first: Sequence[int], second: Sequence[int], deficiency: str) -> float:
    import numpy as np  # the colour science: imported only for colours not seen before
    from colorspacious import cspace_convert, deltaE

    space = {"name": "sRGB1+CVD", "cvd_type": deficiency, "severity": 100}
    seen = [np.clip(cspace_convert(np.asarray(rgb, float) / 255, space, "sRGB1"), 0, 1)
            for rgb in (first, second)]
    return float(deltaE(seen[0], seen[1], input_space="sRGB1"))


def check_colour_vision(document: Document, theme: Theme, language: str = "en") -> list[Problem]:
    """A warning for each pair of neighbouring shares of a multi-colour chart whose colours
    look alike (delta E under ALIKE_BELOW) to readers with protanopia, deuteranopia or
    tritanopia; the message names the chart by its heading and the shares by their labels,
    once per pair with the deficiencies it fails for. A chart with more shares than chart
    colours is left to check_chart_colours."""
    problems = []
    palette = theme.chart_colours
    for element_id, heading, visual in visuals(document):
        ids = [f for f in visual.get("figures") or () if f in document.figures]
        if visual.get("kind") not in MULTI_COLOUR or not 2 <= len(ids) <= len(palette):
            continue  # more shares than colours is an error of its own (checks/charts.py)
        slots = colour_slots([document.figures[f] for f in ids], len(palette))
        rgb = {f: theme.colours[palette[slots[f] % len(palette)]].rgb for f in ids}
        pairs = list(zip(ids, ids[1:], strict=False))
        if len(ids) > 2:
            pairs.append((ids[-1], ids[0]))  # round the ring
        for first, second in pairs:
            failing = [d for d in DEFICIENCIES
                       if simulated_difference(rgb[first], rgb[second], d) < ALIKE_BELOW]
            if not failing:
                continue
            field, line = document.locate(element_id)
            problems.append(Problem(
                say("chart_colours_alike", language, heading=heading,
                    first=document.figures[first].label, second=document.figures[second].label,
                    readers=say("and", language).join(say(f"cvd_{d}", language)
                                                      for d in failing)),
                field=field, file=str(document.path or ""), line=line,
                severity=Severity.WARNING, element_id=element_id))
    _differences().save()
    return problems
