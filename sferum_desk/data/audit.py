"""One session-event listener that writes the audit log and keeps search columns fresh.

Services never write the log themselves: every insert, update and delete flushed through an
ORM session is recorded here, in the same transaction as the change.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import getpass
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert
from sqlalchemy.orm import InstanceState, Mapper, Session, UOWTransaction
from sqlalchemy.orm.attributes import instance_state

from .models import AuditEntry, ChangeBatch, utcnow
from .models.enums import AuditAction
from .search import search_text

# Bookkeeping columns whose change says nothing to a reader of the log.
NOT_LOGGED_FIELDS = frozenset({"created_at", "updated_at", "version", "search_text"})
_UNAUDITED = (AuditEntry, ChangeBatch)
# Settings under this prefix (the password lock's hash) are logged as changed, never as values.
SECRET_PREFIX = "secret."
MASK = "***"


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


# Values json can write as they are; anything else goes through _plain.
_AS_IS = frozenset({str, int, float, bool, type(None)})
# One encoder for every entry: json.dumps(..., ensure_ascii=False) would build a new one per call.
_JSON = json.JSONEncoder(ensure_ascii=False)


def _plain(value: Any) -> Any:
    if type(value) in _AS_IS:
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


@functools.cache
def _audited(mapper: Mapper[Any]) -> tuple[str, ...]:
    """The mapper's column attributes worth logging, in mapping order."""
    return tuple(a.key for a in mapper.column_attrs if a.key not in NOT_LOGGED_FIELDS)


def _loaded_columns(state: InstanceState[Any]) -> dict[str, Any]:
    loaded = state.dict
    return {key: _plain(loaded[key]) for key in _audited(state.mapper) if key in loaded}


def _changed_columns(state: InstanceState[Any]) -> dict[str, list[Any]]:
    changes: dict[str, list[Any]] = {}
    for key in _audited(state.mapper):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            changes[key] = [_plain(old), _plain(new)]
    return changes


def _entity_id(state: InstanceState[Any]) -> str:
    identity = state.identity or state.mapper.primary_key_from_instance(state.obj())
    return ",".join("" if part is None else str(part) for part in identity)


def _refresh_search_text(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    for obj in list(session.new) + list(session.dirty):
        fields = getattr(obj, "__search_fields__", None)
        if fields:
            value = search_text(getattr(obj, name) for name in fields)
            if getattr(obj, "search_text", None) != value:
                obj.search_text = value


class _Entries:
    """The audit rows of one flush (or one bulk insert), written in one executemany."""

    def __init__(self, session: Session) -> None:
        self.user, self.now, self.batch_id = os_user(), utcnow(), session.info.get("batch_id")
        self.rows: list[dict[str, Any]] = []

    def add(self, state: InstanceState[Any], action: AuditAction, changes: dict[str, Any]) -> None:
        self.add_row(state.class_.__tablename__, _entity_id(state), action, changes)

    def add_row(
        self, table: str, entity_id: str, action: AuditAction, changes: dict[str, Any]
    ) -> None:
        if table == "setting" and entity_id.startswith(SECRET_PREFIX):  # the key is the id
            changes = {
                field: [MASK if v is not None else None for v in values]
                if field == "value"
                else values
                for field, values in changes.items()
            }
        self.rows.append(
            {
                "at": self.now,
                "os_user": self.user,
                "entity": table,
                "entity_id": entity_id,
                "action": action.value,
                "changes": _JSON.encode(changes),
                "batch_id": self.batch_id,
            }
        )

    def inserted(self, state: InstanceState[Any]) -> None:
        self.add(
            state, AuditAction.INSERT, {k: [None, v] for k, v in _loaded_columns(state).items()}
        )

    def write(self, session: Session) -> None:
        if self.rows:
            session.connection().execute(insert(AuditEntry), self.rows)


def log_inserted(session: Session, mapper: Mapper[Any], rows: Iterable[dict[str, Any]]) -> None:
    """The INSERT entries a flush would have written for new records of ``mapper``'s class
    holding ``rows`` (each the values an object would hold after the flush, ``id`` among
    them): for rows stored with one Core insert (``data.bulk``), which the flush never sees."""
    if session.info.get("audit_disabled"):
        return
    entries = _Entries(session)
    table, audited, insert_ = mapper.class_.__tablename__, _audited(mapper), AuditAction.INSERT
    for row in rows:
        changes = {key: [None, _plain(row[key])] for key in audited if key in row}
        entries.add_row(table, str(row["id"]), insert_, changes)
    entries.write(session)


def _write_audit(session: Session, flush_context: UOWTransaction) -> None:
    if session.info.get("audit_disabled"):
        return
    entries = _Entries(session)
    add = entries.add
    for obj in session.new:
        if not isinstance(obj, _UNAUDITED):
            entries.inserted(instance_state(obj))
    for obj in session.dirty:
        if isinstance(obj, _UNAUDITED) or not session.is_modified(obj, include_collections=False):
            continue
        state = instance_state(obj)
        changes = _changed_columns(state)
        if changes:
            add(state, AuditAction.UPDATE, changes)
    for obj in session.deleted:
        if not isinstance(obj, _UNAUDITED):
            state = instance_state(obj)
            add(
                state, AuditAction.DELETE, {k: [v, None] for k, v in _loaded_columns(state).items()}
            )
    entries.write(session)


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
