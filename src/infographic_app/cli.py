"""`infographic-app`: the desktop editor by default; `export` and `check` for the command line.

PDF export and check never import Qt, so they run on machines without a display and start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import NoReturn

from infographic_app import __version__
from infographic_app.model.messages import command_line_language, say
from infographic_app.model.problems import InputError, Problem, quote_value, shown_path

EXIT_OK, EXIT_CHECK_FAILED, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130
# A fault of the app itself, never of the input: the traceback goes to the log file, the user
# reads one sentence. Its own code, so a script never takes it for "check found errors" (1).
EXIT_INTERNAL_ERROR = 3


USAGE = """%(prog)s [FACTSHEET.yaml]
       %(prog)s COMMAND [OPTIONS] FACTSHEET.yaml ...
       %(prog)s --help | --version"""
DESCRIPTION = """\
Factsheet studio: edit a data factsheet, preview it, export it.

Without a command, the desktop editor opens: on FACTSHEET.yaml when one is given, else on
the file opened last, else on the bundled factsheet as a new, untitled one. The commands
below export and check without opening a window ('infographic-app COMMAND --help' for each)."""
EPILOG = f"""\
exit codes:
  {EXIT_OK}    done; check found no errors; diff found no difference
  {EXIT_CHECK_FAILED}    the checks found errors (export and card wrote nothing; use --force);
       diff: the factsheets differ
  {EXIT_BAD_INPUT}    bad input: a file that cannot be read or is not a valid factsheet, or a
       wrong command line; each problem on a line as FILE: field: message
  {EXIT_INTERNAL_ERROR}    something went wrong inside the app, not in the file; nothing was
       written and the details are in the log (factsheet-studio.log, in
       ~/.local/share/CKM/Factsheet studio/ or $XDG_DATA_HOME/CKM/Factsheet studio/ on
       Linux, %LOCALAPPDATA%\\CKM\\Factsheet studio\\ on Windows,
       ~/Library/Application Support/CKM/Factsheet studio/ on macOS)
  {EXIT_INTERRUPTED}  interrupted (Ctrl+C)

Export of several factsheets (--outdir): each factsheet is read, checked and written (or
refused) on its own, so each one that can be exported is written all the same; one that is
not leaves an earlier export of it as it was (a refusal names that file). The exit code is
the worst of them: 3, then 2, then 1, then 0."""


class _Parser(argparse.ArgumentParser):
    """Usage errors as FILE: field: message lines with exit code 2, like every other bad input."""

    def error(self, message: str) -> None:
        raise InputError([Problem(message, file=self.prog)])


def _parser() -> _Parser:
    """The whole command line; `command_parsers` holds each command's own parser by name."""
    parser = _Parser(prog="infographic-app", usage=USAGE, description=DESCRIPTION,
                     epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND",
                                     prog="infographic-app",
                                     title="commands")
    export = commands.add_parser(
        "export", help="write a print PDF, screen PDF, PNG pages or a web page, of one "
                       "factsheet or many",
        description="Export one factsheet to -o OUT, or several in one go to --outdir FOLDER. "
                    "Each factsheet is read, checked and written (or refused) on its own; the "
                    "exit code is the worst of them.")
    export.add_argument("documents", type=Path, nargs="+", metavar="FACTSHEET.yaml",
                        help="the factsheet(s)")
    where = export.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", type=Path,
                       help="OUT.pdf, OUT.png (several pages: OUT-1.png, OUT-2.png ...) or "
                            "OUT.html (the web edition), for one factsheet")
    where.add_argument("--outdir", type=Path, metavar="FOLDER",
                       help="write each factsheet to FOLDER/NAME.pdf (or .png, .html), NAME being "
                            "its file name without .yaml (and .factsheet)")
    export.add_argument("--format", choices=("pdf", "png", "html"),
                        help="with --outdir: PDF (default), PNG pages or the web page")
    export.add_argument("--target", choices=("print", "screen"), default="print",
                        help="PDF for the print shop (CMYK, bleed, crop marks) or for screens")
    export.add_argument("--pdfx", choices=("4", "1a"),
                        help="print PDF as PDF/X-4 or PDF/X-1a (default: the theme's choice)")
    export.add_argument("--tagged", action="store_true",
                        help="tag the print PDF for screen readers as well, as the screen PDF "
                             "always is (default: the theme's print.tagged)")
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
    # The names of layout.cards.CARD_SIZES (not imported here: the CLI starts without the layout)
    card.add_argument("--size", choices=("square", "portrait", "story", "wide"),
                      default="square",
                      help="square: 1080 x 1080 px; portrait: 1080 x 1350 px; story: 1080 x "
                           "1920 px; wide (LinkedIn, X): 1200 x 627 px")
    card.add_argument("--force", action="store_true",
                      help="make the card even when the checks find errors")
    proof = commands.add_parser(
        "proof", help="the proof sheet (Cijferverantwoording): every printed figure with its "
                      "source, formula, history and places, for the second reader")
    proof.add_argument("document", type=Path, help="the factsheet (.yaml)")
    proof.add_argument("-o", "--output", type=Path, required=True, help="OUT.pdf")
    check = commands.add_parser(
        "check", help="list broken rules, impossible figures, text that does not fit and what "
                      "the print shop (or a screen reader) would object to")
    check.add_argument("document", type=Path, help="the factsheet (.yaml)")
    check.add_argument("--target", choices=("print", "screen"), default="print",
                       help="preflight for the print PDF (default) or the screen PDF")
    from infographic_app.cli_editions import add_commands

    add_commands(commands)  # new-edition, confirm, diff
    parser.command_parsers = commands.choices
    return parser


def _parse(argv: list[str]) -> argparse.Namespace:
    """`argv` read by the parser; a command's options may come before, between or after its
    files (`export a.yaml --outdir out b.yaml`). argparse reads files and options only in
    order within a command, and refuses intermixed reading on a parser with commands, so the
    command's own parser reads the arguments after its name intermixed."""
    parser = _parser()
    command = parser.command_parsers.get(argv[0])
    if command is None:  # --help, --version
        return parser.parse_args(argv)
    return command.parse_intermixed_args(argv[1:], argparse.Namespace(command=argv[0]))


_editor_started = False


def run() -> NoReturn:
    """The `infographic-app` command (and `python -m infographic_app`): main() with the
    process' arguments, its exit code the process'. A command-line command has written and
    closed its files and said what it did by then, so the process ends at once, without
    tearing the interpreter down (its modules and objects: some 50 ms of a 0.4 s export);
    the editor ends as Python normally does."""
    code = main()
    if not _editor_started:
        import logging

        logging.shutdown()
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):  # a closed pipe, as Python itself would at exit
            code = code or EXIT_INTERNAL_ERROR
        os._exit(code)
    raise SystemExit(code)


def main(argv: list[str] | None = None) -> int:
    """Run the command line with `argv` (default: sys.argv[1:]); the editor when no
    command is given. Returns the exit code: 0 done, 1 check found errors or an export was
    refused, 2 the input cannot be used, 3 an internal error, 130 interrupted."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        from infographic_app.cli_editions import COMMANDS as EDITION_COMMANDS
        from infographic_app.cli_editions import run as run_edition_command

        if argv and argv[0] in ("export", "card", "check", "proof",
                                    *EDITION_COMMANDS) or any(
                a in ("-h", "--help", "--version") for a in argv[:1]):
            args = _parse(argv)
            if args.command in EDITION_COMMANDS:
                return run_edition_command(args)
            if args.command == "export":
                return _export(args, argv)
            return {"card": _card, "check": _check, "proof": _proof}[args.command](args)
        return _editor(argv)
    except InputError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception:  # also MemoryError and RecursionError; never a traceback on the terminal
        log = _log_internal_error(argv)
        where = f"; the details are in {log}" if log else ""
        print(f"infographic-app: something went wrong inside the app, not in your file "
              f"(nothing was written){where}. Please report it.", file=sys.stderr)
        return EXIT_INTERNAL_ERROR


def _log_internal_error(argv: list[str]) -> Path | None:
    """Append the current exception's traceback, with the command, to the log file; the
    log's path, or None when it cannot be written (then the traceback is lost, not shown)."""
    import datetime
    import traceback

    from infographic_app.paths import log_file

    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"{datetime.datetime.now().isoformat(timespec='seconds')} ERROR "
                         f"infographic_app.cli: internal error in: infographic-app "
                         f"{' '.join(argv)}\n{traceback.format_exc()}")
        return path
    except Exception:  # a full disk or a read-only home must not turn into a traceback
        return None


def _load(path: Path):
    from infographic_app.model.reading import load_document
    from infographic_app.model.theme import load_theme_for

    document = load_document(path)
    return document, load_theme_for(document)


def _report(problems: list[Problem]) -> None:
    """Each finding on stderr as 'error: FILE:LINE: field: message' (or 'warning: ...'), the
    first word in the shell's language."""
    language = command_line_language()
    for problem in problems:
        print(f"{say(problem.severity.value, language)}: {problem}", file=sys.stderr)


def _findings(document, theme, scene, target: str) -> list[Problem]:
    """What the checks find in `scene`, for `target`, in the shell's language, each naming
    its place as the editor's forms do ("Thema 'partner = pleger' › Tekst") after FILE:LINE."""
    from infographic_app.export.refusal import export_findings
    from infographic_app.model.places import place_name

    language = command_line_language()
    return [replace(problem, field=place_name(document, problem.field, language))
            for problem in export_findings(document, scene, theme, target, language)]


def _cleared(problems: list[Problem], output: Path, force: bool, earlier: list[Path]) -> bool:
    """List the findings; False (and say so) when errors refuse the export and it is not
    forced. Nothing has been written yet at this point; `earlier` are the files of an earlier
    export at the same place, which the refusal names since they stay."""
    from infographic_app.export.refusal import export_refusal

    _report(problems)
    errors = export_refusal(problems)
    if errors and not force:
        language = command_line_language()
        left = f"; {_left_as_they_were(earlier, language)}" if earlier else ""
        refused = say("export_refused", language, errors=len(errors), earlier=left)
        print(f"{shown_path(output)}: {refused}", file=sys.stderr)
        return False
    return True


def _left_as_they_were(earlier: list[Path], language: str) -> str:
    """'the out/a.pdf already there is from an earlier export and was not changed'."""
    key = "export_earlier_one" if len(earlier) == 1 else "export_earlier_many"
    return say(key, language, files=", ".join(map(shown_path, earlier)))


def _earlier_files(output: Path, page: int | None) -> list[Path]:
    """The files already where an export to `output` writes: OUT.pdf, or for PNG OUT.png and,
    when every page is wanted, OUT-1.png, OUT-2.png ... (in page order); none when the
    folder cannot be read."""
    if output.suffix.lower() == ".png" and page is None:
        from infographic_app.export.png import earlier_pngs

        return [path for path in earlier_pngs(output) if path.is_file()]
    try:
        return [output] if output.is_file() else []
    except OSError:  # a name too long, a folder that cannot be read: said elsewhere
        return []


def _check(args: argparse.Namespace) -> int:
    from infographic_app.checks.report import has_errors
    from infographic_app.layout.engine import layout_document

    document, theme = _load(args.document)
    problems = _findings(document, theme, layout_document(document, theme), args.target)
    _report(problems)
    errors = sum(p.severity.value == "error" for p in problems)
    summary = say("check_summary", command_line_language(), errors=errors,
                  warnings=len(problems) - errors)
    print(f"{shown_path(args.document)}: {summary}")
    return EXIT_CHECK_FAILED if has_errors(problems) else EXIT_OK


def _export(args: argparse.Namespace, argv: list[str]) -> int:
    """Export each factsheet on its own: one that cannot be read, is refused by the checks or
    meets an error inside the app does not stop the others (Ctrl+C stops all). A wrong command
    line (`argv`, for the log) is said once, before any factsheet is read. Returns the worst
    exit code: 3 internal error, then 2 bad input, then 1 refused, then 0 done."""
    language = command_line_language()
    jobs = _export_jobs(args, language)
    shared = _Shared()
    codes = []
    for document, output in jobs:
        codes.append(_export_or_say_why_not(document, output, args, shared, argv))
    if len(jobs) > 1:
        failed = codes.count(EXIT_INTERNAL_ERROR)
        print(say("export_batch_summary", language, written=codes.count(EXIT_OK),
                  total=len(jobs), refused=codes.count(EXIT_CHECK_FAILED),
                  unreadable=codes.count(EXIT_BAD_INPUT),
                  failed=say("export_batch_failed", language, failed=failed) if failed else ""))
    return max(codes)


def _export_or_say_why_not(document: Path, output: Path, args: argparse.Namespace,
                           shared: _Shared, argv: list[str]) -> int:
    """Export one factsheet of the call; its exit code. Bad input is said as FILE: field:
    message lines, an error inside the app in one line naming the factsheet (and any earlier
    export of it, which stays), its traceback logged as main() logs one."""
    option = "-o" if args.output is not None else "--outdir"
    try:
        return _export_one(document, output, args, shared, option)
    except InputError as exc:
        for problem in exc.problems:  # every line names its file, also --page's
            print(problem if problem.file else replace(problem, file=str(document)),
                  file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception:  # as in main(), but the other factsheets are still exported
        language = command_line_language()
        log = _log_internal_error(argv)
        details = say("internal_error_details", language, log=log) if log else ""
        earlier = _earlier_files(output, args.page)
        left = f"; {_left_as_they_were(earlier, language)}" if earlier else ""
        print(say("export_internal_error", language, file=shown_path(document), earlier=left,
                  details=details), file=sys.stderr)
        return EXIT_INTERNAL_ERROR


def _export_jobs(args: argparse.Namespace, language: str) -> list[tuple[Path, Path]]:
    """Each factsheet with the file it is exported to; a wrong command line (no -o nor
    --outdir, -o for several factsheets or not ending in .pdf, .png or .html, --format with -o, a
    --dpi or --page out of range) or two factsheets that would be written to the same file
    raise InputError once, before anything is read or written."""
    documents: list[Path] = args.documents
    usage = "infographic-app export"
    if args.output is None and args.outdir is None:
        raise InputError([Problem(say("export_no_output", language), file=usage)])
    if args.output is not None:
        if len(documents) > 1:
            raise InputError([Problem(say("export_one_output", language, count=len(documents)),
                                      file=usage)])
        if args.format:
            raise InputError([Problem(say("export_format_with_output", language), file=usage)])
        if args.output.suffix.lower() not in (".pdf", ".png", ".html"):
            raise InputError([Problem("the output must end in .pdf, .png or .html", field="-o",
                                      file=str(args.output))])
        _check_options(args, args.output.suffix.lower() == ".png", usage)
        return [(documents[0], args.output)]
    _check_options(args, args.format == "png", usage)
    folder: Path = args.outdir
    if not folder.is_dir():
        what = "export_outdir_file" if folder.exists() else "export_outdir_missing"
        raise InputError([Problem(say(what, language), field="--outdir", file=str(folder))])
    suffix = f".{args.format or 'pdf'}"
    # Names are compared without regard to case: on Windows and macOS (and on a shared
    # drive) Report.pdf and report.pdf are one file, so one export would replace the other.
    outputs: dict[str, tuple[str, Path]] = {}  # casefolded name: (name, factsheet)
    for document in documents:
        name = output_name(document)
        key = name.casefold()
        clash = outputs[key][1] if key in outputs else None
        if clash is None and suffix == ".png" and args.page is None:  # a-1.png: page 1 of a?
            clash = next((other for known, (_, other) in outputs.items()
                          if _page_of(key, known) or _page_of(known, key)), None)
        if clash is not None:
            raise InputError([Problem(say("export_same_name", language, first=clash,
                                          second=document),
                                      field="--outdir", file=str(folder / (name + suffix)))])
        outputs[key] = (name, document)
    return [(document, folder / (name + suffix)) for name, document in outputs.values()]


def _check_options(args: argparse.Namespace, png: bool, usage: str) -> None:
    """Refuse a PNG resolution or page number no factsheet can have."""
    if png and not 36 <= args.dpi <= 1200:
        raise InputError([Problem(f"choose a resolution from 36 to 1200 dpi, not {args.dpi:g}",
                                  field="--dpi", file=usage)])
    if png and args.page is not None and args.page < 1:
        raise InputError([Problem(f"there is no page {args.page}; pages are numbered from 1",
                                  field="--page", file=usage)])


def output_name(document: Path) -> str:
    """The name a factsheet is exported under with --outdir: its file name without .yaml
    (or .yml) and a .factsheet before it (factsheet-2020.yaml, 2020.factsheet.yaml: 2020)."""
    name = document.name
    for ending in (".yaml", ".yml", ".factsheet"):
        if name.lower().endswith(ending) and len(name) > len(ending):
            name = name[:-len(ending)]
    return name


def _page_of(name: str, other: str) -> bool:
    """Whether `name` is how a page of `other` is named as a PNG (other-1, other-2 ...)."""
    from infographic_app.export.png import page_number

    return page_number(name, other) is not None


class _Shared:
    """What the factsheets of one export call share: each theme file read once, and the fonts
    of a theme (their metrics and the widths measured with them) for every theme that names
    the same font files."""

    def __init__(self):
        self.themes: dict[Path, object] = {}
        self.fonts: dict[tuple, object] = {}

    def load(self, path: Path):
        """The document at `path` and its theme."""
        from infographic_app.model.reading import load_document
        from infographic_app.model.theme import load_theme, theme_path_for

        document = load_document(path)
        theme_path = theme_path_for(document)
        theme = self.themes.get(theme_path)
        if theme is None:
            theme = self.themes[theme_path] = load_theme(theme_path)
        return document, theme

    def font_set(self, theme):
        """The FontSet of `theme`'s font files, made once per set of files."""
        from infographic_app.layout.fonts import FontSet

        key = tuple(sorted(theme.fonts.items()))
        if key not in self.fonts:
            self.fonts[key] = FontSet(theme)
        return self.fonts[key]


def _export_one(source: Path, output: Path, args: argparse.Namespace, shared: _Shared,
                option: str) -> int:
    """Lay out once, check that scene, and write it only when the checks allow (or --force).
    `option` (-o or --outdir) is named by a problem with where to write."""
    kind = output.suffix.lower()
    _writable(output, option)
    document, theme = shared.load(source)
    from infographic_app.layout.engine import layout_document

    scene = layout_document(document, theme, shared.font_set(theme))
    if kind == ".png":
        from infographic_app.export.png import page_indexes

        page_indexes(scene, args.page)  # no such page: bad input, said before the checks
    target = args.target if kind == ".pdf" else "screen"
    if not _cleared(_findings(document, theme, scene, target), output, args.force,
                    _earlier_files(output, args.page)):
        return EXIT_CHECK_FAILED
    with _writing(output, option):
        if kind == ".pdf":
            from infographic_app.export.pdf import export_pdf

            standard = f"PDF/X-{args.pdfx}" if args.pdfx else None
            export_pdf(document, theme, args.target, output, standard, scene,
                       tagged=args.tagged or None)
            written = [output]
        elif kind == ".html":
            from infographic_app.export.html import export_html

            written = export_html(document, theme, output, scene)
        else:
            from infographic_app.export.png import export_png

            written = export_png(document, theme, output, args.dpi, args.page, scene)
    for path in written:
        print(say("wrote", command_line_language(), path=shown_path(path)))
    return EXIT_OK


@contextmanager
def _writing(output: Path, option: str) -> Iterator[None]:
    """A file that cannot be written is bad input, said in words (nothing was written) and
    put on the `option` that chose the place (-o, --outdir); one another program holds open
    (Windows) is named as such, with what to do. When a file of a set failed, it is named."""
    from infographic_app.model.file_rules import held_by_another_program
    from infographic_app.model.storage import SetPartlyReplaced

    try:
        yield
    except OSError as exc:
        if held_by_another_program(exc, output):
            raise InputError([Problem(say("file_in_use", command_line_language()),
                                      field=option, file=str(output))]) from None
        reason = "permission denied" if isinstance(exc, PermissionError) else \
            exc.strerror or str(exc)
        failed = Path(os.fsdecode(exc.filename)) if exc.filename else output
        which = "" if failed == output else f"{quote_value(failed.name)}: "
        outcome = "" if isinstance(exc, SetPartlyReplaced) else " (nothing was written)"
        raise InputError([Problem(f"cannot write here: {which}{reason}{outcome}",
                                  field=option, file=str(output))]) from None


# Most file systems allow 255 bytes in a file name; a PNG export adds '-1' to it.
MAX_OUTPUT_NAME_BYTES = 250


def _writable(output: Path, option: str) -> None:
    """Refuse, before any work, an output whose name is too long, that Windows cannot hold
    (model/file_rules.py: CON.pdf, a trailing dot, a path beyond MAX_PATH on Windows), that is
    a folder or lies in no folder; the problem is put on `option` (-o, --outdir)."""
    from infographic_app.model.file_rules import name_problem

    size = len(os.fsencode(output.name))
    if size > MAX_OUTPUT_NAME_BYTES:
        raise InputError([Problem(f"cannot write here: the file name is {size} bytes long; "
                                  f"use a name of at most {MAX_OUTPUT_NAME_BYTES} bytes",
                                  field=option, file=str(output)[:60] + "…")])
    refused = name_problem(output)
    if refused is not None:
        key, params = refused
        raise InputError([Problem(say(key, command_line_language(), **params), field=option,
                                  file=str(output))])
    try:
        _check_folder(output, option)
    except OSError as exc:  # a folder name too long, a loop of links, ...
        raise InputError([Problem(f"cannot write here: {exc.strerror or exc} (nothing was "
                                  "written)", field=option, file=str(output))]) from None


def _check_folder(output: Path, option: str) -> None:
    if output.is_dir():
        raise InputError([Problem(f"cannot write here: this is a folder; give a file name such "
                                  f"as {output / ('factsheet' + output.suffix)}", field=option,
                                  file=str(output))])
    if not output.parent.is_dir():
        what = "is a file, not a folder" if output.parent.exists() else "does not exist"
        raise InputError([Problem(f"cannot write here: the folder {output.parent} {what}",
                                  field=option, file=str(output))])


def _card(args: argparse.Namespace) -> int:
    """Lay the card out, check it, and write it only when the checks allow (or --force)."""
    output: Path = args.output
    if output.suffix.lower() != ".png":
        raise InputError([Problem("a card is a PNG image: the output must end in .png",
                                  file=str(output))])
    _writable(output, "-o")
    document, theme = _load(args.document)
    from infographic_app.export.cards import export_card
    from infographic_app.layout.cards import layout_card

    card = layout_card(document, theme, args.of, args.size)
    earlier = [path for path in (output, output.with_suffix(".txt")) if path.is_file()]
    if not _cleared(_findings(document, theme, card, "screen"), output, args.force, earlier):
        return EXIT_CHECK_FAILED
    with _writing(output, "-o"):
        written = export_card(document, theme, args.of, args.size, output, card)
    for path in written:
        print(say("wrote", command_line_language(), path=shown_path(path)))
    return EXIT_OK


def _proof(args: argparse.Namespace) -> int:
    """Write the proof sheet, in the shell's language; it lists warnings, never refuses."""
    output: Path = args.output
    if output.suffix.lower() != ".pdf":
        raise InputError([Problem("the proof sheet is a PDF: the output must end in .pdf",
                                  file=str(output))])
    _writable(output, "-o")
    document, theme = _load(args.document)
    from infographic_app.export.proof import export_proof

    language = command_line_language()
    with _writing(output, "-o"):
        export_proof(document, theme, output, language)
    print(say("wrote", language, path=output))
    return EXIT_OK


def _editor(argv: list[str]) -> int:
    global _editor_started
    _editor_started = True
    documents = [Path(a) for a in argv if not a.startswith("-")]
    document = None
    if documents:  # say now, in words, what is wrong with the file; the window opens it
        document, _ = _load(documents[0])
    from infographic_app.gui.app import run

    return run(documents[0] if documents else None, document)
