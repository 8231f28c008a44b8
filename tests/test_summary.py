"""The summary figures: head counts agree with ``stats.collect``, shares with the database."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import stats
from sferum_desk.services.chats import compliance_summary
from sferum_desk.services.summary import Share, month_of, summary_figures

from .conftest import TODAY


def test_share_is_a_fraction_and_zero_for_nobody() -> None:
    assert Share("x", 4, 1).share == 0.25
    assert Share("x", 0, 0).share == 0.0


def test_month_of() -> None:
    assert month_of(dt.date(2026, 2, 10)) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))


def test_figures_agree_with_stats_on_the_demo(demo_db: Database) -> None:
    with demo_db.session() as s:
        f = summary_figures(s, TODAY)
        counts = stats.collect(s, TODAY)
        joined_students = s.scalar(
            select(func.count(func.distinct(m.Enrolment.student_id)))
            .join(m.Membership, m.Membership.person_id == m.Enrolment.student_id)
            .where(
                m.Membership.state == m.MembershipState.JOINED,
                m.Enrolment.enrolled_on <= TODAY,
                (m.Enrolment.left_on.is_(None)) | (m.Enrolment.left_on > TODAY),
            )
        )
        required, _ = compliance_summary(s, TODAY)
    assert (f.start, f.end) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert [p.label for p in f.people] == ["Сотрудники", "Педагоги", "Обучающиеся", "Родители"]
    staff, teachers, students, parents = f.people
    assert (staff.total, students.total, parents.total) == (
        counts.staff,
        counts.students,
        counts.parents,
    )
    assert 0 < teachers.total < staff.total
    assert students.joined == joined_students
    assert all(0 <= p.joined <= p.total for p in f.people)
    assert len(f.associations) == counts.associations
    assert sum(d.total for d in f.directions) >= counts.students  # a child may be in two
    assert f.centre == "МБУ ДО ДЮЦ «Контакт»" and f.administrator
    assert f.chats_required == required
    assert f.links_unclaimed <= counts.invite_links["active"]
    planned = sum(c.planned for c in f.channels)
    assert planned == sum(n for c in f.channels for _, n in c.per_week)
    assert all(monday.weekday() == 0 for monday, _ in f.channels[0].per_week)


def test_period_counts_links_and_broadcasts(db: Database) -> None:
    with db.transaction() as s:
        staff_room = s.scalar(select(m.Group).where(m.Group.kind == m.GroupKind.STAFF_ROOM))
        for n, (created, state) in enumerate(
            [
                (dt.date(2026, 11, 2), m.InviteState.ACTIVE),  # in the period, fresh
                (dt.date(2026, 10, 1), m.InviteState.ACTIVE),  # old: unclaimed
                (dt.date(2026, 10, 2), m.InviteState.ANNULLED),
            ]
        ):
            s.add(
                m.InviteLink(
                    url=f"https://sferum.ru/?invite={n}",
                    group_id=staff_room.id,
                    role=[m.InviteRole.STAFF, m.InviteRole.ADMIN, m.InviteRole.TEACHER][n],
                    state=state,
                    created_on=created,
                    annulled_on=dt.date(2026, 11, 5) if state == m.InviteState.ANNULLED else None,
                )
            )
        s.add(
            m.Broadcast(
                kind=m.BroadcastKind.BROADCAST,
                title="Линейка",
                starts_at=dt.datetime(2026, 11, 3, 10, 0),
                audience=m.Audience.ALL,
                status=m.BroadcastStatus.HELD,
                attendance_actual=40,
            )
        )
        s.add(
            m.Broadcast(
                kind=m.BroadcastKind.ONLINE_MEETING,
                title="Совещание",
                starts_at=dt.datetime(2026, 11, 18, 15, 0),
                audience=m.Audience.STAFF,
            )
        )
    with db.session() as s:
        f = summary_figures(s, TODAY)
        october = summary_figures(s, TODAY, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert (f.links_issued, f.links_annulled, f.links_unclaimed) == (1, 1, 1)
    assert (october.links_issued, october.links_annulled) == (2, 0)
    assert (f.broadcasts_held, f.meetings_held, f.attendance) == (1, 0, 40)
    assert f.broadcasts_this_week == 1
    assert october.broadcasts_held == 0
