"""Настройки: the organisation card, the orders, what the database is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ...data.engine import Database
from ...services import listings
from .. import guide
from ..backups_tab import BackupsTab
from ..form_widgets import paint_error
from ..formatting import file_size_text
from ..invites.settings_tab import InviteSettingsTab
from ..password_tab import PasswordTab
from ..program_tab import ProgramTab
from ..schedule.settings_tab import PostSettingsTab
from ..tasks import run_task
from .base import Page
from .list_page import page_title_label
from .orders_page import OrdersPage
from .organisation_form import OrganisationForm


class DatabaseTab(QWidget):
    described = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.location = QLabel(db.location)
        self.location.setObjectName("location")
        self.backend = QLabel()
        self.revision = QLabel()
        self.revision.setObjectName("revision")
        self.size = QLabel()
        self.size.setObjectName("size")
        self.storage = QLabel()
        self.storage.setObjectName("storage_warning")
        self.storage.setWordWrap(True)
        paint_error(self.storage)
        self.storage.hide()
        for label in (self.location, self.backend, self.revision, self.size):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(self)
        form.addRow(self.tr("Location:"), self.location)
        form.addRow(self.tr("Type:"), self.backend)
        form.addRow(self.tr("Schema revision:"), self.revision)
        form.addRow(self.tr("Size:"), self.size)
        form.addRow("", self.storage)

    def reload(self) -> None:
        run_task(listings.describe_database, self._on_described, self._db)

    @Slot(object)
    def _on_described(self, info: listings.DatabaseInfo) -> None:
        self.location.setText(info.location)
        self.backend.setText(self.tr("SQLite file") if info.backend == "sqlite" else info.backend)
        revision = info.revision or self.tr("none")
        if info.revision == info.head_revision:
            self.revision.setText(self.tr("{0} (up to date)").format(revision))
        else:
            self.revision.setText(
                self.tr("{0} (this version of the app expects {1})").format(
                    revision, info.head_revision
                )
            )
        self.size.setText(file_size_text(info.size_bytes))
        self.storage.setText(info.storage_warning or "")
        self.storage.setVisible(bool(info.storage_warning))
        self.described.emit()


class SettingsPage(Page):
    organisation_saved = Signal()
    zone_changed = Signal()  # the Centre's time zone changed: every page shows new times

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_settings")
        self.form = OrganisationForm(db)
        self.form.saved.connect(self.organisation_saved)
        self.orders = OrdersPage(db)
        self.orders.changed.connect(self.form.reload_orders)
        self.invites = InviteSettingsTab(db)
        self.database_tab = DatabaseTab(db)
        self.database_tab.described.connect(self.loaded)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("Organisation"))
        self.tabs.addTab(self.orders, self.tr("Orders"))
        self.tabs.addTab(self.database_tab, self.tr("Database"))
        self.tabs.addTab(self.invites, self.tr("Invite links"))
        self.posts = PostSettingsTab(db)
        self.tabs.addTab(self.posts, self.tr("Posts"))
        self.backups = BackupsTab(db)
        self.tabs.addTab(self.backups, self.tr("Backups"))
        self.password = PasswordTab(db)
        self.tabs.addTab(self.password, self.tr("Password"))
        self.program = ProgramTab()
        self.tabs.addTab(self.program, self.tr("Program"))
        self.program.zone_changed.connect(self.zone_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title_label(self.tr("Settings")))
        layout.addWidget(self.tabs, 1)

    def help_topic(self) -> str | None:
        tab = self.tabs.currentWidget()
        if tab in (self.backups, self.password, self.database_tab):
            return guide.BACKUP_TOPIC
        if tab is self.program:
            return guide.PROGRAM_TOPIC
        if tab is self.invites:
            return guide.PAGE_TOPICS["invites"]
        if tab is self.posts:
            return guide.PAGE_TOPICS["posts"]
        return None  # the card and the orders: registering the Centre

    def show_organisation(self) -> None:
        self.tabs.setCurrentWidget(self.form)

    def reload(self) -> None:
        super().reload()
        if not self.form.dirty:  # F5 must not throw away what the user typed
            self.form.load()
        if not self.invites.dirty:
            self.invites.load()
        self.database_tab.reload()  # ``loaded`` follows when it has described the database
        self.orders.reload()

    def focus_filter(self) -> None:
        if self.tabs.currentWidget() is self.orders:
            self.orders.focus_filter()
