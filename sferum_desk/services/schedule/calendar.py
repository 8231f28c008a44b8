"""Warnings (overdue, crowded posts) and the calendar's items: posts and events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ...data.models import Broadcast, Post, PostStatus
from ..clock import day_start, local, to_db
from ..settings import post_min_interval_minutes
from .common import EVENT_COLOUR, channel_colour

_DUE = (PostStatus.DRAFT, PostStatus.READY)


@dataclass(frozen=True)
class CalendarItem:
    kind: str  # "post" | "event"
    id: int
    starts_at: dt.datetime  # naive, the Centre's time
    ends_at: dt.datetime | None
    title: str
    source: str  # channel name, or the event kind's Russian label
    colour: str  # "#rrggbb"
    status: str  # Russian label of the status
    overdue: bool
    crowded: bool
    in_series: bool


def overdue_posts(session: Session, now: dt.datetime) -> list[int]:
    """Posts planned before ``now`` (naive, the Centre's time) and still draft or ready,
    oldest first."""
    return list(
        session.scalars(
            select(Post.id)
            .where(Post.planned_at < to_db(now), Post.status.in_(_DUE))
            .order_by(Post.planned_at, Post.id)
        )
    )


def crowded_posts(
    session: Session, start: dt.date, end: dt.date, minutes: int | None = None
) -> set[int]:
    """Posts (not cancelled) planned in [start, end) closer than ``minutes`` (the setting
    by default) to another post of the same channel."""
    if minutes is None:
        minutes = post_min_interval_minutes(session)
    gap = dt.timedelta(minutes=minutes)
    rows = session.execute(
        select(Post.id, Post.channel_id, Post.planned_at)
        .where(
            Post.planned_at >= day_start(start) - gap,
            Post.planned_at < day_start(end) + gap,
            Post.status != PostStatus.CANCELLED,
        )
        .order_by(Post.channel_id, Post.planned_at, Post.id)
    ).all()
    lo, hi = day_start(start), day_start(end)
    crowded: set[int] = set()
    for before, after in zip(rows, rows[1:], strict=False):
        if before.channel_id == after.channel_id and after.planned_at - before.planned_at < gap:
            crowded.update(row.id for row in (before, after) if lo <= row.planned_at < hi)
    return crowded


def calendar_items(
    session: Session,
    start: dt.date,
    end: dt.date,
    now: dt.datetime,
    channel_ids: Collection[int] | None = None,
    with_events: bool = True,
) -> list[CalendarItem]:
    """Posts and (with ``with_events``) broadcasts and meetings in [start, end), by time."""
    lo, hi = day_start(start), day_start(end)
    query = (
        select(Post)
        .options(joinedload(Post.channel))
        .where(Post.planned_at >= lo, Post.planned_at < hi)
    )
    if channel_ids is not None:
        query = query.where(Post.channel_id.in_(list(channel_ids)))
    crowded = crowded_posts(session, start, end)
    items = [
        CalendarItem(
            kind="post",
            id=post.id,
            starts_at=local(post.planned_at),
            ends_at=None,
            title=post.title,
            source=post.channel.name,
            colour=channel_colour(post.channel),
            status=post.status.label,
            overdue=post.status in _DUE and local(post.planned_at) < now,
            crowded=post.id in crowded,
            in_series=post.series_id is not None or post.recurrence is not None,
        )
        for post in session.scalars(query).unique()
    ]
    if with_events:
        for event in session.scalars(
            select(Broadcast).where(Broadcast.starts_at >= lo, Broadcast.starts_at < hi)
        ):
            begins = local(event.starts_at)
            items.append(
                CalendarItem(
                    kind="event",
                    id=event.id,
                    starts_at=begins,
                    ends_at=begins + dt.timedelta(minutes=event.duration_min)
                    if event.duration_min
                    else None,
                    title=event.title,
                    source=event.kind.label,
                    colour=EVENT_COLOUR,
                    status=event.status.label,
                    overdue=False,
                    crowded=False,
                    in_series=False,
                )
            )
    items.sort(key=lambda item: (item.starts_at, item.kind != "event", item.id))
    return items
