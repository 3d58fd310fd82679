"""Big factsheets for the benchmarks: the bundled one's pages repeated, with renamed ids.

Copy 0 is the bundled factsheet as it is; copy k (k >= 1) adds its two pages again with every
page, block, item and figure id suffixed `_k`, its own figures (values, formulas and
references renamed) and its own rules, so a document of N pages holds N/2 independent
factsheets, each as the editor and the checks see the bundled one.

    from big_document import write_big_document
    path = write_big_document(50, folder)  # data/factsheet-2019.yaml x 25
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import yaml

from infographic_app.paths import default_document


def big_document_data(pages: int) -> dict:
    """The bundled factsheet's data with its pages repeated up to `pages` (rounded up to a
    whole number of copies: the bundled factsheet has two pages)."""
    data = yaml.safe_load(default_document().read_text(encoding="utf-8"))
    per_copy = len(data["pages"])
    copies = max(1, -(-pages // per_copy))
    figure_ids = list(data["figures"])
    original = {"figures": data["figures"], "rules": data["rules"], "pages": data["pages"]}
    figures, rules, all_pages = dict(data["figures"]), list(data["rules"]), list(data["pages"])
    for k in range(1, copies):
        rename = _renamer(figure_ids, f"_{k}")
        for figure_id, spec in original["figures"].items():
            figures[f"{figure_id}_{k}"] = _rename_values(copy.deepcopy(spec), rename)
        for rule in original["rules"]:
            rules.append(_rename_ids(_rename_values(copy.deepcopy(rule), rename), f"_{k}"))
        for page in original["pages"]:
            all_pages.append(_rename_ids(_rename_values(copy.deepcopy(page), rename), f"_{k}"))
    data["figures"], data["rules"], data["pages"] = figures, rules, all_pages[:pages]
    return data


def write_big_document(pages: int, folder: Path) -> Path:
    path = Path(folder) / f"factsheet-{pages}-pages.yaml"
    if not path.exists():
        text = yaml.safe_dump(big_document_data(pages), sort_keys=False, allow_unicode=True,
                              width=100)
        path.write_text(text, encoding="utf-8")
    return path


def _renamer(figure_ids: list[str], suffix: str):
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, figure_ids), key=len,
                                                     reverse=True)) + r")\b")
    return lambda text: pattern.sub(lambda m: m.group(1) + suffix, text)


def _rename_values(value: Any, rename) -> Any:
    """Figure names in every string but the ids, labels, headings and notes (prose)."""
    if isinstance(value, dict):
        return {key: item if key in ("id", "label", "heading", "note", "source", "kicker",
                                     "title", "prefix")
                else _rename_values(item, rename) for key, item in value.items()}
    if isinstance(value, list):
        return [_rename_values(item, rename) for item in value]
    return rename(value) if isinstance(value, str) else value


def _rename_ids(value: Any, suffix: str) -> Any:
    if isinstance(value, dict):
        return {key: (item + suffix if key == "id" and isinstance(item, str)
                      else _rename_ids(item, suffix)) for key, item in value.items()}
    if isinstance(value, list):
        return [_rename_ids(item, suffix) for item in value]
    return value
