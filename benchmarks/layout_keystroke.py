"""What the layout costs per keystroke, as `name=value` lines, in processor time.

The editor lays out again the page an edit touched, reusing the text it set before
(layout_document with `previous`, `changed` and `kept`), and the numbered notes when the edit
changed no source, note or use of a figure (`notes_changed`, as the editor decides it), and the
walk over the figure uses when only a figure's own field changed (`uses_changed`). This
times that step alone, for a figure typed into (the tiles' first number) and for a theme's
text typed into, on the bundled factsheet and on the 2020 edition whose page 1 is copy-fitted
and sends a row of themes on to page 2. Processor time (time.process_time), not wall time, so
a shared, busy machine changes it less than the window's own latency benchmark
(benchmarks/preview_latency.py). Medians and 95th percentiles of --keys layouts each, the
first 20 left out (warming up).

    python benchmarks/layout_keystroke.py [--keys 300]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from infographic_app.layout.engine import layout_document
from infographic_app.layout.fonts import FontSet
from infographic_app.layout.text import TextSetter
from infographic_app.model.notes import changes_notes, changes_uses
from infographic_app.model.reading import load_document
from infographic_app.model.theme import load_theme_for

ROOT = Path(__file__).resolve().parent.parent
FACTSHEETS = {"bundled": ROOT / "data" / "factsheet-2019.yaml",
              "edition_2020": ROOT / "tests" / "fixtures" / "factsheet-2020.yaml"}
WARM_UP = 20


def keystrokes(path: Path, keys: int) -> dict[str, list[float]]:
    """Milliseconds of processor time per layout after a figure and a text edit."""
    document = load_document(path)
    theme = load_theme_for(document)
    setter, kept = TextSetter(FontSet(theme), document.locale), {}
    scene = layout_document(document, theme, setter=setter, kept=kept)
    theme_entry = document.block("themes").fields["themes"][0]
    text = theme_entry["text"]
    figure = document.figures["visitors_total"]
    times: dict[str, list[float]] = {"figure": [], "text": []}
    field = f"blocks.themes.themes.{theme_entry['id']}.text"
    for key in range(keys):
        for name, edit in (("figure", lambda k=key: setattr(figure, "value", 299 + k % 7)),
                           ("text", lambda k=key: theme_entry.update(text=text + " x" * (k % 5)))):
            before = theme_entry["text"]
            edit()
            start = time.process_time()
            edited = (field, before, theme_entry["text"]) if name == "text" \
                else ("figures.visitors_total.value", 0, 0)
            scene = layout_document(document, theme, setter=setter, previous=scene,
                                    changed={0}, kept=kept,
                                    notes_changed=changes_notes(*edited),
                                    uses_changed=changes_uses(*edited))
            times[name].append((time.process_time() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=300)
    args = parser.parse_args()
    for factsheet, path in FACTSHEETS.items():
        for edit, measured in keystrokes(path, args.keys).items():
            kept = sorted(measured[WARM_UP:])
            print(f"{factsheet}_{edit}_layout_median_ms={statistics.median(kept):.2f}")
            print(f"{factsheet}_{edit}_layout_p95_ms={kept[int(len(kept) * 0.95)]:.2f}")


if __name__ == "__main__":
    main()
