"""Отчёты: choose a report for the director, its period and date, look at its first rows,
save the workbook (in the background, with progress and Cancel) and open it.

The workbooks come from ``reports.director``; this page only asks what to build and where.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Generator
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...data.engine import Database
from ...reports.report_kinds import KINDS, ReportRequest
from ...services.organisation import ValidationError
from .. import icons
from ..form_widgets import date_edit, edit_date, error_label, show_error
from ..tasks import Task, run_task
from .base import EXPORT, Page
from .list_page import action_button, page_title_label
from .reports_empty import ReportEmptyState

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_ROWS = 20
_NUMBER = re.compile(r"^-?\d[\d\s\u00a0]*(?:[.,]\d+)?\s?%?$")  # «1 234», «30,3 %»
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_PREVIEW_DELAY_MS = 250  # typing a date changes it on every key: wait for the user to stop

# The kinds that read a period (from/to); every kind reads the date («на дату»): the state
# of the registers on that day and the date in the sheet's header.
_USES_PERIOD = {"summary", "movement", "schedule", "all"}

# Per kind: a one-line description and the stem of the suggested file name.
_KIND_TEXTS: dict[str, tuple[str, str]] = {
    "summary": (
        QT_TRANSLATE_NOOP(
            "ReportsPage",
            "Who joined Sferum, links, chats, posts and broadcasts, with charts and a "
            "signature line for the director",
        ),
        QT_TRANSLATE_NOOP("ReportsPage", "Summary report"),
    ),
    "movement": (
        QT_TRANSLATE_NOOP(
            "ReportsPage",
            "Every enrolment, transfer, expulsion, hiring and dismissal in the "
            "period, with its order and totals by kind",
        ),
        QT_TRANSLATE_NOOP("ReportsPage", "Movement"),
    ),
    "invites": (
        QT_TRANSLATE_NOOP(
            "ReportsPage", "The invite-link register with states and the security audit's findings"
        ),
        QT_TRANSLATE_NOOP("ReportsPage", "Invite links"),
    ),
    "schedule": (
        QT_TRANSLATE_NOOP("ReportsPage", "The posting plan of the channels for the period"),
        QT_TRANSLATE_NOOP("ReportsPage", "Posting plan"),
    ),
    "nomenclature": (
        QT_TRANSLATE_NOOP(
            "ReportsPage", "Directions, associations and groups with their Sferum class names"
        ),
        QT_TRANSLATE_NOOP("ReportsPage", "Nomenclature"),
    ),
    "chats": (
        QT_TRANSLATE_NOOP("ReportsPage", "The chats the regulation requires and which are missing"),
        QT_TRANSLATE_NOOP("ReportsPage", "Chats"),
    ),
    "all": (
        QT_TRANSLATE_NOOP("ReportsPage", "One workbook with every report above"),
        QT_TRANSLATE_NOOP("ReportsPage", "All reports"),
    ),
}


def today() -> dt.date:
    """The day the page starts from (a function, so tests can fix it)."""
    return dt.date.today()


def month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and the last day of ``day``'s month."""
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def error_text(exc: BaseException) -> str:
    """A failure as the user reads it: the validation messages, or the error's own text."""
    if isinstance(exc, ValidationError):
        return "\n".join(exc.errors.values())
    return str(exc) or type(exc).__name__


# reports.director brings openpyxl (a tenth of a second): imported when a report is first
# previewed or saved, not with the window.
def preview(
    session: Session, request: ReportRequest, limit: int
) -> tuple[list[str], list[list[str]]]:
    from ...reports import director

    return director.preview(session, request, limit)


def build_report(
    session: Session, request: ReportRequest, path: Path
) -> Generator[tuple[int, int, str], None, int]:
    from ...reports import director

    return director.build_report(session, request, path)


def _load_preview(
    db: Database, generation: int, request: ReportRequest
) -> tuple[int, list[str], list[list[str]]]:
    with db.session() as session:
        headers, rows = preview(session, request, PREVIEW_ROWS)
    return generation, headers, rows


def _save_report(
    db: Database, request: ReportRequest, path: Path
) -> Generator[tuple[int, int, str], None, tuple[Path, int]]:
    """Drive ``build_report``; Cancel closes this generator at its ``yield``, which closes
    ``build_report`` too, so it removes its half-written file."""
    with db.session() as session:
        sheets = yield from build_report(session, request, path)
    return path, int(sheets or 0)


class ReportsPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_reports")
        self._db = db
        self._generation = 0  # only the newest preview is shown
        self._save_task: Task | None = None
        self.saved_path: Path | None = None

        self.kind_list = QListWidget()
        self.kind_list.setObjectName("kinds")
        self.kind_list.setWordWrap(True)
        self.kind_list.setFixedWidth(380)
        self.kind_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kind_list.setSpacing(4)
        self.kind_list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap on resize
        for kind, title in KINDS.items():
            description = self._description(kind)
            item = QListWidgetItem(f"{title}\n{description}" if description else title)
            item.setData(KIND_ROLE, kind)
            item.setToolTip(description)
            self.kind_list.addItem(item)

        start, end = month_of(today())
        self.from_edit = date_edit(start, "date_from")
        self.to_edit = date_edit(end, "date_to")
        self.on_edit = date_edit(today(), "date_on")
        self.period_error = error_label("period")
        period = QHBoxLayout()
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        form = QFormLayout()
        self.period_label = QLabel(self.tr("Period from"))
        self.on_label = QLabel(self.tr("As of"))
        form.addRow(self.period_label, period)
        form.addRow("", self.period_error)
        on_row = QHBoxLayout()
        on_row.addWidget(self.on_edit)
        on_row.addStretch(1)
        form.addRow(self.on_label, on_row)
        self.personal_check = QCheckBox(self.tr("Names of people (personal data)"))
        self.personal_check.setObjectName("personal_data")
        self.personal_check.setChecked(True)
        self.personal_check.setToolTip(
            self.tr(
                "Clear it to give a report with counts only: no names of students, parents "
                "or staff. A workbook with names says so on its first sheet and in its "
                "file properties."
            )
        )
        form.addRow("", self.personal_check)

        self.save_button = action_button("save", self.tr("Save…"), self.save_report)
        self.open_button = action_button("open", self.tr("Open"), self.open_report, icons.OPEN)
        self.set_standard(EXPORT, self.save_button)
        self.open_button.setEnabled(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.status_label, 1)

        self.model = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setObjectName("preview")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("preview_caption")

        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.preview_label)
        self.empty_state = ReportEmptyState(self, self.table)  # holds the table
        right.addWidget(self.empty_state.stack, 1)
        body = QHBoxLayout()
        body.addWidget(self.kind_list)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title_label(self.tr("Reports for the director")))
        layout.addLayout(body, 1)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(_PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._request_preview)
        self.kind_list.currentRowChanged.connect(self._on_kind_changed)
        for edit in (self.from_edit, self.to_edit, self.on_edit):
            edit.dateChanged.connect(self._on_request_changed)
        self.personal_check.toggled.connect(self._on_request_changed)
        if self.kind_list.count():
            self.kind_list.setCurrentRow(0)

    def _description(self, kind: str) -> str:
        texts = _KIND_TEXTS.get(kind)
        return self.tr(texts[0]) if texts else ""

    # -- what to build -------------------------------------------------------------------

    def current_kind(self) -> str | None:
        item = self.kind_list.currentItem()
        return item.data(KIND_ROLE) if item is not None else None

    def select_kind(self, kind: str) -> bool:
        for row in range(self.kind_list.count()):
            if self.kind_list.item(row).data(KIND_ROLE) == kind:
                self.kind_list.setCurrentRow(row)
                return True
        return False

    def request(self) -> ReportRequest | None:
        """What the fields ask for; None (and the error under the period) when the period
        is backwards or no kind is chosen."""
        kind = self.current_kind()
        if kind is None:
            return None
        uses_period = kind in _USES_PERIOD or kind not in _KIND_TEXTS
        start, end = edit_date(self.from_edit), edit_date(self.to_edit)
        if uses_period and start > end:
            show_error(self.period_error, self.tr("The period ends before it starts."))
            return None
        show_error(self.period_error, None)
        personal = self.personal_check.isChecked()
        if uses_period:
            return ReportRequest(
                kind=kind, on=edit_date(self.on_edit), start=start, end=end, personal_data=personal
            )
        return ReportRequest(kind=kind, on=edit_date(self.on_edit), personal_data=personal)

    def suggested_path(self, kind: str) -> Path:
        texts = _KIND_TEXTS.get(kind)
        stem = self.tr(texts[1]) if texts else KINDS.get(kind, kind)
        return documents_folder() / f"{stem} {edit_date(self.on_edit):%d.%m.%Y}.xlsx"

    @Slot(int)
    def _on_kind_changed(self, _row: int) -> None:
        kind = self.current_kind()
        uses_period = kind in _USES_PERIOD or kind not in _KIND_TEXTS
        for widget in (self.period_label, self.from_edit, self.to_edit):
            widget.setEnabled(uses_period)
        if not uses_period:
            show_error(self.period_error, None)
        self._forget_saved()
        if self.requested:
            self._request_preview()

    @Slot()
    def _on_request_changed(self) -> None:
        self._forget_saved()
        if self.requested:
            self._preview_timer.start()

    def _forget_saved(self) -> None:
        """A different report is asked for: «Открыть» no longer means the saved one."""
        if self._save_task is None:
            self.saved_path = None
            self.open_button.setEnabled(False)

    # -- preview -------------------------------------------------------------------------

    def reload(self) -> None:
        super().reload()
        self._request_preview()

    @Slot()
    def _request_preview(self) -> None:
        self._preview_timer.stop()
        self._generation += 1
        request = self.request()
        if request is None:
            self.model.clear()
            self.empty_state.show_for(None)
            self.preview_label.setText("")
            self.loaded.emit()
            return
        self.preview_label.setText(self.tr("Loading the first rows…"))
        run_task(
            _load_preview,
            self._on_preview,
            self._db,
            self._generation,
            request,
            on_error=self._on_preview_failed,
        )

    @Slot(object)
    def _on_preview(self, result: tuple[int, list[str], list[list[str]]]) -> None:
        generation, headers, rows = result
        if generation != self._generation:
            return
        self.model.clear()
        self.model.setHorizontalHeaderLabels(headers)
        for cells in rows:
            items = []
            for text in cells:
                item = QStandardItem(text)
                item.setEditable(False)
                if _NUMBER.match(text):
                    item.setTextAlignment(_RIGHT)
                elif len(text) > 40:  # may be cut at the column's width: show it whole
                    item.setToolTip(text)
                items.append(item)
            self.model.appendRow(items)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 420))
        # no rows: the empty state in the table's place says so
        self.preview_label.setText(
            self.tr("First rows of the report: {0}").format(len(rows)) if rows else ""
        )
        self.empty_state.show_for(None if rows else self.current_kind())
        self.loaded.emit()

    @Slot(object)
    def _on_preview_failed(self, exc: BaseException) -> None:
        self.model.clear()
        self.empty_state.show_for(None)
        self.preview_label.setText(self.tr("No preview: {0}").format(error_text(exc)))
        self.loaded.emit()

    # -- save and open -------------------------------------------------------------------

    @Slot()
    def save_report(self) -> None:
        """Ask where, then write the workbook in the background with progress and Cancel."""
        request = self.request()
        if request is None or self._save_task is not None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            str(self.suggested_path(request.kind)),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.saved_path = None
        self.open_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.status_label.setText(self.tr("Saving…"))
        self._save_task = run_task(
            _save_report,
            self._on_saved,
            self._db,
            request,
            path,
            on_error=self._on_save_failed,
            on_cancelled=self._on_save_cancelled,
            progress_parent=self,
            progress_title=self.tr("Saving the report…"),
        )

    @Slot(object)
    def _on_saved(self, result: tuple[Path, int]) -> None:
        path, sheets = result
        self._save_task = None
        self.saved_path = path
        self.save_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.status_label.setText(self.tr("Saved: {0} (sheets: {1})").format(path, sheets))

    @Slot(object)
    def _on_save_failed(self, exc: BaseException) -> None:
        self._save_task = None
        self.save_button.setEnabled(True)
        self.status_label.setText("")
        QMessageBox.warning(
            self, self.tr("Save the report"), self.tr("Not saved: {0}").format(error_text(exc))
        )

    @Slot()
    def _on_save_cancelled(self) -> None:
        self._save_task = None
        self.save_button.setEnabled(True)
        self.status_label.setText(self.tr("Cancelled; nothing was saved."))

    @Slot()
    def open_report(self) -> None:
        """Open the saved workbook with the system's spreadsheet program."""
        path = self.saved_path
        if path is None:
            return
        if not path.exists():
            QMessageBox.warning(
                self, self.tr("Open the report"), self.tr("The file is gone: {0}").format(path)
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self,
                self.tr("Open the report"),
                self.tr("No program opened {0}. Open it from the folder.").format(path),
            )
