"""Movement events: what each kind changes, the Sferum tasks it leaves, refusals, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import movement
from sferum_desk.services.movement import EventDraft, MovementError
from sferum_desk.services.organisation import ValidationError

from .conftest import TODAY
from .ui_helpers import populate_small

D = dt.date
K = m.MovementKind


@pytest.fixture
def small_db(db: Database) -> Database:
    populate_small(db)
    return db


def person_id(s, name: str) -> int:  # noqa: ANN001
    last, first = name.split()[:2]
    return s.scalar(
        select(m.Person.id).where(m.Person.last_name == last, m.Person.first_name == first)
    )


def group_id(s, name: str) -> int:  # noqa: ANN001
    return s.scalar(select(m.Group.id).where(m.Group.sferum_class_name == name))


def order_id(s, number: str) -> int:  # noqa: ANN001
    return s.scalar(select(m.Order.id).where(m.Order.number == number))


def tasks_of(s, event_id: int) -> list[tuple[str, str, dt.date | None]]:  # noqa: ANN001
    tasks = s.scalars(
        select(m.SferumTask)
        .where(m.SferumTask.movement_event_id == event_id)
        .order_by(m.SferumTask.id)
    )
    return [(t.kind.value, t.title, t.due_on) for t in tasks]


def new_person(s, kind: m.PersonKind, last: str, first: str) -> int:  # noqa: ANN001
    person = m.Person(kind=kind, last_name=last, first_name=first)
    s.add(person)
    s.flush()
    return person.id


ROBOTS1 = "Робототехника, 1 год, гр. 1"
ROBOTS2 = "Робототехника, 2 год, гр. 2"
VOICE = "Голос, 1 год, гр. 1"


def test_enrolment_creates_the_enrolment_and_invites_student_and_parents(
    small_db: Database,
) -> None:
    with small_db.transaction() as s:
        smirnov = person_id(s, "Смирнов Глеб")
        event = movement.record_event(
            s,
            EventDraft(
                K.STUDENT_ENROLLED,
                smirnov,
                D(2026, 11, 10),
                order_id=order_id(s, "45-К"),
                to_group_id=group_id(s, ROBOTS1),
            ),
            today=TODAY,
        )
        assert event.enrolment_id is not None
        enrolment = s.get(m.Enrolment, event.enrolment_id)
        assert (enrolment.group.sferum_class_name, enrolment.enrolled_on) == (
            ROBOTS1,
            D(2026, 11, 10),
        )
        tasks = tasks_of(s, event.id)
        link = s.scalar(select(m.SferumTask).where(m.SferumTask.movement_event_id == event.id))
    # Entered on TODAY (16.11), six days after it took effect: due three days after entry,
    # not overdue the moment it is typed in.
    due = D(2026, 11, 19)
    assert tasks == [
        ("send_invite", f"Отправить приглашение: Смирнов Глеб Антонович — {ROBOTS1}", due),
        (
            "send_invite",
            f"Отправить приглашение: Ежова Светлана Викторовна — {ROBOTS1} "
            "(родитель: Смирнов Г.А.)",
            due,
        ),
        (
            "send_invite",
            f"Отправить приглашение: Смирнова Яна Олеговна — {ROBOTS1} (родитель: Смирнов Г.А.)",
            due,
        ),
    ]
    # The class has an active student link: the student's task names it.
    assert link.invite_link_id is not None and "robots1-student" in link.note


def test_roster_on_several_dates_follows_transfer_and_expulsion(small_db: Database) -> None:
    with small_db.transaction() as s:
        ivanova, ezhov = person_id(s, "Иванова Мария"), person_id(s, "Ежов Максим")
        r1, r2 = group_id(s, ROBOTS1), group_id(s, ROBOTS2)
        transfer = movement.record_event(
            s,
            EventDraft(K.STUDENT_TRANSFERRED, ivanova, D(2026, 10, 1), None, r1, r2),
            today=TODAY,
        )
        movement.record_event(
            s, EventDraft(K.STUDENT_EXPELLED, ezhov, D(2026, 11, 1), from_group_id=r1), today=TODAY
        )
        tasks = tasks_of(s, transfer.id)

        def names(group: int, day: dt.date) -> list[str]:
            return [p.last_name for p in movement.roster_on(s, group, day)]

        assert names(r1, D(2026, 9, 15)) == ["Ежов", "Иванова"]
        assert names(r1, D(2026, 10, 1)) == ["Ежов"]
        assert names(r1, D(2026, 11, 1)) == []
        assert names(r2, D(2026, 9, 15)) == ["Лёвин", "Смирнов"]
        assert names(r2, D(2026, 10, 1)) == ["Иванова", "Лёвин", "Смирнов"]
        assert names(r2, D(2026, 10, 20)) == ["Иванова", "Смирнов"]
        history = movement.group_history(s, r1)
    kinds = [t[0] for t in tasks]
    # Same association: no chat removal, the old class is left, the new one joined.
    assert kinds == ["remove_from_class", "remove_from_class", "send_invite", "send_invite"]
    assert tasks[0][1] == f"Исключить из класса: Иванова Мария Петровна — {ROBOTS1}"
    assert [(c.person, c.joined) for c in history if c.on > D(2026, 9, 1)] == [
        ("Иванова Мария Петровна", False),
        ("Ежов Максим Игоревич", False),
    ]


def test_expulsion_removes_from_chat_and_parents_keep_a_sibling(small_db: Database) -> None:
    with small_db.transaction() as s:
        smirnov = person_id(s, "Смирнов Глеб")
        event = movement.record_event(
            s, EventDraft(K.STUDENT_EXPELLED, smirnov, D(2026, 11, 2)), today=TODAY
        )
        tasks = tasks_of(s, event.id)
    titles = [t[1] for t in tasks]
    assert titles[:2] == [
        f"Исключить из класса: Смирнов Глеб Антонович — {ROBOTS2}",
        "Исключить из чата: Смирнов Глеб Антонович — Робототехника — ребята",
    ]
    # Ежова's other child (Ежов) still studies Робототехника in another group, so she
    # leaves the class only; Смирнова has no other child there.
    assert (
        f"Исключить из класса: Ежова Светлана Викторовна — {ROBOTS2} (родитель: Смирнов Г.А.)"
        in titles
    )
    assert (
        f"Исключить из класса: Смирнова Яна Олеговна — {ROBOTS2} (родитель: Смирнов Г.А.)" in titles
    )
    assert all(t[2] == D(2026, 11, 19) for t in tasks)  # entered late: TODAY + 3


def test_hire_and_dismissal_tasks(small_db: Database) -> None:
    with small_db.transaction() as s:
        newcomer = new_person(s, m.PersonKind.STAFF, "Новикова", "Вера")
        hire = movement.record_event(
            s,
            EventDraft(K.STAFF_HIRED, newcomer, D(2026, 11, 9), position=m.StaffPosition.TEACHER),
            today=TODAY,
        )
        hire_tasks = tasks_of(s, hire.id)
        employment = s.get(m.Employment, hire.employment_id)
        assert employment.person_id == newcomer and employment.dismissed_on is None

        elkina = person_id(s, "Ёлкина Анна")
        link = s.scalar(select(m.InviteLink).where(m.InviteLink.url.like("%robots1-student")))
        s.add(
            m.InviteHandout(
                invite_link=link,
                person_id=elkina,
                method=m.HandoutMethod.IN_PERSON,
                handed_on=D(2026, 9, 3),
            )
        )
        admin = s.scalar(select(m.Membership).where(m.Membership.person_id == elkina))
        admin.is_extra_admin, admin.admin_since = True, D(2026, 9, 1)
        s.flush()
        dismissal = movement.record_event(
            s,
            EventDraft(K.STAFF_DISMISSED, elkina, D(2026, 11, 13), order_id(s, "52-К")),
            today=TODAY,
        )
        dismissal_tasks = tasks_of(s, dismissal.id)
        assert s.get(m.Employment, dismissal.employment_id).dismissed_on == D(2026, 11, 13)
    assert [(k, t) for k, t, _ in hire_tasks] == [
        ("send_invite", "Отправить приглашение: Новикова Вера — Учительская (как преподавателя)"),
        ("verify_teacher", "Подтвердить статус «Преподаватель»: Новикова Вера"),
    ]
    assert hire_tasks[0][2] == D(2026, 11, 19)  # entered late: TODAY + 3
    assert [(k, t) for k, t, _ in dismissal_tasks] == [
        ("remove_from_class", "Исключить из класса: Ёлкина Анна Сергеевна — Учительская"),
        ("remove_from_class", f"Исключить из класса: Ёлкина Анна Сергеевна — {ROBOTS1}"),
        ("remove_from_class", f"Исключить из класса: Ёлкина Анна Сергеевна — {ROBOTS2}"),
        (
            "remove_from_chat",
            "Исключить из чата: Ёлкина Анна Сергеевна — Директор и педагоги",
        ),
        (
            "reown_chat",
            "Сменить владельца чата: Робототехника — ребята "
            "(владелец Ёлкина Анна Сергеевна уволен(а))",
        ),
        (
            "remove_from_chat",
            "Исключить из чата: Ёлкина Анна Сергеевна — Робототехника — ребята",
        ),
        ("revoke_admin", "Снять права администратора: Ёлкина Анна Сергеевна"),
        (
            "annul_invite",
            f"Аннулировать ссылку: {ROBOTS1} (Обучающийся) — выдана Ёлкина Анна Сергеевна",
        ),
    ]


def test_validation_messages_name_the_person_and_group(small_db: Database) -> None:
    with small_db.transaction() as s:
        ezhov, r1 = person_id(s, "Ежов Максим"), group_id(s, ROBOTS1)
        petrov = person_id(s, "Петров Иван")
        room = s.scalar(select(m.Group.id).where(m.Group.kind == m.GroupKind.STAFF_ROOM))
        cases = [
            (
                EventDraft(K.STUDENT_ENROLLED, ezhov, D(2026, 10, 1), to_group_id=r1),
                "to_group_id",
                f"Ежов Максим Игоревич уже зачислен(а) в группу «{ROBOTS1}» (с 01.09.2026).",
            ),
            (
                EventDraft(K.STUDENT_ENROLLED, ezhov, D(2026, 10, 1), to_group_id=room),
                "to_group_id",
                "«Учительскую»",
            ),
            (
                EventDraft(
                    K.STUDENT_ENROLLED, ezhov, D(2027, 9, 1), to_group_id=group_id(s, ROBOTS2)
                ),
                "effective_on",
                "вне учебного года группы 2026/2027",
            ),
            (
                EventDraft(K.STUDENT_EXPELLED, ezhov, D(2026, 10, 1)),
                "from_group_id",
                "занимается в нескольких группах",
            ),
            (
                EventDraft(K.STUDENT_EXPELLED, ezhov, D(2026, 8, 1), from_group_id=r1),
                "effective_on",
                f"Дата 01.08.2026 раньше зачисления Ежов Максим Игоревич в группу «{ROBOTS1}»",
            ),
            (
                EventDraft(K.STAFF_DISMISSED, ezhov, D(2026, 10, 1)),
                "person_id",
                "Ежов Максим Игоревич — обучающийся, а уволить можно только: сотрудник.",
            ),
            (
                EventDraft(K.STAFF_HIRED, petrov, D(2026, 10, 1), position=m.StaffPosition.TEACHER),
                "effective_on",
                "Петров Иван Ильич уже работает",
            ),
            (
                EventDraft(K.STAFF_DISMISSED, petrov, D(2026, 10, 1), order_id=9999),
                "order_id",
                "Приказ",
            ),
        ]
        for draft, field, text in cases:
            with pytest.raises(MovementError) as caught:
                movement.record_event(s, draft, today=TODAY)
            assert text in caught.value.errors[field], (field, caught.value.errors)


def test_record_events_is_all_or_nothing_and_lists_every_bad_draft(small_db: Database) -> None:
    with small_db.transaction() as s:
        r1, voice = group_id(s, ROBOTS1), group_id(s, VOICE)
        smirnov, ivanova = person_id(s, "Смирнов Глеб"), person_id(s, "Иванова Мария")
        drafts = [
            EventDraft(K.STUDENT_ENROLLED, smirnov, D(2026, 11, 1), to_group_id=voice),
            EventDraft(K.STUDENT_ENROLLED, ivanova, D(2026, 11, 1), to_group_id=r1),
            EventDraft(K.STUDENT_ENROLLED, smirnov, D(2026, 11, 2), to_group_id=voice),
        ]
        before = s.query(m.Enrolment).count()
        with pytest.raises(MovementError) as caught:
            movement.record_events(s, drafts, today=TODAY)
        assert [i for i, _ in caught.value.problems] == [1, 2]
        assert "Иванова Мария Петровна" in caught.value.problems[0][1]
        assert "Смирнов Глеб Антонович уже зачислен(а)" in caught.value.problems[1][1]
        assert s.query(m.Enrolment).count() == before
        assert s.query(m.MovementEvent).filter_by(person_id=smirnov).count() == 0
        # A draft that depends on an earlier one in the same batch is checked against it.
        events = movement.record_events(
            s,
            [
                drafts[0],
                EventDraft(K.STUDENT_TRANSFERRED, smirnov, D(2026, 11, 5), None, voice, r1),
            ],
            today=TODAY,
        )
        assert [e.kind for e in events] == [K.STUDENT_ENROLLED, K.STUDENT_TRANSFERRED]
        assert [p.last_name for p in movement.roster_on(s, voice, D(2026, 11, 4))] == [
            "Ежов",
            "Петрова",
            "Смирнов",
        ]
        assert "Смирнов" not in [p.last_name for p in movement.roster_on(s, voice, D(2026, 11, 5))]


def test_cancel_restores_memberships_and_withdraws_tasks(small_db: Database) -> None:
    with small_db.transaction() as s:
        ivanova, r1, r2 = person_id(s, "Иванова Мария"), group_id(s, ROBOTS1), group_id(s, ROBOTS2)
        transfer = movement.record_event(
            s, EventDraft(K.STUDENT_TRANSFERRED, ivanova, D(2026, 10, 1), None, r1, r2), today=TODAY
        )
        expel = movement.record_event(
            s, EventDraft(K.STUDENT_EXPELLED, ivanova, D(2026, 11, 1)), today=TODAY
        )
        with pytest.raises(ValidationError) as caught:
            movement.cancel_event(s, transfer.id, today=TODAY)
        assert "«Отчисление обучающегося» от 01.11.2026" in caught.value.errors["event"]

        movement.cancel_event(s, expel.id, today=TODAY)
        movement.cancel_event(s, transfer.id, today=TODAY)
        assert transfer.cancelled_on == TODAY
        enrolments = s.scalars(select(m.Enrolment).where(m.Enrolment.student_id == ivanova)).all()
        assert [(e.group_id, e.enrolled_on, e.left_on) for e in enrolments] == [
            (r1, D(2026, 9, 1), None)
        ]
        states = set(
            s.scalars(
                select(m.SferumTask.state).where(
                    m.SferumTask.movement_event_id.in_([transfer.id, expel.id])
                )
            )
        )
        assert states == {m.TaskState.CANCELLED}
        with pytest.raises(ValidationError, match="уже отменено"):
            movement.cancel_event(s, transfer.id, today=TODAY)

        # A hire entered by mistake: afterwards the person is not employed on any day.
        newcomer = new_person(s, m.PersonKind.STAFF, "Новикова", "Вера")
        room = s.scalar(select(m.Group.id).where(m.Group.kind == m.GroupKind.STAFF_ROOM))
        hire = movement.record_event(
            s,
            EventDraft(K.STAFF_HIRED, newcomer, D(2026, 11, 9), position=m.StaffPosition.TEACHER),
            today=TODAY,
        )
        assert "Новикова" in [p.last_name for p in movement.roster_on(s, room, TODAY)]
        movement.cancel_event(s, hire.id, today=TODAY)
        assert "Новикова" not in [p.last_name for p in movement.roster_on(s, room, TODAY)]
        # … and can be hired again, even from an earlier day.
        movement.record_event(
            s,
            EventDraft(K.STAFF_HIRED, newcomer, D(2026, 11, 2), position=m.StaffPosition.METHODIST),
            today=TODAY,
        )


def test_staff_transfer_and_its_cancellation(small_db: Database) -> None:
    with small_db.transaction() as s:
        petrov = person_id(s, "Петров Иван")
        event = movement.record_event(
            s,
            EventDraft(
                K.STAFF_TRANSFERRED, petrov, D(2026, 11, 1), position=m.StaffPosition.METHODIST
            ),
            today=TODAY,
        )
        spans = s.scalars(
            select(m.Employment).where(m.Employment.person_id == petrov).order_by(m.Employment.id)
        ).all()
        assert [(e.position, e.hired_on, e.dismissed_on) for e in spans] == [
            (m.StaffPosition.TEACHER, D(2021, 9, 1), D(2026, 11, 1)),
            (m.StaffPosition.METHODIST, D(2026, 11, 1), None),
        ]
        assert [t[1] for t in tasks_of(s, event.id)] == [
            "Прочее: обновить должность в профиле Сферума — Петров Иван Ильич"
        ]
        movement.cancel_event(s, event.id, today=TODAY)
        spans = s.scalars(select(m.Employment).where(m.Employment.person_id == petrov)).all()
        assert [(e.position, e.dismissed_on) for e in spans] == [(m.StaffPosition.TEACHER, None)]
