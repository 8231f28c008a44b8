"""The administrator's guide (``docs/guide/``, Russian) inside the app: F1 opens the page
for the screen on view, *Справка → Руководство* its contents.

The pages are Markdown with screenshots beside them (``docs/screenshots/``); a
QTextBrowser shows them, follows the links between them and opens web links in the
browser. The guide is found in the source checkout or in the bundle (``installer/``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

INDEX = "index.md"
# The guide's page for each page of the main window (``MainWindow`` keys).
PAGE_TOPICS = {
    "overview": "01-start.md",
    "structure": "03-structure.md",
    "staff": "04-people.md",
    "students": "04-people.md",
    "parents": "04-people.md",
    "movement": "07-movement.md",
    "tasks": "07-movement.md",
    "invites": "06-invites.md",
    "chats": "08-chats.md",
    "posts": "09-channels.md",
    "broadcasts": "09-channels.md",
    "support": "10-support.md",
    "reports": "11-reports.md",
    "audit": "12-backup.md",
    "settings": "02-registration.md",
}
IMPORT_TOPIC = "05-import.md"
ROLLOVER_TOPIC = "13-new-year.md"
BACKUP_TOPIC = "12-backup.md"
PROGRAM_TOPIC = "01-start.md"


def guide_dir() -> Path | None:
    """``docs/guide`` of the checkout, or of the bundle; None when neither has it (a plain
    wheel install)."""
    roots = [Path(__file__).resolve().parents[2]]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.insert(0, Path(bundle))
    for root in roots:
        folder = root / "docs" / "guide"
        if (folder / INDEX).is_file():
            return folder
    return None


class GuideText(QTextBrowser):
    """The page itself: screenshots are scaled down to the width of the view (they are
    taken at 1280 pixels) and again when the window is resized."""

    MARGIN = 40

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitted_width = 0
        self._refit = QTimer(self, singleShot=True, interval=150, timeout=self._reload_images)

    def image_width(self) -> int:
        return max(320, self.viewport().width() - self.MARGIN)

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        if kind == QTextDocument.ResourceType.ImageResource.value:
            target = QUrl(url) if isinstance(url, str) else url
            image = QImage(target.toLocalFile()) if target.isLocalFile() else QImage()
            if not image.isNull():
                self._fitted_width = self.image_width()
                if image.width() > self._fitted_width:
                    image = image.scaledToWidth(
                        self._fitted_width, Qt.TransformationMode.SmoothTransformation
                    )
                return image
        return super().loadResource(kind, url)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted_width and abs(self.image_width() - self._fitted_width) > 24:
            self._refit.start()

    @Slot()
    def _reload_images(self) -> None:
        position = self.verticalScrollBar().value()
        self.reload()
        self.verticalScrollBar().setValue(position)


class GuideBrowser(QDialog):
    """A window on the guide: back, contents, and the page; stays open beside the app."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("Administrator's guide"))
        self.folder = folder
        self.browser = GuideText()
        self.browser.setObjectName("guide_text")
        self.browser.setOpenLinks(False)  # web links go to the browser, pages stay here
        self.browser.anchorClicked.connect(self.follow)
        self.browser.sourceChanged.connect(self._on_source_changed)
        self.back = QPushButton(self.tr("← &Back"))
        self.back.setObjectName("back")
        self.back.setEnabled(False)
        self.back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        contents = QPushButton(self.tr("&Contents"))
        contents.setObjectName("contents")
        contents.clicked.connect(lambda: self.open_topic(INDEX))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addWidget(contents)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Back, self, activated=self.browser.backward)
        self.resize(900, 720)

    def open_topic(self, name: str) -> None:
        path = self.folder / name
        if not path.is_file():
            path = self.folder / INDEX
        self.browser.setSource(QUrl.fromLocalFile(str(path)))

    def topic(self) -> str:
        return Path(self.browser.source().toLocalFile()).name

    @Slot(QUrl)
    def follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = self.browser.source().resolved(url) if url.isRelative() else url
        if target.isLocalFile() and Path(target.toLocalFile()).suffix == ".md":
            self.browser.setSource(target)
        else:
            QDesktopServices.openUrl(target)

    @Slot(QUrl)
    def _on_source_changed(self, url: QUrl) -> None:
        heading = self.browser.document().findBlockByNumber(0).text().strip()
        title = self.tr("Administrator's guide")
        self.setWindowTitle(f"{heading} — {title}" if heading and heading != title else title)


_open: dict[int, GuideBrowser] = {}  # one guide window per main window


def show_guide(parent: QWidget, topic: str = INDEX) -> GuideBrowser | None:
    """Open (or bring forward) the guide at ``topic``; a message when it is not installed."""
    folder = guide_dir()
    if folder is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("GuideBrowser", "Administrator's guide"),
            QCoreApplication.translate(
                "GuideBrowser",
                "The guide is not installed with this copy of the program. It is in the "
                "docs/guide folder of the source code.",
            ),
        )
        return None
    window = parent.window()
    browser = _open.get(id(window))
    if browser is None:
        browser = GuideBrowser(folder, window)
        _open[id(window)] = browser
        browser.destroyed.connect(lambda: _open.pop(id(window), None))
    browser.open_topic(topic)
    browser.show()
    browser.raise_()
    browser.activateWindow()
    return browser


def add_help_key(widget: QWidget, topic: str) -> QShortcut:
    """F1 in ``widget`` (a wizard or dialog, modal or not) opens ``topic``."""
    return QShortcut(
        QKeySequence(QKeySequence.StandardKey.HelpContents),
        widget,
        activated=lambda: show_guide(widget, topic),
    )
