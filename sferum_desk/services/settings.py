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


def _read(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return None
    try:
        return json.loads(row.value)
    except ValueError:
        return None


def _write(session: Session, key: str, value: Any) -> None:
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
    value = _read(session, INVITE_HOSTS_KEY)
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
    _write(session, INVITE_HOSTS_KEY, cleaned)


def invite_unclaimed_days(session: Session) -> int:
    """After how many days an active, unused invite link is reported by the audit."""
    value = _read(session, INVITE_UNCLAIMED_DAYS_KEY)
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and MIN_UNCLAIMED_DAYS <= value <= MAX_UNCLAIMED_DAYS
    ):
        return value
    return DEFAULT_INVITE_UNCLAIMED_DAYS


def set_invite_unclaimed_days(session: Session, days: int) -> None:
    if (
        not isinstance(days, int)
        or isinstance(days, bool)
        or not MIN_UNCLAIMED_DAYS <= days <= MAX_UNCLAIMED_DAYS
    ):
        raise ValidationError(
            {
                "unclaimed_days": "Срок невостребованной ссылки: нужно целое число дней"
                f" от {MIN_UNCLAIMED_DAYS} до {MAX_UNCLAIMED_DAYS}, указано «{days}»"
            }
        )
    _write(session, INVITE_UNCLAIMED_DAYS_KEY, days)


DEFAULT_POST_MIN_INTERVAL = 120
MIN_POST_INTERVAL, MAX_POST_INTERVAL = 1, 1440
POST_MIN_INTERVAL_KEY = "schedule.post_min_interval_minutes"


def post_min_interval_minutes(session: Session) -> int:
    """Two posts in one channel closer than this many minutes are flagged as crowded."""
    value = _read(session, POST_MIN_INTERVAL_KEY)
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and MIN_POST_INTERVAL <= value <= MAX_POST_INTERVAL
    ):
        return value
    return DEFAULT_POST_MIN_INTERVAL


def set_post_min_interval_minutes(session: Session, minutes: int) -> None:
    if (
        not isinstance(minutes, int)
        or isinstance(minutes, bool)
        or not MIN_POST_INTERVAL <= minutes <= MAX_POST_INTERVAL
    ):
        raise ValidationError(
            {
                "post_min_interval": "Минимальный промежуток между публикациями канала: нужно"
                f" целое число минут от {MIN_POST_INTERVAL} до {MAX_POST_INTERVAL},"
                f" указано «{minutes}»"
            }
        )
    _write(session, POST_MIN_INTERVAL_KEY, minutes)
