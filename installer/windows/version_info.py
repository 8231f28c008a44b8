"""The Windows version resource of the executables, from the package's version: Explorer's
Properties → Details show the product, its version and the copyright.

Written as PyInstaller's version-file text (a ``VSVersionInfo(...)`` expression it
evaluates), so it is made and checked on any platform: PyInstaller's own classes need
``pefile``, which only its Windows install has.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

TEMPLATE = """# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('041904B0', [
        StringStruct('CompanyName', 'Sferum Desk'),
        StringStruct('FileDescription', 'Sferum Desk — рабочее место администратора Сферума'),
        StringStruct('FileVersion', '{version}'),
        StringStruct('InternalName', 'sferum-desk'),
        StringStruct('LegalCopyright', '© Sferum Desk'),
        StringStruct('OriginalFilename', 'sferum-desk.exe'),
        StringStruct('ProductName', 'Sferum Desk'),
        StringStruct('ProductVersion', '{version}')])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0419, 1200])])
  ]
)
"""


def numbers(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` → ``(0, 1, 0, 0)``, ``1.0rc2`` → ``(1, 0, 0, 0)``: the four numbers of a
    Windows file version (each part's leading digits)."""
    parts = [int(m[0]) if (m := re.match(r"\d+", part)) else 0 for part in version.split(".")]
    padded = [*parts[:4], 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def version_text(version: str) -> str:
    text = TEMPLATE.format(version=version, numbers=numbers(version))
    ast.parse(text, mode="eval")  # a broken file would fail only in the Windows build
    return text


def write_version_file(version: str, path: Path) -> str:
    """Write the version-resource file for ``version``; returns its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_text(version), encoding="utf-8")
    return str(path)
