"""The main window: navigation on the left, one page per capability, the database below."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from ..data.engine import Database
from ..services import backups, listings
from ..services.global_search import Hit, HitKind
from ..services.organisation import organisation_name
from . import guide, icons, view_state
from .broadcasts import BroadcastsPage
from .chats import ChatsPage
from .form_widgets import paint_error
from .guide import show_guide
from .invites import InvitesPage
from .lock_dialog import IdleLock
from .movement import MovementPage, TasksPage
from .pages import registers
from .pages.audit_page import AuditPage
from .pages.base import EXPORT, EXPORT_KEY, NEW, PRINT, Page
from .pages.list_page import ListPage
from .pages.overview import OverviewPage
from .pages.reports import ReportsPage
from .pages.settings import SettingsPage
from .pages.structure import StructurePage
from .people import people_page
from .schedule import PostsPage
from .support import HelpMenu, SupportPage
from .tasks import run_task, wait_for_tasks

if TYPE_CHECKING:  # the wizards are imported when opened: the importer brings openpyxl
    from .global_search import GlobalSearch
    from .import_wizard import ImportWizard
    from .rollover_wizard import RolloverWizard

log = logging.getLogger(__name__)

APP_TITLE = "Sferum Desk"

# The navigation, in order: (key, title marked for translation in context "MainWindow").
PAGES = (
    ("overview", QT_TRANSLATE_NOOP("MainWindow", "Overview")),
    ("structure", QT_TRANSLATE_NOOP("MainWindow", "Structure")),
    ("staff", QT_TRANSLATE_NOOP("MainWindow", "Staff")),
    ("students", QT_TRANSLATE_NOOP("MainWindow", "Students")),
    ("parents", QT_TRANSLATE_NOOP("MainWindow", "Parents")),
    ("movement", QT_TRANSLATE_NOOP("MainWindow", "Movement")),
    ("invites", QT_TRANSLATE_NOOP("MainWindow", "Invite links")),
    ("chats", QT_TRANSLATE_NOOP("MainWindow", "Chats")),
    ("posts", QT_TRANSLATE_NOOP("MainWindow", "Channels and posts")),
    ("broadcasts", QT_TRANSLATE_NOOP("MainWindow", "Broadcasts and meetings")),
    ("support", QT_TRANSLATE_NOOP("MainWindow", "Support")),
    ("tasks", QT_TRANSLATE_NOOP("MainWindow", "Sferum tasks")),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports")),
    ("audit", QT_TRANSLATE_NOOP("MainWindow", "Change log")),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings")),
)


# Where a global-search hit of these kinds is shown: a list page that can reveal it.
_LIST_PAGES = {
    HitKind.STAFF: "staff",
    HitKind.STUDENT: "students",
    HitKind.PARENT: "parents",
    HitKind.CHAT: "chats",
    HitKind.INVITE: "invites",
}


class MainWindow(QMainWindow):
    def __init__(
        self, db: Database, start_page: str | None = None, parent: QWidget | None = None
    ) -> None:
        """``start_page``: the page to show first; by default the one shown when the app
        was last closed (and the window where it was), else Обзор."""
        super().__init__(parent)
        self.db = db
        self.setObjectName("main_window")
        self.resize(1280, 800)

        self.overview = OverviewPage(db)
        self.reports = ReportsPage(db)
        self.settings = SettingsPage(db)
        self.pages: dict[str, Page] = {"overview": self.overview}
        self.audit = AuditPage(db, registers.AUDIT)
        self.structure = StructurePage(db)
        self.posts = PostsPage(db)
        self.broadcasts = BroadcastsPage(db)
        built: dict[str, Page] = {
            "audit": self.audit,
            "structure": self.structure,
            "posts": self.posts,
            "broadcasts": self.broadcasts,
            "movement": MovementPage(db),
            "tasks": TasksPage(db),
            "invites": InvitesPage(db),
            "chats": ChatsPage(db),
            "support": SupportPage(db),
        }
        for key in ("staff", "students", "parents"):
            built[key] = people_page(db, key)
        self.pages.update(built)
        self.pages["reports"] = self.reports
        self.pages["settings"] = self.settings

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setStyleSheet("QListWidget::item { padding: 5px 8px; }")
        self.stack = QStackedWidget()
        self._keys: list[str] = []
        for key, title in PAGES:
            text = QCoreApplication.translate("MainWindow", title)
            self.navigation.addItem(QListWidgetItem(icons.icon(icons.PAGES[key]), text))
            self.stack.addWidget(self.pages[key])
            self._keys.append(key)
        self.navigation.setFixedWidth(self.navigation.sizeHintForColumn(0) + 32)
        self.navigation.currentRowChanged.connect(self._on_navigate)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.location_label = QLabel(self.tr("Database: {0}").format(db.location))
        self.location_label.setObjectName("location")
        if db.read_only:
            self.read_only_label = QLabel(self.tr("View only"))
            self.read_only_label.setObjectName("read_only")
            self.read_only_label.setToolTip(db.read_only_reason)
            paint_error(self.read_only_label, bold=True)
            self.statusBar().addPermanentWidget(self.read_only_label)
        warning = listings.storage_warning_of(db)
        if warning:
            log.warning("The database is on a shared or removable drive")
            self.storage_label = QLabel(self.tr("Not a local disk"))
            self.storage_label.setObjectName("storage_warning")
            self.storage_label.setToolTip(warning)
            paint_error(self.storage_label, bold=True)
            self.statusBar().addPermanentWidget(self.storage_label)
        self.statusBar().addPermanentWidget(self.location_label)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.search_action = file_menu.addAction(self.tr("Search &everywhere…"))
        self.search_action.setObjectName("search_action")
        self.search_action.setIcon(icons.icon(icons.SEARCH))
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.open_global_search)
        file_menu.addSeparator()
        self.import_action = file_menu.addAction(self.tr("&Import…"))
        self.import_action.setObjectName("import_action")
        self.import_action.setIcon(icons.icon(icons.IMPORT))
        self.import_action.triggered.connect(self.open_import_wizard)
        file_menu.addSeparator()
        self.server_action = file_menu.addAction(self.tr("Database &server…"))
        self.server_action.setObjectName("server_action")
        self.server_action.setIcon(icons.icon(icons.SERVER))
        self.server_action.triggered.connect(self.open_server_dialog)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("E&xit"))
        self.quit_action.setObjectName("quit_action")
        self.quit_action.setIcon(icons.icon(icons.EXIT))
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        year_menu = self.menuBar().addMenu(self.tr("&Academic year"))
        self.rollover_action = year_menu.addAction(self.tr("Academic year &rollover…"))
        self.rollover_action.setObjectName("rollover_action")
        self.rollover_action.setIcon(icons.icon(icons.ROLLOVER))
        self.rollover_action.triggered.connect(self.open_rollover_wizard)
        self.help_menu = HelpMenu(self)
        first = self.help_menu.menu.actions()[0]
        self.guide_action = QAction(self.tr("&Guide for this screen"), self)
        self.guide_action.setObjectName("guide_action")
        self.guide_action.setIcon(icons.icon(icons.GUIDE))
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.open_guide)
        contents_action = QAction(self.tr("Guide &contents"), self)
        contents_action.setObjectName("guide_contents_action")
        contents_action.setIcon(icons.icon(icons.CONTENTS))
        contents_action.triggered.connect(lambda: show_guide(self, guide.INDEX))
        self.help_menu.menu.insertActions(first, [self.guide_action, contents_action])
        self.help_menu.menu.insertSeparator(first)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_filter)
        for key, role in (
            (QKeySequence(QKeySequence.StandardKey.New), NEW),
            (QKeySequence(QKeySequence.StandardKey.Print), PRINT),
            (EXPORT_KEY, EXPORT),
        ):
            shortcut = QShortcut(key, self)
            shortcut.activated.connect(lambda role=role: self.current_page().trigger_standard(role))
        QShortcut(QKeySequence("F5"), self, activated=self.reload_page)

        self.settings.organisation_saved.connect(self._on_organisation_saved)
        self.settings.zone_changed.connect(self._on_data_changed)
        self.overview.open_card_requested.connect(self.open_organisation_card)
        self.posts.event_activated.connect(self.show_broadcast)
        self.audit.batch_undone.connect(self.reload_loaded_pages)
        self.settings.backups.restored.connect(self._on_restored)
        self.idle_lock = IdleLock(db, self)
        self.idle_lock.exit_requested.connect(self._on_exit_while_locked)
        self.settings.password.saved.connect(self.idle_lock.reload)
        for page in self.pages.values():
            page.data_changed.connect(self._on_data_changed)
            page.page_requested.connect(self.show_page)
            page.import_requested.connect(self.open_import_of)
        self.update_title()
        geometry, last_page = view_state.saved_window()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if start_page is None:
            start_page = last_page if last_page in self._keys else "overview"
        self.show_page(start_page)

    # -- navigation ----------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return list(self._keys)

    def show_page(self, key: str) -> Page:
        row = self._keys.index(key)
        if self.navigation.currentRow() == row:
            self._on_navigate(row)
        self.navigation.setCurrentRow(row)
        return self.pages[key]

    @Slot(int)
    def show_broadcast(self, broadcast_id: int) -> None:
        """A meeting double-clicked in the posts calendar: its row in «Трансляции и встречи»."""
        self.show_page("broadcasts")
        self.broadcasts.reveal(broadcast_id)

    @Slot()
    def open_guide(self) -> None:
        """F1: the guide's page for the screen on view."""
        show_guide(self, self.help_topic())

    def help_topic(self) -> str:
        page = self.current_page()
        key = next((k for k, p in self.pages.items() if p is page), "")
        return page.help_topic() or guide.PAGE_TOPICS.get(key, guide.INDEX)

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    @Slot(int)
    def _on_navigate(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.pages[self._keys[row]].ensure_loaded()

    @Slot()
    def open_organisation_card(self) -> None:
        self.show_page("settings")
        self.settings.show_organisation()

    @Slot()
    def open_global_search(self) -> GlobalSearch:
        from .global_search import GlobalSearch

        dialog = GlobalSearch(self.db, self)
        dialog.chosen.connect(self.open_hit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot(object)
    def open_hit(self, hit: Hit) -> None:
        """A record chosen in the global search: its page, with the record selected (a
        post opens in its dialog)."""
        if hit.kind in _LIST_PAGES:
            page = self.show_page(_LIST_PAGES[hit.kind])
            assert isinstance(page, ListPage)
            page.reveal(hit.record_id)
        elif hit.kind in (HitKind.ASSOCIATION, HitKind.GROUP):
            self.show_page("structure")
            self.structure.reveal(hit.kind.value, hit.record_id)
        elif hit.kind == HitKind.POST:
            self.show_page("posts")
            self.posts.edit_post(hit.record_id)

    @Slot()
    def open_rollover_wizard(self) -> RolloverWizard:
        from .rollover_wizard import RolloverWizard

        wizard = RolloverWizard(self.db, self)
        wizard.applied.connect(self.reload_loaded_pages)
        wizard.open()
        return wizard

    @Slot()
    def open_server_dialog(self) -> None:
        """Remember (or forget) the Centre's PostgreSQL server for the next start: this
        window stays on the database it has open."""
        from .server_dialog import ServerDialog

        dialog = ServerDialog(self)
        if dialog.exec() == ServerDialog.DialogCode.Accepted and dialog.database is not None:
            location = dialog.database.location
            dialog.database.dispose()
            QMessageBox.information(
                self,
                self.tr("Database server"),
                self.tr(
                    "Connected to {0}. The server is remembered: Sferum Desk opens it from "
                    "the next start (the password is asked then)."
                ).format(location),
            )

    @Slot()
    def open_import_wizard(self) -> ImportWizard:
        from .import_wizard import ImportWizard

        wizard = ImportWizard(self.db, self)
        wizard.imported.connect(self.reload_loaded_pages)
        wizard.open()
        return wizard

    @Slot(str)
    def open_import_of(self, kind: str) -> ImportWizard:
        """The import wizard with ``kind`` ("students" or "staff") chosen."""
        wizard = self.open_import_wizard()
        page = wizard.file_page
        (page.staff_radio if kind == "staff" else page.students_radio).setChecked(True)
        return wizard

    @Slot()
    def _on_data_changed(self) -> None:
        """A page stored a change: the others show it when next on screen."""
        source = self.sender()
        for page in self.pages.values():
            if page is not source:
                page.mark_stale()

    @Slot()
    def reload_loaded_pages(self) -> None:
        """After a change that touches many records (a rollover, an undo)."""
        for page in self.pages.values():
            if page.requested and page is not self.current_page():
                page.reload()
        self.current_page().reload()

    # -- shortcuts -----------------------------------------------------------------------

    @Slot()
    def focus_filter(self) -> None:
        self.current_page().focus_filter()

    @Slot()
    def reload_page(self) -> None:
        self.current_page().reload()

    # -- title ---------------------------------------------------------------------------

    def update_title(self) -> None:
        with self.db.session() as session:
            name = organisation_name(session)
        title = f"{name} — {APP_TITLE}" if name else APP_TITLE
        if self.db.read_only:
            title += " " + self.tr("(view only)")
        self.setWindowTitle(title)

    # -- backups -------------------------------------------------------------------------

    def start_daily_backup(self) -> None:
        """At start-up, in the background: the day's first start backs the database up."""
        if not self.db.read_only:
            run_task(
                backups.daily_backup,
                self._on_daily_backup,
                self.db,
                on_error=self._on_backup_failed,
            )

    @Slot(object)
    def _on_daily_backup(self, path: object) -> None:
        if path is not None:
            self.statusBar().showMessage(self.tr("Today's backup is made."), 5000)

    @Slot(object)
    def _on_backup_failed(self, exc: BaseException) -> None:
        log.warning("The daily backup failed: %s", exc)
        QMessageBox.warning(
            self,
            self.tr("Backups"),
            self.tr("Today's backup could not be made: {0}").format(exc),
        )

    def offer_restore(self, path: Path) -> None:
        """A backup file opened from the file manager: Настройки → Резервные копии, and the
        restore of that file offered there (refused with a message if it is no backup)."""
        self.show_page("settings")
        self.settings.tabs.setCurrentWidget(self.settings.backups)
        self.settings.backups.restore(path)

    @Slot()
    def _on_restored(self) -> None:
        """The database now holds a backup's content: every page shows it."""
        self.update_title()
        for page in self.pages.values():
            if page is not self.settings:
                page.mark_stale()
        # the backup may hold another password, or none, and other idle minutes
        self.settings.password.load()
        self.idle_lock.reload()
        self.statusBar().showMessage(self.tr("The database is restored from the backup."), 8000)

    @Slot()
    def _on_organisation_saved(self) -> None:
        self.update_title()
        self.statusBar().showMessage(self.tr("The organisation card is saved."), 5000)
        if self.overview.requested:
            self.overview.reload()

    @Slot()
    def _on_exit_while_locked(self) -> None:
        """«Exit» in the idle lock: close as the window's × does; if that is called off
        (something to save), lock again."""
        if not self.close():
            self.idle_lock.lock()

    def save_view_state(self) -> None:
        """The window's place and page, and every table's columns and filter, for the next
        start."""
        view_state.save_window(self.saveGeometry(), self._keys[self.stack.currentIndex()])
        for page in self.pages.values():
            if isinstance(page, ListPage):
                page.save_view_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark: icons in new colours
            icons.palette_changed()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        wait_for_tasks()
        super().closeEvent(event)
        if event.isAccepted():
            self.save_view_state()
            self.idle_lock.remove()
