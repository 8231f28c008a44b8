"""Chats, channels, posts and broadcasts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from ...data.models import (
    Audience,
    Broadcast,
    BroadcastAudience,
    Channel,
    Chat,
    InviteLink,
    InviteState,
    Post,
    PostStatus,
)
from ._common import name_of


@dataclass(frozen=True)
class ChatRow:
    id: int
    kind: str
    title: str
    owner: str | None
    association: str | None
    created_on: dt.date | None
    member_count: int | None
    state: str
    invite_url: str | None  # the chat's active invite link, else its latest one
    invite_state: str | None
    group: str | None = None  # the class the chat belongs to, when it is one group's


@dataclass(frozen=True)
class ChannelRow:
    id: int
    name: str
    is_system: bool
    url: str | None
    description: str | None
    posts_total: int
    posts_planned: int  # drafts and ready posts
    posts_published: int


@dataclass(frozen=True)
class PostRow:
    id: int
    channel: str
    planned_at: dt.datetime
    title: str
    status: str
    published_at: dt.datetime | None
    provided_by: str | None
    recurring: bool


@dataclass(frozen=True)
class BroadcastRow:
    id: int
    kind: str
    title: str
    starts_at: dt.datetime
    duration_min: int | None
    audience: str
    responsible: str | None
    status: str
    place: str | None
    attendance_planned: int | None
    attendance_actual: int | None
    format: str = ""
    url: str | None = None
    result: str | None = None
    attendees: int = 0  # people listed for a seminar
    attended: int = 0  # of them, those who took part


def _chat_invites(session: Session) -> dict[int, InviteLink]:
    """For each chat its active link if there is one, else the latest one."""
    best: dict[int, InviteLink] = {}
    links = session.scalars(
        select(InviteLink)
        .where(InviteLink.chat_id.is_not(None))
        .order_by(InviteLink.created_on, InviteLink.id)
    )
    for link in links:
        chat_id = link.chat_id
        assert chat_id is not None
        held = best.get(chat_id)
        if held is None or held.state != InviteState.ACTIVE or link.state == InviteState.ACTIVE:
            best[chat_id] = link
    return best


def list_chats(session: Session) -> list[ChatRow]:
    """Every chat with its owner, association and invite link."""
    invites = _chat_invites(session)
    chats = session.scalars(
        select(Chat)
        .options(joinedload(Chat.owner), joinedload(Chat.association), joinedload(Chat.group))
        .order_by(Chat.state, Chat.kind, Chat.title, Chat.id)
    )
    rows = []
    for chat in chats:
        link = invites.get(chat.id)
        rows.append(
            ChatRow(
                id=chat.id,
                kind=chat.kind.label,
                title=chat.title,
                owner=name_of(chat.owner),
                association=chat.association.name if chat.association else None,
                created_on=chat.created_on,
                member_count=chat.member_count,
                state=chat.state.label,
                invite_url=link.url if link else None,
                invite_state=link.state.label if link else None,
                group=chat.group.sferum_class_name if chat.group else None,
            )
        )
    return rows


def list_channels(session: Session) -> list[ChannelRow]:
    """The channels, system ones first, with counts of their posts."""
    counts: dict[tuple[int, PostStatus], int] = {}
    for channel_id, status, n in session.execute(
        select(Post.channel_id, Post.status, func.count()).group_by(Post.channel_id, Post.status)
    ):
        counts[(channel_id, PostStatus(status))] = n
    channels = session.scalars(
        select(Channel).order_by(Channel.system_key.is_(None), Channel.system_key, Channel.name)
    )
    rows = []
    for channel in channels:
        by_status = {status: counts.get((channel.id, status), 0) for status in PostStatus}
        rows.append(
            ChannelRow(
                id=channel.id,
                name=channel.name,
                is_system=channel.system_key is not None,
                url=channel.url,
                description=channel.description,
                posts_total=sum(by_status.values()),
                posts_planned=by_status[PostStatus.DRAFT] + by_status[PostStatus.READY],
                posts_published=by_status[PostStatus.PUBLISHED],
            )
        )
    return rows


def list_posts(session: Session) -> list[PostRow]:
    """Every post of every channel, the latest planned first."""
    posts = session.scalars(
        select(Post)
        .options(joinedload(Post.channel), joinedload(Post.provided_by))
        .order_by(Post.planned_at.desc(), Post.id.desc())
    )
    return [
        PostRow(
            id=post.id,
            channel=post.channel.name,
            planned_at=post.planned_at,
            title=post.title,
            status=post.status.label,
            published_at=post.published_at,
            provided_by=name_of(post.provided_by),
            recurring=bool(post.recurrence) or post.series_id is not None,
        )
        for post in posts
    ]


def _audience_text(item: Broadcast) -> str:
    """«Сотрудники, Родители; Робототехника — гр. 1; ЦентрКонтакт канал»."""
    order = {audience: n for n, audience in enumerate(Audience)}
    targets: list[BroadcastAudience] = list(item.audiences)
    categories = sorted(
        (Audience(t.audience) for t in targets if t.audience is not None), key=order.__getitem__
    )
    parts = [", ".join(a.label for a in categories)] if categories else []
    parts += sorted(t.group.sferum_class_name for t in targets if t.group is not None)
    parts += sorted(t.channel.name for t in targets if t.channel is not None)
    return "; ".join(parts) if parts else item.audience.label


def list_broadcasts(session: Session) -> list[BroadcastRow]:
    """Broadcasts and meetings, the latest first."""
    broadcasts = session.scalars(
        select(Broadcast)
        .options(
            joinedload(Broadcast.responsible),
            selectinload(Broadcast.audiences).joinedload(BroadcastAudience.group),
            selectinload(Broadcast.audiences).joinedload(BroadcastAudience.channel),
            selectinload(Broadcast.attendees),
        )
        .order_by(Broadcast.starts_at.desc(), Broadcast.id.desc())
    )
    return [
        BroadcastRow(
            id=item.id,
            kind=item.kind.label,
            title=item.title,
            starts_at=item.starts_at,
            duration_min=item.duration_min,
            audience=_audience_text(item),
            responsible=name_of(item.responsible),
            status=item.status.label,
            place=item.place,
            attendance_planned=item.attendance_planned,
            attendance_actual=item.attendance_actual,
            format=item.format.label,
            url=item.url,
            result=item.result,
            attendees=len(item.attendees),
            attended=sum(1 for a in item.attendees if a.attended),
        )
        for item in broadcasts
    ]
