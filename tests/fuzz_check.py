"""Fuzzing `infographic-app check` (or `export`) with mutated copies of the bundled factsheet
and theme.

Each example changes the factsheet or the theme, structurally (a field removed, a value
replaced by a hostile one, an entry copied) or as text (a YAML character, an alias, an
invisible line break put somewhere), runs `check` on it in this process and asserts what a
user may rely on: the exit code is 0, 1 or 2; no traceback; every line on stderr names the
file and a line or field; the run ends within EXAMPLE_SECONDS.

tests/test_hostile_input.py runs it in a subprocess under a memory cap (300 examples, the
same ones every time). A longer run, with new examples each time:

    QT_QPA_PLATFORM=offscreen python tests/fuzz_check.py --examples 5000 --random

With `--export` each example is exported instead, as a screen PDF read back and checked
(`export --target screen --force --verify`), with the same promises.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import io
import os
import re
import signal
import sys
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infographic_app.cli import main
from infographic_app.paths import assets_dir, default_document, default_theme

EXAMPLE_SECONDS = 10  # a check takes some 20 ms; anything near this is a hang
EXIT_CODES = (0, 1, 2)

HOSTILE_VALUES = [
    None, "", " ", 0, -1, 1.5, True, [], {}, [[[[]]]], {"a": {"b": {"c": None}}},
    10**15, 10**28, 10**400, 1e308, float("inf"), float("nan"), -(10**20), 2**70,
    "x" * 5000, "twee", "1.300", "{visitors_total}", "{2019}", "{", "**", "*a*",
    "line\nbreak", "\x1b[31mred\x1b[0m", "\u202eevil", "\ud7ff", "\u00ad\u00a0",
    "visitors_total / 0", "visitors_total * 1" + "0" * 30, "-" * 400 + "visitors_total",
    "(" * 60 + "visitors_total" + ")" * 60, " + ".join(["visitors_total"] * 40),
    "visitors_total ** 2", "__import__('os')", "count", "percentage", "donut", "nl-NL",
    "PDF/X-1a", "#E11F63", [0, 95, 35, 0], [0, 0, 0, 500], "fonts/Lato-Regular.ttf",
    "/dev/zero", "/", "../../../../etc/passwd", "profiles/../theme.yaml",
]

# Written into the file's text at a random place: YAML that the structure above cannot make.
HOSTILE_TEXT = [
    "\n---\n", "\n...\n", "&a ", "*a", "*nowhere", "<<: *a\n", "!!int ", "!!bool ",
    "!!timestamp ", "!!float ", "!!binary ", "!!python/object:os.system ", "!foo ",
    "\t", "\u2029", "\u2028", "\x85", "\x00", "\x1b", "\ufeff", "'", '"', '"\\ud800"',
    "[", "]", "{", "}", ": ", "? ", "- ", "#", "%YAML 1.1\n", "2019-02-30", "0x1F", "1e999",
    ".inf", ".nan", "~", "\r", "\\", "é", "\udc80",
]


def _paths(value, prefix=()):
    """Every path into nested dicts and lists, the root's children first."""
    if isinstance(value, dict):
        items = list(value.items())
    elif isinstance(value, list):
        items = list(enumerate(value))
    else:
        return
    for key, child in items:
        yield (*prefix, key)
        yield from _paths(child, (*prefix, key))


def _parent(data, path):
    for key in path[:-1]:
        data = data[key]
    return data


def _mutate(data, draw) -> None:
    paths = list(_paths(data))
    if not paths:
        return
    path = paths[draw(st.integers(0, len(paths) - 1))]
    parent, key = _parent(data, path), path[-1]
    operation = draw(st.sampled_from(["replace", "replace", "replace", "delete", "copy",
                                      "nest"]))
    if operation == "replace":
        parent[key] = copy.deepcopy(draw(st.sampled_from(HOSTILE_VALUES)))
    elif operation == "delete":
        del parent[key]
    elif operation == "copy" and isinstance(parent, list):
        parent.insert(key, copy.deepcopy(parent[key]))
    elif operation == "copy":
        parent[f"{key}_copy"] = copy.deepcopy(parent[key])
    else:
        parent[key] = [parent[key]]


@st.composite
def mutated(draw):
    """(target, text): 'document' or 'theme', and its mutated YAML text."""
    target = draw(st.sampled_from(["document", "document", "theme"]))
    source = default_document() if target == "document" else default_theme()
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    for _ in range(draw(st.integers(0, 3))):
        _mutate(data, draw)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(HOSTILE_TEXT)) + text[at:]
    return target, text


class _TooSlow(BaseException):
    """Raised by the alarm; a BaseException, so no `except Exception` of the app hides it."""


def _alarm(signum, frame):
    raise _TooSlow


def check_once(folder: Path, target: str, text: str, export: bool = False) -> None:
    """Run `check` (or with `export` a forced, verified screen export) on the mutated file
    and assert the promises (see the module text)."""
    document = folder / "factsheet.yaml"
    theme = folder / "theme.yaml"
    if target == "theme":
        assets = assets_dir()
        text = text.replace("fonts/Lato", f"{assets}/fonts/Lato").replace(
            "profiles/ISO", f"{assets}/profiles/ISO")
        theme.write_text(text, encoding="utf-8", errors="surrogatepass")
        seed = default_document().read_text(encoding="utf-8")
        document.write_text(seed.replace("locale: nl-NL\n", "locale: nl-NL\ntheme: theme.yaml\n"),
                            encoding="utf-8")
    else:
        document.write_text(text, encoding="utf-8", errors="surrogatepass")
    out, err = io.StringIO(), io.StringIO()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(EXAMPLE_SECONDS)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["export", str(document), "-o", str(folder / "out.pdf"), "--target",
                         "screen", "--force", "--verify"] if export else ["check", str(document)])
    except _TooSlow:
        raise AssertionError(f"it took more than {EXAMPLE_SECONDS} s") from None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    said = err.getvalue()
    assert code in EXIT_CODES, f"exit code {code}: {said}"
    assert "Traceback" not in said + out.getvalue(), said
    files = "|".join(re.escape(str(p)) for p in (document, theme))
    # FILE:LINE: message, FILE:LINE: field: message or FILE: field: message
    where = re.compile(rf"^((error|warning): )?({files})(:\d+: |: [^ :]+: )")
    for line in said.splitlines():
        assert where.match(line), f"no file with line or field: {line!r}"


def run(examples: int, derandomize: bool, export: bool = False) -> None:
    folder = Path(tempfile.mkdtemp(prefix="factsheet-fuzz-"))
    os.environ["XDG_DATA_HOME"] = str(folder / "data")  # the log of an internal error

    @settings(max_examples=examples, deadline=None, database=None, derandomize=derandomize,
              suppress_health_check=list(HealthCheck), print_blob=True)
    @given(mutated())
    def examples_hold(case):
        check_once(folder, *case, export=export)

    examples_hold()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=300)
    parser.add_argument("--random", action="store_true",
                        help="new examples each run (default: the same ones every time)")
    parser.add_argument("--export", action="store_true",
                        help="export each example as a verified screen PDF instead of checking it")
    arguments = parser.parse_args()
    sys.setrecursionlimit(1000)  # the interpreter's default, whatever pytest set
    run(arguments.examples, derandomize=not arguments.random, export=arguments.export)
    print(f"{arguments.examples} examples: exit codes {EXIT_CODES}, no traceback, file and "
          "line or field named, each within the time limit")
