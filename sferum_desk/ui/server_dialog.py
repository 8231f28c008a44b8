"""«Сервер базы данных»: connect to the PostgreSQL server the Centre's administrators share.

The address (host, port, database, user) is remembered on this computer; the password is
typed here or asked at each start, and never saved (see ``sferum_desk.server``).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import server
from ..data.engine import Database
from ..errors import ValidationError
from .form_widgets import paint_error
from .opening import open_or_warn


class ServerDialog(QDialog):
    """On success ``database`` is open on the server and the server is remembered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_dialog")
        self.setWindowTitle(self.tr("Database server"))
        self.database: Database | None = None
        saved = server.saved_server()
        address = server.address_of(saved) if saved else server.ServerAddress()

        intro = QLabel(
            self.tr(
                "When several administrators work at once, the Centre's database lives on a "
                "PostgreSQL server. The address is remembered on this computer; the password "
                "is asked at every start and never saved."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(address.host)
        self.host.setObjectName("host")
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(address.port)
        self.database_name = QLineEdit(address.database)
        self.database_name.setObjectName("database")
        self.user = QLineEdit(address.user)
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("asked when connecting if left empty"))
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setWordWrap(True)
        paint_error(self.errors)

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database_name)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setObjectName("connect")
        self.connect_button.setDefault(True)
        self.forget_button = QPushButton(self.tr("Forget the server"))
        self.forget_button.setObjectName("forget")
        self.forget_button.setToolTip(
            self.tr("From the next start, work with the database on this computer")
        )
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.forget_button.setVisible(saved is not None)  # after addButton, which shows it
        self.forget_button.clicked.connect(self.forget)
        buttons.accepted.connect(self.try_connect)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.setTabOrder(self.host, self.port)
        self.setTabOrder(self.port, self.database_name)
        self.setTabOrder(self.database_name, self.user)
        self.setTabOrder(self.user, self.password)
        self.resize(480, 0)

    @Slot()
    def try_connect(self) -> None:
        try:
            address = server.validate(
                self.host.text(), self.port.value(), self.database_name.text(), self.user.text()
            )
        except ValidationError as exc:
            self.errors.setText("\n".join(exc.errors.values()))
            return
        self.errors.clear()
        url = address.url
        if self.password.text():
            url = server.with_password(url, self.password.text())
        database = open_or_warn(url, self)
        if database is None:
            return
        server.save_server(url)  # without the password
        self.database = database
        self.accept()

    @Slot()
    def forget(self) -> None:
        server.forget_server()
        self.forget_button.setVisible(False)
        QMessageBox.information(
            self,
            self.tr("Database server"),
            self.tr(
                "The server is forgotten: from the next start Sferum Desk opens the "
                "database on this computer."
            ),
        )
