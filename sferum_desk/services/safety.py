"""Backups before risky steps, as the services see them: a backup that cannot be made
stops the step with a message, instead of going on without a way back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from ..data import backup
from .organisation import ValidationError


def backup_before(session: Session, reason: backup.Reason) -> Path | None:
    """Back up the session's SQLite database (None for other databases).

    Raises :class:`ValidationError` when the copy cannot be written (a full disk, a
    read-only folder): the caller has not changed anything yet."""
    try:
        return backup.backup_before(session, reason)
    except backup.BackupError as exc:
        raise ValidationError(
            {
                "backup": f"{exc} Без резервной копии {reason.label.removeprefix('перед ')} "
                "не выполняется: освободите место на диске и повторите."
            }
        ) from exc
