"""Command line: no sub-command opens the GUI; sub-commands run headless jobs.

Every failure the user can cause ends with one Russian line on stderr and exit code 1
(usage errors: 2), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import __version__, config
from .commands import importing, invites, safety, schedule, screenshots
from .commands import report as report_commands
from .commands.common import PROG, CliError, open_or_fail, parse_date, positive_int
from .data.backup import SUFFIX as BACKUP_SUFFIX
from .privacy import private_dir

log = logging.getLogger(__name__)

# argparse's own messages go through gettext, which ships no Russian catalogue for it.
_ARGPARSE_RU = {
    "usage: ": "использование: ",
    "options": "параметры",
    "positional arguments": "позиционные аргументы",
    "show this help message and exit": "показать эту справку и выйти",
    "show program's version number and exit": "показать версию программы и выйти",
    "the following arguments are required: %s": "не указаны обязательные аргументы: %s",
    "unrecognized arguments: %s": "неизвестные аргументы: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "недопустимое значение: %(value)r "
    "(возможны: %(choices)s)",
    "invalid %(type)s value: %(value)r": "недопустимое значение: %(value)r",
    "expected one argument": "ожидается одно значение",
    "ambiguous option: %(option)s could match %(matches)s": "неоднозначный параметр: "
    "%(option)s (подходят %(matches)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: ошибка: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "аргумент %(argument_name)s: %(message)s",
}


def _install_russian_argparse() -> None:
    original: Callable[[str], str] = argparse._  # type: ignore[attr-defined]

    def translate(message: str) -> str:
        return _ARGPARSE_RU.get(message, original(message))

    argparse._ = translate  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Sferum Desk — рабочее место администратора ИКОП «Сферум». "
        "Без команды открывает окно программы.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help="показать версию программы и выйти",
    )
    parser.add_argument(
        "--db",
        metavar="ПУТЬ_ИЛИ_URL",
        help="файл базы SQLite или адрес SQLAlchemy (postgresql+psycopg://…); "
        f"по умолчанию {config.default_db_path()}",
    )
    parser.add_argument(
        "--no-crash-dialog",
        action="store_true",
        help="не показывать окно с отчётом о сбое (для тестов и CI)",
    )
    commands = parser.add_subparsers(dest="command", metavar="КОМАНДА", title="команды")

    demo = commands.add_parser(
        "demo",
        help="заполнить ПУСТУЮ базу демонстрационным Центром",
        description="Заполняет пустую базу правдоподобным демонстрационным Центром. "
        "Без --db пишет в отдельный файл демо-базы "
        f"({config.demo_db_path()}), не смешивая его с рабочими данными.",
    )
    demo.add_argument("--seed", type=int, default=1, help="зерно случайных данных (по умолчанию 1)")
    demo.add_argument(
        "--students", type=positive_int, default=600, help="число обучающихся (по умолчанию 600)"
    )
    demo.add_argument(
        "--movement",
        type=positive_int,
        default=None,
        metavar="N",
        help="число событий в журнале движения (по умолчанию — сколько дали зачисления, "
        "переводы и отчисления года; недостающие добавляются краткосрочными программами)",
    )
    demo.add_argument(
        "--today", type=parse_date, default=None, help="дата, относительно которой строится демо"
    )
    demo.set_defaults(handler=cmd_demo)

    stats = commands.add_parser(
        "stats",
        help="основные показатели Центра",
        description="Выводит основные показатели: только действующие записи "
        "(уволенные сотрудники и отчисленные обучающиеся не считаются).",
    )
    stats.add_argument("--json", action="store_true", help="вывести в формате JSON")
    stats.add_argument("--on", type=parse_date, default=None, help="на дату (по умолчанию сегодня)")
    stats.set_defaults(handler=cmd_stats)

    report = commands.add_parser(
        "report",
        help="сохранить отчёт в Excel",
        description="Строит отчёт в формате Excel (.xlsx). Виды отчётов: "
        + "; ".join(f"{kind} — {title}" for kind, (title, _build) in REPORTS.items())
        + ".",
    )
    report.add_argument("kind", metavar="ВИД", choices=sorted(REPORTS), help="вид отчёта")
    report.add_argument(
        "--out", metavar="ФАЙЛ.xlsx", required=True, help="куда сохранить книгу Excel"
    )
    report.add_argument(
        "--year",
        metavar="ГГГГ/ГГГГ",
        default=None,
        help="учебный год, например 2026/2027 (по умолчанию текущий)",
    )
    report.add_argument(
        "--no-personal-data",
        action="store_true",
        help="без персональных данных: только числа, без фамилий и имён (152-ФЗ)",
    )
    schedule.add_period_arguments(report)  # the period (default: the month of --on)
    report_commands.add_on_argument(report)
    report.set_defaults(handler=cmd_report)
    importing.add_parser(commands)
    invites.add_parser(commands)
    schedule.add_parser(commands)
    safety.add_parsers(commands)
    screenshots.add_parser(commands)
    return parser


def cmd_demo(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from .data.models import MovementEvent
    from .services import demo, stats

    url = config.db_url(args.db) if args.db else config.sqlite_url(config.demo_db_path())
    if not args.db:
        private_dir(config.demo_db_path().parent)
    database = open_or_fail(url, writes=True)
    try:
        with database.transaction() as session:
            try:
                demo.generate(
                    session,
                    seed=args.seed,
                    students=args.students,
                    today=args.today,
                    movement=args.movement,
                )
            except demo.DemoError as exc:
                raise CliError(str(exc)) from exc
        with database.session() as session:
            figures = stats.collect(session, on=args.today)
            events = session.scalar(select(func.count()).select_from(MovementEvent))
    finally:
        database.dispose()
    print(
        f"Демонстрационный Центр создан в {database.location}: "
        f"{figures.staff} сотрудников, {figures.students} обучающихся, "
        f"{figures.parents} родителей, {figures.groups} групп, "
        f"{events} событий движения."
    )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from .services import stats

    database = open_or_fail(config.db_url(args.db), must_exist=True)
    try:
        with database.session() as session:
            figures = stats.collect(session, on=args.on)
    finally:
        database.dispose()
    if args.json:
        print(json.dumps(figures.as_json(), ensure_ascii=False, indent=2))
    else:
        print(stats.format_table(figures))
    return 0


def _director(kind: str) -> Callable[[Any, Path, argparse.Namespace], int]:
    return report_commands.director_report(kind)


def _report_schedule(session: Any, out: Path, args: argparse.Namespace) -> int:
    from .reports.schedule import write_schedule_report

    request = report_commands.request_from(args, "schedule")
    return write_schedule_report(
        session, out, request.start, request.end, personal=request.personal_data
    )


def _report_nomenclature(session: Any, out: Path, args: argparse.Namespace) -> int:
    from .reports.nomenclature import save_nomenclature
    from .services.nomenclature import export_rows

    personal = not args.no_personal_data
    return save_nomenclature(export_rows(session, args.year), out, personal=personal)


# Report kind → (Russian title, builder(session, out, args) → rows written).
REPORTS: dict[str, tuple[str, Callable[[Any, Path, argparse.Namespace], int]]] = {
    "summary": ("сводный отчёт на дату --on за период --from/--to", _director("summary")),
    "movement": ("движение обучающихся и сотрудников за период", _director("movement")),
    "invites": ("реестр ссылок-приглашений и проверка безопасности", _director("invites")),
    "chats": ("реестр чатов и соответствие положению", _director("chats")),
    "nomenclature": ("номенклатура классов Сферума (--year)", _report_nomenclature),
    "schedule": ("контент-план каналов за месяц (--from/--to)", _report_schedule),
    "all": ("все отчёты в одной книге", _director("all")),
}
# Kinds whose builder returns the number of sheets, not of rows.
_SHEET_KINDS = {"summary", "movement", "invites", "chats", "all"}


def _rows_word(n: int) -> str:
    from .services.nomenclature import plural

    return plural(n, "строка", "строки", "строк")


def _sheets_word(n: int) -> str:
    from .services.nomenclature import plural

    return plural(n, "лист", "листа", "листов")


def cmd_report(args: argparse.Namespace) -> int:
    from .services.organisation import ValidationError

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise CliError(f"файл отчёта должен иметь расширение .xlsx: {out}")
    if not out.parent.is_dir():
        raise CliError(f"папки {out.parent} нет")
    _title, build = REPORTS[args.kind]
    database = open_or_fail(config.db_url(args.db), must_exist=True)
    try:
        with database.session() as session:
            try:
                rows = build(session, out, args)
            except ValidationError as exc:
                raise CliError(str(exc)) from exc
            except OSError as exc:
                raise CliError(f"не удалось записать {out}: {exc.strerror or exc}") from exc
    finally:
        database.dispose()
    if args.kind in _SHEET_KINDS:
        print(f"Сохранено: {out} ({_sheets_word(rows)})")
    else:
        print(f"Сохранено: {out} ({_rows_word(rows)})")
    return 0


def _gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when ``argv`` only starts the GUI (``--db``, ``--no-crash-dialog``), so
    the window opens without building every command's parser: those import the importer and
    openpyxl for their help texts, a noticeable part of a cold start. A backup file
    (``FILE.sdbackup``: what a double-click on one in the file manager passes) opens the
    window with that backup offered for restoring. ``None`` otherwise."""
    args = argparse.Namespace(db=None, no_crash_dialog=False, command=None, backup=None)
    tokens = list(argv)
    while tokens:
        token = tokens.pop(0)
        if token == "--no-crash-dialog":
            args.no_crash_dialog = True
        elif token == "--db" and tokens and not tokens[0].startswith("-"):
            args.db = tokens.pop(0)
        elif token.startswith("--db=") and len(token) > len("--db="):
            args.db = token[len("--db=") :]
        elif token.lower().endswith(BACKUP_SUFFIX) and args.backup is None:
            args.backup = Path(token)
        else:
            return None  # a command, --help, --version or a mistake: the full parser
    return args


def main(argv: Sequence[str] | None = None) -> int:
    _install_russian_argparse()
    arguments = sys.argv[1:] if argv is None else argv
    args = _gui_arguments(arguments) or build_parser().parse_args(arguments)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from .ui.app import run_gui

            return run_gui(
                config.db_url(args.db) if args.db else None,
                crash_dialog=not args.no_crash_dialog,
                backup=getattr(args, "backup", None),
            )
        return int(handler(args))
    except CliError as exc:
        print(f"{PROG}: ошибка: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: прервано пользователем", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: log it, show one line
        log.exception("Command failed")
        print(f"{PROG}: ошибка: {exc}", file=sys.stderr)
        return 1
