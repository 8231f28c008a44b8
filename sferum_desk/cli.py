"""Command line: no sub-command opens the GUI; sub-commands run headless jobs.

Every failure the user can cause ends with one Russian line on stderr and exit code 1
(usage errors: 2), never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import __version__, config

log = logging.getLogger(__name__)

PROG = "sferum-desk"

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


class CliError(Exception):
    """A failure to report as one line on stderr with exit code 1."""


def _date(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        f"неверная дата «{text}», нужен формат ГГГГ-ММ-ДД или ДД.ММ.ГГГГ"
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» — не целое число") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"нужно положительное число, а не {value}")
    return value


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
        "--students", type=_positive, default=600, help="число обучающихся (по умолчанию 600)"
    )
    demo.add_argument(
        "--today", type=_date, default=None, help="дата, относительно которой строится демо"
    )
    demo.set_defaults(handler=cmd_demo)

    stats = commands.add_parser(
        "stats",
        help="основные показатели Центра",
        description="Выводит основные показатели: только действующие записи "
        "(уволенные сотрудники и отчисленные обучающиеся не считаются).",
    )
    stats.add_argument("--json", action="store_true", help="вывести в формате JSON")
    stats.add_argument("--on", type=_date, default=None, help="на дату (по умолчанию сегодня)")
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
    report.set_defaults(handler=cmd_report)
    _add_import_parser(commands)
    _add_invites_parser(commands)
    return parser


def _add_import_parser(commands: Any) -> None:
    imp = commands.add_parser(
        "import",
        help="загрузить сотрудников или обучающихся из Excel/CSV",
        description="Загружает сотрудников (staff) или обучающихся (students) из книги Excel "
        "(.xlsx) или файла CSV (UTF-8 или Windows-1251; разделитель «,», «;» или табуляция). "
        "Строку заголовков и столбцы программа находит сама; всё записывается одной "
        "транзакцией, которую можно отменить в «Журнале изменений». При ошибках в строках "
        "ничего не записывается (если не указан --skip-invalid).",
    )
    imp.add_argument(
        "what",
        metavar="ЧТО",
        choices=["staff", "students"],
        help="staff — сотрудники, students — обучающиеся",
    )
    imp.add_argument("file", metavar="ФАЙЛ", help="книга .xlsx или файл .csv")
    imp.add_argument("--sheet", metavar="ЛИСТ", help="лист книги (по умолчанию первый)")
    imp.add_argument(
        "--map",
        metavar="«Заголовок=поле»",
        action="append",
        default=[],
        help="соответствие столбца полю, если программа не узнала заголовок "
        "(поле «-» — пропустить столбец); можно повторять. Поля: " + ", ".join(_import_fields()),
    )
    imp.add_argument(
        "--create-groups",
        action="store_true",
        help="создавать недостающие объединения (по столбцу «Направленность») и группы",
    )
    imp.add_argument(
        "--skip-invalid", action="store_true", help="загрузить верные строки, пропустив ошибочные"
    )
    imp.add_argument(
        "--dry-run", action="store_true", help="только проверить файл, ничего не записывая"
    )
    imp.add_argument(
        "--errors-out", metavar="ФАЙЛ.xlsx", help="сохранить список ошибок и замечаний в Excel"
    )
    imp.add_argument("--today", type=_date, default=None, help=argparse.SUPPRESS)
    imp.set_defaults(handler=cmd_import)


def _add_invites_parser(commands: Any) -> None:
    invites = commands.add_parser(
        "invites",
        help="ссылки-приглашения: аудит безопасности",
        description="Работа со ссылками-приглашениями в классы и чаты Сферума.",
    )
    actions = invites.add_subparsers(
        dest="invites_command", metavar="ДЕЙСТВИЕ", title="действия", required=True
    )
    audit = actions.add_parser(
        "audit",
        help="найти ссылки, которые пора аннулировать",
        description="Аудит безопасности: перечисляет действующие ссылки, которые не "
        "востребованы дольше заданного числа дней, выданы уволенным сотрудникам или "
        "отчисленным обучающимся, или числятся активными после окончания срока действия. "
        "Находки — сведения, а не ошибка: код выхода 0. Ничего не изменяет.",
    )
    audit.add_argument(
        "--older-than",
        metavar="ДНЕЙ",
        type=_positive,
        default=None,
        help="считать невостребованной ссылку, не использованную дольше стольких дней "
        "с создания (по умолчанию — из настроек, обычно 14)",
    )
    audit.add_argument("--json", action="store_true", help="вывести в формате JSON")
    audit.add_argument(
        "--on", metavar="ДАТА", type=_date, default=None, help="на дату (по умолчанию сегодня)"
    )
    audit.set_defaults(handler=cmd_invites_audit)


def _audit_lines(findings: list[Any], day: dt.date, days: int) -> list[str]:
    from .services.invites.audit import FINDING_TITLES
    from .services.nomenclature import plural

    lines = [f"Аудит ссылок-приглашений на {day:%d.%m.%Y}"]
    if not findings:
        return [*lines, "Замечаний нет: все действующие ссылки в порядке."]
    for kind, title in FINDING_TITLES.items():
        of_kind = [f for f in findings if f.kind == kind]
        if not of_kind:
            continue
        heading = (
            f"{title} дольше {plural(days, 'дня', 'дней', 'дней')}"
            if kind == "unclaimed"
            else title
        )
        lines.append("")
        lines.append(f"{heading} ({len(of_kind)}):")
        lines += [f"  № {f.link_id} {f.label}: {f.url} — {f.reason}" for f in of_kind]
    links = len({f.link_id for f in findings})
    lines.append("")
    lines.append(
        f"Итого: {plural(len(findings), 'замечание', 'замечания', 'замечаний')} "
        f"по {plural(links, 'ссылке', 'ссылкам', 'ссылкам')}. Аннулируйте их в Сферуме "
        "и отметьте это в реестре «Ссылки-приглашения»."
    )
    return lines


def cmd_invites_audit(args: argparse.Namespace) -> int:
    from .services.invites.audit import audit_links
    from .services.organisation import ValidationError
    from .services.settings import invite_unclaimed_days

    day = args.on or dt.date.today()
    database = _open(config.db_url(args.db), must_exist=True)
    try:
        with database.session() as session:
            days = args.older_than or invite_unclaimed_days(session)
            try:
                findings = audit_links(session, day, older_than=days)
            except ValidationError as exc:
                raise CliError(str(exc)) from exc
    finally:
        database.dispose()
    if args.json:
        print(json.dumps([f.as_json() for f in findings], ensure_ascii=False, indent=2))
    else:
        print("\n".join(_audit_lines(findings, day, days)))
    return 0


def _import_fields() -> list[str]:
    from .services.importer import FIELD_LABELS

    return [f"{name} ({label})" for name, label in FIELD_LABELS.items()]


def _open(url: str, *, must_exist: bool = False):  # type: ignore[no-untyped-def]
    from .data.engine import DatabaseError, open_database

    try:
        return open_database(url, must_exist=must_exist)
    except DatabaseError as exc:
        raise CliError(str(exc)) from exc


def cmd_demo(args: argparse.Namespace) -> int:
    from .services import demo, stats

    url = config.db_url(args.db) if args.db else config.sqlite_url(config.demo_db_path())
    if not args.db:
        config.demo_db_path().parent.mkdir(parents=True, exist_ok=True)
    database = _open(url)
    try:
        with database.transaction() as session:
            try:
                demo.generate(session, seed=args.seed, students=args.students, today=args.today)
            except demo.DemoError as exc:
                raise CliError(str(exc)) from exc
        with database.session() as session:
            figures = stats.collect(session, on=args.today)
    finally:
        database.dispose()
    print(
        f"Демонстрационный Центр создан в {database.location}: "
        f"{figures.staff} сотрудников, {figures.students} обучающихся, "
        f"{figures.parents} родителей, {figures.groups} групп."
    )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from .services import stats

    database = _open(config.db_url(args.db), must_exist=True)
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


def _report_nomenclature(session: Any, out: Path, year: str | None) -> int:
    from .reports.nomenclature import save_nomenclature
    from .services.nomenclature import export_rows

    return save_nomenclature(export_rows(session, year), out)


# Report kind → (Russian title, builder(session, out, year) → rows written).
REPORTS: dict[str, tuple[str, Callable[[Any, Path, str | None], int]]] = {
    "nomenclature": ("номенклатура классов Сферума", _report_nomenclature),
}


def _rows_word(n: int) -> str:
    from .services.nomenclature import plural

    return plural(n, "строка", "строки", "строк")


def cmd_report(args: argparse.Namespace) -> int:
    from .services.organisation import ValidationError

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise CliError(f"файл отчёта должен иметь расширение .xlsx: {out}")
    if not out.parent.is_dir():
        raise CliError(f"папки {out.parent} нет")
    _title, build = REPORTS[args.kind]
    database = _open(config.db_url(args.db), must_exist=True)
    try:
        with database.session() as session:
            try:
                rows = build(session, out, args.year)
            except ValidationError as exc:
                raise CliError(str(exc)) from exc
            except OSError as exc:
                raise CliError(f"не удалось записать {out}: {exc.strerror or exc}") from exc
    finally:
        database.dispose()
    print(f"Сохранено: {out} ({_rows_word(rows)})")
    return 0


_SHOWN_PROBLEMS = 20


def _problem_lines(problems: list[Any]) -> list[str]:
    lines = [f"  {p.text()}" for p in problems[:_SHOWN_PROBLEMS]]
    if len(problems) > _SHOWN_PROBLEMS:
        lines.append(f"  и ещё {len(problems) - _SHOWN_PROBLEMS}")
    return lines


def _import_summary(result: Any) -> list[str]:
    from .services.nomenclature import plural

    students = result.kind == "students"
    lines = [
        f"Строк в файле: {result.rows}",
        f"Новых {'обучающихся' if students else 'сотрудников'}: {result.created}",
        f"Обновлено: {result.updated}",
        f"{'Зачислений' if students else 'Принято на работу'}: {result.enrolled}"
        + (f" (уже {'зачислены' if students else 'работают'}: {result.already})"),
        f"Объединено повторов: {result.merged}",
    ]
    if students:
        lines.append(
            f"Новых родителей: {result.parents_created}, связей с детьми: {result.parents_linked}"
        )
        if result.associations_created or result.groups_created:
            lines.append(
                f"Создано объединений: {result.associations_created}, "
                f"групп: {result.groups_created}"
            )
    lines.append(f"Ошибок: {len(result.errors)}")
    if result.missing:
        count = plural(len(result.missing), "человек", "человека", "человек")
        if students:
            lines.append(
                f"Нет в файле, но числятся в его группах ({count}) — кандидаты на отчисление, "
                "никто не отчислен:"
            )
        else:
            lines.append(f"Нет в файле, но числятся работающими ({count}), никто не уволен:")
        lines += [f"  {m.name} — {m.where}" for m in result.missing]
    return lines


def cmd_import(args: argparse.Namespace) -> int:
    from .services.importer import (
        ImportFileError,
        ImportOptions,
        load_source,
        run_import,
        write_errors_workbook,
    )
    from .services.organisation import ValidationError

    errors_out = Path(args.errors_out) if args.errors_out else None
    if errors_out is not None and errors_out.suffix.lower() != ".xlsx":
        raise CliError(f"файл ошибок должен иметь расширение .xlsx: {errors_out}")
    try:
        source = load_source(args.file, args.what, sheet=args.sheet, overrides=args.map)
    except ImportFileError as exc:
        raise CliError(str(exc)) from exc
    options = ImportOptions(
        create_groups=args.create_groups,
        skip_invalid=args.skip_invalid,
        dry_run=args.dry_run,
        today=args.today,
    )
    database = _open(config.db_url(args.db), must_exist=True)
    try:
        with database.transaction() as session:
            try:
                result = run_import(session, source, options)
            except ValidationError as exc:
                raise CliError(f"{source.file_name}: {exc}") from exc
    finally:
        database.dispose()
    if errors_out is not None and (result.errors or result.notices):
        try:
            write_errors_workbook(result.errors + result.notices, errors_out, source.file_name)
        except OSError as exc:
            raise CliError(f"не удалось записать {errors_out}: {exc.strerror or exc}") from exc
    refused = bool(result.errors) and not result.written
    if refused and not args.dry_run:
        print(
            f"{PROG}: ошибка: {source.file_name}: ошибки в строках — ничего не записано "
            "(исправьте файл или укажите --skip-invalid):",
            file=sys.stderr,
        )
        print("\n".join(_problem_lines(result.errors)), file=sys.stderr)
        if errors_out is not None:
            print(f"Список ошибок сохранён: {errors_out}", file=sys.stderr)
        return 1
    if args.dry_run:
        print(f"Проверка {source.file_name} (ничего не записано):")
    else:
        print(f"Загружено из {source.file_name}:")
    print("\n".join(_import_summary(result)))
    if result.errors:
        print("Пропущены строки с ошибками:" if result.written else "Ошибки в строках:")
        print("\n".join(_problem_lines(result.errors)))
    if result.notices:
        print("Замечания:")
        print("\n".join(_problem_lines(result.notices)))
    if errors_out is not None and (result.errors or result.notices):
        print(f"Список ошибок и замечаний сохранён: {errors_out}")
    return 1 if args.dry_run and result.errors else 0


def main(argv: Sequence[str] | None = None) -> int:
    _install_russian_argparse()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from .ui.app import run_gui

            return run_gui(
                config.db_url(args.db) if args.db else None, crash_dialog=not args.no_crash_dialog
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
