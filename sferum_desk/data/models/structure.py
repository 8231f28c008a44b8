"""Nomenclature: directions → associations → groups (one group = one Sferum class)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Entity, str_enum
from .enums import DirectionKind, GroupKind, SferumClassState

if TYPE_CHECKING:
    from .org import AcademicYear
    from .people import Enrolment, Person


class Direction(Entity, Base):
    """One of the six directions (направленности) of supplementary education."""

    __tablename__ = "direction"
    __table_args__ = (UniqueConstraint("kind"),)

    kind: Mapped[DirectionKind] = mapped_column(str_enum(DirectionKind, "kind"))
    name: Mapped[str] = mapped_column(String(200))

    associations: Mapped[list[Association]] = relationship(back_populates="direction")


class Association(Entity, Base):
    """A children's association (детское объединение) run by a head teacher."""

    __tablename__ = "association"
    __table_args__ = (
        UniqueConstraint("name"),
        CheckConstraint(
            "age_from IS NULL OR age_to IS NULL OR age_from <= age_to", name="age_order"
        ),
        CheckConstraint("age_from IS NULL OR age_from BETWEEN 3 AND 21", name="age_from_range"),
        CheckConstraint(
            "programme_years IS NULL OR programme_years BETWEEN 1 AND 11", name="programme_years"
        ),
    )

    direction_id: Mapped[int] = mapped_column(ForeignKey("direction.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(300))
    search_text: Mapped[str] = mapped_column(String(300), default="", index=True)
    head_teacher_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    programme_name: Mapped[str | None] = mapped_column(String(500))
    # How many years the programme lasts: a group in its last year finishes at rollover.
    programme_years: Mapped[int | None]
    age_from: Mapped[int | None]
    age_to: Mapped[int | None]
    archived_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    direction: Mapped[Direction] = relationship(back_populates="associations")
    head_teacher: Mapped[Person | None] = relationship(foreign_keys=[head_teacher_id])
    groups: Mapped[list[Group]] = relationship(back_populates="association")

    __search_fields__ = ("name",)


class Group(Entity, Base):
    """A group of an association for one academic year, or the «Учительская».

    Each group is exactly one Sferum class; ``sferum_class_name`` is the exact name the
    administrator gives it in Sferum.
    """

    __tablename__ = "study_group"
    __table_args__ = (
        UniqueConstraint("sferum_class_name", "academic_year_id"),
        CheckConstraint(
            "(kind = 'staff_room' AND association_id IS NULL)"
            " OR (kind = 'association' AND association_id IS NOT NULL"
            " AND academic_year_id IS NOT NULL)",
            name="kind_links",
        ),
        CheckConstraint("study_year IS NULL OR study_year BETWEEN 1 AND 11", name="study_year"),
        CheckConstraint("planned_size IS NULL OR planned_size >= 0", name="planned_size"),
        Index(
            "uq_study_group_single_staff_room",
            "kind",
            unique=True,
            sqlite_where=text("kind = 'staff_room'"),
            postgresql_where=text("kind = 'staff_room'"),
        ),
    )

    kind: Mapped[GroupKind] = mapped_column(str_enum(GroupKind, "kind"))
    association_id: Mapped[int | None] = mapped_column(
        ForeignKey("association.id", ondelete="RESTRICT")
    )
    academic_year_id: Mapped[int | None] = mapped_column(
        ForeignKey("academic_year.id", ondelete="RESTRICT")
    )
    number: Mapped[str | None] = mapped_column(String(20))
    study_year: Mapped[int | None]
    teacher_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    planned_size: Mapped[int | None]
    sferum_class_name: Mapped[str] = mapped_column(String(300))
    # True when the administrator typed the name; otherwise it follows the naming rule.
    class_name_manual: Mapped[bool] = mapped_column(default=False, server_default="0")
    search_text: Mapped[str] = mapped_column(String(300), default="", index=True)
    sferum_state: Mapped[SferumClassState] = mapped_column(
        str_enum(SferumClassState, "sferum_state"), default=SferumClassState.NOT_CREATED
    )
    archived_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    association: Mapped[Association | None] = relationship(back_populates="groups")
    academic_year: Mapped[AcademicYear | None] = relationship()
    teacher: Mapped[Person | None] = relationship(foreign_keys=[teacher_id])
    enrolments: Mapped[list[Enrolment]] = relationship(back_populates="group")

    __search_fields__ = ("sferum_class_name",)
