"""Настройки → «Резервные копии»: the backups of this database, a copy made now or saved to
a folder (a USB stick), a restore, and how many copies are kept.

Listing (each file is opened and checked), copying and restoring run off the GUI thread.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..data import backup, restore
from ..data.engine import Database
from ..services import backups, settings
from ..services.organisation import ValidationError
from . import icons
from .empty_state import EmptyStack, EmptyState
from .filter_proxy import FilterProxyModel
from .form_widgets import error_label, show_errors
from .formatting import file_size_text
from .table_model import Column, RecordTableModel, field
from .tasks import run_task, wait_for_tasks

_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Columns", "Made"), field("made_at")),
    Column(QT_TRANSLATE_NOOP("Columns", "Why"), field("reason")),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Size"),
        lambda row: file_size_text(row.size),
        sort_key=field("size"),
        align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Contents"),
        lambda row: row.counts if row.usable else f"⚠ {row.problem}",
        tooltip=True,
    ),
]


def _restore(db: Database, path: Path) -> restore.Restored:
    """In a worker: let the other workers finish, close the pool, restore."""
    db.engine.dispose()
    return restore.restore_database(db.url, path)


class BackupsTab(QWidget):
    restored = Signal()  # the database now holds the backup's content

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups")
        self._db = db
        self.folder = backups.backup_folder(db.url)
        available = self.folder is not None
        intro = QLabel(
            self.tr(
                "A backup is made every day at the first start, and before every program "
                "update, academic-year rollover, import and restore. Copies are kept in {0}."
            ).format(self.folder)
            if db.is_sqlite or not available
            else self.tr(
                "The database is on a PostgreSQL server. This computer makes its backup every "
                "day at the first start, and before every academic-year rollover, import and "
                "restore; copies are kept in {0}. A copy restores into a server database or "
                "an SQLite file alike."
            ).format(self.folder)
        )
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.model = RecordTableModel(_COLUMNS, parent=self)
        self.proxy = FilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setObjectName("backups_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.backup_now)
        self.copy_button = QPushButton(self.tr("Save a copy to a folder…"))
        self.copy_button.setObjectName("copy_to_folder")
        self.copy_button.clicked.connect(self.copy_to_folder)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from a file…"))
        self.restore_file_button.setObjectName("restore_file")
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.open_folder_button = QPushButton(self.tr("Open the folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        for button, name in (
            (self.backup_button, icons.BACKUP),
            (self.copy_button, icons.SAVE),
            (self.restore_button, icons.RESTORE),
            (self.restore_file_button, icons.RESTORE),
            (self.open_folder_button, icons.FOLDER),
        ):
            button.setIcon(icons.icon(name))
        buttons = QHBoxLayout()
        for button in (
            self.backup_button,
            self.copy_button,
            self.restore_button,
            self.restore_file_button,
            self.open_folder_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.daily = QSpinBox()
        self.daily.setObjectName("backup_daily")
        self.daily.setRange(1, settings.MAX_BACKUP_DAILY)
        self.monthly = QSpinBox()
        self.monthly.setObjectName("backup_monthly")
        self.monthly.setRange(0, settings.MAX_BACKUP_MONTHLY)
        self.errors = {
            "backup_daily": error_label("backup_daily"),
            "backup_monthly": error_label("backup_monthly"),
        }
        self.summary = error_label("summary")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_retention")
        self.save_button.setIcon(icons.icon(icons.SAVE))
        self.save_button.clicked.connect(self.save_retention)
        keep = QFormLayout()
        # two small numbers and a button, not three bars across the page
        keep.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        keep.addRow(self.tr("Keep daily copies (days):"), self.daily)
        keep.addRow("", self.errors["backup_daily"])
        keep.addRow(self.tr("Keep monthly copies (months):"), self.monthly)
        keep.addRow("", self.errors["backup_monthly"])
        keep.addRow("", self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        # a copy is a new file, not a change to the database: offered when viewing only too
        self.empty_state = EmptyState(db.read_only)
        self.empty_state.set_message(
            self.tr("No backups yet"),
            self.tr(
                "A copy is made every day at the program's first start. Make one now to keep "
                "the database as it is at this moment."
            ),
        )
        self.empty_state.add_button(
            self.backup_button.text(), self.backup_button.click, "empty_backup", writes=False
        )
        self.body = EmptyStack(self.table, self.empty_state)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addLayout(keep)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        layout.addWidget(self.summary)
        for widget in (self.backup_button, self.copy_button, self.open_folder_button):
            widget.setEnabled(available)
        self._writable = available and not db.read_only
        for widget in (self.restore_file_button, self.save_button, self.daily, self.monthly):
            widget.setEnabled(self._writable)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._busy = False
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()

    # -- the list ------------------------------------------------------------------------

    def load(self) -> None:
        daily, monthly = backups.retention(self._db)
        self.daily.setValue(daily)
        self.monthly.setValue(monthly)
        if self.folder is not None:
            run_task(backups.list_backups, self._on_listed, self._db.url)

    @Slot(object)
    def _on_listed(self, rows: list[backups.BackupRow]) -> None:
        self.model.set_rows(rows)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.resizeColumnsToContents()
        self.body.show_empty(not rows)

    def selected(self) -> backups.BackupRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        record = self.model.record(self.proxy.mapToSource(indexes[0]).row())
        return record if isinstance(record, backups.BackupRow) else None

    @Slot()
    def _update_buttons(self) -> None:
        row = self.selected()
        self.restore_button.setEnabled(
            self._writable and not self._busy and row is not None and row.usable
        )

    # -- making copies -------------------------------------------------------------------

    @Slot()
    def backup_now(self) -> None:
        self._start(self.tr("Making a backup…"))
        run_task(
            backups.backup_now,
            self._on_backed_up,
            self._db,
            on_error=self._on_failed,
        )

    @Slot()
    def copy_to_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the copy (for example, a USB stick)")
        )
        if not folder:
            return
        self._start(self.tr("Saving a copy…"))
        run_task(
            backups.backup_now,
            self._on_backed_up,
            self._db,
            Path(folder),
            on_error=self._on_failed,
        )

    @Slot(object)
    def _on_backed_up(self, info: backup.BackupInfo) -> None:
        self._finish(
            self.tr("Backup saved: {0} ({1}; {2}).").format(
                info.path, file_size_text(info.size), info.counts_text
            )
        )
        self.load()

    @Slot()
    def open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    # -- restoring -----------------------------------------------------------------------

    @Slot()
    def restore_selected(self) -> None:
        row = self.selected()
        if row is not None and row.usable:
            self.restore(row.path)

    @Slot()
    def restore_from_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            "",
            self.tr("Sferum Desk backups (*{0});;All files (*)").format(backup.SUFFIX),
        )
        if name:
            self.restore(Path(name))

    def restore(self, path: Path) -> None:
        if not self._writable:
            QMessageBox.warning(self, self.tr("Restore from a backup"), self._db.read_only_reason)
            return
        try:
            info = backup.check_backup(path)
        except backup.BackupError as exc:
            QMessageBox.warning(self, self.tr("Restore from a backup"), str(exc))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace everything in the database with the backup of {0:%d.%m.%Y %H:%M}?\n\n"
                "The backup holds: {1}.\n\nThe current state is backed up first, so this "
                "step can be undone by restoring that copy."
            ).format(info.made_at, info.counts_text),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        wait_for_tasks()  # no worker may hold a connection while the file is rewritten
        self._start(self.tr("Restoring…"))
        run_task(
            _restore,
            self._on_restored,
            self._db,
            path,
            on_error=self._on_failed,
            progress_parent=self,
            progress_title=self.tr("Restoring from a backup"),
        )

    @Slot(object)
    def _on_restored(self, result: restore.Restored) -> None:
        self._finish(
            self.tr(
                "Restored from the backup of {0:%d.%m.%Y %H:%M}. The state before it: {1}."
            ).format(result.backup.made_at, result.previous)
        )
        self.restored.emit()
        self.load()

    # -- keeping -------------------------------------------------------------------------

    @Slot()
    def save_retention(self) -> None:
        try:
            with self._db.transaction() as session:
                settings.set_backup_retention(session, self.daily.value(), self.monthly.value())
        except ValidationError as exc:
            show_errors(self.errors, self.summary, exc)
            return
        show_errors(self.errors, self.summary, None)
        self.status.setText(self.tr("Saved: old copies beyond these are deleted."))

    # -- busy state ----------------------------------------------------------------------

    def _start(self, text: str) -> None:
        self._busy = True
        self.status.setText(text)
        for button in (self.backup_button, self.copy_button, self.restore_file_button):
            button.setEnabled(False)
        self._update_buttons()

    def _finish(self, text: str) -> None:
        self._busy = False
        self.status.setText(text)
        available = self.folder is not None
        self.backup_button.setEnabled(available)
        self.copy_button.setEnabled(available)
        self.restore_file_button.setEnabled(self._writable)
        self._update_buttons()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._finish("")
        if isinstance(exc, backup.BackupError | ValidationError):
            QMessageBox.warning(self, self.tr("Backups"), str(exc))
        else:  # a bug, not the user's file: the crash dialog with its details
            sys.excepthook(type(exc), exc, exc.__traceback__)
