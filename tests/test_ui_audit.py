"""Журнал изменений narrowed to a period and to one person, in the service and on the page."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services.listings import list_audit
from sferum_desk.ui.tasks import wait_for_tasks

from .ui_helpers import click_navigation, main_window, type_text


def _student(db: Database) -> tuple[int, str]:
    with db.session() as session:
        person = session.scalar(
            select(m.Person).where(m.Person.kind == m.PersonKind.STUDENT).order_by(m.Person.id)
        )
        return person.id, person.last_name


def test_one_persons_entries_include_the_records_that_point_at_them(demo_db: Database) -> None:
    person_id, _name = _student(demo_db)
    with demo_db.transaction() as session:  # a parent link removed: its row is gone
        link = session.scalar(select(m.ParentLink).where(m.ParentLink.student_id == person_id))
        session.delete(link)
    with demo_db.session() as session:
        rows = list_audit(session, person_id=person_id)
        others = list_audit(session, person_id=person_id + 1)
    entities = {(row.entity, row.action) for row in rows}
    assert ("Человек", "Добавление") in entities
    assert ("Зачисление в группу", "Добавление") in entities
    assert ("Связь родитель — ребёнок", "Удаление") in entities  # the row itself is gone
    for row in rows:  # nothing about anyone else
        assert row.entity != "Человек" or row.entity_id == str(person_id)
    assert not {r.id for r in rows} & {r.id for r in others if r.entity == "Человек"}


def test_the_period_is_asked_of_the_database(demo_db: Database) -> None:
    with demo_db.engine.begin() as conn:  # the log's first entries are a year old
        conn.execute(
            update(m.AuditEntry)
            .where(m.AuditEntry.id <= 10)
            .values(at=dt.datetime(2025, 9, 1, 9, 0, tzinfo=dt.UTC))
        )
    with demo_db.session() as session:
        old = list_audit(session, start=dt.date(2025, 9, 1), end=dt.date(2025, 9, 1))
        assert sorted(r.id for r in old) == list(range(1, 11))
        assert list_audit(session, start=dt.date(2025, 9, 2), end=dt.date(2025, 12, 31)) == []


def test_the_page_filters_by_person_and_period(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    person_id, last_name = _student(demo_db)
    with main_window(qtbot, demo_db) as window:
        click_navigation(qtbot, window, "audit")
        page = window.audit
        wait_for_tasks()
        qtbot.waitUntil(lambda: page.person_picker.combo.count() > 100)
        everything = page.model.rowCount()
        type_text(page.person_picker.filter_edit, last_name)
        index = page.person_picker.combo.findData(person_id)
        page.person_picker.combo.setCurrentIndex(index)
        wait_for_tasks()
        qtbot.waitUntil(lambda: page.model.rowCount() < everything)
        records = {page.model.record(r).entity for r in range(page.model.rowCount())}
        assert "Человек" in records and "Зачисление в группу" in records
        assert page.query()[2] == person_id

        page.period_check.setChecked(True)
        page.from_edit.setDate(dt.date(2001, 1, 1))
        page.to_edit.setDate(dt.date(2001, 1, 2))
        wait_for_tasks()
        qtbot.waitUntil(lambda: page.model.rowCount() == 0)
        assert page.query() == (dt.date(2001, 1, 1), dt.date(2001, 1, 2), person_id)
