"""Undoing a change batch: exactly back to before, and refused once something depends on it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import history, rollover
from sferum_desk.services.organisation import ValidationError

from .rollover_helpers import dump_tables, set_programme_years


def _roll_over(database: Database, *, new_group: bool = True) -> int:
    with database.session() as session:
        plan = rollover.plan_rollover(session)
        if new_group:
            item = rollover.new_group_item(session, plan, plan.items[0].association_id, "8")
            plan = rollover.with_new_group(plan, item)
    with database.transaction() as session:
        return rollover.apply_rollover(session, plan).id


def _new_year_group(database: Database) -> int:
    with database.session() as session:
        return session.scalar(
            select(m.Group.id)
            .join(m.AcademicYear)
            .where(m.AcademicYear.start_year == 2027)
            .order_by(m.Group.id)
        )


def test_undo_returns_the_database_to_what_it_was(demo_db: Database) -> None:
    with demo_db.session() as session:
        names = list(session.scalars(select(m.Association.name)))
    set_programme_years(demo_db, {name: 2 for name in names[::2]})
    before = dump_tables(demo_db)
    batch_id = _roll_over(demo_db)
    assert dump_tables(demo_db) != before

    with demo_db.session() as session:
        assert history.can_undo(session, batch_id) == (True, "")
        rows = history.list_batches(session)
    assert [(r.id, r.kind, r.label) for r in rows] == [
        (batch_id, "rollover", "Переход на учебный год 2027/2028")
    ]
    assert rows[0].entries > 100 and rows[0].undone_at is None

    with demo_db.transaction() as session:
        history.undo_batch(session, batch_id)
    assert dump_tables(demo_db) == before

    with demo_db.session() as session:
        batch = session.get(m.ChangeBatch, batch_id)
        assert batch.undone_at is not None
        ok, reason = history.can_undo(session, batch_id)
        assert not ok and "уже отменён" in reason
        # The undo is in the log itself, as ordinary changes outside any batch.
        undo_entries = session.scalars(
            select(m.AuditEntry).where(
                m.AuditEntry.batch_id.is_(None), m.AuditEntry.entity == "academic_year"
            )
        ).all()
        assert {e.action for e in undo_entries} >= {m.AuditAction.DELETE, m.AuditAction.UPDATE}

    # And the year can be rolled over again.
    _roll_over(demo_db, new_group=False)


def test_undo_is_refused_after_a_later_edit(demo_db: Database) -> None:
    batch_id = _roll_over(demo_db)
    with demo_db.transaction() as session:
        group = session.get(m.Group, _new_year_group(demo_db))
        group.planned_size = 99
    with demo_db.session() as session:
        ok, reason = history.can_undo(session, batch_id)
    assert not ok
    assert "После пакета «Переход на учебный год 2027/2028» были другие изменения" in reason
    before = dump_tables(demo_db)
    with demo_db.transaction() as session, pytest.raises(ValidationError, match="После пакета"):
        history.undo_batch(session, batch_id)
    assert dump_tables(demo_db) == before


def test_undo_is_refused_when_a_new_record_points_at_the_batch(demo_db: Database) -> None:
    batch_id = _roll_over(demo_db)
    with demo_db.transaction() as session:
        student = session.scalar(
            select(m.Person).where(m.Person.kind == m.PersonKind.STUDENT).order_by(m.Person.id)
        )
        session.add(
            m.Enrolment(
                student=student,
                group_id=_new_year_group(demo_db),
                enrolled_on=dt.date(2027, 9, 15),
            )
        )
    with demo_db.session() as session:
        ok, reason = history.can_undo(session, batch_id)
    assert not ok and "другие изменения" in reason


def test_unknown_and_empty_batches(db: Database) -> None:
    from sferum_desk.data.audit import change_batch

    with db.transaction() as session, change_batch(session, "import", "Пустой импорт") as batch:
        batch_id = batch.id
    with db.session() as session:
        assert history.can_undo(session, 12345) == (False, "Пакет изменений не найден.")
        ok, reason = history.can_undo(session, batch_id)
    assert not ok and "нечего" in reason
