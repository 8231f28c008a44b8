"""One session-event listener that writes the audit log and keeps search columns fresh.

Services never write the log themselves: every insert, update and delete flushed through an
ORM session is recorded here, in the same transaction as the change.
"""

from __future__ import annotations

import datetime as dt
import enum
import getpass
import json
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from .models import AuditEntry, ChangeBatch, utcnow
from .models.enums import AuditAction
from .search import search_text

# Bookkeeping columns whose change says nothing to a reader of the log.
_SKIPPED_FIELDS = frozenset({"created_at", "updated_at", "version", "search_text"})


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _loaded_columns(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    loaded = state.dict
    return {
        attr.key: _plain(loaded[attr.key])
        for attr in state.mapper.column_attrs
        if attr.key in loaded and attr.key not in _SKIPPED_FIELDS
    }


def _changed_columns(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED_FIELDS:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            changes[attr.key] = [_plain(old), _plain(new)]
    return changes


def _entity_id(obj: Any) -> str:
    identity = inspect(obj).identity
    if identity:
        return ",".join(str(part) for part in identity)
    return str(getattr(obj, "id", ""))


def _refresh_search_text(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    for obj in list(session.new) + list(session.dirty):
        fields = getattr(obj, "__search_fields__", None)
        if fields:
            value = search_text(getattr(obj, name) for name in fields)
            if getattr(obj, "search_text", None) != value:
                obj.search_text = value


def _write_audit(session: Session, flush_context: UOWTransaction) -> None:
    if session.info.get("audit_disabled"):
        return
    user, now = os_user(), utcnow()
    rows: list[dict[str, Any]] = []

    def add(obj: Any, action: AuditAction, changes: dict[str, Any]) -> None:
        rows.append(
            {
                "at": now,
                "os_user": user,
                "entity": obj.__tablename__,
                "entity_id": _entity_id(obj),
                "action": action.value,
                "changes": json.dumps(changes, ensure_ascii=False),
                "batch_id": session.info.get("batch_id"),
            }
        )

    for obj in session.new:
        if not isinstance(obj, AuditEntry | ChangeBatch):
            add(obj, AuditAction.INSERT, {k: [None, v] for k, v in _loaded_columns(obj).items()})
    for obj in session.dirty:
        if isinstance(obj, AuditEntry | ChangeBatch) or not session.is_modified(
            obj, include_collections=False
        ):
            continue
        changes = _changed_columns(obj)
        if changes:
            add(obj, AuditAction.UPDATE, changes)
    for obj in session.deleted:
        if not isinstance(obj, AuditEntry | ChangeBatch):
            add(obj, AuditAction.DELETE, {k: [v, None] for k, v in _loaded_columns(obj).items()})
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


@contextmanager
def change_batch(session: Session, kind: str, label: str) -> Iterator[ChangeBatch]:
    """Tag every audit entry written inside the block with one new :class:`ChangeBatch`,
    so the whole batch (a rollover, an import) can be listed and undone together."""
    batch = ChangeBatch(kind=kind, label=label, os_user=os_user())
    session.add(batch)
    session.flush()
    previous = session.info.get("batch_id")
    session.info["batch_id"] = batch.id
    try:
        yield batch
        session.flush()  # audit what the block changed while the batch is still current
    finally:
        session.info["batch_id"] = previous


def install(session_class: type[Session]) -> None:
    """Attach the listeners to a Session class (idempotent)."""
    if not event.contains(session_class, "before_flush", _refresh_search_text):
        event.listen(session_class, "before_flush", _refresh_search_text)
        event.listen(session_class, "after_flush", _write_audit)
