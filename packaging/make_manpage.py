"""Write packaging/infographic-app.1, the man page, from the command line's argument parser
(infographic_app/cli.py): usage, description, every command with its options, exit codes.

    python packaging/make_manpage.py            # rewrite the committed page
    python packaging/make_manpage.py --check    # exit 1 when it is out of date (the tests)

Read it with `man packaging/infographic-app.1`; install.sh puts it where man finds it.
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from infographic_app import __version__  # noqa: E402
from infographic_app.cli import _parser, help_description, help_epilog, help_usage  # noqa: E402

PAGE = HERE / "infographic-app.1"
PROG = "infographic-app"


def _roff(text: str) -> str:
    """Plain text made safe for roff: backslashes, hyphens and a leading dot or quote."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"^([.'])", r"\\&\1", text, flags=re.M)


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.strip().split("\n\n") if p.strip()]


def _option(action: argparse.Action) -> str:
    names = ", ".join(f"\\fB{_roff(o)}\\fR" for o in action.option_strings)
    if action.option_strings and action.nargs != 0:
        metavar = action.metavar or (
            "{" + ",".join(action.choices) + "}" if action.choices else action.dest.upper())
        names += f" \\fI{_roff(str(metavar))}\\fR"
    elif not action.option_strings:
        names = f"\\fI{_roff(action.metavar or action.dest)}\\fR"
    return f".TP\n{names}\n{_roff(' '.join((action.help or '').split()))}"


def _usage(parser: argparse.ArgumentParser) -> str:
    usage = parser.format_usage().removeprefix("usage: ")
    return " ".join(usage.split())


def manpage() -> str:
    parser = _parser("en")  # the man page is in English
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    helps = {c.dest: c.help for c in commands._choices_actions}
    date = datetime.date(2026, 1, 1)  # fixed, so the page changes only with its text
    lines = [
        f'.TH INFOGRAPHIC\\-APP 1 "{date:%B %Y}" "{PROG} {__version__}" "User Commands"',
        ".SH NAME",
        f"{PROG} \\- Factsheet studio: edit a data factsheet, preview it, export it",
        ".SH SYNOPSIS",
    ]
    for usage in help_usage("en").replace("%(prog)s", PROG).splitlines():
        lines += [".nf", _roff(usage.strip()), ".fi", ".br"]
    lines.append(".SH DESCRIPTION")
    for paragraph in _paragraphs(help_description("en")):
        lines += [".PP", _roff(paragraph)]
    lines.append(".SH OPTIONS")
    lines += [_option(a) for a in parser._actions if a.option_strings]
    lines.append(".SH COMMANDS")
    for name, sub in commands.choices.items():
        lines += [".SS " + _roff(name), ".PP", _roff(_usage(sub)), ".PP",
                  _roff(" ".join((helps.get(name) or "").split()))]
        lines += [".RS"]
        lines += [_option(a) for a in sub._actions if a.dest != "help"]
        lines += [".RE"]
    lines.append(".SH EXIT STATUS")
    codes, *notes = help_epilog("en").split("\n", 1)[1].split("\n\n")  # the list, then paragraphs
    for entry in re.split(r"\n(?=  \d)", codes):
        code, text = entry.strip().split(None, 1)
        lines += [".TP", f"\\fB{code}\\fR", _roff(" ".join(text.split()))]
    for note in notes:
        lines += [".PP", _roff(" ".join(note.split()))]
    lines += [
        ".SH FILES",
        ".TP",
        "\\fI~/.local/share/CKM/Factsheet studio/\\fR",
        _roff("The log (factsheet-studio.log, rotated at 1 MB, three old files kept) and the "
              "editor's recovery copies; under $XDG_DATA_HOME when that is set."),
        ".SH SEE ALSO",
        _roff("The editor's help (F1), which is the user part of the README."),
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    text = manpage()
    if "--check" in argv:
        if not PAGE.is_file() or PAGE.read_text(encoding="utf-8") != text:
            print(f"{PAGE} is out of date: run python packaging/make_manpage.py",
                  file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(text, encoding="utf-8")
    print(f"wrote {PAGE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
