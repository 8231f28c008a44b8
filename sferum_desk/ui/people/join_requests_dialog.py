"""«Заявки на вступление»: the join requests, filtered as you type; record a new one;
accept or reject the selected one on a date."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...data.models import InviteRole, JoinRequestDecision
from ...services.choices import group_choices, person_choices
from ...services.organisation import ValidationError
from ...services.people import join_requests
from ...services.people.join_requests import JoinRequestDraft, JoinRequestRow
from ..filter_proxy import FilterProxyModel
from ..form_widgets import ok_cancel_buttons
from ..movement.widgets import PersonPicker
from ..tab_order import follow_layout
from ..table_model import Column, RecordTableModel, field
from .common import (
    date_edit,
    edit_date,
    error_label,
    fill_combo,
    run_dialog,
    show_error,
    today,
)

COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Columns", "Received"), field("received_on")),
    Column(QT_TRANSLATE_NOOP("Columns", "Applicant"), field("applicant_name")),
    Column(QT_TRANSLATE_NOOP("Columns", "Person"), field("person_name")),
    Column(QT_TRANSLATE_NOOP("Columns", "Group"), field("group_name")),
    Column(QT_TRANSLATE_NOOP("Columns", "Role"), field("role")),
    Column(QT_TRANSLATE_NOOP("Columns", "Decision"), field("decision_text")),
    Column(QT_TRANSLATE_NOOP("Columns", "Decided on"), field("decided_on")),
    Column(QT_TRANSLATE_NOOP("Columns", "Note"), field("note"), tooltip=True),
)


class NewJoinRequestDialog(QDialog):
    def __init__(
        self, db: Database, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("new_join_request_dialog")
        self._db = db
        self.setWindowTitle(self.tr("New join request"))
        self.setMinimumWidth(480)
        self.applicant = QLineEdit()
        self.applicant.setObjectName("applicant_name")
        self.applicant.setPlaceholderText(self.tr("as Sferum shows it"))
        self.received_on = date_edit(today())
        self.received_on.setObjectName("received_on")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for value in InviteRole:
            self.role.addItem(value.label, value)
        self.person = PersonPicker(none_text=self.tr("not in the registry"))
        self.person.setObjectName("person")
        self.group = QComboBox()
        self.group.setObjectName("group")
        with db.session() as session:
            self.person.set_choices(person_choices(session), keep=person_id)
            fill_combo(self.group, group_choices(session, with_staff_room=True), self.tr("none"))
        self.note = QLineEdit()
        self.note.setObjectName("note")

        self.errors = {
            name: error_label(name) for name in ("applicant_name", "received_on", "person_id")
        }
        self.summary = error_label("summary")
        form = QFormLayout()
        form.addRow(self.tr("&Applicant:"), self.applicant)
        form.addRow("", self.errors["applicant_name"])
        form.addRow(self.tr("Received &on:"), self.received_on)
        form.addRow("", self.errors["received_on"])
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Person:"), self.person)
        form.labelForField(self.person).setBuddy(self.person.filter_edit)
        form.addRow("", self.errors["person_id"])
        form.addRow(self.tr("&Group:"), self.group)
        form.addRow(self.tr("&Note:"), self.note)
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    @Slot()
    def accept(self) -> None:
        draft = JoinRequestDraft(
            applicant_name=self.applicant.text(),
            received_on=edit_date(self.received_on),
            role=self.role.currentData(),
            person_id=self.person.person_id(),
            group_id=self.group.currentData(),
            note=self.note.text(),
        )
        try:
            with self._db.transaction() as session:
                join_requests.record_join_request(session, draft, today=today())
        except ValidationError as exc:
            for name, label in self.errors.items():
                show_error(label, exc.errors.get(name))
            rest = [v for k, v in exc.errors.items() if k not in self.errors]
            show_error(self.summary, "\n".join(rest))
            return
        super().accept()


class JoinRequestsDialog(QDialog):
    """The register of join requests; ``changed`` is True once something was stored."""

    def __init__(
        self, db: Database, person_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("join_requests_dialog")
        self._db = db
        self._person_id = person_id
        self.changed = False
        self.setWindowTitle(self.tr("Join requests"))
        self.resize(1180, 600)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setPlaceholderText(self.tr("Search…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.pending_only = QCheckBox(self.tr("&Pending only"))
        self.pending_only.setObjectName("pending_only")
        self.pending_only.setChecked(True)
        self.model = RecordTableModel(COLUMNS, None, self)
        self.proxy = FilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit.textChanged.connect(self.proxy.set_filter_text)
        self.pending_only.toggled.connect(self.reload)
        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)

        self.new_button = QPushButton(self.tr("R&ecord a request…"))
        self.new_button.setObjectName("new_request")
        self.new_button.clicked.connect(self.record_request)
        self.decided_on = date_edit(today())
        self.decided_on.setObjectName("decided_on")
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setObjectName("accept_request")
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.reject_button.setObjectName("reject_request")
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.error = error_label("decision")

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.pending_only)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addStretch(1)
        decided_label = QLabel(self.tr("&Decision date:"))
        decided_label.setBuddy(self.decided_on)
        actions.addWidget(decided_label)
        actions.addWidget(self.decided_on)
        actions.addWidget(self.accept_button)
        actions.addWidget(self.reject_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(close)
        follow_layout(self)
        self.reload()

    @Slot()
    def reload(self) -> None:
        with self._db.session() as session:
            rows = join_requests.list_join_requests(
                session, pending_only=self.pending_only.isChecked()
            )
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()  # a few dozen requests: cheap

    def shown_rows(self) -> list[JoinRequestRow]:
        return [
            self.model.record(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

    def selected(self) -> JoinRequestRow | None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    @Slot()
    def record_request(self) -> None:
        dialog = NewJoinRequestDialog(self._db, self._person_id, self)
        if run_dialog(dialog):
            self.changed = True
            self.reload()

    def _decide(self, accept: bool) -> None:
        row = self.selected()
        if row is None or row.decision != JoinRequestDecision.PENDING:
            show_error(self.error, self.tr("Choose a pending request in the list."))
            return
        try:
            with self._db.transaction() as session:
                join_requests.decide_join_request(
                    session, row.id, accept, edit_date(self.decided_on), today=today()
                )
        except ValidationError as exc:
            show_error(self.error, str(exc))
            return
        show_error(self.error, None)
        self.changed = True
        self.reload()

    @Slot()
    def accept_selected(self) -> None:
        self._decide(True)

    @Slot()
    def reject_selected(self) -> None:
        self._decide(False)
