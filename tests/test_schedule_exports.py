"""The schedule's .ics export (parsed back with icalendar) and the content-plan workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from openpyxl import load_workbook
from sqlalchemy import select

from sferum_desk.data.engine import Database
from sferum_desk.data.models import (
    Audience,
    Broadcast,
    BroadcastKind,
    Channel,
    PostStatus,
    SystemChannel,
)
from sferum_desk.reports.schedule import HEADERS, write_schedule_report
from sferum_desk.services.schedule import PostDraft, Recurrence, add_post, add_series
from sferum_desk.services.schedule.ics import calendar_ics

from .conftest import TODAY

MSK = ZoneInfo("Europe/Moscow")
NOW = dt.datetime(2026, 11, 16, 9, 0)


def _fill(db: Database) -> None:
    with db.transaction() as s:
        centre = s.scalar(select(Channel.id).where(Channel.system_key == SystemChannel.CENTRE))
        add_series(
            s,
            PostDraft(centre, dt.datetime(2026, 11, 20, 18, 0), "Дайджест недели", body="Итоги"),
            Recurrence("weekly", weekdays=(4,), count=2),
        )
        add_post(
            s,
            PostDraft(
                centre,
                dt.datetime(2026, 11, 21, 12, 0),
                '=HYPERLINK("x")',
                status=PostStatus.CANCELLED,
                note="Перенесено",
            ),
            today=TODAY,
        )
        s.add(
            Broadcast(
                kind=BroadcastKind.ONLINE_MEETING,
                title="Совещание при директоре",
                starts_at=dt.datetime(2026, 11, 23, 15, 0, tzinfo=MSK),
                duration_min=45,
                audience=Audience.ADMINISTRATION,
            )
        )


def _events(data: bytes) -> list:
    return [c for c in Calendar.from_ical(data).walk("VEVENT")]


def test_ics_parsed_back_with_times_uids_and_alarms(db: Database) -> None:
    _fill(db)
    with db.session() as s:
        first = calendar_ics(s, dt.date(2026, 11, 1), dt.date(2026, 11, 30), None, NOW)
        second = calendar_ics(s, dt.date(2026, 11, 1), dt.date(2026, 11, 30), None, NOW)
    events = _events(first)
    summary = [(str(e["SUMMARY"]), e.decoded("DTSTART"), e.decoded("DTEND")) for e in events]
    assert summary == [
        (
            "ЦентрКонтакт канал: Дайджест недели",
            dt.datetime(2026, 11, 20, 18, 0, tzinfo=MSK),
            dt.datetime(2026, 11, 20, 18, 15, tzinfo=MSK),
        ),
        (
            "ЦентрКонтакт канал: Дайджест недели",
            dt.datetime(2026, 11, 27, 18, 0, tzinfo=MSK),
            dt.datetime(2026, 11, 27, 18, 15, tzinfo=MSK),
        ),
        (
            "Совещание при директоре",
            dt.datetime(2026, 11, 23, 15, 0, tzinfo=MSK),
            dt.datetime(2026, 11, 23, 15, 45, tzinfo=MSK),
        ),
    ]  # the cancelled post is left out
    start = events[0].decoded("DTSTART")
    assert start.utcoffset() == dt.timedelta(hours=3)
    assert events[0]["DTSTART"].params["TZID"] == "Europe/Moscow"
    assert Calendar.from_ical(first).walk("VTIMEZONE")[0]["TZID"] == "Europe/Moscow"
    assert "Статус: Черновик" in str(events[0]["DESCRIPTION"])
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == 3 and uids[0].startswith("post-") and uids[2].startswith("event-")
    assert uids == [str(e["UID"]) for e in _events(second)]
    for event in events:
        (alarm,) = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert alarm.decoded("TRIGGER") == -dt.timedelta(minutes=30)


def test_ics_one_channel_has_no_events(db: Database) -> None:
    _fill(db)
    with db.session() as s:
        data = calendar_ics(s, dt.date(2026, 11, 1), dt.date(2026, 11, 30), "канал сотрудники", NOW)
    assert _events(data) == []


def test_workbook_cells_and_format(db: Database, tmp_path: Path) -> None:
    _fill(db)
    out = tmp_path / "plan.xlsx"
    with db.session() as s:
        assert write_schedule_report(s, out, dt.date(2026, 11, 1), dt.date(2026, 11, 30)) == 3
    book = load_workbook(out)
    sheet = book.active
    assert sheet["A3"].value.startswith("Содержит персональные данные")  # who provided posts
    assert book.properties.category == "Персональные данные"
    assert [c.value for c in sheet[5]] == list(HEADERS)
    assert all(c.font.bold and c.fill.fgColor.rgb.endswith("DCE6F1") for c in sheet[5])
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=6)]
    assert rows[0][:5] == [
        dt.datetime(2026, 11, 20),
        "18:00",
        "ЦентрКонтакт канал",
        "Дайджест недели",
        "Черновик",
    ]
    assert sheet["A6"].number_format == "DD.MM.YYYY"
    assert rows[1][3] == '=HYPERLINK("x")' and sheet["D7"].data_type == "s"  # not a formula
    assert rows[1][4] == "Отменена" and rows[1][7] == "Перенесено"
    assert sheet.freeze_panes == "A6"
    assert sheet.auto_filter.ref == "A5:H8"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$5:$5"
    assert "Контакт" in sheet.oddHeader.center.text
    assert "&P" in sheet.oddFooter.center.text
