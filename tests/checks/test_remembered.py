"""Answers remembered between runs: an export whose words were all looked up before reads no
dictionary, and one whose chart colours were all simulated before imports no colour science;
each says the same as a run that looked them up."""

from __future__ import annotations

import os
import subprocess
import sys

from infographic_app.checks.remembered import Remembered, files_version

CHECK = (
    "import sys\n"
    "from infographic_app.checks.spelling import check_spelling\n"
    "from infographic_app.model.reading import load_document\n"
    "from infographic_app.paths import default_document\n"
    "document = load_document(default_document())\n"
    "document.blocks()[1].fields['text'] += ' Een staatsecretaris.'\n"
    "print([p.message for p in check_spelling(document)])\n"
    "print('hunspell' in sys.modules)\n"
)


def _run(cache) -> tuple[str, bool]:
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                          env=os.environ | {"XDG_CACHE_HOME": str(cache)}, check=True)
    messages, loaded = done.stdout.splitlines()
    return messages, loaded == "True"


def test_a_second_run_reads_no_dictionary_and_finds_the_same(tmp_path):
    first, loaded = _run(tmp_path)
    assert "staatsecretaris" in first and loaded
    again, loaded = _run(tmp_path)
    assert again == first and not loaded


def test_a_damaged_cache_is_read_as_empty_and_written_anew(tmp_path):
    first, _ = _run(tmp_path)
    for cached in (tmp_path / "infographic-app" / "spelling").glob("*.json"):
        cached.write_text("{not json", encoding="utf-8")
    again, loaded = _run(tmp_path)
    assert again == first and loaded
    assert _run(tmp_path) == (first, False)


def test_another_version_of_the_dictionary_does_not_use_the_old_verdicts(tmp_path,
                                                                         monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    files = (tmp_path / "nl.aff", tmp_path / "nl.dic")
    for path in files:
        path.write_text("1\n", encoding="utf-8")
    verdicts = Remembered("spelling", "nl", files_version(files))
    verdicts.put("staatsecretaris", False)
    verdicts.save()
    assert Remembered("spelling", "nl", files_version(files)).get("staatsecretaris") is False
    files[1].write_text("2\nwoord\n", encoding="utf-8")  # a new dictionary
    assert Remembered("spelling", "nl", files_version(files)).get("staatsecretaris") is None


COLOURS = (
    "import sys\n"
    "from infographic_app.checks.colour_vision import check_colour_vision, simulated_difference\n"
    "from infographic_app.model.reading import load_document\n"
    "from infographic_app.model.theme import load_theme_for\n"
    "from infographic_app.paths import default_document\n"
    "document = load_document(default_document())\n"
    "red_green = simulated_difference((217, 26, 26), (26, 153, 26), 'deuteranomaly')\n"
    "print([p.message for p in check_colour_vision(document, load_theme_for(document))],"
    " round(red_green, 9))\n"
    "print(sorted({'numpy', 'colorspacious'} & set(sys.modules)))\n"
)


def test_colours_simulated_before_need_no_colour_science_and_say_the_same(tmp_path):
    def run() -> tuple[str, str]:
        done = subprocess.run([sys.executable, "-c", COLOURS], capture_output=True, text=True,
                              env=os.environ | {"XDG_CACHE_HOME": str(tmp_path)}, check=True)
        return tuple(done.stdout.splitlines())

    first, imported = run()
    assert imported == "['colorspacious', 'numpy']" and first.startswith("[] ")
    assert float(first.split()[1]) < 10  # red and green look alike to a deuteranope
    again, imported = run()
    assert again == first and imported == "[]"
