"""`make dist`: the PyInstaller onedir bundle and this platform's package.

Linux: ``dist/sferum-desk/`` and ``dist/sferum-desk_<version>_<arch>.deb``; Windows: the
bundle and, when Inno Setup is installed, ``dist/sferum-desk-<version>-setup.exe``.
Writes ``dist/build-info.json`` (times and sizes) for ``make dist-test`` to report.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "sferum-desk"


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
            str(HERE / "sferum-desk.spec"),
        ],
        check=True,
    )  # fmt: skip
    bundled = time.perf_counter()
    info: dict[str, object] = {
        "bundle": str(BUNDLE),
        "bundle_bytes": tree_size(BUNDLE),
        "bundle_seconds": round(bundled - started, 1),
    }
    if sys.platform.startswith("linux"):
        sys.path.insert(0, str(HERE / "linux"))
        import build_deb

        package = build_deb.build(BUNDLE, DIST)
        info.update(package=str(package), package_bytes=package.stat().st_size)
    elif sys.platform == "win32":
        subprocess.run([sys.executable, str(HERE / "windows" / "build_installer.py")], check=True)
    info["total_seconds"] = round(time.perf_counter() - started, 1)
    (DIST / "build-info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    mb = 1_048_576
    print(f"Bundle: {BUNDLE} ({info['bundle_bytes'] / mb:.0f} MB, {info['bundle_seconds']} s)")
    if "package" in info:
        print(f"Package: {info['package']} ({info['package_bytes'] / mb:.1f} MB)")  # type: ignore[operator]
    print(f"Built in {info['total_seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
