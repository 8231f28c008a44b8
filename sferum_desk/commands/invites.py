"""`sferum-desk invites audit …`: the invite links' security audit on the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
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
