"""Personal data off the disk's open shelves: private folders and files, masked logs, and a
warning when the data folder is on a network share or a removable drive. No Qt here.

The database holds children's and parents' names, phones and e-mails (152-ФЗ). On POSIX
the data folder, the backups and the logs are readable by the current user only (0700
folders, 0600 files); on Windows the per-user profile folders already are. Log lines and
crash files go through :func:`mask_personal`, so a log sent to whoever helps never carries
a name, a phone or an e-mail.
"""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
LOG_FILE_NAME = "sferum-desk.log"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# +7 900 123-45-67, 8(900)1234567, +79001234567: 11 digits with separators
_PHONE = re.compile(r"(?<![\w+])(?:\+7|8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)")
# Two or three capitalised Cyrillic words in a row: «Иванова Мария Петровна», «Иванова
# Мария». Log lines are English, so little else matches; what does is masked too.
_CAPITALISED = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_FULL_NAME = re.compile(rf"\b{_CAPITALISED}(?:\s+{_CAPITALISED}){{1,2}}\b")
# «Иванова М. П.», «Иванова М.П.»
_SHORT_NAME = re.compile(rf"\b{_CAPITALISED}\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?")


def mask_personal(text: str) -> str:
    """``text`` with e-mails, phone numbers and people's names replaced by placeholders."""
    text = _EMAIL.sub("<e-mail>", text)
    text = _PHONE.sub("<телефон>", text)
    text = _SHORT_NAME.sub("<ФИО>", text)
    return _FULL_NAME.sub("<ФИО>", text)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and its parents) and make it the current user's only (POSIX)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        # a folder of someone else's (a --db on a shared path) keeps its mode
        with contextlib.suppress(OSError):
            path.chmod(PRIVATE_DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty if it is missing; make it the current user's only (POSIX)."""
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE))
    if os.name == "posix":
        with contextlib.suppress(OSError):
            path.chmod(PRIVATE_FILE_MODE)
    return path


class MaskingFormatter(logging.Formatter):
    """Formats as usual, then masks personal data in the whole text (traceback included)."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_personal(super().format(record))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file, the ones rotation starts too, is 0600."""

    def _open(self) -> io.TextIOWrapper:
        path = Path(self.baseFilename)
        private_file(path)
        stream = open(path, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115
        assert isinstance(stream, io.TextIOWrapper)  # text mode
        return stream


_log_handler: logging.Handler | None = None


def setup_logging(folder: Path) -> Path:
    """A private, masked, rotating log file in ``folder`` (replacing an earlier one)."""
    global _log_handler
    private_dir(folder)
    path = folder / LOG_FILE_NAME
    close_logging()
    root = logging.getLogger()
    handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(
        MaskingFormatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _log_handler = handler
    return path


def close_logging() -> None:
    """Remove the handler :func:`setup_logging` added (tests, several runs in one process)."""
    global _log_handler
    if _log_handler is not None:
        logging.getLogger().removeHandler(_log_handler)
        _log_handler.close()
        _log_handler = None


# -- where the data lives ------------------------------------------------------------------

NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ncpfs", "fuse.sshfs", "davfs", "ceph"}
)
REMOVABLE_PREFIXES = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


@dataclass(frozen=True)
class Mount:
    point: str
    fstype: str
    device: str


def mounts(mountinfo: str | None = None) -> list[Mount]:
    """The mounts of /proc/self/mountinfo (Linux), or of the text given."""
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8")
        except OSError:
            return []
    found = []
    for line in mountinfo.splitlines():
        left, _sep, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if len(fields) >= 5 and len(tail) >= 2:
            point = fields[4].replace("\\040", " ")
            found.append(Mount(point, tail[0], tail[1]))
    return found


def _mount_of(path: Path, known: list[Mount]) -> Mount | None:
    text = str(path)
    best: Mount | None = None
    for mount in known:
        inside = text == mount.point or text.startswith(mount.point.rstrip("/") + "/")
        if inside and (best is None or len(mount.point) > len(best.point)):
            best = mount
    return best


def _removable_device(device: str, sys_block: Path) -> bool:
    """Whether /sys/block says the disk of ``device`` (/dev/sdb1 → sdb) is removable."""
    name = Path(device).name
    while name:
        flag = sys_block / name / "removable"
        if flag.exists():
            return flag.read_text().strip() == "1"
        name = name[:-1]  # sdb1 → sdb, mmcblk0p1 → mmcblk0p → …
    return False


def _windows_drive_kind(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    if str(path).startswith("\\\\"):
        return "network"
    kind = ctypes.windll.kernel32.GetDriveTypeW(f"{path.drive}\\")  # type: ignore[attr-defined]
    return {2: "removable", 4: "network"}.get(kind)


def storage_kind(
    path: Path, *, mountinfo: str | None = None, sys_block: Path = Path("/sys/block")
) -> str | None:
    """ "network", "removable" or None (a local disk) for the drive ``path`` is on."""
    path = path.expanduser().resolve()
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_drive_kind(path)
    mount = _mount_of(path, mounts(mountinfo))
    if mount is not None:
        if mount.fstype in NETWORK_FILESYSTEMS or mount.fstype.startswith("fuse.smb"):
            return "network"
        if mount.device.startswith("/dev/") and _removable_device(mount.device, sys_block):
            return "removable"
    if str(path).startswith(REMOVABLE_PREFIXES):
        return "removable"
    return None


def storage_warning(path: Path, **probe: Any) -> str | None:
    """A Russian warning when the data at ``path`` sits on a network share or a removable
    drive (others may read it, it may be lost with the stick); None on a local disk."""
    try:
        kind = storage_kind(path, **probe)
    except OSError:
        return None
    if kind == "network":
        return (
            f"Данные Центра лежат на сетевом диске ({path}): их могут прочитать другие "
            "пользователи сети. Храните базу на диске этого компьютера."
        )
    if kind == "removable":
        return (
            f"Данные Центра лежат на съёмном диске ({path}): его легко потерять вместе "
            "с персональными данными. Храните базу на диске этого компьютера, а на флешку "
            "делайте резервные копии."
        )
    return None
