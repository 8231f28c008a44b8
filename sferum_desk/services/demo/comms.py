"""Communication: chats, the channels' posting schedule, broadcasts and support requests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from sqlalchemy import select

from ...data.models import (
    Audience,
    Broadcast,
    BroadcastAttendee,
    BroadcastAudience,
    BroadcastFormat,
    BroadcastKind,
    BroadcastStatus,
    Channel,
    Chat,
    ChatKind,
    ChatState,
    Person,
    Post,
    PostStatus,
    StaffPosition,
    SupportChannel,
    SupportKind,
    SupportRequest,
    SupportStatus,
    SystemChannel,
)
from ..schedule.recurrence import Recurrence
from ..support import populate_support_demo
from . import catalogues as data
from .builder import Builder, days

MSK = dt.timezone(dt.timedelta(hours=3), "MSK")


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=MSK)


def _ru_day(day: dt.date) -> str:
    return f"{day.day} {data.MONTHS_GENITIVE[day.month - 1]}"


# -- chats ----------------------------------------------------------------------------------


def chats(b: Builder) -> None:
    rng, ys, reg, k = b.rng, b.ys, b.admin_registered_on, ChatKind
    director = b.director.person

    def chat(
        kind: ChatKind,
        title: str,
        owner: Person,
        day: dt.date,
        count: int,
        i: int = -1,
        **fields: object,
    ) -> None:
        association = b.associations[i] if i >= 0 else None
        b.chats[(i, kind)] = Chat(
            kind=kind,
            title=title,
            owner=owner,
            association=association,
            created_on=day,
            member_count=count,
            **fields,
        )

    teachers = sum(
        1
        for st in b.staff
        if st.dismissed_on is None
        and st.job is not None
        and st.job.position == StaffPosition.TEACHER
    )
    deputies = len(b.deputies)
    activists = sum(1 for p in b.parents if p.is_activist)
    # (kind, title, owner, created so many days after the administrator's registration, size)
    administration: tuple[tuple[ChatKind, str, Person, tuple[int, int], int], ...] = (
        (k.DIRECTOR_DEPUTIES, "Директор — заместители", director, (3, 20), deputies + 1),
        (k.DIRECTOR_TEACHERS, "Директор — педагоги", director, (3, 20), teachers + deputies + 1),
        (k.DIRECTOR_PARENT_ACTIVISTS, "Директор — родительский актив", director, (30, 90),
         activists + 1),
        (k.ADMINISTRATION_OTHER, "Методический совет", b.deputies[-1].person, (20, 60),
         len(b.methodists) + deputies + 2),
    )  # fmt: skip
    for kind, title, owner, (lo, hi), count in administration:
        chat(kind, title, owner, b.between(reg + days(lo), reg + days(hi)), count)
    prev = b.prev_year
    chat(
        k.OTHER,
        f"Оргкомитет фестиваля «Созвездие талантов» {prev.name}",
        b.organisers[0].person,
        b.between(prev.starts_on + days(40), prev.starts_on + days(70)),
        rng.randint(8, 14),
        state=ChatState.ARCHIVED,
        note="Фестиваль прошёл, чат переведён в архив",
    )
    # Gaps the compliance view must show: no student-activists chat, one association
    # without any chat and one without a parents' chat.
    free = [i for i in range(len(b.associations)) if i not in (b.admin_idx, b.leaver_idx)]
    b.no_chats, b.no_parents_chat = b.pick(free, 2)
    for i, association in enumerate(b.associations):
        if i == b.no_chats:
            continue
        pupils = sum(len(s.members) for s in b.slots if s.assoc == i)
        day = b.between(reg + days(14), ys + days(20))
        head = b.heads[i].person
        owner = b.leaver.person if i == b.leaver_idx else head  # a dismissed owner
        for kind, audience, by, (least, most) in (
            (k.ASSOCIATION_STUDENTS, "обучающиеся", head, (0.45, 0.8)),
            (k.ASSOCIATION_PARENTS, "родители", owner, (0.5, 0.9)),
        ):
            if kind == k.ASSOCIATION_PARENTS and i == b.no_parents_chat:
                continue
            count = round(pupils * rng.uniform(least, most)) + 1
            chat(kind, f"{association.name} — {audience}", by, day, count, i)
    b.s.add_all(list(b.chats.values()))


# -- channels and posts ---------------------------------------------------------------------


def _deck(b: Builder, titles: Sequence[str]) -> Iterator[str]:
    """Titles in shuffled rounds, so the same one does not come up twice in a row."""
    while True:
        round_ = list(titles)
        b.rng.shuffle(round_)
        yield from round_


def _extra_channel(b: Builder) -> Channel:
    extra = b.s.scalar(select(Channel).where(Channel.name == data.EXTRA_CHANNEL))
    if extra is None:
        extra = Channel(
            name=data.EXTRA_CHANNEL,
            colour="#d62728",
            url=f"https://vk.com/club{b.club}",
            description="Соревнования, сборы и победы спортсменов Центра",
        )
        b.s.add(extra)
        b.s.flush()
    return extra


def posts(b: Builder) -> None:
    rng, s, today = b.rng, b.s, b.today
    extra = _extra_channel(b)
    centre, staff = b.channels[SystemChannel.CENTRE], b.channels[SystemChannel.STAFF]
    administration = [st.person for st in [b.director, *b.deputies, b.methodists[0]]]
    authors = [st.person for st in b.organisers[:2] + b.teachers[:6]]
    decks = {
        centre.id: _deck(b, data.CENTRE_POSTS),
        staff.id: _deck(b, data.STAFF_POSTS),
        extra.id: _deck(b, data.EXTRA_CHANNEL_POSTS),
    }
    rows: list[Post] = []
    series: list[Post] = []

    def post(
        channel: Channel,
        day: dt.date,
        hour: int,
        dated: Sequence[str] = (),
        share: float = 0.0,
        by: Sequence[Person] = (),
        by_share: float = 0.0,
        title: str | None = None,
    ) -> Post:
        if title is None:
            if dated and rng.random() < share:
                title = rng.choice(dated).format(date=_ru_day(day + days(rng.randint(2, 6))))
            else:
                title = next(decks[channel.id])
        row = Post(  # by id: the channels' post lists are not loaded
            channel_id=channel.id,
            title=title,
            planned_at=_at(day, hour, rng.choice((0, 30))),
            provided_by=rng.choice(by) if by and rng.random() < by_share else None,
        )
        rows.append(row)
        return row

    for offset in range(-30, 31):
        day = today + days(offset)
        weekday = day.weekday()
        if weekday == 0:
            series.append(
                post(staff, day, 8, title=data.WEEKLY_POST, by=administration, by_share=1)
            )
        if weekday in (0, 2, 4):
            post(centre, day, 12, data.CENTRE_DATED_POSTS, 0.15, authors, 0.35)
        if weekday in (1, 3):
            post(staff, day, 15, data.STAFF_DATED_POSTS, 0.35, administration, 0.6)
        if weekday == 5:
            post(extra, day, 11)
    _set_post_status(b, rows, series)
    last = series[-1].planned_at.date()
    _link_series(b, series, Recurrence("weekly", weekdays=(0,), until=last))
    s.add_all(rows)
    _planned_series(b, centre)


def _link_series(b: Builder, series: list[Post], rule: Recurrence) -> None:
    """Make the first post the series master holding ``rule``, the others its occurrences."""
    head = series[0]
    head.recurrence = rule.to_rrule()
    b.s.add(head)
    b.s.flush()
    for row in series[1:]:
        row.series_id = head.id
    b.s.add_all(series)


def _planned_series(b: Builder, centre: Channel) -> None:
    """The Centre channel's weekly digest (Fridays 18:00) and monthly plan (the 1st, 10:00),
    over the same two months; no random draws, so the rest of the demo is unchanged."""
    today, now = b.today, _at(b.today, 12)
    start, end = today - days(30), today + days(30)
    for title, hour, rule in (
        (data.DIGEST_POST, 18, Recurrence("weekly", weekdays=(4,), until=end)),
        (data.MONTH_PLAN_POST, 10, Recurrence("monthly", month_day=1, until=end)),
    ):
        first = dt.datetime.combine(start, dt.time(hour))
        series: list[Post] = []
        for moment in rule.occurrences(first):
            at = moment.replace(tzinfo=MSK)
            row = Post(channel_id=centre.id, title=title, planned_at=at, status=PostStatus.DRAFT)
            if at < now:
                row.status, row.published_at = PostStatus.PUBLISHED, at + dt.timedelta(minutes=5)
            elif at.date() <= today + days(7):
                row.status = PostStatus.READY
            if row.status != PostStatus.DRAFT:
                row.body = f"{title}: главное о жизни Центра."
            series.append(row)
        _link_series(b, series, rule)


def _set_post_status(b: Builder, rows: list[Post], series: list[Post]) -> None:
    """Published in the past but for a few cancelled and one overdue; partly ready ahead."""
    rng, today = b.rng, b.today
    past = [p for p in rows if p.planned_at.date() < today]
    cancelled = b.pick([p for p in past if p not in series], 3)
    overdue = b.pick([p for p in past[-8:] if p not in cancelled + series], 1)
    for row in rows:
        row.status = PostStatus.DRAFT
        if row in cancelled:
            row.status, row.note = PostStatus.CANCELLED, "Мероприятие перенесено"
        elif row in overdue:
            row.status = PostStatus.READY  # due and not published: the overdue warning
        elif row.planned_at.date() < today:
            row.status = PostStatus.PUBLISHED
            row.published_at = row.planned_at + dt.timedelta(minutes=rng.randint(0, 25))
        elif row.planned_at.date() <= today + days(7):
            row.status = PostStatus.READY if rng.random() < 0.7 else PostStatus.DRAFT
        elif rng.random() < 0.25:
            row.status = PostStatus.READY
        if row.status != PostStatus.DRAFT:
            row.body = f"{row.title}. Подробности — у администрации Центра и на сайте."


# -- broadcasts and meetings ----------------------------------------------------------------


def broadcasts(b: Builder) -> None:
    rng, today, audience = b.rng, b.today, Audience
    # who answers for a broadcast to each audience, and how many are expected to come
    plans = {
        audience.ADMINISTRATION: (b.director, (3, 6)),
        audience.STAFF: (b.deputies[0], (25, 40)),
        audience.PARENTS: (b.deputies[-1], (20, 60)),
        audience.ALL: (b.organisers[0], (150, 300)),
        audience.STUDENTS: (b.methodists[0], (40, 120)),
    }
    rows: list[Broadcast] = []
    cancelled = rng.randrange(len(data.FUTURE_BROADCASTS))
    for future, specs in ((False, data.PAST_BROADCASTS), (True, data.FUTURE_BROADCASTS)):
        for n, spec in enumerate(specs):
            if future:
                day = b.between(today + days(1), today + days(45), future=True)
                status = BroadcastStatus.CANCELLED if n == cancelled else BroadcastStatus.PLANNED
            else:
                day = b.between(today - days(60), today - days(2))
                status = BroadcastStatus.HELD
            responsible, expected = plans[spec.audience]
            planned = rng.randint(*expected)
            if spec.kind == BroadcastKind.BROADCAST:
                url = f"https://vk.com/video-{b.club}_{rng.randint(456239000, 456239999)}"
            else:
                url = b.url("https://vk.com/call/join/", 43)
            rows.append(
                Broadcast(
                    kind=spec.kind,
                    title=spec.title,
                    starts_at=_at(day, rng.choice((10, 14, 15, 16)), rng.choice((0, 30))),
                    duration_min=spec.duration_min,
                    audience=spec.audience,
                    responsible=responsible.person,
                    status=status,
                    url=url,
                    place=spec.place,
                    attendance_planned=planned,
                    attendance_actual=None if future else round(planned * rng.uniform(0.6, 0.95)),
                    # a place as well as the link: people in the hall and online
                    format=BroadcastFormat.HYBRID if spec.place else BroadcastFormat.ONLINE,
                    audiences=[BroadcastAudience(audience=spec.audience)],
                )
            )
            if spec.kind == BroadcastKind.SEMINAR:  # teachers invited; who took part (3.4)
                invited = rng.sample(b.teachers, min(len(b.teachers), 12))
                rows[-1].attendees = [
                    BroadcastAttendee(person=t.person, attended=not future and rng.random() < 0.8)
                    for t in invited
                ]
                rows[-1].attendance_planned = len(invited)
                if not future:
                    rows[-1].attendance_actual = sum(a.attended for a in rows[-1].attendees)
                    rows[-1].result = "Разобрали создание классов и чатов, ответили на вопросы."
    rows.sort(key=lambda row: row.starts_at)
    b.s.add_all(rows)


# -- support requests -----------------------------------------------------------------------


def support(b: Builder) -> None:
    rng, today = b.rng, b.today
    rows: list[SupportRequest] = []
    for n, spec in enumerate(data.SUPPORT_REQUESTS):
        opened = b.between(today - days(80), today - days(3))
        status = (SupportStatus.RESOLVED, SupportStatus.WAITING, SupportStatus.OPEN)[n % 3]
        by_bot = spec.channel == SupportChannel.CHAT_BOT
        rows.append(
            SupportRequest(
                opened_on=opened,
                subject=spec.subject,
                description=spec.description,
                channel=spec.channel,
                person=rng.choice(b.parents) if by_bot else b.admin.person,
                status=status,
                ticket_number=f"{rng.randint(10**6, 10**7 - 1)}"
                if spec.channel == SupportChannel.EMAIL
                else None,
                resolved_on=min(opened + days(rng.randint(1, 10)), today)
                if status == SupportStatus.RESOLVED
                else None,
                kind=SupportKind.PLATFORM_REQUEST
                if spec.channel in (SupportChannel.EMAIL, SupportChannel.CHAT_BOT)
                else SupportKind.PARTICIPANT_HELP,
                answer="Решено: инструкция отправлена, проблема не повторяется."
                if status == SupportStatus.RESOLVED
                else None,
            )
        )
    rows.sort(key=lambda r: r.opened_on)
    b.s.add_all(rows)
    populate_support_demo(b.s)  # the reusable answer templates
