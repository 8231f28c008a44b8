"""Every insert, update and delete leaves an audit entry, written by one listener."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from sferum_desk.data.audit import os_user
from sferum_desk.data.models import AuditAction, AuditEntry, Order, OrderKind, Person, PersonKind


def _entries(db, entity: str) -> list[AuditEntry]:
    with db.session() as s:
        return list(
            s.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id))
        )


def test_insert_update_delete_are_logged_with_old_and_new(db) -> None:
    with db.transaction() as s:
        person = Person(kind=PersonKind.STAFF, last_name="Петрова", first_name="Анна")
        s.add(person)
    with db.transaction() as s:
        person = s.get(Person, person.id)
        person.last_name = "Смирнова"
    with db.transaction() as s:
        s.delete(s.get(Person, person.id))

    inserted, updated, deleted = _entries(db, "person")
    assert inserted.action == AuditAction.INSERT
    assert json.loads(inserted.changes)["last_name"] == [None, "Петрова"]
    assert inserted.entity_id == str(person.id)
    assert updated.action == AuditAction.UPDATE
    assert json.loads(updated.changes) == {"last_name": ["Петрова", "Смирнова"]}
    assert deleted.action == AuditAction.DELETE
    assert json.loads(deleted.changes)["last_name"] == ["Смирнова", None]
    assert {e.os_user for e in (inserted, updated, deleted)} == {os_user()}
    assert inserted.at <= updated.at <= deleted.at


def test_rolled_back_change_leaves_no_audit_entry(db) -> None:
    before = len(_entries(db, "sferum_order"))
    try:
        with db.transaction() as s:
            s.add(
                Order(
                    number="1-о", issued_on=dt.date(2026, 9, 1), title="Тест", kind=OrderKind.OTHER
                )
            )
            s.flush()
            raise RuntimeError("the user pressed Cancel")
    except RuntimeError:
        pass
    assert len(_entries(db, "sferum_order")) == before
    with db.session() as s:
        assert s.scalars(select(Order)).all() == []


def test_unchanged_save_writes_nothing(db) -> None:
    with db.transaction() as s:
        person = Person(kind=PersonKind.STAFF, last_name="Орлов", first_name="Иван")
        s.add(person)
    with db.transaction() as s:
        s.get(Person, person.id).last_name = "Орлов"
    assert len(_entries(db, "person")) == 1


def test_changes_inside_a_batch_are_tagged_with_it(db) -> None:
    from sferum_desk.data.audit import change_batch
    from sferum_desk.data.models import ChangeBatch

    with db.transaction() as s:
        s.add(Person(kind=PersonKind.STAFF, last_name="До", first_name="Пакета"))
        with change_batch(s, "rollover", "Переход на 2027/2028") as batch:
            s.add(Person(kind=PersonKind.STAFF, last_name="В", first_name="Пакете"))
        s.add(Person(kind=PersonKind.STAFF, last_name="После", first_name="Пакета"))
    entries = _entries(db, "person")
    assert [e.batch_id for e in entries] == [None, batch.id, None]
    assert json.loads(entries[1].changes)["last_name"] == [None, "В"]
    with db.session() as s:
        stored = s.get(ChangeBatch, batch.id)
        assert (stored.kind, stored.label, stored.os_user) == (
            "rollover",
            "Переход на 2027/2028",
            os_user(),
        )
    assert _entries(db, "change_batch") == []


def test_every_logged_table_and_field_has_a_russian_name() -> None:
    """The change log names what changed in Russian: a new table or column without its label
    would show as «broadcast_attendee» or «attended» on the Журнал изменений page."""
    from sferum_desk.data.audit import NOT_LOGGED_FIELDS
    from sferum_desk.data.models import Base
    from sferum_desk.services.listings.audit_labels import ENTITY_LABELS, FIELD_LABELS

    not_logged = {"audit_entry", "change_batch"}
    tables = [t for t in Base.metadata.sorted_tables if t.name not in not_logged]
    assert {t.name for t in tables} <= set(ENTITY_LABELS)
    unnamed = [
        f"{t.name}.{c.name}"
        for t in tables
        for c in t.columns
        if c.name not in NOT_LOGGED_FIELDS and c.name not in FIELD_LABELS
    ]
    assert not unnamed
