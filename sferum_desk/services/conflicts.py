"""Two administrators editing one record: the second save is refused, never a silent
overwrite, and the refusal says what the other one changed.

Every editable record carries a version (``data.models.base.VersionedMixin``): a dialog
reads it with the record and names it when it saves. The save first compares it with the
stored one — the usual case, when the other administrator saved minutes ago — and then the
``UPDATE … WHERE version = read`` itself refuses a save that raced another one (SQLAlchemy
raises ``StaleDataError``). In the first case the record's audit entries since the version
the dialog read tell who changed which fields, from what to what (each save of a record is
one update entry and one version step); in the second the session is already spoiled, so
the message says only that the record changed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..data.models import AuditAction, AuditEntry
from ..errors import ValidationError
from .clock import local
from .listings.audit import summarise_changes

__all__ = ["changes_since", "refuse_if_stale", "stale_error"]

_SHOWN_CHANGES = 5  # the newest ones; older saves are in «Журнал изменений»


def changes_since(session: Session, record: Any, read_version: int) -> list[str]:
    """«04.12.2026 14:05, ivanova: телефон: +79001112233 → +79004445566» for each save of
    ``record`` after ``read_version``, oldest first."""
    newer = record.version - read_version
    if newer <= 0:
        return []
    table = record.__table__.name
    entries = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.entity == table,
            AuditEntry.entity_id == str(record.id),
            AuditEntry.action == AuditAction.UPDATE,
        )
        .order_by(AuditEntry.id.desc())
        .limit(min(newer, _SHOWN_CHANGES))
    ).all()
    lines = []
    for entry in reversed(entries):
        summary = summarise_changes(table, entry.action, entry.changes)
        if summary:
            lines.append(f"{local(entry.at):%d.%m.%Y %H:%M}, {entry.os_user}: {summary}")
    return lines


def stale_error(message: str, changes: list[str] | None = None) -> ValidationError:
    """The refusal of a save: ``message`` (what changed and what to do), then the changes."""
    if changes:
        message += "\nЧто изменили:\n" + "\n".join(f"• {line}" for line in changes)
    return ValidationError({"version": message})


def refuse_if_stale(session: Session, record: Any, read_version: int, message: str) -> None:
    """Raise :func:`stale_error` when ``record`` was saved elsewhere after ``read_version``."""
    if record.version != read_version:
        raise stale_error(message, changes_since(session, record, read_version))
