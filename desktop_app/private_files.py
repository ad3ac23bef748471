"""Personal data at rest: the data folder is the station user's alone.

Folders are created 0700 and files 0600 (``os.open``/``mkdir`` modes, so there is no moment
when they are readable by others); a store made by an older version is tightened when it is
opened. On Windows, where modes mean little, the data folder gets an access list granting the
current user, SYSTEM (backups) and the Administrators group full control and nobody else,
inherited by everything inside (``restrict_windows_acl``, through ``icacls``, part of
Windows). Only a new or empty folder, or one holding a store, is restricted: a folder the
user already keeps other things in keeps its permissions (its store files are still 0600).
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import stat
import subprocess
import time
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
STALE_PART_S = 600.0  # a write_atomic temporary file this old was left by a crash
# folders the station makes in its data folder (paths.StationPaths)
STORE_FOLDERS = ("keys", "logs", "printed", "exports", "receipts")

log = logging.getLogger(__name__)


def make_private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) with mode 0700; an existing one is tightened."""
    path = Path(path)
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    _tighten(path)
    return path


def create_private_file(path: Path) -> bool:
    """Create an empty file with mode 0600 when there is none; True when it was created."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def open_private_append(path: Path, encoding: str = "utf-8") -> io.TextIOWrapper:
    """A text file opened for appending, created 0600 (logs)."""
    fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, PRIVATE_FILE)
    return os.fdopen(fd, "a", encoding=encoding)


def remove_plaintext_receipts(folder: Path) -> int:
    """Delete the receipt PDFs older versions kept in ``receipts/`` (each held a signature
    image in the clear); receipts are drawn again from their records whenever needed."""
    removed = 0
    if not folder.is_dir() or folder.is_symlink():
        return 0
    for path in folder.iterdir():
        if path.suffix.lower() in (".pdf", ".part") and path.is_file():
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    with contextlib.suppress(OSError):
        folder.rmdir()  # only when empty: anything else in it is not ours to delete
    return removed


def _tighten(path: Path) -> bool:
    """Take group and other permissions away (the owner's stay); True when it changed."""
    if os.name != "posix":
        return False
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if stat.S_ISLNK(info.st_mode) or not (info.st_mode & 0o077):
        return False
    with contextlib.suppress(OSError):  # not ours (another user's file): leave it
        os.chmod(path, stat.S_IMODE(info.st_mode) & ~0o077)
        return True
    return False


def _entries(root: Path) -> list[Path]:
    """The store's own entries: the files at its top (database, -wal, -shm) and the folders it
    makes with the files directly in them. Nothing deeper, and nothing else a user keeps in a
    folder they pointed --data-dir at, is touched."""
    found: list[Path] = []
    for name in STORE_FOLDERS:
        folder = root / name
        if folder.is_dir() and not folder.is_symlink():
            found.append(folder)
            found += [p for p in folder.iterdir() if p.is_file() and not p.is_symlink()]
    found += [p for p in root.glob("station.db*") if p.is_file() and not p.is_symlink()]
    found += [p for p in root.glob(".*.part") if p.is_file() and not p.is_symlink()]
    return found


def tighten_tree(root: Path, *, include_root: bool = True) -> int:
    """No group or other permissions on the data folder (unless ``include_root`` is False)
    and the store's own entries in it; returns how many were tightened."""
    root = Path(root)
    changed = int(_tighten(root)) if include_root else 0
    return changed + sum(_tighten(path) for path in _entries(root))


def remove_stale_parts(root: Path, older_than_s: float = STALE_PART_S) -> int:
    """Delete temporary files (``.NAME.*.part``) a crash left half-written in the store's
    folders; young ones may belong to a write in progress in another process, and stay."""
    removed = 0
    cutoff = time.time() - older_than_s
    for path in _entries(root):
        if not (path.name.startswith(".") and path.name.endswith(".part") and path.is_file()):
            continue
        with contextlib.suppress(OSError):
            if path.lstat().st_mtime < cutoff:
                path.unlink()
                removed += 1
    return removed


def restrict_windows_acl(path: Path) -> bool:
    """On Windows: only the current user, SYSTEM and Administrators may open ``path`` and
    what it holds.

    ``icacls PATH /inheritance:r /grant:r USER:(OI)(CI)F ...`` removes the inherited entries
    (Users, Authenticated Users...) and grants full control to the three, inherited by the
    files and folders inside. Returns False when not on Windows or icacls fails
    (the folder then keeps its inherited permissions; the failure is logged).
    """
    if os.name != "nt":
        return False
    user = os.environ.get("USERNAME", "")
    domain = os.environ.get("USERDOMAIN", "")
    if not user:
        return False
    account = f"{domain}\\{user}" if domain else user
    args = [
        "icacls",
        str(path),
        "/inheritance:r",
        "/grant:r",
        f"{account}:(OI)(CI)F",
        "/grant:r",
        "*S-1-5-18:(OI)(CI)F",  # SYSTEM, by its well-known SID (names are localised)
        "/grant:r",
        "*S-1-5-32-544:(OI)(CI)F",  # Administrators: support can still recover a desk
        "/Q",
    ]
    try:
        result = subprocess.run(args, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.warning("cannot restrict access to %s: %s", path, exc)
        return False
    if result.returncode != 0:
        log.warning("icacls could not restrict %s (exit %s)", path, result.returncode)
        return False
    return True


ACL_MARK = ".owner-only"


def _only_ours(root: Path) -> bool:
    """The folder holds nothing but what a station makes (or nothing at all)."""
    names = {p.name for p in root.iterdir()}
    return names <= {*STORE_FOLDERS, ACL_MARK} or any(n.startswith("station.db") for n in names)


def secure_data_folder(root: Path) -> int:
    """What opening a store does to its folder: private modes (or, once, the Windows ACL) and
    no crash leftovers. Returns how many entries were tightened or removed."""
    root = Path(root)
    ours = not root.exists() or (root / "station.db").exists() or _only_ours(root)
    root.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if os.name == "nt" and ours and not (root / ACL_MARK).exists() and restrict_windows_acl(root):
        create_private_file(root / ACL_MARK)
    changed = tighten_tree(root, include_root=ours)
    return changed + remove_stale_parts(root)
