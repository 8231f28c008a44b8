"""Pickers the movement dialogs share: a person picker filtered as you type, and an order
combobox whose last item creates a new order."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from ...data.engine import Database
from ...data.models import OrderKind
from ...data.search import normalize
from ...services import orders
from ...services.choices import Choice
from ..order_dialog import OrderDialog

NEW_ORDER = -1  # the data of the «New order…» item


class PersonPicker(QWidget):
    """A search field above a combobox: typing narrows the combobox to matching names
    (case- and ё/е-insensitive). With ``none_text`` the first item means «nobody»."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, none_text: str | None = None) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("person_filter")
        self.filter_edit.setPlaceholderText(self.tr("Type a part of the name…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.combo = QComboBox()
        self.combo.setObjectName("person_combo")
        # Size from a typical name, not by measuring thousands of items.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(40)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.combo)
        self._choices: list[Choice] = []
        self._folded: list[str] = []
        self.filter_edit.textChanged.connect(self._refill)
        self.combo.currentIndexChanged.connect(self._on_index)

    def set_choices(self, choices: Sequence[Choice], keep: int | None = None) -> None:
        self._choices = list(choices)
        self._folded = [normalize(choice.name) for choice in self._choices]
        self._refill(self.filter_edit.text(), keep)

    @Slot(str)
    def _refill(self, text: str, keep: int | None = None) -> None:
        current = keep if keep is not None else self.person_id()
        words = normalize(text).split()
        self.combo.blockSignals(True)
        self.combo.clear()
        if self._none_text is not None:
            self.combo.addItem(self._none_text, None)
        for choice, folded in zip(self._choices, self._folded, strict=True):
            if all(w in folded for w in words):
                self.combo.addItem(choice.name, choice.id)
        index = self.combo.findData(current) if current is not None else -1
        self.combo.setCurrentIndex(index if index >= 0 else (0 if self.combo.count() else -1))
        self.combo.blockSignals(False)
        self.changed.emit()

    @Slot(int)
    def _on_index(self, _index: int) -> None:
        self.changed.emit()

    def person_id(self) -> int | None:
        data = self.combo.currentData()
        return int(data) if data is not None else None

    def select(self, person_id: int | None) -> None:
        self._refill(self.filter_edit.text(), person_id)


class OrderCombo(QComboBox):
    """«— no order —», the orders newest first, and «New order…» which opens OrderDialog."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._last = 0
        self.reload()
        self.activated.connect(self._on_activated)

    def reload(self, select_id: int | None = None) -> None:
        with self._db.session() as session:
            choices = orders.order_choices(session)
        choices.sort(key=lambda c: c.kind != OrderKind.MOVEMENT)  # movement orders first
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("— no order —"), None)
        for choice in choices:
            self.addItem(choice.text, choice.id)
        self.addItem(self.tr("New order…"), NEW_ORDER)
        self.setCurrentIndex(max(self.findData(select_id), 0) if select_id else 0)
        self._last = self.currentIndex()
        self.blockSignals(False)

    def order_id(self) -> int | None:
        data = self.currentData()
        return None if data in (None, NEW_ORDER) else int(data)

    @Slot(int)
    def _on_activated(self, index: int) -> None:
        if self.itemData(index) != NEW_ORDER:
            self._last = index
            return
        dialog = OrderDialog(self._db, None, self, kind=OrderKind.MOVEMENT)
        if dialog.exec() == OrderDialog.DialogCode.Accepted and dialog.order_id is not None:
            self.reload(dialog.order_id)
        else:
            self.setCurrentIndex(self._last)
