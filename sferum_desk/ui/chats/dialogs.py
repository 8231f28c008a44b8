"""Dialogs that change one chat: add or edit it (errors under each field), archive it."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...data.engine import Database
from ...data.models import ChatKind, ChatState, PersonKind
from ...services import chats, choices
from ...services.organisation import ValidationError
from ..form_dialog import FormDialog
from ..form_widgets import date_edit, edit_date, error_label, ok_cancel_buttons, show_errors
from ..movement.widgets import PersonPicker
from ..tab_order import follow_layout
from . import common

_FIELDS = (
    "kind",
    "title",
    "owner_id",
    "association_id",
    "group_id",
    "created_on",
    "member_count",
    "state",
    "note",
)
_MAX_MEMBERS = 100_000


class ChatDialog(QDialog):
    """A new chat (``chat_id`` None) or an existing one. After OK ``chat_id`` is the
    stored chat's id."""

    def __init__(
        self, db: Database, chat_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chat_dialog")
        self.setWindowTitle(self.tr("Edit the chat") if chat_id else self.tr("New chat"))
        self.setMinimumWidth(560)
        self._db = db
        self.chat_id = chat_id
        self._version = 0
        draft = chats.ChatDraft(created_on=common.today())
        with db.session() as session:
            if chat_id is not None:
                draft, self._version = chats.load_chat(session, chat_id)
            staff = choices.person_choices(session, PersonKind.STAFF)
            associations = chats.association_choices(session, draft.association_id)
            self._groups = chats.association_groups(session, draft.group_id)

        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in ChatKind:
            self.kind.addItem(kind.label, kind)
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("As the chat is named in Sferum"))
        self.owner = PersonPicker(self, none_text=self.tr("— no owner —"))
        self.owner.setObjectName("owner")
        self.owner.set_choices(staff, keep=draft.owner_id)
        self.association = QComboBox()
        self.association.setObjectName("association")
        self.association.addItem(self.tr("— none —"), None)
        for choice in associations:
            self.association.addItem(choice.name, choice.id)
        self.group = QComboBox()
        self.group.setObjectName("group")
        self.has_created = QCheckBox(self.tr("&Created on:"))
        self.has_created.setObjectName("has_created")
        self.created_on = date_edit(draft.created_on or common.today(), "created_on")
        self.members = QSpinBox()
        self.members.setObjectName("member_count")
        self.members.setRange(-1, _MAX_MEMBERS)
        self.members.setSpecialValueText(self.tr("not known"))
        self.state = QComboBox()
        self.state.setObjectName("state")
        for state in ChatState:
            self.state.addItem(state.label, state)
        self.note = QLineEdit()
        self.note.setObjectName("note")

        self.errors = {name: error_label(name) for name in _FIELDS}
        self.summary = error_label("summary")
        created_row = QHBoxLayout()
        created_row.addWidget(self.has_created)
        created_row.addWidget(self.created_on)
        created_row.addStretch(1)
        form = QFormLayout()
        for text, widget, name in (
            (self.tr("&Kind:"), self.kind, "kind"),
            (self.tr("&Title:"), self.title, "title"),
            (self.tr("&Owner:"), self.owner, "owner_id"),
            (self.tr("&Association:"), self.association, "association_id"),
            (self.tr("&Group:"), self.group, "group_id"),
            ("", created_row, "created_on"),
            (self.tr("&Members:"), self.members, "member_count"),
            (self.tr("&State:"), self.state, "state"),
            (self.tr("&Note:"), self.note, "note"),
        ):
            form.addRow(text, widget)
            form.addRow("", self.errors[name])
        form.labelForField(self.owner).setBuddy(self.owner.filter_edit)
        self.buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        follow_layout(self)

        self._show(draft)
        self.association.currentIndexChanged.connect(self._fill_groups)
        self.has_created.toggled.connect(self.created_on.setEnabled)

    def _show(self, draft: chats.ChatDraft) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
        self.title.setText(draft.title)
        self.association.setCurrentIndex(max(0, self.association.findData(draft.association_id)))
        self._fill_groups()
        self.group.setCurrentIndex(max(0, self.group.findData(draft.group_id)))
        self.has_created.setChecked(draft.created_on is not None)
        self.created_on.setEnabled(draft.created_on is not None)
        self.members.setValue(-1 if draft.member_count is None else draft.member_count)
        self.state.setCurrentIndex(max(0, self.state.findData(draft.state)))
        if self.chat_id is not None and draft.state == ChatState.ACTIVE:
            # archiving has its own dialog: the date and tasks to annul the links
            self.state.setEnabled(False)
            self.state.setToolTip(self.tr("To archive the chat use «Archive…» on the page."))
        self.note.setText(draft.note)

    @Slot()
    def _fill_groups(self, *_args: object) -> None:
        """Only the groups of the chosen association."""
        current = self.group.currentData()
        self.group.clear()
        self.group.addItem(self.tr("— whole association —"), None)
        for choice in self._groups.get(self.association.currentData(), []):
            self.group.addItem(choice.name, choice.id)
        self.group.setCurrentIndex(max(0, self.group.findData(current)))
        self.group.setEnabled(self.association.currentData() is not None)

    def draft(self) -> chats.ChatDraft:
        members = self.members.value()
        return chats.ChatDraft(
            kind=self.kind.currentData(),
            title=self.title.text(),
            owner_id=self.owner.person_id(),
            association_id=self.association.currentData(),
            group_id=self.group.currentData(),
            created_on=edit_date(self.created_on) if self.has_created.isChecked() else None,
            member_count=None if members < 0 else members,
            state=self.state.currentData(),
            note=self.note.text(),
        )

    @Slot()
    def accept(self) -> None:
        draft = self.draft()
        try:
            with self._db.transaction() as session:
                if self.chat_id is None:
                    self.chat_id = chats.add_chat(session, draft, common.today())
                else:
                    chats.update_chat(session, self.chat_id, draft, self._version, common.today())
        except ValidationError as exc:
            show_errors(self.errors, self.summary, exc)
            return
        super().accept()


class ArchiveChatDialog(FormDialog):
    """Move a chat to the archive on a date; its active invite links get annulment tasks.
    After OK ``tasks`` is how many were created."""

    def __init__(
        self, db: Database, chat_id: int, chat_title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, "archive_chat_dialog", parent)
        self.setWindowTitle(self.tr("Archive the chat"))
        self.intro.setText(
            self.tr(
                "The chat «{0}» will be marked archived. A Sferum task «Annul the link» is "
                "created for each of its active invite links."
            ).format(chat_title)
        )
        self._chat_id = chat_id
        self.tasks = 0
        self.on = date_edit(common.today(), "on")
        self.add_row(self.tr("&Archived on:"), self.on, "on")

    def save(self, session: Session) -> None:
        self.tasks = chats.archive_chat(session, self._chat_id, edit_date(self.on), common.today())
