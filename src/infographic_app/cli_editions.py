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


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Declare the three subcommands on the `infographic-app` parser."""
    new = commands.add_parser(
        "new-edition", help="start next year's factsheet from this one: values into their "
                            "history, every figure marked not yet updated")
    new.add_argument("document", type=Path, help="this edition's factsheet (.yaml)")
    new.add_argument("--edition", required=True, help="the new edition: a year (2020) or a "
                                                      "label (2020-2021)")
    new.add_argument("-o", "--output", type=Path, required=True, help="NEW.yaml")
    new.add_argument("--replace-year", action="store_true",
                     help="replace the previous edition's year by the new one everywhere it "
                          "was found (the proposals are listed either way)")
    new.add_argument("--replace", action="append", default=[], metavar="FIELD",
                     help="replace it in this field only (e.g. metadata.title); repeatable")
    confirm = commands.add_parser(
        "confirm", help="confirm figures unchanged in this edition, or mark a text's mention "
                        "of last year as intended; saves the file")
    confirm.add_argument("document", type=Path, help="the factsheet (.yaml)")
    confirm.add_argument("figures", nargs="*", metavar="FIGURE",
                         help="figures whose value stays as it is (visitors_other)")
    confirm.add_argument("--all", action="store_true",
                         help="every figure not yet updated (they are listed)")
    confirm.add_argument("--intended", action="append", default=[], metavar="FIELD",
                         help="a text that names the previous edition's year on purpose")
    diff = commands.add_parser(
        "diff", help="what changed between two factsheets: figures with their change, texts "
                     "word by word, entries added or removed (exit code 1 when they differ)")
    diff.add_argument("old", type=Path, help="the earlier factsheet (.yaml)")
    diff.add_argument("new", type=Path, help="the later factsheet (.yaml)")


COMMANDS = ("new-edition", "confirm", "diff")


def run(args: argparse.Namespace) -> int:
    """Run the edition command `args.command` ('new-edition', 'confirm', 'diff');
    returns its exit code."""
    return {"new-edition": new_edition, "confirm": confirm, "diff": diff}[args.command](args)


def new_edition(args: argparse.Namespace) -> int:
    """Write the new edition to -o; list the previous year's mentions, replacing only those
    asked for. Exit 0 when written."""
    from infographic_app.model.editions import (
        EditionError,
        not_updated,
        replace_mentions,
        start_edition,
        year_mentions,
    )
    from infographic_app.model.reading import load_document
    from infographic_app.model.writing import save_document

    output: Path = args.output
    if output.resolve() == args.document.resolve():
        raise InputError([Problem("the new edition needs a file of its own; give another name "
                                  "(the previous edition stays as it is)", field="-o",
                                  file=str(output))])
    if output.suffix.lower() not in (".yaml", ".yml"):
        raise InputError([Problem("a factsheet is a .yaml file: the output must end in .yaml",
                                  field="-o", file=str(output))])
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
        where = ", ".join(fields) if fields else "none"
        raise InputError([Problem(f"'{unknown[0]}' does not name {previous}; the fields that "
                                  f"do: {where}", field="--replace", file=str(args.document))])
    chosen = [m for m in mentions if args.replace_year or m.field in args.replace]
    replace_mentions(new, chosen, new.edition)
    with _writing(output):
        save_document(new, output, original=args.document.read_text(encoding="utf-8"))
    language = command_line_language()
    print(say("edition_started", language, output=shown_path(output), edition=new.edition,
              previous=previous, source=args.document))
    print(say("edition_to_update", language, count=len(not_updated(new))))
    if mentions:
        kept = [m for m in mentions if m not in chosen]
        print(say("edition_named", language, year=previous, count=len(mentions)))
        for mention in mentions:
            done = mention in chosen
            shown = mention.context(new.edition if done else None)
            word = say("edition_replaced" if done else "edition_kept", language)
            print(f"  {word}  {mention.field}: {shown}")
        if kept:
            print(say("edition_kept_note", language))
    print(say("wrote", language, path=shown_path(output)))
    return 0


def confirm(args: argparse.Namespace) -> int:
    """Mark figures confirmed unchanged and texts' year mentions intended; save in place
    (the previous version kept as FILE.bak). Exit 0."""
    from infographic_app.model.editions import confirm_unchanged, not_updated, year_mentions
    from infographic_app.model.file_rules import is_read_only
    from infographic_app.model.reading import load_document
    from infographic_app.model.storage import atomic_write
    from infographic_app.model.writing import save_document

    document = load_document(args.document)
    if not (args.figures or args.all or args.intended):
        raise InputError([Problem("name the figures to confirm, or give --all or --intended "
                                  "FIELD", file=str(args.document))])
    unknown = [f for f in args.figures if f not in document.figures]
    if unknown:
        raise InputError([Problem(f"there is no figure '{unknown[0]}'", field="FIGURE",
                                  file=str(args.document))])
    fields = {m.field for m in year_mentions(document)}
    wrong = [f for f in args.intended if f not in fields]
    if wrong:
        raise InputError([Problem(f"'{wrong[0]}' does not name the previous edition's year",
                                  field="--intended", file=str(args.document))])
    chosen = not_updated(document) if args.all else args.figures
    confirmed = confirm_unchanged(document, chosen)
    for field in args.intended:
        if field not in document.intended_year_mentions:
            document.intended_year_mentions.append(field)
    path: Path = args.document
    if is_read_only(path):
        raise InputError([Problem("this factsheet is read-only, so it is not replaced (nothing "
                                  "was written); make it writable first, or copy it",
                                  file=str(path))])
    with _writing(path, field=None):
        with atomic_write(path.with_name(path.name + ".bak")) as backup, path.open("rb") as old:
            shutil.copyfileobj(old, backup)
        save_document(document, path)
    language = command_line_language()
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
        width = max(len(f.figure_id) for f in result.figures)
        for figure in result.figures:
            change = f"  ({figure.change})" if figure.change else ""
            print(f"  {figure.figure_id:<{width}}  {figure.before} → {figure.after}{change}"
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
            raise InputError([Problem(f"cannot write here: {error.strerror or error} (nothing "
                                      "was written)", field=self.field, file=str(self.output))]) \
                from None
        return False
