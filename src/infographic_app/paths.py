"""Where the bundled assets and factsheets live, installed or in a source checkout; and the
per-user folder of the log and the recovery copies, the same for the editor and the command
line on every platform."""

import os
import sys
from functools import cache
from pathlib import Path

ORGANISATION, APPLICATION = "CKM", "Factsheet studio"
LOG_NAME = "factsheet-studio.log"  # the editor's log, where the command line logs an internal error
# Where the editor writes what it was doing when it crashed in native code (Qt), which the
# log cannot record: the Python stack of each thread at the crash.
CRASH_LOG_NAME = "factsheet-studio-crash.log"

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


def _bundled_file(name: str, what: str) -> Path:
    for base in (_PACKAGE, _PACKAGE.parent.parent):
        if (base / name).is_file():
            return base / name
    raise FileNotFoundError(f"{what} is missing from this installation")


def readme_file() -> Path:
    """The README, whose user part (the editor, the factsheet file) is the help behind F1.
    An installed wheel or bundle carries it inside the package."""
    return _bundled_file("README.md", "the README (the help)")


def third_party_notices() -> Path:
    """THIRD-PARTY-NOTICES: the licences of the software and data the app contains
    (packaging/third_party_notices.py writes it), shown in Help → About. FileNotFoundError
    when the installation lacks it."""
    return _bundled_file("THIRD-PARTY-NOTICES", "the third-party notices")


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


def user_data_folder() -> Path:
    """The per-user folder of the log, the recovery copies and the running-copy lock, found
    with platformdirs (no Qt, so the command line finds it too): on Linux
    ~/.local/share/CKM/Factsheet studio (or under $XDG_DATA_HOME), on Windows
    %LOCALAPPDATA%\\CKM\\Factsheet studio (not roaming: recovery copies belong to this
    laptop), on macOS ~/Library/Application Support/CKM/Factsheet studio. Not created here."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(ORGANISATION, appauthor=False, roaming=False)) / APPLICATION


def documents_folder() -> Path:
    """The user's Documents folder (platformdirs: ~/Documents, the XDG documents folder on
    Linux, the Windows Documents folder), where a factsheet without a folder of its own is
    saved and exported; the home folder when there is no such folder."""
    from platformdirs import user_documents_dir

    folder = Path(user_documents_dir())
    return folder if folder.is_dir() else Path.home()


def cache_folder(kind: str) -> Path:
    """The folder of the cache of `kind` ('font-metrics', 'checked-files', 'spelling',
    'colour-vision', 'start-pictures', ...): in the per-user cache of the platform (Linux:
    $XDG_CACHE_HOME or ~/.cache; Windows: %LOCALAPPDATA%; macOS: ~/Library/Caches), read when
    asked (tests set XDG_CACHE_HOME). Not created here."""
    if sys.platform.startswith("linux"):  # the XDG rule, as platformdirs follows it there,
        # without importing platformdirs: some 2 ms of every command-line export
        folder = os.environ.get("XDG_CACHE_HOME", "")
        base = Path(folder if folder.strip() else os.path.expanduser("~/.cache"))
        return base / "infographic-app" / kind
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("infographic-app", appauthor=False)) / kind


def files_version(files: tuple[Path, ...]) -> list:
    """The version of what `files` hold, for a remembered answer's identity (checks/remembered.py,
    layout/remembered.py): each one's path, size
    and modification time (None for one that cannot be read)."""
    identity: list = []
    for path in files:
        try:
            status = path.stat()
            identity += [str(path), status.st_size, status.st_mtime_ns]
        except OSError:
            identity += [str(path), None]
    return identity


@cache
def package_version(package: Path = _PACKAGE) -> list:
    """The identity of a package's own files (each .py file's path, size and time; default:
    this app's), for a remembered result's identity: a changed or reinstalled app
    remembers anew. Worked out once per run."""
    return files_version(tuple(sorted(package.rglob("*.py"))))


def log_file() -> Path:
    """The log file of the editor and the command line: LOG_NAME in user_data_folder()."""
    return user_data_folder() / LOG_NAME


def recovery_folder() -> Path:
    """The folder of the editor's recovery copies, in user_data_folder()."""
    return user_data_folder() / "recovery"
