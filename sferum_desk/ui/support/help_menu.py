"""The «Справка» menu: the support contacts and resources the regulation names:
info@sferum.ru, the «Помощник Сферума» chat bot, sferum.ru, prof.sferum.ru."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import icons
from ..tab_order import follow_layout

SUPPORT_EMAIL = "info@sferum.ru"
BOT_URL = "https://me.sferum.ru/?p=messages&peerId=-222277107"
SITE_URL = "https://sferum.ru"
PROF_URL = "https://prof.sferum.ru"


def resources_text() -> str:
    """The contacts and resources as plain text (Russian, as in the regulation)."""
    return (
        "Техническая поддержка Сферума\n"
        f"Электронная почта: {SUPPORT_EMAIL}\n"
        f"Чат-бот «Помощник Сферума»: {BOT_URL}\n"
        "\n"
        "Информационные ресурсы и инструкции\n"
        f"Сайт платформы «Сферум»: {SITE_URL}\n"
        f"Сферум для профессионалов: {PROF_URL}\n"
    )


class ResourcesDialog(QDialog):
    """The regulation's contacts and resources as selectable text with a Copy button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resources_dialog")
        self.setWindowTitle(self.tr("Sferum resources"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Participants may write to the Sferum technical support and use the "
                "information resources and instructions on the Sferum sites."
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(resources_text())
        self.text.setObjectName("resources_text")
        self.text.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("copy")
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        follow_layout(self)

    @Slot()
    def copy(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())


class HelpMenu(QObject):
    """Adds «Справка» to ``window``'s menu bar; ``actions`` by object name for tests."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.menu: QMenu = window.menuBar().addMenu(self.tr("&Help"))
        self.menu.setObjectName("help_menu")
        support = self.menu.addMenu(self.tr("Sferum &support"))
        support.setIcon(icons.icon(icons.PAGES["support"]))
        self.actions = {}
        for name, text, url in (
            (
                "help_email",
                self.tr("&Write to {0}").format(SUPPORT_EMAIL),
                f"mailto:{SUPPORT_EMAIL}",
            ),
            ("help_bot", self.tr("Chat &bot «Sferum Helper»"), BOT_URL),
            ("help_site", self.tr("Sferum &website (sferum.ru)"), SITE_URL),
            ("help_prof", self.tr("Sferum for &professionals (prof.sferum.ru)"), PROF_URL),
        ):
            action = support.addAction(icons.icon(icons.OPEN), text)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, u=url: self.open_url(u))
            self.actions[name] = action
        self.menu.addSeparator()
        about = self.menu.addAction(icons.icon(icons.INFO), self.tr("&About Sferum resources…"))
        about.setObjectName("help_resources")
        about.triggered.connect(self.show_resources)
        self.actions["help_resources"] = about

    def open_url(self, url: str) -> bool:
        return QDesktopServices.openUrl(QUrl(url))

    @Slot()
    def show_resources(self) -> ResourcesDialog:
        dialog = ResourcesDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setModal(False)
        dialog.show()
        return dialog
