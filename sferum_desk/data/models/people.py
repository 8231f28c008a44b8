"""People (staff, students, parents), their employments, enrolments and family links."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Entity, str_enum
from .enums import ConsentState, ParentRelation, PersonKind, StaffPosition

if TYPE_CHECKING:
    from .org import Order
    from .sferum import Membership
    from .structure import Group


def full_name(last: str, first: str | None, middle: str | None) -> str:
    """«Иванова Мария Петровна»; for listings that read the name as plain columns."""
    return " ".join(p for p in (last, first, middle) if p)


def short_name(last: str, first: str | None, middle: str | None) -> str:
    """«Иванова М.П.»."""
    initials = "".join(f"{p[0]}." for p in (first, middle) if p)
    return f"{last} {initials}".strip()


class Person(Entity, Base):
    """A human being in the Centre. ``kind`` is the main role the person is listed under;
    a teacher can also be linked as a parent of a student."""

    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("length(last_name) > 0", name="last_name_not_empty"),
        CheckConstraint("phone IS NULL OR length(phone) = 12", name="phone_format"),
        CheckConstraint(
            "consent_state = 'none' OR consent_on IS NOT NULL", name="consent_has_date"
        ),
    )

    kind: Mapped[PersonKind] = mapped_column(str_enum(PersonKind, "kind"), index=True)
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    middle_name: Mapped[str | None] = mapped_column(String(100))
    search_text: Mapped[str] = mapped_column(String(600), default="", index=True)
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(12))  # normalised, e.g. +79001234567
    email: Mapped[str | None] = mapped_column(String(254))
    is_activist: Mapped[bool] = mapped_column(default=False)  # parent / student activist
    consent_state: Mapped[ConsentState] = mapped_column(
        str_enum(ConsentState, "consent_state"), default=ConsentState.NONE
    )
    consent_on: Mapped[dt.date | None] = mapped_column(Date)
    consent_document: Mapped[str | None] = mapped_column(String(300))
    anonymised_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    employments: Mapped[list[Employment]] = relationship(
        back_populates="person", foreign_keys="Employment.person_id"
    )
    enrolments: Mapped[list[Enrolment]] = relationship(
        back_populates="student", foreign_keys="Enrolment.student_id"
    )
    membership: Mapped[Membership | None] = relationship(back_populates="person")

    __search_fields__ = ("last_name", "first_name", "middle_name", "phone", "email")

    @property
    def full_name(self) -> str:
        return full_name(self.last_name, self.first_name, self.middle_name)

    @property
    def short_name(self) -> str:
        return short_name(self.last_name, self.first_name, self.middle_name)


class Employment(Entity, Base):
    """A staff member's post, from hiring to dismissal."""

    __tablename__ = "employment"
    __table_args__ = (
        CheckConstraint("dismissed_on IS NULL OR dismissed_on >= hired_on", name="dates_order"),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[StaffPosition] = mapped_column(str_enum(StaffPosition, "position"))
    position_title: Mapped[str | None] = mapped_column(String(200))
    hired_on: Mapped[dt.date] = mapped_column(Date)
    dismissed_on: Mapped[dt.date | None] = mapped_column(Date)
    hire_order_id: Mapped[int | None] = mapped_column(
        ForeignKey("sferum_order.id", ondelete="RESTRICT")
    )
    dismiss_order_id: Mapped[int | None] = mapped_column(
        ForeignKey("sferum_order.id", ondelete="RESTRICT")
    )

    person: Mapped[Person] = relationship(back_populates="employments", foreign_keys=[person_id])
    hire_order: Mapped[Order | None] = relationship(foreign_keys=[hire_order_id])
    dismiss_order: Mapped[Order | None] = relationship(foreign_keys=[dismiss_order_id])


class Enrolment(Entity, Base):
    """A student's place in a group; a student may hold several at once."""

    __tablename__ = "enrolment"
    __table_args__ = (
        UniqueConstraint("student_id", "group_id", "enrolled_on"),
        CheckConstraint("left_on IS NULL OR left_on >= enrolled_on", name="dates_order"),
    )

    student_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("study_group.id", ondelete="RESTRICT"), index=True
    )
    enrolled_on: Mapped[dt.date] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    enrol_order_id: Mapped[int | None] = mapped_column(
        ForeignKey("sferum_order.id", ondelete="RESTRICT")
    )
    leave_order_id: Mapped[int | None] = mapped_column(
        ForeignKey("sferum_order.id", ondelete="RESTRICT")
    )
    leave_reason: Mapped[str | None] = mapped_column(String(300))

    student: Mapped[Person] = relationship(back_populates="enrolments", foreign_keys=[student_id])
    group: Mapped[Group] = relationship(back_populates="enrolments")
    enrol_order: Mapped[Order | None] = relationship(foreign_keys=[enrol_order_id])
    leave_order: Mapped[Order | None] = relationship(foreign_keys=[leave_order_id])


class ParentLink(Entity, Base):
    """Parent (legal guardian) ↔ child; a parent may have several children and vice versa."""

    __tablename__ = "parent_link"
    __table_args__ = (
        UniqueConstraint("parent_id", "student_id"),
        CheckConstraint("parent_id <> student_id", name="not_self"),
    )

    parent_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    relation: Mapped[ParentRelation] = mapped_column(
        str_enum(ParentRelation, "relation"), default=ParentRelation.OTHER
    )

    parent: Mapped[Person] = relationship(foreign_keys=[parent_id])
    student: Mapped[Person] = relationship(foreign_keys=[student_id])
