"""`sferum-desk backup | restore | check`: backups and the database's health on the
command line (the same functions as Настройки → Резервные копии)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from .. import config
from .common import CliError, open_or_fail


def add_parsers(commands: Any) -> None:
    backup = commands.add_parser(
        "backup",
        help="сделать резервную копию базы",
        description="Делает резервную копию базы (целостный снимок, даже если программа "
        "открыта) в папку резервных копий программы или в указанный файл. Копия базы на "
        "сервере PostgreSQL — в том же формате, что и копия файла SQLite: её можно "
        "восстановить в любую из них. С --list показывает сделанные копии.",
    )
    backup.add_argument("--out", metavar="ФАЙЛ", help="куда записать копию (например, на флешку)")
    backup.add_argument("--list", action="store_true", help="перечислить сделанные копии")
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser(
        "restore",
        help="восстановить базу из резервной копии",
        description="Заменяет базу содержимым резервной копии. Копия проверяется заранее: "
        "чужой, повреждённый файл или копия из более новой версии программы отклоняются, и "
        "база не меняется. Текущее состояние базы перед восстановлением сохраняется копией. "
        "Так же переносят Центр с файла на сервер и обратно: "
        "sferum-desk --db НОВАЯ_БАЗА restore ФАЙЛ.",
    )
    restore.add_argument("file", metavar="ФАЙЛ", help="файл резервной копии (.sdbackup)")
    restore.set_defaults(handler=run_restore)

    check = commands.add_parser(
        "check",
        help="проверить целостность базы",
        description="Проверяет файл базы (integrity_check, foreign_key_check) и правила "
        "программы: одна «Учительская», зачисления в пределах учебного года группы, роли "
        "людей в связях и т. п. Код выхода 1, если что-то нарушено. Ничего не изменяет.",
    )
    check.add_argument("--json", action="store_true", help="вывести в формате JSON")
    check.set_defaults(handler=run_check)


def _megabytes(size: int) -> str:
    return f"{size / 1_048_576:.1f} МБ".replace(".", ",")


def _server_url(url: str) -> str:
    """A server's URL with the password the user types (asked once, checked by connecting)."""
    database = open_or_fail(url, must_exist=True)
    try:
        return str(database.url)
    finally:
        database.dispose()


def run_backup(args: argparse.Namespace) -> int:
    from ..data import backup

    url = config.db_url(args.db)
    path, stem, folder = backup.sqlite_path(url), backup.stem_of(url), backup.folder_of(url)
    if folder is None:
        raise CliError("у базы в памяти нет резервных копий")
    if path is not None and not path.is_file():
        raise CliError(f"файл базы данных не найден: {path}")
    if args.list:
        files = backup.backup_files(folder)
        if not files:
            print(f"Резервных копий {path.name if path else stem} пока нет ({folder}).")
        for file in files:
            made, reason = backup.info_of_name(file)
            why = reason.label if reason else "копия"
            print(f"{made:%d.%m.%Y %H:%M}  {why:<38} {_megabytes(file.stat().st_size):>9}  {file}")
        return 0
    out = Path(args.out) if args.out else None
    if out is not None and out.is_dir():
        out = backup.target_path(out, str(stem), backup.Reason.MANUAL)
    if path is None:
        url = _server_url(url)
    try:
        made = backup.backup_url(url, backup.Reason.MANUAL, out=out)
        assert made is not None
        info = backup.check_backup(made)
    except backup.BackupError as exc:
        raise CliError(str(exc)) from exc
    print(f"Резервная копия: {made} ({_megabytes(info.size)}; {info.counts_text})")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from ..data import backup, restore

    url = config.db_url(args.db)
    if backup.server_name(url) is not None:
        url = _server_url(url)
    try:
        restored = restore.restore_database(url, Path(args.file))
    except backup.BackupError as exc:
        raise CliError(str(exc)) from exc
    info = restored.backup
    print(
        f"База восстановлена из {info.path.name} ({info.made_at:%d.%m.%Y %H:%M}; "
        f"{info.counts_text})."
    )
    if restored.previous is not None:
        print(f"Состояние до восстановления сохранено: {restored.previous}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from ..services.integrity import check_database

    database = open_or_fail(config.db_url(args.db), must_exist=True)
    try:
        with database.session() as session:
            problems = check_database(session)
    finally:
        database.dispose()
    if args.json:
        print(
            json.dumps(
                {"ok": not problems, "problems": [p.as_json() for p in problems]},
                ensure_ascii=False,
                indent=2,
            )
        )
    elif problems:
        print(f"Найдены нарушения ({len(problems)}):")
        for problem in problems:
            print(f"- {problem.text}")
    else:
        print(f"База {database.location} в порядке: нарушений не найдено.")
    return 1 if problems else 0
