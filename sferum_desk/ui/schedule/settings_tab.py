"""Настройки → «Публикации»: the shortest interval between two posts of one channel; posts
closer than that are flagged in the calendar."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...services import settings
from ...services.organisation import ValidationError
from .. import icons
from ..form_widgets import error_label, show_error, show_errors


class PostSettingsTab(QWidget):
    saved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("post_settings")
        self._db = db
        intro = QLabel(
            self.tr(
                "Two posts of one channel closer in time than this are marked «⚠ too close» "
                "in the calendar, so subscribers are not flooded."
            )
        )
        intro.setWordWrap(True)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("post_min_interval")
        self.minutes.setRange(1, 1440)
        self.minutes.setSuffix(self.tr(" min"))
        self.errors = {"post_min_interval": error_label("post_min_interval")}
        self.summary = error_label("summary")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.setIcon(icons.icon(icons.SAVE))
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Minimum interval between posts of a channel:"), self.minutes)
        form.addRow("", self.errors["post_min_interval"])
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.minutes.valueChanged.connect(self._edited)
        self.dirty = False
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded or not self.dirty:
            self.load()

    def load(self) -> None:
        with self._db.session() as session:
            minutes = settings.post_min_interval_minutes(session)
        self.minutes.blockSignals(True)
        self.minutes.setValue(minutes)
        self.minutes.blockSignals(False)
        self.dirty = False
        self._loaded = True
        self.status.clear()

    @Slot()
    def _edited(self) -> None:
        self.dirty = True
        self.status.clear()

    @Slot()
    def save(self) -> None:
        try:
            with self._db.transaction() as session:
                settings.set_post_min_interval_minutes(session, self.minutes.value())
        except ValidationError as exc:
            show_errors(self.errors, self.summary, exc)
            self.status.clear()
            return
        show_errors(self.errors, self.summary, None)
        self.load()
        show_error(self.status, None)
        self.status.setText(self.tr("Saved."))
        self.status.setVisible(True)
        self.saved.emit()
