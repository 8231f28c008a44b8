"""Change batches (a rollover, an import) and undoing one as a whole.

A batch is undone from its own audit entries, newest first: an inserted row is deleted, an
updated row gets its old values back, a deleted row is inserted again. It is done through
the ORM, so the audit listener logs the undo like any other change. A batch can be undone
only while nothing newer depends on it: no later change outside the batch touched a row the
batch touched, or points at a row the batch created.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Numeric, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.types import TypeDecorator

from ..data.models import AuditAction, AuditEntry, Base, ChangeBatch, utcnow
from .clock import local
from .organisation import ValidationError

Key = tuple[str, str]  # (table, entity id as the audit log writes it)


@dataclass(frozen=True)
class BatchRow:
    id: int
    kind: str
    label: str
    created_at: dt.datetime
    os_user: str
    undone_at: dt.datetime | None
    entries: int


def list_batches(session: Session) -> list[BatchRow]:
    """Every change batch, newest first, with the number of its audit entries."""
    counted = session.execute(
        select(AuditEntry.batch_id, func.count())
        .where(AuditEntry.batch_id.is_not(None))
        .group_by(AuditEntry.batch_id)
    )
    counts = {batch_id: count for batch_id, count in counted if batch_id is not None}
    batches = session.scalars(
        select(ChangeBatch).order_by(ChangeBatch.created_at.desc(), ChangeBatch.id.desc())
    )
    return [
        BatchRow(b.id, b.kind, b.label, b.created_at, b.os_user, b.undone_at, counts.get(b.id, 0))
        for b in batches
    ]


def _entries(session: Session, batch_id: int) -> list[AuditEntry]:
    return list(
        session.scalars(
            select(AuditEntry).where(AuditEntry.batch_id == batch_id).order_by(AuditEntry.id)
        )
    )


def _changes(entry: AuditEntry) -> dict[str, list[Any]]:
    value = json.loads(entry.changes)
    return value if isinstance(value, dict) else {}


def _points_at(entry: AuditEntry, created: set[Key]) -> bool:
    """Whether a later insert or update sets a foreign key to a row the batch created."""
    if entry.action == AuditAction.DELETE:
        return False
    table = Base.metadata.tables.get(entry.entity)
    if table is None:
        return False
    changes = _changes(entry)
    for fk in table.foreign_keys:
        pair = changes.get(fk.parent.name)
        new = pair[1] if isinstance(pair, list) and len(pair) == 2 else None
        if new is not None and (fk.column.table.name, str(new)) in created:
            return True
    return False


def can_undo(session: Session, batch_id: int) -> tuple[bool, str]:
    """Whether the batch can be undone now, and if not, why (Russian)."""
    batch = session.get(ChangeBatch, batch_id)
    if batch is None:
        return False, "Пакет изменений не найден."
    if batch.undone_at is not None:
        return False, f"Пакет «{batch.label}» уже отменён."
    entries = _entries(session, batch_id)
    if not entries:
        return False, f"В пакете «{batch.label}» нет изменений, отменять нечего."
    touched = {(e.entity, e.entity_id) for e in entries}
    created = {(e.entity, e.entity_id) for e in entries if e.action == AuditAction.INSERT}
    later = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.id > entries[0].id,
            (AuditEntry.batch_id.is_(None)) | (AuditEntry.batch_id != batch_id),
        )
        .order_by(AuditEntry.id)
    )
    for entry in later:
        if (entry.entity, entry.entity_id) in touched or _points_at(entry, created):
            when = local(entry.at).strftime("%d.%m.%Y %H:%M")
            return False, (
                f"После пакета «{batch.label}» были другие изменения тех же записей "
                f"({when}, {entry.os_user}). Отменить его можно, только если после него "
                "эти записи не менялись."
            )
    return True, ""


# -- undo ----------------------------------------------------------------------------------


def _mappers() -> dict[str, Mapper[Any]]:
    return {
        mapper.local_table.name: mapper  # type: ignore[attr-defined]
        for mapper in Base.registry.mappers
    }


def _python_value(mapper: Mapper[Any], key: str, value: Any) -> Any:
    """The JSON value of the audit log back as what the column holds."""
    if value is None:
        return None
    kind = mapper.column_attrs[key].columns[0].type
    if isinstance(kind, Enum) and kind.enum_class is not None:
        enum_class: Any = kind.enum_class
        return enum_class(value) if issubclass(enum_class, enum.Enum) else value
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, DateTime):
        moment = dt.datetime.fromisoformat(value)
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, Numeric) and kind.asdecimal:
        return Decimal(str(value))
    return value


def _identity(mapper: Mapper[Any], entity_id: str) -> tuple[Any, ...]:
    values: list[Any] = []
    for column, part in zip(mapper.primary_key, entity_id.split(","), strict=True):
        try:
            is_int = column.type.python_type is int
        except NotImplementedError:
            is_int = False
        values.append(int(part) if is_int else part)
    return tuple(values)


class _Reverter:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.mappers = _mappers()
        self.objects: dict[Key, Any] = {}

    def _mapper(self, entry: AuditEntry) -> Mapper[Any]:
        mapper = self.mappers.get(entry.entity)
        if mapper is None:
            raise ValidationError({"batch": f"Неизвестная таблица «{entry.entity}» в пакете."})
        return mapper

    def _object(self, entry: AuditEntry) -> Any:
        key = (entry.entity, entry.entity_id)
        if key not in self.objects:
            mapper = self._mapper(entry)
            self.objects[key] = self.session.get(mapper, _identity(mapper, entry.entity_id))
        obj = self.objects[key]
        if obj is None:
            raise ValidationError(
                {"batch": f"Запись {entry.entity} № {entry.entity_id} уже удалена."}
            )
        return obj

    def revert(self, entry: AuditEntry) -> None:
        mapper = self._mapper(entry)
        changes = _changes(entry)
        if entry.action == AuditAction.INSERT:
            obj = self._object(entry)
            if obj in self.session.new:
                self.session.expunge(obj)
            else:
                self.session.delete(obj)
            self.objects[(entry.entity, entry.entity_id)] = None
        elif entry.action == AuditAction.UPDATE:
            obj = self._object(entry)
            for key, (old, _new) in changes.items():
                setattr(obj, key, _python_value(mapper, key, old))
        else:
            values = {key: _python_value(mapper, key, old) for key, (old, _new) in changes.items()}
            obj = mapper.class_(**values)
            self.session.add(obj)
            self.objects[(entry.entity, entry.entity_id)] = obj


def undo_batch(session: Session, batch_id: int) -> ChangeBatch:
    """Undo the batch in the caller's transaction; Russian ValidationError when it cannot."""
    ok, reason = can_undo(session, batch_id)
    if not ok:
        raise ValidationError({"batch": reason})
    batch = session.get(ChangeBatch, batch_id)
    assert batch is not None
    reverter = _Reverter(session)
    previous = session.info.get("batch_id")
    session.info["batch_id"] = None  # the undo is logged as ordinary changes
    try:
        with session.no_autoflush:
            for entry in reversed(_entries(session, batch_id)):
                reverter.revert(entry)
        # One flush: the unit of work orders the deletes and inserts by their dependencies.
        session.flush()
    except IntegrityError as exc:
        raise ValidationError(
            {"batch": f"Пакет «{batch.label}» нельзя отменить: от него зависят другие записи."}
        ) from exc
    finally:
        session.info["batch_id"] = previous
    batch.undone_at = utcnow()
    session.flush()
    return batch
