"""The large Centre of the benchmarks: ``sferum-desk demo --students 5000 --movement 20000``.

Built once with the CLI and kept under ``bench/.cache/`` (git-ignored), keyed by what decides
its content: the schema's head revision, the demo generator's source, its arguments and the
day it is built for (the demo is laid out around ``today``). A new key builds it again; the
old files are removed then.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(__file__).resolve().parent / ".cache"
STUDENTS = 5000
MOVEMENT = 20000
SEED = 1


@dataclass(frozen=True)
class Centre:
    path: Path  # the cached database: copy it before opening it with the app
    students: int
    movement: int
    today: dt.date
    built_s: float | None  # None: taken from the cache

    @property
    def url(self) -> str:
        return f"sqlite:///{self.path}"


def _key(students: int, movement: int, today: dt.date) -> str:
    from sferum_desk.data.migrate import file_head

    digest = hashlib.sha256()
    digest.update(f"{file_head()}|{students}|{movement}|{SEED}|{today}".encode())
    demo = ROOT / "sferum_desk" / "services" / "demo"
    for source in sorted(demo.glob("*.py")):
        digest.update(source.name.encode() + source.read_bytes())
    return digest.hexdigest()[:16]


def large_centre(
    students: int = STUDENTS, movement: int = MOVEMENT, today: dt.date | None = None
) -> Centre:
    """The cached large Centre, built first when missing (about 10 s on two cores)."""
    today = today or dt.date.today()
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"centre-{_key(students, movement, today)}.sqlite3"
    if path.exists():
        return Centre(path, students, movement, today, None)
    for old in CACHE.glob("centre-*"):
        old.unlink()
    partial = path.with_suffix(".partial")
    if partial.exists():
        partial.unlink()
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sferum_desk",
            "--db",
            f"sqlite:///{partial}",
            "demo",
            f"--seed={SEED}",
            f"--students={students}",
            f"--movement={movement}",
            f"--today={today.isoformat()}",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "SFERUM_DESK_HOME": str(CACHE / "home")},
    )
    built = time.perf_counter() - started
    # Only the database itself is kept: the lock file goes, and so does the write-ahead log,
    # folded in when the CLI closed its last connection.
    for extra in CACHE.glob(partial.name + "*"):
        if extra != partial:
            extra.unlink()
    shutil.rmtree(CACHE / "home", ignore_errors=True)
    partial.rename(path)
    return Centre(path, students, movement, today, built)


def copy_of(centre: Centre, folder: Path) -> Path:
    """A copy of the Centre in ``folder`` to open (the app writes its lock, WAL, backups)."""
    target = folder / "centre.sqlite3"
    shutil.copyfile(centre.path, target)
    return target
