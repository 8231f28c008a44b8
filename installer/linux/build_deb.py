"""Build the Debian package from the PyInstaller onedir bundle (``make dist`` runs it).

The app goes to ``/opt/sferum-desk/`` as built, ``/usr/bin/sferum-desk`` points at it, and
the desktop integration goes where freedesktop.org puts it: the ``.desktop`` file, the icon
in every hicolor size (and the SVG as scalable), and the MIME type of backups
(``*.sdbackup``), so a double-click on a backup opens the app with it. The bundle carries
its own Python, Qt and libraries; the package depends only on what PyInstaller leaves to
the system (libc, OpenGL/EGL, libxcb) and a font.

    python installer/linux/build_deb.py [--bundle dist/sferum-desk] [--out dist]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ICONS = ROOT / "sferum_desk" / "resources" / "icons"
NAME = "sferum-desk"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DEPENDS = "libc6 (>= 2.31), libegl1, libgl1, libxcb1, fonts-dejavu-core | fonts-liberation"

CONTROL = """Package: {name}
Version: {version}
Architecture: {arch}
Maintainer: Sferum Desk <sferum-desk@localhost>
Installed-Size: {size_kb}
Depends: {depends}
Section: education
Priority: optional
Homepage: https://sferum.ru/
Description: Sferum administrator's desk for a supplementary-education centre
 Classes (nomenclature), staff and pupil movement, invite links and printed
 invitation lists, chats, the channels' posting schedule, broadcasts and the
 director's Excel reports for the Centre's side of the Sferum platform.
 Рабочее место администратора ИКОП «Сферум» учреждения дополнительного
 образования.
"""

# The caches a desktop keeps of .desktop files, MIME types and icons: refreshed when the
# tools are there (a server without a desktop has none of them).
REFRESH = """#!/bin/sh
set -e
refresh() { command -v "$1" >/dev/null 2>&1 && "$@" || true; }
refresh update-desktop-database -q /usr/share/applications
refresh update-mime-database /usr/share/mime
refresh gtk-update-icon-cache -q -t /usr/share/icons/hicolor
exit 0
"""


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def _tree_size_kb(root: Path) -> int:
    return (
        sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    )


def stage(bundle: Path, root: Path, package_version: str, arch: str) -> None:
    """Lay the package's files out under ``root``."""
    opt = root / "opt" / NAME
    shutil.copytree(bundle, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    os.symlink(f"/opt/{NAME}/{NAME}", root / "usr" / "bin" / NAME)
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(HERE / f"{NAME}.desktop", share / "applications" / f"{NAME}.desktop")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(HERE / f"{NAME}-mime.xml", share / "mime" / "packages" / f"{NAME}.xml")
    for size in HICOLOR_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(ICONS / f"{NAME}-{size}.png", folder / f"{NAME}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ICONS / f"{NAME}.svg", scalable / f"{NAME}.svg")
    debian = root / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        CONTROL.format(
            name=NAME,
            version=package_version,
            arch=arch,
            size_kb=_tree_size_kb(root),
            depends=DEPENDS,
        ),
        encoding="utf-8",
    )
    for script in ("postinst", "postrm"):
        path = debian / script
        path.write_text(REFRESH, encoding="utf-8")
        path.chmod(0o755)
    for path in [root, *root.rglob("*")]:  # what dpkg-deb accepts: no group/other write
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~0o022)


def build(bundle: Path, out: Path) -> Path:
    if not (bundle / NAME).is_file():
        raise SystemExit(f"no bundle at {bundle}: run PyInstaller first (make dist)")
    package_version, arch = version(NAME), architecture()
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{NAME}_{package_version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="sferum-desk-deb-") as folder:
        root = Path(folder) / "root"
        stage(bundle, root, package_version, arch)
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / NAME)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    target = build(args.bundle, args.out)
    print(f"{target} ({target.stat().st_size / 1_048_576:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
