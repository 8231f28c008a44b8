"""Dialogs that change one invite link: add (or replace) a link, hand it out, mark it used,
annul it."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...data.engine import Database
from ...data.models import HandoutMethod, InviteLink, InviteRole, PersonKind
from ...services import choices, listings
from ...services.invites import (
    HandoutDraft,
    InviteDraft,
    add_invite_link,
    annul_link,
    mark_used,
)
from ...services.invites import links as invite_links
from ...services.invites.links import active_link_for
from ...services.organisation import ValidationError
from ..form_dialog import FormDialog
from ..form_widgets import date_edit, edit_date, error_label, ok_cancel_buttons, show_errors
from ..movement.widgets import PersonPicker
from ..tab_order import follow_layout
from . import common


class AddInviteDialog(QDialog):
    """A link pasted from Sferum / VK Messenger / MAX for a class or a chat. After OK
    ``link_id`` is the new link's id."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add_invite_dialog")
        self.setWindowTitle(self.tr("Add an invite link"))
        self.setMinimumWidth(560)
        self._db = db
        self.link_id: int | None = None
        with db.session() as session:
            groups = choices.group_choices(session, with_staff_room=True)
            chats = [choices.Choice(row.id, row.title) for row in listings.list_chats(session)]

        self.to_class = QRadioButton(self.tr("C&lass"))
        self.to_class.setObjectName("to_class")
        self.to_chat = QRadioButton(self.tr("Ch&at"))
        self.to_chat.setObjectName("to_chat")
        self.to_class.setChecked(True)
        kind = QButtonGroup(self)
        kind.addButton(self.to_class)
        kind.addButton(self.to_chat)
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("group")
        for choice in groups:
            self.group_combo.addItem(choice.name, choice.id)
        self.chat_combo = QComboBox()
        self.chat_combo.setObjectName("chat")
        for choice in chats:
            self.chat_combo.addItem(choice.name, choice.id)
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in InviteRole:
            self.role.addItem(role.label, role)
        self.role.setCurrentIndex(self.role.findData(InviteRole.STUDENT))
        self.url = QLineEdit()
        self.url.setObjectName("url")
        self.url.setPlaceholderText(self.tr("Paste the link copied in Sferum, VK Messenger or MAX"))
        self.created_on = date_edit(common.today(), "created_on")
        self.has_expiry = QCheckBox(self.tr("&Expires on:"))
        self.has_expiry.setObjectName("has_expiry")
        self.expires_on = date_edit(common.today(), "expires_on")
        self.note = QLineEdit()
        self.note.setObjectName("note")

        self.errors = {
            name: error_label(name)
            for name in ("target", "role", "url", "created_on", "expires_on")
        }
        self.summary = error_label("summary")
        target_row = QHBoxLayout()
        target_row.addWidget(self.to_class)
        target_row.addWidget(self.to_chat)
        target_row.addStretch(1)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.has_expiry)
        expiry_row.addWidget(self.expires_on)
        expiry_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Leads to:"), target_row)
        form.addRow(self.tr("&Class:"), self.group_combo)
        form.addRow(self.tr("C&hat:"), self.chat_combo)
        form.addRow("", self.errors["target"])
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow("", self.errors["role"])
        form.addRow(self.tr("A&ddress:"), self.url)
        form.addRow("", self.errors["url"])
        form.addRow(self.tr("Created &on:"), self.created_on)
        form.addRow("", self.errors["created_on"])
        form.addRow("", expiry_row)
        form.addRow("", self.errors["expires_on"])
        form.addRow(self.tr("&Note:"), self.note)
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.to_class.toggled.connect(self._update_fields)
        self.has_expiry.toggled.connect(self._update_fields)
        self._update_fields()

    @Slot()
    def _update_fields(self) -> None:
        self.group_combo.setEnabled(self.to_class.isChecked())
        self.chat_combo.setEnabled(not self.to_class.isChecked())
        self.expires_on.setEnabled(self.has_expiry.isChecked())

    def draft(self) -> InviteDraft:
        combo = self.group_combo if self.to_class.isChecked() else self.chat_combo
        target = combo.currentData()
        return InviteDraft(
            url=self.url.text(),
            role=self.role.currentData(),
            group_id=target if self.to_class.isChecked() else None,
            chat_id=None if self.to_class.isChecked() else target,
            created_on=edit_date(self.created_on),
            expires_on=edit_date(self.expires_on) if self.has_expiry.isChecked() else None,
            note=self.note.text(),
        )

    def _confirm_replacing(self, draft: InviteDraft) -> bool:
        with self._db.session() as session:
            old = active_link_for(session, draft)
        if old is None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Replace the active link"),
            self.tr(
                "There already is an active link with this role:\n{0}\n\n"
                "It will be annulled («{1}») on {2}, and a Sferum task will remind you to"
                " revoke it in Sferum. Replace it?"
            ).format(
                old, invite_links.REPLACED_REASON, f"{draft.created_on or common.today():%d.%m.%Y}"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def accept(self) -> None:
        draft = self.draft()
        if (draft.group_id or draft.chat_id) is None:
            show_errors(
                self.errors,
                self.summary,
                ValidationError({"target": self.tr("Choose the class or the chat.")}),
            )
            return
        try:
            # Checked first, so a refused address is reported before any question.
            with self._db.session() as session:
                add_invite_link(session, draft, today=common.today())
                session.rollback()
        except ValidationError as exc:
            show_errors(self.errors, self.summary, exc)
            return
        if not self._confirm_replacing(draft):
            return
        try:
            with self._db.transaction() as session:
                self.link_id = add_invite_link(session, draft, today=common.today()).id
        except ValidationError as exc:
            show_errors(self.errors, self.summary, exc)
            return
        super().accept()


class HandoutDialog(QDialog):
    """Who received the link ``link_id`` (a person, a whole group or a free description),
    how and when."""

    def __init__(
        self, db: Database, link_id: int, link_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handout_dialog")
        self.setWindowTitle(self.tr("Hand out the link"))
        self.setMinimumWidth(560)
        self._db = db
        self._link_id = link_id
        with db.session() as session:
            link = session.get(InviteLink, link_id)
            assert link is not None
            self._kind = invite_links.recipient_kind(link.role)
            own_group = link.group_id or (link.chat.group_id if link.chat is not None else None)
            people = choices.person_choices(session, self._kind)
            groups = choices.group_choices(session, with_staff_room=True)

        intro = QLabel(link_text)
        intro.setWordWrap(True)
        self.to_person = QRadioButton(self.tr("&A person"))
        self.to_person.setObjectName("to_person")
        self.to_group = QRadioButton(self.tr("&The whole group"))
        self.to_group.setObjectName("to_group")
        self.to_text = QRadioButton(self.tr("&Others (describe)"))
        self.to_text.setObjectName("to_text")
        self.to_person.setChecked(True)
        kind = QButtonGroup(self)
        for button in (self.to_person, self.to_group, self.to_text):
            kind.addButton(button)
            button.toggled.connect(self._update_fields)
        self.person = PersonPicker(self)
        self.person.set_choices(people)
        only = {
            PersonKind.STUDENT: self.tr("Show everyone, not only students"),
            PersonKind.PARENT: self.tr("Show everyone, not only parents"),
            PersonKind.STAFF: self.tr("&Show everyone, not only staff"),
        }
        self.everyone = QCheckBox(only[self._kind])
        self.everyone.setObjectName("everyone")
        self.everyone.toggled.connect(self._reload_people)
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("group")
        for choice in groups:
            self.group_combo.addItem(choice.name, choice.id)
        if own_group is not None:  # the link's own class first: «the whole group» is usual
            self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(own_group)))
        self.recipient = QLineEdit()
        self.recipient.setObjectName("recipient_text")
        self.recipient.setPlaceholderText(self.tr("e.g. parents at the meeting on 12.09"))
        self.method = QComboBox()
        self.method.setObjectName("method")
        for method in HandoutMethod:
            self.method.addItem(method.label, method)
        self.handed_on = date_edit(common.today(), "handed_on")

        self.errors = {
            name: error_label(name)
            for name in ("recipient", "person_id", "group_id", "recipient_text", "handed_on")
        }
        self.summary = error_label("summary")
        form = QFormLayout()
        form.addRow(self.to_person, self.person)
        form.addRow("", self.everyone)
        form.addRow("", self.errors["person_id"])
        form.addRow(self.to_group, self.group_combo)
        form.addRow("", self.errors["group_id"])
        form.addRow(self.to_text, self.recipient)
        form.addRow("", self.errors["recipient_text"])
        form.addRow("", self.errors["recipient"])
        form.addRow(self.tr("&How:"), self.method)
        form.addRow(self.tr("&When:"), self.handed_on)
        form.addRow("", self.errors["handed_on"])
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        follow_layout(self)
        self._update_fields()

    @Slot(bool)
    def _reload_people(self, everyone: bool) -> None:
        with self._db.session() as session:
            people = choices.person_choices(session, None if everyone else self._kind)
        self.person.set_choices(people)

    @Slot()
    def _update_fields(self) -> None:
        self.person.setEnabled(self.to_person.isChecked())
        self.everyone.setEnabled(self.to_person.isChecked())
        self.group_combo.setEnabled(self.to_group.isChecked())
        self.recipient.setEnabled(self.to_text.isChecked())

    def draft(self) -> HandoutDraft:
        return HandoutDraft(
            method=self.method.currentData(),
            handed_on=edit_date(self.handed_on),
            person_id=self.person.person_id() if self.to_person.isChecked() else None,
            group_id=self.group_combo.currentData() if self.to_group.isChecked() else None,
            recipient_text=self.recipient.text() if self.to_text.isChecked() else "",
        )

    @Slot()
    def accept(self) -> None:
        try:
            with self._db.transaction() as session:
                invite_links.record_handout(
                    session, self._link_id, self.draft(), today=common.today()
                )
        except ValidationError as exc:
            show_errors(self.errors, self.summary, exc)
            return
        super().accept()


class AnnulInviteDialog(FormDialog):
    """Annul the link ``link_id`` on a date for a reason."""

    def __init__(
        self, db: Database, link_id: int, link_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, "annul_invite_dialog", parent)
        self.setWindowTitle(self.tr("Annul the link"))
        self.intro.setText(link_text)
        self._link_id = link_id
        self.annulled_on = date_edit(common.today(), "annulled_on")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. not claimed for 30 days"))
        self.add_row(self.tr("&Annulled on:"), self.annulled_on, "annulled_on")
        self.add_row(self.tr("&Reason:"), self.reason, "reason")

    def save(self, session: Session) -> None:
        annul_link(
            session,
            self._link_id,
            edit_date(self.annulled_on),
            self.reason.text(),
            today=common.today(),
        )


class MarkUsedDialog(FormDialog):
    """The link ``link_id`` has served its purpose (a one-time link was used) on a date."""

    def __init__(
        self, db: Database, link_id: int, link_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, "mark_used_dialog", parent)
        self.setWindowTitle(self.tr("The link is used"))
        self.intro.setText(link_text)
        self._link_id = link_id
        self.used_on = date_edit(common.today(), "used_on")
        self.add_row(self.tr("&Used on:"), self.used_on, "used_on")

    def save(self, session: Session) -> None:
        mark_used(session, self._link_id, edit_date(self.used_on), today=common.today())
