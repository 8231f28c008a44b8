"""The reusable register page: title, search, an optional choice filter, a count, a table."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...data.engine import Database
from .. import icons, view_state
from ..empty_state import EmptyStack, EmptyState, NoMatchOverlay
from ..filter_proxy import FilterProxyModel
from ..keyboard import open_on_enter
from ..table_model import Column, PreparedRows, RecordTableModel, prepare_rows
from ..tasks import run_task
from .base import Page

PAGE_CONTEXT = "Pages"  # translation context of page titles and filter labels
_MAX_COLUMN_WIDTH = 360
_WIDTH_SAMPLES = 12  # the longest texts of a column that are measured
_CELL_PADDING = 16
_HEADER_PADDING = 32  # room for the sort arrow


@dataclass(frozen=True)
class ListSpec:
    """What a register shows. ``title`` and ``choice_label`` are marked with
    ``QT_TRANSLATE_NOOP("Pages", ...)``; ``fetch`` is a ``services.listings`` function."""

    title: str
    fetch: Callable[[Session], Sequence[Any]]
    columns: tuple[Column, ...]
    choice_column: int | None = None
    choice_label: str = ""
    choices: Callable[[Session], list[str]] | None = None  # else the column's own values
    muted: Callable[[Any], bool] | None = None
    name: str = ""  # object names of the page's widgets, for tests
    # In place of the table while the register is empty: what it is for, what to do next
    # (marked like ``title``); the page adds the buttons that do it.
    empty_title: str = ""
    empty_text: str = ""


def _fetch(
    db: Database, spec: ListSpec, generation: int
) -> tuple[int, PreparedRows, list[str] | None]:
    """Runs in a worker: its own short session, plain rows and their cell texts out."""
    with db.session() as session:
        rows = spec.fetch(session)
        choices = spec.choices(session) if spec.choices else None
    return generation, prepare_rows(spec.columns, rows), choices


def page_title_label(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


def action_button(
    name: str, text: str, slot: Callable[[], object], icon: str | None = None
) -> QPushButton:
    """A page's action button: object name for tests, text, what a click does, and the
    icon of its meaning (``ui.icons``; a standard role's comes with ``Page.set_standard``)."""
    button = QPushButton(text)
    button.setObjectName(name)
    if icon is not None:
        button.setIcon(icons.icon(icon))
    button.clicked.connect(slot)
    return button


class ListPage(Page):
    def __init__(self, db: Database, spec: ListSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.spec = spec
        self._generation = 0
        self._fetched = False  # the rows have been loaded at least once
        self._reveal: int | None = None  # a record to select once the rows are loaded
        self.setObjectName(f"page_{spec.name}")

        self.model = RecordTableModel(spec.columns, spec.muted, self)
        self.proxy = FilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self.title_label = page_title_label(QCoreApplication.translate(PAGE_CONTEXT, spec.title))
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setPlaceholderText(self.tr("Search…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(420)
        self.filter_edit.textChanged.connect(self._on_filter_text)

        self.choice_combo: QComboBox | None = None
        self.count_label = QLabel()
        self.count_label.setObjectName("count")

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        if spec.choice_column is not None:
            self.choice_combo = QComboBox()
            self.choice_combo.setObjectName("choice")
            self.choice_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.choice_combo.addItem(self.tr("All"), None)
            self.choice_combo.currentIndexChanged.connect(self._on_choice)
            label = QLabel(QCoreApplication.translate(PAGE_CONTEXT, spec.choice_label))
            label.setBuddy(self.choice_combo)
            bar.addSpacing(12)
            bar.addWidget(label)
            bar.addWidget(self.choice_combo)
        bar.addStretch(0)
        bar.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setModel(self.proxy)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's order first
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        open_on_enter(self.table)  # Enter opens the row as a double click does
        saved_filter = view_state.restore_table(spec.name, header)
        self._widths_restored = saved_filter is not None
        # (a restored sort indicator has sorted the proxy already: the view sorts on it)
        if saved_filter:
            self.filter_edit.setText(saved_filter)

        self.empty_state = EmptyState(db.read_only)
        if spec.empty_title:
            self.empty_state.set_message(
                QCoreApplication.translate(PAGE_CONTEXT, spec.empty_title),
                QCoreApplication.translate(PAGE_CONTEXT, spec.empty_text),
            )
        self.body = EmptyStack(self.table, self.empty_state)
        self.no_match = NoMatchOverlay(self.table, self.reset_filter)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(bar)
        layout.addWidget(self.body, 1)
        self._update_count()

    def save_view_state(self) -> None:
        """Column widths, order and sort and the filter text, for the next start."""
        view_state.save_table(
            self.spec.name, self.table.horizontalHeader(), self.filter_edit.text()
        )

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        super().reload()
        self._generation += 1
        self.count_label.setText(self.tr("Loading…"))
        run_task(_fetch, self._on_fetched, self._db, self.spec, self._generation)

    @Slot(object)
    def _on_fetched(self, result: tuple[int, PreparedRows, list[str] | None]) -> None:
        generation, rows, choices = result
        if generation != self._generation:
            return  # a newer reload is on its way
        first = not self.model.rows
        self._fetched = True
        self.model.set_rows(rows)
        self._fill_choices(choices)
        if first and not self._widths_restored:
            self._fit_columns()
        self._update_count()
        if self._reveal is not None:
            self._select_clearing_filter(self._reveal)
            self._reveal = None
        self.loaded.emit()

    def _fit_columns(self) -> None:
        """Columns as wide as their longest texts. QTableView.resizeColumnsToContents asks
        the model cell by cell and takes a noticeable pause on a few hundred rows."""
        header = self.table.horizontalHeader()
        cell_metrics = self.table.fontMetrics()
        header_metrics = header.fontMetrics()
        for column in range(self.model.columnCount()):
            texts = heapq.nlargest(_WIDTH_SAMPLES, self.model.column_texts(column), key=len)
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(
                [cell_metrics.horizontalAdvance(text) + _CELL_PADDING for text in texts]
                + [header_metrics.horizontalAdvance(title) + _HEADER_PADDING]
            )
            header.resizeSection(column, min(width, _MAX_COLUMN_WIDTH))

    def _fill_choices(self, choices: list[str] | None) -> None:
        combo = self.choice_combo
        if combo is None or self.spec.choice_column is None:
            return
        column = self.spec.choice_column
        counts = Counter(self.model.column_texts(column))
        values = choices if choices is not None else sorted(v for v in counts if v)
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All ({0})").format(len(self.model.rows)), None)
        for value in values:
            combo.addItem(f"{value} ({counts.get(value, 0)})", value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self.proxy.set_choice(self.spec.choice_column, combo.currentData())

    # -- filtering ---------------------------------------------------------------------

    @Slot(str)
    def _on_filter_text(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_count()

    @Slot(int)
    def _on_choice(self, _index: int) -> None:
        assert self.choice_combo is not None
        self.proxy.set_choice(self.spec.choice_column, self.choice_combo.currentData())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("Shown {0} of {1}").format(self.proxy.rowCount(), self.model.rowCount())
        )
        self._update_empty()

    def _update_empty(self) -> None:
        """The empty state when there are no records at all; «nothing found» over the
        rows when there are, but the filter hides every one."""
        if not self._fetched:
            return
        nothing = not self.model.rows and not self.source_filtered()
        self.body.show_empty(nothing and self.empty_state.has_message())
        hidden = not nothing and self.proxy.rowCount() == 0 and self.is_filtered()
        self.no_match.show_for(self.filter_edit.text() if hidden else None)

    def source_filtered(self) -> bool:
        """Whether the rows were narrowed when fetched (a page with filters the database
        applies says so): then no rows means nothing found, not nothing there."""
        return False

    def is_filtered(self) -> bool:
        combo = self.choice_combo
        chosen = combo is not None and combo.currentData() is not None
        return bool(self.filter_edit.text().strip()) or chosen or self.source_filtered()

    @Slot()
    def reset_filter(self) -> None:
        """Show every record again: the search box cleared, «All» chosen."""
        self.filter_edit.clear()
        if self.choice_combo is not None:
            self.choice_combo.setCurrentIndex(0)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def selected_records(self) -> list[Any]:
        """The selected records, in the table's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.record(self.proxy.source_row(r)) for r in rows]

    def selected_record(self) -> Any | None:
        """The one selected record, or None when none or several are selected."""
        records = self.selected_records()
        return records[0] if len(records) == 1 else None

    def select_record(self, record_id: int) -> bool:
        """Select and show the row of the record with this ``id``; False when not shown."""
        records = self.model.rows
        for row, source_row in enumerate(self.proxy.source_rows()):
            if records[source_row].id == record_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    # -- action buttons ----------------------------------------------------------------

    def add_actions(self, left: Sequence[QPushButton], right: Sequence[QPushButton] = ()) -> None:
        """A row of action buttons under the filter (``right`` ones after a stretch);
        :meth:`update_actions` runs whenever the selection or the rows change."""
        row = QHBoxLayout()
        for button in left:
            row.addWidget(button)
        row.addStretch(1)
        for button in right:
            row.addWidget(button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(2, row)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.update_actions()

    @Slot()
    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, *_args: object) -> None:
        self.update_actions()

    def update_actions(self) -> None:
        """Enable the action buttons that apply to the selection (pages with actions)."""

    def reload_and_select(self, record_id: int | None) -> None:
        """Reload and select the record (a new or edited one) when its row is back."""
        self._reveal = record_id
        self.reload()

    def reveal(self, record_id: int) -> None:
        """Select the record's row — now if the page has its rows, else once they load —
        clearing the filter when it hides the row (another page points at the record)."""
        if self.requested and not self.stale and self.model.rows:
            self._select_clearing_filter(record_id)
        else:
            self._reveal = record_id
            self.ensure_loaded()

    def _select_clearing_filter(self, record_id: int) -> None:
        if not self.select_record(record_id) and self.filter_edit.text():
            self.filter_edit.clear()
            self.select_record(record_id)

    def shown_records(self) -> list[Any]:
        """The records the table shows, filtered and in its order (tests, exports)."""
        records = self.model.rows
        return [records[source_row] for source_row in self.proxy.source_rows()]
