"""Exports run on a worker thread, with the same functions as the command line."""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from infographic_app.model.document import Document
from infographic_app.model.file_rules import held_by_another_program
from infographic_app.model.messages import say
from infographic_app.model.problems import InputError
from infographic_app.model.theme import Theme

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportRequest:
    """One export asked for in the editor: `kind` 'print', 'screen', 'png', 'html' (the
    web page), 'proof' (the proof sheet) or 'card', the file, for PNG the resolution (dpi)
    and page (1-based; None: every page), for a card what it shows (`target`: a figure id
    or a tile's or theme's address) and its `size` (a key of layout.cards.CARD_SIZES), and
    the `language` ('en', 'nl') of the reason a failure gives and of the proof sheet."""
    kind: str  # "print", "screen", "png", "html", "proof" or "card"
    path: Path
    dpi: float = 150
    page: int | None = None
    target: str = ""
    size: str = "square"
    language: str = "en"


def write_failure(error: OSError, path: Path, language: str) -> str:
    """Why writing `path` failed, in words of `language`: that another program has the file
    open and what to do (Windows), else the system's reason."""
    if held_by_another_program(error, path):
        return say("file_in_use", language)
    return error.strerror or str(error)


class _Signals(QObject):
    finished = Signal(object, list)  # the request, the files written
    failed = Signal(object, str)  # the request, why


class _ExportJob(QRunnable):
    def __init__(self, request: ExportRequest, document: Document, theme: Theme,
                 signals: _Signals):
        super().__init__()
        self.request, self.document, self.theme, self.signals = request, document, theme, signals

    def run(self) -> None:
        request = self.request
        try:
            # imported on the first export, not while the editor starts (ReportLab, pikepdf)
            from infographic_app.export.cards import export_card
            from infographic_app.export.html import export_html
            from infographic_app.export.pdf import export_pdf
            from infographic_app.export.png import export_png
            from infographic_app.export.proof import export_proof

            if request.kind == "proof":
                export_proof(self.document, self.theme, request.path, request.language)
                written = [request.path]
            elif request.kind == "html":
                written = export_html(self.document, self.theme, request.path)
            elif request.kind == "card":
                written = export_card(self.document, self.theme, request.target,
                                      request.size, request.path)
            elif request.kind == "png":
                written = export_png(self.document, self.theme, request.path, request.dpi,
                                     request.page)
            else:
                export_pdf(self.document, self.theme, request.kind, request.path)
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


class Exporter(QObject):
    """Runs exports on a worker thread with the command line's code, on a snapshot of
    the document; says `finished` (request, files written) or `failed` (request, reason)."""
    finished = Signal(object, list)
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.finished.connect(self.finished)
        self._signals.failed.connect(self.failed)
        self.pool = QThreadPool(self)

    def start(self, request: ExportRequest, document: Document, theme: Theme) -> None:
        """Export a snapshot of the document, so typing on while it runs changes nothing."""
        snapshot = copy.deepcopy(document)
        self.pool.start(_ExportJob(request, snapshot, theme, self._signals))
