"""The administrator's task list: what the movement, the audits and the requests asked for."""

from __future__ import annotations

import datetime as dt

from ...data import bulk
from ...data.models import (
    Chat,
    ChatKind,
    Group,
    MembershipState,
    MovementEvent,
    MovementKind,
    Person,
    SferumClassState,
    SferumTask,
    TaskKind,
    TaskState,
)
from ..organisation import STAFF_ROOM_NAME
from .builder import Builder, Pupil, days


def _task(
    b: Builder,
    kind: TaskKind,
    what: str,
    *,
    done: dt.date | None = None,
    cancelled: str | None = None,
    **fields: object,
) -> None:
    state = TaskState.OPEN
    if done is not None:
        state, done = TaskState.DONE, min(done, b.today)
    elif cancelled is not None:
        state, fields["note"] = TaskState.CANCELLED, cancelled
    b.tasks.append(
        SferumTask(kind=kind, title=f"{kind.label}: {what}", state=state, done_on=done, **fields)
    )


def _about(
    b: Builder,
    kind: TaskKind,
    person: Person,
    where: Group | Chat | None = None,
    *,
    done: dt.date | None = None,
    cancelled: str | None = None,
    **fields: object,
) -> None:
    """A task about ``person`` alone, or about them in a class or a chat, titled by both."""
    what = person.full_name
    if isinstance(where, Chat):
        what, fields["chat"] = f"{what} — {where.title}", where
    elif where is not None:
        place = STAFF_ROOM_NAME if where is b.staff_room else where.sferum_class_name
        what, fields["group"] = f"{what} — {place}", where
    _task(b, kind, what, done=done, cancelled=cancelled, person=person, **fields)


def tasks(b: Builder) -> None:
    b.tasks = []
    cancelled_one = False
    for pupil in b.students:
        cancelled_one = _pupil_tasks(b, pupil, cancelled_one)
    _staff_tasks(b)
    _sferum_tasks(b)
    bulk.attach_inserted(b.s, [t.movement_event for t in b.tasks if t.movement_event])
    b.s.add_all(b.tasks)


def _removal(b: Builder, person: Person, ev: MovementEvent, done: dt.date | None) -> None:
    """Remove ``person`` from the class ``ev`` took them out of, within three days."""
    due = ev.effective_on + days(3)
    _about(
        b,
        TaskKind.REMOVE_FROM_CLASS,
        person,
        ev.from_group,
        movement_event=ev,
        due_on=due,
        done=done,
    )


def _pupil_tasks(b: Builder, pupil: Pupil, cancelled_one: bool) -> bool:
    """Invitations after enrolments and transfers, removals after transfers and expulsions;
    returns whether an invitation has been cancelled yet (the demo shows one)."""
    kind, today = TaskKind, b.today
    active = (MembershipState.INVITED, MembershipState.REQUESTED, MembershipState.JOINED)
    p, m = pupil.person, b.members.get(pupil.person)
    reached = m.invited_on or m.requested_on or m.joined_on if m else None
    for ev in pupil.enrol_events + ([pupil.transfer_event] if pupil.transfer_event else []):
        if ev.effective_on in b.bulk_days or ev.to_group is None:
            continue  # September invitations went out on printed sheets
        done = reached if m and m.state in active else None
        due = ev.effective_on + days(3)
        _about(b, kind.SEND_INVITE, p, ev.to_group, movement_event=ev, due_on=due, done=done)
    transfer = pupil.transfer_event
    if transfer and transfer.from_group:
        on = transfer.effective_on
        _removal(b, p, transfer, done=on + days(2) if on + days(7) < today else None)
    expel = pupil.expel_event
    if expel and expel.from_group:
        chat = b.chats.get((pupil.places[0][0].assoc, ChatKind.ASSOCIATION_STUDENTS))
        removed = m.removed_on if m and m.state == MembershipState.REMOVED else None
        if m and m.state in (MembershipState.JOINED, MembershipState.REMOVED):
            _removal(b, p, expel, done=removed)
            if chat is not None:
                _about(b, kind.REMOVE_FROM_CHAT, p, chat, movement_event=expel, done=removed)
        elif not cancelled_one:
            cancelled_one = True
            _about(
                b,
                kind.SEND_INVITE,
                p,
                expel.from_group,
                movement_event=pupil.enrol_events[0],
                cancelled="Обучающийся отчислен до вступления в Сферум",
            )
    return cancelled_one


def _staff_tasks(b: Builder) -> None:
    kind, room, dismissed = TaskKind, b.staff_room, MovementKind.STAFF_DISMISSED
    leaver, successor = b.leaver.person, b.successor.person
    ev = b.leaver.events[dismissed]
    _about(
        b, kind.REMOVE_FROM_CLASS, leaver, room, movement_event=ev, due_on=ev.effective_on + days(3)
    )
    _about(
        b,
        kind.REMOVE_FROM_CHAT,
        leaver,
        b.chats[(-1, ChatKind.DIRECTOR_TEACHERS)],
        movement_event=ev,
    )
    for chat_kind, done in (
        (ChatKind.ASSOCIATION_STUDENTS, b.successor.hired_on),
        (ChatKind.ASSOCIATION_PARENTS, None),
    ):
        chat = b.chats[(b.leaver_idx, chat_kind)]
        _task(
            b,
            kind.REOWN_CHAT,
            f"{chat.title} → {successor.short_name}",
            person=successor,
            chat=chat,
            movement_event=ev,
            done=done,
            note=f"Владелец чата уволен, новый владелец — {successor.full_name}",
        )
    for st in (b.left_methodist, b.left_organiser):
        ev, m = st.events[dismissed], b.members.get(st.person)
        if st is b.left_methodist:
            _about(b, kind.REVOKE_ADMIN, st.person, movement_event=ev, done=ev.effective_on)
        done = m.removed_on if m else ev.effective_on
        _about(b, kind.REMOVE_FROM_CLASS, st.person, room, movement_event=ev, done=done)
    for st in (b.successor, b.newcomer, b.new_organiser):
        _about(
            b,
            kind.SEND_INVITE,
            st.person,
            room,
            movement_event=st.events[MovementKind.STAFF_HIRED],
            done=b.members[st.person].invited_on,
            invite_link=st.link or b.staff_link,
        )
    newcomer = b.newcomer.person
    _about(b, kind.VERIFY_TEACHER, newcomer, done=b.members[newcomer].verified_on)
    ev, moved = b.moved.events[MovementKind.STAFF_TRANSFERRED], b.moved.person
    _task(
        b,
        kind.OTHER,
        f"обновить должность в профиле Сферума — {moved.full_name}",
        person=moved,
        movement_event=ev,
        done=ev.effective_on + days(1),
    )
    for st in b.unverified:
        due = b.today + days(b.rng.randint(2, 7))
        _about(b, kind.VERIFY_TEACHER, st.person, due_on=due)
    for st in b.extra_admins:
        _about(b, kind.GRANT_ADMIN, st.person, done=st.admin_since)


def _sferum_tasks(b: Builder) -> None:
    """Classes to create and archive, leaked links, requests to accept, chats to create."""
    kind, today = TaskKind, b.today
    for slot in b.slots:
        if slot.group.sferum_state == SferumClassState.NOT_CREATED:
            due = b.ys + days(14)
            _task(b, kind.CREATE_CLASS, slot.group.sferum_class_name, group=slot.group, due_on=due)
    for group, _slot in b.prev_groups:
        done = b.between(b.prev_year.ends_on - days(3), b.ys + days(5))
        _task(b, kind.ARCHIVE_CLASS, group.sferum_class_name, group=group, done=done)
    for row in b.annulled:
        target = row.group.sferum_class_name if row.group else row.chat.title if row.chat else ""
        _task(
            b,
            kind.ANNUL_INVITE,
            f"{target} ({row.role.label})",
            invite_link=row,
            group=row.group,
            chat=row.chat,
            done=row.annulled_on,
        )
    for request in b.pending:
        target = request.group.sferum_class_name if request.group else ""
        _task(
            b,
            kind.ACCEPT_REQUEST,
            f"{request.applicant_name} — {target}",
            person=request.person,
            group=request.group,
            due_on=request.received_on + days(3),
        )
    names = [a.name for a in b.associations]
    due = today + days(b.rng.randint(3, 10))
    _task(b, kind.CREATE_CHAT, f"{names[b.no_chats]} — обучающиеся", due_on=due)
    _task(
        b,
        kind.CREATE_CHAT,
        f"{names[b.no_parents_chat]} — родители",
        cancelled="Отложено до выборов родительского комитета объединения",
    )
