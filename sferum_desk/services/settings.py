"""Typed application settings, kept in the ``setting`` table as JSON values with defaults.

A setting that was never saved, or whose stored value is unreadable, reads as its default.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy.orm import Session

from ..data.models import Setting
from .organisation import ValidationError

DEFAULT_INVITE_HOSTS = ("sferum.ru", "vk.me", "vk.com", "max.ru")
DEFAULT_INVITE_UNCLAIMED_DAYS = 14
MIN_UNCLAIMED_DAYS, MAX_UNCLAIMED_DAYS = 1, 365

INVITE_HOSTS_KEY = "invites.allowed_hosts"
INVITE_UNCLAIMED_DAYS_KEY = "invites.unclaimed_days"

# A bare DNS host name: labels of letters, digits and inner hyphens, at least one dot,
# no scheme, port, path, credentials or wildcard.
_LABEL = r"(?!-)[a-z0-9-]{1,63}(?<!-)"
_HOST = re.compile(rf"{_LABEL}(\.{_LABEL})+")


def read_value(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return None
    try:
        return json.loads(row.value)
    except ValueError:
        return None


def write_value(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    elif row.value != text:
        row.value = text
    session.flush()


def clean_host(host: str) -> str:
    """A host name as stored: trimmed, lower case, IDNA (punycode) for Cyrillic domains."""
    host = host.strip().lower().rstrip(".")
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def host_problem(host: str) -> str | None:
    """Why ``host`` (already cleaned) is not a bare host name, or None."""
    if not host:
        return "пустое имя узла"
    if len(host) > 253 or not _HOST.fullmatch(host):
        return f"«{host}» — не имя узла (нужно вида sferum.ru: без https://, порта и пути)"
    return None


def allowed_invite_hosts(session: Session) -> list[str]:
    """Hosts (with their subdomains) an invite link may point to."""
    value = read_value(session, INVITE_HOSTS_KEY)
    if isinstance(value, list) and value and all(isinstance(h, str) for h in value):
        return list(value)
    return list(DEFAULT_INVITE_HOSTS)


def set_allowed_invite_hosts(session: Session, hosts: list[str]) -> None:
    """Save the allow-list: bare host names, de-duplicated in the given order."""
    cleaned: list[str] = []
    problems: list[str] = []
    for raw in hosts:
        host = clean_host(raw)
        if not host:
            continue
        problem = host_problem(host)
        if problem is not None:
            problems.append(problem)
        elif host not in cleaned:
            cleaned.append(host)
    if problems:
        raise ValidationError({"hosts": "Разрешённые узлы ссылок: " + "; ".join(problems)})
    if not cleaned:
        raise ValidationError(
            {"hosts": "Разрешённые узлы ссылок: укажите хотя бы один узел, например sferum.ru"}
        )
    write_value(session, INVITE_HOSTS_KEY, cleaned)


def read_int(session: Session, key: str, default: int, low: int, high: int) -> int:
    """A whole-number setting within [low, high]; anything else stored reads as ``default``."""
    value = read_value(session, key)
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return default


def write_int(
    session: Session, key: str, value: int, low: int, high: int, field: str, what: str
) -> None:
    """Save a whole-number setting, refusing anything outside [low, high] with a message
    «<what>: нужно целое число от … до …» under ``field``."""
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValidationError(
            {field: f"{what}: нужно целое число от {low} до {high}, указано «{value}»"}
        )
    write_value(session, key, value)


def invite_unclaimed_days(session: Session) -> int:
    """After how many days an active, unused invite link is reported by the audit."""
    return read_int(
        session,
        INVITE_UNCLAIMED_DAYS_KEY,
        DEFAULT_INVITE_UNCLAIMED_DAYS,
        MIN_UNCLAIMED_DAYS,
        MAX_UNCLAIMED_DAYS,
    )


def set_invite_unclaimed_days(session: Session, days: int) -> None:
    write_int(
        session,
        INVITE_UNCLAIMED_DAYS_KEY,
        days,
        MIN_UNCLAIMED_DAYS,
        MAX_UNCLAIMED_DAYS,
        "unclaimed_days",
        "Срок невостребованной ссылки (дней)",
    )


DEFAULT_POST_MIN_INTERVAL = 120
MIN_POST_INTERVAL, MAX_POST_INTERVAL = 1, 1440
POST_MIN_INTERVAL_KEY = "schedule.post_min_interval_minutes"


def post_min_interval_minutes(session: Session) -> int:
    """Two posts in one channel closer than this many minutes are flagged as crowded."""
    return read_int(
        session,
        POST_MIN_INTERVAL_KEY,
        DEFAULT_POST_MIN_INTERVAL,
        MIN_POST_INTERVAL,
        MAX_POST_INTERVAL,
    )


def set_post_min_interval_minutes(session: Session, minutes: int) -> None:
    write_int(
        session,
        POST_MIN_INTERVAL_KEY,
        minutes,
        MIN_POST_INTERVAL,
        MAX_POST_INTERVAL,
        "post_min_interval",
        "Минимальный промежуток между публикациями канала (минут)",
    )


BACKUP_DAILY_KEY = "backups.daily"
BACKUP_MONTHLY_KEY = "backups.monthly"
DEFAULT_BACKUP_DAILY, DEFAULT_BACKUP_MONTHLY = 14, 12
MAX_BACKUP_DAILY, MAX_BACKUP_MONTHLY = 365, 120


def backup_retention(session: Session) -> tuple[int, int]:
    """How many daily and monthly backups are kept."""
    return (
        read_int(session, BACKUP_DAILY_KEY, DEFAULT_BACKUP_DAILY, 1, MAX_BACKUP_DAILY),
        read_int(session, BACKUP_MONTHLY_KEY, DEFAULT_BACKUP_MONTHLY, 0, MAX_BACKUP_MONTHLY),
    )


def set_backup_retention(session: Session, daily: int, monthly: int) -> None:
    write_int(
        session,
        BACKUP_DAILY_KEY,
        daily,
        1,
        MAX_BACKUP_DAILY,
        "backup_daily",
        "Хранить ежедневных копий",
    )
    write_int(
        session,
        BACKUP_MONTHLY_KEY,
        monthly,
        0,
        MAX_BACKUP_MONTHLY,
        "backup_monthly",
        "Хранить ежемесячных копий",
    )
