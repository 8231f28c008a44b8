"""The dialog that adds or edits one order (приказ); OK stores it through ``services.orders``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..data.engine import Database
from ..data.models import OrderKind
from ..services import orders
from ..services.organisation import ValidationError
from .form_widgets import error_label, ok_cancel_buttons


class OrderDialog(QDialog):
    """Number, date, title, kind, file (by reference) and a note. ``order_id`` is None for a
    new order; after a successful OK it holds the stored order's id."""

    def __init__(
        self,
        db: Database,
        order_id: int | None = None,
        parent: QWidget | None = None,
        kind: OrderKind = OrderKind.OTHER,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("order_dialog")
        self._db = db
        self.order_id = order_id
        self.setWindowTitle(self.tr("New order") if order_id is None else self.tr("Order"))
        self.setMinimumWidth(520)

        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.issued_on = QDateEdit()
        self.issued_on.setObjectName("issued_on")
        self.issued_on.setCalendarPopup(True)
        self.issued_on.setDisplayFormat("dd.MM.yyyy")
        self.issued_on.setDate(QDate.currentDate())
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for value in OrderKind:
            self.kind.addItem(value.label, value)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.file_path = QLineEdit()
        self.file_path.setObjectName("file_path")
        self.file_path.setPlaceholderText(self.tr("no file"))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setObjectName("choose_file")
        self.choose_button.clicked.connect(self.choose_file)
        self.file_note = QLabel()
        self.file_note.setObjectName("file_note")
        self.file_path.textChanged.connect(self._check_file)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().height() * 4)

        self.errors: dict[str, QLabel] = {}
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_path, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        for name, label, field in (
            ("number", self.tr("N&umber:"), self.number),
            ("issued_on", self.tr("&Date:"), self.issued_on),
            ("title", self.tr("&Title:"), self.title_edit),
            ("kind", self.tr("&Kind:"), self.kind),
            ("file_path", self.tr("&File:"), file_row),
            ("note", self.tr("&Note:"), self.note),
        ):
            form.addRow(label, field)
            if name == "file_path":
                form.labelForField(file_row).setBuddy(self.file_path)
                form.addRow("", self.file_note)
            self.errors[name] = error_label(name)
            form.addRow("", self.errors[name])
        self.summary = error_label("summary")

        self.buttons = ok_cancel_buttons(self)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        if order_id is not None:
            self._load(order_id)
        self._check_file()

    def _load(self, order_id: int) -> None:
        with self._db.session() as session:
            draft = orders.load_order(session, order_id)
        if draft is None:
            return
        self.show_draft(draft)

    def show_draft(self, draft: orders.OrderDraft) -> None:
        self.number.setText(draft.number)
        if draft.issued_on is not None:
            self.issued_on.setDate(QDate(draft.issued_on))
        self.title_edit.setText(draft.title)
        self.kind.setCurrentIndex(max(self.kind.findData(draft.kind), 0))
        self.file_path.setText(draft.file_path)
        self.note.setPlainText(draft.note)

    def draft(self) -> orders.OrderDraft:
        return orders.OrderDraft(
            number=self.number.text(),
            issued_on=self.issued_on.date().toPython(),  # type: ignore[arg-type]
            title=self.title_edit.text(),
            kind=self.kind.currentData(),
            file_path=self.file_path.text(),
            note=self.note.toPlainText(),
        )

    @Slot()
    def choose_file(self) -> None:
        current = self.file_path.text().strip()
        start = str(Path(current).parent) if current else ""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("The order's file"),
            start,
            self.tr("Documents (*.pdf *.doc *.docx *.odt *.rtf *.jpg *.jpeg *.png);;All files (*)"),
        )
        if path:
            self.file_path.setText(path)

    @Slot()
    def _check_file(self) -> None:
        missing = orders.file_missing(self.file_path.text().strip())
        self.file_note.setText(
            self.tr("The file is not found: the order is kept, the file is flagged as missing.")
            if missing
            else ""
        )
        self.file_note.setVisible(missing)

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)
        unplaced = [text for name, text in errors.items() if name not in self.errors]
        self.summary.setText("\n".join(unplaced))
        self.summary.setVisible(bool(unplaced))

    @Slot()
    def accept(self) -> None:
        draft = self.draft()
        try:
            with self._db.transaction() as session:
                if self.order_id is None:
                    self.order_id = orders.add_order(session, draft)
                else:
                    orders.update_order(session, self.order_id, draft)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        super().accept()
