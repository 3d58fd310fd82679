"""One running editor per user: a second start (a double-click on a factsheet in the file
manager, the Start menu) hands its file to the first, which opens it, and ends.

The first copy holds a QLockFile in the user's data folder and listens on a QLocalServer
whose name is made from that folder, so each user has their own. A second copy finds the
lock taken, connects, sends the file's absolute path (or an empty line: just show the window)
and ends. A lock left by a copy that crashed is taken over (QLockFile sees that its process
is gone); a first copy that does not answer within HAND_OVER_TIMEOUT_MS lets the second start
on its own, its recovery copies kept apart by their own locks (gui/recovery.py).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

HAND_OVER_TIMEOUT_MS = 3000
LOCK_NAME = "running.lock"


def server_name(folder: Path) -> str:
    """The local server's name for the user whose data folder is `folder`: short (macOS
    limits a socket path to about 100 bytes) and free of path characters."""
    key = hashlib.sha1(str(Path(folder).absolute()).encode("utf-8")).hexdigest()[:16]
    return f"nl.fier.FactsheetStudio-{key}"


class SingleInstance(QObject):
    """The running-copy lock and hand-over of one user (`folder`: their data folder).

    Call claim() first: True for the first copy, which then emits `file_requested(path)`
    (None: no file, show the window) when a later start hands over; False for a later one,
    which calls hand_over() and, when that succeeds, ends."""

    file_requested = Signal(object)  # Path or None

    def __init__(self, folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.folder = Path(folder)
        self.name = server_name(self.folder)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """Take the user's running-copy lock and listen for later starts; False when another
        copy holds the lock. When the folder cannot be written, True (the app runs, as
        before, without the lock)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True
        lock = QLockFile(str(self.folder / LOCK_NAME))
        lock.setStaleLockTime(0)  # held for hours; stale only when its process is gone
        if not lock.tryLock(0):
            return lock.error() != QLockFile.LockError.LockFailedError
        self._lock = lock
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        if server.listen(self.name):
            server.newConnection.connect(self._accept)
            self._server = server
        return True

    def hand_over(self, path: Path | None, timeout_ms: int = HAND_OVER_TIMEOUT_MS) -> bool:
        """Send `path` (made absolute: the first copy runs in another folder) to the first
        copy; True when it was delivered. Works without an event loop."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        line = (str(Path(path).absolute()) if path else "") + "\n"
        socket.write(line.encode("utf-8"))
        delivered = socket.waitForBytesWritten(timeout_ms)
        # The first copy answers once it has read the line, so nothing is lost when this
        # process ends at once.
        answered = delivered and socket.waitForReadyRead(timeout_ms)
        socket.disconnectFromServer()
        return bool(answered)

    def release(self) -> None:
        """Stop listening and give up the lock (at quit; a crash leaves both to be taken
        over)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.canReadLine():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        text = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
        socket.write(b"ok\n")
        socket.flush()
        self.file_requested.emit(Path(text) if text else None)
