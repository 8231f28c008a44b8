"""`sferum-desk schedule export-ics …` and the `report schedule` builder: the channels'
posting schedule on the command line."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from .. import config
from .common import CliError, open_or_fail, parse_date

ICS_DAYS_BEFORE, ICS_DAYS_AFTER = 30, 365


def add_parser(commands: Any) -> None:
    schedule = commands.add_parser(
        "schedule",
        help="контент-план каналов: экспорт в календарь",
        description="Работа с расписанием публикаций каналов Центра.",
    )
    actions = schedule.add_subparsers(
        dest="schedule_command", metavar="ДЕЙСТВИЕ", title="действия", required=True
    )
    export = actions.add_parser(
        "export-ics",
        help="сохранить публикации и трансляции в файл календаря .ics",
        description="Сохраняет публикации (кроме отменённых), трансляции и совещания в файл "
        "iCalendar (.ics) с напоминанием за 30 минут — его открывает любой календарь. "
        "Время — московское. Повторный экспорт обновляет события, а не дублирует их. "
        f"По умолчанию период — с {ICS_DAYS_BEFORE} дней назад на {ICS_DAYS_AFTER} дней вперёд.",
    )
    export.add_argument("--out", metavar="ФАЙЛ.ics", required=True, help="куда сохранить")
    add_period_arguments(export)
    export.add_argument(
        "--channel",
        metavar="НАЗВАНИЕ",
        default=None,
        help="только публикации этого канала (без трансляций и совещаний)",
    )
    export.set_defaults(handler=run_export_ics)


def add_period_arguments(parser: Any) -> None:
    parser.add_argument(
        "--from",
        dest="date_from",
        metavar="ДАТА",
        type=parse_date,
        default=None,
        help="начало периода (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)",
    )
    parser.add_argument(
        "--to",
        dest="date_to",
        metavar="ДАТА",
        type=parse_date,
        default=None,
        help="конец периода включительно",
    )


def _period(args: argparse.Namespace, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    start = getattr(args, "date_from", None) or start
    end = getattr(args, "date_to", None) or end
    if end < start:
        raise CliError(f"конец периода {end:%d.%m.%Y} раньше начала {start:%d.%m.%Y}")
    return start, end


def _check_out(out: Path, suffix: str) -> None:
    if out.suffix.lower() != suffix:
        raise CliError(f"файл должен иметь расширение {suffix}: {out}")
    if not out.parent.is_dir():
        raise CliError(f"папки {out.parent} нет")


def run_export_ics(args: argparse.Namespace) -> int:
    from ..services.organisation import ValidationError
    from ..services.schedule import centre_now
    from ..services.schedule.ics import calendar_ics

    out = Path(args.out)
    _check_out(out, ".ics")
    now = centre_now()
    today = now.date()
    start, end = _period(
        args,
        today - dt.timedelta(days=ICS_DAYS_BEFORE),
        today + dt.timedelta(days=ICS_DAYS_AFTER),
    )
    database = open_or_fail(config.db_url(args.db), must_exist=True)
    try:
        with database.session() as session:
            try:
                data = calendar_ics(session, start, end, args.channel, now)
            except ValidationError as exc:
                raise CliError(str(exc)) from exc
    finally:
        database.dispose()
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise CliError(f"не удалось записать {out}: {exc.strerror or exc}") from exc
    events = data.count(b"BEGIN:VEVENT")
    print(f"Сохранено: {out} (событий: {events}, {start:%d.%m.%Y} — {end:%d.%m.%Y})")
    return 0


def report_schedule(session: Any, out: Path, args: argparse.Namespace) -> int:
    """`report schedule`: the content plan, by default for the current month."""
    from ..reports.schedule import write_schedule_report
    from ..services.schedule import centre_now

    today = centre_now().date()
    first = today.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    start, end = _period(args, first, last)
    return write_schedule_report(session, out, start, end)
