"""Writing the demo's many rows at once: Core ``insert()`` with lists of dicts.

A large Centre (5,000 students, 20,000 movement events) is some 60,000 rows; flushing them
one ORM object at a time took most of the build. The steps still plan with ORM objects
(they read well, and the later steps use them), but the bulky ones are written here: their
column values, with the ids of the records their many-to-one relationships point at, go to
the database in one executemany per table with ids given in order after the table's last one
(the demo builds into an empty database, in one transaction; RETURNING the ids in order
would make SQLite insert row by row), and every row gets the audit entry the session would
have written for it, so «Журнал изменений» shows the demo Centre like any other insert.

``attach=True`` (or :func:`attach_inserted` later) makes the objects persistent in the
session without inserting them again, for the records later steps point at through
relationships (people, the events a task refers to); the others stay transient, read only
for their values.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Mapper, RelationshipDirection, Session, make_transient_to_detached
from sqlalchemy.orm.attributes import instance_state

from ...data.audit import os_user
from ...data.models import AuditEntry, utcnow
from ...data.models.enums import AuditAction
from ...data.search import search_text

# Set here, not taken from the plan: the bookkeeping columns and the new id.
_BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "version"})
# Not in the audit entry, as the session leaves them out (data.audit._SKIPPED_FIELDS).
_UNLOGGED = frozenset({"created_at", "updated_at", "version", "search_text", "id"})
_JSON = json.JSONEncoder(ensure_ascii=False, default=lambda value: value.isoformat())


def _default(column: Any) -> Any:
    default = column.default
    if default is None or not default.is_scalar:
        return None
    return default.arg


def _values(mapper: Mapper[Any], obj: object) -> dict[str, Any]:
    """Every column's value: as planned, from a many-to-one relationship, or its default."""
    loaded = instance_state(obj).dict
    values: dict[str, Any] = {}
    for rel in mapper.relationships:
        if rel.direction is RelationshipDirection.MANYTOONE and rel.key in loaded:
            target = loaded[rel.key]
            for local, remote in rel.local_remote_pairs:
                assert local.key is not None and remote.key is not None
                values[local.key] = None if target is None else getattr(target, remote.key)
    for attr in mapper.column_attrs:
        key = attr.key
        if key in _BOOKKEEPING:
            continue
        if key in loaded:
            values[key] = loaded[key]
        elif key not in values:
            values[key] = _default(attr.columns[0])
    fields = getattr(obj, "__search_fields__", None)
    if fields:
        values["search_text"] = search_text(values.get(name) for name in fields)
    return values


def insert_objects(session: Session, objects: Sequence[object], *, attach: bool = False) -> None:
    """Insert ``objects`` (transient, all of one mapped class) and their audit entries,
    setting each one's ``id``; ``attach`` makes them persistent in ``session``."""
    if not objects:
        return
    mapper: Mapper[Any] = instance_state(objects[0]).mapper
    table = mapper.local_table
    assert isinstance(table, Table)
    now = utcnow()
    rows = [_values(mapper, obj) for obj in objects]
    first = (session.scalar(select(func.max(table.c.id))) or 0) + 1
    ids = range(first, first + len(rows))
    session.execute(
        insert(table),
        [
            {**row, "id": i, "created_at": now, "updated_at": now}
            for i, row in zip(ids, rows, strict=True)
        ],
    )
    if session.get_bind().dialect.name == "postgresql":  # the ids were given, not drawn
        session.execute(
            text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :last)"),
            {"table": table.name, "last": ids[-1]},
        )
    _audit(session, table.name, ids, rows, now)
    bookkeeping = {"created_at": now, "updated_at": now, "version": 1}
    for obj, row, new_id in zip(objects, rows, ids, strict=True):
        # straight into the instance's dict: these are its stored values, not changes
        instance_state(obj).dict.update(row, id=new_id, **bookkeeping)
    if attach:
        attach_inserted(session, objects)


def attach_inserted(session: Session, objects: Iterable[object]) -> None:
    """Make objects written by :func:`insert_objects` persistent in ``session`` (no second
    INSERT), so that new ORM objects may point at them; attached ones are left as they are."""
    fresh = [obj for obj in dict.fromkeys(objects) if instance_state(obj).transient]
    for obj in fresh:
        make_transient_to_detached(obj)
    session.add_all(fresh)


def _audit(
    session: Session,
    entity: str,
    ids: Sequence[int],
    rows: Sequence[dict[str, Any]],
    now: dt.datetime,
) -> None:
    if session.info.get("audit_disabled"):
        return
    user, batch_id = os_user(), session.info.get("batch_id")
    entries = [
        {
            "at": now,
            "os_user": user,
            "entity": entity,
            "entity_id": str(row_id),
            "action": AuditAction.INSERT.value,
            "changes": _JSON.encode(
                {key: [None, value] for key, value in row.items() if key not in _UNLOGGED}
            ),
            "batch_id": batch_id,
        }
        for row_id, row in zip(ids, rows, strict=True)
    ]
    session.execute(insert(AuditEntry.__table__), entries)  # type: ignore[arg-type]
