"""Consent to personal data processing (152-ФЗ): given / withdrawn, date, document. On a
withdrawal the dialog offers to erase the person's personal data, naming what goes."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...data.models import ConsentState, PersonKind
from ...services.organisation import ValidationError
from ...services.people import consent
from ...services.people.detail import PersonDetail
from ..form_widgets import ok_cancel_buttons
from .common import date_edit, edit_date, error_label, show_error, today


class ConsentDialog(QDialog):
    """After OK ``anonymised`` says whether the person's data was erased."""

    def __init__(self, db: Database, detail: PersonDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent_dialog")
        self._db = db
        self._detail = detail
        self.anonymised = False
        self.setWindowTitle(self.tr("Consent to personal data processing"))
        self.setMinimumWidth(480)

        who = (
            self.tr("Consent for the student {0} is given by a parent (legal representative).")
            if detail.kind == PersonKind.STUDENT
            else self.tr("Consent of {0}.")
        ).format(detail.full_name)
        intro = QLabel(who)
        intro.setWordWrap(True)
        self.state = QComboBox()
        self.state.setObjectName("consent_state")
        for value in ConsentState:
            self.state.addItem(value.label, value)
        self.state.setCurrentIndex(self.state.findData(detail.consent_state))
        self.consent_on = date_edit(detail.consent_on or today())
        self.consent_on.setObjectName("consent_on")
        self.document = QLineEdit(detail.consent_document or "")
        self.document.setObjectName("consent_document")
        self.document.setPlaceholderText(self.tr("e.g. application No. 15 of 01.09.2026"))
        self.state.currentIndexChanged.connect(self._update_fields)

        self.errors = {
            "consent_on": error_label("consent_on"),
            "consent_document": error_label("consent_document"),
        }
        self.summary = error_label("summary")
        form = QFormLayout()
        form.addRow(self.tr("&Consent:"), self.state)
        form.addRow(self.tr("&Date:"), self.consent_on)
        form.addRow("", self.errors["consent_on"])
        form.addRow(self.tr("D&ocument:"), self.document)
        form.addRow("", self.errors["consent_document"])
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._update_fields()

    @Slot()
    def _update_fields(self) -> None:
        has = self.state.currentData() != ConsentState.NONE
        self.consent_on.setEnabled(has)
        self.document.setEnabled(has)

    def _offer_erasure(self) -> bool:
        fields = ", ".join(consent.ERASED_FIELDS.values())
        answer = QMessageBox.question(
            self,
            self.tr("Erase personal data"),
            self.tr(
                "Consent is withdrawn. Erase the personal data of {0}?\n\n"
                "Erased for good: {1}. The record stays as «{2}» so that groups, "
                "movement and counts stay correct; the change log keeps no trace of the "
                "erased data. This cannot be undone."
            ).format(
                self._detail.full_name, fields, f"{consent.ANONYMOUS_LAST_NAME} № {self._detail.id}"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def accept(self) -> None:
        state = self.state.currentData()
        day = today()
        withdrawing = (
            state == ConsentState.WITHDRAWN and self._detail.consent_state != ConsentState.WITHDRAWN
        )
        try:
            with self._db.transaction() as session:
                consent.set_consent(
                    session,
                    self._detail.id,
                    state,
                    edit_date(self.consent_on),
                    self.document.text(),
                    today=day,
                )
        except ValidationError as exc:
            for name, label in self.errors.items():
                show_error(label, exc.errors.get(name))
            rest = [v for k, v in exc.errors.items() if k not in self.errors]
            show_error(self.summary, "\n".join(rest))
            return
        if withdrawing and self._offer_erasure():
            try:
                with self._db.transaction() as session:
                    consent.anonymise_person(session, self._detail.id, day)
            except ValidationError as exc:
                QMessageBox.warning(self, self.tr("The data is not erased"), str(exc))
            else:
                self.anonymised = True
        super().accept()
