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


def help_usage(language: str) -> str:
    """The synopsis lines of `--help` in `language`, '%(prog)s' standing for the program."""
    return say("cli_usage", language)


def help_description(language: str) -> str:
    """What the program does, as `--help` says it in `language`."""
    return say("cli_description", language)


def help_epilog(language: str) -> str:
    """The exit codes and the batch export's rules, as `--help` ends in `language`."""
    return say("cli_epilog", language, ok=EXIT_OK, failed=EXIT_CHECK_FAILED, bad=EXIT_BAD_INPUT,
               internal=EXIT_INTERNAL_ERROR, interrupted=EXIT_INTERRUPTED)


class _Parser(argparse.ArgumentParser):
    """Usage errors as FILE: field: message lines with exit code 2, like every other bad input."""

    def error(self, message: str) -> None:
        raise InputError([Problem(message, file=self.prog)])


def _parser(language: str | None = None, command: str | None = None) -> _Parser:
    """The whole command line, its help in `language` ('nl', 'en'; default: the user's,
    command_line_language); `command_parsers` holds each command's own parser by name: every
    command's, or only `command`'s when given (all a command's arguments are read with, and
    some milliseconds less to build). argparse's own words (usage:, options) follow the
    language only while built and read within cli_words.speaking."""
    from infographic_app.cli_editions import COMMANDS as EDITION_COMMANDS
    from infographic_app.cli_editions import add_commands

    language = language or command_line_language()

    def text(key: str) -> str:
        return say(key, language)

    parser = _Parser(prog="infographic-app", usage=help_usage(language),
                     description=help_description(language),
                     epilog=help_epilog(language),
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=text("cli_help_version"))
    commands = parser.add_subparsers(dest="command", parser_class=_Parser,
                                     metavar=text("cli_command"), prog="infographic-app",
                                     title=text("cli_commands"))
    for name, add in _COMMANDS.items():
        if command in (None, name):
            add(commands, text)
    if command is None or command in EDITION_COMMANDS:
        add_commands(commands, language, command)  # new-edition, confirm, diff
    parser.command_parsers = commands.choices
    return parser


def _add_export(commands: argparse._SubParsersAction, text) -> None:
    export = commands.add_parser("export", help=text("cli_help_export"),
                                 description=text("cli_about_export"))
    export.add_argument("documents", type=Path, nargs="+", metavar="FACTSHEET.yaml",
                        help=text("cli_help_documents"))
    where = export.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", type=Path, help=text("cli_help_output"))
    where.add_argument("--outdir", type=Path, metavar=text("cli_folder"),
                       help=text("cli_help_outdir"))
    export.add_argument("--format", choices=("pdf", "png", "html"), help=text("cli_help_format"))
    export.add_argument("--target", choices=("print", "screen"), default="print",
                        help=text("cli_help_target"))
    export.add_argument("--pdfx", choices=("4", "1a"), help=text("cli_help_pdfx"))
    export.add_argument("--tagged", action="store_true", help=text("cli_help_tagged"))
    export.add_argument("--verify", action="store_true", help=text("cli_help_verify"))
    export.add_argument("--dpi", type=float, default=150, help=text("cli_help_dpi"))
    export.add_argument("--page", type=int, help=text("cli_help_page"))
    export.add_argument("--force", action="store_true", help=text("cli_help_force"))


def _add_card(commands: argparse._SubParsersAction, text) -> None:
    card = commands.add_parser("card", help=text("cli_help_card"))
    card.add_argument("document", type=Path, help=text("cli_help_document"))
    card.add_argument("-o", "--output", type=Path, required=True, help="OUT.png")
    card.add_argument("--of", dest="of", required=True, help=text("cli_help_of"))
    # The names of layout.cards.CARD_SIZES (not imported here: the CLI starts without the layout)
    card.add_argument("--size", choices=("square", "portrait", "story", "wide"),
                      default="square", help=text("cli_help_size"))
    card.add_argument("--force", action="store_true", help=text("cli_help_card_force"))


def _add_proof(commands: argparse._SubParsersAction, text) -> None:
    proof = commands.add_parser("proof", help=text("cli_help_proof"))
    proof.add_argument("document", type=Path, help=text("cli_help_document"))
    proof.add_argument("-o", "--output", type=Path, required=True, help="OUT.pdf")


def _add_check(commands: argparse._SubParsersAction, text) -> None:
    check = commands.add_parser("check", help=text("cli_help_check"))
    check.add_argument("document", type=Path, help=text("cli_help_document"))
    check.add_argument("--target", choices=("print", "screen"), default="print",
                       help=text("cli_help_check_target"))


# Each command of cli.py with what declares it on the command line, in the order --help
# lists them (the edition commands follow, from cli_editions.py).
_COMMANDS = {"export": _add_export, "card": _add_card, "proof": _add_proof, "check": _add_check}


def _parse(argv: list[str]) -> argparse.Namespace:
    """`argv` read by the parser; a command's options may come before, between or after its
    files (`export a.yaml --outdir out b.yaml`). argparse reads files and options only in
    order within a command, and refuses intermixed reading on a parser with commands, so the
    command's own parser reads the arguments after its name intermixed."""
    from infographic_app.cli_words import speaking

    language = command_line_language()
    with speaking(language):
        parser = _parser(language, argv[0] if _is_command(argv[0]) else None)
        command = parser.command_parsers.get(argv[0])
        if command is None:  # --help, --version
            return parser.parse_args(argv)
        # parse_intermixed_args cuts the 7 characters of 'usage: ' off the usage it makes;
        # made here, without the prefix in the language's own length
        command.usage = command.format_usage().removeprefix(say("argparse_usage", language))
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
        if "logging" in sys.modules:  # its handlers may hold lines not written yet
            sys.modules["logging"].shutdown()
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

        if argv and _is_command(argv[0]) or any(
                a in ("-h", "--help", "--version") for a in argv[:1]):
            from infographic_app.model.storage import collection_paused

            # A command's objects live until it ends, and the collector's passes over them
            # (imports, unpickled pages) were some 5 ms of an export; what is dropped is
            # still freed at once, by reference counting.
            with collection_paused():
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
        language = command_line_language()
        log = _log_internal_error(argv)
        details = say("internal_error_details", language, log=log) if log else ""
        print(say("cli_internal_error", language, details=details), file=sys.stderr)
        return EXIT_INTERNAL_ERROR


def _is_command(word: str) -> bool:
    """Whether `word` names a command (export, check, new-edition ...), not a file."""
    from infographic_app.cli_editions import COMMANDS as EDITION_COMMANDS

    return word in _COMMANDS or word in EDITION_COMMANDS


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
            command = " ".join(["infographic-app", *argv])  # for the developers: English
            handle.write(f"{datetime.datetime.now().isoformat(timespec='seconds')} ERROR "
                         f"{__name__}: {command}\n{traceback.format_exc()}")
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


def _remembered_findings(document, theme, scene, target: str) -> list[Problem]:
    """_findings for the document's own pages, as found in an earlier export with the same
    input (export/remembered_findings.py). `check` always checks anew."""
    from infographic_app.export.remembered_findings import remembered_findings

    return remembered_findings(document, theme, scene, target, command_line_language(),
                               lambda: _findings(document, theme, scene, target))


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
    from infographic_app.model.storage import collect_young

    language = command_line_language()
    jobs = _export_jobs(args, language)
    shared = _Shared()
    codes = []
    for document, output in jobs:
        codes.append(_export_or_say_why_not(document, output, args, shared, argv))
        if len(jobs) > 1:
            collect_young()  # the cycles this factsheet left, before the next one's work
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
            raise InputError([Problem(say("cli_output_kind", language), field="-o",
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
    language = command_line_language()
    if png and not 36 <= args.dpi <= 1200:
        raise InputError([Problem(say("cli_dpi_range", language, dpi=f"{args.dpi:g}"),
                                  field="--dpi", file=usage)])
    if png and args.page is not None and args.page < 1:
        raise InputError([Problem(say("cli_no_page", language, page=args.page),
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
        from infographic_app.model.remembered_reading import remembered_document, remembered_theme
        from infographic_app.model.theme import theme_path_for

        document = remembered_document(path)
        theme_path = theme_path_for(document)
        theme = self.themes.get(theme_path)
        if theme is None:
            theme = self.themes[theme_path] = remembered_theme(theme_path)
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
    """Lay out once (or take the pages laid out before for the same input, layout/remembered),
    check that scene, and write it only when the checks allow (or --force). `option` (-o or
    --outdir) is named by a problem with where to write."""
    kind = output.suffix.lower()
    _writable(output, option)
    document, theme = shared.load(source)
    from infographic_app.layout.remembered import remembered_layout

    scene = remembered_layout(document, theme, shared.font_set(theme))
    if kind == ".png":
        from infographic_app.export.png import page_indexes

        page_indexes(scene, args.page)  # no such page: bad input, said before the checks
    target = args.target if kind == ".pdf" else "screen"
    if not _cleared(_remembered_findings(document, theme, scene, target), output, args.force,
                    _earlier_files(output, args.page)):
        return EXIT_CHECK_FAILED
    with _writing(output, option):
        if kind == ".pdf":
            from infographic_app.export.pdf import export_pdf

            standard = f"PDF/X-{args.pdfx}" if args.pdfx else None
            export_pdf(document, theme, args.target, output, standard, scene,
                       tagged=args.tagged or None, verify=args.verify or None,
                       language=command_line_language())
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
        language = command_line_language()
        reason = say("cli_permission_denied", language) if isinstance(exc, PermissionError) \
            else exc.strerror or str(exc)
        failed = Path(os.fsdecode(exc.filename)) if exc.filename else output
        which = "" if failed == output else f"{quote_value(failed.name)}: "
        key = "cli_cannot_write_partly" if isinstance(exc, SetPartlyReplaced) \
            else "cli_cannot_write"
        raise InputError([Problem(say(key, language, reason=which + reason),
                                  field=option, file=str(output))]) from None


def _cannot_write(error: OSError) -> str:
    """'cannot write here: REASON (nothing was written)', REASON the system's words."""
    return say("cli_cannot_write", command_line_language(), reason=error.strerror or error)


# Most file systems allow 255 bytes in a file name; a PNG export adds '-1' to it.
MAX_OUTPUT_NAME_BYTES = 250


def _writable(output: Path, option: str) -> None:
    """Refuse, before any work, an output whose name is too long, that Windows cannot hold
    (model/file_rules.py: CON.pdf, a trailing dot, a path beyond MAX_PATH on Windows), that is
    a folder or lies in no folder; the problem is put on `option` (-o, --outdir)."""
    from infographic_app.model.file_rules import name_problem

    size = len(os.fsencode(output.name))
    if size > MAX_OUTPUT_NAME_BYTES:
        raise InputError([Problem(say("cli_name_too_long", command_line_language(), size=size,
                                      limit=MAX_OUTPUT_NAME_BYTES),
                                  field=option, file=str(output)[:60] + "…")])
    refused = name_problem(output)
    if refused is not None:
        key, params = refused
        raise InputError([Problem(say(key, command_line_language(), **params), field=option,
                                  file=str(output))])
    try:
        _check_folder(output, option)
    except OSError as exc:  # a folder name too long, a loop of links, ...
        raise InputError([Problem(_cannot_write(exc), field=option, file=str(output))]) \
            from None


def _check_folder(output: Path, option: str) -> None:
    if output.is_dir():
        raise InputError([Problem(say("cli_output_is_folder", command_line_language(),
                                      example=output / ("factsheet" + output.suffix)),
                                  field=option, file=str(output))])
    if not output.parent.is_dir():
        what = "cli_parent_is_file" if output.parent.exists() else "cli_parent_missing"
        raise InputError([Problem(say(what, command_line_language(), folder=output.parent),
                                  field=option, file=str(output))])


def _card(args: argparse.Namespace) -> int:
    """Lay the card out, check it, and write it only when the checks allow (or --force)."""
    output: Path = args.output
    if output.suffix.lower() != ".png":
        raise InputError([Problem(say("cli_card_png", command_line_language()),
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
        raise InputError([Problem(say("cli_proof_pdf", command_line_language()),
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
