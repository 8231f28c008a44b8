"""``data.bulk.insert_new`` stores new records as a flush would: the same rows, the same
audit entries, objects persistent with their ids."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from sferum_desk.data.audit import change_batch
from sferum_desk.data.bulk import insert_new
from sferum_desk.data.engine import Database
from sferum_desk.data.models import (
    AuditEntry,
    Enrolment,
    Group,
    MovementEvent,
    MovementKind,
    ParentLink,
    Person,
    PersonKind,
    SferumTask,
    TaskKind,
)


def _people() -> list[Person]:
    return [
        Person(kind=PersonKind.STUDENT, last_name="Ёлкина", first_name="Анна", birth_date=None),
        Person(
            kind=PersonKind.PARENT,
            last_name="Иванов",
            first_name="Пётр",
            middle_name="Ильич",
            phone="+79001234567",
        ),
    ]


def _stored(database: Database, store: Callable[..., None]) -> list[tuple[object, ...]]:
    """Store the same records with ``store``; what the database and its log then hold,
    without ids and times."""
    with (
        database.transaction() as session,
        change_batch(session, "import", "проверка") as batch,
    ):
        group = session.scalars(select(Group)).first()
        assert group is not None
        people = _people()
        store(session, people)
        student, parent = people
        assert student.id and parent.id and student in session and not session.new
        enrolment = Enrolment(
            student_id=student.id, group_id=group.id, enrolled_on=dt.date(2026, 9, 1)
        )
        store(session, [enrolment])
        store(session, [ParentLink(parent_id=parent.id, student_id=student.id)])
        event = MovementEvent(
            kind=MovementKind.STUDENT_ENROLLED,
            person_id=student.id,
            effective_on=dt.date(2026, 9, 1),
            to_group_id=group.id,
            enrolment_id=enrolment.id,
            note=None,
        )
        store(session, [event])
        store(
            session,
            [
                SferumTask(
                    kind=TaskKind.SEND_INVITE,
                    title="Отправить ссылку",
                    person_id=student.id,
                    group_id=group.id,
                    movement_event_id=event.id,
                    due_on=dt.date(2026, 9, 4),
                )
            ],
        )
        assert enrolment.group.id == group.id and event.enrolment is enrolment  # loadable
        assert student.search_text and enrolment.left_on is None and enrolment.version == 1
        people_ids = [student.id, parent.id]
    with database.session() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.batch_id == batch.id).order_by(AuditEntry.id)
        ).all()
        log = [
            # the ids differ from one run to the next: each is checked to be the record's
            (e.entity, e.action, {k: v for k, v in json.loads(e.changes).items() if k != "id"})
            for e in entries
        ]
        assert all(json.loads(e.changes)["id"] == [None, int(e.entity_id)] for e in entries)
        people = session.scalars(select(Person).where(Person.id.in_(people_ids))).all()
        rows = [
            (p.kind, p.full_name, p.search_text, p.consent_state, p.is_activist, p.version)
            for p in people
        ]
        assert all(p.created_at and p.updated_at for p in people)
    return [*log, *rows]


def _flush(session, objects) -> None:  # noqa: ANN001
    session.add_all(objects)
    session.flush()


@pytest.mark.parametrize("store", [_flush, insert_new], ids=["flush", "insert_new"])
def test_stores_what_a_flush_stores(db: Database, store: Callable[..., None]) -> None:
    assert _stored(db, store)


def _is_link(key: str) -> bool:
    return key.endswith("_id") and key != "group_id"  # the one group is the same in both


def _without_ids(stored: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    def plain(item: object) -> object:
        if isinstance(item, dict):
            return {
                k: "id" if k.endswith("_id") and k != "group_id" else v for k, v in item.items()
            }
        return item

    return [tuple(plain(part) for part in row) for row in stored]


def test_insert_new_and_a_flush_store_and_log_the_same(db: Database) -> None:
    flushed = _stored(db, _flush)
    assert _without_ids(_stored(db, insert_new)) == _without_ids(flushed)


def test_refuses_related_objects_and_stored_ones(db: Database) -> None:
    with db.transaction() as session:
        student, parent = _people()
        with pytest.raises(ValueError, match="foreign key"):
            insert_new(session, [ParentLink(parent=parent, student=student)])
        session.add(student)
        session.flush()
        with pytest.raises(ValueError, match="already"):
            insert_new(session, [student])
        session.rollback()
