"""«Контент-план»: the posts of a period (usually a month), one row per post, ready to print.

No Qt here, so the CLI, the GUI's worker thread and the tests share it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ..data.models import Post
from ..services.clock import day_start, local
from ..services.organisation import organisation_name
from .xlsx import Column, Table, table_workbook

TITLE = "Контент-план каналов Центра"
HEADERS = (
    "Дата",
    "Время",
    "Канал",
    "Заголовок",
    "Статус",
    "Материал предоставил",
    "Вложения",
    "Примечание",
)
WIDTHS = (12, 8, 24, 48, 14, 28, 40, 30)
PERSONAL = {"Материал предоставил", "Примечание"}  # name people
HEADER_ROW = 5  # the title, the period, the personal-data notice, a blank row, the table


def schedule_rows(session: Session, start: dt.date, end: dt.date) -> list[tuple[object, ...]]:
    """One tuple per post planned in [start, end] (both days included), by time."""
    posts = session.scalars(
        select(Post)
        .options(joinedload(Post.channel), joinedload(Post.provided_by))
        .where(
            Post.planned_at >= day_start(start),
            Post.planned_at < day_start(end + dt.timedelta(days=1)),
        )
        .order_by(Post.planned_at, Post.id)
    ).unique()
    rows: list[tuple[object, ...]] = []
    for post in posts:
        moment = local(post.planned_at)
        rows.append(
            (
                moment.date(),
                moment.strftime("%H:%M"),
                post.channel.name,
                post.title,
                post.status.label,
                post.provided_by.full_name if post.provided_by else "",
                "; ".join(a.path for a in post.attachments),
                post.note or "",
            )
        )
    return rows


def schedule_table(
    session: Session,
    start: dt.date,
    end: dt.date,
    rows: list[tuple[object, ...]] | None = None,
) -> Table:
    """The content plan as a sheet the director's combined report can hold too."""
    return Table(
        name="Контент-план",
        title=TITLE,
        lines=[f"Период: {start:%d.%m.%Y} — {end:%d.%m.%Y}"],
        columns=[
            Column(header, "date" if index == 0 else "text", width, header in PERSONAL)
            for index, (header, width) in enumerate(zip(HEADERS, WIDTHS, strict=True))
        ],
        rows=schedule_rows(session, start, end) if rows is None else rows,
    )


def build_workbook(
    session: Session, start: dt.date, end: dt.date, *, personal: bool = True
) -> tuple[Workbook, int]:
    """The content plan as a workbook; ``personal=False`` leaves out who provided each post
    and the notes."""
    rows = schedule_rows(session, start, end)
    table = replace(schedule_table(session, start, end, rows), personal=personal)
    return table_workbook(table, organisation_name(session) or ""), len(rows)


def write_schedule_report(
    session: Session, path: Path | str, start: dt.date, end: dt.date, *, personal: bool = True
) -> int:
    """Write the content plan for [start, end] to ``path``; returns the number of posts."""
    workbook, count = build_workbook(session, start, end, personal=personal)
    workbook.save(path)
    return count
