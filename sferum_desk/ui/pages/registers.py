"""The registers of the main window: which listing each shows, in which columns.

Headers are English source texts marked with ``QT_TRANSLATE_NOOP("Columns", ...)``; the
values are the plain fields of the ``services.listings`` rows.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...data.models import BroadcastStatus, ChatState, InviteState, TaskState
from ...services import listings
from ..table_model import Column, field
from .list_page import ListSpec


def phone_text(phone: str | None) -> str | None:
    """+79001234567 → +7 900 123-45-67."""
    if phone and re.fullmatch(r"\+7\d{10}", phone):
        d = phone[2:]
        return f"+7 {d[:3]} {d[3:6]}-{d[6:8]}-{d[8:]}"
    return phone


def _phone(record: Any) -> str | None:
    return phone_text(record.phone)


def _staff_status(row: listings.StaffRow) -> str:
    return (
        QCoreApplication.translate("Values", "Employed")
        if row.active
        else QCoreApplication.translate("Values", "Dismissed")
    )


def _student_status(row: listings.StudentRow) -> str:
    return (
        QCoreApplication.translate("Values", "Studying")
        if row.active
        else QCoreApplication.translate("Values", "Left")
    )


def _parent_status(row: listings.ParentRow) -> str:
    return (
        QCoreApplication.translate("Values", "Child studying")
        if row.active
        else QCoreApplication.translate("Values", "No child studying")
    )


def _target_kind(row: listings.InviteRow) -> str:
    return (
        QCoreApplication.translate("Values", "Chat")
        if row.target_is_chat
        else QCoreApplication.translate("Values", "Class")
    )


def _order_file(row: listings.OrderRow) -> str | None:
    """The order's file, flagged when it is recorded but no longer there."""
    if row.file_missing:
        return QCoreApplication.translate("Values", "⚠ not found: {0}").format(row.file_path)
    return row.file_path


def _not_active(row: Any) -> bool:
    return not row.active


C = Column
F = field

STAFF = ListSpec(
    name="staff",
    title=QT_TRANSLATE_NOOP("Pages", "Staff"),
    fetch=listings.list_staff,
    columns=(
        C(QT_TRANSLATE_NOOP("Columns", "Full name"), F("full_name")),
        C(QT_TRANSLATE_NOOP("Columns", "Position"), F("position")),
        C(QT_TRANSLATE_NOOP("Columns", "Phone"), _phone, sort_key=F("phone")),
        C(QT_TRANSLATE_NOOP("Columns", "E-mail"), F("email")),
        C(QT_TRANSLATE_NOOP("Columns", "Hired"), F("hired_on")),
        C(QT_TRANSLATE_NOOP("Columns", "Dismissed"), F("dismissed_on")),
        C(QT_TRANSLATE_NOOP("Columns", "Status"), _staff_status),
        C(QT_TRANSLATE_NOOP("Columns", "Sferum"), F("sferum_state")),
        C(QT_TRANSLATE_NOOP("Columns", "Verified teacher"), F("verified")),
        C(QT_TRANSLATE_NOOP("Columns", "Extra admin"), F("extra_admin")),
    ),
    choice_column=6,
    choice_label=QT_TRANSLATE_NOOP("Pages", "Status:"),
    muted=_not_active,
    empty_title=QT_TRANSLATE_NOOP("Pages", "No staff yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Pages", "Load the staff list from Excel or add the first person by hand."
    ),
)

STUDENTS = ListSpec(
    name="students",
    title=QT_TRANSLATE_NOOP("Pages", "Students"),
    fetch=listings.list_students,
    columns=(
        C(QT_TRANSLATE_NOOP("Columns", "Full name"), F("full_name")),
        C(QT_TRANSLATE_NOOP("Columns", "Birth date"), F("birth_date")),
        C(QT_TRANSLATE_NOOP("Columns", "Age"), F("age")),
        C(QT_TRANSLATE_NOOP("Columns", "Groups"), F("groups"), tooltip=True),
        C(QT_TRANSLATE_NOOP("Columns", "Parents"), F("parents"), tooltip=True),
        C(QT_TRANSLATE_NOOP("Columns", "Phone"), _phone, sort_key=F("phone")),
        C(QT_TRANSLATE_NOOP("Columns", "Consent"), F("consent")),
        C(QT_TRANSLATE_NOOP("Columns", "Sferum"), F("sferum_state")),
        C(QT_TRANSLATE_NOOP("Columns", "Status"), _student_status),
        C(QT_TRANSLATE_NOOP("Columns", "Left on"), F("left_on")),
    ),
    choice_column=8,
    choice_label=QT_TRANSLATE_NOOP("Pages", "Status:"),
    muted=_not_active,
    empty_title=QT_TRANSLATE_NOOP("Pages", "No students yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Pages",
        "Load the list from Excel, with their parents and groups, or add the first student.",
    ),
)

PARENTS = ListSpec(
    name="parents",
    title=QT_TRANSLATE_NOOP("Pages", "Parents"),
    fetch=listings.list_parents,
    columns=(
        C(QT_TRANSLATE_NOOP("Columns", "Full name"), F("full_name")),
        C(QT_TRANSLATE_NOOP("Columns", "Phone"), _phone, sort_key=F("phone")),
        C(QT_TRANSLATE_NOOP("Columns", "E-mail"), F("email")),
        C(QT_TRANSLATE_NOOP("Columns", "Children"), F("children"), tooltip=True),
        C(QT_TRANSLATE_NOOP("Columns", "Activist"), F("activist")),
        C(QT_TRANSLATE_NOOP("Columns", "Sferum"), F("sferum_state")),
        C(QT_TRANSLATE_NOOP("Columns", "Status"), _parent_status),
    ),
    choice_column=5,
    choice_label=QT_TRANSLATE_NOOP("Pages", "In Sferum:"),
    muted=_not_active,
    empty_title=QT_TRANSLATE_NOOP("Pages", "No parents yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Pages",
        "Parents come with the list of students from Excel; they can also be added one by one and "
        "linked to their children.",
    ),
)

MOVEMENT = ListSpec(
    name="movement",
    title=QT_TRANSLATE_NOOP("Pages", "Movement"),
    fetch=listings.list_movement,
    columns=(
        C(QT_TRANSLATE_NOOP("Columns", "Date"), F("effective_on")),
        C(QT_TRANSLATE_NOOP("Columns", "Event"), F("kind")),
        C(QT_TRANSLATE_NOOP("Columns", "Person"), F("person")),
        C(QT_TRANSLATE_NOOP("Columns", "From group"), F("from_group")),
        C(QT_TRANSLATE_NOOP("Columns", "To group"), F("to_group")),
        C(QT_TRANSLATE_NOOP("Columns", "Order"), F("order")),
        C(QT_TRANSLATE_NOOP("Columns", "Note"), F("note"), tooltip=True),
        C(QT_TRANSLATE_NOOP("Columns", "Cancelled on"), F("cancelled_on")),
    ),
    choice_column=1,
    choice_label=QT_TRANSLATE_NOOP("Pages", "Event:"),
    muted=lambda row: row.cancelled_on is not None,
    empty_title=QT_TRANSLATE_NOOP("Pages", "No movement yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Pages",
        "Every enrolment, transfer and expulsion of students and every hiring and dismissal of "
        "staff is recorded here with its order, and leaves the tasks to do in Sferum.",
    ),
)

INVITES = ListSpec(
    name="invites",
    title=QT_TRANSLATE_NOOP("Pages", "Invite links"),
    fetch=listings.list_invites,
    columns=(
        C(QT_TRANSLATE_NOOP("Columns", "Class or chat"), F("target")),
        C(QT_TRANSLATE_NOOP("Columns", "Target"), _target_kind),
        C(QT_TRANSLATE_NOOP("Columns", "Role"), F("role")),
        C(QT_TRANSLATE_NOOP("Columns", "Link"), F("url"), tooltip=True),
        C(QT_TRANSLATE_NOOP("Columns", "Created"), F("created_on")),
        C(QT_TRANSLATE_NOOP("Columns", "Expires"), F("expires_on")),
        C(QT_TRANSLATE_NOOP("Columns", "State"), F("state")),
        C(QT_TRANSLATE_NOOP("Columns", "Handed to"), F("handed_to"), tooltip=True),
        C(QT_TRANSLATE_NOOP("Columns", "How"), F("handed_how")),
        C(QT_TRANSLATE_NOOP("Columns", "Handed on"), F("handed_on")),
        C(QT_TRANSLATE_NOOP("Columns", "Used on"), F("used_on")),
        C(QT_TRANSLATE_NOOP("Columns", "Joined through it"), F("joined")),
        C(QT_TRANSLATE_NOOP("Columns", "Annulled on"), F("annulled_on")),
        C(QT_TRANSLATE_NOOP("Columns", "Annulment reason"), F("annul_reason"), tooltip=True),
    ),
    choice_column=6,
    choice_label=QT_TRANSLATE_NOOP("Pages", "State:"),
    muted=lambda row: row.state != InviteState.ACTIVE.label,
    empty_title=QT_TRANSLATE_NOOP("Pages", "No invite links yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Pages",
        "Create an invite link to a class or a chat in Sferum and add it here: the register "
        "remembers who got which link and prints the invitation lists.",
    ),
)

CHATS = ListSpec(
    name="chats",
    title=QT_TRANSLATE_NOOP("Pages", "Chats"),
    fetch=listings.list_chats,
    columns=(
        C(QT_TRANSLATE_NOOP("Columns", "Title"), F("title")),
        C(QT_TRANSLATE_NOOP("Columns", "Kind"), F("kind")),
        C(QT_TRANSLATE_NOOP("Columns", "Owner"), F("owner")),
        C(QT_TRANSLATE_NOOP("Columns", "Association"), F("association")),
        C(QT_TRANSLATE_NOOP("Columns", "Group"), F("group")),
        C(QT_TRANSLATE_NOOP("Columns", "Created"), F("created_on")),
        C(QT_TRANSLATE_NOOP("Columns", "Members"), F("member_count")),
        C(QT_TRANSLATE_NOOP("Columns", "State"), F("state")),
        C(QT_TRANSLATE_NOOP("Columns", "Invite link"), F("invite_url"), tooltip=True),
        C(QT_TRANSLATE_NOOP("Columns", "Link state"), F("invite_state")),
    ),
    choice_column=1,
    choice_label=QT_TRANSLATE_NOOP("Pages", "Kind:"),
    muted=lambda row: row.state == ChatState.ARCHIVED.label,
    empty_title=QT_TRANSLATE_NOOP("Pages", "No chats yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Pages",
        "Add the chats the regulation requires: the director with the deputies and the teachers, "
        "the teachers with their associations' students and parents. The check shows which are "
        "missing.",
    ),
)


def _channel_names(session: Any) -> list[str]:
    return [channel.name for channel in listings.list_channels(session)]


POSTS = ListSpec(
    name="posts",
    title=QT_TRANSLATE_NOOP("Pages", "Channels and posts"),
    fetch=listings.list_posts,
    columns=(
        C(QT_TRANSLATE_NOOP("Columns", "Planned for"), F("planned_at")),
        C(QT_TRANSLATE_NOOP("Columns", "Channel"), F("channel")),
        C(QT_TRANSLATE_NOOP("Columns", "Title"), F("title"), tooltip=True),
        C(QT_TRANSLATE_NOOP("Columns", "Status"), F("status")),
        C(QT_TRANSLATE_NOOP("Columns", "Published"), F("published_at")),
        C(QT_TRANSLATE_NOOP("Columns", "Provided by"), F("provided_by")),
        C(QT_TRANSLATE_NOOP("Columns", "Recurring"), F("recurring")),
    ),
    choice_column=1,
    choice_label=QT_TRANSLATE_NOOP("Pages", "Channel:"),
    choices=_channel_names,
    empty_title=QT_TRANSLATE_NOOP("Pages", "No posts yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Pages",
        "Plan the first post of a channel: the calendar shows the content plan and warns about "
        "overdue posts.",
    ),
)


def _took_part(row: listings.BroadcastRow) -> str | None:
    """«12 из 15» for an event with a list of invited people."""
    if not row.attendees:
        return None
    return QCoreApplication.translate("Values", "{0} of {1}").format(row.attended, row.attendees)


BROADCASTS = ListSpec(
    name="broadcasts",
    title=QT_TRANSLATE_NOOP("Pages", "Broadcasts and meetings"),
    fetch=listings.list_broadcasts,
    columns=(
        C(QT_TRANSLATE_NOOP("Columns", "Starts"), F("starts_at")),
        C(QT_TRANSLATE_NOOP("Columns", "Kind"), F("kind")),
        C(QT_TRANSLATE_NOOP("Columns", "Title"), F("title"), tooltip=True),
        C(QT_TRANSLATE_NOOP("Columns", "Minutes"), F("duration_min")),
        C(QT_TRANSLATE_NOOP("Columns", "Format"), F("format")),
        C(QT_TRANSLATE_NOOP("Columns", "Audience"), F("audience"), tooltip=True),
        C(QT_TRANSLATE_NOOP("Columns", "Responsible"), F("responsible")),
        C(QT_TRANSLATE_NOOP("Columns", "Status"), F("status")),
        C(QT_TRANSLATE_NOOP("Columns", "Place"), F("place")),
        C(QT_TRANSLATE_NOOP("Columns", "Planned attendance"), F("attendance_planned")),
        C(QT_TRANSLATE_NOOP("Columns", "Actual attendance"), F("attendance_actual")),
        C(QT_TRANSLATE_NOOP("Columns", "Took part"), _took_part),
        C(QT_TRANSLATE_NOOP("Columns", "Result"), F("result"), tooltip=True),
    ),
    choice_column=7,
    choice_label=QT_TRANSLATE_NOOP("Pages", "Status:"),
    muted=lambda row: row.status == BroadcastStatus.CANCELLED.label,
    empty_title=QT_TRANSLATE_NOOP("Pages", "No broadcasts or meetings yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Pages",
        "Plan a broadcast or an online meeting: its audience, the person responsible and, "
        "afterwards, who took part.",
    ),
)

TASKS = ListSpec(
    name="tasks",
    title=QT_TRANSLATE_NOOP("Pages", "Sferum tasks"),
    fetch=listings.list_tasks,
    columns=(
        C(QT_TRANSLATE_NOOP("Columns", "Due"), F("due_on")),
        C(QT_TRANSLATE_NOOP("Columns", "Task"), F("kind")),
        C(QT_TRANSLATE_NOOP("Columns", "Description"), F("title"), tooltip=True),
        C(QT_TRANSLATE_NOOP("Columns", "Person"), F("person")),
        C(QT_TRANSLATE_NOOP("Columns", "Class or chat"), F("target")),
        C(QT_TRANSLATE_NOOP("Columns", "State"), F("state")),
        C(QT_TRANSLATE_NOOP("Columns", "Overdue"), F("overdue")),
        C(QT_TRANSLATE_NOOP("Columns", "Done on"), F("done_on")),
    ),
    choice_column=5,
    choice_label=QT_TRANSLATE_NOOP("Pages", "State:"),
    muted=lambda row: row.state != TaskState.OPEN.label,
)

AUDIT = ListSpec(
    name="audit",
    title=QT_TRANSLATE_NOOP("Pages", "Change log"),
    fetch=listings.list_audit,
    columns=(
        C(QT_TRANSLATE_NOOP("Columns", "Time"), F("at")),
        C(QT_TRANSLATE_NOOP("Columns", "User"), F("os_user")),
        C(QT_TRANSLATE_NOOP("Columns", "Record"), F("entity")),
        C(
            QT_TRANSLATE_NOOP("Columns", "No."),
            F("entity_id"),
            sort_key=lambda r: _int(r.entity_id),
        ),
        C(QT_TRANSLATE_NOOP("Columns", "Action"), F("action")),
        C(QT_TRANSLATE_NOOP("Columns", "Changes"), F("changes"), tooltip=True),
        C(QT_TRANSLATE_NOOP("Columns", "Change batch"), F("batch"), tooltip=True),
    ),
    choice_column=2,
    choice_label=QT_TRANSLATE_NOOP("Pages", "Record:"),
    empty_title=QT_TRANSLATE_NOOP("Pages", "The change log is empty"),
    empty_text=QT_TRANSLATE_NOOP(
        "Pages",
        "Every change to the database appears here: who changed what and when. A whole change "
        "batch, such as an import, can be undone from here.",
    ),
)

ORDERS = ListSpec(
    name="orders",
    title=QT_TRANSLATE_NOOP("Pages", "Orders"),
    fetch=listings.list_orders,
    columns=(
        C(QT_TRANSLATE_NOOP("Columns", "Number"), F("number")),
        C(QT_TRANSLATE_NOOP("Columns", "Date"), F("issued_on")),
        C(QT_TRANSLATE_NOOP("Columns", "Title"), F("title"), tooltip=True),
        C(QT_TRANSLATE_NOOP("Columns", "Kind"), F("kind")),
        C(QT_TRANSLATE_NOOP("Columns", "File"), _order_file, sort_key=F("file_path"), tooltip=True),
    ),
    choice_column=3,
    choice_label=QT_TRANSLATE_NOOP("Pages", "Kind:"),
    empty_title=QT_TRANSLATE_NOOP("Pages", "No orders yet"),
    empty_text=QT_TRANSLATE_NOOP(
        "Pages",
        "Enter the order on using the Sferum platform and the order appointing the administrator: "
        "the organisation card and the registration application refer to them.",
    ),
)


def _int(text: str) -> int | str:
    return int(text) if text.isdigit() else text
