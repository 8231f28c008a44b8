"""Настройки → «Пароль»: set, change or remove the password lock and the idle minutes."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..data.engine import Database
from ..errors import ValidationError
from ..services import password
from . import icons
from .form_widgets import error_label, show_error, show_errors


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class PasswordTab(QWidget):
    saved = Signal()  # the idle minutes or the password changed

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("password_settings")
        self._db = db
        self.state = QLabel()
        self.state.setObjectName("state")
        self.state.setWordWrap(True)
        self.old = password_edit("old")
        self.new = password_edit("new")
        self.repeat = password_edit("repeat")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("idle_minutes")
        self.minutes.setRange(0, password.MAX_IDLE_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSpecialValueText(self.tr("never"))
        self.errors = {name: error_label(name) for name in ("old", "new", "repeat", "idle_minutes")}
        self.summary = error_label("summary")
        self.status = QLabel()
        self.status.setObjectName("status")

        self.set_button = QPushButton(self.tr("Set the password"))
        self.set_button.setObjectName("set_password")
        self.set_button.setIcon(icons.icon(icons.PASSWORD))
        self.set_button.clicked.connect(self.save_password)
        self.remove_button = QPushButton(self.tr("Remove the password"))
        self.remove_button.setObjectName("remove_password")
        self.remove_button.setIcon(icons.icon(icons.DELETE))
        self.remove_button.clicked.connect(self.remove)
        self.minutes_button = QPushButton(self.tr("Save"))
        self.minutes_button.setObjectName("save_minutes")
        self.minutes_button.setIcon(icons.icon(icons.SAVE))
        self.minutes_button.clicked.connect(self.save_minutes)

        intro = QLabel(
            self.tr(
                "With a password, Sferum Desk asks for it at start and after the minutes "
                "below without a key press or a mouse move, so nobody at this computer "
                "sees the children's data while you are away. Only a scrypt hash of the "
                "password is kept. There is no way to recover a forgotten password: keep "
                "it where the Centre keeps its other passwords."
            )
        )
        intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for edit in (self.old, self.new, self.repeat):
            edit.setMinimumWidth(260)
        self.old_label = QLabel(self.tr("Current password:"))
        self.form.addRow(self.old_label, self.old)
        self.form.addRow("", self.errors["old"])
        self.form.addRow(self.tr("New password:"), self.new)
        self.form.addRow("", self.errors["new"])
        self.form.addRow(self.tr("New password again:"), self.repeat)
        self.form.addRow("", self.errors["repeat"])
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.form.addRow("", buttons)
        self.form.addRow(self.tr("Lock after idle:"), self.minutes)
        self.form.addRow("", self.errors["idle_minutes"])
        self.form.addRow("", self.minutes_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.state)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.has_password = False
        self._loaded = False
        if db.read_only:
            for widget in (self.set_button, self.remove_button, self.minutes_button):
                widget.setEnabled(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.load()

    def load(self) -> None:
        with self._db.session() as session:
            self.has_password = password.has_password(session)
            minutes = password.idle_minutes(session)
        self.minutes.setValue(minutes)
        for edit in (self.old, self.new, self.repeat):
            edit.clear()
        self.old.setVisible(self.has_password)
        self.old_label.setVisible(self.has_password)
        self.remove_button.setVisible(self.has_password)
        if self.has_password:
            self.state.setText(self.tr("The password lock is on."))
            self.set_button.setText(self.tr("Change the password"))
        else:
            self.state.setText(self.tr("No password: the app opens without asking."))
            self.set_button.setText(self.tr("Set the password"))
        self._loaded = True

    def _done(self, text: str) -> None:
        show_errors(self.errors, self.summary, None)
        self.load()
        show_error(self.status, None)
        self.status.setText(text)
        self.status.setVisible(True)
        self.saved.emit()

    def _refused(self, exc: ValidationError) -> None:
        show_errors(self.errors, self.summary, exc)
        self.status.clear()

    @Slot()
    def save_password(self) -> None:
        changing = self.has_password
        try:
            with self._db.transaction() as session:
                password.set_password(
                    session,
                    self.new.text(),
                    self.repeat.text(),
                    old=self.old.text() if changing else None,
                )
        except ValidationError as exc:
            self._refused(exc)
            return
        self._done(
            self.tr("The password is changed.") if changing else self.tr("The password is set.")
        )

    @Slot()
    def remove(self) -> None:
        try:
            with self._db.transaction() as session:
                password.remove_password(session, self.old.text())
        except ValidationError as exc:
            self._refused(exc)
            return
        self._done(self.tr("The password is removed: the app opens without asking."))

    @Slot()
    def save_minutes(self) -> None:
        try:
            with self._db.transaction() as session:
                password.set_idle_minutes(session, self.minutes.value())
        except ValidationError as exc:
            self._refused(exc)
            return
        self._done(self.tr("Saved."))
