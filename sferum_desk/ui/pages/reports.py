"""Отчёты: the monitoring figures, «Показатель / Значение», until the Excel reports arrive."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from ...data.engine import Database
from ...services import listings
from ..formatting import display_text
from ..table_model import Column, RecordTableModel
from ..tasks import run_task
from .base import Page
from .list_page import page_title_label

_INDENT = "    "


def _figure_label(figure: listings.StatFigure) -> str:
    return f"{_INDENT}{figure.label}" if figure.is_part else figure.label


FIGURE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Indicator"), _figure_label),
    Column(QT_TRANSLATE_NOOP("Columns", "Value"), lambda figure: figure.value),
)


def _load_figures(db: Database) -> tuple[dt.date, Sequence[listings.StatFigure]]:
    today = dt.date.today()
    with db.session() as session:
        return today, listings.list_figures(session, today)


class ReportsPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_reports")
        self._db = db
        self.model = RecordTableModel(FIGURE_COLUMNS, parent=self)
        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumWidth(560)
        self.as_of_label = QLabel()
        self.as_of_label.setObjectName("as_of")
        layout = QVBoxLayout(self)
        layout.addWidget(page_title_label(self.tr("Monitoring figures")))
        layout.addWidget(self.as_of_label)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        super().reload()
        run_task(_load_figures, self._on_loaded, self._db)

    @Slot(object)
    def _on_loaded(self, result: tuple[dt.date, Sequence[listings.StatFigure]]) -> None:
        day, figures = result
        self.model.set_rows(figures)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), 380))
        self.as_of_label.setText(
            self.tr("Active records as of {0}; the same figures as the Overview page.").format(
                display_text(day)
            )
        )
        self.loaded.emit()
