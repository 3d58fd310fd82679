"""The language the operating system's user chose, for the command line on Windows and macOS,
where the shell sets no LANG: Windows' user interface language, macOS' first preferred
language. Read without Qt and without starting a program."""

from __future__ import annotations

import sys
from pathlib import Path

# Windows' primary language id of Dutch (LANGID & 0x3FF), e.g. 0x0413 nl-NL, 0x0813 nl-BE.
_WINDOWS_DUTCH = 0x13
# Where macOS keeps the user's preferred languages (AppleLanguages: ["nl-NL", "en-GB"]).
MAC_PREFERENCES = Path.home() / "Library" / "Preferences" / ".GlobalPreferences.plist"


def system_language(platform: str | None = None) -> str | None:
    """'nl' or 'en' as the system's user settings say on Windows and macOS (`platform`,
    default sys.platform), or None where there is no such setting (Linux: the shell's
    variables say it) or it cannot be read."""
    platform = platform or sys.platform
    try:
        if platform == "win32":
            return "nl" if windows_ui_language() & 0x3FF == _WINDOWS_DUTCH else "en"
        if platform == "darwin":
            first = mac_preferred_languages()[:1]
            return ("nl" if first[0].lower().startswith("nl") else "en") if first else None
    except (OSError, ValueError, AttributeError, TypeError):
        return None
    return None


def windows_ui_language() -> int:
    """The LANGID of the Windows user's interface language (GetUserDefaultUILanguage)."""
    import ctypes

    return int(ctypes.windll.kernel32.GetUserDefaultUILanguage())  # type: ignore[attr-defined]


def mac_preferred_languages() -> list[str]:
    """The macOS user's preferred languages, first the one the system shows ('nl-NL')."""
    import plistlib

    with MAC_PREFERENCES.open("rb") as handle:
        languages = plistlib.load(handle).get("AppleLanguages", [])
    return [str(language) for language in languages]
