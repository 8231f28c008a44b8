"""Сотрудники, Обучающиеся, Родители: a register (``ListPage``) with a detail panel and the
actions on a person — add, edit, delete, Sferum state, consent, join requests, movement.

The filter finds people by name (Cyrillic, «ё»/«е», any case), by phone however it is typed
(9001234567, 89001234567, +7 900 123-45-67), by group and by state. A stored change is
announced with ``data_changed``, so the other pages (a parent linked from the student's
side) reload when next shown.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QMessageBox,
    QSplitter,
    QWidget,
)

from ...data.engine import Database
from ...data.models import PersonKind
from ...services.organisation import ValidationError
from ...services.people import cards
from ...services.people.lookup import phone_search_text, search_words
from .. import icons
from ..pages import registers
from ..pages.base import DELETE, NEW
from ..pages.list_page import ListPage, ListSpec, action_button
from ..table_model import PreparedRows
from .common import run_dialog
from .consent_dialog import ConsentDialog
from .detail_panel import PersonDetailPanel
from .join_requests_dialog import JoinRequestsDialog
from .person_dialog import PersonDialog
from .sferum_dialog import SferumStateDialog

_PAGES: dict[str, tuple[ListSpec, PersonKind]] = {
    "staff": (registers.STAFF, PersonKind.STAFF),
    "students": (registers.STUDENTS, PersonKind.STUDENT),
    "parents": (registers.PARENTS, PersonKind.PARENT),
}


def people_page(db: Database, key: str) -> PeoplePage:
    spec, kind = _PAGES[key]
    return PeoplePage(db, spec, kind)


class PeoplePage(ListPage):
    def __init__(
        self, db: Database, spec: ListSpec, kind: PersonKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, spec, parent)
        self.kind = kind
        self._select_after_load: int | None = None

        self.detail = PersonDetailPanel(db)
        self.detail.changed.connect(self._after_change)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("people_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.body.set_content(self.splitter)  # the empty state hides the detail panel too

        self.add_button = action_button("add_person", self.tr("Add…"), self.add_person)
        self.edit_button = action_button(
            "edit_person", self.tr("Edit…"), self.edit_person, icons.EDIT
        )
        self.delete_button = action_button("delete_person", self.tr("Delete"), self.delete_person)
        self.set_standard(NEW, self.add_button)
        self.set_standard(DELETE, self.delete_button)
        self.sferum_button = action_button(
            "sferum_state", self.tr("Sferum…"), self.edit_sferum, icons.ACCOUNT
        )
        self.consent_button = action_button(
            "consent", self.tr("Consent…"), self.edit_consent, icons.CONSENT
        )
        self.requests_button = action_button(
            "join_requests", self.tr("Join requests…"), self.open_join_requests, icons.REQUESTS
        )
        self.add_actions(
            [
                self.add_button,
                self.edit_button,
                self.delete_button,
                self.sferum_button,
                self.consent_button,
            ],
            [self.requests_button],
        )

        self.table.doubleClicked.connect(self._on_double_click)
        self.empty_state.add_button(self.tr("Import…"), self.request_import, "empty_import")
        self.empty_state.add_button(self.tr("Add…"), self.add_button.click, "empty_add")

    # -- loading and filtering -----------------------------------------------------------

    @Slot(object)
    def _on_fetched(self, result: tuple[int, PreparedRows, list[str] | None]) -> None:
        generation, prepared, choices = result
        search = [
            f"{text} {phone_search_text(getattr(row, 'phone', None))}"
            for row, text in zip(prepared.rows, prepared.search, strict=True)
        ]
        keep = self._select_after_load or self.selected_id()
        self._select_after_load = None
        super()._on_fetched((generation, dataclasses.replace(prepared, search=search), choices))
        if keep is not None:
            self.select_record(keep)

    @Slot(str)
    def _on_filter_text(self, text: str) -> None:
        super()._on_filter_text(" ".join(search_words(text)))

    # -- selection -----------------------------------------------------------------------

    def selected_id(self) -> int | None:
        record = self.selected_record()
        return int(record.id) if record is not None else None

    def update_actions(self) -> None:
        person_id = self.selected_id()
        current = self.detail.detail.id if self.detail.detail else None
        if person_id != current:
            self.detail.show_person(person_id)
        one = person_id is not None
        anonymised = bool(self.detail.detail and self.detail.detail.anonymised_on)
        for button in (self.edit_button, self.sferum_button, self.consent_button):
            button.setEnabled(one and not anonymised)
        self.delete_button.setEnabled(one)

    @Slot(QModelIndex)
    def _on_double_click(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.edit_person()

    def _after_change(self, select: int | None = None) -> None:
        self._select_after_load = select or self.selected_id()
        self.reload()
        self.data_changed.emit()

    # -- actions -------------------------------------------------------------------------

    @Slot()
    def request_import(self) -> None:
        """The import wizard for staff on «Сотрудники»; parents come with the students."""
        self.import_requested.emit("staff" if self.kind == PersonKind.STAFF else "students")

    @Slot()
    def add_person(self) -> None:
        dialog = PersonDialog(self._db, self.kind, None, self)
        if run_dialog(dialog):
            self._after_change(dialog.person_id)

    @Slot()
    def edit_person(self) -> None:
        person_id = self.selected_id()
        if person_id is None:
            return
        dialog = PersonDialog(self._db, self.kind, person_id, self)
        if run_dialog(dialog):
            self.detail.refresh()
            self._after_change(person_id)

    @Slot()
    def delete_person(self) -> None:
        person_id = self.selected_id()
        detail = self.detail.detail
        if person_id is None or detail is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the record"),
            self.tr(
                "Delete «{0}» from the registry? Use this only for a record entered by "
                "mistake: people who leave are dismissed or expelled."
            ).format(detail.full_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._db.transaction() as session:
                cards.delete_person(session, person_id)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("The record is not deleted"), str(exc))
            return
        self.detail.show_person(None)
        self._after_change()

    @Slot()
    def edit_sferum(self) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        if run_dialog(SferumStateDialog(self._db, detail, self)):
            self.detail.refresh()
            self._after_change(detail.id)

    @Slot()
    def edit_consent(self) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        if run_dialog(ConsentDialog(self._db, detail, self)):
            self.detail.refresh()
            self._after_change(detail.id)

    @Slot()
    def open_join_requests(self) -> None:
        dialog = JoinRequestsDialog(self._db, self.selected_id(), self)
        run_dialog(dialog)
        if dialog.changed:
            self.detail.refresh()
            self._after_change()
