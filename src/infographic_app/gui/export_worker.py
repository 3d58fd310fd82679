"""Exports run on a worker thread, with the same functions as the command line.

Nothing of an export runs on the GUI thread but handing it over: the worker copies the
document (under the session's lock, so no edit lands half-way), runs the export's checks
(their errors refuse it unless the user said 'export anyway'), and paints the session's scene
when it still belongs to that document (scenes are immutable), else lays the copy out anew.
"""

from __future__ import annotations

import copy
import logging
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from infographic_app.model.file_rules import held_by_another_program
from infographic_app.model.messages import say
from infographic_app.model.problems import InputError
from infographic_app.model.storage import collect_young, collection_paused

log = logging.getLogger(__name__)

# The checks that refuse an export, by its kind: the print PDF's, or the screen's for what is
# seen on a screen (the screen PDF, PNG pages, the web page, a social card). The proof sheet
# is for finding what is wrong: it lists the warnings and is never refused.
CHECKED = {"print": "print", "screen": "screen", "png": "screen", "html": "screen",
           "card": "screen"}

SWITCH_INTERVAL_S = 0.001  # how often Python passes between threads while an export runs
WORKER_NICENESS = 10  # how much the export's thread yields the processor (Linux nice value)


@dataclass(frozen=True)
class ExportRequest:
    """One export asked for in the editor: `kind` 'print', 'screen', 'png', 'html' (the
    web page), 'proof' (the proof sheet) or 'card', the file, for PNG the resolution (dpi)
    and page (1-based; None: every page), for a card what it shows (`target`: a figure id
    or a tile's or theme's address) and its `size` (a key of layout.cards.CARD_SIZES), the
    `language` ('en', 'nl') of the reason a failure gives and of the proof sheet; `force`
    exports despite the checks' errors (the user chose 'export anyway'); `verify` reads the
    PDF back and checks it before it replaces the file (the preference)."""
    kind: str  # "print", "screen", "png", "html", "proof" or "card"
    path: Path
    dpi: float = 150
    page: int | None = None
    target: str = ""
    size: str = "square"
    language: str = "en"
    force: bool = False
    verify: bool = False


def write_failure(error: OSError, path: Path, language: str) -> str:
    """Why writing `path` failed, in words of `language`: that another program has the file
    open and what to do (Windows), else the system's reason."""
    if held_by_another_program(error, path):
        return say("file_in_use", language)
    return error.strerror or str(error)


class _Signals(QObject):
    finished = Signal(object, list)  # the request, the files written
    failed = Signal(object, str)  # the request, why
    refused = Signal(object, list)  # the request, the errors that refuse it (Problems)


class _ExportJob(QRunnable):
    def __init__(self, request: ExportRequest, session, signals: _Signals):
        super().__init__()
        self.request, self.signals = request, signals
        # What the session holds now: read here, on the GUI thread; copied in run().
        self.session, self.document, self.theme = session, session.document, session.theme
        self.edits, self.scene = session.edits, session.current_scene()
        self.entry_problems, self.language = session.entry_problems(), session.language

    def snapshot(self):
        """The document as it was handed over, copied while no edit can change it, and the
        session's scene if no edit came in between (else None)."""
        with self.session.document_lock:
            document = copy.deepcopy(self.document)
            same = self.session.edits == self.edits
        return document, self.scene if same else None

    def run(self) -> None:
        with _yielding_to_the_window():
            self.export()

    def export(self) -> None:
        request = self.request
        try:
            # imported on the first export, not while the editor starts (ReportLab)
            from infographic_app.export.cards import export_card
            from infographic_app.export.html import export_html
            from infographic_app.export.pdf import export_pdf
            from infographic_app.export.png import export_png
            from infographic_app.export.proof import export_proof
            from infographic_app.export.refusal import export_findings, export_refusal
            from infographic_app.layout.engine import layout_document

            document, scene = self.snapshot()
            scene = scene or layout_document(document, self.theme)
            target = CHECKED.get(request.kind)
            if target and not request.force:
                errors = export_refusal(self.entry_problems + export_findings(
                    document, scene, self.theme, target, self.language))
                if errors:
                    self.signals.refused.emit(request, errors)
                    return
            if request.kind == "proof":
                export_proof(document, self.theme, request.path, request.language, scene)
                written = [request.path]
            elif request.kind == "html":
                written = export_html(document, self.theme, request.path, scene)
            elif request.kind == "card":
                written = export_card(document, self.theme, request.target, request.size,
                                      request.path)
            elif request.kind == "png":
                written = export_png(document, self.theme, request.path, request.dpi,
                                     request.page, scene)
            else:
                export_pdf(document, self.theme, request.kind, request.path, scene=scene,
                           verify=request.verify or None, language=self.language)
                written = [request.path]
        except InputError as error:
            self.signals.failed.emit(request, "\n".join(p.message for p in error.problems))
        except OSError as error:
            self.signals.failed.emit(request, write_failure(error, request.path,
                                                            request.language))
        except Exception as error:  # a bug: say so, never lose it in the worker thread
            log.exception("export of %s failed", request.path)
            self.signals.failed.emit(request, f"internal error ({type(error).__name__}: {error})")
        else:
            self.signals.finished.emit(request, written)


@contextmanager
def _yielding_to_the_window() -> Iterator[None]:
    """While the export runs on this thread, the window's thread comes first: this thread's
    nice value is raised (Linux: a thread has its own, and the exporter's threads run only
    exports; elsewhere nothing changes), and Python passes the interpreter between threads
    every millisecond instead of every five, so a repaint or a key waits about that long at
    most for the export's Python code. Python's cycle collector is paused meanwhile: a pass
    over the old objects (the window's, the document's) holds the interpreter for 30-60 ms
    on a 50-page factsheet, whichever thread triggers it; before the pause ends, one pass
    over the youngest objects only (what the export kept) leaves no big pass to the window."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(min(interval, SWITCH_INTERVAL_S))
    with suppress(AttributeError, OSError):  # no per-thread nice value here
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)
    try:
        with collection_paused():
            yield
            collect_young()
    finally:
        sys.setswitchinterval(interval)


class Exporter(QObject):
    """Runs exports on a worker thread with the command line's code, on a snapshot of the
    session's document; says `finished` (request, files written), `failed` (request,
    reason) or `refused` (request, the errors that refuse it, as Problems)."""
    finished = Signal(object, list)
    failed = Signal(object, str)
    refused = Signal(object, list)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.finished.connect(self.finished)
        self._signals.failed.connect(self.failed)
        self._signals.refused.connect(self.refused)
        self.pool = QThreadPool(self)

    def start(self, request: ExportRequest, session) -> None:
        """Export the session's document as it is now: typing on while it runs changes
        nothing in the file. Returns at once; the copy is made on the worker thread."""
        self.pool.start(_ExportJob(request, session, self._signals))
