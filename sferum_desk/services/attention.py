"""What needs the administrator's attention today, for the «Требует внимания» list on Обзор.

Each item counts records that call for a step in Sferum or in the app (an overdue Sferum
task, an undecided join request, …) and names the page where they are dealt with. Items
with nothing to count are left out, so an empty list means nothing is waiting.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..data.models import (
    Broadcast,
    BroadcastStatus,
    ConsentState,
    InviteLink,
    InviteState,
    JoinRequest,
    JoinRequestDecision,
    Membership,
    Person,
    PersonKind,
    SferumTask,
    TaskState,
)
from .chats import compliance
from .clock import day_start
from .invites.audit import count_links_of_people_who_left
from .nomenclature.common import plural
from .schedule import centre_now, overdue_posts
from .settings import invite_unclaimed_days
from .stats import active_enrolments, active_staff_ids


@dataclass(frozen=True)
class AttentionItem:
    key: str  # stable name for tests and the GUI's object names
    text: str  # «3 просроченные задачи Сферума»
    count: int
    page: str  # the main window's page key where the records are dealt with
    informational: bool = False  # something coming up, not something late or missing


def _overdue_tasks(session: Session, day: dt.date) -> int:
    return (
        session.scalar(
            select(func.count(SferumTask.id)).where(
                SferumTask.state == TaskState.OPEN, SferumTask.due_on < day
            )
        )
        or 0
    )


def _open_tasks_in_time(session: Session, day: dt.date) -> int:
    """Open tasks not yet overdue: due on ``day`` or later, or with no due date."""
    return (
        session.scalar(
            select(func.count(SferumTask.id)).where(
                SferumTask.state == TaskState.OPEN,
                (SferumTask.due_on.is_(None)) | (SferumTask.due_on >= day),
            )
        )
        or 0
    )


def _pending_requests(session: Session) -> int:
    return (
        session.scalar(
            select(func.count(JoinRequest.id)).where(
                JoinRequest.decision == JoinRequestDecision.PENDING
            )
        )
        or 0
    )


def _students_without_consent(session: Session, day: dt.date) -> int:
    enrolled = active_enrolments(day).subquery()
    return (
        session.scalar(
            select(func.count(Person.id)).where(
                Person.kind == PersonKind.STUDENT,
                Person.id.in_(select(enrolled.c.student_id)),
                Person.consent_state != ConsentState.GIVEN,
            )
        )
        or 0
    )


def _admins_who_left(session: Session, day: dt.date) -> int:
    return (
        session.scalar(
            select(func.count(Membership.id)).where(
                Membership.is_extra_admin.is_(True),
                Membership.person_id.not_in(active_staff_ids(day)),
            )
        )
        or 0
    )


def _overdue_posts(session: Session, day: dt.date) -> int:
    """Posts due before now (today) or before the start of ``day`` (another day)."""
    now = centre_now()
    moment = now if day == now.date() else dt.datetime.combine(day, dt.time())
    return len(overdue_posts(session, moment))


def unclaimed_links(session: Session, day: dt.date) -> int:
    """Active links nobody has used for more than the setting's N days on ``day`` — the
    audit's «unclaimed» finding (created more than N days before ``day``)."""
    oldest = day - dt.timedelta(days=invite_unclaimed_days(session))
    return (
        session.scalar(
            select(func.count(InviteLink.id)).where(
                InviteLink.state == InviteState.ACTIVE,
                InviteLink.used_on.is_(None),
                InviteLink.created_on < oldest,
            )
        )
        or 0
    )


def broadcasts_this_week(session: Session, day: dt.date) -> int:
    """Planned broadcasts and meetings starting on ``day`` or in the six days after it."""
    return (
        session.scalar(
            select(func.count(Broadcast.id)).where(
                Broadcast.status == BroadcastStatus.PLANNED,
                Broadcast.starts_at >= day_start(day),
                Broadcast.starts_at < day_start(day + dt.timedelta(days=7)),
            )
        )
        or 0
    )


def collect_attention(session: Session, on: dt.date | None = None) -> list[AttentionItem]:
    """The items with a non-zero count, most urgent first."""
    day = on or dt.date.today()
    items = [
        AttentionItem(
            "overdue_tasks",
            plural(
                n := _overdue_tasks(session, day),
                "просроченная задача Сферума",
                "просроченные задачи Сферума",
                "просроченных задач Сферума",
            ),
            n,
            "tasks",
        ),
        AttentionItem(
            "open_tasks",
            plural(
                n := _open_tasks_in_time(session, day),
                "открытая задача Сферума — срок ещё не истёк",
                "открытые задачи Сферума — срок ещё не истёк",
                "открытых задач Сферума — срок ещё не истёк",
            ),
            n,
            "tasks",
        ),
        AttentionItem(
            "overdue_posts",
            plural(
                n := _overdue_posts(session, day),
                "публикация просрочена — опубликуйте или перенесите",
                "публикации просрочены — опубликуйте или перенесите",
                "публикаций просрочены — опубликуйте или перенесите",
            ),
            n,
            "posts",
        ),
        AttentionItem(
            "chats_to_fix",
            plural(
                n := sum(not f.covered for f in compliance(session, day)),
                "обязательный чат не создан или без владельца — «Проверка чатов…»",
                "обязательных чата не созданы или без владельца — «Проверка чатов…»",
                "обязательных чатов не созданы или без владельца — «Проверка чатов…»",
            ),
            n,
            "chats",
        ),
        AttentionItem(
            "admins_who_left",
            plural(
                n := _admins_who_left(session, day),
                "дополнительный администратор уже не работает в Центре — снимите права",
                "дополнительных администратора уже не работают в Центре — снимите права",
                "дополнительных администраторов уже не работают в Центре — снимите права",
            ),
            n,
            "staff",
        ),
        AttentionItem(
            "links_of_people_who_left",
            plural(
                n := count_links_of_people_who_left(session, day),
                "ссылка выдана выбывшим — аннулируйте",
                "ссылки выданы выбывшим — аннулируйте",
                "ссылок выданы выбывшим — аннулируйте",
            ),
            n,
            "invites",
        ),
        AttentionItem(
            "unclaimed_links",
            plural(
                n := unclaimed_links(session, day),
                "ссылка не востребована дольше срока — проверьте и аннулируйте",
                "ссылки не востребованы дольше срока — проверьте и аннулируйте",
                "ссылок не востребованы дольше срока — проверьте и аннулируйте",
            ),
            n,
            "invites",
        ),
        AttentionItem(
            "pending_join_requests",
            plural(
                n := _pending_requests(session),
                "заявка на вступление ждёт решения",
                "заявки на вступление ждут решения",
                "заявок на вступление ждут решения",
            ),
            n,
            "students",
        ),
        AttentionItem(
            "students_without_consent",
            plural(
                n := _students_without_consent(session, day),
                "обучающийся без согласия на обработку персональных данных",
                "обучающихся без согласия на обработку персональных данных",
                "обучающихся без согласия на обработку персональных данных",
            ),
            n,
            "students",
        ),
        # Informational, so last: what is coming up, not what is late.
        AttentionItem(
            "broadcasts_this_week",
            plural(
                n := broadcasts_this_week(session, day),
                "трансляция или встреча запланирована на ближайшие 7 дней",
                "трансляции или встречи запланированы на ближайшие 7 дней",
                "трансляций или встреч запланировано на ближайшие 7 дней",
            ),
            n,
            "broadcasts",
            informational=True,
        ),
    ]
    return [item for item in items if item.count]
