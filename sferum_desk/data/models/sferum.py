"""Movement events, Sferum membership, join requests, Sferum tasks and invite links."""

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
from .enums import (
    HandoutMethod,
    InviteRole,
    InviteState,
    JoinRequestDecision,
    MembershipState,
    MovementKind,
    TaskKind,
    TaskState,
)

if TYPE_CHECKING:
    from .comms import Chat
    from .org import Order
    from .people import Employment, Enrolment, Person
    from .structure import Group

_STAFF_KINDS = "('staff_hired', 'staff_transferred', 'staff_dismissed')"


class MovementEvent(Entity, Base):
    """A movement of a student or staff member, effective on a date, behind an order."""

    __tablename__ = "movement_event"
    __table_args__ = (
        CheckConstraint(
            "kind NOT IN ('student_transferred') OR"
            " (from_group_id IS NOT NULL AND to_group_id IS NOT NULL)",
            name="transfer_has_groups",
        ),
        CheckConstraint(
            "from_group_id IS NULL OR to_group_id IS NULL OR from_group_id <> to_group_id",
            name="transfer_differs",
        ),
        CheckConstraint(
            f"kind NOT IN {_STAFF_KINDS} OR employment_id IS NOT NULL", name="staff_employment"
        ),
    )

    kind: Mapped[MovementKind] = mapped_column(str_enum(MovementKind, "kind"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    effective_on: Mapped[dt.date] = mapped_column(Date, index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("sferum_order.id", ondelete="RESTRICT"))
    from_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("study_group.id", ondelete="RESTRICT")
    )
    to_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("study_group.id", ondelete="RESTRICT")
    )
    employment_id: Mapped[int | None] = mapped_column(
        ForeignKey("employment.id", ondelete="RESTRICT")
    )
    enrolment_id: Mapped[int | None] = mapped_column(
        ForeignKey("enrolment.id", ondelete="RESTRICT")
    )
    cancelled_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person] = relationship()
    order: Mapped[Order | None] = relationship()
    from_group: Mapped[Group | None] = relationship(foreign_keys=[from_group_id])
    to_group: Mapped[Group | None] = relationship(foreign_keys=[to_group_id])
    # Declared so the unit of work orders writes by them: an undo that deletes both an
    # event and the enrolment it made must delete the event first.
    employment: Mapped[Employment | None] = relationship()
    enrolment: Mapped[Enrolment | None] = relationship()


class Membership(Entity, Base):
    """A person's state in Sferum: one row per person."""

    __tablename__ = "membership"
    __table_args__ = (
        UniqueConstraint("person_id"),
        CheckConstraint("state <> 'joined' OR joined_on IS NOT NULL", name="joined_has_date"),
        CheckConstraint("NOT verified_teacher OR verified_on IS NOT NULL", name="verified_date"),
        CheckConstraint("NOT is_extra_admin OR admin_since IS NOT NULL", name="admin_date"),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    state: Mapped[MembershipState] = mapped_column(
        str_enum(MembershipState, "state"), default=MembershipState.NOT_INVITED, index=True
    )
    invite_link_id: Mapped[int | None] = mapped_column(
        ForeignKey("invite_link.id", ondelete="SET NULL")
    )
    invited_on: Mapped[dt.date | None] = mapped_column(Date)
    requested_on: Mapped[dt.date | None] = mapped_column(Date)
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    verified_teacher: Mapped[bool] = mapped_column(default=False)
    verified_on: Mapped[dt.date | None] = mapped_column(Date)
    is_extra_admin: Mapped[bool] = mapped_column(default=False)
    admin_since: Mapped[dt.date | None] = mapped_column(Date)
    removed_on: Mapped[dt.date | None] = mapped_column(Date)
    profile_url: Mapped[str | None] = mapped_column(String(500))

    person: Mapped[Person] = relationship(back_populates="membership")
    invite_link: Mapped[InviteLink | None] = relationship()


class JoinRequest(Entity, Base):
    """A request to join the Centre's Sferum community, and the administrator's decision."""

    __tablename__ = "join_request"
    __table_args__ = (
        CheckConstraint("decision = 'pending' OR decided_on IS NOT NULL", name="decision_has_date"),
        CheckConstraint("decided_on IS NULL OR decided_on >= received_on", name="dates_order"),
    )

    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    applicant_name: Mapped[str] = mapped_column(String(300))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("study_group.id", ondelete="SET NULL"))
    role: Mapped[InviteRole] = mapped_column(str_enum(InviteRole, "role"))
    received_on: Mapped[dt.date] = mapped_column(Date)
    decision: Mapped[JoinRequestDecision] = mapped_column(
        str_enum(JoinRequestDecision, "decision"), default=JoinRequestDecision.PENDING
    )
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person | None] = relationship()
    group: Mapped[Group | None] = relationship()


class SferumTask(Entity, Base):
    """Something the administrator must now do by hand in Sferum."""

    __tablename__ = "sferum_task"
    __table_args__ = (
        CheckConstraint("state <> 'done' OR done_on IS NOT NULL", name="done_has_date"),
    )

    kind: Mapped[TaskKind] = mapped_column(str_enum(TaskKind, "kind"))
    title: Mapped[str] = mapped_column(String(500))
    state: Mapped[TaskState] = mapped_column(
        str_enum(TaskState, "state"), default=TaskState.OPEN, index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("study_group.id", ondelete="SET NULL"))
    chat_id: Mapped[int | None] = mapped_column(ForeignKey("chat.id", ondelete="SET NULL"))
    invite_link_id: Mapped[int | None] = mapped_column(
        ForeignKey("invite_link.id", ondelete="SET NULL")
    )
    movement_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("movement_event.id", ondelete="CASCADE")
    )
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person | None] = relationship()
    group: Mapped[Group | None] = relationship()
    chat: Mapped[Chat | None] = relationship()
    invite_link: Mapped[InviteLink | None] = relationship()
    movement_event: Mapped[MovementEvent | None] = relationship()


class InviteLink(Entity, Base):
    """An invite link to a class (group or staff room) or a chat, for one role; a class or a
    chat has at most one active link per role."""

    __tablename__ = "invite_link"
    __table_args__ = (
        UniqueConstraint("url"),
        CheckConstraint(
            "(group_id IS NOT NULL AND chat_id IS NULL)"
            " OR (group_id IS NULL AND chat_id IS NOT NULL)",
            name="one_target",
        ),
        CheckConstraint("expires_on IS NULL OR expires_on >= created_on", name="expiry_order"),
        CheckConstraint("state <> 'annulled' OR annulled_on IS NOT NULL", name="annulled_has_date"),
        CheckConstraint("url LIKE 'https://%'", name="https_only"),
        Index(
            "uq_invite_link_active_group_role",
            "group_id",
            "role",
            unique=True,
            sqlite_where=text("state = 'active' AND group_id IS NOT NULL"),
            postgresql_where=text("state = 'active' AND group_id IS NOT NULL"),
        ),
        Index(
            "uq_invite_link_active_chat_role",
            "chat_id",
            "role",
            unique=True,
            sqlite_where=text("state = 'active' AND chat_id IS NOT NULL"),
            postgresql_where=text("state = 'active' AND chat_id IS NOT NULL"),
        ),
    )

    url: Mapped[str] = mapped_column(String(1000))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("study_group.id", ondelete="RESTRICT"))
    chat_id: Mapped[int | None] = mapped_column(ForeignKey("chat.id", ondelete="RESTRICT"))
    role: Mapped[InviteRole] = mapped_column(str_enum(InviteRole, "role"))
    state: Mapped[InviteState] = mapped_column(
        str_enum(InviteState, "state"), default=InviteState.ACTIVE, index=True
    )
    created_on: Mapped[dt.date] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    used_on: Mapped[dt.date | None] = mapped_column(Date)
    annulled_on: Mapped[dt.date | None] = mapped_column(Date)
    annul_reason: Mapped[str | None] = mapped_column(String(500))
    note: Mapped[str | None] = mapped_column(Text)

    group: Mapped[Group | None] = relationship()
    chat: Mapped[Chat | None] = relationship(foreign_keys=[chat_id])
    handouts: Mapped[list[InviteHandout]] = relationship(
        back_populates="invite_link", cascade="all, delete-orphan"
    )


class InviteHandout(Entity, Base):
    """Who received an invite link, how and when."""

    __tablename__ = "invite_handout"
    __table_args__ = (
        CheckConstraint(
            "person_id IS NOT NULL OR group_id IS NOT NULL OR recipient_text IS NOT NULL",
            name="has_recipient",
        ),
    )

    invite_link_id: Mapped[int] = mapped_column(
        ForeignKey("invite_link.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("study_group.id", ondelete="SET NULL"))
    recipient_text: Mapped[str | None] = mapped_column(String(300))
    method: Mapped[HandoutMethod] = mapped_column(str_enum(HandoutMethod, "method"))
    handed_on: Mapped[dt.date] = mapped_column(Date)

    invite_link: Mapped[InviteLink] = relationship(back_populates="handouts")
    person: Mapped[Person | None] = relationship()
    group: Mapped[Group | None] = relationship()
