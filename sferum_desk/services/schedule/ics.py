"""The schedule as an RFC 5545 calendar (.ics): posts and broadcasts/meetings with
reminders, so the administrator gets them in any calendar application.

UIDs are stable across exports (``post-<id>`` / ``event-<id>`` plus the Centre's INN when the
card has one), so re-importing an export updates events instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Alarm, Calendar, Event, Timezone
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ...data.models import Broadcast, BroadcastStatus, Channel, Organisation, Post, PostStatus
from ..clock import centre_now, day_start, local, zone
from ..organisation import ValidationError

POST_MINUTES = 15
REMINDER = dt.timedelta(minutes=30)
PRODID = "-//Sferum Desk//Контент-план//RU"


def _uid_domain(session: Session) -> str:
    org = session.get(Organisation, 1)
    inn = "".join(ch for ch in (org.inn or "") if ch.isdigit()) if org else ""
    return f"{inn}.sferum-desk" if inn else "sferum-desk"


def _event(
    uid: str,
    starts: dt.datetime,
    ends: dt.datetime,
    summary: str,
    description: str,
    stamp: dt.datetime,
) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", starts.replace(tzinfo=zone()))
    event.add("dtend", ends.replace(tzinfo=zone()))
    event.add("summary", summary)
    event.add("description", description)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", -REMINDER)
    event.add_component(alarm)
    return event


def find_channel(session: Session, name: str) -> Channel:
    """The channel called ``name`` (case-insensitive), or a Russian error listing them."""
    channels = session.scalars(select(Channel).order_by(Channel.name)).all()
    for channel in channels:
        if channel.name.casefold() == name.strip().casefold():
            return channel
    names = ", ".join(f"«{c.name}»" for c in channels) or "каналов нет"
    raise ValidationError({"channel": f"Канал «{name}» не найден. Есть каналы: {names}"})


def calendar_ics(
    session: Session,
    start: dt.date,
    end: dt.date,
    channel: str | None = None,
    now: dt.datetime | None = None,
) -> bytes:
    """Posts (not cancelled) and broadcasts/meetings (not cancelled) planned in
    [start, end] as iCalendar bytes; with ``channel`` only that channel's posts and no
    events. ``now`` (naive, the Centre's time) is the DTSTAMP."""
    if end < start:
        raise ValidationError(
            {"end": f"Конец периода {end:%d.%m.%Y} раньше начала {start:%d.%m.%Y}"}
        )
    stamp = (now or centre_now()).replace(tzinfo=zone()).astimezone(dt.UTC)
    lo, hi = day_start(start), day_start(end + dt.timedelta(days=1))
    domain = _uid_domain(session)

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Контент-план Сферума")
    calendar.add("x-wr-timezone", zone().key)
    calendar.add_component(Timezone.from_tzid(zone().key))

    query = (
        select(Post)
        .options(joinedload(Post.channel))
        .where(Post.planned_at >= lo, Post.planned_at < hi, Post.status != PostStatus.CANCELLED)
        .order_by(Post.planned_at, Post.id)
    )
    if channel is not None:
        query = query.where(Post.channel_id == find_channel(session, channel).id)
    for post in session.scalars(query).unique():
        begins = local(post.planned_at)
        lines = [f"Канал: {post.channel.name}", f"Статус: {post.status.label}"]
        if post.body:
            lines += ["", post.body]
        calendar.add_component(
            _event(
                f"post-{post.id}@{domain}",
                begins,
                begins + dt.timedelta(minutes=POST_MINUTES),
                f"{post.channel.name}: {post.title}",
                "\n".join(lines),
                stamp,
            )
        )
    if channel is None:
        events = session.scalars(
            select(Broadcast)
            .where(
                Broadcast.starts_at >= lo,
                Broadcast.starts_at < hi,
                Broadcast.status != BroadcastStatus.CANCELLED,
            )
            .order_by(Broadcast.starts_at, Broadcast.id)
        )
        for item in events:
            begins = local(item.starts_at)
            lines = [f"{item.kind.label}", f"Статус: {item.status.label}"]
            if item.url:
                lines.append(f"Ссылка: {item.url}")
            if item.place:
                lines.append(f"Место: {item.place}")
            if item.note:
                lines += ["", item.note]
            calendar.add_component(
                _event(
                    f"event-{item.id}@{domain}",
                    begins,
                    begins + dt.timedelta(minutes=item.duration_min or 60),
                    item.title,
                    "\n".join(lines),
                    stamp,
                )
            )
    return bytes(calendar.to_ical())
