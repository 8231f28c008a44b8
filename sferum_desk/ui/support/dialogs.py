"""Dialogs of the Поддержка page: a support record (add/edit), resolving it with an answer,
an answer template; and the template's one-page printed instruction."""

from __future__ import annotations

import html

from PySide6.QtCore import Slot
from PySide6.QtGui import QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...data.models import SupportChannel, SupportKind, SupportStatus
from ...services import choices, support
from ...services.organisation import ValidationError
from ..form_widgets import date_edit, edit_date, error_label, ok_cancel_buttons, show_errors
from ..people.common import fill_combo, select_data, today
from ..tab_order import follow_layout


def _enum_combo(name: str, values: type, current: object) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for value in values:  # type: ignore[attr-defined]
        combo.addItem(value.label, value)
    select_data(combo, current)
    return combo


def _text_edit(name: str, text: str, height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setObjectName(name)
    edit.setMaximumHeight(height)
    return edit


class RequestDialog(QDialog):
    """Add (``request_id`` None) or edit a support record; after OK ``request_id`` is set."""

    FIELDS = (
        "kind",
        "opened_on",
        "person_id",
        "subject",
        "description",
        "channel",
        "ticket_number",
        "status",
        "resolved_on",
        "answer",
    )

    def __init__(
        self, db: Database, request_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("support_request_dialog")
        self._db = db
        self.request_id = request_id
        self._version: int | None = None
        with db.session() as session:
            if request_id is None:
                draft = support.SupportDraft(opened_on=today())
            else:
                draft, self._version = support.load_request(session, request_id)
            people = choices.person_choices(session)
        self.setWindowTitle(self.tr("Support record") if request_id is None else draft.subject)
        self.setMinimumWidth(560)
        self.kind = _enum_combo("kind", SupportKind, draft.kind)
        self.opened_on = date_edit(draft.opened_on, "opened_on")
        self.person = QComboBox()
        self.person.setObjectName("person")
        fill_combo(self.person, people, "—")
        select_data(self.person, draft.person_id)
        self.subject = QLineEdit(draft.subject)
        self.subject.setObjectName("subject")
        self.description = _text_edit("description", draft.description)
        self.channel = _enum_combo("channel", SupportChannel, draft.channel)
        self.ticket = QLineEdit(draft.ticket_number)
        self.ticket.setObjectName("ticket_number")
        self.status = _enum_combo("status", SupportStatus, draft.status)
        self.resolved_on = date_edit(draft.resolved_on or today(), "resolved_on")
        self.answer = _text_edit("answer", draft.answer)
        self.errors = {name: error_label(name) for name in self.FIELDS}
        self.summary = error_label("summary")
        form = QFormLayout()
        for text, widget, name in (
            (self.tr("&Kind:"), self.kind, "kind"),
            (self.tr("&Date:"), self.opened_on, "opened_on"),
            (self.tr("&Who asked:"), self.person, "person_id"),
            (self.tr("&Topic:"), self.subject, "subject"),
            (self.tr("D&escription:"), self.description, "description"),
            (self.tr("&Channel:"), self.channel, "channel"),
            (self.tr("Ticket &number:"), self.ticket, "ticket_number"),
            (self.tr("&State:"), self.status, "status"),
            (self.tr("&Resolved on:"), self.resolved_on, "resolved_on"),
            (self.tr("&Answer:"), self.answer, "answer"),
        ):
            form.addRow(text, widget)
            form.addRow("", self.errors[name])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        self.buttons = ok_cancel_buttons(self)
        layout.addWidget(self.buttons)
        follow_layout(self)
        self.status.currentIndexChanged.connect(self._update_fields)
        self._update_fields()

    @Slot()
    def _update_fields(self) -> None:
        self.resolved_on.setEnabled(self.status.currentData() == SupportStatus.RESOLVED)

    def draft(self) -> support.SupportDraft:
        return support.SupportDraft(
            kind=self.kind.currentData(),
            opened_on=edit_date(self.opened_on),
            subject=self.subject.text(),
            description=self.description.toPlainText(),
            channel=self.channel.currentData(),
            person_id=self.person.currentData(),
            ticket_number=self.ticket.text(),
            status=self.status.currentData(),
            resolved_on=edit_date(self.resolved_on),
            answer=self.answer.toPlainText(),
        )

    @Slot()
    def accept(self) -> None:
        try:
            with self._db.transaction() as session:
                if self.request_id is None:
                    self.request_id = support.add_request(session, self.draft(), today=today()).id
                else:
                    assert self._version is not None
                    support.update_request(
                        session, self.request_id, self.draft(), self._version, today=today()
                    )
        except ValidationError as exc:
            if self._version is None:
                self.request_id = None
            show_errors(self.errors, self.summary, exc)
            return
        super().accept()


class ResolveDialog(QDialog):
    """Close a request: the answer (typed or taken from a template) and the date."""

    def __init__(self, db: Database, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resolve_dialog")
        self._db = db
        self.request_id = request_id
        self.days: int | None = None
        with db.session() as session:
            self._draft, self._version = support.load_request(session, request_id)
            self._templates = support.list_templates(session)
        self.setWindowTitle(self.tr("Resolved: {0}").format(self._draft.subject))
        self.setMinimumWidth(520)
        self.template = QComboBox()
        self.template.setObjectName("template")
        self.template.addItem(self.tr("— insert a template —"), None)
        for row in self._templates:
            self.template.addItem(row.title, row.id)
        self.template.activated.connect(self._insert_template)
        self.answer = _text_edit("answer", self._draft.answer, 160)
        self.resolved_on = date_edit(today(), "resolved_on")
        self.errors = {name: error_label(name) for name in ("answer", "resolved_on")}
        self.summary = error_label("summary")
        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow(self.tr("&Answer:"), self.answer)
        form.addRow("", self.errors["answer"])
        form.addRow(self.tr("&Resolved on:"), self.resolved_on)
        form.addRow("", self.errors["resolved_on"])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        self.buttons = ok_cancel_buttons(self)
        layout.addWidget(self.buttons)
        follow_layout(self)

    @Slot(int)
    def _insert_template(self, index: int) -> None:
        template_id = self.template.itemData(index)
        body = next((t.body for t in self._templates if t.id == template_id), None)
        if body:
            text = self.answer.toPlainText().rstrip()
            self.answer.setPlainText(f"{text}\n\n{body}" if text else body)

    @Slot()
    def accept(self) -> None:
        try:
            with self._db.transaction() as session:
                self.days = support.resolve_request(
                    session,
                    self.request_id,
                    self._version,
                    answer=self.answer.toPlainText(),
                    resolved_on=edit_date(self.resolved_on),
                    today=today(),
                )
        except ValidationError as exc:
            show_errors(self.errors, self.summary, exc)
            return
        super().accept()


class TemplateDialog(QDialog):
    """Add (``template_id`` None) or edit an answer template."""

    def __init__(
        self,
        db: Database,
        template: support.TemplateRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("template_dialog")
        self._db = db
        self._template = template
        self.template_id = template.id if template else None
        self.setWindowTitle(template.title if template else self.tr("New answer template"))
        self.setMinimumWidth(560)
        self.title = QLineEdit(template.title if template else "")
        self.title.setObjectName("title")
        self.body = _text_edit("body", template.body if template else "", 320)
        self.errors = {name: error_label(name) for name in ("title", "body")}
        self.summary = error_label("summary")
        form = QFormLayout()
        form.addRow(self.tr("T&itle:"), self.title)
        form.addRow("", self.errors["title"])
        form.addRow(self.tr("&Text:"), self.body)
        form.addRow("", self.errors["body"])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        self.buttons = ok_cancel_buttons(self)
        layout.addWidget(self.buttons)
        follow_layout(self)

    @Slot()
    def accept(self) -> None:
        title, body = self.title.text(), self.body.toPlainText()
        try:
            with self._db.transaction() as session:
                if self._template is None:
                    self.template_id = support.add_template(session, title, body).id
                else:
                    support.update_template(
                        session, self._template.id, title, body, self._template.version
                    )
        except ValidationError as exc:
            if self._template is None:
                self.template_id = None
            show_errors(self.errors, self.summary, exc)
            return
        super().accept()


def instruction_document(centre: str, title: str, body: str) -> QTextDocument:
    """The one-page instruction: the Centre's name as a heading, the template's title, and
    its text paragraph by paragraph."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    document = QTextDocument()
    document.setHtml(f"<h2>{html.escape(centre)}</h2><h3>{html.escape(title)}</h3>{paragraphs}")
    return document


def open_print_preview(parent: QWidget, centre: str, title: str, body: str) -> bool:
    """Show the instruction in a print preview on A4; True when the user printed it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("template_preview")
    dialog.setWindowTitle(title)
    document = instruction_document(centre, title, body)
    dialog.paintRequested.connect(document.print_)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
