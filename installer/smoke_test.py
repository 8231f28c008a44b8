"""`make dist-test`: the built bundle and package run as a user would run them.

On a temporary home and database: ``--version``, ``demo``, ``stats --json``, ``report
summary`` with the bundled executable, and the window opened offscreen until it is shown
(its cold start timed); then the .deb unpacked into a temporary root (``dpkg -x``), run from
there, its desktop integration checked, and portable mode (``portable.txt`` beside the
executable) tried. Prints the sizes, the build time and the cold start; exits 1 on the first
thing that does not work.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
NAME = "sferum-desk"
MB = 1_048_576


class SmokeError(Exception):
    pass


def run(command: list[str | Path], env: dict[str, str], timeout: float = 120) -> str:
    process = subprocess.run(
        [str(part) for part in command],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if process.returncode != 0:
        raise SmokeError(
            f"{' '.join(map(str, command))} exited {process.returncode}:\n{process.stderr[-3000:]}"
        )
    return process.stdout


def environment(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", SFERUM_DESK_HOME=str(home), **extra)
    return env


def check_commands(executable: Path, home: Path) -> None:
    env = environment(home)
    shown = run([executable, "--version"], env).strip()
    if shown != f"{NAME} {version(NAME)}":
        raise SmokeError(f"--version printed {shown!r}")
    database = home / "centre.sqlite3"
    out = run([executable, "--db", database, "demo"], env, timeout=300)
    if "Демонстрационный Центр создан" not in out:
        raise SmokeError(f"demo printed {out!r}")
    stats = json.loads(run([executable, "--db", database, "stats", "--json"], env))
    if stats["students"] != 600 or stats["groups"] != 45:
        raise SmokeError(f"stats --json: {stats}")
    report = home / "сводный.xlsx"
    run([executable, "--db", database, "report", "summary", "--out", report], env)
    if not report.is_file() or report.read_bytes()[:2] != b"PK":
        raise SmokeError(f"report summary wrote no workbook at {report}")
    print(f"  {executable}: --version, demo, stats --json, report summary — ok")


def check_guide(executable: Path) -> None:
    """The guide F1 opens is in the bundle, with every picture its pages show."""
    internal = executable.parent / "_internal"
    guide = (internal if internal.is_dir() else executable.parent) / "docs" / "guide"
    pages = sorted(guide.glob("*.md"))
    if not (guide / "index.md").is_file():
        raise SmokeError(f"no guide in the bundle at {guide}")
    missing = [
        f"{page.name}: {image}"
        for page in pages
        for image in re.findall(r"\]\((\.\./screenshots/[^)]+)\)", page.read_text("utf-8"))
        if not (page.parent / image).is_file()
    ]
    if missing:
        raise SmokeError(f"guide pictures missing from the bundle: {missing}")
    print(f"  the guide: {len(pages)} pages with their pictures — ok")


def cold_start(executable: Path, home: Path, runs: int = 3) -> float:
    """Seconds from the start to the main window shown (offscreen), the median of ``runs``
    after one unmeasured start."""
    env = environment(home, SFERUM_DESK_BENCH_SHOWN="1")
    database = home / "centre.sqlite3"
    times = []
    for attempt in range(runs + 1):
        started = time.time()
        out = run([executable, "--no-crash-dialog", "--db", database], env)
        moments = [float(line.split()[1]) for line in out.splitlines() if line.startswith("shown ")]
        if not moments:
            raise SmokeError(f"the window was not shown: {out!r}")
        if attempt:
            times.append(moments[-1] - started)
    return statistics.median(times)


def check_package(package: Path, work: Path) -> None:
    root = work / "root"
    root.mkdir(parents=True)
    subprocess.run(["dpkg", "-x", str(package), str(root)], check=True)
    executable = root / "opt" / NAME / NAME
    link = root / "usr" / "bin" / NAME
    if not link.is_symlink() or os.readlink(link) != f"/opt/{NAME}/{NAME}":
        raise SmokeError(f"{link} does not point at /opt/{NAME}/{NAME}")
    share = root / "usr" / "share"
    desktop = (share / "applications" / f"{NAME}.desktop").read_text(encoding="utf-8")
    for line in ("Exec=sferum-desk %f", "Icon=sferum-desk", "MimeType=application/x-sferum"):
        if line not in desktop:
            raise SmokeError(f"the .desktop file has no {line!r}")
    for size in (16, 32, 48, 128, 256):
        if not (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png").is_file():
            raise SmokeError(f"no {size}x{size} icon")
    if not (share / "mime" / "packages" / f"{NAME}.xml").is_file():
        raise SmokeError("no MIME type for backups")
    check_commands(executable, work / "home")

    # Portable mode: with portable.txt beside the executable, its data folder is beside it
    (executable.parent / "portable.txt").write_text("", encoding="utf-8")
    env = environment(work / "unused")
    del env["SFERUM_DESK_HOME"]
    env["HOME"] = str(work / "empty-home")  # nothing may land in the user's profile
    run([executable, "demo", "--students", "50"], env, timeout=300)
    portable = executable.parent / "data"
    if not list(portable.glob("*.sqlite3")):
        raise SmokeError(f"portable mode: no database in {portable}")
    if (work / "empty-home").exists() and any((work / "empty-home").rglob("*.sqlite3")):
        raise SmokeError("portable mode: a database went to the user's profile")
    print(
        f"  {package.name}: unpacked with dpkg -x, runs from /opt, desktop files, "
        "portable mode — ok"
    )


def main() -> int:
    executable = DIST / NAME / (f"{NAME}.exe" if sys.platform == "win32" else NAME)
    if not executable.is_file():
        print(f"No bundle at {executable}: run make dist first.", file=sys.stderr)
        return 1
    info = json.loads((DIST / "build-info.json").read_text(encoding="utf-8"))
    try:
        with tempfile.TemporaryDirectory(prefix="sferum-desk-smoke-") as folder:
            work = Path(folder)
            cli = DIST / NAME / f"{NAME}-cli.exe" if sys.platform == "win32" else executable
            check_commands(cli, work / "bundle")
            check_guide(executable)
            start = cold_start(executable, work / "bundle")
            print(f"  the window shown offscreen: {start:.2f} s (median of 3 cold starts)")
            package = info.get("package")
            if package:
                check_package(Path(package), work / "package")
    except (SmokeError, subprocess.SubprocessError, OSError, KeyError, ValueError) as exc:
        print(f"dist-test failed: {exc}", file=sys.stderr)
        return 1
    print(
        f"Bundle {info['bundle_bytes'] / MB:.0f} MB (built in {info['bundle_seconds']} s)"
        + (f", package {info['package_bytes'] / MB:.1f} MB" if package else "")
        + f", all in {info['total_seconds']} s; cold start of the bundled window {start:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
