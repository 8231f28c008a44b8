"""Completing Sferum tasks applies their effect; grouping, overdue count, reopen, cancel."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import movement, sferum_tasks
from sferum_desk.services.invites.audit import annul_tasks_for
from sferum_desk.services.movement import EventDraft
from sferum_desk.services.organisation import ValidationError

from .conftest import TODAY
from .test_movement import ROBOTS1, ROBOTS2, group_id, new_person, person_id
from .ui_helpers import populate_small

D = dt.date
K = m.MovementKind


@pytest.fixture
def small_db(db: Database) -> Database:
    populate_small(db)
    return db


def _task_ids(s, event_id: int, kind: m.TaskKind | None = None) -> list[int]:  # noqa: ANN001
    query = select(m.SferumTask.id).where(m.SferumTask.movement_event_id == event_id)
    if kind is not None:
        query = query.where(m.SferumTask.kind == kind)
    return list(s.scalars(query.order_by(m.SferumTask.id)))


def _membership(s, pid: int) -> m.Membership | None:  # noqa: ANN001
    return s.scalar(select(m.Membership).where(m.Membership.person_id == pid))


def test_completing_hire_tasks_invites_and_verifies(small_db: Database) -> None:
    with small_db.transaction() as s:
        newcomer = new_person(s, m.PersonKind.STAFF, "Новикова", "Вера")
        hire = movement.record_event(
            s,
            EventDraft(K.STAFF_HIRED, newcomer, D(2026, 11, 9), position=m.StaffPosition.TEACHER),
            today=TODAY,
        )
        invite = _task_ids(s, hire.id, m.TaskKind.SEND_INVITE)
        sferum_tasks.complete_tasks(s, invite, D(2026, 11, 10), today=TODAY)
        assert _membership(s, newcomer).state == m.MembershipState.INVITED
        assert _membership(s, newcomer).invited_on == D(2026, 11, 10)
        verify = _task_ids(s, hire.id, m.TaskKind.VERIFY_TEACHER)
        sferum_tasks.complete_tasks(s, verify, D(2026, 11, 12), today=TODAY)
        membership = _membership(s, newcomer)
        assert membership.verified_teacher and membership.verified_on == D(2026, 11, 12)
        task = s.get(m.SferumTask, verify[0])
        assert (task.state, task.done_on) == (m.TaskState.DONE, D(2026, 11, 12))
        with pytest.raises(ValidationError, match="в будущем"):
            sferum_tasks.complete_tasks(s, invite, D(2026, 12, 1), today=TODAY)


def test_dismissal_revokes_admin_and_removes_after_the_last_class(small_db: Database) -> None:
    with small_db.transaction() as s:
        sidorova = person_id(s, "Сидорова Ольга")
        event = movement.record_event(
            s, EventDraft(K.STAFF_DISMISSED, sidorova, D(2026, 11, 10)), today=TODAY
        )
        revoke = _task_ids(s, event.id, m.TaskKind.REVOKE_ADMIN)
        assert len(revoke) == 1
        sferum_tasks.complete_tasks(s, revoke, D(2026, 11, 11), today=TODAY)
        assert not _membership(s, sidorova).is_extra_admin
        removals = _task_ids(s, event.id, m.TaskKind.REMOVE_FROM_CLASS)
        sferum_tasks.complete_tasks(s, removals, D(2026, 11, 12), today=TODAY)
        membership = _membership(s, sidorova)
        assert (membership.state, membership.removed_on) == (
            m.MembershipState.REMOVED,
            D(2026, 11, 12),
        )


def test_transfer_removal_keeps_a_student_who_still_has_a_class(small_db: Database) -> None:
    with small_db.transaction() as s:
        ezhov = person_id(s, "Ежов Максим")
        event = movement.record_event(
            s,
            EventDraft(
                K.STUDENT_TRANSFERRED,
                ezhov,
                D(2026, 11, 2),
                from_group_id=group_id(s, ROBOTS1),
                to_group_id=group_id(s, ROBOTS2),
            ),
            today=TODAY,
        )
        removal = [
            t
            for t in _task_ids(s, event.id, m.TaskKind.REMOVE_FROM_CLASS)
            if s.get(m.SferumTask, t).person_id == ezhov
        ]
        sferum_tasks.complete_tasks(s, removal, D(2026, 11, 3), today=TODAY)
        assert _membership(s, ezhov).state == m.MembershipState.JOINED


def test_groups_by_person_and_by_class_overdue_reopen_cancel(small_db: Database) -> None:
    with small_db.transaction() as s:
        smirnov = person_id(s, "Смирнов Глеб")
        # Entered on the day it took effect: due three days later, 05.11.
        event = movement.record_event(
            s, EventDraft(K.STUDENT_EXPELLED, smirnov, D(2026, 11, 2)), today=D(2026, 11, 2)
        )
        ids = _task_ids(s, event.id)
        # Two tasks seeded by populate_small are open and due before TODAY … one of them.
        before = sferum_tasks.overdue_count(s, TODAY)
        assert sferum_tasks.overdue_count(s, D(2026, 11, 6)) > sferum_tasks.overdue_count(
            s, D(2026, 11, 5)
        )
        by_person = sferum_tasks.open_task_groups(s, "person", TODAY)
        smirnov_group = next(g for g in by_person if g.key == smirnov)
        assert [i.kind for i in smirnov_group.items] == ["Исключить из класса", "Исключить из чата"]
        assert smirnov_group.overdue == 2 and smirnov_group.first_due == D(2026, 11, 5)
        by_class = sferum_tasks.open_task_groups(s, "group", TODAY)
        robots2 = next(g for g in by_class if g.title == ROBOTS2)
        assert len(robots2.items) == 4  # the student, two parents, and the seeded task

        sferum_tasks.complete_tasks(s, ids[:1], D(2026, 11, 4), today=TODAY)
        sferum_tasks.cancel_tasks(s, ids[1:2], "не нужно")
        assert sferum_tasks.overdue_count(s, TODAY) == before - 2
        titles = {
            i.title for g in sferum_tasks.open_task_groups(s, "person", TODAY) for i in g.items
        }
        assert s.get(m.SferumTask, ids[0]).title not in titles
        closed = sferum_tasks.open_task_groups(s, "person", TODAY, include_closed=True)
        states = {i.id: i.state for g in closed for i in g.items}
        assert (states[ids[0]], states[ids[1]]) == ("Выполнена", "Отменена")
        with pytest.raises(ValidationError, match="отменена"):
            sferum_tasks.complete_tasks(s, ids[1:2], TODAY, today=TODAY)
        sferum_tasks.reopen_task(s, ids[1])
        assert s.get(m.SferumTask, ids[1]).state == m.TaskState.OPEN
        assert sferum_tasks.overdue_count(s, TODAY) == before - 1


def test_completing_an_annul_task_annuls_its_link(small_db: Database) -> None:
    """The audit's «Аннулировать ссылку» task: once done in Sferum, the link is annulled."""
    with small_db.transaction() as s:
        link = s.scalar(select(m.InviteLink).where(m.InviteLink.state == m.InviteState.ACTIVE))
        assert link is not None
        assert annul_tasks_for(s, [link.id], TODAY) == 1
        task = s.scalar(
            select(m.SferumTask).where(
                m.SferumTask.invite_link_id == link.id,
                m.SferumTask.kind == m.TaskKind.ANNUL_INVITE,
            )
        )
        assert s.get(m.InviteLink, link.id).state == m.InviteState.ACTIVE
        sferum_tasks.complete_tasks(s, [task.id], TODAY, today=TODAY)
        annulled = s.get(m.InviteLink, link.id)
        assert (annulled.state, annulled.annulled_on) == (m.InviteState.ANNULLED, TODAY)
        assert annulled.annul_reason.startswith("аннулирована по задаче «Аннулировать ссылку")
