"""No traceback reaches a person: errors are logged and the attendant gets a short note."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from desktop_app.logging_setup import PrivateRotatingFileHandler
from desktop_app.private_files import make_private_dir

log = logging.getLogger("pakta.desk")


def setup_logging(log_dir: Path) -> Path:
    make_private_dir(log_dir)  # logs are the station's business only: 0700 / 0600
    path = log_dir / "desk.log"
    handler = PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install(notify: Callable[[], None]) -> None:
    """``notify`` must be thread-safe (the relay's call_soon wrapped around a message)."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        try:
            notify()
        except Exception:  # the hook itself must never raise
            log.exception("could not tell the attendant")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
