"""`infographic-app`: the desktop editor by default; `export` and `check` for the command line.

PDF export and check never import Qt, so they run on machines without a display and start fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from infographic_app import __version__
from infographic_app.model.problems import InputError, Problem

EXIT_OK, EXIT_CHECK_FAILED, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130


class _Parser(argparse.ArgumentParser):
    """Usage errors as FILE: field: message lines with exit code 2, like every other bad input."""

    def error(self, message: str) -> None:
        raise InputError([Problem(message, file=self.prog)])


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="infographic-app",
                     description="Factsheet studio: edit a data factsheet, preview it, export it.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    export = commands.add_parser("export", help="write a print PDF, screen PDF or PNG pages")
    export.add_argument("document", type=Path, help="the factsheet (.yaml)")
    export.add_argument("-o", "--output", type=Path, required=True,
                        help="OUT.pdf or OUT.png (several pages: OUT-1.png, OUT-2.png ...)")
    export.add_argument("--target", choices=("print", "screen"), default="print",
                        help="PDF for the print shop (CMYK, bleed, crop marks) or for screens")
    export.add_argument("--pdfx", choices=("4", "1a"),
                        help="print PDF as PDF/X-4 or PDF/X-1a (default: the theme's choice)")
    export.add_argument("--dpi", type=float, default=150, help="PNG resolution (default 150)")
    export.add_argument("--page", type=int, help="PNG of this page only (1, 2, ...)")
    card = commands.add_parser("card", help="a PNG card for social media, with its alt text "
                                            "beside it (OUT.txt)")
    card.add_argument("document", type=Path, help="the factsheet (.yaml)")
    card.add_argument("-o", "--output", type=Path, required=True, help="OUT.png")
    card.add_argument("--of", dest="of", required=True,
                      help="a figure (visitors_total) or a tile or theme "
                           "(blocks.themes.themes.partner_perpetrator)")
    card.add_argument("--size", choices=("square", "wide"), default="square",
                      help="square: 1080 x 1080 px; wide: 1200 x 675 px")
    check = commands.add_parser(
        "check", help="list broken rules, impossible figures, text that does not fit and what "
                      "the print shop (or a screen reader) would object to")
    check.add_argument("document", type=Path, help="the factsheet (.yaml)")
    check.add_argument("--target", choices=("print", "screen"), default="print",
                       help="preflight for the print PDF (default) or the screen PDF")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] in ("export", "card", "check") or any(a in ("-h", "--help", "--version")
                                                         for a in argv[:1]):
            args = _parser().parse_args(argv)
            return {"export": _export, "card": _card, "check": _check}[args.command](args)
        return _editor(argv)
    except InputError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def _load(path: Path):
    from infographic_app.model.document import load_document
    from infographic_app.model.theme import load_theme_for

    document = load_document(path)
    return document, load_theme_for(document)


def _report(problems: list[Problem]) -> None:
    for problem in problems:
        print(f"{problem.severity.value}: {problem}", file=sys.stderr)


def _findings(document, theme, target: str, scene=None) -> list[Problem]:
    """The checks and the preflight of `target`, of the given scene or a fresh layout."""
    from infographic_app.checks.messages import command_line_language
    from infographic_app.checks.report import check_for_targets
    from infographic_app.layout.engine import layout_document
    from infographic_app.layout.fonts import FontSet

    fonts = FontSet(theme)
    scene = scene or layout_document(document, theme, fonts)
    return check_for_targets(document, scene, theme, fonts, (target,), command_line_language())


def _check(args: argparse.Namespace) -> int:
    from infographic_app.checks.report import has_errors

    document, theme = _load(args.document)
    problems = _findings(document, theme, args.target)
    _report(problems)
    errors = sum(p.severity.value == "error" for p in problems)
    print(f"{args.document}: {errors} error(s), {len(problems) - errors} warning(s)")
    return EXIT_CHECK_FAILED if has_errors(problems) else EXIT_OK


def _export(args: argparse.Namespace) -> int:
    output: Path = args.output
    kind = output.suffix.lower()
    if kind not in (".pdf", ".png"):
        raise InputError([Problem("the output must end in .pdf or .png", field="-o",
                                  file=str(output))])
    _writable(output)
    if kind == ".png" and not 36 <= args.dpi <= 1200:
        raise InputError([Problem(f"choose a resolution from 36 to 1200 dpi, not {args.dpi:g}",
                                  field="--dpi")])
    document, theme = _load(args.document)
    try:
        if kind == ".pdf":
            from infographic_app.export.pdf import export_pdf

            standard = f"PDF/X-{args.pdfx}" if args.pdfx else None
            scene = export_pdf(document, theme, args.target, output, standard)
            problems = _findings(document, theme, args.target, scene)
            written = [output]
        else:
            from infographic_app.export.png import export_png

            problems = _findings(document, theme, "screen")
            written = export_png(document, theme, output, args.dpi, args.page)
    except PermissionError:
        raise InputError([Problem("cannot write here: permission denied (nothing was written)",
                                  field="-o", file=str(output))]) from None
    except OSError as exc:
        raise InputError([Problem(f"cannot write here: {exc.strerror or exc} (nothing was "
                                  "written)", field="-o", file=str(output))]) from None
    _report(problems)
    for path in written:
        print(f"wrote {path}")
    return EXIT_OK


def _writable(output: Path) -> None:
    """Refuse, before any work, an output that is a folder or lies in no folder."""
    if output.is_dir():
        raise InputError([Problem(f"cannot write here: this is a folder; give a file name such "
                                  f"as {output / ('factsheet' + output.suffix)}", field="-o",
                                  file=str(output))])
    if not output.parent.is_dir():
        what = "is a file, not a folder" if output.parent.exists() else "does not exist"
        raise InputError([Problem(f"cannot write here: the folder {output.parent} {what}",
                                  field="-o", file=str(output))])


def _card(args: argparse.Namespace) -> int:
    output: Path = args.output
    if output.suffix.lower() != ".png":
        raise InputError([Problem("a card is a PNG image: the output must end in .png",
                                  file=str(output))])
    _writable(output)
    document, theme = _load(args.document)
    from infographic_app.export.cards import export_card

    try:
        written = export_card(document, theme, args.of, args.size, output)
    except OSError as exc:
        raise InputError([Problem(f"cannot write here: {exc.strerror or exc} (nothing was "
                                  "written)", field="-o", file=str(output))]) from None
    for path in written:
        print(f"wrote {path}")
    return EXIT_OK


def _editor(argv: list[str]) -> int:
    documents = [Path(a) for a in argv if not a.startswith("-")]
    if documents:
        _load(documents[0])  # say now, in words, what is wrong with the file
    from infographic_app.gui.app import run

    return run(documents[0] if documents else None)
