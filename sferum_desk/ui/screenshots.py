"""`sferum-desk screenshots --out DIR`: every page of the main window and its main dialogs,
rendered offscreen to PNG at 100 % and 200 % (README and the guide use them;
``make screenshots`` refreshes them from the demo Centre).

200 % is rendered, not scaled up: each widget paints into a pixmap of device-pixel ratio 2,
as Qt paints on a 2× screen, so text and lines are drawn at that resolution.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QSize, QThreadPool
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from ..data.engine import Database
from .main_window import PAGES, MainWindow
from .tasks import wait_for_tasks

WINDOW_SIZE = QSize(1280, 800)


def _spin(until: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not until() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()


def render(widget: QWidget, path: Path, scale: int) -> Path:
    """``widget`` as it paints on a screen of ``scale`` × device pixels."""
    size = widget.size()
    pixmap = QPixmap(size * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(widget.palette().window().color())
    widget.render(pixmap)
    pixmap.save(str(path))
    return path


def _names(base: str, scales: Iterable[int]) -> list[tuple[str, int]]:
    return [(f"{base}.png" if scale == 1 else f"{base}@{scale}x.png", scale) for scale in scales]


def take(db: Database, out: Path, scales: Iterable[int] = (1, 2)) -> list[Path]:
    """Render every page and the main dialogs into ``out``; returns the files written."""
    scales = list(scales)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    window = MainWindow(db, start_page="overview")
    window.resize(WINDOW_SIZE)
    window.show()
    try:
        for key, _title in PAGES:
            page = window.show_page(key)
            _spin(lambda page=page: page.requested and not page.stale and _idle())
            _spin(_idle, 5)
            for name, scale in _names(f"page-{key}", scales):
                written.append(render(window, out / name, scale))
        for name, make in _dialogs(window):
            dialog = make()
            dialog.show()
            _spin(_idle, 5)
            for file_name, scale in _names(f"dialog-{name}", scales):
                written.append(render(dialog, out / file_name, scale))
            dialog.close()
            dialog.deleteLater()
    finally:
        wait_for_tasks()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return written


def _idle() -> bool:
    return QThreadPool.globalInstance().activeThreadCount() == 0


def _dialogs(window: MainWindow) -> list[tuple[str, Callable[[], QWidget]]]:
    from .global_search import GlobalSearch
    from .import_wizard import ImportWizard
    from .rollover_wizard import RolloverWizard
    from .server_dialog import ServerDialog
    from .welcome import WelcomeDialog

    def search() -> QWidget:
        dialog = GlobalSearch(window.db, window)
        dialog.edit.setText("кр")
        return dialog

    return [
        ("welcome", lambda: WelcomeDialog(window)),
        ("server", lambda: ServerDialog(window)),
        ("global-search", search),
        ("import", lambda: ImportWizard(window.db, window)),
        ("rollover", lambda: RolloverWizard(window.db, window)),
    ]
