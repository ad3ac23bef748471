"""Rotating log files in the data folder (<data>/logs/pakta.log), set up once per process.

A log is what support asks for over the phone, so it is kept small enough to send (5 files of
1 MB) and holds no personal data: names, signatures and badge texts are never logged by the
core; a filter drops any record that would carry signature bytes or pen samples anyway.
"""

from __future__ import annotations

import io
import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop_app.private_files import make_private_dir, open_private_append

LOG_NAME = "pakta.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(process)d %(threadName)s %(name)s: %(message)s"
# Words whose presence marks a message that carries signature data; such a line is replaced.
_SENSITIVE = ("signature_blob", "image_blob", "pen samples", "BEGIN PRIVATE KEY")


class _NoPersonalData(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except Exception:  # a bad format string must not take logging down
            return True
        if any(word in text for word in _SENSITIVE):
            record.msg, record.args = "(message withheld: it carried signature data)", None
        return True


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Every log file (the current one and each new one after a rollover) is created 0600:
    logs are the station's business only."""

    def _open(self) -> io.TextIOWrapper:
        return open_private_append(Path(self.baseFilename), self.encoding or "utf-8")


def log_path(data_dir: Path) -> Path:
    return Path(data_dir) / "logs" / LOG_NAME


def configure_logging(data_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Send this process's logs to <data>/logs/pakta.log; returns the file, None if unwritable.

    Idempotent: a second call (the desk started from the CLI) adds no second handler.
    """
    path = log_path(data_dir)
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        make_private_dir(path.parent)
        handler = PrivateRotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:  # a read-only or missing data folder: the command itself will say so
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(_NoPersonalData())
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        # The file wants INFO, but the console must stay as quiet as before: a library that
        # called basicConfig() on import (python-escpos does) left a stderr handler that
        # would otherwise start printing INFO lines into a person's terminal.
        for other in root.handlers:
            if type(other) is logging.StreamHandler and other.level == logging.NOTSET:
                other.setLevel(max(root.level, logging.WARNING))
        root.setLevel(level)
    return path


def configure_cli_logging(data_dir: str | None) -> Path | None:
    """The CLI's call: log into the data folder named by --data-dir (or the default one).

    Only when that folder already exists: a command that fails on a typo'd --data-dir should
    not leave a new folder with a log in it.
    """
    from desktop_app.paths import default_data_dir

    root = Path(data_dir) if data_dir else default_data_dir()
    if not root.is_dir():
        return None
    return configure_logging(root)
