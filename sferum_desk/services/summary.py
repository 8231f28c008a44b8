"""The figures of the «Сводный отчёт об использовании ИКОП «Сферум»» and of the Обзор page.

One function, :func:`summary_figures`, reads everything the director's summary shows for a
date and a period; the Excel report, the CLI and the dashboard all call it, so they agree.
Head counts are taken on the date ``on`` and agree with :func:`services.stats.collect`;
links, posts and broadcasts are counted over the period (the month of ``on`` by default).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from ..data.models import (
    Association,
    Broadcast,
    BroadcastKind,
    BroadcastStatus,
    Channel,
    Direction,
    DirectionKind,
    Employment,
    Group,
    GroupKind,
    InviteLink,
    InviteState,
    Membership,
    MembershipState,
    Organisation,
    ParentLink,
    Person,
    PersonKind,
    Post,
    PostStatus,
    StaffPosition,
)
from .chats import compliance_summary
from .clock import day_start, local
from .settings import invite_unclaimed_days
from .stats import active_enrolments, active_staff_ids

PEOPLE_LABELS = ("Сотрудники", "Педагоги", "Обучающиеся", "Родители")
_DIRECTION_ORDER = {kind: index for index, kind in enumerate(DirectionKind)}


@dataclass(frozen=True)
class Share:
    """How many there are, how many of them joined Sferum, and the share."""

    label: str
    total: int
    joined: int

    @property
    def share(self) -> float:
        """``joined / total`` as a fraction 0..1; 0.0 when there is nobody."""
        return self.joined / self.total if self.total else 0.0


@dataclass(frozen=True)
class ChannelPosts:
    channel: str
    planned: int  # posts planned in the period, cancelled ones left out
    published: int  # of them, published
    per_week: list[tuple[dt.date, int]]  # (Monday of the week, posts planned that week)


@dataclass(frozen=True)
class SummaryFigures:
    on: dt.date
    start: dt.date
    end: dt.date
    centre: str
    administrator: str
    people: list[Share]  # Сотрудники, Педагоги, Обучающиеся, Родители
    verified_teachers: int
    extra_admins: int
    directions: list[Share]
    associations: list[Share]
    links_issued: int
    links_used: int
    links_annulled: int
    links_unclaimed: int
    unclaimed_days: int
    chats_required: int
    chats_existing: int
    channels: list[ChannelPosts]
    broadcasts_held: int
    meetings_held: int
    attendance: int
    broadcasts_this_week: int


def month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and the last day of ``day``'s month."""
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def period_of(
    on: dt.date, start: dt.date | None = None, end: dt.date | None = None
) -> tuple[dt.date, dt.date]:
    """The period a report covers: the given bounds, the month of ``on`` filling the gaps."""
    month_start, month_end = month_of(on)
    return start or month_start, end or month_end


def _joined(day: dt.date) -> Any:
    """Ids of people who are in Sferum on ``day``."""
    return select(Membership.person_id).where(
        Membership.state == MembershipState.JOINED,
        (Membership.joined_on.is_(None)) | (Membership.joined_on <= day),
    )


def _share(session: Session, label: str, ids: Any, day: dt.date) -> Share:
    total = session.scalar(select(func.count()).select_from(ids.subquery())) or 0
    joined_ids = ids.where(Person.id.in_(_joined(day)))
    joined = session.scalar(select(func.count()).select_from(joined_ids.subquery())) or 0
    return Share(label, total, joined)


def _people(session: Session, day: dt.date) -> list[Share]:
    enrolled = active_enrolments(day).subquery()
    student_ids = select(enrolled.c.student_id)
    staff = select(Person.id).where(
        Person.kind == PersonKind.STAFF, Person.id.in_(active_staff_ids(day))
    )
    teacher_employments = select(Employment.person_id).where(
        Employment.position == StaffPosition.TEACHER,
        Employment.hired_on <= day,
        (Employment.dismissed_on.is_(None)) | (Employment.dismissed_on > day),
    )
    teachers = select(Person.id).where(
        Person.kind == PersonKind.STAFF, Person.id.in_(teacher_employments)
    )
    students = select(Person.id).where(
        Person.kind == PersonKind.STUDENT, Person.id.in_(student_ids)
    )
    parents = select(Person.id).where(
        Person.id.in_(select(ParentLink.parent_id).where(ParentLink.student_id.in_(student_ids)))
    )
    return [
        _share(session, label, ids, day)
        for label, ids in zip(PEOPLE_LABELS, (staff, teachers, students, parents), strict=True)
    ]


def _staff_flag(session: Session, day: dt.date, flag: Any) -> int:
    return (
        session.scalar(
            select(func.count(Membership.id)).where(
                flag, Membership.person_id.in_(active_staff_ids(day))
            )
        )
        or 0
    )


def _by_group_owner(session: Session, day: dt.date, key: Any) -> dict[int, tuple[int, int]]:
    """(enrolled, joined) distinct students per ``key`` (a direction or association id)."""
    enrolled = active_enrolments(day).subquery()
    joined = _joined(day).subquery()
    query = (
        select(
            key,
            func.count(func.distinct(enrolled.c.student_id)),
            func.count(func.distinct(joined.c.person_id)),
        )
        .select_from(enrolled)
        .join(Group, Group.id == enrolled.c.group_id)
        .join(Association, Association.id == Group.association_id)
        .outerjoin(joined, joined.c.person_id == enrolled.c.student_id)
        .where(Group.kind == GroupKind.ASSOCIATION)
        .group_by(key)
    )
    return {row[0]: (row[1], row[2]) for row in session.execute(query)}


def _directions(session: Session, day: dt.date) -> list[Share]:
    counts = _by_group_owner(session, day, Association.direction_id)
    directions = sorted(session.scalars(select(Direction)), key=lambda d: _DIRECTION_ORDER[d.kind])
    return [Share(d.name, *counts.get(d.id, (0, 0))) for d in directions]


def _associations(session: Session, day: dt.date) -> list[Share]:
    counts = _by_group_owner(session, day, Association.id)
    rows = list(
        session.execute(
            select(Association.id, Association.name, Direction.kind)
            .join(Direction, Direction.id == Association.direction_id)
            .where((Association.archived_on.is_(None)) | (Association.archived_on > day))
        )
    )
    rows.sort(key=lambda r: (_DIRECTION_ORDER[r[2]], r[1].casefold(), r[0]))
    return [Share(name, *counts.get(aid, (0, 0))) for aid, name, _kind in rows]


def _count(session: Session, *where: Any) -> int:
    return session.scalar(select(func.count(InviteLink.id)).where(*where)) or 0


def _mondays(start: dt.date, end: dt.date) -> list[dt.date]:
    monday = start - dt.timedelta(days=start.weekday())
    weeks = []
    while monday <= end:
        weeks.append(monday)
        monday += dt.timedelta(days=7)
    return weeks


def _channels(session: Session, start: dt.date, end: dt.date) -> list[ChannelPosts]:
    weeks = _mondays(start, end)
    posts = session.execute(
        select(Post.channel_id, Post.planned_at, Post.status).where(
            Post.planned_at >= day_start(start),
            Post.planned_at < day_start(end + dt.timedelta(days=1)),
            Post.status != PostStatus.CANCELLED,
        )
    ).all()
    channels = list(
        session.execute(select(Channel.id, Channel.name, Channel.system_key).order_by(Channel.id))
    )
    # The two system channels first (the Centre's, then staff), then the rest by name.
    channels.sort(key=lambda c: (c[2] is None, str(c[2] or ""), c[1].casefold()))
    result = []
    for channel_id, name, _key in channels:
        planned = published = 0
        per_week = dict.fromkeys(weeks, 0)
        for post_channel, planned_at, status in posts:
            if post_channel != channel_id:
                continue
            planned += 1
            published += status == PostStatus.PUBLISHED
            day = local(planned_at).date()
            per_week[day - dt.timedelta(days=day.weekday())] += 1
        result.append(ChannelPosts(name, planned, published, sorted(per_week.items())))
    return result


def _broadcasts(session: Session, start: dt.date, end: dt.date) -> tuple[int, int, int]:
    held = session.execute(
        select(Broadcast.kind, Broadcast.attendance_actual).where(
            Broadcast.status == BroadcastStatus.HELD,
            Broadcast.starts_at >= day_start(start),
            Broadcast.starts_at < day_start(end + dt.timedelta(days=1)),
        )
    ).all()
    broadcasts = sum(1 for kind, _ in held if kind == BroadcastKind.BROADCAST)
    attendance = sum(n or 0 for _, n in held)
    return broadcasts, len(held) - broadcasts, attendance


def _administrator(session: Session) -> tuple[str, str]:
    org = session.get(Organisation, 1)
    if org is None:
        return "", ""
    admin = org.admin_name or ""
    if not admin and org.admin_person_id is not None:
        person = session.get(Person, org.admin_person_id)
        admin = person.full_name if person else ""
    return org.short_name or "", admin


def summary_figures(
    session: Session, on: dt.date, start: dt.date | None = None, end: dt.date | None = None
) -> SummaryFigures:
    """Everything the summary report shows on ``on`` for [start, end] (both included;
    the month of ``on`` by default)."""
    start, end = period_of(on, start, end)
    days = invite_unclaimed_days(session)
    unclaimed_before = on - dt.timedelta(days=days)
    required, existing = compliance_summary(session, on)
    held, meetings, attendance = _broadcasts(session, start, end)
    centre, administrator = _administrator(session)
    week_end = day_start(on + dt.timedelta(days=7))
    return SummaryFigures(
        on=on,
        start=start,
        end=end,
        centre=centre,
        administrator=administrator,
        people=_people(session, on),
        verified_teachers=_staff_flag(session, on, Membership.verified_teacher.is_(True)),
        extra_admins=_staff_flag(session, on, Membership.is_extra_admin.is_(True)),
        directions=_directions(session, on),
        associations=_associations(session, on),
        links_issued=_count(session, InviteLink.created_on.between(start, end)),
        links_used=_count(session, InviteLink.used_on.between(start, end)),
        links_annulled=_count(session, InviteLink.annulled_on.between(start, end)),
        links_unclaimed=_count(
            session,
            and_(
                InviteLink.state == InviteState.ACTIVE,
                InviteLink.used_on.is_(None),
                InviteLink.created_on < unclaimed_before,
            ),
        ),
        unclaimed_days=days,
        chats_required=required,
        chats_existing=existing,
        channels=_channels(session, start, end),
        broadcasts_held=held,
        meetings_held=meetings,
        attendance=attendance,
        broadcasts_this_week=session.scalar(
            select(func.count(Broadcast.id)).where(
                Broadcast.status == BroadcastStatus.PLANNED,
                Broadcast.starts_at >= day_start(on),
                Broadcast.starts_at < week_end,
            )
        )
        or 0,
    )
