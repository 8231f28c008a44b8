"""The «Сводный отчёт об использовании ИКОП «Сферум»» sheet, with its two native charts."""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from ...data.models import Organisation
from ...services.summary import Share, SummaryFigures, period_of, summary_figures
from ..xlsx import (
    BOLD,
    DATE_FORMAT,
    MAX_WIDTH,
    NOTICE_FONT,
    PERCENT_FORMAT,
    SUBTITLE_FONT,
    Column,
    Formula,
    SheetWriter,
    display,
)

if TYPE_CHECKING:
    from . import ReportRequest

TITLE = "Сводный отчёт об использовании ИКОП «Сферум»"
SHEET_NAME = "Сводный отчёт"
SHARE_HEADERS = ("Всего", "В Сферуме", "Доля в Сферуме")
_SHARE_COLUMNS = [Column(""), Column("", "int"), Column("", "int"), Column("", "percent")]
HEADER_ROW = 6  # the people table's header: the rows above are the title block
_NUMBER_WIDTH = 15


def period(request: ReportRequest) -> tuple[dt.date, dt.date]:
    return period_of(request.on, request.start, request.end)


def _d(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def _figure_rows(f: SummaryFigures) -> list[tuple[str, object]]:
    """(label, value) of the single figures; a value may be a formula over this block."""
    return [
        ("Педагоги с подтверждённым статусом «Преподаватель»", f.verified_teachers),
        ("Дополнительные администраторы", f.extra_admins),
        ("Ссылок-приглашений создано за период", f.links_issued),
        ("Ссылок использовано за период", f.links_used),
        ("Ссылок аннулировано за период", f.links_annulled),
        (f"Активных ссылок, не востребованных более {f.unclaimed_days} дн.", f.links_unclaimed),
        ("Чатов требуется по положению", f.chats_required),
        ("Чатов создано из требуемых", f.chats_existing),
        ("Трансляций проведено за период", f.broadcasts_held),
        ("Совещаний и семинаров проведено за период", f.meetings_held),
        ("Участников проведённых мероприятий", f.attendance),
        ("Трансляций и совещаний запланировано на ближайшие 7 дней", f.broadcasts_this_week),
    ]


def _share_block(
    writer: SheetWriter, heading: str | None, first: str, shares: list[Share]
) -> tuple[int, int]:
    """A table «label | total | joined | share» with an «Итого» row of formulas; returns
    the first and the last data row."""
    if heading:
        writer.title(heading, SUBTITLE_FONT)
    writer.header([first, *SHARE_HEADERS])
    start = writer.row + 1
    for share in shares:
        writer.data_row(_SHARE_COLUMNS, [share.label, share.total, share.joined, share.share])
    end = max(writer.row, start)
    if not shares:
        writer.line("Нет записей")
    if heading:  # the people table is not summed: a person may be counted in several lines
        row = writer.row + 1
        writer.total_row(
            _SHARE_COLUMNS,
            [
                "Итого",
                Formula(f"=SUM(B{start}:B{end})"),
                Formula(f"=SUM(C{start}:C{end})"),
                Formula(f"=IF(B{row}=0,0,C{row}/B{row})"),
            ],
        )
    return start, end


def _bar_chart(sheet: Any, start: int, end: int) -> BarChart:
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = "Доля обучающихся в Сферуме по объединениям"
    chart.y_axis.title = "Доля"
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.legend = None
    chart.add_data(
        Reference(sheet, min_col=4, min_row=start - 1, max_row=end), titles_from_data=True
    )
    chart.set_categories(Reference(sheet, min_col=1, min_row=start, max_row=end))
    chart.width = 18
    chart.height = max(7.5, 0.5 * (end - start + 1) + 2)
    return chart


def _line_chart(sheet: Any, header: int, last: int, channels: int, top: int) -> LineChart:
    """Posts per week by channel; ``top`` is the largest weekly count (whole-number steps)."""
    chart = LineChart()
    chart.title = "Публикации по неделям и каналам"
    chart.y_axis.title = "Публикаций"
    chart.y_axis.number_format = "0"
    chart.y_axis.majorUnit = max(1, math.ceil(top / 8))
    chart.y_axis.scaling.min = 0
    chart.x_axis.title = "Неделя (с понедельника)"
    chart.x_axis.number_format = "DD.MM"
    chart.add_data(
        Reference(sheet, min_col=2, max_col=1 + channels, min_row=header, max_row=last),
        titles_from_data=True,
    )
    chart.set_categories(Reference(sheet, min_col=1, min_row=header + 1, max_row=last))
    for series in chart.series:
        series.smooth = False  # counts per week: a smoothed curve would dip below zero
    chart.width = 18
    chart.height = 8
    return chart


def _widths(f: SummaryFigures) -> list[float]:
    labels = [s.label for s in f.people + f.directions + f.associations]
    labels += [label for label, _ in _figure_rows(f)] + [c.channel for c in f.channels]
    first = min(max(len(text) for text in labels) + 2, MAX_WIDTH)
    columns = max(3, len(f.channels))
    return [first] + [_NUMBER_WIDTH] * columns


def write_summary(
    workbook: Any,
    session: Session,
    request: ReportRequest,
    centre: str,
    notice: str | None = None,
) -> Any:
    """Write the summary sheet into ``workbook``; returns the sheet.

    ``notice`` (the personal-data line) goes under the title block. Without personal data
    the executor's and the director's names are left out (the signature lines stay)."""
    start, end = period(request)
    f = summary_figures(session, request.on, start, end)
    widths = _widths(f)
    header_row = HEADER_ROW + (1 if notice else 0)
    writer = SheetWriter(workbook, SHEET_NAME, widths, header_row + 1, centre)
    sheet = writer.sheet
    administrator = f.administrator if request.personal_data else ""
    writer.title(f.centre or centre, SUBTITLE_FONT)
    writer.title(TITLE)
    writer.line(f"По состоянию на {_d(f.on)}; период: {_d(f.start)} — {_d(f.end)}")
    writer.line(f"Исполнитель: {administrator}" if administrator else "Исполнитель:")
    if notice:
        writer.append([writer.cell(notice, font=NOTICE_FONT)])
    writer.blank()
    _share_block(writer, None, "Участники", f.people)

    writer.blank()
    writer.title("Показатели", SUBTITLE_FONT)
    writer.header(["Показатель", "Значение"])
    for label, value in _figure_rows(f):
        writer.append([writer.cell(label), value])
    row = writer.row + 1
    writer.append(
        [
            writer.cell("Доля созданных чатов из требуемых"),
            writer.cell(Formula(f"=IF(B{row - 6}=0,0,B{row - 5}/B{row - 6})"), PERCENT_FORMAT),
        ]
    )

    writer.blank()
    _share_block(writer, "По направленностям (обучающиеся)", "Направленность", f.directions)
    writer.blank()
    first_assoc, last_assoc = _share_block(
        writer, "По детским объединениям (обучающиеся)", "Детское объединение", f.associations
    )
    assoc_header = first_assoc - 1

    writer.blank()
    writer.title(f"Публикации за период {_d(f.start)} — {_d(f.end)}", SUBTITLE_FONT)
    writer.header(["Канал", "Запланировано", "Опубликовано", "Доля опубликованных"])
    first_channel = writer.row + 1
    for channel in f.channels:
        share = channel.published / channel.planned if channel.planned else 0.0
        writer.data_row(
            _SHARE_COLUMNS, [channel.channel, channel.planned, channel.published, share]
        )
    last_channel = max(writer.row, first_channel)
    row = writer.row + 1
    writer.total_row(
        _SHARE_COLUMNS,
        [
            "Итого",
            Formula(f"=SUM(B{first_channel}:B{last_channel})"),
            Formula(f"=SUM(C{first_channel}:C{last_channel})"),
            Formula(f"=IF(B{row}=0,0,C{row}/B{row})"),
        ],
    )

    writer.blank()
    writer.title("Публикации по неделям (запланировано)", SUBTITLE_FONT)
    week_header = writer.header(["Неделя с", *(c.channel for c in f.channels)])
    weeks = f.channels[0].per_week if f.channels else []
    for index, (monday, _count) in enumerate(weeks):
        counts = [c.per_week[index][1] for c in f.channels]
        writer.append([writer.cell(monday, DATE_FORMAT), *counts])
    last_week = writer.row

    writer.blank()
    writer.blank()
    org = session.get(Organisation, 1)
    director = org.director_name if org and org.director_name and request.personal_data else ""
    position = org.director_position if org and org.director_position else "Директор"
    writer.append([writer.cell(f"{position} ____________________ {director}", font=BOLD)])
    writer.blank()
    writer.append([writer.cell(f"Исполнитель ____________________ {administrator}", font=BOLD)])

    # right of the widest table (the per-week table has a column per channel)
    anchor = get_column_letter(max(len(widths), 1 + len(f.channels)) + 2)
    if f.associations:
        sheet.add_chart(_bar_chart(sheet, first_assoc, last_assoc), f"{anchor}{header_row}")
    if f.channels and weeks:
        sheet.add_chart(
            _line_chart(
                sheet,
                week_header,
                last_week,
                len(f.channels),
                max(n for c in f.channels for _monday, n in c.per_week),
            ),
            f"{anchor}{max(header_row + 30, assoc_header)}",
        )
    writer.finish(f"A{assoc_header}:D{last_assoc}", "1:2")
    return sheet


def summary_preview(
    session: Session, request: ReportRequest, limit: int = 20
) -> tuple[list[str], list[list[str]]]:
    """The summary as the GUI previews it: people, figures, then associations."""
    start, end = period(request)
    f = summary_figures(session, request.on, start, end)

    def share_row(share: Share) -> list[str]:
        return [share.label, str(share.total), str(share.joined), display(share.share, "percent")]

    rows = [share_row(share) for share in f.people]
    rows += [[label, str(value), "", ""] for label, value in _figure_rows(f)]
    rows += [share_row(share) for share in f.associations]
    return ["Показатель", *SHARE_HEADERS], rows[:limit]
