"""`sferum-desk invites audit …`: the invite links' security audit on the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from typing import Any

from .. import config
from .common import CliError, open_or_fail, parse_date, positive_int


def add_parser(commands: Any) -> None:
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
        type=positive_int,
        default=None,
        help="считать невостребованной ссылку, не использованную дольше стольких дней "
        "с создания (по умолчанию — из настроек, обычно 14)",
    )
    audit.add_argument("--json", action="store_true", help="вывести в формате JSON")
    audit.add_argument(
        "--on", metavar="ДАТА", type=parse_date, default=None, help="на дату (по умолчанию сегодня)"
    )
    audit.set_defaults(handler=run_audit)
    _add_print_parser(actions)


def _add_print_parser(actions: Any) -> None:
    printing = actions.add_parser(
        "print",
        help="напечатать приглашения в PDF",
        description="Приглашения в классы и чаты для раздачи: лист на каждую действующую "
        "ссылку (с QR-кодом и списком для отметок) или карточки на вырезание. "
        "Аннулированные и истёкшие ссылки не печатаются — о них сообщается.",
    )
    which = printing.add_mutually_exclusive_group(required=True)
    which.add_argument("--group", metavar="КЛАСС", help="номер или название класса")
    which.add_argument("--chat", metavar="ID", type=positive_int, help="номер чата")
    which.add_argument("--all", action="store_true", help="все действующие ссылки")
    printing.add_argument(
        "--layout", choices=("sheet", "slips"), default="sheet", help="лист на класс или карточки"
    )
    printing.add_argument("--out", metavar="ФАЙЛ.pdf", required=True, help="куда сохранить PDF")
    printing.add_argument(
        "--mark-handed",
        action="store_true",
        help="отметить напечатанные ссылки выданными (распечатка) на эту дату",
    )
    printing.add_argument(
        "--on", metavar="ДАТА", type=parse_date, default=None, help="на дату (по умолчанию сегодня)"
    )
    printing.set_defaults(handler=run_print)


def _audit_lines(findings: list[Any], day: dt.date, days: int) -> list[str]:
    from ..services.invites.audit import FINDING_TITLES
    from ..services.nomenclature import plural

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


def run_audit(args: argparse.Namespace) -> int:
    from ..services.invites.audit import audit_links
    from ..services.organisation import ValidationError
    from ..services.settings import invite_unclaimed_days

    day = args.on or dt.date.today()
    database = open_or_fail(config.db_url(args.db), must_exist=True)
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


def _group_id(session: Any, text: str) -> int:
    from sqlalchemy import select

    from ..data.models import Group
    from ..data.search import normalize

    text = text.strip()
    if text.isdigit() and session.get(Group, int(text)) is not None:
        return int(text)
    wanted = normalize(text)
    groups = [
        g
        for g in session.scalars(select(Group).where(Group.archived_on.is_(None)))
        if normalize(g.sferum_class_name) == wanted
    ]
    if not groups:
        raise CliError(f"Класс «{text}» не найден: укажите его номер или точное название.")
    if len(groups) > 1:
        numbers = ", ".join(str(g.id) for g in groups)
        raise CliError(f"Название «{text}» носят несколько классов (№ {numbers}): укажите номер.")
    return groups[0].id


def run_print(args: argparse.Namespace) -> int:
    from pathlib import Path

    from PySide6.QtGui import QGuiApplication

    from ..reports.invitations import render_pdf
    from ..services.invites.printing import gather, mark_printed
    from ..services.organisation import ValidationError

    day = args.on or dt.date.today()
    out = Path(args.out)
    if not out.parent.is_dir():
        raise CliError(f"Папка «{out.parent}» не существует: файл «{out.name}» некуда сохранить.")
    database = open_or_fail(config.db_url(args.db), must_exist=True, writes=args.mark_handed)
    try:
        with database.session() as session:
            group_ids = [_group_id(session, args.group)] if args.group else []
            chat_ids = [args.chat] if args.chat else []
            job = gather(
                session, group_ids=group_ids, chat_ids=chat_ids, all_links=args.all, today=day
            )
        for skipped in job.skipped:
            print(f"Не печатается: {skipped.label} — {skipped.reason}.", file=sys.stderr)
        if not job.sheets:
            raise CliError("Печатать нечего: нет действующих ссылок-приглашений.")
        if QGuiApplication.instance() is None:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            app = QGuiApplication([])  # noqa: F841 — lives until the PDF is written
        pages = render_pdf(job.sheets, out, args.layout)
        print(f"Сохранено: {out} — ссылок: {len(job.sheets)}, страниц: {pages}.")
        if args.mark_handed:
            try:
                with database.transaction() as session:
                    mark_printed(session, job.link_ids, day, today=day)
            except ValidationError as exc:
                raise CliError(str(exc)) from exc
            print(f"Ссылки отмечены выданными (распечатка) на {day:%d.%m.%Y}.")
    finally:
        database.dispose()
    return 0
