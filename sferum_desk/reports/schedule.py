"""«Контент-план»: the posts of a period (usually a month), one row per post, ready to print.

No Qt here, so the CLI, the GUI's worker thread and the tests share it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ..data.models import Post
from ..services.clock import day_start, local
from ..services.organisation import organisation_name
from .xlsx import put

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
HEADER_ROW = 4  # the title, the period, a blank row, then the table
_HEADER_FILL = PatternFill("solid", start_color="DCE6F1", end_color="DCE6F1")
_THIN = Side(style="thin", color="A6A6A6")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


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


def build_workbook(session: Session, start: dt.date, end: dt.date) -> tuple[Workbook, int]:
    rows = schedule_rows(session, start, end)
    centre = organisation_name(session) or ""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Контент-план"
    put(sheet, 1, 1, TITLE).font = Font(bold=True, size=14)
    put(sheet, 2, 1, f"Период: {start:%d.%m.%Y} — {end:%d.%m.%Y}")
    for column, (header, width) in enumerate(zip(HEADERS, WIDTHS, strict=True), start=1):
        cell = put(sheet, HEADER_ROW, column, header)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = width
    for offset, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            cell = put(sheet, HEADER_ROW + offset, column, value)
            cell.border = _BORDER
            cell.alignment = Alignment(vertical="top", wrap_text=column > 2)
            if column == 1:
                cell.number_format = "DD.MM.YYYY"
    last_row = HEADER_ROW + max(len(rows), 1)
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(HEADERS))}{last_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    if centre:
        sheet.oddHeader.center.text = centre.replace("&", "&&")
    sheet.oddFooter.center.text = "Страница &P из &N"
    return workbook, len(rows)


def write_schedule_report(session: Session, path: Path | str, start: dt.date, end: dt.date) -> int:
    """Write the content plan for [start, end] to ``path``; returns the number of posts."""
    workbook, count = build_workbook(session, start, end)
    workbook.save(path)
    return count
