"""Настройки → «Ссылки-приглашения»: the hosts an invite address may point to and after how
many days an unused link is reported by the audit."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
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


class InviteSettingsTab(QWidget):
    saved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invite_settings")
        self._db = db
        intro = QLabel(
            self.tr(
                "An invite link is accepted only with https:// and on one of these sites or "
                "their subdomains. One site per line, without https:// and a path."
            )
        )
        intro.setWordWrap(True)
        self.hosts = QPlainTextEdit()
        self.hosts.setObjectName("hosts")
        self.hosts.setTabChangesFocus(True)
        self.hosts.setMaximumHeight(140)
        self.days = QSpinBox()
        self.days.setObjectName("unclaimed_days")
        self.days.setRange(settings.MIN_UNCLAIMED_DAYS, settings.MAX_UNCLAIMED_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.errors = {"hosts": error_label("hosts"), "unclaimed_days": error_label("days")}
        self.summary = error_label("summary")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.setIcon(icons.icon(icons.SAVE))
        self.save_button.clicked.connect(self.save)
        self.defaults_button = QPushButton(self.tr("Default sites"))
        self.defaults_button.setObjectName("defaults")
        self.defaults_button.setIcon(icons.icon(icons.REVERT))
        self.defaults_button.clicked.connect(self.restore_defaults)

        form = QFormLayout()
        form.addRow(self.tr("Allowed sites:"), self.hosts)
        form.addRow("", self.errors["hosts"])
        form.addRow(self.tr("Audit: an unused link is unclaimed after:"), self.days)
        form.addRow("", self.errors["unclaimed_days"])
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.hosts.textChanged.connect(self._edited)
        self.days.valueChanged.connect(self._edited)
        self.dirty = False

    def load(self) -> None:
        with self._db.session() as session:
            hosts = settings.allowed_invite_hosts(session)
            days = settings.invite_unclaimed_days(session)
        self.hosts.setPlainText("\n".join(hosts))
        self.days.setValue(days)
        self.dirty = False
        self.status.clear()

    @Slot()
    def _edited(self) -> None:
        self.dirty = True
        self.status.clear()

    def host_lines(self) -> list[str]:
        return [line for line in self.hosts.toPlainText().splitlines() if line.strip()]

    @Slot()
    def restore_defaults(self) -> None:
        self.hosts.setPlainText("\n".join(settings.DEFAULT_INVITE_HOSTS))

    @Slot()
    def save(self) -> None:
        try:
            with self._db.transaction() as session:
                settings.set_allowed_invite_hosts(session, self.host_lines())
                settings.set_invite_unclaimed_days(session, self.days.value())
        except ValidationError as exc:
            show_errors(self.errors, self.summary, exc)
            self.status.clear()
            return
        show_errors(self.errors, self.summary, None)
        self.load()  # shows the hosts as stored: lower case, punycode, no duplicates
        show_error(self.status, None)
        self.status.setText(self.tr("Saved."))
        self.status.setVisible(True)
        self.saved.emit()
