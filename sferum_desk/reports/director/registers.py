"""Register sheets of the director's reports: movement, invite links, chats."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ...data.models import Group, MovementEvent, MovementKind, Order, Person
from ...services.chats import FINDING_TITLES as CHAT_FINDING_TITLES
from ...services.chats import compliance, compliance_summary
from ...services.invites.audit import FINDING_TITLES as LINK_FINDING_TITLES
from ...services.invites.audit import audit_links
from ...services.listings.comms import list_chats
from ...services.listings.sferum import list_invites
from ...services.organisation import organisation_name
from ...services.summary import period_of
from ..xlsx import Column, Formula, Table

if TYPE_CHECKING:
    from . import ReportRequest


def _d(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def _lines(
    session: Session, on: dt.date, start: dt.date | None = None, end: dt.date | None = None
) -> list[str]:
    centre = organisation_name(session) or ""
    lines = [centre] if centre else []
    if start is not None and end is not None:
        lines.append(f"Период: {_d(start)} — {_d(end)}")
    lines.append(f"По состоянию на {_d(on)}")
    return lines


MOVEMENT_COLUMNS = [
    Column("Дата", "date"),
    Column("Вид движения"),
    Column("ФИО"),
    Column("Из группы"),
    Column("В группу"),
    Column("Приказ"),
    Column("Дата приказа", "date"),
    Column("Отменено", width=11),
    Column("Примечание", width=40),
]


def movement_table(session: Session, request: ReportRequest) -> Table:
    """Every movement event effective in the period, by date, then totals by kind."""
    start, end = period_of(request.on, request.start, request.end)
    # Plain columns, not ORM objects: the journal may hold tens of thousands of events.
    from_group = aliased(Group)
    to_group = aliased(Group)
    query = (
        select(
            MovementEvent.effective_on,
            MovementEvent.kind,
            Person.last_name,
            Person.first_name,
            Person.middle_name,
            from_group.sferum_class_name,
            to_group.sferum_class_name,
            Order.number,
            Order.issued_on,
            MovementEvent.cancelled_on,
            MovementEvent.note,
        )
        .join(Person, Person.id == MovementEvent.person_id)
        .outerjoin(from_group, from_group.id == MovementEvent.from_group_id)
        .outerjoin(to_group, to_group.id == MovementEvent.to_group_id)
        .outerjoin(Order, Order.id == MovementEvent.order_id)
        .where(MovementEvent.effective_on.between(start, end))
        .order_by(MovementEvent.effective_on, MovementEvent.id)
    )
    labels = {kind: kind.label for kind in MovementKind}
    rows: list[tuple[object, ...]] = [
        (
            day,
            labels[MovementKind(kind)],
            " ".join(part for part in (last, first, middle) if part),
            source,
            target,
            f"№ {number}" if number else None,
            issued,
            "да" if cancelled else "нет",
            note,
        )
        for (
            day,
            kind,
            last,
            first,
            middle,
            source,
            target,
            number,
            issued,
            cancelled,
            note,
        ) in session.execute(query)
    ]
    table = Table(
        name="Движение",
        title=f"Движение обучающихся и сотрудников за {_d(start)} — {_d(end)}",
        lines=_lines(session, request.on),
        columns=MOVEMENT_COLUMNS,
        rows=rows,
    )
    kinds = table.column_range(1)
    cancelled = table.column_range(7)
    totals: list[tuple[object, ...]] = [
        (kind.label, Formula(f'=COUNTIFS({kinds},"{kind.label}",{cancelled},"нет")'))
        for kind in MovementKind
    ]
    count = len(totals)
    first = table.last_row + 4  # a blank row, the heading, the header, then the rows
    totals.append(("Всего", Formula(f"=SUM(B{first}:B{first + count - 1})")))
    table.after.append(
        (
            "Итоги по видам движения (без отменённых)",
            [Column("Вид движения"), Column("Количество", "int")],
            totals,
        )
    )
    return table


INVITE_COLUMNS = [
    Column("№"),
    Column("Класс или чат"),
    Column("Роль"),
    Column("Ссылка"),
    Column("Создана", "date"),
    Column("Действует до", "date"),
    Column("Состояние"),
    Column("Кому выдана"),
    Column("Как выдана"),
    Column("Выдана", "date"),
    Column("Использована", "date"),
    Column("Аннулирована", "date"),
    Column("Вступили по ссылке", "int"),
]


def invites_table(session: Session, request: ReportRequest) -> Table:
    """The invite register with states, then the security audit's findings."""
    rows: list[tuple[object, ...]] = [
        (
            row.id,
            row.target,
            row.role,
            row.url,
            row.created_on,
            row.expires_on,
            row.state,
            row.handed_to,
            row.handed_how,
            row.handed_on,
            row.used_on,
            row.annulled_on,
            row.joined,
        )
        for row in sorted(list_invites(session), key=lambda r: (r.created_on, r.id))
    ]
    findings = [
        (LINK_FINDING_TITLES[f.kind], f.link_id, f.label, f.url, f.reason)
        for f in audit_links(session, request.on)
    ]
    return Table(
        name="Ссылки",
        title="Реестр ссылок-приглашений",
        lines=_lines(session, request.on),
        columns=INVITE_COLUMNS,
        rows=rows,
        sum_columns=(12,),
        after=[
            (
                "Проверка безопасности: ссылки, которые следует аннулировать",
                [
                    Column("Замечание"),
                    Column("№ ссылки", "int"),
                    Column("Класс или чат — роль"),
                    Column("Ссылка"),
                    Column("Причина", width=60),
                ],
                findings,
            )
        ],
    )


CHAT_COLUMNS = [
    Column("Вид чата"),
    Column("Название"),
    Column("Владелец"),
    Column("Объединение"),
    Column("Группа"),
    Column("Создан", "date"),
    Column("Участников", "int"),
    Column("Состояние"),
    Column("Ссылка-приглашение"),
    Column("Состояние ссылки"),
]


def chats_table(session: Session, request: ReportRequest) -> Table:
    """The chat register, then what the regulation asks for and is missing."""
    rows: list[tuple[object, ...]] = [
        (
            row.kind,
            row.title,
            row.owner,
            row.association,
            row.group,
            row.created_on,
            row.member_count,
            row.state,
            row.invite_url,
            row.invite_state,
        )
        for row in list_chats(session)
    ]
    required, existing = compliance_summary(session, request.on)
    findings: list[tuple[object, ...]] = [
        (CHAT_FINDING_TITLES[f.kind], f.text, "да" if f.covered else "нет")
        for f in compliance(session, request.on)
    ]
    lines = _lines(session, request.on)
    lines.append(f"Требуется чатов по положению: {required}, создано: {existing}")
    return Table(
        name="Чаты",
        title="Реестр чатов и соответствие положению",
        lines=lines,
        columns=CHAT_COLUMNS,
        rows=rows,
        sum_columns=(6,),
        after=[
            (
                "Соответствие положению: чего не хватает",
                [Column("Замечание"), Column("Описание", width=70), Column("Есть задача")],
                findings,
            )
        ],
    )
