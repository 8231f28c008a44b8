"""Choosing the person to link as a parent (from a student's side) or as a child (from a
parent's side): a filterable list, the relation, and «Новый…» for someone not yet listed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...data.models import ParentRelation, PersonKind
from ...services.people import family
from ..tab_order import follow_layout
from .common import error_label, run_dialog, show_error


def relation_combo() -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("relation")
    for value in ParentRelation:
        combo.addItem(value.label, value)
    return combo


class LinkPersonDialog(QDialog):
    """``for_kind`` is the kind of the person whose detail panel asked: a student gets a
    parent, anyone else a child. After OK ``chosen_id`` and ``relation`` hold the choice."""

    def __init__(
        self,
        db: Database,
        for_person_id: int,
        for_kind: PersonKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("link_person_dialog")
        self._db = db
        self._for_person_id = for_person_id
        self.wants_parent = for_kind == PersonKind.STUDENT
        self.chosen_id: int | None = None
        self.setWindowTitle(
            self.tr("Add a parent") if self.wants_parent else self.tr("Add a child")
        )
        self.setMinimumSize(480, 420)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setPlaceholderText(self.tr("Name or phone…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.list = QListWidget()
        self.list.setObjectName("candidates")
        self.list.itemDoubleClicked.connect(self.accept)
        self.relation = relation_combo()
        self.new_button = QPushButton(
            self.tr("&New parent…") if self.wants_parent else self.tr("New student…")
        )
        self.new_button.setObjectName("new_person")
        self.new_button.clicked.connect(self.create_new)
        self.error = error_label("link")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Relation:"), self.relation)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        follow_layout(self)

        with db.session() as session:
            self._candidates = family.link_candidates(session, for_person_id)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for candidate in self._candidates:
            text = candidate.full_name
            if candidate.detail:
                text += f" ({candidate.detail})"
            if candidate.kind != PersonKind.PARENT.label and self.wants_parent:
                text += f" — {candidate.kind}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, candidate.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        with self._db.session() as session:
            shown = {c.id for c in family.link_candidates(session, self._for_person_id, text)}
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = item.data(Qt.ItemDataRole.UserRole) not in shown
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        self.list.setCurrentItem(first)

    def visible_names(self) -> list[str]:
        return [
            self.list.item(r).text()
            for r in range(self.list.count())
            if not self.list.item(r).isHidden()
        ]

    @property
    def relation_value(self) -> ParentRelation:
        return self.relation.currentData()

    @Slot()
    def create_new(self) -> None:
        from .person_dialog import PersonDialog

        kind = PersonKind.PARENT if self.wants_parent else PersonKind.STUDENT
        dialog = PersonDialog(self._db, kind, None, self)
        if run_dialog(dialog) and dialog.person_id is not None:
            self.chosen_id = dialog.person_id
            super().accept()

    @Slot()
    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            show_error(self.error, self.tr("Choose a person in the list or create a new one."))
            return
        self.chosen_id = item.data(Qt.ItemDataRole.UserRole)
        super().accept()
