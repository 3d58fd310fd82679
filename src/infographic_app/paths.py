"""Where the bundled assets and factsheets live, installed or in a source checkout."""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    # An installed wheel carries the folder inside the package; a source
    # checkout (or editable install) has it at the top of the repository.
    for base in (_PACKAGE, _PACKAGE.parent.parent):
        if (base / name).is_dir():
            return base / name
    raise FileNotFoundError(f"the bundled '{name}' folder is missing from this installation")


def assets_dir() -> Path:
    """The bundled assets folder (theme, fonts, colour profile, icons). FileNotFoundError
    when the installation lacks it."""
    return _bundled("assets")


def data_dir() -> Path:
    """The bundled factsheets folder (the templates). FileNotFoundError when missing."""
    return _bundled("data")


def readme_file() -> Path:
    """The README, whose user part (the editor, the factsheet file) is the help behind F1.
    An installed wheel or bundle carries it inside the package."""
    for base in (_PACKAGE, _PACKAGE.parent.parent):
        if (base / "README.md").is_file():
            return base / "README.md"
    raise FileNotFoundError("the README (the help) is missing from this installation")


def dutch_help_file() -> Path:
    """The Dutch help behind F1 in a Dutch interface (docs/help-nl.md: the README's user
    part in Dutch). An installed wheel or bundle carries it inside the package;
    FileNotFoundError when missing."""
    for base in (_PACKAGE, _PACKAGE.parent.parent):
        if (base / "docs" / "help-nl.md").is_file():
            return base / "docs" / "help-nl.md"
    raise FileNotFoundError("the Dutch help is missing from this installation")


def default_theme() -> Path:
    """The bundled theme file (assets/theme.yaml)."""
    return assets_dir() / "theme.yaml"


def templates() -> list[Path]:
    """The factsheets that ship with the app (every .yaml under data/), which File → New
    offers; the bundled 2019 factsheet first."""
    found = sorted(data_dir().rglob("*.yaml"))
    first = [p for p in found if p.name == "factsheet-2019.yaml"]
    return first + [p for p in found if p not in first]


def default_document() -> Path:
    """The bundled 2019 factsheet, the template the editor opens by default."""
    return data_dir() / "factsheet-2019.yaml"
