"""The demonstration Centre: a complete, realistic, reproducible database to try the app on.

``generate_steps`` fills an empty database with a fictional МБУ ДО ДЮЦ «Контакт»: staff,
nomenclature, families, a year of movement with its orders, Sferum membership, invite links,
chats, a posting schedule around ``today``, broadcasts and tasks. One ``random.Random(seed)``
drives every choice, always over lists in a fixed order and never over database ids or query
order, so the same seed and day give the same Centre on SQLite and PostgreSQL alike.

The steps live by subject in ``org``, ``people``, ``sferum``, ``tasks`` and ``comms``; what they
share is the ``builder.Builder``; the data they draw from is in ``names`` and ``catalogues``.
``movement`` asks for a journal of that many events (the large Centre of the benchmarks):
``courses`` makes up the difference with short programmes. The bulky tables are written
by ``bulk`` with Core inserts.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ...data.models import (
    Association,
    Broadcast,
    Chat,
    Group,
    GroupKind,
    InviteLink,
    Order,
    Person,
    Post,
)
from ..nomenclature import plural
from . import comms, courses, org, people, sferum, tasks
from .builder import Builder

__all__ = ["MAX_MOVEMENT", "MAX_STUDENTS", "DemoError", "generate", "generate_steps", "is_empty"]

MAX_STUDENTS = 20_000
MAX_MOVEMENT = 200_000


class DemoError(Exception):
    """The demo cannot be generated here; the message is for the user (Russian)."""


_CONTENT_CHECKS: tuple[tuple[str, Select[Any]], ...] = (
    ("люди", select(Person.id)),
    ("детские объединения", select(Association.id)),
    ("группы", select(Group.id).where(Group.kind != GroupKind.STAFF_ROOM)),
    ("приказы", select(Order.id)),
    ("ссылки-приглашения", select(InviteLink.id)),
    ("чаты", select(Chat.id)),
    ("публикации", select(Post.id)),
    ("трансляции", select(Broadcast.id)),
)


def _extra_movement(builder: Builder) -> None:
    natural = courses.natural_events(builder)
    if builder.movement is not None and builder.movement < natural:
        have = plural(natural, "событие", "события", "событий")
        raise DemoError(
            f"В журнале движения этого Центра уже {have}"
            " (зачисления, переводы и отчисления обучающихся, приём и увольнение "
            f"сотрудников): число событий должно быть не меньше {natural}."
        )
    try:
        courses.courses(builder)
    except courses.MovementTooLargeError as exc:
        raise DemoError(
            "Столько событий движения не получится: каждый обучающийся уже записан на "
            f"{courses.COURSES_PER_PUPIL} краткосрочные программы. Укажите меньше событий "
            "или больше обучающихся."
        ) from exc


_EXTRA_MOVEMENT = ("Краткосрочные программы", _extra_movement)  # only with ``movement``

STEPS: tuple[tuple[str, Callable[[Builder], None]], ...] = (
    ("Учебные годы и приказы", org.years_and_orders),
    ("Сотрудники и карточка организации", org.staff_and_card),
    ("Детские объединения и группы", org.nomenclature),
    ("Обучающиеся и родители", people.families),
    ("Зачисление, переводы и отчисления", people.enrolments),
    ("Журнал движения", people.movement),
    _EXTRA_MOVEMENT,
    ("Чаты", comms.chats),
    ("Ссылки-приглашения", sferum.invites),
    ("Участие в Сферуме", sferum.memberships),
    ("Заявки на вступление", sferum.join_requests),
    ("Задачи администратора", tasks.tasks),
    ("Каналы и публикации", comms.posts),
    ("Трансляции и совещания", comms.broadcasts),
    ("Обращения в поддержку", comms.support),
)


def _found_content(session: Session) -> list[str]:
    return [label for label, query in _CONTENT_CHECKS if session.scalar(query.limit(1)) is not None]


def is_empty(session: Session) -> bool:
    """True when the database holds only the organisation card and the base records."""
    return not _found_content(session)


def generate_steps(
    session: Session,
    *,
    seed: int = 1,
    students: int = 600,
    today: dt.date | None = None,
    movement: int | None = None,
) -> Iterator[tuple[int, int, str]]:
    """Build the demo Centre in ``session``, yielding ``(done, total, step label)``;
    ``movement`` is the number of events its journal should hold (``None``: those the
    year's own enrolments, transfers and expulsions make, about one per pupil).

    The caller owns the transaction: it commits after the last step, or stops iterating and
    rolls back to cancel (as after a :class:`DemoError` raised on the way).
    """
    if not 1 <= students <= MAX_STUDENTS:
        raise DemoError(f"Число обучающихся должно быть от 1 до {MAX_STUDENTS}.")
    if movement is not None and not 1 <= movement <= MAX_MOVEMENT:
        raise DemoError(f"Число событий движения должно быть от 1 до {MAX_MOVEMENT}.")
    found = _found_content(session)
    if found:
        raise DemoError(
            "База не пуста: в ней уже есть " + ", ".join(found) + ". Демонстрационный Центр "
            "создаётся только в пустой базе — откройте или создайте новую."
        )
    builder = Builder(session, random.Random(seed), students, today or dt.date.today(), movement)
    steps = [step for step in STEPS if movement is not None or step is not _EXTRA_MOVEMENT]
    total = len(steps)
    for done, (label, step) in enumerate(steps):
        yield done, total, label
        step(builder)
        session.flush()
    yield total, total, "Демонстрационный Центр готов"


def generate(
    session: Session,
    *,
    seed: int = 1,
    students: int = 600,
    today: dt.date | None = None,
    movement: int | None = None,
) -> None:
    """Build the whole demo Centre in ``session`` (see :func:`generate_steps`).

    Raises :class:`DemoError` before changing anything if the database is not empty; one
    raised later (too few or too many movement events) leaves the rollback to the caller.
    """
    steps = generate_steps(session, seed=seed, students=students, today=today, movement=movement)
    for _progress in steps:
        pass
