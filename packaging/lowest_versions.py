"""Print the project's dependencies pinned to the lowest versions pyproject.toml allows, as a
pip requirements file: `name>=1.2,<2; marker` becomes `name==1.2; marker`.

    python packaging/lowest_versions.py [pyproject.toml] [--extra test] > lowest.txt

packaging/test_lowest_versions.sh installs them and runs the tests, so a lower bound that
the code no longer works with is noticed. A dependency without a lower bound is listed
unpinned, with a warning on stderr.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

# name, optional [extras], the version specifiers, optional "; marker" (PEP 508, no URLs)
REQUIREMENT = re.compile(r"^\s*(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?P<extras>\[[^\]]*\])?"
                         r"\s*(?P<specs>[^;]*?)\s*(?:;\s*(?P<marker>.+))?$")


def lowest(requirement: str) -> str:
    match = REQUIREMENT.match(requirement)
    if not match:
        raise ValueError(f"not a requirement this script understands: {requirement!r}")
    name, extras = match["name"], match["extras"] or ""
    floors = [re.sub(r"\.\*$", "", spec.strip()[2:].strip())
              for spec in match["specs"].split(",")
              if spec.strip()[:2] in (">=", "==", "~=")]
    if floors:
        pinned = f"{name}{extras}=={floors[0]}"
    else:
        print(f"warning: {name} has no lower bound; left unpinned", file=sys.stderr)
        pinned = f"{name}{extras}{match['specs']}"
    return pinned + (f"; {match['marker']}" if match["marker"] else "")


def main(argv: list[str]) -> int:
    extras = [argv[i + 1] for i, a in enumerate(argv) if a == "--extra"]
    paths = [a for i, a in enumerate(argv) if not a.startswith("--")
             and (i == 0 or argv[i - 1] != "--extra")]
    pyproject = Path(paths[0]) if paths else Path(__file__).resolve().parents[1] / \
        "pyproject.toml"
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    requirements = list(project.get("dependencies", []))
    for extra in extras:
        requirements += project.get("optional-dependencies", {})[extra]
    for requirement in requirements:
        print(lowest(requirement))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
