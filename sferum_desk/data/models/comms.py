"""Chats, channels and their posts, broadcasts/meetings and support requests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Entity, str_enum
from .enums import (
    Audience,
    BroadcastFormat,
    BroadcastKind,
    BroadcastStatus,
    ChatKind,
    ChatState,
    PostStatus,
    SupportChannel,
    SupportKind,
    SupportStatus,
    SystemChannel,
)

if TYPE_CHECKING:
    from .people import Person
    from .structure import Association, Group


class Chat(Entity, Base):
    """A chat in the Sferum profile of VK Messenger that the regulation asks for."""

    __tablename__ = "chat"
    __table_args__ = (
        CheckConstraint("member_count IS NULL OR member_count >= 0", name="member_count"),
        CheckConstraint(
            "kind NOT IN ('association_students', 'association_parents')"
            " OR association_id IS NOT NULL",
            name="association_chat_has_association",
        ),
    )

    kind: Mapped[ChatKind] = mapped_column(str_enum(ChatKind, "kind"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    search_text: Mapped[str] = mapped_column(String(300), default="", index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    association_id: Mapped[int | None] = mapped_column(
        ForeignKey("association.id", ondelete="RESTRICT")
    )
    group_id: Mapped[int | None] = mapped_column(ForeignKey("study_group.id", ondelete="SET NULL"))
    created_on: Mapped[dt.date | None] = mapped_column(Date)
    member_count: Mapped[int | None]
    state: Mapped[ChatState] = mapped_column(str_enum(ChatState, "state"), default=ChatState.ACTIVE)
    note: Mapped[str | None] = mapped_column(Text)

    owner: Mapped[Person | None] = relationship()
    association: Mapped[Association | None] = relationship()
    group: Mapped[Group | None] = relationship()

    __search_fields__ = ("title",)


class Channel(Entity, Base):
    """A channel of the Centre; the two system channels always exist."""

    __tablename__ = "channel"
    __table_args__ = (UniqueConstraint("name"), UniqueConstraint("system_key"))

    name: Mapped[str] = mapped_column(String(200))
    system_key: Mapped[SystemChannel | None] = mapped_column(str_enum(SystemChannel, "system_key"))
    url: Mapped[str | None] = mapped_column(String(500))
    colour: Mapped[str | None] = mapped_column(String(9))
    description: Mapped[str | None] = mapped_column(Text)

    posts: Mapped[list[Post]] = relationship(back_populates="channel")


class Post(Entity, Base):
    """A planned or published channel post (публикация контент-плана)."""

    __tablename__ = "post"
    __table_args__ = (
        CheckConstraint(
            "status <> 'published' OR published_at IS NOT NULL", name="published_has_time"
        ),
    )

    channel_id: Mapped[int] = mapped_column(
        ForeignKey("channel.id", ondelete="RESTRICT"), index=True
    )
    planned_at: Mapped[dt.datetime] = mapped_column(index=True)
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str | None] = mapped_column(Text)
    status: Mapped[PostStatus] = mapped_column(
        str_enum(PostStatus, "status"), default=PostStatus.DRAFT, index=True
    )
    published_at: Mapped[dt.datetime | None]
    provided_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    recurrence: Mapped[str | None] = mapped_column(String(200))  # iCalendar RRULE
    series_id: Mapped[int | None] = mapped_column(ForeignKey("post.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(Text)

    channel: Mapped[Channel] = relationship(back_populates="posts")
    provided_by: Mapped[Person | None] = relationship()
    attachments: Mapped[list[PostAttachment]] = relationship(
        back_populates="post", cascade="all, delete-orphan"
    )


class PostAttachment(Entity, Base):
    """A file attached to a post, kept by reference (its path), not copied."""

    __tablename__ = "post_attachment"

    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(String(1000))
    title: Mapped[str | None] = mapped_column(String(300))

    post: Mapped[Post] = relationship(back_populates="attachments")


class Broadcast(Entity, Base):
    """A broadcast or an online/hybrid meeting organised by the Centre."""

    __tablename__ = "broadcast"
    __table_args__ = (
        CheckConstraint("duration_min IS NULL OR duration_min > 0", name="duration"),
        CheckConstraint(
            "attendance_actual IS NULL OR attendance_actual >= 0", name="attendance_actual"
        ),
        CheckConstraint(
            "attendance_planned IS NULL OR attendance_planned >= 0", name="attendance_planned"
        ),
    )

    kind: Mapped[BroadcastKind] = mapped_column(str_enum(BroadcastKind, "kind"))
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    duration_min: Mapped[int | None]
    audience: Mapped[Audience] = mapped_column(str_enum(Audience, "audience"))
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    status: Mapped[BroadcastStatus] = mapped_column(
        str_enum(BroadcastStatus, "status"), default=BroadcastStatus.PLANNED
    )
    url: Mapped[str | None] = mapped_column(String(500))
    place: Mapped[str | None] = mapped_column(String(300))
    attendance_planned: Mapped[int | None]
    attendance_actual: Mapped[int | None]
    note: Mapped[str | None] = mapped_column(Text)
    format: Mapped[BroadcastFormat] = mapped_column(
        str_enum(BroadcastFormat, "format"), default=BroadcastFormat.ONLINE
    )
    result: Mapped[str | None] = mapped_column(Text)  # a short note after it is held

    responsible: Mapped[Person | None] = relationship()
    audiences: Mapped[list[BroadcastAudience]] = relationship(
        back_populates="broadcast", cascade="all, delete-orphan"
    )
    attendees: Mapped[list[BroadcastAttendee]] = relationship(
        back_populates="broadcast", cascade="all, delete-orphan"
    )


class BroadcastAudience(Entity, Base):
    """One member of a broadcast's audience set: a category (staff, parents…), a study
    group or a channel — exactly one of the three."""

    __tablename__ = "broadcast_audience"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN audience IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN group_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN channel_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_target",
        ),
    )

    broadcast_id: Mapped[int] = mapped_column(
        ForeignKey("broadcast.id", ondelete="CASCADE"), index=True
    )
    audience: Mapped[Audience | None] = mapped_column(str_enum(Audience, "audience"))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("study_group.id", ondelete="CASCADE"))
    channel_id: Mapped[int | None] = mapped_column(ForeignKey("channel.id", ondelete="CASCADE"))

    broadcast: Mapped[Broadcast] = relationship(back_populates="audiences")
    group: Mapped[Group | None] = relationship()
    channel: Mapped[Channel | None] = relationship()


class BroadcastAttendee(Entity, Base):
    """A person invited to a seminar or meeting and whether they took part (3.4)."""

    __tablename__ = "broadcast_attendee"
    __table_args__ = (UniqueConstraint("broadcast_id", "person_id"),)

    broadcast_id: Mapped[int] = mapped_column(
        ForeignKey("broadcast.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=False)

    broadcast: Mapped[Broadcast] = relationship(back_populates="attendees")
    person: Mapped[Person] = relationship()


class SupportRequest(Entity, Base):
    """A request to Sferum technical support, or help given to a participant."""

    __tablename__ = "support_request"
    __table_args__ = (
        CheckConstraint(
            "status <> 'resolved' OR resolved_on IS NOT NULL", name="resolved_has_date"
        ),
        CheckConstraint("resolved_on IS NULL OR resolved_on >= opened_on", name="dates_order"),
    )

    opened_on: Mapped[dt.date] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    channel: Mapped[SupportChannel] = mapped_column(str_enum(SupportChannel, "channel"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    ticket_number: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[SupportStatus] = mapped_column(
        str_enum(SupportStatus, "status"), default=SupportStatus.OPEN
    )
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)
    kind: Mapped[SupportKind] = mapped_column(
        str_enum(SupportKind, "kind"), default=SupportKind.PARTICIPANT_HELP
    )
    answer: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person | None] = relationship()


class SupportTemplate(Entity, Base):
    """A reusable answer: copied to the clipboard or printed as a one-page instruction."""

    __tablename__ = "support_template"
    __table_args__ = (UniqueConstraint("title"),)

    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
