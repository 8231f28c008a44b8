"""`sferum-desk import staff|students FILE …`: the importer of ``services.importer`` on the
command line, with the same counts and problems the wizard shows."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .. import config
from .common import PROG, CliError, open_or_fail, parse_date


def add_parser(commands: Any) -> None:
    imp = commands.add_parser(
        "import",
        help="загрузить сотрудников или обучающихся из Excel/CSV",
        description="Загружает сотрудников (staff) или обучающихся (students) из книги Excel "
        "(.xlsx) или файла CSV (UTF-8, UTF-16 или Windows-1251; разделитель «,», «;» или "
        f"табуляция), не больше {_max_rows()} строк. Строку заголовков (и заголовок в две "
        "строки под объединёнными ячейками) и столбцы программа находит сама; всё "
        "записывается одной транзакцией, которую можно отменить в «Журнале изменений». "
        "При ошибках в строках ничего не записывается (если не указан --skip-invalid).",
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
    imp.add_argument("--today", type=parse_date, default=None, help=argparse.SUPPRESS)
    imp.set_defaults(handler=run)


def _max_rows() -> str:
    from ..services.importer.reading import MAX_ROWS

    return f"{MAX_ROWS:,}".replace(",", " ")


def _import_fields() -> list[str]:
    from ..services.importer import FIELD_LABELS

    return [f"{name} ({label})" for name, label in FIELD_LABELS.items()]


_SHOWN_PROBLEMS = 20


def _problem_lines(problems: list[Any]) -> list[str]:
    lines = [f"  {p.text()}" for p in problems[:_SHOWN_PROBLEMS]]
    if len(problems) > _SHOWN_PROBLEMS:
        lines.append(f"  и ещё {len(problems) - _SHOWN_PROBLEMS}")
    return lines


def _import_summary(result: Any) -> list[str]:
    from ..services.nomenclature import plural

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


def run(args: argparse.Namespace) -> int:
    from ..services.importer import (
        ImportFileError,
        ImportOptions,
        load_source,
        run_import,
        write_errors_workbook,
    )
    from ..services.organisation import ValidationError

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
    database = open_or_fail(config.db_url(args.db), must_exist=True, writes=True)
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
