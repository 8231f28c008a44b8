"""Shared pieces of the posting schedule: the Centre's time, drafts, scopes, record look-ups.

The database keeps moments as UTC; the schedule's API speaks naive wall-clock time of the
Centre (Moscow by default; Russia's zones have had no daylight saving since 2014, so a series
at 18:00 stays at 18:00 all year).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy.orm import Session

from ...data.models import Channel, Post, PostStatus
from ..organisation import ValidationError

Scope = Literal["one", "following", "series"]
SCOPES: tuple[Scope, ...] = ("one", "following", "series")

STALE_POST = (
    "Публикацию «{title}» уже изменили в другом окне или другой администратор. "
    "Закройте окно и откройте публикацию заново."
)
STALE_CHANNEL = (
    "Канал «{name}» уже изменили в другом окне или другой администратор. "
    "Закройте окно и откройте канал заново."
)

# Colours for channels that have none of their own, picked by id so they stay stable.
PALETTE = ("#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#e53935", "#6d4c41")
EVENT_COLOUR = "#5e35b1"


def channel_colour(channel: Channel) -> str:
    """The channel's own colour, or a stable one from the palette."""
    return channel.colour or PALETTE[(channel.id or 0) % len(PALETTE)]


@dataclass
class PostDraft:
    """The editable fields of a post, as plain values (times naive, the Centre's)."""

    channel_id: int
    planned_at: dt.datetime
    title: str
    body: str = ""
    status: PostStatus = PostStatus.DRAFT
    published_at: dt.datetime | None = None
    provided_by_id: int | None = None  # who supplied the material (a person)
    note: str = ""
    attachments: list[str] = field(default_factory=list)  # file paths, kept by reference


def get_post(session: Session, post_id: int) -> Post:
    post = session.get(Post, post_id)
    if post is None:
        raise ValidationError({"post": "Публикация не найдена: возможно, её уже удалили."})
    return post


def get_channel(session: Session, channel_id: int) -> Channel:
    channel = session.get(Channel, channel_id)
    if channel is None:
        raise ValidationError({"channel": "Канал не найден: возможно, его уже удалили."})
    return channel
