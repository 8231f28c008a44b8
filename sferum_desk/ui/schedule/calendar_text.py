"""The calendar's words: month and week titles in Russian, the chip texts and tooltips."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...data.models import BroadcastStatus, PostStatus
from ...services.schedule import CalendarItem

MONTH, WEEK = "month", "week"
_CONTEXT = "CalendarView"

MONTHS = (
    QT_TRANSLATE_NOOP("CalendarView", "January"),
    QT_TRANSLATE_NOOP("CalendarView", "February"),
    QT_TRANSLATE_NOOP("CalendarView", "March"),
    QT_TRANSLATE_NOOP("CalendarView", "April"),
    QT_TRANSLATE_NOOP("CalendarView", "May"),
    QT_TRANSLATE_NOOP("CalendarView", "June"),
    QT_TRANSLATE_NOOP("CalendarView", "July"),
    QT_TRANSLATE_NOOP("CalendarView", "August"),
    QT_TRANSLATE_NOOP("CalendarView", "September"),
    QT_TRANSLATE_NOOP("CalendarView", "October"),
    QT_TRANSLATE_NOOP("CalendarView", "November"),
    QT_TRANSLATE_NOOP("CalendarView", "December"),
)
# «16 ноября»: Russian needs the genitive after a day number.
MONTHS_OF = (
    QT_TRANSLATE_NOOP("CalendarView", "of January"),
    QT_TRANSLATE_NOOP("CalendarView", "of February"),
    QT_TRANSLATE_NOOP("CalendarView", "of March"),
    QT_TRANSLATE_NOOP("CalendarView", "of April"),
    QT_TRANSLATE_NOOP("CalendarView", "of May"),
    QT_TRANSLATE_NOOP("CalendarView", "of June"),
    QT_TRANSLATE_NOOP("CalendarView", "of July"),
    QT_TRANSLATE_NOOP("CalendarView", "of August"),
    QT_TRANSLATE_NOOP("CalendarView", "of September"),
    QT_TRANSLATE_NOOP("CalendarView", "of October"),
    QT_TRANSLATE_NOOP("CalendarView", "of November"),
    QT_TRANSLATE_NOOP("CalendarView", "of December"),
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("CalendarView", "Mon"),
    QT_TRANSLATE_NOOP("CalendarView", "Tue"),
    QT_TRANSLATE_NOOP("CalendarView", "Wed"),
    QT_TRANSLATE_NOOP("CalendarView", "Thu"),
    QT_TRANSLATE_NOOP("CalendarView", "Fri"),
    QT_TRANSLATE_NOOP("CalendarView", "Sat"),
    QT_TRANSLATE_NOOP("CalendarView", "Sun"),
)


def tr_calendar(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def month_title(day: dt.date) -> str:
    """«Ноябрь 2026»."""
    return f"{tr_calendar(MONTHS[day.month - 1])} {day.year}"


def week_title(monday: dt.date) -> str:
    """«16–22 ноября 2026», «30 ноября – 6 декабря 2026», «28 декабря 2026 – 3 января 2027»."""
    sunday = monday + dt.timedelta(days=6)
    end = f"{sunday.day} {tr_calendar(MONTHS_OF[sunday.month - 1])} {sunday.year}"
    if monday.month == sunday.month:
        return f"{monday.day}–{end}"
    if monday.year == sunday.year:
        return f"{monday.day} {tr_calendar(MONTHS_OF[monday.month - 1])} – {end}"
    return f"{monday.day} {tr_calendar(MONTHS_OF[monday.month - 1])} {monday.year} – {end}"


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _marks(item: CalendarItem) -> str:
    marks = ""
    if item.overdue or item.crowded:
        marks += "⚠ "
    if item.kind == "post" and item.status == _published_label():
        marks += "✓ "
    if item.kind == "event":
        marks += "◆ "
    return marks


def chip_text(item: CalendarItem) -> str:
    """«18:00 Дайджест недели» with the marks a user must notice first."""
    return f"{_marks(item)}{item.starts_at:%H:%M} {item.title}"


def week_lines(item: CalendarItem) -> tuple[str, str]:
    """A week chip: «⚠ 18:00 · ЦентрКонтакт канал» over the title."""
    return f"{_marks(item)}{item.starts_at:%H:%M} · {item.source}", item.title


def _published_label() -> str:
    return PostStatus.PUBLISHED.label


def cancelled_labels() -> set[str]:
    return {PostStatus.CANCELLED.label, BroadcastStatus.CANCELLED.label}


def chip_tooltip(item: CalendarItem) -> str:
    lines = [f"{item.starts_at:%d.%m.%Y %H:%M} — {item.title}", f"{item.source} · {item.status}"]
    if item.in_series:
        lines.append(QCoreApplication.translate("CalendarView", "Part of a recurring series"))
    if item.overdue:
        lines.append(
            QCoreApplication.translate(
                "CalendarView", "⚠ Overdue: the planned time has passed and it is not published"
            )
        )
    if item.crowded:
        lines.append(
            QCoreApplication.translate(
                "CalendarView", "⚠ Too close to another post of the same channel"
            )
        )
    return "\n".join(lines)
