"""The broadcast/meeting dialog (add or edit) and the «Проведено» dialog (attendance,
result, who of the invited took part)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...data.engine import Database
from ...data.models import Audience, BroadcastFormat, BroadcastKind, PersonKind
from ...services import broadcasts as service
from ...services import choices, listings
from ...services.clock import centre_now
from ...services.organisation import ValidationError
from ..form_widgets import error_label, ok_cancel_buttons, show_errors, with_mnemonic
from ..people.common import fill_combo, select_data
from ..tab_order import follow_layout

# Kinds whose invited people are listed one by one, so attendance is per person.
PERSONAL_KINDS = (BroadcastKind.SEMINAR, BroadcastKind.ADMIN_MEETING)
# The audience check boxes' Alt+letters (their texts are the categories' own labels).
_AUDIENCE_KEYS = {
    Audience.STAFF: "т",
    Audience.STUDENTS: "б",
    Audience.PARENTS: "р",
    Audience.ADMINISTRATION: "д",
    Audience.ALL: "у",
}


def _check_list(name: str, items: list[tuple[int, str]], checked: set[int]) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    for item_id, text in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, item_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def checked_ids(widget: QListWidget) -> set[int]:
    return {
        int(widget.item(n).data(Qt.ItemDataRole.UserRole))
        for n in range(widget.count())
        if widget.item(n).checkState() == Qt.CheckState.Checked
    }


def set_checked(widget: QListWidget, ids: set[int]) -> None:
    for n in range(widget.count()):
        item = widget.item(n)
        on = int(item.data(Qt.ItemDataRole.UserRole)) in ids
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def _number(text: str) -> int | None:
    """«» → None; «12» → 12; anything else → ValueError."""
    text = text.strip()
    return int(text) if text else None


class BroadcastDialog(QDialog):
    """Add (``broadcast_id`` None) or edit a broadcast, meeting or seminar. After OK
    ``broadcast_id`` is the stored record's id."""

    FIELDS = (
        "kind",
        "title",
        "starts_at",
        "duration_min",
        "format",
        "audience",
        "responsible_id",
        "url",
        "place",
        "attendance_planned",
        "attendees",
    )

    def __init__(
        self,
        db: Database,
        broadcast_id: int | None = None,
        parent: QWidget | None = None,
        *,
        start: dt.datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("broadcast_dialog")
        self._db = db
        self.broadcast_id = broadcast_id
        self._version: int | None = None
        with db.session() as session:
            if broadcast_id is None:
                draft = service.BroadcastDraft(
                    starts_at=start or dt.datetime.combine(dt.date.today(), dt.time(15, 0))
                )
                invited: set[int] = set()
            else:
                draft, self._version = service.load_broadcast(session, broadcast_id)
                invited = {a.person_id for a in service.list_attendees(session, broadcast_id)}
            staff = choices.person_choices(session, PersonKind.STAFF)
            groups = choices.group_choices(session, with_staff_room=True)
            channels = listings.list_channels(session)
        self.setWindowTitle(
            self.tr("New broadcast or meeting") if broadcast_id is None else draft.title
        )
        self.setMinimumWidth(620)

        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in BroadcastKind:
            self.kind.addItem(kind.label, kind)
        select_data(self.kind, draft.kind)
        self.format = QComboBox()
        self.format.setObjectName("format")
        for fmt in BroadcastFormat:
            self.format.addItem(fmt.label, fmt)
        select_data(self.format, draft.format)
        self.title = QLineEdit(draft.title)
        self.title.setObjectName("title")
        self.starts_at = QDateTimeEdit()
        self.starts_at.setObjectName("starts_at")
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.starts_at.setDateTime(QDateTime(draft.starts_at or centre_now()))
        self.duration = QSpinBox()
        self.duration.setObjectName("duration_min")
        self.duration.setRange(0, 9999)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(draft.duration_min or 0)
        self.categories: dict[Audience, QCheckBox] = {}
        category_row = QHBoxLayout()
        for audience in Audience:
            box = QCheckBox(with_mnemonic(audience.label, _AUDIENCE_KEYS[audience]))
            box.setObjectName(f"audience_{audience.value}")
            box.setChecked(audience in draft.audiences)
            self.categories[audience] = box
            category_row.addWidget(box)
        category_row.addStretch(1)
        self.groups = _check_list("groups", [(g.id, g.name) for g in groups], draft.group_ids)
        self.channels = _check_list(
            "channels", [(c.id, c.name) for c in channels], draft.channel_ids
        )
        for widget in (self.groups, self.channels):
            widget.setMaximumHeight(110)
        self.responsible = QComboBox()
        self.responsible.setObjectName("responsible")
        fill_combo(self.responsible, staff, "—")
        select_data(self.responsible, draft.responsible_id)
        self.url = QLineEdit(draft.url)
        self.url.setObjectName("url")
        self.url.setPlaceholderText("https://…")
        self.place = QLineEdit(draft.place)
        self.place.setObjectName("place")
        self.planned = QLineEdit(
            "" if draft.attendance_planned is None else str(draft.attendance_planned)
        )
        self.planned.setObjectName("attendance_planned")
        self.attendees_label = QLabel(self.tr("&Invited people:"))
        self.attendees = _check_list("attendees", [(p.id, p.name) for p in staff], invited)
        self.attendees_label.setBuddy(self.attendees)
        self.attendees.setMaximumHeight(130)
        self.note = QLineEdit(draft.note)
        self.note.setObjectName("note")

        self.errors = {name: error_label(name) for name in self.FIELDS}
        self.summary = error_label("summary")
        audience_box = QVBoxLayout()
        audience_box.addLayout(category_row)
        lists = QHBoxLayout()
        lists.addWidget(self.groups)
        lists.addWidget(self.channels)
        audience_box.addLayout(lists)
        form = QFormLayout()
        rows = (
            (self.tr("&Kind:"), self.kind, "kind"),
            (self.tr("&Title:"), self.title, "title"),
            (self.tr("&Starts:"), self.starts_at, "starts_at"),
            (self.tr("&Duration:"), self.duration, "duration_min"),
            (self.tr("&Format:"), self.format, "format"),
            (self.tr("Audience:"), audience_box, "audience"),
            (self.tr("&Responsible:"), self.responsible, "responsible_id"),
            (self.tr("&Link:"), self.url, "url"),
            (self.tr("&Place:"), self.place, "place"),
            (self.tr("&Expected participants:"), self.planned, "attendance_planned"),
        )
        for text, widget, name in rows:
            form.addRow(text, widget)
            form.addRow("", self.errors[name])
        form.addRow(self.attendees_label, self.attendees)
        form.addRow("", self.errors["attendees"])
        form.addRow(self.tr("&Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        self.buttons = ok_cancel_buttons(self)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._update_fields)
        self._update_fields()

    @Slot()
    def _update_fields(self) -> None:
        personal = self.kind.currentData() in PERSONAL_KINDS
        self.attendees_label.setVisible(personal)
        self.attendees.setVisible(personal)

    def draft(self) -> service.BroadcastDraft:
        """The form as a draft; raises ValidationError for a non-numeric field."""
        try:
            planned = _number(self.planned.text())
        except ValueError:
            raise ValidationError(
                {"attendance_planned": self.tr("Enter the number of participants in digits.")}
            ) from None
        return service.BroadcastDraft(
            kind=self.kind.currentData(),
            format=self.format.currentData(),
            title=self.title.text(),
            starts_at=self.starts_at.dateTime().toPython().replace(second=0, microsecond=0),  # type: ignore[union-attr]
            duration_min=self.duration.value(),
            audiences={a for a, box in self.categories.items() if box.isChecked()},
            group_ids=checked_ids(self.groups),
            channel_ids=checked_ids(self.channels),
            responsible_id=self.responsible.currentData(),
            url=self.url.text(),
            place=self.place.text(),
            attendance_planned=planned,
            note=self.note.text(),
        )

    @Slot()
    def accept(self) -> None:
        try:
            draft = self.draft()
            personal = draft.kind in PERSONAL_KINDS
            with self._db.transaction() as session:
                if self.broadcast_id is None:
                    self.broadcast_id = service.add_broadcast(session, draft).id
                else:
                    assert self._version is not None
                    service.update_broadcast(session, self.broadcast_id, draft, self._version)
                if personal:
                    service.set_attendees(session, self.broadcast_id, checked_ids(self.attendees))
        except ValidationError as exc:
            if self._version is None:
                self.broadcast_id = None
            show_errors(self.errors, self.summary, exc)
            return
        super().accept()


class HeldDialog(QDialog):
    """Mark ``broadcast_id`` held: actual attendance, a short result and, when people were
    invited one by one, who of them took part."""

    def __init__(self, db: Database, broadcast_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("held_dialog")
        self._db = db
        self.broadcast_id = broadcast_id
        with db.session() as session:
            draft, self._version = service.load_broadcast(session, broadcast_id)
            invited = service.list_attendees(session, broadcast_id)
            old_actual, old_result = service.held_values(session, broadcast_id)
        self.setWindowTitle(self.tr("Held: {0}").format(draft.title))
        self.setMinimumWidth(480)
        self.attendance = QLineEdit("" if old_actual is None else str(old_actual))
        self.attendance.setObjectName("attendance")
        self.attendance.setPlaceholderText(self.tr("empty: count the marked people"))
        self.result_edit = QPlainTextEdit(old_result or "")
        self.result_edit.setObjectName("result")
        self.result_edit.setMaximumHeight(100)
        self.attendees = _check_list(
            "attendees",
            [(a.person_id, a.name) for a in invited],
            {a.person_id for a in invited if a.attended},
        )
        self.errors = {name: error_label(name) for name in ("status", "attendance", "result")}
        self.summary = error_label("summary")
        form = QFormLayout()
        form.addRow("", self.errors["status"])
        form.addRow(self.tr("&Participants:"), self.attendance)
        form.addRow("", self.errors["attendance"])
        form.addRow(self.tr("&Result:"), self.result_edit)
        form.addRow("", self.errors["result"])
        if invited:
            form.addRow(self.tr("&Took part:"), self.attendees)
        else:
            self.attendees.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        self.buttons = ok_cancel_buttons(self)
        layout.addWidget(self.buttons)
        follow_layout(self)

    @Slot()
    def accept(self) -> None:
        try:
            try:
                attendance = _number(self.attendance.text())
            except ValueError:
                raise ValidationError(
                    {"attendance": self.tr("Enter the number of participants in digits.")}
                ) from None
            with self._db.transaction() as session:
                service.mark_held(
                    session,
                    self.broadcast_id,
                    self._version,
                    attendance=attendance,
                    result=self.result_edit.toPlainText(),
                    attended_ids=checked_ids(self.attendees) if self.attendees.count() else None,
                )
        except ValidationError as exc:
            show_errors(self.errors, self.summary, exc)
            return
        super().accept()
