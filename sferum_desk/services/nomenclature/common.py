"""Shared pieces of the nomenclature services: forms, lookups, the «Учительская»."""

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...data.models import (
    Association,
    Group,
    GroupKind,
    Membership,
    MembershipState,
    Person,
    PersonKind,
    SferumClassState,
)
from ...data.models.base import Base
from ..organisation import STAFF_ROOM_NAME, ValidationError
from ..stats import active_staff_ids


def plural(n: int, one: str, few: str, many: str) -> str:
    """«1 чат», «2 чата», «5 чатов»."""
    tail = n % 100
    if 11 <= tail <= 14:
        word = many
    elif n % 10 == 1:
        word = one
    elif 2 <= n % 10 <= 4:
        word = few
    else:
        word = many
    return f"{n} {word}"


@dataclass
class AssociationForm:
    name: str = ""
    direction_id: int | None = None
    head_teacher_id: int | None = None
    programme_name: str = ""
    programme_years: int | None = None
    age_from: int | None = None
    age_to: int | None = None
    note: str = ""


@dataclass
class GroupForm:
    association_id: int | None = None
    academic_year_id: int | None = None
    number: str = ""
    study_year: int | None = None
    teacher_id: int | None = None
    planned_size: int | None = None
    sferum_state: SferumClassState = SferumClassState.NOT_CREATED
    # With ``class_name_manual`` the name is the typed ``class_name``; otherwise the rule's.
    class_name_manual: bool = False
    class_name: str = ""
    note: str = ""


# -- lookups ---------------------------------------------------------------------------


def _get(session: Session, cls: type[Base], record_id: int, what: str) -> object:
    record = session.get(cls, record_id)
    if record is None:
        raise ValidationError({"id": f"{what} не найден(а): возможно, её уже удалили."})
    return record


def get_association(session: Session, association_id: int) -> Association:
    record = _get(session, Association, association_id, "Объединение")
    assert isinstance(record, Association)
    return record


def get_group(session: Session, group_id: int) -> Group:
    record = _get(session, Group, group_id, "Группа")
    assert isinstance(record, Group)
    return record


def staff_room(session: Session) -> Group:
    return session.scalars(select(Group).where(Group.kind == GroupKind.STAFF_ROOM)).one()


def is_active_staff(session: Session, person_id: int, day: dt.date) -> bool:
    return (
        session.scalar(
            select(Person.id).where(
                Person.id == person_id,
                Person.kind == PersonKind.STAFF,
                Person.id.in_(active_staff_ids(day)),
            )
        )
        is not None
    )


def staff_room_summary(session: Session, on: dt.date | None = None) -> tuple[int, int]:
    """(active staff, of them joined in Sferum): every active staff member belongs to the
    «Учительская»."""
    day = on or dt.date.today()
    active = select(Person.id).where(
        Person.kind == PersonKind.STAFF, Person.id.in_(active_staff_ids(day))
    )
    staff = session.scalar(select(func.count()).select_from(active.subquery())) or 0
    joined = (
        session.scalar(
            select(func.count(Membership.id)).where(
                Membership.person_id.in_(active), Membership.state == MembershipState.JOINED
            )
        )
        or 0
    )
    return staff, joined


def staff_room_refusal(action: str) -> ValidationError:
    return ValidationError(
        {"id": f"«{STAFF_ROOM_NAME}» — постоянный класс всех сотрудников: его нельзя {action}."}
    )
