"""The organisation card, its orders (приказы), academic years and settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Entity, str_enum
from .enums import OrderKind


class Organisation(Entity, Base):
    """The one organisation a database belongs to (enforced by ``id = 1``)."""

    __tablename__ = "organisation"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("inn IS NULL OR length(inn) IN (10, 12)", name="inn_length"),
        CheckConstraint("ogrn IS NULL OR length(ogrn) IN (13, 15)", name="ogrn_length"),
    )

    full_name: Mapped[str] = mapped_column(String(500))
    short_name: Mapped[str] = mapped_column(String(200))
    inn: Mapped[str | None] = mapped_column(String(12))
    kpp: Mapped[str | None] = mapped_column(String(9))
    ogrn: Mapped[str | None] = mapped_column(String(15))
    legal_address: Mapped[str | None] = mapped_column(String(500))
    postal_address: Mapped[str | None] = mapped_column(String(500))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None] = mapped_column(String(300))
    director_name: Mapped[str | None] = mapped_column(String(300))
    director_position: Mapped[str | None] = mapped_column(String(200))
    admin_name: Mapped[str | None] = mapped_column(String(300))
    admin_position: Mapped[str | None] = mapped_column(String(200))
    admin_email: Mapped[str | None] = mapped_column(String(254))
    admin_phone: Mapped[str | None] = mapped_column(String(20))
    admin_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    admin_order_id: Mapped[int | None] = mapped_column(
        ForeignKey("sferum_order.id", ondelete="SET NULL")
    )
    sferum_org_url: Mapped[str | None] = mapped_column(String(500))
    application_sent_on: Mapped[dt.date | None] = mapped_column(Date)
    org_registered_on: Mapped[dt.date | None] = mapped_column(Date)
    admin_registered_on: Mapped[dt.date | None] = mapped_column(Date)
    class_name_rule: Mapped[str | None] = mapped_column(String(300))

    admin_order: Mapped[Order | None] = relationship(foreign_keys=[admin_order_id])


class Order(Entity, Base):
    """A local order (приказ): every appointment and movement rests on one."""

    __tablename__ = "sferum_order"
    __table_args__ = (UniqueConstraint("number", "issued_on"),)

    number: Mapped[str] = mapped_column(String(50))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[OrderKind] = mapped_column(str_enum(OrderKind, "kind"))
    file_path: Mapped[str | None] = mapped_column(String(1000))
    note: Mapped[str | None] = mapped_column(Text)

    @property
    def display(self) -> str:
        return f"№ {self.number} от {self.issued_on:%d.%m.%Y}"


class AcademicYear(Entity, Base):
    """An academic year, 1 September – 31 August, named by its first calendar year."""

    __tablename__ = "academic_year"
    __table_args__ = (
        UniqueConstraint("start_year"),
        CheckConstraint("ends_on > starts_on", name="dates_order"),
        CheckConstraint("start_year BETWEEN 2000 AND 2100", name="start_year_range"),
    )

    start_year: Mapped[int]
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    is_current: Mapped[bool] = mapped_column(default=False)
    archived: Mapped[bool] = mapped_column(default=False)

    @property
    def name(self) -> str:
        return f"{self.start_year}/{self.start_year + 1}"

    @staticmethod
    def start_year_for(day: dt.date) -> int:
        return day.year if day.month >= 9 else day.year - 1


class Setting(Base):
    """Key/value application settings stored with the organisation (JSON values)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
