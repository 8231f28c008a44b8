"""The channel dialog: name, address, colour (chosen with QColorDialog) and description."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...services.organisation import ValidationError
from ...services.schedule import ChannelRow, add_channel, update_channel
from ..form_widgets import error_label, ok_cancel_buttons, show_errors


class ChannelDialog(QDialog):
    """A new channel (``row`` None) or the channel ``row``. After OK ``channel_id`` is set."""

    def __init__(
        self, db: Database, row: ChannelRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("channel_dialog")
        self.setWindowTitle(self.tr("Edit the channel") if row else self.tr("New channel"))
        self.setMinimumWidth(480)
        self._db = db
        self._row = row
        self.channel_id: int | None = row.id if row else None
        self.name = QLineEdit(row.name if row else "")
        self.name.setObjectName("name")
        if row is not None and row.is_system:
            self.name.setReadOnly(True)
            self.name.setToolTip(self.tr("A system channel keeps the name the regulation gives"))
        self.url = QLineEdit(row.url if row else "")
        self.url.setObjectName("url")
        self.url.setPlaceholderText("https://")
        self.colour = QLineEdit(row.colour if row else "")
        self.colour.setObjectName("colour")
        self.colour.setPlaceholderText("#1e88e5")
        self.colour.setMaximumWidth(110)
        self.colour.textChanged.connect(self._show_colour)
        self.pick = QPushButton(self.tr("C&hoose…"))
        self.pick.setObjectName("pick_colour")
        self.pick.clicked.connect(self.choose_colour)
        self.swatch = QPushButton()
        self.swatch.setFlat(True)
        self.swatch.setEnabled(False)
        self.swatch.setFixedSize(28, 22)
        self.description = QPlainTextEdit(row.description if row else "")
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.errors = {name: error_label(name) for name in ("name", "url", "colour", "description")}
        self.summary = error_label("summary")
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.swatch)
        colour_row.addWidget(self.colour)
        colour_row.addWidget(self.pick)
        colour_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.errors["name"])
        form.addRow(self.tr("&Address:"), self.url)
        form.addRow("", self.errors["url"])
        form.addRow(self.tr("&Colour:"), colour_row)
        form.labelForField(colour_row).setBuddy(self.colour)
        form.addRow("", self.errors["colour"])
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow("", self.errors["description"])
        buttons = ok_cancel_buttons(self)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self._show_colour(self.colour.text())

    @Slot(str)
    def _show_colour(self, text: str) -> None:
        colour = QColor(text.strip())
        style = f"background: {colour.name()}; border: 1px solid #888;" if colour.isValid() else ""
        self.swatch.setStyleSheet(style)

    @Slot()
    def choose_colour(self) -> None:
        current = QColor(self.colour.text().strip())
        colour = QColorDialog.getColor(
            current if current.isValid() else QColor("#1e88e5"), self, self.tr("Channel colour")
        )
        if colour.isValid():
            self.colour.setText(colour.name())

    @Slot()
    def accept(self) -> None:
        name, url, colour = self.name.text(), self.url.text(), self.colour.text()
        description = self.description.toPlainText()
        try:
            with self._db.transaction() as session:
                if self._row is None:
                    self.channel_id = add_channel(session, name, url, colour, description).id
                else:
                    update_channel(
                        session, self._row.id, name, url, colour, description, self._row.version
                    )
        except ValidationError as exc:
            show_errors(self.errors, self.summary, exc)
            return
        super().accept()
