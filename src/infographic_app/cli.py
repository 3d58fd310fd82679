"""`infographic-app`: the desktop editor by default; `export` and `check` for the command line.

PDF export and check never import Qt, so they run on machines without a display and start fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
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
    export.add_argument("--force", action="store_true",
                        help="export even when the checks find errors (they are still listed)")
    card = commands.add_parser("card", help="a PNG card for social media, with its alt text "
                                            "beside it (OUT.txt)")
    card.add_argument("document", type=Path, help="the factsheet (.yaml)")
    card.add_argument("-o", "--output", type=Path, required=True, help="OUT.png")
    card.add_argument("--of", dest="of", required=True,
                      help="a figure (visitors_total) or a tile or theme "
                           "(blocks.themes.themes.partner_perpetrator)")
    card.add_argument("--size", choices=("square", "wide"), default="square",
                      help="square: 1080 x 1080 px; wide: 1200 x 675 px")
    card.add_argument("--force", action="store_true",
                      help="make the card even when the checks find errors")
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
    from infographic_app.model.reading import load_document
    from infographic_app.model.theme import load_theme_for

    document = load_document(path)
    return document, load_theme_for(document)


def _report(problems: list[Problem]) -> None:
    for problem in problems:
        print(f"{problem.severity.value}: {problem}", file=sys.stderr)


def _findings(document, theme, scene, target: str) -> list[Problem]:
    """What the checks find in `scene`, for `target`, in the shell's language."""
    from infographic_app.checks.messages import command_line_language
    from infographic_app.export.refusal import export_findings

    return export_findings(document, scene, theme, target, command_line_language())


def _cleared(problems: list[Problem], output: Path, force: bool) -> bool:
    """List the findings; False (and say so) when errors refuse the export and it is not
    forced. Nothing has been written yet at this point."""
    from infographic_app.checks.messages import command_line_language, say
    from infographic_app.export.refusal import export_refusal

    _report(problems)
    errors = export_refusal(problems)
    if errors and not force:
        print(f"{output}: {say('export_refused', command_line_language(), errors=len(errors))}",
              file=sys.stderr)
        return False
    return True


def _check(args: argparse.Namespace) -> int:
    from infographic_app.checks.report import has_errors
    from infographic_app.layout.engine import layout_document

    document, theme = _load(args.document)
    problems = _findings(document, theme, layout_document(document, theme), args.target)
    _report(problems)
    errors = sum(p.severity.value == "error" for p in problems)
    print(f"{args.document}: {errors} error(s), {len(problems) - errors} warning(s)")
    return EXIT_CHECK_FAILED if has_errors(problems) else EXIT_OK


def _export(args: argparse.Namespace) -> int:
    """Lay out once, check that scene, and write it only when the checks allow (or --force)."""
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
    from infographic_app.layout.engine import layout_document

    scene = layout_document(document, theme)
    if kind == ".png":
        from infographic_app.export.png import page_indexes

        page_indexes(scene, args.page)  # no such page: bad input, said before the checks
    target = args.target if kind == ".pdf" else "screen"
    if not _cleared(_findings(document, theme, scene, target), output, args.force):
        return EXIT_CHECK_FAILED
    with _writing(output):
        if kind == ".pdf":
            from infographic_app.export.pdf import export_pdf

            standard = f"PDF/X-{args.pdfx}" if args.pdfx else None
            export_pdf(document, theme, args.target, output, standard, scene)
            written = [output]
        else:
            from infographic_app.export.png import export_png

            written = export_png(document, theme, output, args.dpi, args.page, scene)
    for path in written:
        print(f"wrote {path}")
    return EXIT_OK


@contextmanager
def _writing(output: Path) -> Iterator[None]:
    """A file that cannot be written is bad input, said in words (nothing was written)."""
    try:
        yield
    except PermissionError:
        raise InputError([Problem("cannot write here: permission denied (nothing was written)",
                                  field="-o", file=str(output))]) from None
    except OSError as exc:
        raise InputError([Problem(f"cannot write here: {exc.strerror or exc} (nothing was "
                                  "written)", field="-o", file=str(output))]) from None


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
    """Lay the card out, check it, and write it only when the checks allow (or --force)."""
    output: Path = args.output
    if output.suffix.lower() != ".png":
        raise InputError([Problem("a card is a PNG image: the output must end in .png",
                                  file=str(output))])
    _writable(output)
    document, theme = _load(args.document)
    from infographic_app.export.cards import export_card
    from infographic_app.layout.cards import layout_card

    card = layout_card(document, theme, args.of, args.size)
    if not _cleared(_findings(document, theme, card, "screen"), output, args.force):
        return EXIT_CHECK_FAILED
    with _writing(output):
        written = export_card(document, theme, args.of, args.size, output, card)
    for path in written:
        print(f"wrote {path}")
    return EXIT_OK


def _editor(argv: list[str]) -> int:
    documents = [Path(a) for a in argv if not a.startswith("-")]
    if documents:
        _load(documents[0])  # say now, in words, what is wrong with the file
    from infographic_app.gui.app import run

    return run(documents[0] if documents else None)
