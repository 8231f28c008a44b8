"""Настройки → Приказы: the orders register with Добавить / Изменить / Удалить."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ...data.engine import Database
from ...services import listings, orders
from ...services.organisation import ValidationError
from .. import icons
from ..order_dialog import OrderDialog
from .list_page import ListPage
from .registers import ORDERS


class OrdersPage(ListPage):
    """The register of orders; double-click edits. ``changed`` follows every stored change."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, ORDERS, parent)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("add_order")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_order")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete_order")
        self.add_button.setIcon(icons.icon(icons.ADD))
        self.edit_button.setIcon(icons.icon(icons.EDIT))
        self.delete_button.setIcon(icons.icon(icons.DELETE))
        self.add_button.clicked.connect(self.add_order)
        self.edit_button.clicked.connect(self.edit_order)
        self.delete_button.clicked.connect(self.delete_order)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(buttons)
        self._update_buttons()
        self.empty_state.add_button(self.tr("Add…"), self.add_button.click, "empty_add")

    def selected_order(self) -> listings.OrderRow | None:
        record = self.selected_record()
        assert record is None or isinstance(record, listings.OrderRow)
        return record

    @Slot()
    def _update_buttons(self) -> None:
        one = self.selected_order() is not None
        self.edit_button.setEnabled(one)
        self.delete_button.setEnabled(one)

    def _dialog(self, order_id: int | None) -> OrderDialog:
        return OrderDialog(self._db, order_id, self)

    @Slot()
    def add_order(self) -> None:
        dialog = self._dialog(None)
        if dialog.exec() == OrderDialog.DialogCode.Accepted:
            self._after_change()

    @Slot()
    def edit_order(self) -> None:
        row = self.selected_order()
        if row is None:
            return
        dialog = self._dialog(row.id)
        if dialog.exec() == OrderDialog.DialogCode.Accepted:
            self._after_change()

    @Slot(QModelIndex)
    def _on_double_click(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.edit_order()

    @Slot()
    def delete_order(self) -> None:
        row = self.selected_order()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the order"),
            self.tr("Delete the order {0} «{1}»?").format(row.display, row.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._db.transaction() as session:
                orders.delete_order(session, row.id)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("The order is not deleted"), str(exc))
            return
        self._after_change()

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()
