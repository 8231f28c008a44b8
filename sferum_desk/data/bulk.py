"""Many new records of one kind stored at once, as a flush would store them, only faster.

The session's flush inserts new objects one unit-of-work step at a time, and a big import
(10,000 rows: students, parents, enrolments, their movement events and Sferum tasks, some
60,000 records) spent most of its time there. :func:`insert_new` stores a list of new
objects of one class with one Core ``insert()`` per set of columns given — on PostgreSQL
``RETURNING`` the ids in the order of the rows (safe beside other writers, unlike ids worked
out in Python), on SQLite reading them after the insert, under the write lock it took —
writes the audit entries the flush would have written (``audit.log_inserted``: same fields,
same batch) and leaves the objects persistent in the session, as after a flush: their ids
set, relationships loadable.

A many-to-one link may be given as a foreign-key value (``group_id=``) or as a related
object that is already stored (its id is known: persistent, or inserted here before); one
not stored yet is refused, as the flush is what would have ordered that. The demo builder
writes its large Centre this way too (``services/demo``), the import its new records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Mapper, RelationshipDirection, Session, make_transient_to_detached
from sqlalchemy.orm.attributes import instance_state

from .audit import log_inserted
from .models import utcnow
from .search import search_text

_TIMESTAMPS = ("created_at", "updated_at")  # TimestampMixin's Python-side defaults
_VERSION = "version"  # VersionedMixin: the ORM writes 1 on insert


def _row(mapper: Mapper[Any], obj: object, now: object) -> dict[str, Any]:
    """The values a flush would insert and keep in the object: those set, then the columns'
    scalar Python defaults, the bookkeeping columns and the search text."""
    state = instance_state(obj)
    if not state.transient:
        raise ValueError(f"{obj!r} is already in a session")
    loaded = state.dict
    values: dict[str, Any] = {}
    for rel in mapper.relationships:
        target = loaded.get(rel.key)
        if target is None or target == []:
            continue
        if rel.direction is not RelationshipDirection.MANYTOONE:
            raise ValueError(f"{obj!r}: {rel.key} holds records, which this does not store")
        for local, remote in rel.local_remote_pairs:
            assert local.key is not None and remote.key is not None
            target_state = instance_state(target)
            value = target_state.dict.get(remote.key)
            if value is None and target_state.persistent:  # expired: read it
                value = getattr(target, remote.key)
            if value is None:
                raise ValueError(
                    f"{obj!r}: {rel.key} is not stored yet; store it first or give its foreign key"
                )
            values[local.key] = value
    for attr in mapper.column_attrs:
        key = attr.key
        if key in values:  # from a related object
            continue
        if key in loaded:
            values[key] = loaded[key]
            continue
        default = attr.columns[0].default
        if key in _TIMESTAMPS:
            values[key] = now
        elif key == _VERSION and mapper.version_id_col is not None:
            values[key] = 1
        elif default is not None and default.is_scalar:
            values[key] = default.arg
    fields = getattr(obj, "__search_fields__", None)
    if fields and "search_text" in mapper.local_table.c:
        values["search_text"] = search_text(values.get(name) for name in fields)
    return values


def _insert_sqlite(session: Session, table: Table, params: list[dict[str, Any]]) -> range:
    """SQLite gives each new row the largest id so far plus one, and this transaction holds
    the database's write lock from its first insert to its commit, so the rows just
    inserted have the ids up to the largest one now, in order. (RETURNING them in order
    would make SQLAlchemy insert row by row on SQLite.)"""
    session.execute(insert(table), params)
    last = session.scalar(select(func.max(table.c.id)))
    assert last is not None
    return range(last - len(params) + 1, last + 1)


def insert_new(session: Session, objects: Sequence[object], *, attach: bool = True) -> None:
    """Store ``objects`` (new, of one mapped class) and their audit entries; each gets its
    ``id`` and, with ``attach``, becomes persistent in ``session`` (without, the objects stay
    transient, holding their stored values: for rows nothing in this session reads again).
    Pending changes are flushed first."""
    if not objects:
        return
    mapper: Mapper[Any] = instance_state(objects[0]).mapper
    if any(instance_state(obj).mapper is not mapper for obj in objects):
        raise ValueError("insert_new stores objects of one class at a time")
    table = mapper.local_table
    assert isinstance(table, Table)
    now = utcnow()
    rows = [_row(mapper, obj, now) for obj in objects]
    # One executemany per set of columns: a column left out gets its server default, which
    # a NULL in its place would not.
    groups: dict[tuple[str, ...], list[int]] = {}
    for index, row in enumerate(rows):
        groups.setdefault(tuple(row), []).append(index)
    sqlite = session.connection().dialect.name == "sqlite"
    for indexes in groups.values():
        params = [rows[i] for i in indexes]
        if sqlite and "id" not in params[0]:
            ids: Sequence[int] = _insert_sqlite(session, table, params)
        else:
            statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            ids = session.execute(statement, params).scalars().all()
        for index, new_id in zip(indexes, ids, strict=True):
            rows[index]["id"] = new_id
    server_defaults = {c.key for c in table.columns if c.server_default is not None}
    for obj, row in zip(objects, rows, strict=True):
        instance_state(obj).dict.update(row)  # what a flush leaves in the object
    log_inserted(session, mapper, rows)
    for obj in objects:
        loaded = instance_state(obj).dict
        for attr in mapper.column_attrs:  # stored NULLs, so reading them needs no SELECT
            if attr.key not in loaded and attr.key not in server_defaults:
                loaded[attr.key] = None
    if attach:
        attach_inserted(session, objects)


def attach_inserted(session: Session, objects: Iterable[object]) -> None:
    """Make objects stored by :func:`insert_new` without ``attach`` persistent in
    ``session`` (no second INSERT), so that new ORM objects may point at them; attached ones
    are left as they are."""
    fresh = [obj for obj in dict.fromkeys(objects) if instance_state(obj).transient]
    for obj in fresh:
        make_transient_to_detached(obj)
    session.add_all(fresh)
