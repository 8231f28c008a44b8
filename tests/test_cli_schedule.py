"""`sferum-desk schedule export-ics` and `report schedule` on the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar
from openpyxl import load_workbook

from sferum_desk.data.engine import Database

from .test_cli import run
from .test_schedule_exports import _fill


def _db_path(db: Database) -> str:
    return db.url.removeprefix("sqlite:///")


def test_export_ics_with_period_and_channel(capsys, db: Database, tmp_path: Path) -> None:  # noqa: ANN001
    _fill(db)
    out = tmp_path / "plan.ics"
    args = ("--db", _db_path(db), "schedule", "export-ics", "--out", str(out))
    code, stdout, err = run(capsys, *args, "--from", "01.11.2026", "--to", "2026-11-30")
    assert (code, err) == (0, "")
    assert "событий: 3" in stdout
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert [e.decoded("DTSTART").date() for e in events] == [
        dt.date(2026, 11, 20),
        dt.date(2026, 11, 27),
        dt.date(2026, 11, 23),
    ]
    code, stdout, _ = run(
        capsys,
        *args,
        "--from",
        "2026-11-21",
        "--to",
        "2026-11-30",
        "--channel",
        "ЦентрКонтакт канал",
    )
    assert code == 0
    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 1


def test_export_ics_errors(capsys, db: Database, tmp_path: Path) -> None:  # noqa: ANN001
    out = str(tmp_path / "plan.ics")
    base = ("--db", _db_path(db), "schedule", "export-ics", "--out", out)
    code, _, err = run(capsys, *base, "--from", "31.02.2026")
    assert code == 2 and "неверная дата «31.02.2026»" in err
    code, _, err = run(capsys, *base, "--channel", "Новости")
    assert code == 1
    assert "Канал «Новости» не найден" in err and "«ЦентрКонтакт канал»" in err
    assert "«канал Сотрудники»" in err and "Traceback" not in err
    code, _, err = run(capsys, *base, "--from", "2026-12-01", "--to", "2026-11-01")
    assert code == 1 and "раньше начала" in err
    code, _, err = run(capsys, "--db", _db_path(db), "schedule", "export-ics", "--out", "x.txt")
    assert code == 1 and "расширение .ics" in err
    assert not Path(out).exists()


def test_report_schedule(capsys, db: Database, tmp_path: Path) -> None:  # noqa: ANN001
    _fill(db)
    out = tmp_path / "plan.xlsx"
    code, stdout, err = run(
        capsys,
        "--db",
        _db_path(db),
        "report",
        "schedule",
        "--out",
        str(out),
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
    )
    assert (code, err) == (0, "")
    assert "3 строки" in stdout
    sheet = load_workbook(out).active
    assert [sheet.cell(row=r, column=4).value for r in (6, 7, 8)] == [
        "Дайджест недели",
        '=HYPERLINK("x")',
        "Дайджест недели",
    ]
    code, _, err = run(
        capsys, "--db", _db_path(db), "report", "schedule", "--out", str(out), "--to", "bad"
    )
    assert code == 2 and "неверная дата" in err
