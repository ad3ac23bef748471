"""A "printer" that writes each job as a PDF file into a folder (demo, rehearsal, archive)."""

from __future__ import annotations

import errno
import re
from pathlib import Path

from desktop_app.printing.backends.base import PrinterUnavailable, PrintItem, Remote
from pakta_common.files import write_atomic

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(title: str) -> str:
    return _UNSAFE.sub("_", title).strip("._")[:120] or "job"


def folder_of(spec: str) -> Path | None:
    """The folder a printer spec names (``folder:/path``, ``/path``, ``~/…``, ``C:\\…``), or
    None when the spec names another kind of printer."""
    spec = spec.strip()
    if spec.startswith("folder:"):
        return Path(spec.removeprefix("folder:")).expanduser()
    if spec.startswith(("/", "~", ".")) or (len(spec) > 2 and spec[1] == ":" and spec[2] in "\\/"):
        return Path(spec).expanduser()
    return None


def printed_files(folder: Path, title: str, copies: int) -> list[Path]:
    """The files ``FolderBackend`` writes for a job of ``title`` and ``copies``."""
    base = safe_name(title)
    if copies <= 1:
        return [folder / f"{base}.pdf"]
    return [folder / f"{base}-{n}.pdf" for n in range(1, copies + 1)]


class FolderBackend:
    name = "folder"

    def __init__(self, folder: Path, *, create: bool = True) -> None:
        self.folder = Path(folder).expanduser()
        self.create = create

    def describe(self) -> str:
        return f"folder {self.folder}"

    def check(self) -> None:
        if self.folder.is_dir():
            return
        if self.create and self.folder.parent.is_dir():
            try:
                self.folder.mkdir(mode=0o700, exist_ok=True)
                return
            except OSError as exc:
                raise PrinterUnavailable(f"cannot create {self.folder}: {exc.strerror}") from None
        raise PrinterUnavailable(f"output folder {self.folder} is not there (drive removed?)")

    def submit(self, item: PrintItem) -> str:
        self.check()
        try:
            for path in printed_files(self.folder, item.title, item.copies):
                write_atomic(path, item.pdf)  # 0600: a printed receipt holds a signature
        except OSError as exc:
            # Windows has no EDQUOT (quota exceeded): ENOSPC stands in for it there.
            if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
                raise PrinterUnavailable(f"{self.folder}: disk full") from None
            raise PrinterUnavailable(f"cannot write to {self.folder}: {exc.strerror}") from None
        return ""

    def remote_state(self, backend_job: str) -> Remote:
        return Remote.DONE
