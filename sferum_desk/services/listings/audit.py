"""The audit log, newest first, with each change summarised as one line of Russian text."""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, DateTime, Enum, String, and_, cast, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from ...data.models import AuditAction, AuditEntry, Base, ChangeBatch
from ..clock import day_start, local
from .audit_labels import ENTITY_LABELS, FIELD_LABELS

DEFAULT_AUDIT_LIMIT = 5000
_MAX_VALUE_CHARS = 60
_NONE = "—"


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # timezone-aware UTC
    os_user: str
    entity: str  # the record type, in Russian
    entity_id: str
    action: str
    changes: str
    batch_id: int | None = None  # the change batch (a rollover, an import) it belongs to
    batch: str = ""  # the batch's label, «(отменён)» added once undone


@functools.cache
def _column_type(table: str, field: str) -> Any:
    """The SQLAlchemy type of a logged column (its implementation for a decorator), or None."""
    if table not in ENTITY_LABELS:
        return None
    column = Base.metadata.tables[table].columns.get(field)
    if column is None:
        return None
    kind = column.type
    return kind.impl_instance if isinstance(kind, TypeDecorator) else kind


def _plain_value(table: str, field: str, value: Any) -> str:
    if value is None:
        return _NONE
    if isinstance(value, bool):
        return "да" if value else "нет"
    kind = _column_type(table, field)
    enum_class = getattr(kind, "enum_class", None) if isinstance(kind, Enum) else None
    if enum_class is not None:
        try:
            return str(enum_class(value).label)
        except ValueError:
            pass
    elif isinstance(kind, Date) and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).strftime("%d.%m.%Y")
        except ValueError:
            pass
    elif isinstance(kind, DateTime) and isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=dt.UTC)
            return local(moment).strftime("%d.%m.%Y %H:%M")  # the Centre's clock
    text = str(value)
    if len(text) > _MAX_VALUE_CHARS:
        text = text[: _MAX_VALUE_CHARS - 1] + "…"
    return text


def summarise_changes(table: str, action: AuditAction, changes_json: str) -> str:
    """«фамилия: Иванов → Петров; телефон: — → +79001234567» and the like."""
    try:
        changes = json.loads(changes_json)
    except ValueError:
        return changes_json
    if not isinstance(changes, dict):
        return str(changes)
    parts = []
    for field, pair in changes.items():
        old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
        name = FIELD_LABELS.get(field, field)
        if action == AuditAction.UPDATE:
            shown = f"{_plain_value(table, field, old)} → {_plain_value(table, field, new)}"
        else:
            value = new if action == AuditAction.INSERT else old
            if value in (None, "", False):
                continue
            shown = _plain_value(table, field, value)
        parts.append(f"{name}: {shown}")
    return "; ".join(parts)


def batch_label(batch: ChangeBatch) -> str:
    return f"{batch.label} (отменён)" if batch.undone_at is not None else batch.label


@functools.cache
def _person_links() -> tuple[tuple[Any, tuple[Any, ...]], ...]:
    """Every table with columns pointing at a person: (table, its person columns)."""
    links = []
    for table in Base.metadata.sorted_tables:
        if table.name in ("audit_entry", "change_batch"):
            continue
        columns = tuple(fk.parent for fk in table.foreign_keys if fk.column.table.name == "person")
        if columns:
            links.append((table, columns))
    return tuple(links)


def _about_person(person_id: int) -> Any:
    """Entries about a person: the person's own record, and the records that point at them
    — found among today's rows, and in the logged values of rows since deleted."""
    conditions = [and_(AuditEntry.entity == "person", AuditEntry.entity_id == str(person_id))]
    for table, columns in _person_links():
        ids = select(cast(table.c.id, String)).where(or_(*(c == person_id for c in columns)))
        logged = [
            AuditEntry.changes.like(pattern)
            for column in columns
            # a deleted row's entry holds [id, null], an added one's [null, id]
            for pattern in (
                f'%"{column.name}": [{person_id}, null]%',
                f'%"{column.name}": [null, {person_id}]%',
            )
        ]
        conditions.append(
            and_(AuditEntry.entity == table.name, or_(AuditEntry.entity_id.in_(ids), *logged))
        )
    return or_(*conditions)


def list_audit(
    session: Session,
    limit: int = DEFAULT_AUDIT_LIMIT,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    person_id: int | None = None,
) -> list[AuditRow]:
    """The latest ``limit`` entries of the audit log, newest first; only those made on the
    days [start, end] (the Centre's clock) and about one person, when given."""
    query = select(AuditEntry)
    if start is not None:
        query = query.where(AuditEntry.at >= day_start(start))
    if end is not None:
        query = query.where(AuditEntry.at < day_start(end + dt.timedelta(days=1)))
    if person_id is not None:
        query = query.where(_about_person(person_id))
    entries = list(
        session.scalars(query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit))
    )
    batch_ids = {entry.batch_id for entry in entries if entry.batch_id is not None}
    batches = {
        batch.id: batch_label(batch)
        for batch in session.scalars(select(ChangeBatch).where(ChangeBatch.id.in_(batch_ids)))
    }
    return [
        AuditRow(
            id=entry.id,
            at=entry.at,
            os_user=entry.os_user,
            entity=ENTITY_LABELS.get(entry.entity, entry.entity),
            entity_id=entry.entity_id,
            action=entry.action.label,
            changes=summarise_changes(entry.entity, entry.action, entry.changes),
            batch_id=entry.batch_id,
            batch=batches.get(entry.batch_id, "") if entry.batch_id is not None else "",
        )
        for entry in entries
    ]
