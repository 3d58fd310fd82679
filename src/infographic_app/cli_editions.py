"""The command line's edition commands: `new-edition`, `confirm` and `diff`.

Like `check` and `export` they import no Qt. Output goes to stdout; bad input raises
InputError (exit code 2, the message naming file, line and field).
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from infographic_app.model.messages import command_line_language, say
from infographic_app.model.problems import InputError, Problem, quote_value, shown_path

EXIT_SAME, EXIT_DIFFERS = 0, 1


def add_commands(commands: argparse._SubParsersAction, language: str,
                 only: str | None = None) -> None:
    """Declare the three subcommands on the `infographic-app` parser (or `only` the one of
    them named so), their help in `language` ('nl', 'en')."""
    def text(key: str) -> str:
        return say(key, language)

    for name, add in _DECLARED.items():
        if only in (None, name):
            add(commands, text)


def _add_new_edition(commands: argparse._SubParsersAction, text) -> None:
    new = commands.add_parser("new-edition", help=text("cli_help_new_edition"))
    new.add_argument("document", type=Path, help=text("cli_help_this_edition"))
    new.add_argument("--edition", required=True, help=text("cli_help_edition"))
    new.add_argument("-o", "--output", type=Path, required=True,
                     help=text("cli_help_new_output"))
    new.add_argument("--replace-year", action="store_true", help=text("cli_help_replace_year"))
    new.add_argument("--replace", action="append", default=[], metavar=text("cli_field"),
                     help=text("cli_help_replace"))


def _add_confirm(commands: argparse._SubParsersAction, text) -> None:
    confirm = commands.add_parser("confirm", help=text("cli_help_confirm"))
    confirm.add_argument("document", type=Path, help=text("cli_help_document"))
    confirm.add_argument("figures", nargs="*", metavar=text("cli_figure"),
                         help=text("cli_help_figures"))
    confirm.add_argument("--all", action="store_true", help=text("cli_help_all"))
    confirm.add_argument("--intended", action="append", default=[], metavar=text("cli_field"),
                         help=text("cli_help_intended"))


def _add_diff(commands: argparse._SubParsersAction, text) -> None:
    diff = commands.add_parser("diff", help=text("cli_help_diff"))
    diff.add_argument("old", type=Path, help=text("cli_help_old"))
    diff.add_argument("new", type=Path, help=text("cli_help_new"))


_DECLARED = {"new-edition": _add_new_edition, "confirm": _add_confirm, "diff": _add_diff}
COMMANDS = tuple(_DECLARED)


def run(args: argparse.Namespace) -> int:
    """Run the edition command `args.command` ('new-edition', 'confirm', 'diff');
    returns its exit code."""
    return {"new-edition": new_edition, "confirm": confirm, "diff": diff}[args.command](args)


def new_edition(args: argparse.Namespace) -> int:
    """Write the new edition to -o; list the previous year's mentions, replacing only those
    asked for. Exit 0 when written."""
    from infographic_app.model.editions import (
        EditionError,
        moved_on,
        not_updated,
        replace_mentions,
        start_edition,
        year_mentions,
        year_mentions_through,
    )
    from infographic_app.model.reading import load_document
    from infographic_app.model.writing import save_document

    language = command_line_language()
    output: Path = args.output
    if output.resolve() == args.document.resolve():
        raise InputError([Problem(say("cli_edition_same_file", language), field="-o",
                                  file=str(output))])
    if output.suffix.lower() not in (".yaml", ".yml"):
        raise InputError([Problem(say("cli_edition_yaml", language), field="-o",
                                  file=str(output))])
    document = load_document(args.document)
    previous = document.edition
    try:
        new = start_edition(document, args.edition)
    except EditionError as error:
        raise InputError([Problem(str(error), field="--edition", file=str(args.document))]) \
            from None
    mentions = year_mentions(new, previous)
    fields = list(dict.fromkeys(m.field for m in mentions))
    unknown = [f for f in args.replace if f not in fields]
    if unknown:
        where = ", ".join(fields) if fields else say("cli_none", language)
        raise InputError([Problem(say("cli_replace_unknown", language, field=unknown[0],
                                      year=previous, fields=where),
                                  field="--replace", file=str(args.document))])
    chosen = [m for m in mentions if args.replace_year or m.field in args.replace]
    replace_mentions(new, chosen, new.edition)
    with _writing(output):
        save_document(new, output, original=args.document.read_text(encoding="utf-8"))
    print(say("edition_started", language, output=shown_path(output), edition=new.edition,
              previous=previous, source=args.document))
    print(say("edition_to_update", language, count=len(not_updated(new))))
    if mentions:
        kept = [m for m in mentions if m not in chosen]
        print(say("edition_named", language, year=previous, count=len(mentions)))
        for mention in mentions:
            done = mention in chosen
            shown = mention.context(moved_on(mention.year, previous, new.edition) if done
                                    else None, resolve=new.resolve)
            word = say("edition_replaced" if done else "edition_kept", language)
            print(f"  {word}  {mention.field}: {shown}")
        if kept:
            print(say("edition_kept_note", language))
    older = [m for m in year_mentions_through(new, previous) if m.year != previous]
    if older:
        print(say("edition_older_named", language, count=len(older)))
        for mention in older:
            print(f"  {mention.field}: {mention.context(resolve=new.resolve)}")
    print(say("wrote", language, path=shown_path(output)))
    return 0


def confirm(args: argparse.Namespace) -> int:
    """Mark figures confirmed unchanged and texts' year mentions intended; save in place
    (the previous version kept as FILE.bak). Exit 0."""
    from infographic_app.model.editions import (
        confirm_unchanged,
        intended_mark,
        marked_place,
        not_updated,
        previous_edition,
        year_mentions_through,
    )
    from infographic_app.model.file_rules import is_read_only
    from infographic_app.model.reading import load_document
    from infographic_app.model.storage import atomic_write
    from infographic_app.model.writing import save_document

    language = command_line_language()
    document = load_document(args.document)
    if not (args.figures or args.all or args.intended):
        raise InputError([Problem(say("cli_confirm_what", language), file=str(args.document))])
    unknown = [f for f in args.figures if f not in document.figures]
    if unknown:
        raise InputError([Problem(say("cli_no_figure", language, figure=unknown[0]),
                                  field=say("cli_figure", language), file=str(args.document))])
    mentions = year_mentions_through(document, previous_edition(document))
    fields = {m.field for m in mentions}
    wrong = [f for f in args.intended if marked_place(f)[0] not in fields]
    if wrong:
        raise InputError([Problem(say("cli_intended_unknown", language, field=wrong[0]),
                                  field="--intended", file=str(args.document))])
    chosen = not_updated(document) if args.all else args.figures
    confirmed = confirm_unchanged(document, chosen)
    for asked in args.intended:  # FIELD@YEAR, or FIELD: every year it names
        field, year = marked_place(asked)
        for mark in dict.fromkeys(intended_mark(m.field, m.year) for m in mentions
                                  if m.field == field and year in (None, m.year)):
            if mark not in document.intended_year_mentions:
                document.intended_year_mentions.append(mark)
    path: Path = args.document
    if is_read_only(path):
        raise InputError([Problem(say("cli_read_only", language), file=str(path))])
    with _writing(path, field=None):
        with atomic_write(path.with_name(path.name + ".bak")) as backup, path.open("rb") as old:
            shutil.copyfileobj(old, backup)
        save_document(document, path)
    for figure_id in confirmed:
        print(say("confirmed", language, figure=figure_id, value=document.show(figure_id)))
    for figure_id in [f for f in chosen if f not in confirmed]:
        print(say("already_updated", language, figure=figure_id))
    for field in args.intended:
        print(say("marked_intended", language, field=field))
    print(say("confirm_wrote", language, path=shown_path(path),
              count=len(not_updated(document))))
    return 0


def diff(args: argparse.Namespace) -> int:
    """Print what changed from OLD to NEW; exit 0 when nothing differs, 1 when something
    does."""
    from infographic_app.model.comparison import compare_documents
    from infographic_app.model.reading import load_document

    old, new = load_document(args.old), load_document(args.new)
    result = compare_documents(old, new)
    language = command_line_language()
    if result.same:
        print(say("diff_same", language, old=shown_path(args.old),
                  new=shown_path(args.new)))
        return EXIT_SAME
    if result.before_edition != result.after_edition:
        unknown = say("diff_not_given", language)
        print(say("diff_edition", language, old=result.before_edition or unknown,
                  new=result.after_edition or unknown))
    if result.figures:
        print("\n" + say("diff_figures", language))
        names = [f"{f.renamed_from} → {f.figure_id}" if f.renamed_from else f.figure_id
                 for f in result.figures]
        width = max(map(len, names))
        for name, figure in zip(names, result.figures, strict=True):
            change = f"  ({figure.change})" if figure.change else ""
            print(f"  {name:<{width}}  {figure.before} → {figure.after}{change}"
                  f"  {figure.label}")
    if result.texts:
        print("\n" + say("diff_texts", language))
        for text in result.texts:
            print(f"  {text.field}: {text.summary()}")
    for title, names in (("diff_added", result.added), ("diff_removed", result.removed)):
        if names:
            print("\n" + say(title, language))
            for name in names:
                print(f"  {name}")
    if result.other:
        print("\n" + say("diff_other", language))
        for change in result.other:
            print(f"  {change.field}: {_shown(change.before)} → {_shown(change.after)}")
    return EXIT_DIFFERS


def _shown(value: object) -> str:
    """A value of the factsheet in a diff line: escaped and shortened (see quote_value)."""
    return "—" if value is None else quote_value(value, 80)[1:-1]


class _writing:
    """A file that cannot be written is bad input, said in words (nothing was written), on
    `field`: the option that named the file (-o), or None for the factsheet itself."""

    def __init__(self, output: Path, field: str | None = "-o"):
        self.output, self.field = output, field

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, error, traceback) -> bool:
        if isinstance(error, OSError):
            raise InputError([Problem(say("cli_cannot_write", command_line_language(),
                                          reason=error.strerror or error),
                                      field=self.field, file=str(self.output))]) from None
        return False
