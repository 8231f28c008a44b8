"""The database itself refuses impossible data: constraints, not only Python checks."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm.exc import StaleDataError

from sferum_desk.data.models import (
    AcademicYear,
    Association,
    Direction,
    Employment,
    Enrolment,
    Group,
    GroupKind,
    InviteLink,
    InviteRole,
    InviteState,
    Organisation,
    ParentLink,
    Person,
    PersonKind,
    StaffPosition,
)

D = dt.date


def _year_and_group(s) -> tuple[AcademicYear, Group]:
    year = AcademicYear(start_year=2026, starts_on=D(2026, 9, 1), ends_on=D(2027, 8, 31))
    association = Association(direction=s.scalars(select(Direction)).first(), name="Робототехника")
    group = Group(
        kind=GroupKind.ASSOCIATION,
        association=association,
        academic_year=year,
        number="1",
        study_year=1,
        sferum_class_name="Робототехника — гр. 1",
    )
    s.add_all([year, association, group])
    s.flush()
    return year, group


def _rejects(db, make, exc=IntegrityError) -> None:
    with pytest.raises(exc), db.transaction() as s:
        make(s)


def test_one_organisation_per_database(db) -> None:
    _rejects(db, lambda s: s.add(Organisation(id=2, full_name="Другая", short_name="Другая")))


def test_staff_room_is_unique_and_always_there(db) -> None:
    with db.session() as s:
        rooms = s.scalars(select(Group).where(Group.kind == GroupKind.STAFF_ROOM)).all()
        assert [r.sferum_class_name for r in rooms] == ["Учительская"]
    _rejects(
        db, lambda s: s.add(Group(kind=GroupKind.STAFF_ROOM, sferum_class_name="Учительская 2"))
    )


def test_association_group_needs_association_and_year(db) -> None:
    _rejects(db, lambda s: s.add(Group(kind=GroupKind.ASSOCIATION, sferum_class_name="Без")))


def test_enum_values_are_checked_by_the_database(db) -> None:
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO person (kind, last_name, first_name, search_text, is_activist,"
                " consent_state, version, created_at, updated_at)"
                " VALUES ('alien', 'Иванов', 'Иван', '', false, 'none', 1, '2026-01-01',"
                " '2026-01-01')"
            )
        )


def test_python_side_rejects_unknown_enum_strings(db) -> None:
    _rejects(
        db,
        lambda s: s.add(Person(kind="alien", last_name="Иванов", first_name="Иван")),
        (StatementError, LookupError),
    )


def test_dates_must_be_in_order(db) -> None:
    def dismissed_before_hired(s) -> None:
        person = Person(kind=PersonKind.STAFF, last_name="Иванов", first_name="Иван")
        s.add(
            Employment(
                person=person,
                position=StaffPosition.TEACHER,
                hired_on=D(2026, 9, 1),
                dismissed_on=D(2026, 8, 1),
            )
        )

    _rejects(db, dismissed_before_hired)

    def left_before_enrolled(s) -> None:
        _, group = _year_and_group(s)
        student = Person(kind=PersonKind.STUDENT, last_name="Петров", first_name="Пётр")
        s.add(
            Enrolment(
                student=student, group=group, enrolled_on=D(2026, 9, 10), left_on=D(2026, 9, 1)
            )
        )

    _rejects(db, left_before_enrolled)
    _rejects(
        db,
        lambda s: s.add(
            AcademicYear(start_year=2026, starts_on=D(2027, 8, 31), ends_on=D(2026, 9, 1))
        ),
    )


def test_phone_must_be_normalised(db) -> None:
    _rejects(
        db,
        lambda s: s.add(
            Person(kind=PersonKind.PARENT, last_name="Ан", first_name="Ли", phone="8 900 1")
        ),
    )


def test_student_in_two_groups_and_parent_with_two_children(db) -> None:
    with db.transaction() as s:
        year, group1 = _year_and_group(s)
        group2 = Group(
            kind=GroupKind.ASSOCIATION,
            association=group1.association,
            academic_year=year,
            number="2",
            sferum_class_name="Робототехника — гр. 2",
        )
        kid1 = Person(kind=PersonKind.STUDENT, last_name="Орлова", first_name="Ася")
        kid2 = Person(kind=PersonKind.STUDENT, last_name="Орлов", first_name="Илья")
        mother = Person(kind=PersonKind.PARENT, last_name="Орлова", first_name="Мария")
        s.add_all([group2, kid1, kid2, mother])
        s.add_all(
            [
                Enrolment(student=kid1, group=group1, enrolled_on=D(2026, 9, 1)),
                Enrolment(student=kid1, group=group2, enrolled_on=D(2026, 9, 1)),
                ParentLink(parent=mother, student=kid1),
                ParentLink(parent=mother, student=kid2),
            ]
        )
    with db.session() as s:
        kid = s.scalars(select(Person).where(Person.first_name == "Ася")).one()
        assert sorted(e.group.number for e in kid.enrolments) == ["1", "2"]
        assert s.scalar(select(ParentLink.id).where(ParentLink.student_id == 0)) is None
        children = s.scalars(
            select(ParentLink.student_id).where(ParentLink.parent_id == mother.id)
        ).all()
        assert len(children) == 2
    _rejects(db, lambda s: s.add(ParentLink(parent_id=mother.id, student_id=kid2.id)))


def test_foreign_keys_are_enforced(db) -> None:
    _rejects(
        db,
        lambda s: s.add(Enrolment(student_id=999, group_id=999, enrolled_on=D(2026, 9, 1))),
    )


def test_invite_link_rules(db) -> None:
    with db.transaction() as s:
        _, group = _year_and_group(s)
        group_id = group.id

    def link(url: str, **kw) -> InviteLink:
        values = {"group_id": group_id, "role": InviteRole.STUDENT, "created_on": D(2026, 9, 1)}
        values.update(kw)
        return InviteLink(url=url, **values)

    with db.transaction() as s:
        s.add(link("https://sferum.ru/?invite=a1"))
    # one active link per class and role
    _rejects(db, lambda s: s.add(link("https://sferum.ru/?invite=a2")))
    # a second link for another role, or an annulled one, is fine
    with db.transaction() as s:
        s.add(link("https://sferum.ru/?invite=p1", role=InviteRole.PARENT))
        s.add(
            link(
                "https://sferum.ru/?invite=old",
                state=InviteState.ANNULLED,
                annulled_on=D(2026, 9, 2),
            )
        )
    _rejects(db, lambda s: s.add(link("http://sferum.ru/?invite=plain", role=InviteRole.TEACHER)))
    _rejects(db, lambda s: s.add(link("https://sferum.ru/?invite=a1", role=InviteRole.TEACHER)))
    _rejects(db, lambda s: s.add(link("https://sferum.ru/x", group_id=None, role=InviteRole.ADMIN)))
    _rejects(
        db,
        lambda s: s.add(
            link("https://sferum.ru/?invite=n", role=InviteRole.ADMIN, state=InviteState.ANNULLED)
        ),
    )


def test_concurrent_edit_is_refused_not_overwritten(db) -> None:
    with db.transaction() as s:
        person = Person(kind=PersonKind.STAFF, last_name="Белова", first_name="Ольга")
        s.add(person)
    first, second = db.session_factory(), db.session_factory()
    try:
        a = first.get(Person, person.id)
        b = second.get(Person, person.id)
        second.commit()  # the edit dialog holds the loaded record, not a transaction
        a.phone = "+79001112233"
        first.commit()
        b.phone = "+79004445566"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    with db.session() as s:
        assert s.get(Person, person.id).phone == "+79001112233"


def test_every_enum_member_has_a_russian_label() -> None:
    from sferum_desk.data.models import enums

    for enum_cls in enums.LabeledEnum.__subclasses__():
        for member in enum_cls:
            assert member.label != member.value, f"{enum_cls.__name__}.{member.name}"
