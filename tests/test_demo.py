"""The demonstration Centre: what someone trying the app on it would see."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from sferum_desk.data.engine import Database
from sferum_desk.data.models import (
    AcademicYear,
    Association,
    Broadcast,
    BroadcastKind,
    BroadcastStatus,
    Channel,
    Chat,
    ChatKind,
    ChatState,
    ConsentState,
    Direction,
    Employment,
    Enrolment,
    Group,
    GroupKind,
    HandoutMethod,
    InviteHandout,
    InviteLink,
    InviteState,
    JoinRequest,
    JoinRequestDecision,
    Membership,
    MembershipState,
    MovementEvent,
    MovementKind,
    Order,
    OrderKind,
    Organisation,
    ParentLink,
    ParentRelation,
    Person,
    PersonKind,
    Post,
    PostStatus,
    SferumClassState,
    SferumTask,
    StaffPosition,
    SupportKind,
    SupportRequest,
    SupportStatus,
    SupportTemplate,
    SystemChannel,
    TaskState,
)
from sferum_desk.services import organisation, stats

from .conftest import TODAY

YEAR_AGO = TODAY - dt.timedelta(days=365)
CLASS_NAME = re.compile(r"^.+ — гр\. \d+ \([1-4]-й год\)$")


def _age(birth: dt.date, on: dt.date = TODAY) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _active_staff_ids(session: Session) -> set[int]:
    return set(session.scalars(stats.active_staff_ids(TODAY)))


def _current_year(session: Session) -> AcademicYear:
    return session.scalars(select(AcademicYear).where(AcademicYear.is_current)).one()


# -- the figures on the Обзор page ---------------------------------------------------------


def test_demo_has_the_promised_size(demo_db: Database) -> None:
    with demo_db.session() as session:
        figures = stats.collect(session, on=TODAY)
    assert figures.directions == 6
    assert figures.associations >= 12
    assert figures.groups >= 25
    assert figures.staff >= 35
    assert figures.students >= 600
    assert figures.parents >= 600
    assert figures.enrolments >= 640  # about one student in ten attends two groups
    assert all(figures.invite_links[state.value] > 0 for state in InviteState)
    assert all(figures.posts[status.value] > 0 for status in PostStatus)
    assert figures.chats >= 25
    assert figures.broadcasts >= 6
    assert figures.open_tasks > 0


# -- organisation, orders, academic years --------------------------------------------------


def test_organisation_card_is_a_valid_demo_card(demo_db: Database) -> None:
    with demo_db.session() as session:
        org = session.get(Organisation, 1)
        assert org is not None
        assert "демонстрационная база" in org.full_name
        assert org.short_name == "МБУ ДО ДЮЦ «Контакт»"
        assert org.inn and organisation.inn_valid(org.inn)
        assert org.ogrn and organisation.ogrn_valid(org.ogrn)
        assert org.sferum_org_url and org.sferum_org_url.startswith(
            "https://sferum.ru/?p=school&schoolId="
        )
        assert org.application_sent_on and org.org_registered_on and org.admin_registered_on
        assert org.application_sent_on <= org.org_registered_on <= org.admin_registered_on < TODAY
        card = organisation.load_card(session)
        assert card is not None
        organisation.validate_card(card, today=TODAY)  # raises on any invalid field

        admin = session.get(Person, org.admin_person_id)
        assert admin is not None and admin.kind == PersonKind.STAFF
        assert admin.full_name == org.admin_name and admin.phone == org.admin_phone
        assert admin.id in _active_staff_ids(session)
        assert org.admin_order is not None
        assert org.admin_order.kind == OrderKind.ADMIN_APPOINTMENT
        assert org.admin_order.issued_on <= org.application_sent_on
        platform = session.scalars(select(Order).where(Order.kind == OrderKind.PLATFORM_USE)).one()
        assert platform.title.startswith("Об использовании ИКОП «Сферум»")


def test_orders_are_numbered_like_real_registers(demo_db: Database) -> None:
    with demo_db.session() as session:
        orders = session.scalars(select(Order).order_by(Order.issued_on, Order.id)).all()
    assert all(re.fullmatch(r"\d+-[ок]", order.number) for order in orders)
    last: dict[tuple[str, int], int] = {}
    for order in orders:  # each register runs upwards within a calendar year
        number, series = order.number.split("-")
        key = (series, order.issued_on.year)
        assert int(number) > last.get(key, 0), order.display
        last[key] = int(number)
    assert all(order.issued_on <= TODAY for order in orders)


def test_academic_years(demo_db: Database) -> None:
    with demo_db.session() as session:
        years = session.scalars(select(AcademicYear).order_by(AcademicYear.start_year)).all()
    assert [y.start_year for y in years] == [2025, 2026]
    previous, current = years
    assert previous.archived and not previous.is_current
    assert current.is_current and not current.archived
    assert current.starts_on <= TODAY <= current.ends_on


# -- nomenclature --------------------------------------------------------------------------


def test_nomenclature(demo_db: Database) -> None:
    with demo_db.session() as session:
        directions = session.scalars(select(Direction)).all()
        assert len(directions) == 6 and all(d.associations for d in directions)
        staff = _active_staff_ids(session)
        for association in session.scalars(select(Association)):
            assert association.head_teacher_id in staff, association.name
            assert association.programme_name and association.age_from and association.age_to
            assert 5 <= association.age_from < association.age_to <= 17

        current = _current_year(session)
        groups = session.scalars(
            select(Group).where(Group.academic_year_id == current.id).order_by(Group.id)
        ).all()
        assert len(groups) >= 25
        for group in groups:
            assert CLASS_NAME.match(group.sferum_class_name), group.sferum_class_name
            assert group.study_year and 1 <= group.study_year <= 4
            assert group.planned_size and 12 <= group.planned_size <= 20
            assert group.teacher_id in staff
        states = Counter(group.sferum_state for group in groups)
        assert states[SferumClassState.CREATED] > states[SferumClassState.NOT_CREATED] > 0

        previous = session.scalars(
            select(Group).where(
                Group.academic_year_id != current.id, Group.archived_on.is_not(None)
            )
        ).all()
        assert 2 <= len(previous) <= 10
        assert all(g.sferum_state == SferumClassState.ARCHIVED for g in previous)
        room = session.scalars(select(Group).where(Group.kind == GroupKind.STAFF_ROOM)).one()
        assert room.sferum_class_name == "Учительская"
        assert room.sferum_state == SferumClassState.CREATED


# -- people --------------------------------------------------------------------------------


def test_staff_posts_hiring_and_dismissal(demo_db: Database) -> None:
    with demo_db.session() as session:
        active = _active_staff_ids(session)
        jobs = session.scalars(select(Employment)).all()
        current = [job for job in jobs if job.person_id in active and job.dismissed_on is None]
        positions = Counter(job.position for job in current)
        assert positions[StaffPosition.DIRECTOR] == 1
        assert 2 <= positions[StaffPosition.DEPUTY] <= 3
        assert 2 <= positions[StaffPosition.METHODIST] <= 4
        assert positions[StaffPosition.ORGANISER] >= 2
        assert positions[StaffPosition.TEACHER] >= 20

        dismissed = [job for job in jobs if job.person_id not in active]
        assert 2 <= len(dismissed) <= 3
        for job in dismissed:
            assert job.dismissed_on and YEAR_AGO < job.dismissed_on <= TODAY
            assert job.dismiss_order is not None and job.dismiss_order.issued_on == job.dismissed_on
        hired = {job.person_id for job in jobs if job.hired_on > YEAR_AGO and job.hire_order}
        assert 2 <= len(hired - {job.person_id for job in jobs if job.hired_on <= YEAR_AGO}) <= 3

        all_staff = session.scalar(select(func.count()).where(Person.kind == PersonKind.STAFF))
        assert stats.collect(session, on=TODAY).staff == all_staff - len(dismissed)


def test_students_ages_groups_and_families(demo_db: Database) -> None:
    with demo_db.session() as session:
        current = _current_year(session)
        active = session.execute(
            select(Enrolment.student_id, Group.academic_year_id)
            .join(Group)
            .where(Enrolment.left_on.is_(None))
        ).all()
        assert {year for _, year in active} == {current.id}
        per_student = Counter(student for student, _ in active)
        students = session.scalars(select(Person).where(Person.id.in_(per_student))).all()
        assert len(students) >= 600 and all(s.kind == PersonKind.STUDENT for s in students)
        assert all(s.birth_date and 5 <= _age(s.birth_date) <= 17 for s in students)
        in_two = sum(1 for n in per_student.values() if n >= 2)
        assert 0.05 * len(students) <= in_two <= 0.2 * len(students)

        links = session.scalars(select(ParentLink)).all()
        parents_of = Counter(link.student_id for link in links)
        assert all(1 <= parents_of[s.id] <= 2 for s in students)
        assert {link.relation for link in links} >= {ParentRelation.MOTHER, ParentRelation.FATHER}
        children: dict[int, list[ParentLink]] = {}
        for link in links:
            children.setdefault(link.parent_id, []).append(link)
        families = [kids for kids in children.values() if len(kids) >= 2]
        assert len(families) >= 20
        for kids in families:  # siblings share their father's surname (Иванов / Иванова)
            if kids[0].relation == ParentRelation.FATHER:
                stems = {link.student.last_name[:4] for link in kids}
                assert stems == {kids[0].parent.last_name[:4]}

        people = session.scalars(select(Person)).all()
        assert all(re.fullmatch(r"\+7\d{10}", p.phone) for p in people if p.phone)
        assert sum(1 for p in people if p.email) > 200
        activists = Counter(p.kind for p in people if p.is_activist)
        assert activists[PersonKind.PARENT] >= 3 and activists[PersonKind.STUDENT] >= 3
        consents = [s for s in students if s.consent_state == ConsentState.GIVEN]
        assert len(consents) >= 0.85 * len(students)
        assert all(s.consent_on and s.consent_document for s in consents)
        assert all(s.consent_document.startswith("Согласие № ") for s in consents)


def test_a_year_of_movement_with_orders(demo_db: Database) -> None:
    with demo_db.session() as session:
        events = session.scalars(select(MovementEvent)).all()
        kinds = Counter(e.kind for e in events)
        assert set(kinds) == set(MovementKind)
        for event in events:
            assert YEAR_AGO < event.effective_on <= TODAY
            assert event.order is not None and event.order.issued_on == event.effective_on
            if event.kind.value.startswith("staff_"):
                assert event.employment_id is not None
        enrolled = [e for e in events if e.kind == MovementKind.STUDENT_ENROLLED]
        september = [e for e in enrolled if e.effective_on <= dt.date(2026, 9, 15)]
        assert len(september) >= 0.8 * len(enrolled)

        current = _current_year(session)
        rows = session.scalars(
            select(Enrolment).join(Group).where(Group.academic_year_id == current.id)
        ).all()
        backed = {e.enrolment_id for e in events if e.kind != MovementKind.STUDENT_EXPELLED}
        assert all(row.id in backed for row in rows)  # every enrolment has its event
        expelled = [e for e in events if e.kind == MovementKind.STUDENT_EXPELLED]
        for event in expelled:
            row = session.get(Enrolment, event.enrolment_id)
            assert row and row.left_on == event.effective_on and row.leave_order_id
        transferred = [e for e in events if e.kind == MovementKind.STUDENT_TRANSFERRED]
        for event in transferred:
            assert event.from_group_id != event.to_group_id
            row = session.get(Enrolment, event.enrolment_id)
            assert row and row.group_id == event.to_group_id and row.left_on is None

        students = session.scalar(select(func.count()).where(Person.kind == PersonKind.STUDENT))
        assert stats.collect(session, on=TODAY).students == students - len(expelled)


# -- Sferum --------------------------------------------------------------------------------


def test_membership_and_join_requests(demo_db: Database) -> None:
    with demo_db.session() as session:
        members = session.scalars(select(Membership)).all()
        assert {m.state for m in members} == set(MembershipState)
        staff = _active_staff_ids(session)
        staff_members = [m for m in members if m.person_id in staff]
        joined = [m for m in staff_members if m.state == MembershipState.JOINED]
        assert len(joined) >= 0.8 * len(staff)
        verified = [m for m in joined if m.verified_teacher]
        assert len(verified) >= 15 and all(m.verified_on for m in verified)
        admins = [m for m in members if m.is_extra_admin]
        assert 1 <= len(admins) <= 2 and all(m.admin_since for m in admins)
        assert all(m.joined_on and m.joined_on <= TODAY for m in members if m.joined_on)
        removed = [m for m in members if m.state == MembershipState.REMOVED]
        assert len(removed) >= 2 and all(m.removed_on for m in removed)

        requests = session.scalars(select(JoinRequest)).all()
        assert {r.decision for r in requests} == set(JoinRequestDecision)
        for request in requests:
            if request.decision != JoinRequestDecision.PENDING:
                assert request.decided_on and request.received_on <= request.decided_on <= TODAY


def test_invite_links_in_every_state(demo_db: Database) -> None:
    with demo_db.session() as session:
        links = session.scalars(select(InviteLink)).all()
        assert {link.state for link in links} == set(InviteState)
        assert all(link.url.startswith("https://") for link in links)
        assert len({link.url for link in links}) == len(links)
        active = Counter(
            (link.group_id, link.chat_id, link.role)
            for link in links
            if link.state == InviteState.ACTIVE
        )
        assert max(active.values()) == 1
        room = session.scalars(select(Group).where(Group.kind == GroupKind.STAFF_ROOM)).one()
        assert any(link.group_id == room.id for link in links)
        assert any(link.chat_id for link in links)
        for link in links:
            if link.state == InviteState.ACTIVE:
                assert link.expires_on is None or link.expires_on >= TODAY
            if link.state == InviteState.EXPIRED:
                assert link.expires_on and link.expires_on < TODAY
            if link.state == InviteState.ANNULLED:
                assert link.annulled_on and link.annul_reason
            if link.state == InviteState.USED:
                assert link.used_on

        handouts = session.scalars(select(InviteHandout)).all()
        assert {h.method for h in handouts} == set(HandoutMethod)
        assert any(h.person_id for h in handouts) and any(h.group_id for h in handouts)
        assert all(h.handed_on >= h.invite_link.created_on for h in handouts)


def test_chats_leave_gaps_for_the_compliance_view(demo_db: Database) -> None:
    with demo_db.session() as session:
        chats = session.scalars(select(Chat)).all()
        kinds = {chat.kind for chat in chats}
        assert {
            ChatKind.DIRECTOR_DEPUTIES,
            ChatKind.DIRECTOR_TEACHERS,
            ChatKind.DIRECTOR_PARENT_ACTIVISTS,
        } <= kinds
        assert ChatKind.DIRECTOR_STUDENT_ACTIVISTS not in kinds
        associations = session.scalars(select(Association.id)).all()
        with_students = {c.association_id for c in chats if c.kind == ChatKind.ASSOCIATION_STUDENTS}
        with_parents = {c.association_id for c in chats if c.kind == ChatKind.ASSOCIATION_PARENTS}
        assert 1 <= len(set(associations) - with_students) <= 2
        assert 1 <= len(set(associations) - with_parents) <= 3
        assert len(with_parents) >= 0.8 * len(associations)
        staff = _active_staff_ids(session)
        orphaned = [c for c in chats if c.owner_id not in staff]
        assert len(orphaned) == 1 and orphaned[0].kind == ChatKind.ASSOCIATION_PARENTS
        assert sum(1 for c in chats if c.state == ChatState.ARCHIVED) == 1
        assert all(c.member_count and c.created_on and c.created_on <= TODAY for c in chats)


def test_tasks_from_movement(demo_db: Database) -> None:
    with demo_db.session() as session:
        tasks = session.scalars(select(SferumTask)).all()
    states = Counter(task.state for task in tasks)
    assert states[TaskState.OPEN] > 0 and states[TaskState.DONE] > 0
    assert 1 <= states[TaskState.CANCELLED] <= 2
    assert all(task.done_on and task.done_on <= TODAY for task in tasks if task.done_on)
    assert all(task.done_on for task in tasks if task.state == TaskState.DONE)
    assert sum(1 for task in tasks if task.movement_event_id) >= 20
    kinds = {task.kind.value for task in tasks}
    assert {"send_invite", "remove_from_class", "revoke_admin", "reown_chat"} <= kinds


# -- channels, broadcasts, support ---------------------------------------------------------


def test_posting_schedule_around_today(demo_db: Database) -> None:
    start = dt.datetime.combine(TODAY - dt.timedelta(days=30), dt.time(), dt.UTC)
    end = dt.datetime.combine(TODAY + dt.timedelta(days=31), dt.time(), dt.UTC)
    now = dt.datetime.combine(TODAY, dt.time(), dt.UTC)
    with demo_db.session() as session:
        for key in SystemChannel:
            channel = session.scalars(select(Channel).where(Channel.system_key == key)).one()
            posts = [p for p in channel.posts if start <= p.planned_at < end]
            assert len(posts) >= 16, key  # at least two a week for a month each way
            past = [p for p in posts if p.planned_at < now - dt.timedelta(hours=3)]
            future = [p for p in posts if p.planned_at >= now + dt.timedelta(days=1)]
            assert past and future
            published = [p for p in past if p.status == PostStatus.PUBLISHED]
            assert len(published) >= 0.7 * len(past)
            assert all(p.published_at and p.published_at >= p.planned_at for p in published)
            assert all(p.status in (PostStatus.DRAFT, PostStatus.READY) for p in future)
        heads = session.scalars(select(Post).where(Post.recurrence.is_not(None))).all()
        assert sorted((p.title, p.recurrence.split(";UNTIL")[0]) for p in heads) == [
            ("Дайджест недели", "FREQ=WEEKLY;BYDAY=FR"),
            ("План мероприятий на месяц", "FREQ=MONTHLY;BYMONTHDAY=1"),
            ("План работы Центра на неделю", "FREQ=WEEKLY;BYDAY=MO"),
        ]
        for head in heads:
            series = session.scalars(select(Post).where(Post.series_id == head.id)).all()
            assert len(series) >= 1 and all(p.title == head.title for p in series)
        weekly = next(p for p in heads if p.title == "План работы Центра на неделю")
        assert len(session.scalars(select(Post).where(Post.series_id == weekly.id)).all()) >= 7
        assert session.scalar(select(func.count()).where(Post.provided_by_id.is_not(None))) > 5


def test_broadcasts_and_support_requests(demo_db: Database) -> None:
    now = dt.datetime.combine(TODAY, dt.time(), dt.UTC)
    with demo_db.session() as session:
        broadcasts = session.scalars(
            select(Broadcast).options(
                selectinload(Broadcast.audiences), selectinload(Broadcast.attendees)
            )
        ).all()
        requests = session.scalars(select(SupportRequest)).all()
        templates = session.scalars(select(SupportTemplate.title)).all()
    assert len(templates) >= 3  # reusable answers for the «Поддержка» page
    held = [b for b in broadcasts if b.status == BroadcastStatus.HELD]
    planned = [b for b in broadcasts if b.status == BroadcastStatus.PLANNED]
    assert held and all(b.starts_at < now and b.attendance_actual is not None for b in held)
    assert planned and all(b.starts_at > now and b.attendance_actual is None for b in planned)
    assert len({b.kind for b in broadcasts}) == 5 and len({b.audience for b in broadcasts}) >= 4
    assert all([a.audience for a in b.audiences] == [b.audience] for b in broadcasts)
    seminars = [b for b in held if b.kind == BroadcastKind.SEMINAR]
    assert seminars and all(
        b.attendance_actual == sum(a.attended for a in b.attendees) > 0 for b in seminars
    )
    assert {r.kind for r in requests} == set(SupportKind)
    assert all(r.answer for r in requests if r.status == SupportStatus.RESOLVED)
    assert all(b.url and b.url.startswith("https://") and b.responsible_id for b in broadcasts)
    statuses = {r.status for r in requests}
    assert {SupportStatus.OPEN, SupportStatus.RESOLVED} <= statuses
    assert {r.channel.value for r in requests} >= {"email", "chat_bot"}


def test_database_integrity(demo_db: Database) -> None:
    with demo_db.engine.connect() as conn:
        if demo_db.is_sqlite:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        else:  # the server checks every foreign key it holds as validated
            unchecked = "SELECT conname FROM pg_constraint WHERE NOT convalidated"
            assert conn.exec_driver_sql(unchecked).fetchall() == []
            foreign = "SELECT count(*) FROM pg_constraint WHERE contype = 'f'"
            assert conn.exec_driver_sql(foreign).scalar() > 20


# -- determinism ---------------------------------------------------------------------------
