"""Write THIRD-PARTY-NOTICES: every distribution the app runs on (the dependency closure of
infographic-app in this Python, which is what PyInstaller bundles), with its version, licence
and the licence texts it ships, then the bundled fonts' and colour profile's licences.
Qt (PySide6) ships no licence file in its wheel: its LGPL-3.0 text (packaging/licences/) and
where its source is are added here.

    python packaging/third_party_notices.py                  # rewrite THIRD-PARTY-NOTICES
    python packaging/third_party_notices.py --out FILE       # write elsewhere (build.sh)
    python packaging/third_party_notices.py --constraints packaging/constraints-release.txt
        # and exit 1 when an installed version differs from its pin (release builds)
    python packaging/third_party_notices.py --pins           # name==version of each, printed

Run it in the Python the bundle is built from (build.sh and the CI workflows do).
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
APP = "infographic-app"
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.IGNORECASE)
QT_NOTE = """\
Qt for Python (PySide6, shiboken6) and the Qt libraries it contains are used under the GNU
Lesser General Public License version 3 (text below; the GNU GPL version 3 it refers to is
this app's own LICENSE). The Qt libraries are unmodified and lie in the bundle as separate
files, so they can be replaced by other builds of the same version. Their source code:
https://download.qt.io/official_releases/QtForPython/ and https://code.qt.io/.
"""


def closure(root: str = APP) -> list[metadata.Distribution]:
    """The installed distributions `root` needs to run (no extras), sorted by name; markers
    evaluated for this Python and platform. Raises PackageNotFoundError for one missing."""
    environment = default_environment()
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in seen:
            continue
        distribution = metadata.distribution(name)
        seen[name] = distribution
        for line in distribution.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate(
                    {**environment, "extra": ""}):
                todo.append(requirement.name)
    seen.pop(canonicalize_name(root))
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def licence_name(distribution: metadata.Distribution) -> str:
    """The distribution's licence in a few words: its SPDX expression, else its License
    field's first line, else its licence classifiers."""
    data = distribution.metadata
    expression = data.get("License-Expression")
    if expression:
        return expression
    field = (data.get("License") or "").strip().splitlines()
    if field and len(field[0]) < 80:
        return field[0]
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in data.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see the licence text below"


def licence_texts(distribution: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of each licence, copying or notice file the distribution installed."""
    found = []
    for file in distribution.files or []:
        if LICENCE_FILE.search(file.name) and not file.name.endswith((".py", ".pyc")):
            with contextlib.suppress(OSError):
                found.append((str(file), Path(distribution.locate_file(file)).read_text(
                    encoding="utf-8", errors="replace")))
    return found


def notices() -> str:
    """The whole THIRD-PARTY-NOTICES text."""
    distributions = closure()
    parts = ["Factsheet studio contains the following software and data of others, each under "
             "its own licence.\n\n"]
    parts += [f"- {d.metadata['Name']} {d.version}: {licence_name(d)}\n" for d in distributions]
    parts.append("- Lato fonts: SIL Open Font License 1.1\n"
                 "- ISO Coated v2 300% colour profile (ECI): see its licence below\n")
    for distribution in distributions:
        name = distribution.metadata["Name"]
        parts.append(f"\n{'=' * 78}\n{name} {distribution.version}: "
                     f"{licence_name(distribution)}\n{'=' * 78}\n")
        texts = licence_texts(distribution)
        if canonicalize_name(name) in ("pyside6-essentials", "shiboken6"):
            parts.append(QT_NOTE)
            if name == "shiboken6":
                parts.append("\n" + (ROOT / "packaging" / "licences" / "LGPL-3.0.txt")
                             .read_text(encoding="utf-8"))
        for file, text in texts:
            parts.append(f"\n--- {file}\n{text.rstrip()}\n")
        if not texts and canonicalize_name(name) not in ("pyside6-essentials", "shiboken6"):
            parts.append("(the distribution installs no licence file)\n")
    for title, path in (("Lato fonts", ROOT / "assets" / "fonts" / "OFL.txt"),
                        ("ISO Coated v2 colour profile",
                         ROOT / "assets" / "profiles" / "LICENSE-ISOcoated_v2.txt")):
        parts.append(f"\n{'=' * 78}\n{title}\n{'=' * 78}\n"
                     f"{path.read_text(encoding='utf-8').rstrip()}\n")
    return "".join(parts)


def differing_pins(constraints: Path) -> list[str]:
    """'name: installed X, pinned Y' for each distribution of the closure whose installed
    version is not the one `constraints` pins (name==version lines), and for each one the
    file does not pin."""
    pins = {}
    for line in constraints.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            pins[canonicalize_name(name.split(";")[0])] = version.split(";")[0].strip()
    differing = []
    for distribution in closure():
        name = canonicalize_name(distribution.metadata["Name"])
        pinned = pins.get(name)
        if pinned != distribution.version:
            differing.append(f"{name}: installed {distribution.version}, "
                             f"pinned {pinned or 'nothing'}")
    return differing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "THIRD-PARTY-NOTICES")
    parser.add_argument("--constraints", type=Path,
                        help="fail when the installed versions are not the ones pinned here")
    parser.add_argument("--pins", action="store_true",
                        help="print name==version of each distribution, write nothing")
    args = parser.parse_args()
    if args.pins:
        for distribution in closure():
            print(f"{canonicalize_name(distribution.metadata['Name'])}=={distribution.version}")
        return 0
    if args.constraints:
        differing = differing_pins(args.constraints)
        if differing:
            print("not the pinned versions:\n  " + "\n  ".join(differing), file=sys.stderr)
            return 1
    args.out.write_text(notices(), encoding="utf-8", newline="\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
