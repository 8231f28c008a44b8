"""The installer's sources that can be checked without building: the Inno Setup script, the
Windows version resource, the icon files (the build itself: ``make dist && make dist-test``)."""

from __future__ import annotations

import ast
import importlib.util
import struct
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
ICONS = ROOT / "sferum_desk" / "resources" / "icons"


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def test_the_inno_setup_script_has_what_the_installer_needs() -> None:
    build = _module(INSTALLER / "windows" / "build_installer.py")
    text = build.SCRIPT.read_text(encoding="utf-8")
    assert build.check_script(text) == []
    for needed in (
        "PrivilegesRequired=lowest",  # per user, no administrator rights
        'Name: "ru"; MessagesFile: "compiler:Languages\\Russian.isl"',
        'Name: "en"; MessagesFile: "compiler:Default.isl"',
        'Subkey: "Software\\Classes\\.sdbackup"',
        "{autodesktop}",
        "MB_DEFBUTTON1, IDYES",  # «keep the data» is the default answer
    ):
        assert needed in text
    broken = text.replace("[Code]", "[Cod]").replace("#endif", "", 1)
    problems = build.check_script(broken)
    assert "unknown section [Cod]" in " ".join(problems)
    assert "#if without #endif" in problems


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("2.3", (2, 3, 0, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
        ("1.0rc2", (1, 0, 0, 0)),
    ],
)
def test_the_version_resource_carries_the_package_version(
    version: str, numbers: tuple[int, ...]
) -> None:
    info = _module(INSTALLER / "windows" / "version_info.py")
    text = info.version_text(version)
    ast.parse(text, mode="eval")
    assert f"filevers={numbers}" in text and f"StringStruct('ProductVersion', '{version}')" in text


def test_the_icon_comes_in_every_size_and_one_ico() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = (ICONS / f"sferum-desk-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    ico = (ICONS / "sferum-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    sides = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert sides == [16, 24, 32, 48, 64, 128, 256]


def test_the_window_has_the_icon(qapp) -> None:  # noqa: ANN001
    from sferum_desk.ui.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} >= {16, 32, 256}
