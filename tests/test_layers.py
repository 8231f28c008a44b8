"""data/ and services/ stay Qt-free so the CLI, tests and worker threads can use them."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import sferum_desk.commands
import sferum_desk.data
import sferum_desk.services

BLOCK_QT = """
import importlib.abc, sys

class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}:
            raise ImportError(f"Qt is not allowed here: {name}")
        return None

sys.meta_path.insert(0, BlockQt())
import importlib
for name in sys.argv[1:]:
    importlib.import_module(name)
assert not any(m.split(".")[0] == "PySide6" for m in sys.modules)
print("ok", len(sys.argv) - 1)
"""


def _modules(package) -> list[str]:
    names = [package.__name__]
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations" not in info.name:
            names.append(info.name)
    return names


def test_data_and_services_import_without_qt() -> None:
    modules = (
        _modules(sferum_desk.data)
        + _modules(sferum_desk.services)
        + _modules(sferum_desk.commands)
        + ["sferum_desk.cli"]
    )
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT, *modules], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ok {len(modules)}"
    assert "sferum_desk.services.stats" in modules


def test_the_blocker_really_blocks() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT, "PySide6.QtCore"], capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "Qt is not allowed" in result.stderr
